import HubSpokeCore

/// Moving a rule one place up or down in its direction's evaluation order by changing
/// priorities only: order is priority, so a move is a renumbering. The rule swaps priorities
/// with its neighbour, which keeps every other rule's priority (and the gaps people leave for
/// later rules) as it was. When the two share a priority (a duplicate read from a file) or the
/// neighbour's is outside 100-4096, the moved rule takes the free priority nearest its
/// neighbour on the far side instead. Never creates a duplicate, never leaves 100-4096;
/// refuses when no free priority is left.
public enum SecurityRulePriorityMove {
    /// The rules with `index` moved `step` (-1 up, +1 down) places among the rules of its
    /// direction; array order and every other rule are unchanged.
    public static func move(_ index: Int, by step: Int, in rules: [SecurityRule]) throws(PaletteError) -> [SecurityRule]
    {
        precondition(step == 1 || step == -1, "moves are one place at a time")
        let rule = rules[index]
        let order = evaluationOrder(of: rules, direction: rule.direction)
        guard let position = order.firstIndex(of: index) else { return rules }
        let target = position + step
        guard order.indices.contains(target) else {
            throw PaletteError(
                "\(rule.name) is already the \(step < 0 ? "first" : "last") \(rule.direction.lowercased()) rule")
        }
        let neighbour = order[target]
        var result = rules
        let range = DesignEditor.securityRulePriorities
        let mine = rule.priority
        let theirs = rules[neighbour].priority
        if mine != theirs, range.contains(mine), range.contains(theirs) {
            result[index].priority = theirs
            result[neighbour].priority = mine
            return result
        }
        let taken = Set(order.map { rules[$0].priority })
        let beyond = target + step
        let candidates: [Int]
        if step < 0 {
            let floor = order.indices.contains(beyond) ? rules[order[beyond]].priority : range.lowerBound - 1
            let low = max(floor + 1, range.lowerBound)
            let high = min(theirs - 1, range.upperBound)
            candidates = low <= high ? Array((low...high).reversed()) : []
        } else {
            let ceiling = order.indices.contains(beyond) ? rules[order[beyond]].priority : range.upperBound + 1
            let low = max(theirs + 1, range.lowerBound)
            let high = min(ceiling - 1, range.upperBound)
            candidates = low <= high ? Array(low...high) : []
        }
        guard let free = candidates.first(where: { !taken.contains($0) }) else {
            throw PaletteError(
                "no free priority to move \(rule.name) past \(rules[neighbour].name) (\(theirs)); "
                    + "spread the priorities with :set first")
        }
        result[index].priority = free
        return result
    }

    /// Indices of the rules of `direction` in the order Azure evaluates them: by priority, ties
    /// in declaration order.
    public static func evaluationOrder(of rules: [SecurityRule], direction: String) -> [Int] {
        rules.indices.filter { rules[$0].direction.equalsIgnoringCase(direction) }.sorted {
            (rules[$0].priority, $0) < (rules[$1].priority, $1)
        }
    }
}

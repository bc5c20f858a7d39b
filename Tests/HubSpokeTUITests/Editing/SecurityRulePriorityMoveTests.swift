import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct SecurityRulePriorityMoveTests {
    static func rules(_ priorities: [Int], direction: String = "Inbound") -> [SecurityRule] {
        priorities.enumerated().map { i, priority in
            SecurityRule(
                name: "r\(i)", priority: priority, direction: direction, access: "Allow", protocol: "Tcp",
                sourceAddressPrefix: "*", destinationAddressPrefix: "*", destinationPortRange: "\(1000 + i)")
        }
    }

    func order(_ rules: [SecurityRule]) -> [String] {
        SecurityRulePriorityMove.evaluationOrder(of: rules, direction: "Inbound").map { rules[$0].name }
    }

    @Test func swapsPrioritiesWithTheNeighbourAndKeepsGaps() throws {
        let before = Self.rules([100, 200, 300, 400])
        let moved = try SecurityRulePriorityMove.move(2, by: -1, in: before)
        #expect(moved.map(\.priority) == [100, 300, 200, 400])
        #expect(order(moved) == ["r0", "r2", "r1", "r3"])
        let down = try SecurityRulePriorityMove.move(0, by: 1, in: before)
        #expect(down.map(\.priority) == [200, 100, 300, 400])
    }

    @Test func refusesToMovePastTheEnds() {
        let rules = Self.rules([100, 200])
        #expect(throws: PaletteError("r0 is already the first inbound rule")) {
            try SecurityRulePriorityMove.move(0, by: -1, in: rules)
        }
        #expect(throws: PaletteError("r1 is already the last inbound rule")) {
            try SecurityRulePriorityMove.move(1, by: 1, in: rules)
        }
    }

    @Test func aDuplicatePriorityIsResolvedWithAFreeOne() throws {
        let rules = Self.rules([100, 200, 200, 300])
        let up = try SecurityRulePriorityMove.move(2, by: -1, in: rules)
        #expect(up.map(\.priority) == [100, 200, 199, 300])
        #expect(order(up) == ["r0", "r2", "r1", "r3"])
        let down = try SecurityRulePriorityMove.move(1, by: 1, in: rules)
        #expect(down.map(\.priority) == [100, 201, 200, 300])
        #expect(order(down) == ["r0", "r2", "r1", "r3"])
    }

    @Test func refusesWhenNoFreePriorityIsLeft() {
        let rules = Self.rules([100, 101, 101])
        #expect(throws: PaletteError.self) { try SecurityRulePriorityMove.move(2, by: -1, in: rules) }
        let top = Self.rules([4096, 4096])
        #expect(throws: PaletteError.self) { try SecurityRulePriorityMove.move(0, by: 1, in: top) }
    }

    @Test func otherDirectionsAreNotTouched() throws {
        let rules = Self.rules([100, 200]) + Self.rules([150], direction: "Outbound")
        let moved = try SecurityRulePriorityMove.move(1, by: -1, in: rules)
        #expect(moved[2] == rules[2])
        #expect(moved.map(\.priority) == [200, 100, 150])
    }

    /// Properties over generated NSGs: a move never creates a duplicate, never leaves 100-4096,
    /// moves the rule exactly one place, and keeps the order of every other rule.
    @Test(arguments: 0..<40)
    func movesKeepTheInvariants(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let count = 2 + Int(generator.next() % 12)
        var priorities = Set<Int>()
        let dense = seed % 4 == 0
        while priorities.count < count {
            priorities.insert(dense ? 100 + Int(generator.next() % 20) : 100 + Int(generator.next() % 3997))
        }
        var rules = Self.rules(Array(priorities).shuffled(using: &generator))
        for _ in 0..<30 {
            let index = Int(generator.next() % UInt64(rules.count))
            let step = generator.next() % 2 == 0 ? 1 : -1
            let before = order(rules)
            guard let moved = try? SecurityRulePriorityMove.move(index, by: step, in: rules) else {
                let position = before.firstIndex(of: rules[index].name)!
                #expect(position + step < 0 || position + step >= before.count || dense)
                continue
            }
            let after = order(moved)
            #expect(Set(moved.map(\.priority)).count == moved.count, "duplicate priority")
            #expect(moved.allSatisfy { (100...4096).contains($0.priority) })
            let name = rules[index].name
            let oldPosition = before.firstIndex(of: name)!
            #expect(after.firstIndex(of: name) == oldPosition + step)
            #expect(after.filter { $0 != name } == before.filter { $0 != name })
            #expect(moved.map(\.name) == rules.map(\.name))
            rules = moved
        }
    }
}

/// A small deterministic generator so property tests are repeatable.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

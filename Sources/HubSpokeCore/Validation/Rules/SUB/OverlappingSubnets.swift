/// Subnets of one VNet must not share addresses: ARM rejects a subnet whose range overlaps
/// another subnet of the same VNet. Found with a sweep per VNet, not by comparing all pairs.
struct OverlappingSubnets: Rule {
    static let id = "SUB-003"
    static let severity: Severity = .error
    static let title = "Subnets of one VNet overlap"
    static let help =
        "Azure refuses a subnet whose address range overlaps another subnet of the same virtual network; each address belongs to at most one subnet."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            var items: [OverlapSweep.Item<Int>] = []
            for (s, prefixes) in index.subnetPrefixes[v].enumerated() {
                for prefix in prefixes { items.append(OverlapSweep.Item(prefix: prefix, owner: s)) }
            }
            guard items.count > 1 else { continue }
            let all = items.map(\.prefix)
            for (a, b) in OverlapSweep.overlappingPairs(items, include: { $0.owner != $1.owner }) {
                let first = ResourcePath.child(vnet.name, .subnets, vnet.subnets[a.owner].name)
                let second = ResourcePath.child(vnet.name, .subnets, vnet.subnets[b.owner].name)
                var fix = "Give one of them a range of its own."
                if let free = AddressPlanner.nextFree(
                    length: b.prefix.length, inside: index.vnetPrefixes[v], avoiding: all)
                {
                    fix = "Move \(second) to a free range such as \(free)."
                }
                findings.append(
                    finding(
                        "\(second) (\(b.prefix)) overlaps \(first) (\(a.prefix)): Azure rejects overlapping subnets in one VNet. \(fix)",
                        resources: [second, first], field: "addressPrefixes"))
            }
        }
    }
}

/// A subnet must lie entirely inside one of its VNet's address prefixes; ARM rejects the
/// subnet otherwise. Skipped when the VNet's own prefixes are not all known and valid, since
/// the subnet may sit in the prefix that could not be read.
struct SubnetOutsideVirtualNetwork: Rule {
    static let id = "SUB-002"
    static let severity: Severity = .error
    static let title = "Subnet prefix lies outside its VNet's address space"
    static let help =
        "Every subnet prefix must be contained in one address prefix of its virtual network; Azure refuses a subnet that is partly or wholly outside the address space."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            let space = index.vnetPrefixes[v]
            guard !space.isEmpty, space.count == vnet.addressPrefixes.count,
                !context.isUnknown(vnet.name, "addressPrefixes")
            else { continue }
            for (s, subnet) in vnet.subnets.enumerated() {
                for prefix in index.subnetPrefixes[v][s] where !space.contains(where: { $0.contains(prefix) }) {
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    let spaceText = space.map(\.description).joined(separator: ", ")
                    var fix = "Move it inside \(spaceText) or add a prefix covering \(prefix) to \(vnet.name)."
                    let others = index.subnetPrefixes[v].flatMap { $0 }.filter { $0 != prefix }
                    if let free = AddressPlanner.nextFree(length: prefix.length, inside: space, avoiding: others) {
                        fix = "Use a free range such as \(free), or add a prefix covering \(prefix) to \(vnet.name)."
                    }
                    findings.append(
                        finding(
                            "\(path) (\(prefix)) is not inside \(vnet.name)'s address space (\(spaceText)): Azure rejects the subnet. \(fix)",
                            resources: [path, vnet.name], field: "addressPrefixes"))
                }
            }
        }
    }
}

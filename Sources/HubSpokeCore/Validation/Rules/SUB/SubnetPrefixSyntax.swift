/// ARM refuses a subnet whose prefix is not CIDR, or whose address is not the network address
/// of its mask, and a subnet without any prefix. Reported here once; every other rule skips
/// prefixes that do not parse.
struct SubnetPrefixSyntax: Rule {
    static let id = "SUB-001"
    static let severity: Severity = .error
    static let title = "Subnet prefix is not a valid CIDR with host bits zero"
    static let help =
        "Azure accepts a subnet only with an address prefix in CIDR form (10.0.1.0/24, fd00:db8:0:1::/64) whose host bits are zero; anything else fails the deployment."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let parsed = context.index.subnetPrefixes
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated() {
                // The index keeps only prefixes that parse: equal counts mean nothing to report.
                if !subnet.addressPrefixes.isEmpty, parsed[v][s].count == subnet.addressPrefixes.count { continue }
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                if subnet.addressPrefixes.isEmpty, !vnet.isExisting {
                    findings.append(
                        finding(
                            "\(path) has no address prefix: Azure rejects a subnet without one. Give it a range inside \(vnet.name), e.g. a free /24.",
                            resources: [path], field: "addressPrefixes"))
                }
                for text in subnet.addressPrefixes {
                    switch AddressPrefix.parse(text) {
                    case .success: continue
                    case .failure(.hostBitsSet(let network)):
                        findings.append(
                            finding(
                                "\(path) prefix '\(text)' has host bits set: Azure rejects it. Use \(network).",
                                resources: [path], field: "addressPrefixes"))
                    case .failure(.malformed(let reason)):
                        findings.append(
                            finding(
                                "\(path) prefix '\(text)' is not valid CIDR (\(reason)): Azure rejects the subnet. Write it as network/length, e.g. 10.0.1.0/24.",
                                resources: [path], field: "addressPrefixes"))
                    }
                }
            }
        }
    }
}

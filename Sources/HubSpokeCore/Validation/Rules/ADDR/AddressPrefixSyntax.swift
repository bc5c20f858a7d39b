/// ARM refuses a virtual network whose address space holds text that is not CIDR (`10.0.0/16`,
/// `10.0.0.0/33`, a bare address). The prefix is kept as written so the finding can point at it;
/// every other address rule skips it.
struct AddressPrefixSyntax: Rule {
    static let id = "ADDR-001"
    static let severity: Severity = .error
    static let title = "VNet address prefix is not valid CIDR"
    static let help =
        "Every prefix in a virtual network's address space must be IPv4 CIDR (a.b.c.d/n, n from 0 to 32) or "
        + "IPv6 CIDR (x::/n, n from 0 to 128). Azure Resource Manager rejects the deployment otherwise."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks {
            for text in vnet.addressPrefixes {
                guard case .failure(.malformed(let reason)) = AddressPrefix.parse(text) else { continue }
                findings.append(
                    finding(
                        "\(vnet.name) address prefix '\(text)' is not valid CIDR (\(reason)): Azure rejects the "
                            + "deployment. Write a network address and a prefix length, e.g. 10.0.0.0/16.",
                        resources: [vnet.name], field: "addressPrefixes"))
            }
        }
    }
}

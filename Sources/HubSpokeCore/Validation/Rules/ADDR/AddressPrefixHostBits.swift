/// A prefix such as `10.0.0.1/16` names an address inside a block, not the block itself; ARM
/// refuses it in an address space. The fix is always the network address of the same length.
struct AddressPrefixHostBits: Rule {
    static let id = "ADDR-002"
    static let severity: Severity = .error
    static let title = "VNet address prefix has host bits set"
    static let help =
        "The address of a prefix must be the network address of its mask (10.0.0.0/16, not 10.0.0.1/16). "
        + "Azure Resource Manager rejects a prefix with host bits set."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks {
            for text in vnet.addressPrefixes {
                guard case .failure(.hostBitsSet(let network)) = AddressPrefix.parse(text) else { continue }
                findings.append(
                    finding(
                        "\(vnet.name) address prefix \(text) has host bits set: Azure rejects it. "
                            + "Use the network address \(network).",
                        resources: [vnet.name], field: "addressPrefixes"))
            }
        }
    }
}

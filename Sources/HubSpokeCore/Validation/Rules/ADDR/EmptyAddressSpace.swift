/// A virtual network needs an address space (or an IPAM pool allocation, which hubspoke does
/// not model): ARM rejects a VNet with an empty prefix list. VNets declared `existing` are
/// deployed elsewhere, so their address space is not the design's to supply.
struct EmptyAddressSpace: Rule {
    static let id = "ADDR-003"
    static let severity: Severity = .error
    static let title = "VNet has no address prefix"
    static let help =
        "A virtual network must have at least one address prefix in addressSpace.addressPrefixes; "
        + "Azure rejects a VNet whose address space is empty."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        var suggestion: FreeRangeSuggestion?
        for vnet in context.design.virtualNetworks where vnet.addressPrefixes.isEmpty && !vnet.isExisting {
            if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
            let free = suggestion?.freeRange(like: AddressPrefix(containing: IPAddress(v4: 0x0A00_0000), length: 16))
            let example = free.map { " such as \($0)" } ?? ""
            findings.append(
                finding(
                    "\(vnet.name) has no address prefix: Azure rejects a virtual network without an address space. "
                        + "Add a private range\(example).",
                    resources: [vnet.name], field: "addressPrefixes"))
        }
    }
}

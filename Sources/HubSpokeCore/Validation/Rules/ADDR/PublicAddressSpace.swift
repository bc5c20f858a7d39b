/// Azure lets a VNet use publicly routable IPv4 space, but it then routes those destinations
/// inside the VNet (and its peers) instead of to the Internet: the real owners of that range
/// become unreachable, and the range is still not reachable from the Internet.
struct PublicAddressSpace: Rule {
    static let id = "ADDR-006"
    static let severity: Severity = .warning
    static let title = "VNet uses publicly routable IPv4 space"
    static let help =
        "A VNet prefix outside RFC 1918, RFC 6598 and the ranges Azure refuses is publicly routable. Azure "
        + "accepts it, but routes that space into the VNet, so Internet hosts in it become unreachable from the "
        + "VNet, and the range is not reachable from the Internet either."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#can-i-have-public-ip-addresses-in-my-virtual-networks"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        var suggestion: FreeRangeSuggestion?
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for prefix in context.index.vnetPrefixes[v] where prefix.family == .v4 {
                guard !IPv4SpaceKind.isRefused(prefix), let run = IPv4SpaceKind.firstPublicRun(in: prefix) else {
                    continue
                }
                let what: String
                if run.lowerBound == prefix.first && run.upperBound == prefix.last {
                    what = "\(prefix) is publicly routable space"
                } else {
                    let from = IPAddress(family: .v4, value: run.lowerBound)
                    let to = IPAddress(family: .v4, value: run.upperBound)
                    what = "\(prefix) includes publicly routable addresses (\(from) to \(to))"
                }
                if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
                let fix =
                    suggestion?.freeRange(like: prefix).map { "private space such as \($0)" }
                    ?? "private space"
                findings.append(
                    finding(
                        "\(vnet.name) address prefix \(what): Azure routes it inside the VNet, so Internet hosts in "
                            + "that range become unreachable from it and its peers. Use \(fix) unless the "
                            + "organisation owns this range and means to use it privately.",
                        resources: [vnet.name], field: "addressPrefixes"))
            }
        }
    }
}

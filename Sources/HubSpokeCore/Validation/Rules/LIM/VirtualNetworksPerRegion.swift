/// A subscription holds at most 1,000 virtual networks per region; the deployment that would
/// create the 1,001st fails with a quota error. VNets declared `existing` count: they use the
/// same quota.
struct VirtualNetworksPerRegion: Rule {
    static let id = "LIM-001"
    static let severity: Severity = .error
    static let title = "More than 1,000 virtual networks in one subscription and region"
    static let help = "Azure allows 1,000 virtual networks per subscription per region; deployments beyond it fail."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let limit = 1000

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let items = context.design.virtualNetworks.map { ($0.name, $0.placement) }
        for over in RegionalQuota.exceeded(items, limit: Self.limit) {
            findings.append(
                finding(
                    "The design has \(over.count) virtual networks \(over.scope.description), over Azure's limit of "
                        + "\(Self.limit) per subscription and region: deploying \(over.firstOver) and the ones after it "
                        + "fails. Spread them over more subscriptions or regions.",
                    resources: [over.firstOver]))
        }
    }
}

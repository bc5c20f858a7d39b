/// Azure allows 3,000 subnets in one virtual network.
struct SubnetsPerVirtualNetwork: Rule {
    static let id = "LIM-002"
    static let severity: Severity = .error
    static let title = "More than 3,000 subnets in one virtual network"
    static let help = "A virtual network can hold at most 3,000 subnets; Azure rejects more."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let limit = 3000

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks where vnet.subnets.count > Self.limit {
            findings.append(
                finding(
                    "\(vnet.name) has \(vnet.subnets.count) subnets, over Azure's limit of \(Self.limit) per virtual "
                        + "network: the deployment fails. Use larger subnets or split the workload over more VNets.",
                    resources: [vnet.name], field: "subnets"))
        }
    }
}

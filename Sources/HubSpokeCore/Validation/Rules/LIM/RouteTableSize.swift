/// Route table limits: 400 routes per table, of which at most 25 may use a service tag as their
/// prefix, and 200 route tables per subscription and region.
struct RouteTableSize: Rule {
    static let id = "LIM-007"
    static let severity: Severity = .error
    static let title = "Too many routes, service-tag routes or route tables"
    static let help =
        "A route table can hold at most 400 routes, at most 25 of them with a service tag as the address prefix; "
        + "a subscription can have at most 200 route tables per region. Azure rejects more."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let routesPerTable = 400
    static let serviceTagRoutesPerTable = 25
    static let tablesPerRegion = 200

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let tables = context.design.routeTables
        for table in tables {
            if table.routes.count > Self.routesPerTable {
                findings.append(
                    finding(
                        "\(table.name) has \(table.routes.count) routes, over Azure's limit of 400 per route table: the "
                            + "deployment fails. Summarise prefixes, or send 0.0.0.0/0 to the appliance instead of "
                            + "listing every range.",
                        resources: [table.name], field: "routes"))
            }
            let tagged = table.routes.filter { Self.isServiceTag($0.addressPrefix) }.count
            if tagged > Self.serviceTagRoutesPerTable {
                findings.append(
                    finding(
                        "\(table.name) has \(tagged) routes whose prefix is a service tag, over Azure's limit of 25 "
                            + "per route table: the deployment fails. Use broader tags (e.g. AzureCloud.<region>) or "
                            + "fewer of them.",
                        resources: [table.name], field: "routes"))
            }
        }
        for over in RegionalQuota.exceeded(tables.map { ($0.name, $0.placement) }, limit: Self.tablesPerRegion) {
            findings.append(
                finding(
                    "The design has \(over.count) route tables \(over.scope.description), over Azure's limit of 200 "
                        + "per subscription and region: \(over.firstOver) and the ones after it fail. Share one route "
                        + "table between spokes that route alike (one table can serve many subnets).",
                    resources: [over.firstOver]))
        }
    }

    /// A route prefix that is neither an address nor CIDR-shaped text: a service tag such as
    /// `Storage` or `AzureCloud.westeurope`.
    static func isServiceTag(_ prefix: String) -> Bool {
        guard let first = prefix.utf8.first else { return false }
        let isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122)
        return isLetter && !prefix.contains("/") && !prefix.contains(":")
    }
}

/// A virtual network gateway name follows the network naming rule (1–80 characters) and is
/// unique within its resource group.
struct GatewayName: Rule {
    static let id = "REF-004"
    static let severity: Severity = .error
    static let title = "Invalid or repeated virtual network gateway name"
    static let help =
        "A virtual network gateway name has 1 to 80 characters: letters, digits, '_', '.' and '-', starting with "
        + "a letter or digit and ending with a letter, digit or '_'. It is unique within its resource group."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let gateways = context.design.virtualNetworkGateways
        for gateway in gateways {
            guard let problem = NetworkResourceName.problem(gateway.name, length: 1...80) else { continue }
            findings.append(
                finding(
                    "Virtual network gateway name '\(gateway.name)' \(problem): Azure rejects it. "
                        + NetworkResourceName.advice,
                    resources: [gateway.name], field: "name"))
        }
        for i in NetworkResourceName.repeats(gateways.map { ($0.name, $0.placement.resourceGroup ?? "") }) {
            findings.append(
                finding(
                    "Virtual network gateway \(gateways[i].name) is defined twice "
                        + "\(NetworkResourceName.groupPhrase(gateways[i].placement)): a template may not define the "
                        + "same resource twice, so the deployment fails. Rename one.",
                    resources: [gateways[i].name], field: "name"))
        }
    }
}

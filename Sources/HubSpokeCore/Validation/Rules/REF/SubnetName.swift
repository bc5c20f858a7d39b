/// Subnet names follow the network naming rule (1–80 characters) and are unique within their
/// VNet: a subnet is a child resource named by its VNet and its own name.
struct SubnetName: Rule {
    static let id = "REF-002"
    static let severity: Severity = .error
    static let title = "Invalid or repeated subnet name"
    static let help =
        "A subnet name has 1 to 80 characters: letters, digits, '_', '.' and '-', starting with a letter or "
        + "digit and ending with a letter, digit or '_'. It is unique within its virtual network."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks {
            for subnet in vnet.subnets {
                guard let problem = NetworkResourceName.problem(subnet.name, length: 1...80) else { continue }
                findings.append(
                    finding(
                        "Subnet name '\(subnet.name)' in \(vnet.name) \(problem): Azure rejects it. "
                            + NetworkResourceName.advice,
                        resources: [ResourcePath.child(vnet.name, .subnets, subnet.name)], field: "name"))
            }
            for i in NetworkResourceName.repeats(vnet.subnets.map { ($0.name, "") }) {
                let name = vnet.subnets[i].name
                findings.append(
                    finding(
                        "\(vnet.name) has two subnets named \(name): subnet names are unique within a virtual network, "
                            + "so the deployment fails. Rename one.",
                        resources: [ResourcePath.child(vnet.name, .subnets, name)], field: "name"))
            }
        }
    }
}

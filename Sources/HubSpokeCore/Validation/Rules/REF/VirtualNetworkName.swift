/// ARM validates resource names before anything else: a VNet name is 2–64 characters from a
/// small alphabet, and unique within its resource group (a second VNet of the same name is the
/// same resource, which a template may not define twice).
struct VirtualNetworkName: Rule {
    static let id = "REF-001"
    static let severity: Severity = .error
    static let title = "Invalid or repeated virtual network name"
    static let help =
        "A virtual network name has 2 to 64 characters: letters, digits, '_', '.' and '-', starting with a letter "
        + "or digit and ending with a letter, digit or '_'. It is unique within its resource group."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let vnets = context.design.virtualNetworks
        for vnet in vnets {
            guard let problem = NetworkResourceName.problem(vnet.name, length: 2...64) else { continue }
            findings.append(
                finding(
                    "Virtual network name '\(vnet.name)' \(problem): Azure rejects it. \(NetworkResourceName.advice)",
                    resources: [vnet.name], field: "name"))
        }
        // An `existing` declaration refers to a VNet; only definitions can collide.
        let defined = vnets.indices.filter { !vnets[$0].isExisting }
        let scoped = defined.map { (vnets[$0].name, vnets[$0].placement.resourceGroup ?? "") }
        for i in NetworkResourceName.repeats(scoped).map({ defined[$0] }) {
            findings.append(
                finding(
                    "Virtual network \(vnets[i].name) is defined twice \(NetworkResourceName.groupPhrase(vnets[i].placement)): "
                        + "a template may not define the same resource twice, so the deployment fails. Rename one.",
                    resources: [vnets[i].name], field: "name"))
        }
    }
}

/// Azure gives a subnet its special role only by name: a gateway, firewall, Bastion or Route
/// Server cannot use `snet-GatewaySubnet`, `AzureFirewalSubnet` or `AzureBastionSubnet01`, so
/// the deployment of the service fails. Names within two edits of a reserved name, or that
/// contain one, are reported.
///
/// Case is different: Microsoft Learn spells the names without saying case matters, and ARM
/// matches them case-insensitively (`gatewaySubnet` works), so a case difference is reported
/// only as information, for tools that compare the spelling exactly.
struct ReservedSubnetNameNearMiss: Rule {
    static let id = "SUB-022"
    static let severity: Severity = .warning
    static let title = "Subnet name resembles a reserved subnet name but differs"
    static let help =
        "Azure recognises GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet, AzureBastionSubnet and RouteServerSubnet by name only; a prefixed, suffixed or misspelt name is an ordinary subnet, and the service deployment fails there. Case differences are accepted by Azure."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    static let maximumEdits = 2

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks {
            for subnet in vnet.subnets {
                if let role = ReservedSubnetNames.role(of: subnet.name) {
                    guard subnet.name != role.rawValue else { continue }
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    findings.append(
                        finding(
                            "\(path) is written '\(subnet.name)'; Azure matches reserved subnet names without regard to case, so it works as \(role.rawValue), but tools that compare exactly (e.g. Terraform's azurerm validation) refuse it. Write \(role.rawValue).",
                            resources: [path], field: "name", severity: .info))
                    continue
                }
                guard let role = Self.nearMiss(subnet.name) else { continue }
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                findings.append(
                    finding(
                        "\(path) looks like the reserved name \(role.rawValue) but is not it: Azure treats it as an ordinary subnet, so the service that needs \(role.rawValue) cannot be deployed there. Rename it to exactly \(role.rawValue) if that is its purpose.",
                        resources: [path], field: "name"))
            }
        }
    }

    /// The reserved name `name` nearly matches: contains it, or is within two edits of it.
    static func nearMiss(_ name: String) -> Subnet.ReservedName? {
        // The shortest reserved name has 13 characters: shorter names cannot be two edits away.
        guard name.utf8.count >= 13 - maximumEdits else { return nil }
        let lowered = Array(name.asciiLowercased.utf8)
        for role in Subnet.ReservedName.allCases {
            let reserved = Array(role.rawValue.asciiLowercased.utf8)
            if lowered.count > reserved.count, contains(lowered, reserved) { return role }
            if abs(lowered.count - reserved.count) <= maximumEdits,
                editDistance(lowered, reserved, limit: maximumEdits) <= maximumEdits
            {
                return role
            }
        }
        return nil
    }

    private static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= text.count else { return false }
        for start in 0...(text.count - part.count) where text[start] == part[0] {
            if text[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }

    /// Levenshtein distance, stopping early once every path exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

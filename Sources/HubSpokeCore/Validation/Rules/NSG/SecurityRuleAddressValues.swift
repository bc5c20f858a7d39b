/// Source and destination values are `*`, an IP address, a CIDR prefix, a service tag (`Internet`,
/// `VirtualNetwork`, `Storage`, regional forms such as `Storage.WestEurope`) or, in separate
/// fields, application security groups. The plural lists may hold several addresses and
/// prefixes but not several service tags. ARM rejects other values.
///
/// Service tags are added over time, so an unknown tag-shaped word is reported only when it is
/// two edits or fewer away from a known tag (`Internt`); text that cannot be a tag at all (a
/// broken address, a comma-separated list, spaces) is always reported. A prefix with host bits
/// set is a warning: whether ARM refuses it or uses the network block is not documented.
struct SecurityRuleAddressValues: Rule {
    static let id = "NSG-008"
    static let severity: Severity = .error
    static let title = "Security rule source or destination is not a valid address, prefix or service tag"
    static let help =
        "A source or destination is '*', an IP address, a CIDR prefix, one service tag or an application security "
        + "group. sourceAddressPrefixes / destinationAddressPrefixes may list several addresses and prefixes but "
        + "not several service tags. ARM rejects other values."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for i in nsg.securityRules.indices {
                let path = LazyPath(nsg: nsg.name, rule: nsg.securityRules[i].name)
                if let value = nsg.securityRules[i].sourceAddressPrefix {
                    checkSingle(value, field: "sourceAddressPrefix", path: path, into: &findings)
                }
                if let values = nsg.securityRules[i].sourceAddressPrefixes {
                    checkList(values, field: "sourceAddressPrefixes", path: path, into: &findings)
                }
                if let value = nsg.securityRules[i].destinationAddressPrefix {
                    checkSingle(value, field: "destinationAddressPrefix", path: path, into: &findings)
                }
                if let values = nsg.securityRules[i].destinationAddressPrefixes {
                    checkList(values, field: "destinationAddressPrefixes", path: path, into: &findings)
                }
            }
        }
    }

    private func checkSingle(_ value: String, field: String, path: LazyPath, into findings: inout [Finding]) {
        var tags: [String] = []
        check(value, field: field, path: path, tags: &tags, into: &findings)
    }

    private func checkList(_ values: [String], field: String, path: LazyPath, into findings: inout [Finding]) {
        var tags: [String] = []
        for value in values {
            check(value, field: field, path: path, tags: &tags, into: &findings)
        }
        if tags.count > 1 {
            findings.append(
                finding(
                    "\(path.text) \(field) lists several service tags (\(tags.joined(separator: ", "))): Azure "
                        + "accepts at most one service tag per rule side and rejects the rule. Split it into one "
                        + "rule per tag.",
                    resources: [path.text], field: field))
        }
    }

    /// The rule's path, built only when a finding needs it.
    private struct LazyPath {
        var nsg: String
        var rule: String
        var text: String { ResourcePath.child(nsg, .securityRules, rule) }
    }

    private func check(
        _ value: String, field: String, path lazyPath: LazyPath, tags: inout [String], into findings: inout [Finding]
    ) {
        // Well-formed addresses are by far the most common value: no finding, no path.
        if value == "*" || SecurityRuleAddress.isCleanIPv4(value) { return }
        var path: String { lazyPath.text }
        switch SecurityRuleAddress.parse(value) {
        case .success(.serviceTag(let tag)):
            tags.append(tag.name)
            guard !tag.isKnown, let suggestion = ServiceTag.nearMiss(of: value) else { return }
            findings.append(
                finding(
                    "\(path) \(field) '\(value)' is not a service tag Azure knows, so it rejects the rule. Did you "
                        + "mean '\(suggestion)'?",
                    resources: [path], field: field))
        case .success:
            return
        case .failure(.hostBitsSet(_, let network)):
            findings.append(
                finding(
                    "\(path) \(field) '\(value)' has host bits set: the block it names is \(network). Write "
                        + "\(network) (or the single address without a length) so the rule says what it matches.",
                    resources: [path], field: field, severity: .warning))
        case .failure(let error):
            findings.append(
                finding("\(path) \(field): \(error). Azure rejects the rule.", resources: [path], field: field))
        }
    }
}

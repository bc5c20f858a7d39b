/// ARM names security rules like other child resources but with its own pattern: up to 80
/// characters, starting with a word character (letter, digit, `_`), ending with a word character
/// or `_`, with only word characters, `.`, `-` and `_` in between; and a name once per NSG
/// (names compare without regard to case).
struct SecurityRuleName: Rule {
    static let id = "NSG-003"
    static let severity: Severity = .error
    static let title = "Security rule name is invalid or repeated"
    static let help =
        "A security rule name is unique within its network security group, at most 80 characters, begins with "
        + "a word character, ends with a word character or '_', and contains only word characters, '.', '-' "
        + "and '_'. ARM rejects other names."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            var seen: [String: String] = [:]
            for rule in nsg.securityRules {
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                if let problem = SecurityRuleName.problem(with: rule.name) {
                    findings.append(
                        finding(
                            "\(path): the rule name \(problem), so Azure rejects the NSG. Rule names are at most 80 "
                                + "characters of letters, digits, '_', '.' and '-', beginning with a letter, digit "
                                + "or '_' and ending with a letter, digit or '_'.",
                            resources: [path], field: "name"))
                    continue
                }
                let key = rule.name.asciiLowercased
                if let first = seen[key] {
                    findings.append(
                        finding(
                            "\(path): \(nsg.name) already has a rule named '\(first)' (names ignore case), so Azure "
                                + "rejects the NSG. Rename one of them.",
                            resources: [path], field: "name"))
                } else {
                    seen[key] = rule.name
                }
            }
        }
    }

    /// What is wrong with a rule name, or nil if Azure accepts it. Non-ASCII bytes are taken as
    /// word characters (Azure's word characters include letters of other scripts).
    static func problem(with name: String) -> String? {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, let last = bytes.last else { return "is empty" }
        if name.count > 80 { return "has \(name.count) characters (at most 80)" }
        if !isWord(first) { return "begins with '\(Character(UnicodeScalar(first)))'" }
        if !isWord(last) { return "ends with '\(Character(UnicodeScalar(last)))'" }
        if let bad = bytes.first(where: { !isWord($0) && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "-") }) {
            return "contains '\(Character(UnicodeScalar(bad)))'"
        }
        return nil
    }

    private static func isWord(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_") || b >= 0x80
    }
}

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
        // (case-insensitive hash of the name, rule index) of the valid names of one NSG: sorting
        // these finds repeated names without hashing every name into a dictionary.
        var keys: [(hash: UInt64, index: Int)] = []
        for nsg in context.design.networkSecurityGroups {
            keys.removeAll(keepingCapacity: true)
            for i in nsg.securityRules.indices {
                if let problem = SecurityRuleName.problem(with: nsg.securityRules[i].name) {
                    let path = ResourcePath.child(nsg.name, .securityRules, nsg.securityRules[i].name)
                    findings.append(
                        finding(
                            "\(path): the rule name \(problem), so Azure rejects the NSG. Rule names are at most 80 "
                                + "characters of letters, digits, '_', '.' and '-', beginning with a letter, digit "
                                + "or '_' and ending with a letter, digit or '_'.",
                            resources: [path], field: "name"))
                    continue
                }
                keys.append((SecurityRuleName.caseInsensitiveHash(nsg.securityRules[i].name), i))
            }
            guard keys.count > 1 else { continue }
            keys.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.index < $1.index }
            var repeated: [(first: Int, later: Int)] = []
            var start = 0
            for k in 1...keys.count {
                guard k == keys.count || keys[k].hash != keys[start].hash else { continue }
                // Equal hashes: compare the names themselves, each against the earliest equal one.
                for later in (start + 1)..<k {
                    let name = nsg.securityRules[keys[later].index].name
                    if let first = keys[start..<later].first(where: {
                        nsg.securityRules[$0.index].name.equalsIgnoringCase(name)
                    }) {
                        repeated.append((first.index, keys[later].index))
                    }
                }
                start = k
            }
            for (first, later) in repeated.sorted(by: { $0.later < $1.later }) {
                let path = ResourcePath.child(nsg.name, .securityRules, nsg.securityRules[later].name)
                findings.append(
                    finding(
                        "\(path): \(nsg.name) already has a rule named '\(nsg.securityRules[first].name)' (names ignore "
                            + "case), so Azure rejects the NSG. Rename one of them.",
                        resources: [path], field: "name"))
            }
        }
    }

    /// FNV-1a over the ASCII-lower-cased bytes: equal for names that differ only in case.
    private static func caseInsensitiveHash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// What is wrong with a rule name, or nil if Azure accepts it. Non-ASCII bytes are taken as
    /// word characters (Azure's word characters include letters of other scripts).
    static func problem(with name: String) -> String? {
        let bytes = name.utf8
        guard let first = bytes.first, let last = bytes.last else { return "is empty" }
        // UTF-8 never has fewer bytes than characters: only long byte counts need counting.
        if bytes.count > 80, name.count > 80 { return "has \(name.count) characters (at most 80)" }
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

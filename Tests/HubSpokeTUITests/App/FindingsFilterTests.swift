import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct FindingsFilterTests {
    static let findings = [
        Finding(
            rule: "PEER-009", severity: .error, title: "", message: "gateway transit", resources: ["vnet-spoke1/x"]),
        Finding(rule: "SEC-001", severity: .warning, title: "", message: "RDP open", resources: ["nsg-web/rules/rdp"]),
        Finding(
            rule: "SUB-099", severity: .info, title: "", message: "no subnets", resources: ["vnet-hub"],
            suppressedReason: "planned"),
        Finding(rule: "PEER-005", severity: .info, title: "", message: "no path", resources: ["vnet-hub", "vnet-x"]),
    ]

    func rules(_ text: String) -> [String] {
        FindingsFilter(text).apply(Self.findings).map(\.rule)
    }

    @Test(arguments: [
        ("", ["PEER-009", "SEC-001", "SUB-099", "PEER-005"]),
        ("sev:error", ["PEER-009"]),
        ("sev:warning", ["SEC-001"]),
        ("sev:warning+", ["PEER-009", "SEC-001"]),
        ("sev:info+", ["PEER-009", "SEC-001", "SUB-099", "PEER-005"]),
        ("SEV:W+", ["PEER-009", "SEC-001"]),
        ("rule:PEER-", ["PEER-009", "PEER-005"]),
        ("rule:peer-009", ["PEER-009"]),
        ("res:vnet-hub", ["SUB-099", "PEER-005"]),
        ("res:vnet-x", ["PEER-005"]),
        ("is:suppressed", ["SUB-099"]),
        ("is:active", ["PEER-009", "SEC-001", "PEER-005"]),
        ("rule:PEER- sev:info", ["PEER-005"]),
        ("res:vnet-hub is:active", ["PEER-005"]),
        ("rdp", ["SEC-001"]),
        ("warning", ["SEC-001"]),
        ("transit sev:warning+", ["PEER-009"]),
        ("sev:bogus", []),
    ])
    func termsAreAnded(text: String, expected: [String]) {
        #expect(rules(text) == expected, "\(text)")
    }

    @Test func quickKeysEditTheSameText() {
        #expect(FindingsFilter.settingMinimumSeverity(.error, in: "rule:PEER-") == "sev:error rule:PEER-")
        #expect(
            FindingsFilter.settingMinimumSeverity(.warning, in: "sev:error rule:PEER-") == "sev:warning+ rule:PEER-")
        #expect(FindingsFilter.settingMinimumSeverity(.info, in: "sev:warning+ rdp") == "rdp")
        #expect(FindingsFilter.togglingHiddenSuppressed(in: "rdp") == "rdp is:active")
        #expect(FindingsFilter.togglingHiddenSuppressed(in: "rdp is:active") == "rdp")
        #expect(FindingsFilter.togglingHiddenSuppressed(in: "is:suppressed") == "is:active")
    }
}

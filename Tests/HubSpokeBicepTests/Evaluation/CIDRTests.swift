import HubSpokeBicep
import Testing

@Suite("CIDR functions")
struct CIDRTests {
    @Test(arguments: [
        ("cidrSubnet('10.144.0.0/20', 24, 2)", "10.144.2.0/24"),
        ("cidrSubnet('10.144.0.0/20', 24, 0)", "10.144.0.0/24"),
        ("cidrSubnet('10.144.0.0/20', 20, 0)", "10.144.0.0/20"),
        ("cidrSubnet('10.0.0.0/8', 16, 255)", "10.255.0.0/16"),
        ("cidrSubnet('fdad:3236:5555::/48', 52, 0)", "fdad:3236:5555::/52"),
        ("cidrSubnet('fdad:3236:5555::/48', 52, 1)", "fdad:3236:5555:1000::/52"),
        ("cidrSubnet('fdad:3236:5555::/48', 52, 4)", "fdad:3236:5555:4000::/52"),
        ("cidrSubnet('fd00::/8', 64, 1)", "fd00:0:0:1::/64"),
        ("cidrHost('10.144.3.0/24', 0)", "10.144.3.1"),
        ("cidrHost('10.144.3.0/24', 4)", "10.144.3.5"),
        ("cidrHost('10.144.3.0/24', 253)", "10.144.3.254"),
        ("cidrHost('fdad:3236:5555:3000::/52', 0)", "fdad:3236:5555:3000::1"),
        ("cidrHost('fdad:3236:5555:3000::/52', 4)", "fdad:3236:5555:3000::5"),
    ])
    func subnetsAndHosts(_ expression: String, _ expected: String) throws {
        #expect(try evaluateExpression(expression) == .string(expected))
    }

    @Test func parseCidrIPv4MatchesAzureDocumentation() throws {
        let value = try evaluateExpression("parseCidr('10.144.0.0/20')")
        #expect(value.objectValue?.keys == ["network", "netmask", "broadcast", "firstUsable", "lastUsable", "cidr"])
        #expect(value["network"] == .string("10.144.0.0"))
        #expect(value["netmask"] == .string("255.255.240.0"))
        #expect(value["broadcast"] == .string("10.144.15.255"))
        #expect(value["firstUsable"] == .string("10.144.0.1"))
        #expect(value["lastUsable"] == .string("10.144.15.254"))
        #expect(value["cidr"] == .int(20))
    }

    @Test func parseCidrIPv6MatchesAzureDocumentation() throws {
        let value = try evaluateExpression("parseCidr('fdad:3236:5555::/48')")
        #expect(value.objectValue?.keys == ["network", "netmask", "firstUsable", "lastUsable", "cidr"])
        #expect(value["network"] == .string("fdad:3236:5555::"))
        #expect(value["netmask"] == .string("ffff:ffff:ffff::"))
        #expect(value["firstUsable"] == .string("fdad:3236:5555::"))
        #expect(value["lastUsable"] == .string("fdad:3236:5555:ffff:ffff:ffff:ffff:ffff"))
        #expect(value["cidr"] == .int(48))
    }

    @Test(arguments: [
        "cidrSubnet('10.0.0.0/24', 16, 0)", "cidrSubnet('10.0.0.0/24', 26, 4)", "cidrSubnet('10.0.0.0/24', 33, 0)",
        "cidrHost('10.0.0.0/30', 2)", "cidrHost('10.0.0.0/24', -1)", "parseCidr('10.0.0.256/24')",
        "parseCidr('10.0.0.0')",
        "parseCidr('fd00:::1/64')", "cidrSubnet('::/0', 129, 0)", "cidrSubnet('10.0.0.0/8', 24, -1)",
    ])
    func invalidInputIsAnEvaluationErrorNote(_ expression: String) throws {
        let template = try evaluateBicep("var v = \(expression)\n")
        #expect(template.variable(named: "v")?.value.isUnknown == true)
        #expect(template.notes.first?.kind == .evaluationError)
    }
}

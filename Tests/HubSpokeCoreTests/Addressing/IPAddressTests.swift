import Testing

@testable import HubSpokeCore

@Suite struct IPAddressTests {
    @Test(arguments: [
        ("0.0.0.0", UInt128(0)),
        ("10.0.0.1", UInt128(0x0A00_0001)),
        ("192.168.255.254", UInt128(0xC0A8_FFFE)),
        ("255.255.255.255", UInt128(0xFFFF_FFFF)),
    ])
    func parsesIPv4(text: String, value: UInt128) throws {
        let address = try #require(IPAddress(text))
        #expect(address.family == .v4)
        #expect(address.value == value)
        #expect(address.description == text)
    }

    @Test(arguments: [
        "", "10.0.0", "10.0.0.0.0", "256.0.0.1", "10.0.0.01", "01.2.3.4", "1.2.3.-4", "1..2.3", "1.2.3.4 ",
        " 1.2.3.4", "a.b.c.d", "1.2.3.1000", "10.0.0.", ".10.0.0",
    ])
    func rejectsBadIPv4(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test(arguments: [
        // RFC 5952: lower case, leading zeros dropped, the longest zero run compressed.
        ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),  // first of two equal runs
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),  // a single zero group stays
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),  // the longer run wins
        ("::", "::"),
        ("::1", "::1"),
        ("1::", "1::"),
        ("fd00::", "fd00::"),
        ("FE80::1:2", "fe80::1:2"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"),
        ("::ffff:10.0.0.1", "::ffff:10.0.0.1"),  // IPv4-mapped: mixed notation
        ("::FFFF:0a00:0001", "::ffff:10.0.0.1"),
        ("::fffe:a00:1", "::fffe:a00:1"),
        ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
    ])
    func parsesAndPrintsIPv6(text: String, printed: String) throws {
        let address = try #require(IPAddress(text))
        #expect(address.family == .v6)
        #expect(address.description == printed)
        #expect(IPAddress(printed) == address)
    }

    @Test func ipv6ValueIsBigEndianGroups() throws {
        let address = try #require(IPAddress("2001:db8::1"))
        #expect(address.value == (UInt128(0x2001_0DB8) << 96) | 1)
    }

    @Test(arguments: [
        ":", ":::", "1:::2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "g::1", ":1::", "1::2:",
        "1.2.3.4::", "::1.2.3", "::1.2.3.4:5", "+1::", "::-1", "::+f", "::-0", "1:2:3:4:5:6:7:8::",
    ])
    func rejectsBadIPv6(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func familiesNeverCompareEqual() throws {
        let v4 = try #require(IPAddress("0.0.0.1"))
        let v6 = try #require(IPAddress("::1"))
        #expect(v4.value == v6.value)
        #expect(v4 != v6)
        #expect(v4 < v6)
    }

    @Test func advancedMovesByCount() throws {
        let address = try #require(IPAddress("10.0.0.255"))
        #expect(address.advanced(by: 1).description == "10.0.1.0")
    }
}

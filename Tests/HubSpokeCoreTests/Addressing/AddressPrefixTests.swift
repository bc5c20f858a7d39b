import Testing

@testable import HubSpokeCore

@Suite struct AddressPrefixTests {
    @Test(arguments: ["10.0.0.0/16", "0.0.0.0/0", "10.1.2.3/32", "fd00:db8::/64", "::/0", "2001:db8::1/128"])
    func parsesValidPrefixes(text: String) throws {
        let prefix = try #require(AddressPrefix(text))
        #expect(prefix.description == text)
    }

    @Test(arguments: [
        "10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/ 8", "10.0.0.0/8/8", "10.0.0/16",
        "/16", "fd00::/129", "fd00::/0x10", "10.0.0.0/1234", "banana", "",
    ])
    func malformedIsNotHostBits(text: String) {
        guard case .failure(.malformed) = AddressPrefix.parse(text) else {
            Issue.record("expected malformed for \(text)")
            return
        }
        #expect(AddressPrefix(text) == nil)
    }

    @Test(arguments: [
        ("10.0.0.1/16", "10.0.0.0/16"),
        ("10.1.255.0/15", "10.0.0.0/15"),
        ("192.168.1.1/0", "0.0.0.0/0"),
        ("fd00::1/64", "fd00::/64"),
    ])
    func hostBitsSetNamesTheNetwork(text: String, network: String) {
        guard case .failure(.hostBitsSet(let block)) = AddressPrefix.parse(text) else {
            Issue.record("expected hostBitsSet for \(text)")
            return
        }
        #expect(block.description == network)
        #expect(AddressPrefix(text) == nil)
    }

    @Test func malformedReasonSaysWhatWasExpected() {
        guard case .failure(let error) = AddressPrefix.parse("10.0.0.0/33") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description.contains("0 to 32"))
    }

    @Test func containsAddressesAndPrefixes() throws {
        let net = try #require(AddressPrefix("10.1.0.0/16"))
        #expect(net.contains(try #require(IPAddress("10.1.255.255"))))
        #expect(!net.contains(try #require(IPAddress("10.2.0.0"))))
        #expect(net.contains(try #require(AddressPrefix("10.1.4.0/24"))))
        #expect(net.contains(net))
        #expect(!net.contains(try #require(AddressPrefix("10.0.0.0/8"))))
        #expect(!net.contains(try #require(IPAddress("::a01:0"))))
    }

    @Test(arguments: [
        ("10.0.0.0/16", "10.0.255.0/24", true),
        ("10.0.0.0/16", "10.1.0.0/16", false),
        ("10.0.0.0/15", "10.1.0.0/16", true),
        ("10.0.0.0/8", "0.0.0.0/0", true),
        ("10.0.0.0/25", "10.0.0.128/25", false),
        ("fd00::/8", "fd12::/16", true),
        ("0.0.0.0/0", "::/0", false),
    ])
    func overlapsIsSymmetric(a: String, b: String, expected: Bool) throws {
        let x = try #require(AddressPrefix(a))
        let y = try #require(AddressPrefix(b))
        #expect(x.overlaps(y) == expected)
        #expect(y.overlaps(x) == expected)
    }

    @Test(arguments: [
        ("10.0.0.0/29", UInt128(8), UInt128(3)),
        ("10.0.0.0/24", UInt128(256), UInt128(251)),
        ("10.0.0.0/16", UInt128(65536), UInt128(65531)),
        ("10.0.0.0/30", UInt128(4), UInt128(0)),
        ("10.0.0.0/32", UInt128(1), UInt128(0)),
    ])
    func usableCountsAllowForAzureReserved(text: String, size: UInt128, usable: UInt128) throws {
        let prefix = try #require(AddressPrefix(text))
        #expect(prefix.addressCount == size)
        #expect(prefix.usableAddressCount == usable)
    }

    @Test func addressCountSaturatesForTheWholeIPv6Space() throws {
        #expect(try #require(AddressPrefix("::/0")).addressCount == UInt128.max)
        #expect(try #require(AddressPrefix("0.0.0.0/0")).addressCount == UInt128(1) << 32)
    }

    @Test func lastAddressIsTheBroadcast() throws {
        #expect(try #require(AddressPrefix("10.0.1.0/26")).lastAddress.description == "10.0.1.63")
        #expect(try #require(AddressPrefix("fd00::/64")).lastAddress.description == "fd00::ffff:ffff:ffff:ffff")
    }

    @Test func azureReservesFirstFourAndLast() throws {
        let subnet = try #require(AddressPrefix("10.0.1.0/24"))
        for reserved in ["10.0.1.0", "10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.255"] {
            #expect(subnet.isAzureReserved(try #require(IPAddress(reserved))), "\(reserved)")
        }
        for usable in ["10.0.1.4", "10.0.1.100", "10.0.1.254"] {
            #expect(!subnet.isAzureReserved(try #require(IPAddress(usable))), "\(usable)")
        }
        #expect(!subnet.isAzureReserved(try #require(IPAddress("10.0.2.0"))))
        #expect(subnet.firstUsableAddress.description == "10.0.1.4")
    }

    @Test func sortsByNetworkThenLength() throws {
        let sorted = ["10.1.0.0/16", "10.0.0.0/24", "10.0.0.0/16", "9.0.0.0/8"].compactMap { AddressPrefix($0) }
            .sorted()
        #expect(sorted.map(\.description) == ["9.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "10.1.0.0/16"])
    }
}

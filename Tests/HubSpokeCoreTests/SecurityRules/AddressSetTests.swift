import HubSpokeCore
import Testing

@Suite struct AddressSetTests {
    private func set(_ prefixes: String...) -> AddressSet { AddressSet(prefixes.compactMap { AddressPrefix($0) }) }

    @Test func adjacentBlocksMergeSoTheirUnionCoversTheParent() {
        let halves = set("10.0.0.0/9", "10.128.0.0/9")
        #expect(halves.intervals.count == 1)
        #expect(halves.contains(AddressPrefix("10.0.0.0/8")!))
        #expect(!set("10.0.0.0/9", "10.129.0.0/16").contains(AddressPrefix("10.0.0.0/8")!))
    }

    @Test func containsAddressesByBinarySearch() {
        let s = set("10.0.0.0/16", "192.168.1.0/24", "fd00::/64")
        #expect(s.contains(IPAddress("10.0.255.255")!))
        #expect(!s.contains(IPAddress("10.1.0.0")!))
        #expect(s.contains(IPAddress("192.168.1.7")!))
        #expect(s.contains(IPAddress("fd00::1")!))
        #expect(!s.contains(IPAddress("fd00:0:0:1::1")!))
    }

    @Test func familiesNeverMix() {
        let v4 = set("0.0.0.0/0")
        #expect(!v4.contains(IPAddress("::1")!))
        #expect(!v4.isSuperset(of: set("::/0")))
        #expect(AddressSet.all.isSuperset(of: set("::/0", "0.0.0.0/0")))
    }

    @Test func subtractingSplitsIntervals() {
        let rest = set("10.0.0.0/8").subtracting(set("10.1.0.0/16"))
        #expect(rest.intervals.count == 2)
        #expect(rest.contains(IPAddress("10.0.255.255")!))
        #expect(!rest.contains(IPAddress("10.1.2.3")!))
        #expect(rest.contains(IPAddress("10.2.0.0")!))
        #expect(rest.description == "10.0.0.0-10.0.255.255, 10.2.0.0-10.255.255.255")
    }

    @Test func overlapsAndUnion() {
        #expect(set("10.0.0.0/16").overlaps(set("10.0.128.0/17", "172.16.0.0/12")))
        #expect(!set("10.0.0.0/16").overlaps(set("10.1.0.0/16")))
        #expect(set("10.0.0.0/16").union(set("10.1.0.0/16")).contains(AddressPrefix("10.0.0.0/15")!))
    }
}

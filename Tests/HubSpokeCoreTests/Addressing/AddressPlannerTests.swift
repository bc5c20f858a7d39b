import Testing

@testable import HubSpokeCore

@Suite struct AddressPlannerTests {
    private func prefixes(_ texts: [String]) -> [AddressPrefix] { texts.compactMap { AddressPrefix($0) } }

    @Test func firstFreeBlockInAnEmptySpace() {
        let free = AddressPlanner.nextFree(length: 24, inside: prefixes(["10.0.0.0/16"]), avoiding: [])
        #expect(free?.description == "10.0.0.0/24")
    }

    @Test func skipsOccupiedBlocksAndStaysAligned() {
        let free = AddressPlanner.nextFree(
            length: 24, inside: prefixes(["10.0.0.0/16"]),
            avoiding: prefixes(["10.0.0.0/27", "10.0.1.0/24", "10.0.2.128/25"]))
        #expect(free?.description == "10.0.3.0/24")
    }

    @Test func findsAGapBetweenBlocks() {
        let free = AddressPlanner.nextFree(
            length: 16, inside: prefixes(["10.0.0.0/8"]), avoiding: prefixes(["10.0.0.0/16", "10.2.0.0/16"]))
        #expect(free?.description == "10.1.0.0/16")
    }

    @Test func aFullSpaceGivesNil() {
        let space = prefixes(["10.0.0.0/23"])
        #expect(
            AddressPlanner.nextFree(length: 24, inside: space, avoiding: prefixes(["10.0.0.0/24", "10.0.1.0/24"]))
                == nil)
        #expect(AddressPlanner.nextFree(length: 24, inside: space, avoiding: prefixes(["10.0.0.0/8"])) == nil)
        #expect(AddressPlanner.nextFree(length: 28, inside: space, avoiding: space) == nil)
    }

    @Test func aBlockLargerThanTheSpaceGivesNil() {
        #expect(AddressPlanner.nextFree(length: 15, inside: prefixes(["10.0.0.0/16"]), avoiding: []) == nil)
    }

    @Test func triesTheSpacesInOrder() {
        let free = AddressPlanner.nextFree(
            length: 24, inside: prefixes(["10.0.0.0/24", "192.168.0.0/16"]), avoiding: prefixes(["10.0.0.0/24"]))
        #expect(free?.description == "192.168.0.0/24")
    }

    @Test func theLastBlockOfTheSpaceIsFound() {
        let free = AddressPlanner.nextFree(
            length: 25, inside: prefixes(["10.0.0.0/24"]), avoiding: prefixes(["10.0.0.0/25"]))
        #expect(free?.description == "10.0.0.128/25")
    }

    @Test func theTopOfTheIPv4SpaceDoesNotWrap() {
        let free = AddressPlanner.nextFree(
            length: 2, inside: prefixes(["0.0.0.0/0"]),
            avoiding: prefixes(["0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/2", "255.255.255.255/32"]))
        #expect(free == nil)
    }

    @Test func otherFamiliesDoNotBlock() {
        let free = AddressPlanner.nextFree(
            length: 64, inside: prefixes(["fd00:1::/48"]),
            avoiding: prefixes(["fd00:1::/64", "fd00:1:0:1::/64", "10.0.0.0/8"]))
        #expect(free?.description == "fd00:1:0:2::/64")
    }

    @Test func ipv6TopOfSpace() {
        let free = AddressPlanner.nextFree(
            length: 1, inside: prefixes(["::/0"]), avoiding: prefixes(["::/1"]))
        #expect(free?.description == "8000::/1")
        #expect(
            AddressPlanner.nextFree(length: 1, inside: prefixes(["::/0"]), avoiding: prefixes(["::/1", "8000::/1"]))
                == nil)
    }

    @Test func mergesTouchingAndNestedIntervals() {
        let merged = AddressPlanner.mergedIntervals(
            prefixes(["10.0.1.0/24", "10.0.0.0/24", "10.0.0.128/25", "10.0.3.0/24"]))
        #expect(merged.count == 2)
        #expect(merged.first?.lowerBound == AddressPrefix("10.0.0.0/24")!.first)
        #expect(merged.first?.upperBound == AddressPrefix("10.0.1.0/24")!.last)
    }
}

import Testing

@testable import HubSpokeCore

@Suite struct AddressPlannerPrivateSpaceTests {
    private func prefixes(_ texts: [String]) -> [AddressPrefix] { texts.compactMap { AddressPrefix($0) } }

    @Test func anEmptyDesignStartsAtTenZero() {
        #expect(AddressPlanner.nextFreePrivateSpace(length: 16, avoiding: [])?.description == "10.0.0.0/16")
    }

    @Test func aNewSpokeLandsNextToTheHubAndItsSpokes() {
        let occupied = prefixes(["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "192.168.0.0/16"])
        #expect(AddressPlanner.nextFreePrivateSpace(length: 16, avoiding: occupied)?.description == "10.4.0.0/16")
    }

    @Test func theRangeHoldingMostOfTheDesignIsTriedFirst() {
        let occupied = prefixes(["172.16.0.0/16", "172.17.0.0/16", "10.0.0.0/16"])
        #expect(AddressPlanner.nextFreePrivateSpace(length: 16, avoiding: occupied)?.description == "172.18.0.0/16")
    }

    @Test func aFullRangeFallsThroughToTheNext() {
        let occupied = prefixes(["10.0.0.0/8"])
        #expect(AddressPlanner.nextFreePrivateSpace(length: 16, avoiding: occupied)?.description == "172.16.0.0/16")
    }

    @Test func aSizeLargerThanEveryPrivateRangeGivesNil() {
        #expect(AddressPlanner.nextFreePrivateSpace(length: 7, avoiding: []) == nil)
    }

    @Test func smallerSizesStayAligned() {
        let occupied = prefixes(["10.0.0.0/16", "10.1.0.0/24"])
        #expect(AddressPlanner.nextFreePrivateSpace(length: 20, avoiding: occupied)?.description == "10.1.16.0/20")
    }
}

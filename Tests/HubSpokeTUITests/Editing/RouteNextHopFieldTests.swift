import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// Editing a route's next hop type in the inspector: Azure takes a next hop IP only for
/// VirtualAppliance, so leaving that type drops the IP instead of leaving an RT-003 behind.
@Suite struct RouteNextHopFieldTests {
    static func firstRoute(_ design: Design) throws -> Route {
        try #require(design.routeTables.first { $0.name == "rt-spokes" }?.routes.first)
    }

    @Test func leavingVirtualApplianceDropsTheNextHopIP() throws {
        let before = Examples.hubAndSpoke
        let route = try Self.firstRoute(before)
        #expect(route.nextHopType == "VirtualAppliance")
        #expect(route.nextHopIpAddress != nil)
        let after = try DesignEditor.set(
            before, path: "rt-spokes/routes/\(route.name)", field: "nextHopType", value: "Internet")
        let edited = try Self.firstRoute(after)
        #expect(edited.nextHopType == "Internet")
        #expect(edited.nextHopIpAddress == nil)
        #expect(!Validator().validate(after).contains { $0.rule == "RT-003" })
    }

    @Test func stayingOnVirtualApplianceKeepsTheNextHopIP() throws {
        let before = Examples.hubAndSpoke
        let route = try Self.firstRoute(before)
        let after = try DesignEditor.set(
            before, path: "rt-spokes/routes/\(route.name)", field: "nextHopType", value: "VirtualAppliance")
        #expect(try Self.firstRoute(after).nextHopIpAddress == route.nextHopIpAddress)
    }
}

import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// Which hop decided and where each hop jumps, on the hub-and-spoke example's spoke-to-spoke
/// path through the hub firewall.
@Suite struct ReachabilityHopsTests {
    let design = Examples.hubAndSpoke

    func result(_ from: String, _ to: String, _ port: Int) throws -> ReachabilityResult {
        try ReachabilityAnalyzer(design: design).analyze(ReachabilityQuery(source: from, destination: to, port: port))
    }

    @Test func hopsJumpToTheUserRouteTheNSGRuleThePeeringAndTheFirewall() throws {
        let hops = try result("vm-app-spoke1", "vm-app-spoke2", 443).hops
        func target(_ kind: Hop.Kind, _ nth: Int = 0) -> String? {
            let matching = hops.filter { $0.kind == kind }
            return nth < matching.count ? ReachabilityHops.targets(of: matching[nth], in: design).first : nil
        }
        #expect(target(.source) == "vm-app-spoke1")
        #expect(target(.route) == "rt-spokes/routes/default-to-firewall")
        #expect(target(.route, 1) == "vnet-hub/subnets/AzureFirewallSubnet", "a default route jumps to its subnet")
        #expect(target(.nsg, 1) == "nsg-spoke2/securityRules/allow-https-from-spokes-and-onprem")
        #expect(target(.nsg) == "nsg-spoke1", "a default rule is not in the design: the NSG itself")
        #expect(target(.peering) == "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub")
        #expect(target(.firewall) == "afw-hub")
    }

    @Test func theDecidingHopIsTheInboundRuleOrTheDrop() throws {
        let reachable = try result("vm-app-spoke1", "vm-app-spoke2", 443)
        let deciding = try #require(ReachabilityHops.decidingHop(in: reachable))
        #expect(reachable.hops[deciding].kind == .nsg)
        #expect(reachable.hops[deciding].resource == "nsg-spoke2")
        let blocked = try result("vm-app-spoke1", "vm-app-spoke2", 8080)
        #expect(blocked.reachable == false)
        let drop = try #require(ReachabilityHops.decidingHop(in: blocked))
        #expect(blocked.hops[drop].kind == .dropped)
    }

    @Test func aHopOnTheInternetHasNoTarget() throws {
        let hops = try result("vm-app-spoke1", "203.0.113.9", 443).hops
        for hop in hops where hop.resource == "Internet" || hop.resource == "203.0.113.9" {
            #expect(ReachabilityHops.targets(of: hop, in: design).isEmpty)
        }
    }

    @Test func endpointChoicesListVMsNICsAndAddressesAsTheAnalyzerResolvesThem() {
        let choices = ReachabilityEndpointChoice.all(in: design)
        #expect(
            choices.first
                == ReachabilityEndpointChoice(text: "vm-app-spoke1", kind: .virtualMachine, detail: "10.1.1.4"))
        #expect(
            choices.contains(
                ReachabilityEndpointChoice(text: "nic-app-spoke3", kind: .networkInterface, detail: "10.3.1.4")))
        #expect(choices.contains(ReachabilityEndpointChoice(text: "10.2.1.4", kind: .address, detail: "vm-app-spoke2")))
        #expect(
            choices.contains(
                ReachabilityEndpointChoice(
                    text: "10.0.2.4", kind: .address, detail: "first address of vnet-hub/subnets/AzureBastionSubnet")))
        #expect(choices.filter { $0.text == "10.1.1.4" }.count == 1, "a NIC's address is not offered twice")
        let analyzer = ReachabilityAnalyzer(design: design)
        for choice in choices where choice.kind != .address {
            #expect((try? analyzer.endpoint(choice.text))?.address.description == choice.detail)
        }
        #expect(
            ReachabilityEndpointChoice.matching("spoke2", in: choices).map(\.text) == [
                "vm-app-spoke2", "nic-app-spoke2",
            ])
        let byPrefix = ReachabilityEndpointChoice.matching("NIC-APP", in: choices).map(\.text)
        #expect(byPrefix == ["nic-app-spoke1", "nic-app-spoke2", "nic-app-spoke3"])
        #expect(
            Array(ReachabilityEndpointChoice.matching("app", in: choices).map(\.text).prefix(1)) == ["vm-app-spoke1"])
    }
}

import HubSpokeCore
import Testing

@Suite struct SecurityRuleAddressTests {
    @Test func parsesEachKindOfValue() {
        #expect(SecurityRuleAddress.parse("*") == .success(.any))
        #expect(SecurityRuleAddress.parse("10.0.0.0/8") == .success(.prefix(AddressPrefix("10.0.0.0/8")!)))
        #expect(SecurityRuleAddress.parse("10.0.0.4") == .success(.prefix(AddressPrefix("10.0.0.4/32")!)))
        #expect(SecurityRuleAddress.parse("fd00::/8") == .success(.prefix(AddressPrefix("fd00::/8")!)))
        #expect(
            SecurityRuleAddress.parse("Storage.WestEurope") == .success(.serviceTag(ServiceTag("Storage.WestEurope"))))
    }

    @Test(arguments: ["10.0.0.0/33", "10.0.0.256", "10.0.0", "fd00::zz", "1.2.3.4-1.2.3.9"])
    func malformedAddressesAreErrors(_ text: String) {
        guard case .failure(let error) = SecurityRuleAddress.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        if case .malformedAddress = error { return }
        if case .notAnAddressOrTag = error { return }
        Issue.record("unexpected \(error)")
    }

    @Test func listsAndSpacesAreNotOneValue() {
        #expect(SecurityRuleAddress.parse("10.0.0.0/8,192.168.0.0/16") == .failure(.list("10.0.0.0/8,192.168.0.0/16")))
        #expect(SecurityRuleAddress.parse("Virtual Network") == .failure(.list("Virtual Network")))
        #expect(SecurityRuleAddress.parse("vnet_hub") == .failure(.notAnAddressOrTag("vnet_hub")))
    }

    @Test func hostBitsAreReportedButMatchTheirBlock() {
        #expect(
            SecurityRuleAddress.parse("10.0.0.1/24")
                == .failure(.hostBitsSet("10.0.0.1/24", network: AddressPrefix("10.0.0.0/24")!)))
        #expect(SecurityRuleAddress(matching: "10.0.0.1/24") == .prefix(AddressPrefix("10.0.0.0/24")!))
    }

    @Test(arguments: ["*", "Internet", "internet", "Any", "0.0.0.0/0", "::/0"])
    func internetWideSources(_ text: String) {
        #expect(SecurityRuleAddress.isInternetWide(text))
    }

    @Test(arguments: ["VirtualNetwork", "10.0.0.0/8", "0.0.0.0/1"])
    func notInternetWide(_ text: String) {
        #expect(!SecurityRuleAddress.isInternetWide(text))
    }
}

@Suite struct ServiceTagTests {
    @Test func knownTagsIgnoreCaseAndRegion() {
        #expect(ServiceTag("internet").isKnown)
        #expect(ServiceTag("Storage.WestEurope").isKnown)
        #expect(ServiceTag("AzureCloud.westeurope").base == "AzureCloud")
        #expect(!ServiceTag("Internt").isKnown)
    }

    @Test func globalTagCoversItsRegionalForms() {
        #expect(ServiceTag("Storage").covers(ServiceTag("storage.westeurope")))
        #expect(!ServiceTag("Storage.WestEurope").covers(ServiceTag("Storage")))
        #expect(!ServiceTag("Storage.WestEurope").covers(ServiceTag("Storage.NorthEurope")))
        #expect(!ServiceTag("Sql").covers(ServiceTag("Storage.WestEurope")))
    }

    @Test(arguments: [
        ("Internt", "Internet"), ("VirtualNetworks", "VirtualNetwork"), ("AzureLoadBalancr", "AzureLoadBalancer"),
        ("Storag.WestEurope", "Storage.WestEurope"),
    ])
    func nearMissesSuggestTheKnownTag(_ typo: String, _ suggestion: String) {
        #expect(ServiceTag.nearMiss(of: typo) == suggestion)
    }

    @Test(arguments: ["Internet", "SomeFutureServiceTag", "Sq1", "Any"])
    func noSuggestionForKnownOrFarOrShortWords(_ word: String) {
        #expect(ServiceTag.nearMiss(of: word) == nil)
    }

    @Test func tagShape() {
        #expect(ServiceTag.isTagShaped("AzureFrontDoor.Backend"))
        #expect(!ServiceTag.isTagShaped("1Storage"))
        #expect(!ServiceTag.isTagShaped("Storage."))
        #expect(!ServiceTag.isTagShaped("my-tag"))
    }
}

@Suite struct ApplicationSecurityGroupNameTests {
    @Test(arguments: [
        "asg-web", "rg-app:asg-web",
        "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/applicationSecurityGroups/asg-web",
    ])
    func everyReferenceFormGivesTheName(_ reference: String) {
        #expect(SecurityRuleAddress.applicationSecurityGroupName(reference) == "asg-web")
    }

    @Test func aRuleWrittenWithAnIDMatchesAFlowThatNamesTheGroup() throws {
        let rule = SecurityRule(
            name: "web", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefix: "*", sourcePortRange: "*",
            destinationApplicationSecurityGroups: [
                "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/ASG-WEB"
            ], destinationPortRange: "443")
        let matcher = try #require(SecurityRuleMatcher(rule))
        let flow = SecurityFlow(
            protocol: .tcp, source: IPAddress("10.0.0.4")!, sourcePort: 1, destination: IPAddress("10.1.0.4")!,
            destinationPort: 443, destinationApplicationSecurityGroups: ["asg-web"])
        #expect(matcher.matches(flow) == .matches)
    }
}

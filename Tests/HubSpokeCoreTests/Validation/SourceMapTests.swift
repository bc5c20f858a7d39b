import Testing

@testable import HubSpokeCore

/// The source map answers lookups the way Azure compares names: ignoring ASCII case, with a
/// property's own location preferred over its resource's.
@Suite struct SourceMapTests {
    let vnetLine = SourceLocation(file: "main.bicep", line: 4, column: 1)
    let prefixLine = SourceLocation(file: "main.bicep", line: 9, column: 7)

    @Test func lookupsIgnoreTheCaseOfResourceAndField() {
        var map = SourceMap()
        map.record(vnetLine, resource: "vnet-Hub/subnets/GatewaySubnet")
        map.record(prefixLine, resource: "vnet-Hub/subnets/GatewaySubnet", field: "addressPrefix")
        #expect(map.location(resource: "VNET-hub/subnets/gatewaysubnet") == vnetLine)
        #expect(map.location(resource: "vnet-hub/subnets/gatewaysubnet", field: "ADDRESSPREFIX") == prefixLine)
    }

    @Test func anUnrecordedFieldFallsBackToItsResource() {
        var map = SourceMap()
        map.record(vnetLine, resource: "vnet-hub")
        map.record(prefixLine, resource: "vnet-hub", field: "addressPrefixes")
        #expect(map.location(resource: "vnet-hub", field: "subnets") == vnetLine)
        #expect(map.location(resource: "vnet-spoke") == nil)
        #expect(map.location(resource: "vnet-spoke", field: "addressPrefixes") == nil)
    }

    @Test func aLaterRecordReplacesAnEarlierOne() {
        var map = SourceMap()
        map.record(vnetLine, resource: "nsg", field: "securityRules")
        map.record(prefixLine, resource: "NSG", field: "SecurityRules")
        #expect(map.location(resource: "nsg", field: "securityRules") == prefixLine)
        #expect(map.location(resource: "nsg") == nil)
        #expect(!map.isEmpty)
        #expect(SourceMap().isEmpty)
    }

    @Test func keysDifferingOnlyInCaseAreOneKey() {
        let keys: Set = [CaseInsensitiveKey("Vnet-A"), CaseInsensitiveKey("vnet-a"), CaseInsensitiveKey("VNET-A")]
        #expect(keys.count == 1)
        #expect(CaseInsensitiveKey("vnet-a") != CaseInsensitiveKey("vnet-b"))
        #expect(CaseInsensitiveKey("vnet-a") != CaseInsensitiveKey("vnet-a2"))
        // Only ASCII letters fold: other characters compare exactly.
        #expect(CaseInsensitiveKey("vnet-ä") != CaseInsensitiveKey("vnet-Ä"))
    }
}

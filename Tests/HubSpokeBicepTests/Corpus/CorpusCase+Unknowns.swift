import HubSpokeBicep
import HubSpokeCore
import Testing

/// Conditions, values not known offline, types and properties the model does not hold.
extension CorpusCase {
    /// A resource behind a false condition is not deployed; one behind an unknown condition is
    /// kept and marked.
    static let conditions = CorpusCase(
        name: "conditions",
        files: [
            "main.bicep": #"""
            param deployBastion bool = false
            param deploySpoke bool

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [{ name: 'AzureBastionSubnet', properties: { addressPrefix: '10.0.2.0/26' } }]
              }
            }

            resource bastion 'Microsoft.Network/bastionHosts@2024-05-01' = if (deployBastion) {
              name: 'bas-hub'
              location: resourceGroup().location
              properties: {
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: { subnet: { id: hub.properties.subnets[0].id } }
                  }
                ]
              }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = if (deploySpoke) {
              name: 'vnet-spoke'
              location: resourceGroup().location
              properties: { addressSpace: { addressPrefixes: ['10.1.0.0/16'] } }
            }
            """#
        ],
        check: { document in
            #expect(document.design.bastionHosts.isEmpty)
            #expect(document.design.virtualNetworks.map(\.name) == ["vnet-hub", "vnet-spoke"])
            #expect(document.unknowns.contains(resource: "vnet-spoke", field: "condition"))
        })

    /// A storage account and a private DNS zone (not modelled) beside a VNet with properties
    /// the model has no field for: carried through and listed.
    static let unknownTypesAndProperties = CorpusCase(
        name: "unknown-types-and-properties",
        files: [
            "main.bicep": #"""
            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-data'
              location: resourceGroup().location
              tags: { env: 'prod' }
              properties: {
                addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
                enableDdosProtection: false
                subnets: [
                  {
                    name: 'snet-pe'
                    properties: {
                      addressPrefix: '10.40.1.0/24'
                      privateEndpointNetworkPolicies: 'Disabled'
                    }
                  }
                ]
              }
            }

            resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
              name: 'stdata${uniqueString(resourceGroup().id)}'
              location: resourceGroup().location
              sku: { name: 'Standard_LRS' }
              kind: 'StorageV2'
            }

            resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
              name: 'privatelink.blob.core.windows.net'
              location: 'global'
            }
            """#
        ],
        expectedRules: ["REF-011"],
        check: { document in
            let design = document.design
            #expect(design.passthrough.map(\.symbolicName) == ["storage", "zone"])
            #expect(
                design.passthrough.first?.sourceText.hasPrefix(
                    "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01'") == true)
            #expect(design.passthrough.map(\.line) == [20, 27])
            // Properties the model has no field for are listed, and do not count as unknown.
            #expect(!document.unknowns.hasUnknowns(resource: "vnet-data"))
            // Export keeps the passthrough resources verbatim.
            let exported = BicepWriter.write(design)
            #expect(exported.contains(design.passthrough[1].sourceText))
        })

    /// Route Server (a virtual hub with an IP configuration) and an internal load balancer
    /// used as a next hop.
    static let routeServerAndInternalLoadBalancer = CorpusCase(
        name: "route-server-and-internal-load-balancer",
        files: [
            "main.bicep": #"""
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [
                  { name: 'RouteServerSubnet', properties: { addressPrefix: '10.0.3.0/27' } }
                  { name: 'snet-nva', properties: { addressPrefix: '10.0.4.0/24' } }
                ]
              }
            }

            resource rs 'Microsoft.Network/virtualHubs@2024-05-01' = {
              name: 'rs-hub'
              location: resourceGroup().location
              properties: { sku: 'Standard' }
            }

            resource rsIp 'Microsoft.Network/virtualHubs/ipConfigurations@2024-05-01' = {
              parent: rs
              name: 'ipconfig1'
              properties: { subnet: { id: hub.properties.subnets[0].id } }
            }

            resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
              name: 'lb-nva'
              location: resourceGroup().location
              sku: { name: 'Standard' }
              properties: {
                frontendIPConfigurations: [
                  {
                    name: 'fe-nva'
                    properties: {
                      subnet: { id: hub.properties.subnets[1].id }
                      privateIPAllocationMethod: 'Static'
                      privateIPAddress: '10.0.4.10'
                    }
                  }
                ]
              }
            }
            """#
        ],
        absentRules: ["REF-011"],
        check: { document in
            let design = document.design
            #expect(design.routeServers == [RouteServer(name: "rs-hub", subnet: "vnet-hub/subnets/RouteServerSubnet")])
            #expect(design.loadBalancers.first?.frontendIPConfigurations.first?.privateIPAddress == "10.0.4.10")
            #expect(design.loadBalancers.first?.frontendIPConfigurations.first?.subnet == "vnet-hub/subnets/snet-nva")
            #expect(design.passthrough.isEmpty)
        })

    /// Names and prefixes that depend on values only known at deployment: kept as unknown,
    /// never guessed at.
    static let valuesNotKnownOffline = CorpusCase(
        name: "values-not-known-offline",
        files: [
            "main.bicep": #"""
            param spokePrefix string
            param suffix string = uniqueString(resourceGroup().id)

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-spoke-${suffix}'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: [spokePrefix] }
                subnets: [
                  { name: 'snet-app', properties: { addressPrefix: cidrSubnet(spokePrefix, 24, 0) } }
                ]
              }
            }
            """#
        ],
        expectedRules: ["REF-010"],
        absentRules: ["ADDR-001", "ADDR-003", "SUB-001", "SUB-002", "REF-001"],
        check: { document in
            let vnet = document.design.virtualNetworks.first
            #expect(vnet?.name == "spoke")
            #expect(document.unknowns.contains(resource: "spoke", field: "name"))
            #expect(document.unknowns.contains(resource: "spoke", field: "addressPrefixes"))
            #expect(document.unknowns.contains(resource: "spoke/subnets/snet-app", field: "addressPrefixes"))
        })
}

extension CorpusCase {
    /// A private DNS zone (not modelled) linked to the hub: carried through, its references to
    /// the hub and to a variable pointed at what export writes, so the export still compiles.
    static let privateDnsZoneLinkedToHub = CorpusCase(
        name: "private-dns-zone-linked-to-hub",
        files: [
            "main.bicep": #"""
            param location string = resourceGroup().location
            var tags = { env: 'prod' }

            resource hubVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: location
              properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
            }

            resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
              name: 'privatelink.blob.core.windows.net'
              location: 'global'
              tags: tags

              resource link 'virtualNetworkLinks' = {
                name: 'link-hub'
                location: 'global'
                properties: {
                  registrationEnabled: false
                  virtualNetwork: { id: hubVnet.id }
                }
              }
            }
            """#
        ],
        expectedRules: ["REF-011"],
        check: { document in
            let passthrough = document.design.passthrough
            #expect(passthrough.map(\.symbolicName) == ["zone"])
            let text = passthrough.first?.sourceText ?? ""
            #expect(text.contains("virtualNetwork: { id: vnetHub.id }"))
            #expect(text.contains("  tags: {\n    env: 'prod'\n  }\n"))
            #expect(text.contains("resource link 'virtualNetworkLinks'"))
        })
}

import HubSpokeBicep
import HubSpokeCore
import Testing

/// Hub-and-spoke topologies written the ways people write them.
extension CorpusCase {
    /// Spokes from a parameter array, VNets and both peering halves in loops.
    static let spokesFromParameterLoop = CorpusCase(
        name: "spokes-from-parameter-loop",
        files: [
            "main.bicep": #"""
            param location string = resourceGroup().location
            param hubName string = 'vnet-hub'
            param spokes array = [
              { name: 'spoke-a', prefix: '10.1.0.0/16' }
              { name: 'spoke-b', prefix: '10.2.0.0/16' }
              { name: 'spoke-c', prefix: '10.3.0.0/16' }
            ]

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: hubName
              location: location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [
                  { name: 'snet-shared', properties: { addressPrefix: '10.0.1.0/24' } }
                ]
              }
            }

            resource spokeVnets 'Microsoft.Network/virtualNetworks@2024-05-01' = [for spoke in spokes: {
              name: 'vnet-${spoke.name}'
              location: location
              properties: {
                addressSpace: { addressPrefixes: [spoke.prefix] }
                subnets: [
                  { name: 'snet-app', properties: { addressPrefix: cidrSubnet(spoke.prefix, 24, 1) } }
                ]
              }
            }]

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = [for (spoke, i) in spokes: {
              parent: hub
              name: 'hub-to-${spoke.name}'
              properties: {
                allowVirtualNetworkAccess: true
                allowForwardedTraffic: true
                remoteVirtualNetwork: { id: spokeVnets[i].id }
              }
            }]

            resource spokeToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = [for (spoke, i) in spokes: {
              parent: spokeVnets[i]
              name: '${spoke.name}-to-hub'
              properties: {
                allowVirtualNetworkAccess: true
                allowForwardedTraffic: true
                remoteVirtualNetwork: { id: hub.id }
              }
            }]
            """#
        ],
        absentRules: ["PEER-003", "PEER-001", "REF-006"],
        check: { document in
            let design = document.design
            #expect(design.virtualNetworks.map(\.name) == ["vnet-hub", "vnet-spoke-a", "vnet-spoke-b", "vnet-spoke-c"])
            #expect(design.virtualNetworks[2].subnets.first?.addressPrefixes == ["10.2.1.0/24"])
            #expect(
                design.virtualNetworks[0].virtualNetworkPeerings.map(\.remoteVirtualNetwork) == [
                    "vnet-spoke-a", "vnet-spoke-b", "vnet-spoke-c",
                ])
            #expect(
                design.virtualNetworks.dropFirst().allSatisfy {
                    $0.virtualNetworkPeerings.first?.remoteVirtualNetwork == "vnet-hub"
                })
            #expect(design.virtualNetworks.allSatisfy { $0.placement.location == nil })
        })

    /// Peerings as child resources with `parent:`, subnets as child resources too.
    static let childResourcePeerings = CorpusCase(
        name: "child-resource-peerings-and-subnets",
        files: [
            "main.bicep": #"""
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: 'westeurope'
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
              }
            }

            resource hubShared 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
              parent: hub
              name: 'snet-shared'
              properties: { addressPrefix: '10.0.1.0/24' }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-spoke'
              location: 'westeurope'
              properties: {
                addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
              }

              resource app 'subnets' = {
                name: 'snet-app'
                properties: { addressPrefix: '10.1.1.0/24' }
              }

              resource toHub 'virtualNetworkPeerings' = {
                name: 'spoke-to-hub'
                properties: {
                  remoteVirtualNetwork: { id: hub.id }
                  allowForwardedTraffic: true
                }
              }
            }

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: hub
              name: 'hub-to-spoke'
              properties: {
                remoteVirtualNetwork: { id: spoke.id }
                allowVirtualNetworkAccess: false
              }
            }
            """#
        ],
        expectedRules: ["PEER-004"],
        absentRules: ["PEER-003"],
        check: { document in
            let design = document.design
            #expect(design.virtualNetworks.map { $0.subnets.map(\.name) } == [["snet-shared"], ["snet-app"]])
            #expect(design.virtualNetworks[1].virtualNetworkPeerings.first?.allowForwardedTraffic == true)
            #expect(design.virtualNetworks[0].virtualNetworkPeerings.first?.allowVirtualNetworkAccess == false)
            #expect(design.virtualNetworks[0].placement.location == "westeurope")
            #expect(document.sourceMap.location(resource: "vnet-spoke/virtualNetworkPeerings/spoke-to-hub")?.line == 27)
        })

    /// The older `'vnet/peering'` name style with `dependsOn` instead of `parent:`.
    static let slashNamedPeerings = CorpusCase(
        name: "slash-named-peerings",
        files: [
            "main.bicep": #"""
            var hubName = 'vnet-hub'
            var spokeName = 'vnet-spoke1'

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: hubName
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [{ name: 'snet-a', properties: { addressPrefix: '10.0.0.0/24' } }]
              }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: spokeName
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
                subnets: [{ name: 'snet-a', properties: { addressPrefix: '10.1.0.0/24' } }]
              }
            }

            resource peerA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              name: '${hubName}/${hubName}-to-${spokeName}'
              properties: {
                remoteVirtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', spokeName) }
              }
              dependsOn: [hub, spoke]
            }

            resource peerB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              name: concat(spokeName, '/', spokeName, '-to-', hubName)
              properties: {
                remoteVirtualNetwork: { id: hub.id }
              }
              dependsOn: [hub, spoke]
            }
            """#
        ],
        absentRules: ["PEER-003", "PEER-001"],
        check: { document in
            let design = document.design
            #expect(design.virtualNetworks[0].virtualNetworkPeerings.map(\.name) == ["vnet-hub-to-vnet-spoke1"])
            #expect(design.virtualNetworks[0].virtualNetworkPeerings.first?.remoteVirtualNetwork == "vnet-spoke1")
            #expect(design.virtualNetworks[1].virtualNetworkPeerings.first?.remoteVirtualNetwork == "vnet-hub")
        })

    /// A spoke peered to a hub that lives in another subscription, declared `existing`.
    static let existingHubInOtherSubscription = CorpusCase(
        name: "existing-hub-other-subscription",
        files: [
            "main.bicep": #"""
            param hubSubscriptionId string = '11111111-2222-3333-4444-555555555555'
            param hubResourceGroup string = 'rg-connectivity'

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
              name: 'vnet-hub-weu'
              scope: resourceGroup(hubSubscriptionId, hubResourceGroup)
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-spoke-app'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.20.0.0/16'] }
                subnets: [{ name: 'snet-app', properties: { addressPrefix: '10.20.1.0/24' } }]
              }
            }

            resource toHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: spoke
              name: 'spoke-to-hub'
              properties: {
                remoteVirtualNetwork: { id: hub.id }
                useRemoteGateways: true
                allowForwardedTraffic: true
              }
            }

            resource toOther 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: spoke
              name: 'spoke-to-shared'
              properties: {
                remoteVirtualNetwork: {
                  id: '/subscriptions/99999999-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers/Microsoft.Network/virtualNetworks/vnet-shared'
                }
              }
            }
            """#
        ],
        expectedRules: ["PEER-022"],
        absentRules: ["PEER-003", "PEER-009", "PEER-010", "PEER-001"],
        check: { document in
            let design = document.design
            let hub = design.virtualNetworks.first { $0.name == "vnet-hub-weu" }
            #expect(hub?.isExisting == true)
            #expect(hub?.placement.subscriptionId == "11111111-2222-3333-4444-555555555555")
            #expect(hub?.placement.resourceGroup == "rg-connectivity")
            let peerings = design.virtualNetworks.first { $0.name == "vnet-spoke-app" }?.virtualNetworkPeerings ?? []
            #expect(peerings.first?.remoteVirtualNetwork == "vnet-hub-weu")
            #expect(peerings.last?.remoteVirtualNetwork.hasPrefix("/subscriptions/99999999") == true)
        })

    /// IPv4 + IPv6 address space, one subnet with a wrong IPv6 prefix length.
    static let dualStack = CorpusCase(
        name: "dual-stack",
        files: [
            "main.bicep": #"""
            param location string = resourceGroup().location

            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-dual'
              location: location
              properties: {
                addressSpace: {
                  addressPrefixes: [
                    '10.50.0.0/16'
                    'fd00:db8:50::/48'
                  ]
                }
                subnets: [
                  {
                    name: 'snet-web'
                    properties: {
                      addressPrefixes: ['10.50.1.0/24', 'fd00:db8:50:1::/64']
                    }
                  }
                  {
                    name: 'snet-bad-v6'
                    properties: {
                      addressPrefixes: ['10.50.2.0/24', 'fd00:db8:50:2::/80']
                    }
                  }
                ]
              }
            }
            """#
        ],
        expectedRules: ["SUB-007"],
        check: { document in
            let vnet = document.design.virtualNetworks.first
            #expect(vnet?.addressPrefixes == ["10.50.0.0/16", "fd00:db8:50::/48"])
            #expect(vnet?.subnets.map(\.addressPrefixes.count) == [2, 2])
            #expect(document.sourceMap.location(resource: "vnet-dual/subnets/snet-bad-v6")?.line == 20)
        })

    /// Hub firewall with a policy, spokes sending 0.0.0.0/0 to it through a route table.
    static let firewallAndRouteTables = CorpusCase(
        name: "firewall-and-route-tables",
        files: [
            "main.bicep": #"""
            param location string = resourceGroup().location
            var firewallIp = '10.0.1.4'

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [
                  { name: 'AzureFirewallSubnet', properties: { addressPrefix: '10.0.1.0/26' } }
                ]
              }
            }

            resource pipFw 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
              name: 'pip-afw'
              location: location
              sku: { name: 'Standard' }
              properties: { publicIPAllocationMethod: 'Static' }
            }

            resource policy 'Microsoft.Network/firewallPolicies@2024-05-01' = {
              name: 'afwp-hub'
              location: location
            }

            resource rules 'Microsoft.Network/firewallPolicies/ruleCollectionGroups@2024-05-01' = {
              parent: policy
              name: 'rcg-net'
              properties: {
                priority: 200
                ruleCollections: [
                  {
                    ruleCollectionType: 'FirewallPolicyFilterRuleCollection'
                    name: 'east-west'
                    priority: 100
                    action: { type: 'Allow' }
                    rules: [
                      {
                        ruleType: 'NetworkRule'
                        name: 'spokes-https'
                        ipProtocols: ['TCP']
                        sourceAddresses: ['10.1.0.0/16']
                        destinationAddresses: ['10.2.0.0/16']
                        destinationPorts: ['443']
                      }
                    ]
                  }
                ]
              }
            }

            resource firewall 'Microsoft.Network/azureFirewalls@2024-05-01' = {
              name: 'afw-hub'
              location: location
              properties: {
                sku: { name: 'AZFW_VNet', tier: 'Standard' }
                ipConfigurations: [
                  {
                    name: 'ipconfig'
                    properties: {
                      subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub', 'AzureFirewallSubnet') }
                      publicIPAddress: { id: pipFw.id }
                    }
                  }
                ]
                firewallPolicy: { id: policy.id }
              }
              dependsOn: [hub]
            }

            resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
              name: 'rt-spokes'
              location: location
              properties: {
                disableBgpRoutePropagation: true
                routes: [
                  {
                    name: 'default-to-firewall'
                    properties: {
                      addressPrefix: '0.0.0.0/0'
                      nextHopType: 'VirtualAppliance'
                      nextHopIpAddress: firewallIp
                    }
                  }
                  {
                    name: 'bad-hop'
                    properties: {
                      addressPrefix: '10.9.0.0/16'
                      nextHopType: 'VirtualAppliance'
                    }
                  }
                ]
              }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-spoke1'
              location: location
              properties: {
                addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
                subnets: [
                  { name: 'snet-app', properties: { addressPrefix: '10.1.1.0/24', routeTable: { id: rt.id } } }
                ]
              }
            }
            """#
        ],
        expectedRules: ["RT-002"],
        check: { document in
            let design = document.design
            #expect(design.azureFirewalls.first?.subnet == "vnet-hub/subnets/AzureFirewallSubnet")
            #expect(design.azureFirewalls.first?.firewallPolicy == "afwp-hub")
            #expect(design.azureFirewalls.first?.publicIPAddress == "pip-afw")
            #expect(
                design.firewallPolicies.first?.ruleCollectionGroups.first?.ruleCollections.first?.rules.first?
                    .destinationPorts == ["443"])
            #expect(design.routeTables.first?.routes.first?.nextHopIpAddress == "10.0.1.4")
            #expect(design.virtualNetworks[1].subnets.first?.routeTable == "rt-spokes")
        })

    /// Spokes use the hub gateway, but the hub side never offers transit.
    static let gatewayTransitWithoutHubTransit = CorpusCase(
        name: "gateway-transit-missing",
        files: [
            "main.bicep": #"""
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [{ name: 'GatewaySubnet', properties: { addressPrefix: '10.0.0.0/27' } }]
              }
            }

            resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
              name: 'pip-vgw'
              location: resourceGroup().location
              sku: { name: 'Standard' }
              properties: { publicIPAllocationMethod: 'Static' }
            }

            resource vgw 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
              name: 'vgw-hub'
              location: resourceGroup().location
              properties: {
                gatewayType: 'Vpn'
                vpnType: 'RouteBased'
                sku: { name: 'VpnGw1AZ', tier: 'VpnGw1AZ' }
                ipConfigurations: [
                  {
                    name: 'default'
                    properties: {
                      subnet: { id: '${hub.id}/subnets/GatewaySubnet' }
                      publicIPAddress: { id: pip.id }
                    }
                  }
                ]
              }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-spoke'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
                virtualNetworkPeerings: [
                  {
                    name: 'spoke-to-hub'
                    properties: {
                      remoteVirtualNetwork: { id: hub.id }
                      useRemoteGateways: true
                    }
                  }
                ]
              }
            }

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: hub
              name: 'hub-to-spoke'
              properties: {
                remoteVirtualNetwork: { id: spoke.id }
                allowGatewayTransit: false
              }
            }
            """#
        ],
        expectedRules: ["PEER-009"],
        check: { document in
            let design = document.design
            #expect(design.virtualNetworkGateways.first?.subnet == "vnet-hub/subnets/GatewaySubnet")
            #expect(design.virtualNetworkGateways.first?.sku == "VpnGw1AZ")
            #expect(design.virtualNetworks[1].virtualNetworkPeerings.first?.useRemoteGateways == true)
        })

    /// Two spokes with the same address space, both peered to the hub.
    static let overlappingSpokes = CorpusCase(
        name: "overlapping-spokes",
        files: [
            "main.bicep": #"""
            param prefixes array = ['10.1.0.0/16', '10.1.0.0/16']

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: resourceGroup().location
              properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
            }

            resource spokes 'Microsoft.Network/virtualNetworks@2024-05-01' = [for (p, i) in prefixes: {
              name: 'vnet-spoke${i + 1}'
              location: resourceGroup().location
              properties: { addressSpace: { addressPrefixes: [p] } }
            }]

            resource out 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = [for (p, i) in prefixes: {
              parent: hub
              name: 'hub-to-spoke${i + 1}'
              properties: { remoteVirtualNetwork: { id: spokes[i].id } }
            }]

            resource back 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = [for (p, i) in prefixes: {
              parent: spokes[i]
              name: 'spoke${i + 1}-to-hub'
              properties: { remoteVirtualNetwork: { id: hub.id } }
            }]
            """#
        ],
        expectedRules: ["ADDR-013"],
        check: { document in
            #expect(document.design.virtualNetworks.count == 3)
            #expect(document.design.virtualNetworks[0].virtualNetworkPeerings.count == 2)
        })
}

extension CorpusCase {
    /// A spoke template that also adds the hub-side peering to a hub declared `existing` in
    /// the same resource group, with the hub's GatewaySubnet referred to as an existing child.
    static let spokeAddsHubSidePeering = CorpusCase(
        name: "spoke-adds-hub-side-peering",
        files: [
            "main.bicep": #"""
            param spokeName string = 'vnet-spoke9'

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
              name: 'vnet-hub'

              resource gatewaySubnet 'subnets' existing = {
                name: 'GatewaySubnet'
              }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: spokeName
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.9.0.0/16'] }
                subnets: [{ name: 'snet-app', properties: { addressPrefix: '10.9.1.0/24' } }]
              }
            }

            resource spokeToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: spoke
              name: '${spokeName}-to-hub'
              properties: {
                remoteVirtualNetwork: { id: hub.id }
                useRemoteGateways: true
              }
            }

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: hub
              name: 'hub-to-${spokeName}'
              properties: {
                remoteVirtualNetwork: { id: spoke.id }
                allowGatewayTransit: true
              }
            }
            """#
        ],
        absentRules: ["PEER-003", "PEER-009", "PEER-001"],
        check: { document in
            let hub = document.design.virtualNetworks.first { $0.name == "vnet-hub" }
            #expect(hub?.isExisting == true)
            #expect(hub?.subnets.map(\.name) == ["GatewaySubnet"])
            #expect(hub?.virtualNetworkPeerings.first?.remoteVirtualNetwork == "vnet-spoke9")
            #expect(hub?.virtualNetworkPeerings.first?.allowGatewayTransit == true)
            #expect(document.design.virtualNetworks.count == 2)
        })
}

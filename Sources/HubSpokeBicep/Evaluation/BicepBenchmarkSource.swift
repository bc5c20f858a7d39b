/// Generates large, realistic Bicep for the reader benchmark: parameters, a hub, and many
/// spoke VNets with five inline subnets, an NSG and a route table each, and peerings to the hub.
public enum BicepBenchmarkSource {
    /// About 5 KB per VNet: `generate(vnets: 1_000)` is a little over 5 MB.
    public static func generate(vnets: Int) -> String {
        var out = """
            // Generated benchmark input: \(vnets) virtual networks.
            targetScope = 'resourceGroup'

            @description('Region for every resource')
            param location string = resourceGroup().location
            param hubPrefix string = '10.0.0.0/16'
            @secure()
            param adminPassword string

            var tags = {
              environment: 'bench'
              owner: 'network-team'
              costCenter: '1234'
            }

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: location
              tags: tags
              properties: {
                addressSpace: {
                  addressPrefixes: [
                    hubPrefix
                  ]
                }
                subnets: [
                  {
                    name: 'GatewaySubnet'
                    properties: {
                      addressPrefix: cidrSubnet(hubPrefix, 24, 0)
                    }
                  }
                  {
                    name: 'AzureFirewallSubnet'
                    properties: {
                      addressPrefix: cidrSubnet(hubPrefix, 24, 1)
                    }
                  }
                ]
              }
            }

            """
        out.reserveCapacity(vnets * 5_400 + 2_000)
        for i in 0..<vnets {
            let second = 1 + i / 250
            let third = i % 250
            out += """

                // Spoke \(i): workload network with its own NSG and a peering to the hub.
                resource nsg\(i) 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
                  name: 'nsg-spoke-\(i)'
                  location: location
                  tags: tags
                  properties: {
                    securityRules: [
                      {
                        name: 'allow-https-in'
                        properties: {
                          priority: 100
                          direction: 'Inbound'
                          access: 'Allow'
                          protocol: 'Tcp'
                          sourceAddressPrefix: 'VirtualNetwork'
                          sourcePortRange: '*'
                          destinationAddressPrefix: '*'
                          destinationPortRange: '443'
                        }
                      }
                      {
                        name: 'allow-ssh-from-hub'
                        properties: {
                          priority: 110
                          direction: 'Inbound'
                          access: 'Allow'
                          protocol: 'Tcp'
                          sourceAddressPrefix: hubPrefix
                          sourcePortRange: '*'
                          destinationAddressPrefix: '*'
                          destinationPortRanges: [
                            '22'
                            '3389'
                          ]
                        }
                      }
                      {
                        name: 'allow-monitoring-in'
                        properties: {
                          priority: 120
                          direction: 'Inbound'
                          access: 'Allow'
                          protocol: 'Tcp'
                          sourceAddressPrefix: 'AzureMonitor'
                          sourcePortRange: '*'
                          destinationAddressPrefix: 'VirtualNetwork'
                          destinationPortRange: '8080'
                        }
                      }
                      {
                        name: 'allow-lb-in'
                        properties: {
                          priority: 130
                          direction: 'Inbound'
                          access: 'Allow'
                          protocol: '*'
                          sourceAddressPrefix: 'AzureLoadBalancer'
                          sourcePortRange: '*'
                          destinationAddressPrefix: '*'
                          destinationPortRange: '*'
                        }
                      }
                      {
                        name: 'deny-all-in'
                        properties: {
                          priority: 4096
                          direction: 'Inbound'
                          access: 'Deny'
                          protocol: '*'
                          sourceAddressPrefix: '*'
                          sourcePortRange: '*'
                          destinationAddressPrefix: '*'
                          destinationPortRange: '*'
                        }
                      }
                    ]
                  }
                }

                resource vnet\(i) 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                  name: 'vnet-spoke-\(i)'
                  location: location
                  tags: union(tags, { spoke: '\(i)' })
                  properties: {
                    addressSpace: {
                      addressPrefixes: [
                        '10.\(second).\(third).0/24'
                      ]
                    }
                    subnets: [
                      {
                        name: 'snet-app'
                        properties: {
                          addressPrefix: cidrSubnet('10.\(second).\(third).0/24', 26, 0)
                          networkSecurityGroup: {
                            id: nsg\(i).id
                          }
                          privateEndpointNetworkPolicies: 'Disabled'
                        }
                      }
                      {
                        name: 'snet-data'
                        properties: {
                          addressPrefix: cidrSubnet('10.\(second).\(third).0/24', 26, 1)
                          networkSecurityGroup: {
                            id: nsg\(i).id
                          }
                        }
                      }
                      {
                        name: 'snet-web'
                        properties: {
                          addressPrefix: '10.\(second).\(third).128/27'
                          networkSecurityGroup: {
                            id: nsg\(i).id
                          }
                          routeTable: {
                            id: rt\(i).id
                          }
                        }
                      }
                      {
                        name: 'snet-mgmt'
                        properties: {
                          addressPrefix: cidrSubnet('10.\(second).\(third).0/24', 28, 10)
                          networkSecurityGroup: {
                            id: nsg\(i).id
                          }
                          routeTable: {
                            id: rt\(i).id
                          }
                        }
                      }
                      {
                        name: 'snet-pe'
                        properties: {
                          addressPrefix: cidrSubnet('10.\(second).\(third).0/24', 28, 11)
                          privateEndpointNetworkPolicies: 'Enabled'
                        }
                      }
                    ]
                  }
                }

                resource rt\(i) 'Microsoft.Network/routeTables@2024-05-01' = {
                  name: 'rt-spoke-\(i)'
                  location: location
                  tags: tags
                  properties: {
                    disableBgpRoutePropagation: true
                    routes: [
                      {
                        name: 'default-via-firewall'
                        properties: {
                          addressPrefix: '0.0.0.0/0'
                          nextHopType: 'VirtualAppliance'
                          nextHopIpAddress: cidrHost(cidrSubnet(hubPrefix, 24, 1), 3)
                        }
                      }
                      {
                        name: 'hub-via-firewall'
                        properties: {
                          addressPrefix: hubPrefix
                          nextHopType: 'VirtualAppliance'
                          nextHopIpAddress: cidrHost(cidrSubnet(hubPrefix, 24, 1), 3)
                        }
                      }
                    ]
                  }
                }

                resource peerSpoke\(i) 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
                  parent: vnet\(i)
                  name: 'spoke-\(i)-to-hub'
                  properties: {
                    allowVirtualNetworkAccess: true
                    allowForwardedTraffic: true
                    allowGatewayTransit: false
                    useRemoteGateways: false
                    remoteVirtualNetwork: {
                      id: hub.id
                    }
                  }
                }

                resource peerHub\(i) 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
                  parent: hub
                  name: 'hub-to-spoke-\(i)'
                  properties: {
                    allowVirtualNetworkAccess: true
                    allowForwardedTraffic: true
                    allowGatewayTransit: true
                    useRemoteGateways: false
                    remoteVirtualNetwork: {
                      id: vnet\(i).id
                    }
                  }
                }

                """
        }
        out += "\noutput hubId string = hub.id\n"
        return out
    }
}

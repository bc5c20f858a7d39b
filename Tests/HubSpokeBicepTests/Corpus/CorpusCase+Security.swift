import HubSpokeBicep
import HubSpokeCore
import Testing

/// NSGs, credentials and suppressions.
extension CorpusCase {
    /// The seed tutorial: RDP open to the Internet and empty credentials.
    static let seedTutorial = CorpusCase(
        name: "seed-tutorial",
        files: ["main.bicep": SeedTutorial.text],
        expectedRules: ["SEC-001", "SEC-007"],
        check: { document in
            #expect(document.design.virtualNetworks.count == 2)
            #expect(document.design.virtualMachines.allSatisfy { $0.adminPassword == .literal("") })
        })

    /// Rules declared as child resources, nested and with `parent:`; SSH open to the Internet
    /// and two inbound rules with one priority.
    static let securityRulesAsChildResources = CorpusCase(
        name: "security-rules-as-child-resources",
        files: [
            "main.bicep": #"""
            resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
              name: 'nsg-web'
              location: resourceGroup().location
              properties: {
                securityRules: [
                  {
                    name: 'allow-https'
                    properties: {
                      priority: 100
                      direction: 'Inbound'
                      access: 'Allow'
                      protocol: 'Tcp'
                      sourceAddressPrefix: 'Internet'
                      sourcePortRange: '*'
                      destinationAddressPrefix: '*'
                      destinationPortRange: '443'
                    }
                  }
                ]
              }

              resource ssh 'securityRules' = {
                name: 'allow-ssh'
                properties: {
                  priority: 110
                  direction: 'Inbound'
                  access: 'Allow'
                  protocol: 'Tcp'
                  sourceAddressPrefix: '*'
                  sourcePortRange: '*'
                  destinationAddressPrefix: '*'
                  destinationPortRange: '22'
                }
              }
            }

            resource dup 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01' = {
              parent: nsg
              name: 'allow-http'
              properties: {
                priority: 100
                direction: 'Inbound'
                access: 'Allow'
                protocol: 'Tcp'
                sourceAddressPrefix: 'VirtualNetwork'
                sourcePortRange: '*'
                destinationAddressPrefix: '*'
                destinationPortRange: '80'
              }
            }
            """#
        ],
        expectedRules: ["SEC-002", "NSG-002"],
        check: { document in
            let nsg = document.design.networkSecurityGroups.first
            #expect(nsg?.securityRules.map(\.name) == ["allow-https", "allow-ssh", "allow-http"])
            #expect(nsg?.securityRules[1].destinationPortRange == "22")
            #expect(document.sourceMap.location(resource: "nsg-web/securityRules/allow-ssh")?.line == 22)
            #expect(document.sourceMap.location(resource: "nsg-web/securityRules/allow-http")?.line == 37)
        })

    /// Findings accepted with `// hubspoke:suppress RULE reason` above a resource and above
    /// an inline rule.
    static let suppressionComments = CorpusCase(
        name: "suppression-comments",
        files: [
            "main.bicep": #"""
            // hubspoke:suppress SEC-010 lab network, NSGs come with the workload
            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-lab'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.80.0.0/16'] }
                subnets: [
                  // hubspoke:suppress SEC-010 jump subnet, protected on the NIC
                  { name: 'snet-jump', properties: { addressPrefix: '10.80.1.0/24' } }
                ]
              }
            }

            resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
              name: 'nsg-jump'
              location: resourceGroup().location
              properties: {
                securityRules: [
                  // hubspoke:suppress SEC-001 jump host, just-in-time access closes it
                  {
                    name: 'allow-rdp'
                    properties: {
                      priority: 100
                      direction: 'Inbound'
                      access: 'Allow'
                      protocol: 'Tcp'
                      sourceAddressPrefix: '*'
                      sourcePortRange: '*'
                      destinationAddressPrefix: '*'
                      destinationPortRange: '3389'
                    }
                  }
                ]
              }
            }
            """#
        ],
        expectedRules: ["SEC-001"],
        check: { document in
            #expect(
                document.design.suppressions == [
                    Suppression(
                        rule: "SEC-001", resource: "nsg-jump/securityRules/allow-rdp",
                        reason: "jump host, just-in-time access closes it"),
                    Suppression(
                        rule: "SEC-010", resource: "vnet-lab", reason: "lab network, NSGs come with the workload"),
                    Suppression(
                        rule: "SEC-010", resource: "vnet-lab/subnets/snet-jump",
                        reason: "jump subnet, protected on the NIC"),
                ])
            let findings = Validator().validate(document)
            for finding in findings where finding.rule == "SEC-001" {
                #expect(finding.isSuppressed)
            }
        })

    /// Credentials written into the template: a literal, a secure parameter with a default,
    /// a variable.
    static let literalCredentials = CorpusCase(
        name: "literal-credentials",
        files: [
            "main.bicep": #"""
            @secure()
            param adminPassword string = 'Pa55w.rd1234'
            var adminUser = 'localadmin'

            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-vm'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.90.0.0/16'] }
                subnets: [{ name: 'snet-vm', properties: { addressPrefix: '10.90.1.0/24' } }]
              }
            }

            resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = [for i in range(0, 2): {
              name: 'nic-vm-${i}'
              location: resourceGroup().location
              properties: {
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: {
                      subnet: { id: '${vnet.id}/subnets/snet-vm' }
                      privateIPAllocationMethod: 'Dynamic'
                    }
                  }
                ]
              }
            }]

            resource vm1 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: 'vm-win-1'
              location: resourceGroup().location
              properties: {
                hardwareProfile: { vmSize: 'Standard_B2s' }
                osProfile: {
                  computerName: 'vm-win-1'
                  adminUsername: adminUser
                  adminPassword: adminPassword
                  windowsConfiguration: { provisionVMAgent: true }
                }
                networkProfile: { networkInterfaces: [{ id: nic[0].id }] }
              }
            }

            resource vm2 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: 'vm-win-2'
              location: resourceGroup().location
              properties: {
                hardwareProfile: { vmSize: 'Standard_B2s' }
                osProfile: {
                  computerName: 'vm-win-2'
                  adminUsername: 'admin2'
                  adminPassword: 'Literal!Passw0rd'
                  windowsConfiguration: {}
                }
                networkProfile: { networkInterfaces: [{ id: nic[1].id }] }
              }
            }
            """#
        ],
        expectedRules: ["SEC-007"],
        check: { document in
            let vms = document.design.virtualMachines
            #expect(vms.map(\.adminPassword) == [.literal("Pa55w.rd1234"), .literal("Literal!Passw0rd")])
            #expect(vms.map(\.adminUsername) == [.literal("localadmin"), .literal("admin2")])
            #expect(vms.map(\.networkInterfaces) == [["nic-vm-0"], ["nic-vm-1"]])
            #expect(
                document.design.networkInterfaces.map { $0.ipConfigurations.first?.subnet } == [
                    "vnet-vm/subnets/snet-vm", "vnet-vm/subnets/snet-vm",
                ])
            #expect(document.sourceMap.location(resource: "vm-win-2", field: "adminPassword")?.line == 53)
        })
}

extension CorpusCase {
    /// A subnet that uses an NSG and a route table declared `existing` (shared, managed
    /// elsewhere): references stay resource ids and export writes them with `resourceId()`.
    static let sharedExistingSecurityGroup = CorpusCase(
        name: "shared-existing-nsg-and-route-table",
        files: [
            "main.bicep": #"""
            resource sharedNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' existing = {
              name: 'nsg-shared'
            }

            resource hubRoutes 'Microsoft.Network/routeTables@2024-05-01' existing = {
              name: 'rt-to-hub'
              scope: resourceGroup('rg-connectivity')
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-spoke'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.5.0.0/16'] }
                subnets: [
                  {
                    name: 'snet-app'
                    properties: {
                      addressPrefix: '10.5.1.0/24'
                      networkSecurityGroup: { id: sharedNsg.id }
                      routeTable: { id: hubRoutes.id }
                    }
                  }
                ]
              }
            }
            """#
        ],
        check: { document in
            let subnet = document.design.virtualNetworks.first?.subnets.first
            #expect(subnet?.networkSecurityGroup?.hasSuffix("/networkSecurityGroups/nsg-shared") == true)
            #expect(subnet?.routeTable?.contains("/resourceGroups/rg-connectivity/") == true)
            #expect(document.design.networkSecurityGroups.isEmpty)
            let exported = BicepWriter.write(document.design)
            #expect(exported.contains("id: resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-shared')"))
            #expect(
                exported.contains("id: resourceId('rg-connectivity', 'Microsoft.Network/routeTables', 'rt-to-hub')"))
        })
}

import HubSpokeBicep
import HubSpokeCore
import Testing

/// Projects split over modules and parameter files.
extension CorpusCase {
    static let spokeModule = #"""
        param name string
        param prefix string
        param hubId string
        param location string = resourceGroup().location

        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: name
          location: location
          properties: {
            addressSpace: { addressPrefixes: [prefix] }
            subnets: [
              { name: 'snet-app', properties: { addressPrefix: cidrSubnet(prefix, 24, 0) } }
            ]
          }
        }

        resource toHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
          parent: vnet
          name: '${name}-to-hub'
          properties: {
            remoteVirtualNetwork: { id: hubId }
            allowForwardedTraffic: true
          }
        }

        output vnetId string = vnet.id
        output vnetName string = vnet.name
        """#

    /// A local module called in a loop: its resources join the design with bound parameters.
    static let localModulesFollowed = CorpusCase(
        name: "local-modules-followed",
        files: [
            "main.bicep": #"""
            param spokes array = [
              { name: 'vnet-spoke1', prefix: '10.1.0.0/16' }
              { name: 'vnet-spoke2', prefix: '10.2.0.0/16' }
            ]

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: resourceGroup().location
              properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
            }

            module spokeModules 'modules/spoke.bicep' = [for spoke in spokes: {
              name: 'deploy-${spoke.name}'
              params: {
                name: spoke.name
                prefix: spoke.prefix
                hubId: hub.id
              }
            }]

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = [for (spoke, i) in spokes: {
              parent: hub
              name: 'hub-to-${spoke.name}'
              properties: {
                remoteVirtualNetwork: { id: spokeModules[i].outputs.vnetId }
                allowForwardedTraffic: true
              }
            }]
            """#,
            "modules/spoke.bicep": spokeModule,
        ],
        absentRules: ["PEER-003", "REF-009"],
        check: { document in
            let design = document.design
            #expect(Set(design.virtualNetworks.map(\.name)) == ["vnet-hub", "vnet-spoke1", "vnet-spoke2"])
            let spoke2 = design.virtualNetworks.first { $0.name == "vnet-spoke2" }
            #expect(spoke2?.subnets.first?.addressPrefixes == ["10.2.0.0/24"])
            #expect(spoke2?.virtualNetworkPeerings.first?.remoteVirtualNetwork == "vnet-hub")
            #expect(
                design.virtualNetworks.first { $0.name == "vnet-hub" }?.virtualNetworkPeerings.map(
                    \.remoteVirtualNetwork)
                    == ["vnet-spoke1", "vnet-spoke2"])
            #expect(document.sourceMap.location(resource: "vnet-spoke1")?.file.hasSuffix("modules/spoke.bicep") == true)
        })

    /// A hub from the public registry: not fetched offline, reported, and the spoke's peering
    /// to it cannot be checked.
    static let registryModuleNotFollowed = CorpusCase(
        name: "registry-module-not-followed",
        files: [
            "main.bicep": #"""
            module hub 'br/public:avm/res/network/virtual-network:0.5.2' = {
              name: 'hub'
              params: {
                name: 'vnet-hub'
                addressPrefixes: ['10.0.0.0/16']
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
                    properties: { remoteVirtualNetwork: { id: hub.outputs.resourceId } }
                  }
                ]
              }
            }
            """#
        ],
        expectedRules: ["REF-009"],
        absentRules: ["PEER-001", "PEER-003"],
        check: { document in
            #expect(document.design.virtualNetworks.map(\.name) == ["vnet-spoke"])
            #expect(document.sourceMap.notes.count == 1)
            #expect(document.sourceMap.notes.first?.kind == .moduleNotFollowed)
            #expect(document.sourceMap.notes.first?.location?.line == 1)
            #expect(
                document.unknowns.contains(
                    resource: "vnet-spoke/virtualNetworkPeerings/spoke-to-hub", field: "remoteVirtualNetwork"))
        })

    /// Parameters without defaults, supplied by a `.bicepparam` file and `--param`.
    static let bicepparamFile = CorpusCase(
        name: "bicepparam-file",
        files: [
            "main.bicep": #"""
            param vnetName string
            param addressPrefix string
            param subnetCount int
            param region string

            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: vnetName
              location: region
              properties: {
                addressSpace: { addressPrefixes: [addressPrefix] }
                subnets: [for i in range(0, subnetCount): {
                  name: 'snet-${i}'
                  properties: { addressPrefix: cidrSubnet(addressPrefix, 24, i) }
                }]
              }
            }
            """#,
            "main.bicepparam": #"""
            using './main.bicep'

            param vnetName = 'vnet-from-params'
            param addressPrefix = '10.60.0.0/16'
            param subnetCount = 3
            param region = 'westeurope'
            """#,
        ],
        parameters: ["region": "northeurope"],
        parametersFile: "main.bicepparam",
        check: { document in
            let vnet = document.design.virtualNetworks.first
            #expect(vnet?.name == "vnet-from-params")
            #expect(vnet?.subnets.map(\.addressPrefixes) == [["10.60.0.0/24"], ["10.60.1.0/24"], ["10.60.2.0/24"]])
            #expect(vnet?.placement.location == "northeurope")
        })

    /// A Linux VM whose password comes from Key Vault through a module parameter.
    static let keyVaultPasswordThroughModule = CorpusCase(
        name: "key-vault-password-through-module",
        files: [
            "main.bicep": #"""
            resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
              name: 'kv-secrets'
            }

            module vm 'vm.bicep' = {
              name: 'vm'
              params: {
                adminPassword: kv.getSecret('vm-admin-password')
                adminUsername: 'azureops'
              }
            }
            """#,
            "vm.bicep": #"""
            @secure()
            param adminPassword string
            param adminUsername string

            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-vm'
              location: resourceGroup().location
              properties: {
                addressSpace: { addressPrefixes: ['10.70.0.0/16'] }
                subnets: [{ name: 'snet-vm', properties: { addressPrefix: '10.70.1.0/24' } }]
              }
            }

            resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
              name: 'nic-vm'
              location: resourceGroup().location
              properties: {
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: {
                      subnet: { id: vnet.properties.subnets[0].id }
                      privateIPAllocationMethod: 'Dynamic'
                    }
                  }
                ]
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: 'vm-linux-01'
              location: resourceGroup().location
              properties: {
                hardwareProfile: { vmSize: 'Standard_B2s' }
                osProfile: {
                  computerName: 'vm-linux-01'
                  adminUsername: adminUsername
                  adminPassword: adminPassword
                }
                storageProfile: {
                  imageReference: {
                    publisher: 'Canonical'
                    offer: '0001-com-ubuntu-server-jammy'
                    sku: '22_04-lts-gen2'
                    version: 'latest'
                  }
                }
                networkProfile: { networkInterfaces: [{ id: nic.id }] }
              }
            }
            """#,
        ],
        expectedRules: ["SEC-008", "SEC-007"],
        check: { document in
            let vm = document.design.virtualMachines.first
            #expect(vm?.adminPassword == .keyVaultSecret("vm-admin-password"))
            #expect(vm?.adminUsername == .literal("azureops"))
            #expect(vm?.osType == "Linux")
            #expect(
                document.design.networkInterfaces.first?.ipConfigurations.first?.subnet == "vnet-vm/subnets/snet-vm")
            // The `existing` Key Vault is a type the model does not hold: carried through.
            #expect(document.design.passthrough.map(\.symbolicName) == ["kv"])
        })
}

import HubSpokeBicep
import Testing

@Suite("Resources, loops and references")
struct ResourceEvaluationTests {
    @Test func loopsExpandOverLiteralsParametersVariablesAndRange() throws {
        let template = try evaluateBicep(
            """
            param names array = [
              'a'
              'b'
            ]
            var prefixes = [for i in range(0, 3): cidrSubnet('10.0.0.0/16', 24, i)]
            resource fromParam 'Microsoft.Network/networkSecurityGroups@2024-05-01' = [for n in names: {
              name: 'nsg-${n}'
            }]
            resource fromRange 'Microsoft.Network/routeTables@2024-05-01' = [for i in range(1, 2): {
              name: 'rt-${i}'
            }]
            resource fromVar 'Microsoft.Network/virtualNetworks@2024-05-01' = [for (p, i) in prefixes: {
              name: 'vnet-${i}'
              properties: {
                addressSpace: {
                  addressPrefixes: [
                    p
                  ]
                }
              }
            }]
            resource filtered 'Microsoft.Network/publicIPAddresses@2024-05-01' = [for (n, i) in ['x', 'y', 'z']: if (i != 1) {
              name: 'pip-${n}'
            }]
            output second string = fromVar[1].properties.addressSpace.addressPrefixes[0]
            output ids array = [for i in range(0, 2): fromParam[i].id]
            """)
        #expect(
            template.resources(ofType: "Microsoft.Network/networkSecurityGroups").map(\.name) == [
                .string("nsg-a"), .string("nsg-b"),
            ])
        #expect(
            template.resources(ofType: "Microsoft.Network/routeTables").map(\.name) == [
                .string("rt-1"), .string("rt-2"),
            ])
        let vnets = template.resources(ofType: "Microsoft.Network/virtualNetworks")
        #expect(vnets.map(\.loopIndex) == [0, 1, 2])
        #expect(vnets[2]["properties.addressSpace.addressPrefixes[0]"] == .string("10.0.2.0/24"))
        #expect(vnets[1].reference == BicepResourceReference(symbolicName: "fromVar", index: 1))
        #expect(
            template.resources(ofType: "Microsoft.Network/publicIPAddresses").map(\.name) == [
                .string("pip-x"), .string("pip-z"),
            ])
        #expect(template.resources(ofType: "Microsoft.Network/publicIPAddresses").map(\.loopIndex) == [0, 2])
        #expect(template.output(named: "second")?.value == .string("10.0.1.0/24"))
        #expect(template.output(named: "ids")?.value.arrayValue?.count == 2)

        let overridden = try evaluateBicep(
            "param names array = ['a']\nresource r 'A.B/c@1' = [for n in names: {\n  name: n\n}]\n",
            parameters: ["names": .array([.string("x"), .string("y"), .string("z")])])
        #expect(overridden.resources.count == 3)
    }

    @Test func conditionsDropFalseKeepTrueAndMarkUnknown() throws {
        let template = try evaluateBicep(
            """
            param deploy bool = false
            param maybe bool
            resource off 'A.B/c@1' = if (deploy) {
              name: 'off'
            }
            resource on 'A.B/c@1' = if (!deploy) {
              name: 'on'
              resource child 'd' = {
                name: 'kid'
              }
            }
            resource unsure 'A.B/c@1' = if (maybe) {
              name: 'unsure'
              resource child 'd' = {
                name: 'kid'
              }
            }
            resource offChild 'A.B/c@1' = if (deploy) {
              name: 'parentOff'
              resource child 'd' = {
                name: 'kid'
              }
            }
            """)
        #expect(template.resources.map(\.symbolicName) == ["on", "on::child", "unsure", "unsure::child"])
        let unsure = try #require(template.resources.first { $0.symbolicName == "unsure" })
        #expect(unsure.isConditional)
        #expect(unsure.conditionText == "maybe")
        #expect(template.resources.first { $0.symbolicName == "unsure::child" }?.isConditional == true)
        #expect(template.resources.first { $0.symbolicName == "on::child" }?.type == "A.B/c/d")
        #expect(template.notes.map(\.kind) == [.conditionUnknown])
    }

    @Test func unknownLoopIsKeptOnceUnexpanded() throws {
        let template = try evaluateBicep(
            "param names array\nresource r 'A.B/c@1' = [for n in names: {\n  name: n\n}]\n")
        #expect(template.resources.count == 1)
        #expect(template.resources[0].isUnexpandedLoop)
        #expect(template.resources[0].name == .unknown("n"))
        #expect(template.notes.map(\.kind) == [.loopNotExpanded])
    }

    @Test func symbolicReferencesBuildStructuredIds() throws {
        let template = try evaluateBicep(
            """
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'hub'
              properties: {
                subnets: [
                  {
                    name: 'GatewaySubnet'
                    properties: {
                      addressPrefix: '10.0.0.0/27'
                    }
                  }
                ]
              }
              resource fw 'subnets' = {
                name: 'AzureFirewallSubnet'
              }
            }
            resource remote 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
              name: 'remote'
              scope: resourceGroup('0000-sub', 'rg-remote')
            }
            var a = '${hub.id}/subnets/GatewaySubnet'
            var b = hub.properties.subnets[0].id
            var c = resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')
            var d = hub::fw.id
            var e = '${hub.id}/subnets/AzureFirewallSubnet'
            var f = resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub/AzureFirewallSubnet')
            var g = concat(hub.id, '/subnets/', 'GatewaySubnet')
            var h = format('{0}/subnets/{1}', hub.id, 'GatewaySubnet')
            var i = remote.id
            var j = remote.properties.addressSpace
            var k = hub.name
            var l = hub.properties.subnets[0].properties.addressPrefix
            var m = resourceId('0000-sub', 'rg-remote', 'Microsoft.Network/virtualNetworks', 'remote')
            var n = subscriptionResourceId('Microsoft.Network/virtualNetworks', 'x')
            var o = hub.type
            var p = '${hub.id}/subnets/${k}-sn'
            """)
        func value(_ name: String) -> BicepValue? { template.variable(named: name)?.value }
        let gateway = BicepResourceId(
            fullType: "Microsoft.Network/virtualNetworks/subnets", names: [.string("hub"), .string("GatewaySubnet")])
        #expect(value("a") == .resourceId(gateway))
        #expect(value("b") == .resourceId(gateway))
        #expect(value("c") == .resourceId(gateway))
        #expect(value("g") == .resourceId(gateway))
        #expect(value("h") == .resourceId(gateway))
        #expect(value("d") == value("e"))
        #expect(value("d") == value("f"))
        #expect(
            gateway.description
                == "/subscriptions/{subscription().subscriptionId}/resourceGroups/{resourceGroup().name}/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet"
        )
        let remote = try #require(value("i")?.resourceIdValue)
        #expect(remote.subscriptionId == .string("0000-sub"))
        #expect(remote.resourceGroup == .string("rg-remote"))
        #expect(value("m") == .resourceId(remote))
        #expect(value("j") == .unknown("remote.properties.addressSpace"))
        #expect(value("k") == .string("hub"))
        #expect(value("l") == .string("10.0.0.0/27"))
        #expect(value("n")?.resourceIdValue?.scope == .subscription)
        #expect(value("o") == .string("Microsoft.Network/virtualNetworks"))
        #expect(value("p")?.resourceIdValue?.names == [.string("hub"), .string("hub-sn")])
        #expect(
            BicepResourceId(
                parsing: remote.description.replacingOccurrences(of: "{", with: "").replacingOccurrences(
                    of: "}", with: ""))?.names == [.string("remote")])
        #expect(template.notes.isEmpty)
    }

    @Test func childResourceNamedWithSlashAndParentProperty() throws {
        let template = try evaluateBicep(
            """
            resource peering 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              name: 'hub/hub-to-spoke'
            }
            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'spoke'
            }
            resource child 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: vnet
              name: 'spoke-to-hub'
              properties: {
                remoteVirtualNetwork: {
                  id: resourceId('Microsoft.Network/virtualNetworks', 'hub')
                }
              }
            }
            """)
        #expect(template.resources[0].id.names == [.string("hub"), .string("hub-to-spoke")])
        #expect(template.resources[0].parent == nil)
        #expect(template.resources[2].name == .string("spoke/spoke-to-hub"))
        #expect(template.resources[2].localName == .string("spoke-to-hub"))
        #expect(template.resources[2].parent == BicepResourceReference(symbolicName: "vnet"))
        #expect(template.resources[2].id.parent == template.resources[1].id)
    }

    @Test func declarationDetailsForTheMapper() throws {
        let text = """
            @secure()
            param password string
            param user string = 'azureuser'

            // hubspoke:suppress SEC-001 jump host
            @description('vm')
            resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: 'vm'
              properties: {
                osProfile: {
                  adminUsername: user
                  adminPassword: password
                  computerName: 'vm'
                }
              }
            }
            """
        let template = try evaluateBicep(text)
        let vm = try #require(template.resources.first)
        #expect(vm.leadingComments.map(\.text) == [" hubspoke:suppress SEC-001 jump host"])
        #expect(vm.decorators.map(\.name) == ["description"])
        #expect(vm.location == BicepSourceLocation(file: "main.bicep", line: 6, column: 1))
        #expect(vm.sourceText.hasPrefix("@description('vm')\nresource vm"))
        #expect(vm.sourceText.hasSuffix("}"))
        let password = try #require(vm.origin(of: "properties.osProfile.adminPassword")?.rootParameter)
        #expect(password.isSecure && !password.hasDefault && !password.isOverridden)
        let user = try #require(vm.origin(of: "properties.osProfile.adminUsername")?.rootParameter)
        #expect(!user.isSecure && user.hasDefault)
        #expect(vm.origin(of: "properties.osProfile.computerName") == nil)
        #expect(
            vm.location(of: "properties.osProfile.adminPassword")
                == BicepSourceLocation(file: "main.bicep", line: 12, column: 7))
        #expect(vm.location(of: "properties.osProfile.missing").line == 10)
        let parameter = try #require(template.parameter(named: "password"))
        #expect(parameter.isSecure)
        #expect(parameter.value == .unknown("password"))
        #expect(parameter.defaultValue == nil)
    }
}

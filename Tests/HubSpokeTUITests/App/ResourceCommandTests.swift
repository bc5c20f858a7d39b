import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// `:add vm|nva|gateway|firewall|bastion|publicip` driven through the command line, as a user
/// types them: what each adds, and each refusal leaving the design unchanged with the reason.
@Suite struct ResourceCommandTests {
    /// A hub with one workload subnet and nothing else, like the start of the seed tutorial.
    func bareHubState() -> AppState { singleVNetState(location: "westeurope") }

    func expectRefused(_ state: inout AppState, _ text: String, _ message: String) {
        let before = state.design
        let undo = state.undoStack.count
        command(&state, text)
        #expect(state.design == before)
        #expect(state.undoStack.count == undo)
        #expect(state.message == StatusMessage(message, kind: .error))
    }

    @Test func addVMCreatesANicWithAStaticAddressAndASecurePasswordParameter() throws {
        var state = bareHubState()
        command(&state, "add vm vm-web vnet-hub/subnets/snet-app 10.0.10.10")
        let nic = try #require(state.design.networkInterfaces.first)
        #expect(nic.name == "vm-web-nic")
        #expect(nic.placement.location == "westeurope")
        #expect(nic.enableIPForwarding == false)
        #expect(
            nic.ipConfigurations == [
                NetworkInterfaceIPConfiguration(
                    subnet: "vnet-hub/subnets/snet-app", privateIPAllocationMethod: "Static",
                    privateIPAddress: "10.0.10.10")
            ])
        let vm = try #require(state.design.virtualMachines.first)
        #expect(vm.name == "vm-web")
        #expect(vm.osType == "Windows")
        #expect(vm.vmSize == "Standard_B2s")
        #expect(vm.networkInterfaces == ["vm-web-nic"])
        #expect(vm.adminUsername == .parameter("adminUsername"))
        #expect(vm.adminPassword == .secureParameter("adminPassword"))
        #expect(vm.imageReference == .windowsServer2022)
        #expect(state.selectedPath == "vm-web")
        #expect(state.undoStack.count == 1)
        #expect(
            state.message?.text
                == "added Windows VM vm-web with vm-web-nic in vnet-hub/subnets/snet-app (10.0.10.10)")
        command(&state, "undo")
        #expect(state.design.virtualMachines.isEmpty && state.design.networkInterfaces.isEmpty)
    }

    @Test func addVMWithoutAnAddressIsDynamicAndLinuxOnRequest() throws {
        var state = bareHubState()
        command(&state, "add vm vm-lin VNET-HUB/subnets/SNET-APP --linux")
        let vm = try #require(state.design.virtualMachines.first)
        #expect(vm.osType == "Linux")
        #expect(vm.imageReference == .ubuntu2204)
        #expect(vm.adminPassword == nil)
        #expect(vm.disablePasswordAuthentication == true)
        #expect(vm.sshPublicKey == .parameter("adminSshPublicKey"))
        let configuration = try #require(state.design.networkInterfaces.first?.ipConfigurations.first)
        #expect(configuration.privateIPAllocationMethod == "Dynamic")
        #expect(configuration.privateIPAddress == nil)
        #expect(configuration.subnet == "vnet-hub/subnets/snet-app")
    }

    @Test(arguments: [
        (
            "add vm vm-a vnet-hub/subnets/snet-app 10.0.11.5",
            "10.0.11.5 is not in snet-app (10.0.10.0/24)"
        ),
        (
            "add vm vm-a vnet-hub/subnets/snet-app 10.0.10.3",
            "10.0.10.3 is one of the 5 addresses Azure reserves in 10.0.10.0/24; the first usable is 10.0.10.4"
        ),
        (
            "add vm vm-a vnet-hub/subnets/snet-app 10.0.10.255",
            "10.0.10.255 is one of the 5 addresses Azure reserves in 10.0.10.0/24; the first usable is 10.0.10.4"
        ),
        ("add vm vm-a vnet-hub/subnets/snet-app 10.0.10.x", "'10.0.10.x' is not an IP address"),
        (
            "add vm vm-a vnet-hub/subnets/nope",
            "no subnet at vnet-hub/subnets/nope; subnets are written VNET/subnets/NAME"
        ),
        ("add vm vnet-hub vnet-hub/subnets/snet-app", "a resource named vnet-hub already exists"),
        ("add vm vm-a", "usage: :add vm NAME SUBNET_PATH [IP] [--linux]"),
    ])
    func addVMRefusals(text: String, message: String) {
        var state = bareHubState()
        expectRefused(&state, text, message)
    }

    @Test func addVMRefusesATakenAddressAndADedicatedSubnet() {
        var state = bareHubState()
        command(&state, "add vm vm-a vnet-hub/subnets/snet-app 10.0.10.4")
        expectRefused(
            &state, "add vm vm-b vnet-hub/subnets/snet-app 10.0.10.4", "10.0.10.4 is already used by vm-a-nic")
        expectRefused(&state, "add vm vm-a vnet-hub/subnets/snet-app", "a resource named vm-a already exists")
        command(&state, "add firewall vnet-hub")
        expectRefused(
            &state, "add vm vm-c vnet-hub/subnets/AzureFirewallSubnet",
            "AzureFirewallSubnet is reserved for its Azure service; put the VM in another subnet")
    }

    @Test func addNVAForwardsIPTrafficOnALinuxVM() throws {
        var state = bareHubState()
        command(&state, "add nva nva-1 vnet-hub/subnets/snet-app 10.0.10.4")
        let nic = try #require(state.design.networkInterfaces.first)
        #expect(nic.enableIPForwarding)
        #expect(state.design.virtualMachines.first?.osType == "Linux")
        #expect(state.message?.text.hasPrefix("added NVA nva-1 with nva-1-nic") == true)
    }

    @Test func addGatewayCreatesGatewaySubnetAtTheNextFreeSlashTwentySevenAndAStandardPublicIP() throws {
        var state = bareHubState()
        command(&state, "add gateway vnet-hub vpn vpngw2az")
        let subnet = try #require(state.design.virtualNetworks[0].subnets.last)
        #expect(subnet == Subnet(name: "GatewaySubnet", addressPrefixes: ["10.0.0.0/27"]))
        let gateway = try #require(state.design.virtualNetworkGateways.first)
        #expect(gateway.name == "vgw-hub")
        #expect(gateway.gatewayType == "Vpn")
        #expect(gateway.vpnType == "RouteBased")
        #expect(gateway.sku == "VpnGw2AZ")
        #expect(gateway.subnet == "vnet-hub/subnets/GatewaySubnet")
        #expect(gateway.publicIPAddress == "pip-vgw-hub")
        #expect(
            state.design.publicIPAddresses == [
                PublicIPAddress(
                    name: "pip-vgw-hub", placement: Placement(location: "westeurope"), sku: "Standard",
                    publicIPAllocationMethod: "Static")
            ])
        #expect(state.selectedPath == "vgw-hub")
        #expect(state.undoStack.count == 1)
        // An ExpressRoute gateway may share the GatewaySubnet with the VPN gateway.
        command(&state, "add gateway vnet-hub expressroute ErGw1AZ")
        #expect(state.design.virtualNetworkGateways.last?.name == "ergw-hub")
        #expect(state.design.virtualNetworkGateways.last?.vpnType == nil)
        #expect(state.design.virtualNetworks[0].subnets.count == 2)
        #expect(state.message?.text.contains("in the existing GatewaySubnet") == true)
    }

    @Test(arguments: [
        (
            "add gateway vnet-hub vpn ErGw1AZ",
            "'ErGw1AZ' is not a Vpn gateway SKU; use one of \(GatewaySKUCatalog.vpn.joined(separator: ", "))"
        ),
        (
            "add gateway vnet-hub expressroute VpnGw1",
            "'VpnGw1' is not a ExpressRoute gateway SKU; use one of \(GatewaySKUCatalog.expressRoute.joined(separator: ", "))"
        ),
        ("add gateway vnet-hub p2s VpnGw1", "gateway type 'p2s' is not vpn or expressroute"),
        ("add gateway vnet-nope vpn VpnGw1AZ", "no virtual network named vnet-nope"),
        ("add gateway vnet-hub vpn", "usage: :add gateway VNET vpn|expressroute SKU"),
    ])
    func addGatewayRefusals(text: String, message: String) {
        var state = bareHubState()
        expectRefused(&state, text, message)
    }

    @Test func aSecondGatewayOfTheSameTypeIsRefused() {
        var state = bareHubState()
        command(&state, "add gateway vnet-hub vpn VpnGw1AZ")
        expectRefused(
            &state, "add gateway vnet-hub vpn VpnGw2AZ",
            "vnet-hub already has a Vpn gateway (vgw-hub); Azure allows one")
    }

    @Test func addFirewallCreatesItsSubnetPublicIPAndAnEmptyPolicy() throws {
        var state = bareHubState()
        command(&state, "add firewall vnet-hub")
        #expect(
            state.design.virtualNetworks[0].subnets.last
                == Subnet(name: "AzureFirewallSubnet", addressPrefixes: ["10.0.0.0/26"]))
        let firewall = try #require(state.design.azureFirewalls.first)
        #expect(firewall.name == "afw-hub")
        #expect(firewall.skuTier == "Standard")
        #expect(firewall.subnet == "vnet-hub/subnets/AzureFirewallSubnet")
        #expect(firewall.publicIPAddress == "pip-afw-hub")
        #expect(firewall.firewallPolicy == "afwp-hub")
        #expect(state.design.firewallPolicies == [FirewallPolicy(name: "afwp-hub", placement: firewall.placement)])
        #expect(state.design.publicIPAddresses.map(\.name) == ["pip-afw-hub"])
        #expect(
            state.message?.text
                == "added Azure Firewall afw-hub, new AzureFirewallSubnet 10.0.0.0/26, public IP pip-afw-hub, policy afwp-hub"
        )
        expectRefused(&state, "add firewall vnet-hub", "vnet-hub already has an Azure Firewall (afw-hub)")
    }

    @Test func addBastionAfterTheFirewallTakesTheNextFreeSlashTwentySix() throws {
        var state = bareHubState()
        command(&state, "add firewall vnet-hub")
        command(&state, "add bastion vnet-hub")
        #expect(
            state.design.virtualNetworks[0].subnets.last
                == Subnet(name: "AzureBastionSubnet", addressPrefixes: ["10.0.0.64/26"]))
        let bastion = try #require(state.design.bastionHosts.first)
        #expect(bastion.name == "bas-hub")
        #expect(bastion.subnet == "vnet-hub/subnets/AzureBastionSubnet")
        #expect(bastion.publicIPAddress == "pip-bas-hub")
        expectRefused(&state, "add bastion vnet-hub", "vnet-hub already has a Bastion host (bas-hub)")
        command(&state, "add gateway vnet-hub vpn VpnGw1AZ")
        #expect(state.design.virtualNetworks[0].subnets.last?.addressPrefixes == ["10.0.0.128/27"])
    }

    @Test func aFullVNetIsRefusedWithTheAddressPrefixToAdd() {
        var state = singleVNetState("vnet-small", space: "10.8.0.0/26", subnetPrefix: "10.8.0.0/27")
        expectRefused(
            &state, "add firewall vnet-small",
            "vnet-small (10.8.0.0/26) has no free /26 left for AzureFirewallSubnet: :set vnet-small addressPrefixes 10.8.0.0/26,10.0.0.0/24"
        )
    }

    @Test func anExistingDedicatedSubnetThatIsTooSmallIsRefused() {
        var state = singleVNetState(subnet: "AzureBastionSubnet", subnetPrefix: "10.0.0.0/27")
        expectRefused(
            &state, "add bastion vnet-hub",
            "vnet-hub/subnets/AzureBastionSubnet is 10.0.0.0/27 but needs /26 or larger: widen it first")
    }

    @Test func addPublicIPIsStandardAndStatic() {
        var state = bareHubState()
        command(&state, "add publicip pip-extra")
        #expect(state.design.publicIPAddresses == [PublicIPAddress(name: "pip-extra")])
        #expect(state.selectedPath == "pip-extra")
        expectRefused(&state, "add publicip pip-extra", "a resource named pip-extra already exists")
        expectRefused(&state, "add publicip", "usage: :add publicip NAME")
    }

    @Test func deletingAServiceTakesItsPublicIPAndEmptyPolicyAlong() {
        var state = bareHubState()
        command(&state, "add firewall vnet-hub")
        command(&state, "add bastion vnet-hub")
        command(&state, "del afw-hub")
        #expect(state.design.azureFirewalls.isEmpty)
        #expect(state.design.firewallPolicies.isEmpty)
        #expect(state.design.publicIPAddresses.map(\.name) == ["pip-bas-hub"])
        #expect(state.message?.text == "deleted Azure Firewall afw-hub and afwp-hub, pip-afw-hub; u to undo")
        command(&state, "undo")
        #expect(state.design.azureFirewalls.count == 1)
        #expect(state.design.publicIPAddresses.count == 2)
    }

    @Test func deletingKeepsAPublicIPSomethingElseStillUses() throws {
        var state = bareHubState()
        command(&state, "add bastion vnet-hub")
        command(&state, "add vm vm-a vnet-hub/subnets/snet-app")
        var design = state.design
        design.networkInterfaces[0].ipConfigurations[0].publicIPAddress = "pip-bas-hub"
        let (after, removed) = try DesignEditor.deleteWithDependents(design, path: "bas-hub")
        #expect(removed.isEmpty)
        #expect(after.publicIPAddresses.map(\.name) == ["pip-bas-hub"])
    }

    @Test func deletingAVMTakesItsNIC() {
        var state = bareHubState()
        command(&state, "add vm vm-a vnet-hub/subnets/snet-app")
        _ = send(&state, .key(.char("d")), .key(.char("y")))
        #expect(state.design.virtualMachines.isEmpty)
        #expect(state.design.networkInterfaces.isEmpty)
        #expect(state.message?.text == "deleted virtual machine vm-a and vm-a-nic; u to undo")
    }

    @Test func theNewServicesValidateWithoutReferenceErrors() {
        var state = bareHubState()
        command(&state, "add gateway vnet-hub vpn VpnGw1AZ")
        command(&state, "add firewall vnet-hub")
        command(&state, "add bastion vnet-hub")
        command(&state, "add vm vm-a vnet-hub/subnets/snet-app 10.0.10.4")
        let findings = Validator().validate(state.design)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.message)" })")
        #expect(!findings.contains { $0.rule.hasPrefix("REF-") && $0.severity != .info })
    }
}

import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The inspector fields of gateways, firewalls, Bastion, VMs, NICs and public IPs: values are
/// checked as typed, through `:set` and the field editor alike.
@Suite struct ResourceFieldEditorTests {
    func hubWithServices() -> AppState {
        singleVNetState(commands: [
            "add gateway vnet-hub vpn VpnGw1AZ", "add firewall vnet-hub", "add bastion vnet-hub",
            "add vm vm-a vnet-hub/subnets/snet-app 10.0.10.4", "add vm vm-b vnet-hub/subnets/snet-app",
        ])
    }

    func fieldNames(_ path: String, _ state: AppState) -> [String] {
        ResourceFields.fields(at: ResourceLocation(path, in: state.design)!, in: state.design).map(\.name)
    }

    @Test func eachResourceListsItsEditableFields() {
        let state = hubWithServices()
        #expect(
            fieldNames("vgw-hub", state) == [
                "gatewayType", "sku", "enableBgp", "activeActive", "vpnType", "publicIPAddress",
            ])
        #expect(fieldNames("afw-hub", state) == ["skuTier", "firewallPolicy", "privateIPAddress", "publicIPAddress"])
        #expect(fieldNames("bas-hub", state) == ["sku", "publicIPAddress"])
        #expect(fieldNames("vm-a", state) == ["vmSize", "osType", "adminUsername", "adminPassword"])
        #expect(fieldNames("vm-a-nic", state) == ["enableIPForwarding", "networkSecurityGroup", "privateIPAddress"])
        #expect(fieldNames("pip-afw-hub", state) == ["sku", "publicIPAllocationMethod"])
    }

    @Test func gatewaySKUIsCheckedAgainstItsType() {
        var state = hubWithServices()
        command(&state, "set vgw-hub sku vpngw3az")
        #expect(state.design.virtualNetworkGateways[0].sku == "VpnGw3AZ")
        command(&state, "set vgw-hub sku ErGw1AZ")
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.hasPrefix("'ErGw1AZ' is not a Vpn gateway SKU") == true)
        command(&state, "set vgw-hub gatewayType ExpressRoute")
        #expect(state.design.virtualNetworkGateways[0].sku == "ErGw1AZ")
        #expect(state.design.virtualNetworkGateways[0].vpnType == nil)
        command(&state, "set vgw-hub enableBgp true")
        command(&state, "set vgw-hub activeActive true")
        #expect(state.design.virtualNetworkGateways[0].enableBgp)
        #expect(state.design.virtualNetworkGateways[0].activeActive)
    }

    @Test func vmSizeOSAndAdminUser() {
        var state = hubWithServices()
        command(&state, "set vm-a vmSize standard_d2s_v5")
        #expect(state.design.virtualMachines[0].vmSize == "Standard_D2s_v5")
        command(&state, "set vm-a vmSize huge")
        #expect(state.message?.text == "'huge' is not a VM size; sizes look like Standard_B2s or Standard_D2s_v5")
        command(&state, "set vm-a osType linux")
        #expect(state.design.virtualMachines[0].osType == "Linux")
        #expect(state.design.virtualMachines[0].imageReference == .ubuntu2204)
        #expect(state.design.virtualMachines[0].adminPassword == nil)
        command(&state, "set vm-a osType Windows")
        #expect(state.design.virtualMachines[0].adminPassword == .secureParameter("adminPassword"))
        #expect(state.design.virtualMachines[0].sshPublicKey == nil)
        command(&state, "set vm-a adminUsername azureuser")
        #expect(state.design.virtualMachines[0].adminUsername == .literal("azureuser"))
        command(&state, "set vm-a adminUsername parameter vmAdmin")
        #expect(state.design.virtualMachines[0].adminUsername == .parameter("vmAdmin"))
        command(&state, "set vm-a adminUsername root")
        #expect(state.message == StatusMessage("Azure refuses 'root' as an admin user name", kind: .error))
        #expect(state.design.virtualMachines[0].adminUsername == .parameter("vmAdmin"))
    }

    @Test func thePasswordIsOnlyEverASecureParameter() {
        var state = hubWithServices()
        let field = DesignEditor.field(
            "adminPassword", at: ResourceLocation("vm-a", in: state.design)!, in: state.design)
        #expect(field?.value == "secure parameter adminPassword")
        command(&state, "set vm-a adminPassword P@ssw0rd!")
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("never stored in the design") == true)
        #expect(state.design.virtualMachines[0].adminPassword == .secureParameter("adminPassword"))
        command(&state, "set vm-a adminPassword vmPassword")
        #expect(state.design.virtualMachines[0].adminPassword == .secureParameter("vmPassword"))
        var design = state.design
        design.virtualMachines[0].adminPassword = .literal("Hunter2!")
        let shown = DesignEditor.field("adminPassword", at: .virtualMachine(0), in: design)?.value ?? ""
        #expect(!shown.contains("Hunter2"))
        #expect(shown.contains("SEC-007"))
    }

    @Test func nicPrivateAddressIsCheckedAgainstItsSubnetAndOtherNICs() {
        var state = hubWithServices()
        command(&state, "set vm-b-nic privateIPAddress 10.0.10.4")
        #expect(state.message == StatusMessage("10.0.10.4 is already used by vm-a-nic", kind: .error))
        command(&state, "set vm-b-nic privateIPAddress 10.0.10.0")
        #expect(state.message?.text.hasPrefix("10.0.10.0 is one of the 5 addresses Azure reserves") == true)
        command(&state, "set vm-b-nic privateIPAddress 10.0.9.4")
        #expect(state.message?.text == "10.0.9.4 is not in snet-app (10.0.10.0/24)")
        command(&state, "set vm-b-nic privateIPAddress 10.0.10.5")
        let configuration = state.design.networkInterfaces[1].ipConfigurations[0]
        #expect(configuration.privateIPAllocationMethod == "Static")
        #expect(configuration.privateIPAddress == "10.0.10.5")
        // Its own address does not count as taken; emptying it makes it dynamic again.
        command(&state, "set vm-a-nic privateIPAddress 10.0.10.4")
        #expect(state.message?.kind != .error)
        command(&state, "goto vm-a-nic")
        _ = send(
            &state, .key(.char("j")), .key(.char("j")), .key(KeyEvent(.enter)), .key(.ctrl("u")), .key(KeyEvent(.enter))
        )
        #expect(state.design.networkInterfaces[0].ipConfigurations[0].privateIPAllocationMethod == "Dynamic")
        #expect(state.design.networkInterfaces[0].ipConfigurations[0].privateIPAddress == nil)
        command(&state, "set vm-a-nic enableIPForwarding true")
        #expect(state.design.networkInterfaces[0].enableIPForwarding)
    }

    @Test func publicIPAllocationFollowsItsSKU() {
        var state = hubWithServices()
        command(&state, "set pip-afw-hub publicIPAllocationMethod Dynamic")
        #expect(state.message == StatusMessage("a Standard public IP is always Static", kind: .error))
        command(&state, "set pip-afw-hub sku Basic")
        command(&state, "set pip-afw-hub publicIPAllocationMethod dynamic")
        #expect(
            state.design.publicIPAddresses.first { $0.name == "pip-afw-hub" }?.publicIPAllocationMethod == "Dynamic")
        command(&state, "set pip-afw-hub sku Standard")
        #expect(state.design.publicIPAddresses.first { $0.name == "pip-afw-hub" }?.publicIPAllocationMethod == "Static")
    }

    @Test func firewallAndBastionSKUs() {
        var state = hubWithServices()
        command(&state, "set afw-hub skuTier premium")
        #expect(state.design.azureFirewalls[0].skuTier == "Premium")
        command(&state, "set bas-hub sku Basic")
        #expect(state.design.bastionHosts[0].sku == "Basic")
        command(&state, "set bas-hub sku Ultra")
        #expect(state.message?.kind == .error)
    }

    @Test func theFieldEditorRefusesAWrongSKUAsItIsTyped() {
        var state = hubWithServices()
        command(&state, "goto vgw-hub")
        _ = send(&state, .key(.char("j")), .key(KeyEvent(.enter)), .key(.ctrl("u")))
        type(&state, "ErGw1")
        guard case .editField(_, "sku", let input) = state.mode else {
            Issue.record("not editing the SKU: \(state.mode)")
            return
        }
        #expect(input.error?.hasPrefix("'ErGw1' is not a Vpn gateway SKU") == true)
    }
}

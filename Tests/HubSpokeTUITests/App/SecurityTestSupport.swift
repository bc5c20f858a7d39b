import HubSpokeCore

@testable import HubSpokeTUI

/// A hub with an app subnet, a spoke peered to it, a NIC in the app subnet, and an empty NSG
/// `nsg-app`: the starting point of the NSG editor tests.
func securityDesign() -> Design {
    Design(
        virtualNetworks: [
            VirtualNetwork(
                name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"],
                subnets: [Subnet(name: "snet-app", addressPrefixes: ["10.0.1.0/24"])],
                virtualNetworkPeerings: [
                    VirtualNetworkPeering(name: "hub-to-spoke", remoteVirtualNetwork: "vnet-spoke")
                ]),
            VirtualNetwork(
                name: "vnet-spoke", addressPrefixes: ["10.1.0.0/16"],
                subnets: [Subnet(name: "snet-web", addressPrefixes: ["10.1.0.0/24"])],
                virtualNetworkPeerings: [VirtualNetworkPeering(name: "spoke-to-hub", remoteVirtualNetwork: "vnet-hub")]),
        ],
        networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-app")],
        routeTables: [RouteTable(name: "rt-app")],
        networkInterfaces: [
            NetworkInterface(
                name: "nic-vm1",
                ipConfigurations: [
                    NetworkInterfaceIPConfiguration(name: "ipconfig1", subnet: "vnet-hub/subnets/snet-app")
                ])
        ])
}

func securityState(width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(design: securityDesign(), filePath: nil, width: width, height: height)
    _ = send(&state, .validated(testValidator.validate(state.design), revision: state.designRevision))
    return state
}

/// The NSG editor open on `nsg-app` with the focus in the inspector.
func openSecurityEditor(_ state: inout AppState, nsg: String = "nsg-app") {
    command(&state, "goto \(nsg)")
}

/// The rule of `nsg-app` called `name`.
func rule(_ state: AppState, _ name: String, nsg: String = "nsg-app") -> SecurityRule? {
    state.design.networkSecurityGroups.first { $0.name == nsg }?.securityRules.first { $0.name == name }
}

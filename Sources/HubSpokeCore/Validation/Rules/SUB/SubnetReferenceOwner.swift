/// The VNet a subnet reference names, even when the subnet itself does not exist: a gateway
/// pointing at `vnet-hub/subnets/GatewaySubnet` in a hub without that subnet is a GW-001 or
/// SUB-015 finding about `vnet-hub`, not only a dangling reference.
extension DesignIndex {
    func virtualNetwork(owningSubnetReference reference: String) -> Int? {
        if let ref = subnet(reference) { return ref.vnet }
        if reference.hasPrefix("/") {
            guard let parent = ARMResourceID.parentID(of: reference) else { return nil }
            return virtualNetwork(parent)
        }
        guard let path = ResourcePath(parsing: reference), path.childKind == .subnets else { return nil }
        return virtualNetwork(path.parent.description)
    }
}

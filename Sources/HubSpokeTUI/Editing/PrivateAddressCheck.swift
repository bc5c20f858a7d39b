import HubSpokeCore

/// A static private address for a NIC, checked the way Azure checks it at deployment: it must
/// be in the subnet, not one of the five addresses Azure reserves there, and not already held
/// by another NIC, load balancer frontend or firewall.
public enum PrivateAddressCheck {
    /// The address as Azure writes it, or the reason it cannot be used in `subnet` (a path).
    /// `exceptNetworkInterface` is the NIC being edited, whose own address does not count.
    public static func check(
        _ text: String, subnet path: String, in design: Design, exceptNetworkInterface: Int? = nil
    ) -> Result<String, PaletteError> {
        let trimmed = text.trimmingWhitespace()
        guard let address = IPAddress(trimmed) else {
            return .failure(PaletteError("'\(trimmed)' is not an IP address"))
        }
        guard case .subnet(let v, let s)? = ResourceLocation(path, in: design) else {
            return .failure(PaletteError("no subnet at \(path)"))
        }
        let subnet = design.virtualNetworks[v].subnets[s]
        let prefixes = subnet.addressPrefixes.compactMap { AddressPrefix($0) }
        guard let prefix = prefixes.first(where: { $0.contains(address) }) else {
            return .failure(
                PaletteError("\(address) is not in \(subnet.name) (\(subnet.addressPrefixes.joined(separator: ",")))"))
        }
        if prefix.isAzureReserved(address) {
            return .failure(
                PaletteError(
                    "\(address) is one of the 5 addresses Azure reserves in \(prefix); the first usable is \(prefix.firstUsableAddress)"
                ))
        }
        if let holder = holder(of: address, in: design, exceptNetworkInterface: exceptNetworkInterface) {
            return .failure(PaletteError("\(address) is already used by \(holder)"))
        }
        return .success(address.description)
    }

    /// The resource that already has `address` as its private address.
    static func holder(of address: IPAddress, in design: Design, exceptNetworkInterface: Int?) -> String? {
        for (n, nic) in design.networkInterfaces.enumerated() where n != exceptNetworkInterface {
            for config in nic.ipConfigurations {
                if let text = config.privateIPAddress, IPAddress(text) == address { return nic.name }
            }
        }
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                if let text = frontend.privateIPAddress, IPAddress(text) == address { return balancer.name }
            }
        }
        for firewall in design.azureFirewalls {
            if let text = firewall.privateIPAddress, IPAddress(text) == address { return firewall.name }
        }
        return nil
    }
}

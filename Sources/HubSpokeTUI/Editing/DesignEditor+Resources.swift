import HubSpokeCore

/// Adding and deleting the resources around the network (gateways, firewalls, Bastion, VMs,
/// NVAs, public IPs) together with what Azure requires of them, so one command gives a design
/// that deploys: the dedicated subnet at the next free prefix, a Standard static public IP,
/// the NIC of a VM. Each is one undo step; a refused command changes nothing.
extension DesignEditor {
    /// Adds what `recipe` describes. Returns the new design, a summary for the message line and
    /// the path to select.
    public static func add(_ recipe: ResourceRecipe, to design: Design) throws(PaletteError) -> (
        design: Design, summary: String, selection: String
    ) {
        switch recipe {
        case .virtualMachine(let name, let subnet, let address, let osType):
            return try addVirtualMachine(
                design, name: name, subnet: subnet, address: address, osType: osType, forwardsTraffic: false)
        case .networkVirtualAppliance(let name, let subnet, let address):
            return try addVirtualMachine(
                design, name: name, subnet: subnet, address: address, osType: "Linux", forwardsTraffic: true)
        case .gateway(let vnet, let type, let sku):
            return try addGateway(design, virtualNetwork: vnet, gatewayType: type, sku: sku)
        case .firewall(let vnet):
            return try addFirewall(design, virtualNetwork: vnet)
        case .bastion(let vnet):
            return try addBastion(design, virtualNetwork: vnet)
        case .publicIPAddress(let name):
            try requireNewName(name, in: design)
            var copy = design
            copy.publicIPAddresses.append(PublicIPAddress(name: name))
            return (copy, "added public IP \(name) (Standard, static)", name)
        }
    }

    static func addVirtualMachine(
        _ design: Design, name: String, subnet path: String, address: String?, osType: String, forwardsTraffic: Bool
    ) throws(PaletteError) -> (design: Design, summary: String, selection: String) {
        let nicName = "\(name)-nic"
        try requireNewName(name, in: design)
        try requireNewName(nicName, in: design)
        guard case .subnet(let v, let s)? = ResourceLocation(path, in: design) else {
            throw PaletteError("no subnet at \(path); subnets are written VNET/subnets/NAME")
        }
        let subnet = design.virtualNetworks[v].subnets[s]
        if let reserved = subnet.reservedName {
            throw PaletteError("\(reserved.rawValue) is reserved for its Azure service; put the VM in another subnet")
        }
        let subnetPath = ResourceLocation.subnet(v, s).path(in: design)
        var configuration = NetworkInterfaceIPConfiguration(subnet: subnetPath)
        if let address {
            configuration.privateIPAllocationMethod = "Static"
            configuration.privateIPAddress = try PrivateAddressCheck.check(address, subnet: subnetPath, in: design)
                .get()
        }
        let placement = design.virtualNetworks[v].placement
        let linux = osType.equalsIgnoringCase("Linux")
        var copy = design
        copy.networkInterfaces.append(
            NetworkInterface(
                name: nicName, placement: placement, enableIPForwarding: forwardsTraffic,
                ipConfigurations: [configuration]))
        var machine = VirtualMachine(
            name: name, placement: placement, vmSize: "Standard_B2s", networkInterfaces: [nicName],
            adminUsername: .parameter("adminUsername"))
        setOperatingSystem(linux ? "Linux" : "Windows", of: &machine)
        copy.virtualMachines.append(machine)
        let what = forwardsTraffic ? "NVA" : "\(linux ? "Linux" : "Windows") VM"
        let ip = configuration.privateIPAddress ?? "dynamic IP"
        return (copy, "added \(what) \(name) with \(nicName) in \(subnetPath) (\(ip))", name)
    }

    /// Sets the OS with what goes with it: the default image, and the way in. Windows gets
    /// its password from a secure parameter; Linux gets an SSH key parameter with password
    /// logins off (SEC-008), as the built-in hub-and-spoke example does.
    public static func setOperatingSystem(_ osType: String, of machine: inout VirtualMachine) {
        let linux = osType.equalsIgnoringCase("Linux")
        machine.osType = linux ? "Linux" : "Windows"
        machine.imageReference = linux ? .ubuntu2204 : .windowsServer2022
        if linux {
            machine.adminPassword = nil
            machine.disablePasswordAuthentication = true
            machine.sshPublicKey = machine.sshPublicKey ?? .parameter("adminSshPublicKey")
        } else {
            machine.adminPassword = machine.adminPassword ?? .secureParameter("adminPassword")
            machine.disablePasswordAuthentication = nil
            machine.sshPublicKey = nil
        }
    }

    static func addGateway(_ design: Design, virtualNetwork: String, gatewayType: String, sku: String)
        throws(PaletteError) -> (design: Design, summary: String, selection: String)
    {
        let v = try virtualNetworkIndex(virtualNetwork, in: design)
        if let existing = design.virtualNetworkGateways.first(where: {
            $0.gatewayType.equalsIgnoringCase(gatewayType) && owner(ofSubnet: $0.subnet, in: design) == v
        }) {
            throw PaletteError(
                "\(design.virtualNetworks[v].name) already has a \(gatewayType) gateway (\(existing.name)); Azure allows one"
            )
        }
        let sku = try GatewaySKUCatalog.check(sku: sku, gatewayType: gatewayType).get()
        var copy = design
        let site = try serviceSite(
            gatewayType == "Vpn" ? "vgw" : "ergw", subnet: .gatewaySubnet, length: 27, inVirtualNetwork: v, of: &copy)
        copy.virtualNetworkGateways.append(
            VirtualNetworkGateway(
                name: site.name, placement: site.placement, gatewayType: gatewayType,
                vpnType: gatewayType == "Vpn" ? "RouteBased" : nil, sku: sku, subnet: site.subnet,
                publicIPAddress: site.publicIP))
        return (copy, "added \(gatewayType) gateway \(site.name) (\(sku)), \(site.summary)", site.name)
    }

    static func addFirewall(_ design: Design, virtualNetwork: String) throws(PaletteError) -> (
        design: Design, summary: String, selection: String
    ) {
        let v = try virtualNetworkIndex(virtualNetwork, in: design)
        if let existing = design.azureFirewalls.first(where: { owner(ofSubnet: $0.subnet, in: design) == v }) {
            throw PaletteError("\(design.virtualNetworks[v].name) already has an Azure Firewall (\(existing.name))")
        }
        let policy = "afwp-\(baseName(of: design.virtualNetworks[v].name))"
        guard !design.firewallPolicies.contains(where: { $0.name.equalsIgnoringCase(policy) }) else {
            throw PaletteError("a firewall policy named \(policy) already exists")
        }
        var copy = design
        let site = try serviceSite("afw", subnet: .azureFirewallSubnet, length: 26, inVirtualNetwork: v, of: &copy)
        copy.firewallPolicies.append(FirewallPolicy(name: policy, placement: site.placement))
        copy.azureFirewalls.append(
            AzureFirewall(
                name: site.name, placement: site.placement, subnet: site.subnet, publicIPAddress: site.publicIP,
                firewallPolicy: policy))
        return (copy, "added Azure Firewall \(site.name), \(site.summary), policy \(policy)", site.name)
    }

    static func addBastion(_ design: Design, virtualNetwork: String) throws(PaletteError) -> (
        design: Design, summary: String, selection: String
    ) {
        let v = try virtualNetworkIndex(virtualNetwork, in: design)
        let vnetName = design.virtualNetworks[v].name
        if let existing = design.bastionHosts.first(where: { bastion in
            bastion.subnet.map { owner(ofSubnet: $0, in: design) == v }
                ?? bastion.virtualNetwork.map { $0.equalsIgnoringCase(vnetName) } ?? false
        }) {
            throw PaletteError("\(vnetName) already has a Bastion host (\(existing.name))")
        }
        var copy = design
        let site = try serviceSite("bas", subnet: .azureBastionSubnet, length: 26, inVirtualNetwork: v, of: &copy)
        copy.bastionHosts.append(
            BastionHost(
                name: site.name, placement: site.placement, sku: "Standard", subnet: site.subnet,
                publicIPAddress: site.publicIP))
        return (copy, "added Bastion \(site.name), \(site.summary)", site.name)
    }

    /// What a gateway, firewall or Bastion host in VNet `v` stands on: its name
    /// (`PREFIX-STEM`, e.g. `afw-hub`), a Standard static public IP `pip-NAME` (added here)
    /// and its dedicated subnet (created when missing), in the VNet's region.
    static func serviceSite(
        _ prefix: String, subnet reserved: Subnet.ReservedName, length: Int, inVirtualNetwork v: Int,
        of design: inout Design
    ) throws(PaletteError) -> (
        name: String, publicIP: String, subnet: String, placement: Placement, summary: String
    ) {
        let name = "\(prefix)-\(baseName(of: design.virtualNetworks[v].name))"
        let publicIP = "pip-\(name)"
        try requireNewName(name, in: design)
        try requireNewName(publicIP, in: design)
        let subnet = try dedicatedSubnet(reserved, length: length, inVirtualNetwork: v, of: &design)
        let placement = design.virtualNetworks[v].placement
        design.publicIPAddresses.append(PublicIPAddress(name: publicIP, placement: placement))
        return (name, publicIP, subnet.path, placement, "\(subnet.note), public IP \(publicIP)")
    }

    /// The path of the VNet's subnet named `reserved`, created at the next free `/length` when
    /// it is missing; an existing one smaller than `/length` is refused, as Azure would.
    static func dedicatedSubnet(
        _ reserved: Subnet.ReservedName, length: Int, inVirtualNetwork v: Int, of design: inout Design
    ) throws(PaletteError) -> (path: String, note: String) {
        let vnet = design.virtualNetworks[v]
        if let s = vnet.subnets.firstIndex(where: { $0.reservedName == reserved }) {
            let existing = vnet.subnets[s]
            if let small = existing.addressPrefixes.compactMap({ AddressPrefix($0) }).first(where: {
                $0.family == .v4 && $0.length > length
            }) {
                throw PaletteError(
                    "\(vnet.name)/subnets/\(existing.name) is \(small) but needs /\(length) or larger: widen it first")
            }
            return (ResourceLocation.subnet(v, s).path(in: design), "in the existing \(existing.name)")
        }
        let prefix = try AddressProposal.freeSubnet(
            length: length, inVirtualNetwork: v, of: design, purpose: reserved.rawValue)
        design.virtualNetworks[v].subnets.append(Subnet(name: reserved.rawValue, addressPrefixes: [prefix.description]))
        return (
            ResourceLocation.subnet(v, vnet.subnets.count).path(in: design),
            "new \(reserved.rawValue) \(prefix)"
        )
    }

    /// The index of the VNet named `name`, or the reason there is none.
    static func virtualNetworkIndex(_ name: String, in design: Design) throws(PaletteError) -> Int {
        guard case .virtualNetwork(let v)? = ResourceLocation(name, in: design) else {
            throw PaletteError("no virtual network named \(name)")
        }
        return v
    }

    /// Refuses a name another resource already has (names are looked up case-insensitively).
    static func requireNewName(_ name: String, in design: Design) throws(PaletteError) {
        guard !name.isEmpty, !name.contains("/") else { throw PaletteError("'\(name)' is not a valid name") }
        if ResourceLocation(name, in: design) != nil {
            throw PaletteError("a resource named \(name) already exists")
        }
    }

    /// The VNet whose subnet `path` is.
    static func owner(ofSubnet path: String, in design: Design) -> Int? {
        guard case .subnet(let v, _)? = ResourceLocation(path, in: design) else { return nil }
        return v
    }

    /// `vnet-hub` gives `hub`, the stem the names of its services share (`afw-hub`, `pip-afw-hub`).
    static func baseName(of vnetName: String) -> String {
        vnetName.asciiLowercased.hasPrefix("vnet-") ? String(vnetName.dropFirst(5)) : vnetName
    }
}

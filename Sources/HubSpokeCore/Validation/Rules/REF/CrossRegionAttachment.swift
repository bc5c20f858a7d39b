/// A NIC lives in its subnet's region, a VM in its NICs' region, and a public IP in the region
/// of what it is attached to; ARM rejects attachments across regions. The same holds for the
/// gateways, firewalls and Bastion hosts placed in a VNet and their public IPs. Where a region
/// cannot be compared offline (one side uses the deployment's default region, the other names
/// one), nothing is reported. NSG and route table associations are NSG-014's and RT-009's.
struct CrossRegionAttachment: Rule {
    static let id = "REF-007"
    static let severity: Severity = .error
    static let title = "Resource attached across regions"
    static let help =
        "A NIC must be in the region of its virtual network, a VM in the region of its NICs, and a public IP in "
        + "the region of the NIC (or gateway, firewall, Bastion host) it is attached to; gateways, firewalls and "
        + "Bastion hosts must be in their VNet's region. ARM rejects cross-region attachments."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let d = context.design
        func region(_ p: Placement) -> String { p.location ?? "the deployment's default region" }
        func compare(
            _ path: String, _ placement: Placement, _ otherPath: String, _ otherPlacement: Placement, _ relation: String
        ) {
            guard placement.sameRegion(as: otherPlacement) == false else { return }
            findings.append(
                finding(
                    "\(path) is in \(region(placement)) but \(relation) \(otherPath), which is in "
                        + "\(region(otherPlacement)): Azure rejects attachments across regions. Put both in the same "
                        + "region.",
                    resources: [path, otherPath], field: "location"))
        }
        func compareSubnet(_ path: String, _ placement: Placement, _ subnet: String?) {
            guard let subnet, let ref = index.subnet(subnet) else { return }
            let vnet = d.virtualNetworks[ref.vnet]
            compare(path, placement, vnet.name, vnet.placement, "is placed in a subnet of")
        }
        func comparePublicIP(_ path: String, _ placement: Placement, _ ip: String?) {
            guard let ip, let i = index.publicIPAddress(ip) else { return }
            let address = d.publicIPAddresses[i]
            compare(path, placement, address.name, address.placement, "uses the public IP")
        }

        for nic in d.networkInterfaces {
            var seen = Set<Int>()
            for config in nic.ipConfigurations {
                if let ref = index.subnet(config.subnet), seen.insert(ref.vnet).inserted {
                    compareSubnet(nic.name, nic.placement, config.subnet)
                }
                comparePublicIP(nic.name, nic.placement, config.publicIPAddress)
            }
        }
        for vm in d.virtualMachines {
            for nicPath in vm.networkInterfaces {
                guard let n = index.networkInterface(nicPath) else { continue }
                let nic = d.networkInterfaces[n]
                compare(vm.name, vm.placement, nic.name, nic.placement, "uses the network interface")
            }
        }
        for gateway in d.virtualNetworkGateways {
            compareSubnet(gateway.name, gateway.placement, gateway.subnet)
            comparePublicIP(gateway.name, gateway.placement, gateway.publicIPAddress)
        }
        for firewall in d.azureFirewalls {
            compareSubnet(firewall.name, firewall.placement, firewall.subnet)
            comparePublicIP(firewall.name, firewall.placement, firewall.publicIPAddress)
            comparePublicIP(firewall.name, firewall.placement, firewall.managementPublicIPAddress)
        }
        for bastion in d.bastionHosts {
            if let subnet = bastion.subnet {
                compareSubnet(bastion.name, bastion.placement, subnet)
            } else if let vnetPath = bastion.virtualNetwork, let v = index.virtualNetwork(vnetPath) {
                let vnet = d.virtualNetworks[v]
                compare(bastion.name, bastion.placement, vnet.name, vnet.placement, "is attached to")
            }
            comparePublicIP(bastion.name, bastion.placement, bastion.publicIPAddress)
        }
    }
}

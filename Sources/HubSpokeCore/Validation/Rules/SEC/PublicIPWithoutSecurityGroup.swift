/// A VM NIC with a public IP and no NSG on the NIC or its subnet: a Standard public IP is closed
/// to inbound traffic until an NSG allows it, so the VM cannot be reached from the Internet,
/// which is rarely what a public IP was added for; a Basic public IP (retired) was open to
/// everything. Either way the design does not say what should reach the VM.
struct PublicIPWithoutSecurityGroup: Rule {
    static let id = "SEC-004"
    static let severity: Severity = .warning
    static let title = "VM network interface with a public IP has no NSG"
    static let help =
        "Neither the NIC nor its subnet has a network security group. A Standard public IP then admits no inbound "
        + "traffic at all (secure by default), a Basic one admitted everything. Add an NSG that allows exactly "
        + "what should reach the VM."
    static let source = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses#sku"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for (n, nic) in design.networkInterfaces.enumerated() {
            guard let vms = index.vmsByNIC[n], let vm = vms.first.map({ design.virtualMachines[$0] }),
                nic.networkSecurityGroup == nil, !context.isUnknown(nic.name, "networkSecurityGroup")
            else { continue }
            for config in nic.ipConfigurations {
                guard let publicIP = config.publicIPAddress, let ref = index.subnet(config.subnet) else { continue }
                let subnet = design.virtualNetworks[ref.vnet].subnets[ref.subnet]
                let subnetPath = index.subnetPath(ref)
                guard subnet.networkSecurityGroup == nil, !context.isUnknown(subnetPath, "networkSecurityGroup")
                else { continue }
                let sku = index.publicIPAddress(publicIP).map { design.publicIPAddresses[$0].sku } ?? "Standard"
                let consequence =
                    sku.equalsIgnoringCase("Basic")
                    ? "a Basic public IP is open to all inbound traffic, so every port of the VM is exposed"
                    : "a Standard public IP admits no inbound traffic until an NSG allows it, so the VM cannot be "
                        + "reached through it"
                findings.append(
                    finding(
                        "\(nic.name) of \(vm.name) has public IP \(publicIP) but neither the NIC nor \(subnetPath) has "
                            + "an NSG: \(consequence). Attach an NSG that allows exactly what should reach the VM.",
                        resources: [nic.name, vm.name, publicIP, subnetPath], field: "networkSecurityGroup"))
                break
            }
        }
    }
}

/// An NSG filters traffic only in its own region: Azure refuses to associate it with a subnet
/// or a NIC in another region. Regions the design leaves to the deployment default cannot be
/// compared with named ones offline, so only two different named regions are reported. (The
/// catalog's "same subscription" part is unverified and not checked.)
struct SecurityGroupRegion: Rule {
    static let id = "NSG-014"
    static let severity: Severity = .error
    static let title = "NSG is associated with a subnet or NIC in another region"
    static let help =
        "A network security group and the subnets and network interfaces it is associated with must be in the "
        + "same region; Azure rejects the association otherwise."
    static let source = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        for (n, nsg) in design.networkSecurityGroups.enumerated() {
            if context.isUnknown(nsg.name, "location") { continue }
            for ref in context.index.subnetsByNSG[n] ?? [] {
                let vnet = design.virtualNetworks[ref.vnet]
                guard !vnet.isExisting, vnet.placement.location != nsg.placement.location,
                    !context.isUnknown(vnet.name, "location"), vnet.placement.sameRegion(as: nsg.placement) == false
                else { continue }
                let path = context.index.subnetPath(ref)
                findings.append(
                    finding(
                        "\(path) is in \(vnet.placement.location ?? "the default region") but its NSG \(nsg.name) is "
                            + "in \(nsg.placement.location ?? "the default region"): Azure rejects the association. "
                            + "Create the NSG in the subnet's region.",
                        resources: [path, nsg.name], field: "networkSecurityGroup"))
            }
            for i in context.index.nicsByNSG[n] ?? [] {
                let nic = design.networkInterfaces[i]
                guard nic.placement.location != nsg.placement.location, !context.isUnknown(nic.name, "location"),
                    nic.placement.sameRegion(as: nsg.placement) == false
                else { continue }
                findings.append(
                    finding(
                        "\(nic.name) is in \(nic.placement.location ?? "the default region") but its NSG \(nsg.name) "
                            + "is in \(nsg.placement.location ?? "the default region"): Azure rejects the "
                            + "association. Create the NSG in the NIC's region.",
                        resources: [nic.name, nsg.name], field: "networkSecurityGroup"))
            }
        }
    }
}

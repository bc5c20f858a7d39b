import Testing

@testable import HubSpokeCore

struct BastionTargetAccessTests {
    typealias F = SubnetRuleFixtures

    /// A hub with Bastion and a peered spoke whose VM subnet has `nsg-app` with `rules`.
    private func design(_ rules: [SecurityRule], nicNSG: [SecurityRule]? = nil, access: Bool = true) -> Design {
        let hub = F.vnet(
            "vnet-hub", prefixes: ["10.0.0.0/16"], subnets: [F.subnet("AzureBastionSubnet", "10.0.2.0/26")],
            peerings: [VirtualNetworkPeering(name: "hub-to-spoke", remoteVirtualNetwork: "vnet-spoke")])
        let spoke = F.vnet(
            "vnet-spoke", prefixes: ["10.1.0.0/16"], subnets: [F.subnet("snet-app", "10.1.1.0/24", nsg: "nsg-app")],
            peerings: [
                VirtualNetworkPeering(
                    name: "spoke-to-hub", remoteVirtualNetwork: "vnet-hub", allowVirtualNetworkAccess: access)
            ])
        var d = Design(virtualNetworks: [hub, spoke])
        d.networkSecurityGroups = [NetworkSecurityGroup(name: "nsg-app", securityRules: rules)]
        d.networkInterfaces = [
            F.nic(
                "nic-app", subnet: "vnet-spoke/subnets/snet-app", staticIP: "10.1.1.4",
                nsg: nicNSG == nil ? nil : "nsg-nic")
        ]
        if let nicNSG { d.networkSecurityGroups.append(NetworkSecurityGroup(name: "nsg-nic", securityRules: nicNSG)) }
        d.virtualMachines = [VirtualMachine(name: "vm-app", networkInterfaces: ["nic-app"])]
        d.bastionHosts = [BastionHost(name: "bas", subnet: "vnet-hub/subnets/AzureBastionSubnet")]
        return d
    }

    static let denyAll = F.rule("deny-all", 4000, "Inbound", "Deny", protocol: "*", from: "*", ports: ["*"])

    @Test func firesWhenDenyAllComesFirst() {
        let findings = F.run(BastionTargetAccess(), design([Self.denyAll]))
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "SUB-023" && f.severity == .warning)
        #expect(f.resources == ["nsg-app", "nic-app", "vnet-hub/subnets/AzureBastionSubnet"])
        #expect(f.message.contains("drops SSH (22) and RDP (3389) from bas (10.0.2.0/26) to vm-app at deny-all (4000)"))
        #expect(f.message.contains("priority number below 4000"))
    }

    @Test(arguments: ["10.0.2.0/26", "10.0.0.0/8", "VirtualNetwork", "*"])
    func allowFromBastionPrefixSupernetTagOrAnyPasses(source: String) {
        let allow = F.rule("allow-bastion", 100, "Inbound", "Allow", from: source, ports: ["22"])
        #expect(F.run(BastionTargetAccess(), design([allow, Self.denyAll])).isEmpty)
    }

    @Test func defaultRulesAdmitBastionFromAPeer() {
        #expect(F.run(BastionTargetAccess(), design([])).isEmpty)
    }

    @Test func virtualNetworkTagDoesNotCoverAPeerWithoutAccess() {
        let allow = F.rule("allow-vnet", 100, "Inbound", "Allow", from: "VirtualNetwork", ports: ["22", "3389"])
        #expect(F.run(BastionTargetAccess(), design([allow, Self.denyAll], access: false)).count == 1)
    }

    @Test func denyOfPartOfTheBastionSubnetFirstFires() {
        let deny = F.rule("deny-part", 100, "Inbound", "Deny", protocol: "*", from: "10.0.2.0/28", ports: ["*"])
        let allow = F.rule("allow-bastion", 200, "Inbound", "Allow", from: "10.0.2.0/26", ports: ["22", "3389"])
        #expect(F.run(BastionTargetAccess(), design([deny, allow])).map(\.rule) == ["SUB-023"])
    }

    @Test func nicNSGIsCheckedToo() {
        let findings = F.run(BastionTargetAccess(), design([], nicNSG: [Self.denyAll]))
        #expect(findings.map { $0.resources[0] } == ["nsg-nic"])
    }

    @Test func designWithoutBastionIsNotChecked() {
        var d = design([Self.denyAll])
        d.bastionHosts = []
        #expect(F.run(BastionTargetAccess(), d).isEmpty)
    }

    @Test func misspeltAccessIsNotTakenForADeny() {
        let typo = F.rule("typo", 100, "Inbound", "Dney", protocol: "*", from: "*", ports: ["*"])
        #expect(F.run(BastionTargetAccess(), design([typo])).isEmpty)
        #expect(F.run(BastionTargetAccess(), design([typo, Self.denyAll])).count == 1)
    }
}

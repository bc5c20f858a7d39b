import Testing

@testable import HubSpokeCore

@Suite struct DNSServersAndNICAddressesTests {
    private func design(dnsServers: Int, configurations: Int) -> Design {
        Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-a", addressPrefixes: ["10.0.0.0/16"],
                    dnsServers: (0..<dnsServers).map { "10.0.0.\($0 + 4)" },
                    subnets: [Subnet(name: "snet", addressPrefixes: ["10.0.0.0/20"])])
            ],
            networkInterfaces: [
                NetworkInterface(
                    name: "nic-a",
                    ipConfigurations: (0..<configurations).map {
                        NetworkInterfaceIPConfiguration(name: "ip\($0)", subnet: "vnet-a/subnets/snet")
                    })
            ])
    }

    @Test func firesOver20DNSServersAnd256Addresses() throws {
        let findings = LimitRuleFixtures.run(DNSServersAndNICAddresses(), design(dnsServers: 21, configurations: 257))
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.rule == "LIM-009" && $0.severity == .error })
        let dns = try #require(findings.first { $0.resources == ["vnet-a"] })
        #expect(dns.field == "dnsServers")
        #expect(dns.message.contains("21 DNS servers"))
        let nic = try #require(findings.first { $0.resources == ["nic-a"] })
        #expect(nic.field == "ipConfigurations")
        #expect(nic.message.contains("257 IP configurations"))
    }

    @Test func silentAtTheLimits() {
        #expect(LimitRuleFixtures.run(DNSServersAndNICAddresses(), design(dnsServers: 20, configurations: 256)).isEmpty)
    }
}

import HubSpokeBicep
import HubSpokeCore
import Testing

struct BicepWriterTests {
    static func vm(password: Credential?, username: Credential = .parameter("adminUsername")) -> Design {
        Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-a", addressPrefixes: ["10.0.0.0/16"],
                    subnets: [Subnet(name: "snet-a", addressPrefixes: ["10.0.1.0/24"])])
            ],
            networkInterfaces: [
                NetworkInterface(
                    name: "nic-a", ipConfigurations: [NetworkInterfaceIPConfiguration(subnet: "vnet-a/subnets/snet-a")])
            ],
            virtualMachines: [
                VirtualMachine(
                    name: "vm-a", osType: "Windows", networkInterfaces: ["nic-a"], adminUsername: username,
                    adminPassword: password)
            ])
    }

    @Test func locationIsAParameterWithTheResourceGroupDefault() {
        let text = BicepWriter.write(Self.vm(password: .secureParameter("adminPassword")))
        #expect(text.hasPrefix("param location string = resourceGroup().location\n"))
        #expect(text.contains("  location: location\n"))
        var design = Self.vm(password: nil)
        design.virtualNetworks[0].placement.location = "westeurope"
        #expect(BicepWriter.write(design).contains("  location: 'westeurope'\n"))
    }

    /// A literal (or empty) password becomes a secure parameter without a default: the
    /// intended change SEC-007 asks for. The secret never appears in the output.
    @Test(arguments: [Credential.literal("P@ssw0rd123!"), .literal(""), .keyVaultSecret("vm-pass"), .unknown("x()")])
    func passwordsBecomeSecureParameters(password: Credential) {
        let text = BicepWriter.write(Self.vm(password: password, username: .literal("azureuser")))
        #expect(text.contains("@secure()\nparam adminPassword string\n"))
        #expect(text.contains("param adminUsername string\n"))
        #expect(!text.contains("P@ssw0rd123!"))
        #expect(!text.contains("azureuser"))
        #expect(text.contains("adminPassword: adminPassword\n"))
        #expect(!text.contains("adminPassword string ="))
    }

    @Test func oneAPIVersionPerProvider() {
        let text = BicepWriter.write(Examples.hubAndSpoke)
        let versions = Set(
            text.split(separator: "\n").filter { $0.hasPrefix("resource ") }.compactMap { line -> String? in
                guard let at = line.firstIndex(of: "@") else { return nil }
                let provider = line[..<at].split(separator: "'").last?.split(separator: "/").first ?? ""
                return "\(provider)@" + line[line.index(after: at)...].prefix(10)
            })
        #expect(versions == ["Microsoft.Network@2024-05-01", "Microsoft.Compute@2024-07-01"])
    }

    /// Spokes that use the hub gateway wait for the gateway and for the hub half offering transit.
    @Test func useRemoteGatewaysPeeringDependsOnGatewayAndRemoteHalf() {
        let text = BicepWriter.write(Examples.hubAndSpoke)
        #expect(text.contains("  dependsOn: [\n    vgwHub\n    hubToSpoke1\n  ]\n"))
        #expect(text.components(separatedBy: "dependsOn").count - 1 == 3)
        #expect(text.contains("  parent: vnetHub\n  name: 'hub-to-spoke1'\n"))
        #expect(!text.contains("resourceId("))
    }

    @Test func suppressionsAreCommentsAboveWhatTheyAreFor() {
        var design = Examples.tutorial
        design.suppressions = [
            Suppression(rule: "SEC-001", resource: "nsg-prod-ae-wv-001/securityRules/default-allow-rdp", reason: "lab"),
            Suppression(rule: "SEC-010", resource: "vnet-prod-ae-wv-001", reason: "NSG on the NIC"),
        ]
        let text = BicepWriter.write(design)
        #expect(text.contains("      // hubspoke:suppress SEC-001 lab\n      {\n        name: 'default-allow-rdp'"))
        #expect(text.contains("// hubspoke:suppress SEC-010 NSG on the NIC\nresource vnetProdAeWv001 "))
    }

    @Test func symbolsAreUniqueValidIdentifiers() {
        let design = Design(
            virtualNetworks: [
                VirtualNetwork(name: "vnet-a", addressPrefixes: ["10.0.0.0/16"]),
                VirtualNetwork(name: "vnet_a", addressPrefixes: ["10.1.0.0/16"]),
                VirtualNetwork(name: "location", addressPrefixes: ["10.2.0.0/16"]),
                VirtualNetwork(name: "1st", addressPrefixes: ["10.3.0.0/16"]),
            ],
            networkSecurityGroups: [NetworkSecurityGroup(name: "vnet-a")])
        let text = BicepWriter.write(design)
        let symbols = text.split(separator: "\n").filter { $0.hasPrefix("resource ") }.map {
            $0.split(separator: " ")[1]
        }
        #expect(symbols == ["vnetA", "vnetAVnet", "vnetAVnet2", "locationVnet", "r1st"])
    }

    @Test func stringsAreEscaped() {
        var design = Examples.tutorial
        design.networkSecurityGroups[0].securityRules[0].description = "it's a \\ ${x}\n"
        #expect(BicepWriter.write(design).contains("description: 'it\\'s a \\\\ \\${x}\\n'"))
    }

    @Test func passthroughIsWrittenVerbatim() {
        var design = Examples.tutorial
        let source =
            "resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'stx'\n   kind:   'StorageV2'\n}"
        design.passthrough = [
            PassthroughResource(
                type: "Microsoft.Storage/storageAccounts@2023-05-01", symbolicName: "st", sourceText: source)
        ]
        #expect(BicepWriter.write(design).hasSuffix("\n" + source + "\n"))
    }

    /// What a deployment needs besides the model: a pre-shared key for the site-to-site
    /// connection (a secure parameter) and a policy tier that matches its firewall.
    @Test func sharedKeyAndPolicyTier() {
        var design = Examples.hubAndSpoke
        design.azureFirewalls[0].skuTier = "Premium"
        let text = BicepWriter.write(design)
        #expect(text.contains("@secure()\nparam vpnSharedKey string\n"))
        #expect(text.contains("    sharedKey: vpnSharedKey\n"))
        #expect(text.contains("  properties: {\n    sku: {\n      tier: 'Premium'\n    }\n  }\n"))
    }

    @Test func sameDesignSameBytes() {
        #expect(BicepWriter.write(Examples.hubAndSpoke) == BicepWriter.write(Examples.hubAndSpoke))
    }
}

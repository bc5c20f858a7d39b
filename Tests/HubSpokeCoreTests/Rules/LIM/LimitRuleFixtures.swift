@testable import HubSpokeCore

/// Designs just over and just under Azure's limits, for the LIM rule tests.
enum LimitRuleFixtures {
    static func run(_ rule: any Rule, _ design: Design) -> [Finding] {
        Validator(rules: [rule]).validate(design)
    }

    /// `count` VNets named vnet-0... in `region`, each a distinct /24.
    static func vnets(_ count: Int, region: String? = nil, from start: Int = 0) -> [VirtualNetwork] {
        (start..<(start + count)).map {
            VirtualNetwork(
                name: "vnet-\($0)", placement: Placement(location: region),
                addressPrefixes: ["10.\($0 / 256 % 256).\($0 % 256).0/24"])
        }
    }

    /// NICs in `subnet` with `configurations` IP configurations in total, 250 per NIC.
    static func nics(_ prefix: String, configurations: Int, subnet: String) -> [NetworkInterface] {
        stride(from: 0, to: configurations, by: 250).map { start in
            NetworkInterface(
                name: "\(prefix)-\(start / 250)",
                ipConfigurations: (start..<min(start + 250, configurations)).map {
                    NetworkInterfaceIPConfiguration(name: "ip\($0)", subnet: subnet)
                })
        }
    }

    static func rule(_ name: String, priority: Int, source: [String] = ["10.0.0.0/8"], destination: [String] = ["*"])
        -> SecurityRule
    {
        SecurityRule(
            name: name, priority: priority, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefixes: source, sourcePortRange: "*", destinationAddressPrefixes: destination,
            destinationPortRange: "443")
    }
}

/// A statically assigned private IP must be an address of its subnet and not one of the five
/// Azure keeps (network, .1 gateway, .2/.3 DNS, broadcast); ARM rejects it otherwise. This is
/// about addresses placed on resources: NIC IP configurations with `Static` allocation, load
/// balancer frontends and a firewall's stated private IP. UDR next hops are not placed here.
struct StaticPrivateAddressPlacement: Rule {
    static let id = "SUB-006"
    static let severity: Severity = .error
    static let title = "Static private IP is outside its subnet or one of Azure's reserved addresses"
    static let help =
        "A static private IP must lie inside the subnet of its IP configuration and must not be one of the five addresses Azure reserves in every subnet (x.x.x.0-3 and the last address); Azure rejects the deployment otherwise."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#are-there-any-restrictions-on-using-ip-addresses-within-these-subnets"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        for nic in design.networkInterfaces {
            for config in nic.ipConfigurations where config.privateIPAllocationMethod.equalsIgnoringCase("Static") {
                guard let address = config.privateIPAddress else { continue }
                check(
                    address, owner: nic.name, what: "\(nic.name) (\(config.name))", subnet: config.subnet, context,
                    &findings)
            }
        }
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                guard let address = frontend.privateIPAddress else { continue }
                check(
                    address, owner: balancer.name, what: "\(balancer.name) frontend \(frontend.name)",
                    subnet: frontend.subnet, context, &findings)
            }
        }
        for firewall in design.azureFirewalls {
            guard let address = firewall.privateIPAddress else { continue }
            check(address, owner: firewall.name, what: firewall.name, subnet: firewall.subnet, context, &findings)
        }
    }

    private func check(
        _ text: String, owner: String, what: String, subnet subnetPath: String, _ context: ValidationContext,
        _ findings: inout [Finding]
    ) {
        guard let ref = context.index.subnet(subnetPath) else { return }
        let path = context.index.subnetPath(ref)
        guard let address = IPAddress(text) else {
            findings.append(
                finding(
                    "\(what) has private IP '\(text)', which is not an IP address: Azure rejects it. Use an address of \(path).",
                    resources: [owner, path], field: "privateIPAddress"))
            return
        }
        let subnet = context.design.virtualNetworks[ref.vnet].subnets[ref.subnet]
        let prefixes = context.index.subnetPrefixes[ref.vnet][ref.subnet].filter { $0.family == address.family }
        let written = subnet.addressPrefixes.filter { ($0.contains(":")) == (address.family == .v6) }
        guard !prefixes.isEmpty, prefixes.count == written.count,
            !context.isUnknown(path, "addressPrefixes")
        else { return }
        if let prefix = prefixes.first(where: { $0.contains(address) }) {
            guard prefix.isAzureReserved(address) else { return }
            let role =
                address == prefix.lastAddress
                ? "the broadcast address"
                : address == prefix.network ? "the network address" : "reserved by Azure (.1 gateway, .2/.3 DNS)"
            findings.append(
                finding(
                    "\(what) uses \(address), which is \(role) of \(path) (\(prefix)): Azure rejects it. Use an address from \(prefix.firstUsableAddress) on.",
                    resources: [owner, path], field: "privateIPAddress"))
        } else {
            let ranges = prefixes.map(\.description).joined(separator: ", ")
            findings.append(
                finding(
                    "\(what) uses \(address), which is outside its subnet \(path) (\(ranges)): Azure rejects it. Use an address of \(ranges) from \(prefixes[0].firstUsableAddress) on.",
                    resources: [owner, path], field: "privateIPAddress"))
        }
    }
}

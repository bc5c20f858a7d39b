/// VpnGw, VpnGwAZ and ExpressRoute gateways take a Standard SKU public IP, which is always
/// static; Basic public IPs were retired in September 2025.
struct GatewayPublicIPSKU: Rule {
    static let id = "GW-006"
    static let severity: Severity = .error
    static let title = "Gateway public IP is not Standard SKU with static allocation"
    static let help =
        "VpnGw1-5, VpnGw1AZ-5AZ and ExpressRoute gateways need a Standard SKU public IP address with static allocation; Basic public IPs are retired."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        for gateway in design.virtualNetworkGateways where !GatewayPlacement.isBasic(gateway) {
            guard let reference = gateway.publicIPAddress, let p = context.index.publicIPAddress(reference) else {
                continue
            }
            let address = design.publicIPAddresses[p]
            if !address.sku.equalsIgnoringCase("Standard") {
                findings.append(
                    finding(
                        "\(address.name), the public IP of \(gateway.name) (\(gateway.sku)), is \(address.sku) SKU: this gateway needs a Standard SKU public IP (Basic IPs are retired), so the deployment fails. Set sku to Standard and allocation to Static.",
                        resources: [address.name, gateway.name], field: "sku"))
            } else if !address.publicIPAllocationMethod.equalsIgnoringCase("Static") {
                findings.append(
                    finding(
                        "\(address.name), the public IP of \(gateway.name), is Standard SKU with \(address.publicIPAllocationMethod) allocation: Standard public IPs are always static, so Azure rejects it. Set publicIPAllocationMethod to Static.",
                        resources: [address.name, gateway.name], field: "publicIPAllocationMethod"))
            }
        }
    }
}

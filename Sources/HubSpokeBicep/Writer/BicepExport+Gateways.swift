import HubSpokeCore

/// VPN and ExpressRoute gateways, on-premises sites and the connections between them.
extension BicepExport {
    mutating func emitGateways() {
        for (i, gateway) in design.virtualNetworkGateways.enumerated() {
            var ipProperties: [(String, EmittedValue)] = [
                ("privateIPAllocationMethod", .string("Dynamic")), ("subnet", subnetReference(gateway.subnet)),
            ]
            if let pip = gateway.publicIPAddress { ipProperties.append(("publicIPAddress", publicIPReference(pip))) }
            var properties: [(String, EmittedValue)] = [("gatewayType", .string(gateway.gatewayType))]
            if let vpnType = gateway.vpnType { properties.append(("vpnType", .string(vpnType))) }
            properties += [
                ("sku", .object([("name", .string(gateway.sku)), ("tier", .string(gateway.sku))])),
                ("enableBgp", .bool(gateway.enableBgp)),
                ("activeActive", .bool(gateway.activeActive)),
                (
                    "ipConfigurations",
                    .array([.object([("name", .string("default")), ("properties", .object(ipProperties))])])
                ),
            ]
            blocks.append(
                ResourceBlock(
                    symbol: gatewaySymbols[i], type: BicepExport.network("virtualNetworkGateways"),
                    comments: suppressionComments(gateway.name),
                    members: [
                        ("name", .string(gateway.name)), ("location", location(gateway.placement)),
                        ("properties", .object(properties)),
                    ]))
        }
        for (i, site) in design.localNetworkGateways.enumerated() {
            var properties: [(String, EmittedValue)] = []
            if let ip = site.gatewayIpAddress { properties.append(("gatewayIpAddress", .string(ip))) }
            properties.append(
                ("localNetworkAddressSpace", .object([("addressPrefixes", .strings(site.addressPrefixes))])))
            blocks.append(
                ResourceBlock(
                    symbol: localGatewaySymbols[i], type: BicepExport.network("localNetworkGateways"),
                    comments: suppressionComments(site.name),
                    members: [
                        ("name", .string(site.name)), ("location", location(site.placement)),
                        ("properties", .object(properties)),
                    ]))
        }
        for (i, connection) in design.connections.enumerated() {
            var properties: [(String, EmittedValue)] = [
                ("connectionType", .string(connection.connectionType)),
                (
                    "virtualNetworkGateway1",
                    reference(
                        connection.virtualNetworkGateway1, lookup: index.virtualNetworkGateway,
                        symbols: gatewaySymbols, type: "Microsoft.Network/virtualNetworkGateways")
                ),
            ]
            if let site = connection.localNetworkGateway2 {
                properties.append(
                    (
                        "localNetworkGateway2",
                        reference(
                            site, lookup: index.localNetworkGateway, symbols: localGatewaySymbols,
                            type: "Microsoft.Network/localNetworkGateways")
                    ))
            }
            if !connection.connectionType.equalsIgnoringCase("ExpressRoute") {
                properties.append(("sharedKey", .expression(BicepExport.sharedKeyParameter)))
            }
            blocks.append(
                ResourceBlock(
                    symbol: connectionSymbols[i], type: BicepExport.network("connections"),
                    comments: suppressionComments(connection.name),
                    members: [
                        ("name", .string(connection.name)), ("location", location(connection.placement)),
                        ("properties", .object(properties)),
                    ]))
        }
    }
}

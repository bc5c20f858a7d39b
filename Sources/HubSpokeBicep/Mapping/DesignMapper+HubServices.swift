import HubSpokeCore

/// Gateways, on-premises sites and connections, Azure Firewall and its policy, Bastion, Route
/// Server (virtual hubs) and internal load balancers.
extension DesignMapper {
    mutating func mapGateway(_ r: EvaluatedResource, path: String) {
        let subnet =
            reference(r, "properties.ipConfigurations[0].properties.subnet", path: path, field: "subnet") ?? ""
        var gateway = VirtualNetworkGateway(name: path, placement: placement(r, path: path), subnet: subnet)
        gateway.gatewayType = string(r, "properties.gatewayType", path: path, field: "gatewayType") ?? "Vpn"
        gateway.vpnType = string(r, "properties.vpnType", path: path, field: "vpnType")
        gateway.sku =
            string(r, "properties.sku.name", path: path, field: "sku")
            ?? string(r, "properties.sku.tier", path: path, field: "sku") ?? ""
        gateway.publicIPAddress = reference(
            r, "properties.ipConfigurations[0].properties.publicIPAddress", path: path, field: "publicIPAddress")
        gateway.enableBgp = bool(r, "properties.enableBgp", path: path, field: "enableBgp") ?? false
        gateway.activeActive = bool(r, "properties.activeActive", path: path, field: "activeActive") ?? false
        noteUnmodelledKeys(
            r, "properties.ipConfigurations[0].properties", path: path,
            understood: ["subnet", "publicipaddress", "privateipallocationmethod"])
        recordUnmodelled(
            r, path: path, understood: ["location"],
            understoodProperties: ["gatewaytype", "vpntype", "sku", "enablebgp", "activeactive", "ipconfigurations"])
        design.virtualNetworkGateways.append(gateway)
    }

    mutating func mapLocalGateway(_ r: EvaluatedResource, path: String) {
        design.localNetworkGateways.append(
            LocalNetworkGateway(
                name: path, placement: placement(r, path: path),
                gatewayIpAddress: string(r, "properties.gatewayIpAddress", path: path, field: "gatewayIpAddress"),
                addressPrefixes: strings(
                    r, "properties.localNetworkAddressSpace.addressPrefixes", path: path, field: "addressPrefixes")
                    ?? []))
        recordUnmodelled(
            r, path: path, understood: ["location"],
            understoodProperties: ["gatewayipaddress", "localnetworkaddressspace"])
    }

    mutating func mapConnection(_ r: EvaluatedResource, path: String) {
        design.connections.append(
            GatewayConnection(
                name: path, placement: placement(r, path: path),
                connectionType: string(r, "properties.connectionType", path: path, field: "connectionType") ?? "IPsec",
                virtualNetworkGateway1: reference(
                    r, "properties.virtualNetworkGateway1", path: path, field: "virtualNetworkGateway1") ?? "",
                localNetworkGateway2: reference(
                    r, "properties.localNetworkGateway2", path: path, field: "localNetworkGateway2")))
        recordUnmodelled(
            r, path: path, understood: ["location"],
            understoodProperties: ["connectiontype", "virtualnetworkgateway1", "localnetworkgateway2", "sharedkey"])
    }

    mutating func mapFirewall(_ r: EvaluatedResource, path: String) {
        var firewall = AzureFirewall(
            name: path, placement: placement(r, path: path),
            subnet: reference(r, "properties.ipConfigurations[0].properties.subnet", path: path, field: "subnet")
                ?? "")
        firewall.skuName = string(r, "properties.sku.name", path: path, field: "skuName") ?? "AZFW_VNet"
        firewall.skuTier = string(r, "properties.sku.tier", path: path, field: "skuTier") ?? "Standard"
        firewall.publicIPAddress = reference(
            r, "properties.ipConfigurations[0].properties.publicIPAddress", path: path, field: "publicIPAddress")
        firewall.managementSubnet = reference(
            r, "properties.managementIpConfiguration.properties.subnet", path: path, field: "managementSubnet")
        firewall.managementPublicIPAddress = reference(
            r, "properties.managementIpConfiguration.properties.publicIPAddress", path: path,
            field: "managementPublicIPAddress")
        firewall.firewallPolicy = reference(r, "properties.firewallPolicy", path: path, field: "firewallPolicy")
        recordUnmodelled(
            r, path: path, understood: ["location"],
            understoodProperties: ["sku", "ipconfigurations", "managementipconfiguration", "firewallpolicy"])
        design.azureFirewalls.append(firewall)
    }

    mutating func mapFirewallPolicy(_ r: EvaluatedResource, path: String) {
        design.firewallPolicies.append(FirewallPolicy(name: path, placement: placement(r, path: path)))
        // The tier follows the firewall's on export; other settings are listed.
        noteUnmodelledKeys(r, "properties.sku", path: path, understood: ["tier"])
        recordUnmodelled(r, path: path, understood: ["location"], understoodProperties: ["sku"])
    }

    /// Network rules only: application and NAT rules do not decide whether traffic between
    /// private addresses passes, so they are listed as not modelled.
    mutating func mapRuleCollectionGroup(_ r: EvaluatedResource, path: String) {
        guard let parsed = ResourcePath(parsing: path), let name = parsed.childName else { return }
        var group = FirewallPolicyRuleCollectionGroup(
            name: name, priority: int(r, "properties.priority", path: path, field: "priority") ?? 0)
        for (c, collection) in (r["properties.ruleCollections"]?.arrayValue ?? []).enumerated() {
            let base = BicepPropertyPath([.key("properties"), .key("ruleCollections"), .index(c)])
            guard collection["ruleCollectionType"]?.stringValue == "FirewallPolicyFilterRuleCollection" else {
                noteUnmodelled(r, base, path: path, value: collection)
                continue
            }
            var out = FirewallRuleCollection(
                name: string(r, base.appending(.key("name")), path: path, field: "ruleCollections")
                    ?? "collection-\(c)",
                priority: int(r, base.appending(.key("priority")), path: path, field: "priority") ?? 0,
                action: string(
                    r, base.appending(.key("action")).appending(.key("type")), path: path, field: "action") ?? "")
            for (i, rule) in (collection["rules"]?.arrayValue ?? []).enumerated() {
                let rb = base.appending(.key("rules")).appending(.index(i))
                guard rule["ruleType"]?.stringValue == "NetworkRule" else {
                    noteUnmodelled(r, rb, path: path, value: rule)
                    continue
                }
                func list(_ key: String) -> [String] {
                    strings(r, rb.appending(.key(key)), path: path, field: key) ?? []
                }
                out.rules.append(
                    FirewallNetworkRule(
                        name: string(r, rb.appending(.key("name")), path: path, field: "rules") ?? "rule-\(i)",
                        ipProtocols: list("ipProtocols"), sourceAddresses: list("sourceAddresses"),
                        destinationAddresses: list("destinationAddresses"),
                        destinationPorts: list("destinationPorts")))
            }
            group.ruleCollections.append(out)
        }
        pendingGroups.append((parsed.name, group, r))
    }

    mutating func mapBastion(_ r: EvaluatedResource, path: String) {
        // Without a SKU Azure deploys Basic.
        design.bastionHosts.append(
            BastionHost(
                name: path, placement: placement(r, path: path),
                sku: string(r, "sku.name", path: path, field: "sku") ?? "Basic",
                subnet: reference(r, "properties.ipConfigurations[0].properties.subnet", path: path, field: "subnet"),
                virtualNetwork: reference(r, "properties.virtualNetwork", path: path, field: "virtualNetwork"),
                publicIPAddress: reference(
                    r, "properties.ipConfigurations[0].properties.publicIPAddress", path: path,
                    field: "publicIPAddress")))
        recordUnmodelled(
            r, path: path, understood: ["location", "sku"],
            understoodProperties: ["ipconfigurations", "virtualnetwork"])
    }

    /// Decided in `attachChildren`: a Route Server when an IP configuration puts it in a subnet.
    mutating func mapVirtualHub(_ r: EvaluatedResource, path: String) {
        pendingHubs.append((path, placement(r, path: path), r))
    }

    mutating func mapLoadBalancer(_ r: EvaluatedResource, path: String) {
        var lb = LoadBalancer(
            name: path, placement: placement(r, path: path),
            sku: string(r, "sku.name", path: path, field: "sku") ?? "Basic")
        for (i, frontend) in (r["properties.frontendIPConfigurations"]?.arrayValue ?? []).enumerated() {
            let base = BicepPropertyPath([.key("properties"), .key("frontendIPConfigurations"), .index(i)])
            guard frontend["properties"]?["subnet"] != nil else {
                noteUnmodelled(r, base, path: path, value: frontend)
                continue
            }
            lb.frontendIPConfigurations.append(
                LoadBalancerFrontend(
                    name: string(r, base.appending(.key("name")), path: path, field: "frontendIPConfigurations")
                        ?? "frontend-\(i)",
                    subnet: reference(
                        r, base.appending(.key("properties")).appending(.key("subnet")), path: path, field: "subnet")
                        ?? "",
                    privateIPAddress: string(
                        r, base.appending(.key("properties")).appending(.key("privateIPAddress")), path: path,
                        field: "privateIPAddress")))
        }
        recordUnmodelled(
            r, path: path, understood: ["location", "sku"], understoodProperties: ["frontendipconfigurations"])
        design.loadBalancers.append(lb)
    }
}

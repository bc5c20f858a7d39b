import HubSpokeCore

/// Network interfaces and virtual machines, with where each VM credential comes from.
extension DesignMapper {
    mutating func mapNetworkInterface(_ r: EvaluatedResource, path: String) {
        var nic = NetworkInterface(name: path, placement: placement(r, path: path))
        nic.enableIPForwarding =
            bool(r, "properties.enableIPForwarding", path: path, field: "enableIPForwarding") ?? false
        nic.networkSecurityGroup = reference(
            r, "properties.networkSecurityGroup", path: path, field: "networkSecurityGroup")
        for i in (r["properties.ipConfigurations"]?.arrayValue ?? []).indices {
            let base = BicepPropertyPath([.key("properties"), .key("ipConfigurations"), .index(i), .key("properties")])
            let name =
                string(
                    r, BicepPropertyPath([.key("properties"), .key("ipConfigurations"), .index(i), .key("name")]),
                    path: path, field: "ipConfigurations") ?? "ipconfig\(i + 1)"
            nic.ipConfigurations.append(
                NetworkInterfaceIPConfiguration(
                    name: name,
                    subnet: reference(r, base.appending(.key("subnet")), path: path, field: "subnet") ?? "",
                    privateIPAllocationMethod: string(
                        r, base.appending(.key("privateIPAllocationMethod")), path: path,
                        field: "privateIPAllocationMethod") ?? "Dynamic",
                    privateIPAddress: string(
                        r, base.appending(.key("privateIPAddress")), path: path, field: "privateIPAddress"),
                    publicIPAddress: reference(
                        r, base.appending(.key("publicIPAddress")), path: path, field: "publicIPAddress"),
                    applicationSecurityGroups: references(
                        r, base.appending(.key("applicationSecurityGroups")), path: path,
                        field: "applicationSecurityGroups") ?? [],
                    primary: bool(r, base.appending(.key("primary")), path: path, field: "primary")))
            noteUnmodelledKeys(
                r, base, path: path,
                understood: [
                    "subnet", "privateipallocationmethod", "privateipaddress", "publicipaddress",
                    "applicationsecuritygroups", "primary",
                ])
        }
        recordUnmodelled(
            r, path: path, understood: ["location"],
            understoodProperties: ["enableipforwarding", "networksecuritygroup", "ipconfigurations"])
        design.networkInterfaces.append(nic)
    }

    mutating func mapVirtualMachine(_ r: EvaluatedResource, path: String) {
        var vm = VirtualMachine(name: path, placement: placement(r, path: path))
        vm.vmSize = string(r, "properties.hardwareProfile.vmSize", path: path, field: "vmSize") ?? ""
        if let image = r["properties.storageProfile.imageReference"], image.objectValue != nil {
            func part(_ key: String) -> String {
                string(
                    r, BicepPropertyPath("properties.storageProfile.imageReference.\(key)"), path: path,
                    field: "imageReference") ?? ""
            }
            vm.imageReference = ImageReference(
                publisher: part("publisher"), offer: part("offer"), sku: part("sku"),
                version: r["properties.storageProfile.imageReference.version"] == nil ? "latest" : part("version"))
        }
        // Windows or Linux: the OS profile says it; else the OS disk; else the image publisher.
        if r["properties.osProfile.windowsConfiguration"] != nil {
            vm.osType = "Windows"
        } else if r["properties.osProfile.linuxConfiguration"] != nil {
            vm.osType = "Linux"
        } else if let os = r["properties.storageProfile.osDisk.osType"]?.stringValue {
            vm.osType = os
        } else {
            vm.osType =
                (vm.imageReference?.publisher.asciiLowercased.contains("windows") ?? false) ? "Windows" : "Linux"
        }
        vm.networkInterfaces = []
        for (i, item) in (r["properties.networkProfile.networkInterfaces"]?.arrayValue ?? []).enumerated() {
            let p = BicepPropertyPath([
                .key("properties"), .key("networkProfile"), .key("networkInterfaces"), .index(i),
            ])
            if let nic = reference(r, p, path: path, field: "networkInterfaces") {
                if item["properties"]?["primary"]?.boolValue == true {
                    vm.networkInterfaces.insert(nic, at: 0)
                } else {
                    vm.networkInterfaces.append(nic)
                }
            }
        }
        vm.adminUsername =
            credential(r, "properties.osProfile.adminUsername", path: path, field: "adminUsername")
            ?? .unknown("adminUsername not set")
        vm.adminPassword = credential(r, "properties.osProfile.adminPassword", path: path, field: "adminPassword")
        vm.disablePasswordAuthentication = bool(
            r, "properties.osProfile.linuxConfiguration.disablePasswordAuthentication", path: path,
            field: "disablePasswordAuthentication")
        vm.sshPublicKey = credential(
            r, "properties.osProfile.linuxConfiguration.ssh.publicKeys[0].keyData", path: path, field: "sshPublicKey")
        recordUnmodelled(
            r, path: path, understood: ["location"],
            understoodProperties: ["hardwareprofile", "osprofile", "storageprofile", "networkprofile"])
        design.virtualMachines.append(vm)
    }

    /// Where a credential comes from (SEC-007): a `@secure()` parameter without a default is
    /// safe; a literal, or a parameter or variable with a literal default, is written into the
    /// template; `getSecret()` is Key Vault; anything else cannot be judged offline.
    mutating func credential(
        _ r: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String
    ) -> Credential? {
        guard let value = r[bicepPath] else { return nil }
        recordField(r, bicepPath, path: path, field: field)
        let text = Self.sourceText(value)
        if case .unknown(let expression) = value, let secret = Self.keyVaultSecretName(expression) {
            return .keyVaultSecret(secret)
        }
        if let origin = r.origin(of: bicepPath) {
            if let parameter = origin.rootParameter {
                if !parameter.hasDefault && !parameter.isOverridden {
                    return parameter.isSecure ? .secureParameter(parameter.name) : .parameter(parameter.name)
                }
                if parameter.isOverridden {
                    // Set from outside the template (`--param`, a parameters file): not written in it.
                    return parameter.isSecure ? .secureParameter(parameter.name) : .parameter(parameter.name)
                }
                if case .string(let s) = value { return .literal(s) }
                return parameter.isSecure ? .secureParameter(parameter.name) : .unknown(text)
            }
            if origin.isLiteral, case .string(let s) = value { return .literal(s) }
        }
        switch value {
        case .string(let s): return .literal(s)
        case .unknown(let expression):
            if let secret = Self.keyVaultSecretName(expression) { return .keyVaultSecret(secret) }
            return .unknown(expression)
        default: return .unknown(text)
        }
    }

    /// `kv.getSecret('name')` -> `name`.
    static func keyVaultSecretName(_ expression: String) -> String? {
        guard let call = expression.firstRange(of: "getSecret(") else { return nil }
        let rest = expression[call.upperBound...]
        guard let open = rest.firstIndex(of: "'") else { return nil }
        let after = rest[rest.index(after: open)...]
        guard let close = after.firstIndex(of: "'") else { return nil }
        return String(after[..<close])
    }
}

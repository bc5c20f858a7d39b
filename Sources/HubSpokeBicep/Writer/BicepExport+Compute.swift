import HubSpokeCore

/// Network interfaces and virtual machines. VM credentials come only from parameters (see
/// `CredentialParameters`).
extension BicepExport {
    mutating func emitNetworkInterfaces() {
        for (i, nic) in design.networkInterfaces.enumerated() {
            let configurations = nic.ipConfigurations.map { config -> EmittedValue in
                var p: [(String, EmittedValue)] = [
                    ("subnet", subnetReference(config.subnet)),
                    ("privateIPAllocationMethod", .string(config.privateIPAllocationMethod)),
                ]
                if let ip = config.privateIPAddress { p.append(("privateIPAddress", .string(ip))) }
                if let pip = config.publicIPAddress { p.append(("publicIPAddress", publicIPReference(pip))) }
                if !config.applicationSecurityGroups.isEmpty {
                    p.append(("applicationSecurityGroups", asgReferences(config.applicationSecurityGroups)))
                }
                if let primary = config.primary { p.append(("primary", .bool(primary))) }
                return .object([("name", .string(config.name)), ("properties", .object(p))])
            }
            var properties: [(String, EmittedValue)] = []
            if nic.enableIPForwarding { properties.append(("enableIPForwarding", .bool(true))) }
            if let nsg = nic.networkSecurityGroup { properties.append(("networkSecurityGroup", nsgReference(nsg))) }
            properties.append(("ipConfigurations", .array(configurations)))
            blocks.append(
                ResourceBlock(
                    symbol: nicSymbols[i], type: BicepExport.network("networkInterfaces"),
                    comments: suppressionComments(nic.name),
                    members: [
                        ("name", .string(nic.name)), ("location", location(nic.placement)),
                        ("properties", .object(properties)),
                    ]))
        }
    }

    mutating func emitVirtualMachines() {
        for (i, vm) in design.virtualMachines.enumerated() {
            let username = credentials.name(for: vm.adminUsername, role: .username)
            var osProfile: [(String, EmittedValue)] = [
                // Windows computer names stop at 15 characters; Azure refuses longer ones.
                ("computerName", .string(vm.isWindows ? String(vm.name.prefix(15)) : vm.name)),
                ("adminUsername", .expression(username)),
            ]
            if let password = vm.adminPassword {
                osProfile.append(("adminPassword", .expression(credentials.name(for: password, role: .password))))
            }
            if vm.isWindows {
                osProfile.append(("windowsConfiguration", .object([("provisionVMAgent", .bool(true))])))
            } else {
                var linux: [(String, EmittedValue)] = []
                if let disable = vm.disablePasswordAuthentication {
                    linux.append(("disablePasswordAuthentication", .bool(disable)))
                }
                if let key = vm.sshPublicKey {
                    let keyName = credentials.name(for: key, role: .sshPublicKey)
                    linux.append(
                        (
                            "ssh",
                            .object([
                                (
                                    "publicKeys",
                                    .array([
                                        .object([
                                            ("path", .expression("'/home/${\(username)}/.ssh/authorized_keys'")),
                                            ("keyData", .expression(keyName)),
                                        ])
                                    ])
                                )
                            ])
                        ))
                }
                linux.append(("provisionVMAgent", .bool(true)))
                osProfile.append(("linuxConfiguration", .object(linux)))
            }
            var storage: [(String, EmittedValue)] = []
            if let image = vm.imageReference {
                storage.append(
                    (
                        "imageReference",
                        .object([
                            ("publisher", .string(image.publisher)), ("offer", .string(image.offer)),
                            ("sku", .string(image.sku)), ("version", .string(image.version)),
                        ])
                    ))
            }
            storage.append(("osDisk", .object([("createOption", .string("FromImage"))])))
            let nics = vm.networkInterfaces.enumerated().map { n, path -> EmittedValue in
                var members: [(String, EmittedValue)] = []
                if let target = index.networkInterface(path) {
                    members.append(("id", .expression("\(nicSymbols[target]).id")))
                } else {
                    members.append(("id", idExpression(path, type: "Microsoft.Network/networkInterfaces")))
                }
                if vm.networkInterfaces.count > 1 {
                    members.append(("properties", .object([("primary", .bool(n == 0))])))
                }
                return .object(members)
            }
            blocks.append(
                ResourceBlock(
                    symbol: vmSymbols[i], type: BicepExport.compute("virtualMachines"),
                    comments: suppressionComments(vm.name),
                    members: [
                        ("name", .string(vm.name)), ("location", location(vm.placement)),
                        (
                            "properties",
                            .object([
                                ("hardwareProfile", .object([("vmSize", .string(vm.vmSize))])),
                                ("osProfile", .object(osProfile)),
                                ("storageProfile", .object(storage)),
                                ("networkProfile", .object([("networkInterfaces", .array(nics))])),
                            ])
                        ),
                    ]))
        }
    }
}

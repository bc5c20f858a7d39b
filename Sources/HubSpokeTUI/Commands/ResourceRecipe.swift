/// `:add vm|nva|gateway|firewall|bastion|publicip ...`, parsed: a resource together with what
/// it needs to deploy (its NIC, its dedicated subnet, its public IP), added as one undo step
/// by ``DesignEditor/add(_:to:)``.
public enum ResourceRecipe: Hashable, Sendable {
    /// `:add vm NAME SUBNET_PATH [IP] [--linux]`: a VM with the NIC `NAME-nic` in the subnet.
    case virtualMachine(name: String, subnet: String, privateIPAddress: String?, osType: String)
    /// `:add nva NAME SUBNET_PATH [IP]`: a Linux VM whose NIC forwards IP traffic.
    case networkVirtualAppliance(name: String, subnet: String, privateIPAddress: String?)
    /// `:add gateway VNET vpn|expressroute SKU`
    case gateway(virtualNetwork: String, gatewayType: String, sku: String)
    /// `:add firewall VNET`
    case firewall(virtualNetwork: String)
    /// `:add bastion VNET`
    case bastion(virtualNetwork: String)
    /// `:add publicip NAME`
    case publicIPAddress(name: String)

    /// The words after `:add` this type parses, in the order completion offers them.
    public static let kinds = ["vm", "nva", "gateway", "firewall", "bastion", "publicip"]

    /// Usage lines, by kind, for errors and help.
    public static let usages: [String: String] = [
        "vm": "add vm NAME SUBNET_PATH [IP] [--linux]",
        "nva": "add nva NAME SUBNET_PATH [IP]",
        "gateway": "add gateway VNET vpn|expressroute SKU",
        "firewall": "add firewall VNET",
        "bastion": "add bastion VNET",
        "publicip": "add publicip NAME",
    ]

    /// Parses the words after `:add KIND`.
    public static func parse(kind: String, _ arguments: [String]) throws(PaletteError) -> ResourceRecipe {
        func usage() -> PaletteError { PaletteError("usage: :\(usages[kind] ?? kind)") }
        switch kind {
        case "vm":
            let linux = arguments.contains { $0.equalsIgnoringCase("--linux") }
            let words = arguments.filter { !$0.equalsIgnoringCase("--linux") && !$0.equalsIgnoringCase("--windows") }
            guard words.count == 2 || words.count == 3 else { throw usage() }
            return .virtualMachine(
                name: words[0], subnet: words[1], privateIPAddress: words.count == 3 ? words[2] : nil,
                osType: linux ? "Linux" : "Windows")
        case "nva":
            guard arguments.count == 2 || arguments.count == 3 else { throw usage() }
            return .networkVirtualAppliance(
                name: arguments[0], subnet: arguments[1], privateIPAddress: arguments.count == 3 ? arguments[2] : nil)
        case "gateway":
            guard arguments.count == 3 else { throw usage() }
            guard let type = GatewaySKUCatalog.gatewayType(arguments[1]) else {
                throw PaletteError("gateway type '\(arguments[1])' is not vpn or expressroute")
            }
            let sku = try GatewaySKUCatalog.check(sku: arguments[2], gatewayType: type).get()
            return .gateway(virtualNetwork: arguments[0], gatewayType: type, sku: sku)
        case "firewall":
            guard arguments.count == 1 else { throw usage() }
            return .firewall(virtualNetwork: arguments[0])
        case "bastion":
            guard arguments.count == 1 else { throw usage() }
            return .bastion(virtualNetwork: arguments[0])
        case "publicip":
            guard arguments.count == 1 else { throw usage() }
            return .publicIPAddress(name: arguments[0])
        default:
            throw PaletteError("cannot add '\(kind)'")
        }
    }

    /// Completion candidates for the word at `position` (1-based after the kind) given the
    /// words typed so far after `:add KIND`.
    static func completions(kind: String, typed: [String], context: CompletionContext) -> [String] {
        let subnets = context.paths.filter { $0.lowercased().contains("/subnets/") }
        switch (kind, typed.count) {
        case ("vm", 1), ("nva", 1): return subnets
        case ("vm", 2), ("vm", 3): return ["--linux"]
        case ("gateway", 0), ("firewall", 0), ("bastion", 0): return context.virtualNetworks
        case ("gateway", 1): return ["vpn", "expressroute"]
        case ("gateway", 2): return GatewaySKUCatalog.skus(for: GatewaySKUCatalog.gatewayType(typed[1]) ?? "")
        default: return []
        }
    }
}

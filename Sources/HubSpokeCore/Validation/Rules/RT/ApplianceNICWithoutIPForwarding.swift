/// Azure drops packets that arrive at a NIC but are not addressed to it unless the NIC has IP
/// forwarding on: an NVA that a route points at forwards nothing without it (the guest OS must
/// forward too). Azure Firewall needs no such setting.
struct ApplianceNICWithoutIPForwarding: Rule {
    static let id = "RT-011"
    static let severity: Severity = .error
    static let title = "Next hop NIC does not have IP forwarding"
    static let help =
        "An NVA that is the next hop of a route (or forwards traffic) needs enableIPForwarding: true on its NIC; Azure "
        + "otherwise drops packets not addressed to the NIC. The OS must forward too. (PEER-008 is merged into this "
        + "rule.)"
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#user-defined"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        var routesByNIC: [Int: [String]] = [:]
        var addressByNIC: [Int: String] = [:]
        for table in design.routeTables {
            for route in table.routes where route.sendsToAppliance {
                guard let text = route.nextHopIpAddress, let address = IPAddress(text),
                    case .networkInterface(let n) = nextHops.owner(of: address)?.device,
                    !design.networkInterfaces[n].enableIPForwarding
                else { continue }
                routesByNIC[n, default: []].append(ResourcePath.child(table.name, .routes, route.name))
                if addressByNIC[n] == nil { addressByNIC[n] = text }
            }
        }
        for n in routesByNIC.keys.sorted() {
            let nic = design.networkInterfaces[n]
            let routes = routesByNIC[n]!
            findings.append(
                finding(
                    "\(nic.name) holds \(addressByNIC[n]!), the next hop of \(RoutingWording.list(routes, limit: 3)), "
                        + "but enableIPForwarding is false: Azure drops every packet that reaches it for another "
                        + "address, so nothing routed through it arrives. Set enableIPForwarding: true on \(nic.name) "
                        + "(and enable forwarding in the appliance's OS).",
                    resources: [nic.name] + routes, field: "enableIPForwarding"))
        }
    }
}

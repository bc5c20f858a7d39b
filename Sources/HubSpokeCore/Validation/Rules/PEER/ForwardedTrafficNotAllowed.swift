/// Spoke-to-spoke traffic that a hub appliance forwards enters the receiving spoke with a
/// source address outside the hub. The receiving spoke's peering to the hub decides whether it
/// is let in (portal: "Allow SPOKE to receive forwarded traffic from HUB"); the sending spoke's
/// flag decides the same for the replies. Hub-side flags do not matter for this flow.
struct ForwardedTrafficNotAllowed: Rule {
    static let id = "PEER-007"
    static let severity: Severity = .warning
    static let title = "Spoke peering does not accept traffic forwarded by the hub appliance"
    static let help =
        "For spoke-to-spoke traffic through a hub NVA/firewall, each spoke's peering to the hub needs "
        + "allowForwardedTraffic: true: it lets traffic that an appliance in the hub forwards (source outside the hub) "
        + "enter the spoke. The receiving spoke's flag admits requests, the sender's flag admits replies. Not needed "
        + "when a VPN gateway forwards. Enforcement has been reported as inconsistent, hence a warning."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#create-a-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        let connectivity = PeeringConnectivity(context, nextHops: nextHops)
        let intent = SpokeTransitIntent(context, nextHops: nextHops, connectivity: connectivity)
        for hub in intent.hubs {
            let hubName = design.virtualNetworks[hub.vnet].name
            for x in hub.spokes {
                guard let p = index.peering(from: x, to: hub.vnet),
                    !design.virtualNetworks[x].virtualNetworkPeerings[p].allowForwardedTraffic,
                    intent.hasPartner(x, in: hub)
                else { continue }
                let partners = intent.partners(of: x, in: hub)
                guard let (_, statement) = intent.statement(for: x, partners: partners, in: hub) else { continue }
                let path = index.peeringPath(vnet: x, peering: p)
                let name = design.virtualNetworks[x].name
                let others = RoutingWording.list(partners.map { design.virtualNetworks[$0].name }, limit: 3)
                findings.append(
                    finding(
                        "\(path) has allowForwardedTraffic false, but \(name) exchanges traffic with \(others) through "
                            + "the appliance \(statement.nextHop) in \(hubName): packets the appliance forwards into "
                            + "\(name) keep a source outside \(hubName), and \(name) drops them unless this peering "
                            + "allows forwarded traffic (portal: \"Allow \(name) to receive forwarded traffic from "
                            + "\(hubName)\"). Set allowForwardedTraffic: true on \(path).",
                        resources: [path, hubName], field: "allowForwardedTraffic"))
            }
        }
    }
}

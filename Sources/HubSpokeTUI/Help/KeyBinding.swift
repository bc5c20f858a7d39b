/// One line of the `?` help and, for the first few of each pane, the status line's key hints.
public struct KeyBinding: Hashable, Sendable {
    public var keys: String
    public var action: String
    /// The pane it applies to, or nil for everywhere.
    public var pane: Pane?
    /// Short label for the status line's hints of its pane (nil: not a hint).
    public var hint: String?

    public init(_ keys: String, _ action: String, pane: Pane? = nil, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.pane = pane
        self.hint = hint
    }

    public static let all: [KeyBinding] = [
        KeyBinding("Enter", "edit the selected item", pane: .topology, hint: "edit"),
        KeyBinding("a", "add a VNet or subnet (opens :add)", pane: .topology, hint: "add"),
        KeyBinding("d", "delete the selected item (asks first)", pane: .topology),
        KeyBinding("/", "filter the tree", pane: .topology, hint: "filter"),
        KeyBinding("v", "toggle the diagram view", pane: .topology, hint: "diagram"),
        KeyBinding("Enter", "edit the field (flags toggle)", pane: .inspector, hint: "edit"),
        KeyBinding("Space", "toggle a flag", pane: .inspector, hint: "toggle"),
        KeyBinding("h/l", "peering editor: switch half", pane: .inspector),
        KeyBinding("g", "peering preset: hub offers gateway transit / spoke uses remote gateway", pane: .inspector),
        KeyBinding("n", "peering preset: spoke-to-spoke via hub NVA", pane: .inspector),
        KeyBinding("Esc", "back to the tree", pane: .inspector, hint: "back"),
        KeyBinding(
            "Space", "route table editor: toggle disableBgpRoutePropagation (on the first row)", pane: .inspector),
        KeyBinding("h/l Enter", "route table editor: pick a route's field, edit it", pane: .inspector),
        KeyBinding("Tab", "while editing a field: complete or cycle its value (next hop types, firewall/NVA IPs)"),
        KeyBinding("a / d", "route table editor: add a route (:add route RT ...) / delete the route", pane: .inspector),
        KeyBinding("F", "route the selected hub's spokes through its Azure Firewall (one step; u reverts it)"),
        KeyBinding("a", "NSG editor: add a rule (opens :add rule NSG)", pane: .inspector),
        KeyBinding("Enter h/l", "NSG editor: edit the rule's field in the selected column", pane: .inspector),
        KeyBinding("Space", "NSG editor: switch the rule between Allow and Deny", pane: .inspector),
        KeyBinding("d", "NSG editor: delete the selected rule (asks first)", pane: .inspector),
        KeyBinding("c", "NSG editor: duplicate the rule at the next free priority", pane: .inspector),
        KeyBinding(
            "J / K", "NSG editor: move the rule down / up (renumbers priorities; u reverts the whole move)",
            pane: .inspector),
        KeyBinding("w", "NSG editor: which rule decides? (source dest port protocol in|out)", pane: .inspector),
        KeyBinding("t / x", "NSG editor: attach to a subnet or NIC / detach the selected one", pane: .inspector),
        KeyBinding(
            "R S A E H D", "NSG rule markers: RDP, SSH, any-any, other exposure, shadowed, duplicate priority",
            pane: .inspector),
        KeyBinding("Enter", "jump to the item and field of the finding", pane: .findings, hint: "jump"),
        KeyBinding("/", "filter findings by text, rule ID, resource or severity", pane: .findings, hint: "filter"),
        KeyBinding("j/k", "move", pane: .findings, hint: "move"),
        KeyBinding("s", "suppress the finding for its resource (asks for the reason)", pane: .findings),
        KeyBinding("U", "lift the suppression of the finding", pane: .findings),
        KeyBinding("1/2/3", "show errors / warnings and worse / everything", pane: .findings),
        KeyBinding("h", "hide or show suppressed findings", pane: .findings),
        KeyBinding(
            "/ filter terms", "sev:warning+ sev:error rule:PEER- res:vnet-hub is:suppressed is:active, ANDed",
            pane: .findings),
        KeyBinding("Tab", "next pane", pane: .findings, hint: "pane"),
        KeyBinding("Up/Down j/k", "move the selection"),
        KeyBinding("PgUp/PgDn g/G", "page, first, last"),
        KeyBinding("Tab/Shift-Tab", "next / previous pane"),
        KeyBinding("Esc", "one level back; clears the filter"),
        KeyBinding(":", "command palette (Tab completes)"),
        KeyBinding("?", "this help (type to filter)"),
        KeyBinding("u / Ctrl-R", "undo / redo"),
        KeyBinding("Ctrl-S", "save"),
        KeyBinding("E", "export Bicep: asks for the file, then shows a preview"),
        KeyBinding("q", "quit (asks when there are unsaved changes)"),
        KeyBinding("mouse", "click to focus and select; wheel to scroll"),
        KeyBinding(":add vnet NAME PREFIX [REGION]", "add a virtual network"),
        KeyBinding(":add subnet VNET NAME PREFIX", "add a subnet"),
        KeyBinding(":add vnet NAME /16", "add a VNet at the next free /16 that overlaps nothing (Tab proposes it)"),
        KeyBinding(":add subnet VNET NAME /24", "add a subnet at the next free /24 of the VNet (Tab proposes it)"),
        KeyBinding(
            ":add vm NAME SUBNET_PATH [IP] [--linux]", "add a VM and its NIC NAME-nic (password: secure parameter)"),
        KeyBinding(":add nva NAME SUBNET_PATH [IP]", "add a Linux NVA whose NIC has IP forwarding on"),
        KeyBinding(":add gateway VNET vpn|expressroute SKU", "add a gateway, its GatewaySubnet /27 and public IP"),
        KeyBinding(":add firewall VNET", "add Azure Firewall, AzureFirewallSubnet /26, public IP and a policy"),
        KeyBinding(":add bastion VNET", "add Bastion, AzureBastionSubnet /26 and public IP"),
        KeyBinding(":add publicip NAME", "add a Standard static public IP"),
        KeyBinding(":peer VNET_A VNET_B", "peer two VNets (both halves A-to-B, B-to-A)"),
        KeyBinding(
            ":set PATH FIELD VALUE", "set a field, e.g. :set vnet-hub/peerings/hub-to-spoke1 allowGatewayTransit true"),
        KeyBinding(
            ":del PATH", "delete a resource (a gateway, firewall, Bastion or VM takes its unused public IP / NIC)"),
        KeyBinding(":add nsg NAME", "add a network security group (deployment's default region)"),
        KeyBinding(
            ":add rule NSG NAME PRIORITY in|out allow|deny PROTOCOL SOURCE DEST PORTS",
            "add a security rule, e.g. :add rule nsg-web AllowHttps 200 in allow Tcp Internet * 443"),
        KeyBinding(
            ":attach NSG_OR_ROUTETABLE PATH", "associate with a subnet (VNET/subnets/NAME) or an NSG with a NIC"),
        KeyBinding(":detach NSG_OR_ROUTETABLE PATH", "remove that association"),
        KeyBinding(":goto PATH", "select a resource"),
        KeyBinding(":w [FILE] / :wq", "save (atomically) / save and quit"),
        KeyBinding(":e FILE", "open a design file"),
        KeyBinding(":export FILE.bicep", "export Bicep with a preview; asks before overwriting"),
        KeyBinding(":export! FILE.bicep", "export Bicep at once, overwriting"),
        KeyBinding(":import FILE.bicep|FILE.hubspoke.json", "read a design, then merge (m) or replace (r) it"),
        KeyBinding(":suppress RULE PATH REASON...", "accept a finding for one resource, with a reason"),
        KeyBinding(":unsuppress RULE PATH", "lift a suppression"),
        KeyBinding(":diagram FILE.svg|.mmd|.dot", "write the topology as a picture (SVG, Mermaid, Graphviz DOT)"),
        KeyBinding(":q / :q!", "quit / quit discarding changes"),
        KeyBinding(":undo / :redo", "undo / redo"),
        KeyBinding(":theme NAME", "dark, light, high-contrast, monochrome, or a .theme file"),
        KeyBinding("r", "reachability pane: would a connection work? From, To, Port, Protocol; hop by hop, live"),
        KeyBinding(":reach FROM TO PORT [tcp|udp|icmp]", "reachability of a VM, NIC or address to another, on a port"),
        KeyBinding("Tab / Shift-Tab", "reachability form: complete From/To (VMs, NICs, IPs), next / previous field"),
        KeyBinding("Up/Down", "reachability form: pick a completion for From/To"),
        KeyBinding("Space", "reachability form: cycle the protocol tcp, udp, icmp"),
        KeyBinding("Enter", "reachability: ask the question; on a hop, go to its resource (r comes back)"),
        KeyBinding("j/k", "reachability: move between hops (◆ marks the deciding one)"),
        KeyBinding("Esc", "reachability: close the pane (the question is kept)"),
        KeyBinding(":add routetable NAME", "add a route table (default region, gateway route propagation on)"),
        KeyBinding(
            ":add route ROUTETABLE NAME PREFIX NEXTHOPTYPE [NEXTHOPIP]",
            "add a route; VirtualAppliance|VirtualNetworkGateway|VnetLocal|Internet|None, IP only for VirtualAppliance"),
        KeyBinding(
            ":route-through-firewall [HUB]",
            "spoke route tables to the hub firewall, GatewaySubnet return routes, forwarded traffic (one step; u reverts it)"
        ),
    ]

    /// The bindings whose keys or description contain `filter` (case-insensitive).
    public static func matching(_ filter: String) -> [KeyBinding] {
        guard !filter.isEmpty else { return all }
        let needle = filter.lowercased()
        return all.filter { $0.keys.lowercased().contains(needle) || $0.action.lowercased().contains(needle) }
    }

    /// Key hints for the status line: the pane's hint bindings, then `:` and `?`.
    public static func hints(for pane: Pane) -> [(String, String)] {
        let local = all.filter { $0.pane == pane }.compactMap { binding in binding.hint.map { (binding.keys, $0) } }
        return Array(local.prefix(4)) + [(":", "cmd"), ("?", "help")]
    }
}

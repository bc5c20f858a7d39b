import HubSpokeCore

/// A `:` command, parsed. The syntax is fixed by the TUI issue so that designs can be built by
/// typing and tests can script the TUI; `PaletteCommandParser` documents each form.
public enum PaletteCommand: Hashable, Sendable {
    /// `:add vnet NAME PREFIX [REGION]`
    case addVirtualNetwork(name: String, prefix: String, region: String?)
    /// `:add subnet VNET NAME PREFIX`
    case addSubnet(virtualNetwork: String, name: String, prefix: String)
    /// `:add vm|nva|gateway|firewall|bastion|publicip ...` (see ``ResourceRecipe``)
    case addResource(ResourceRecipe)
    /// `:peer VNET_A VNET_B`: both halves, `A-to-B` and `B-to-A`, default flags.
    case peer(String, String)
    /// `:set PATH FIELD VALUE`
    case set(path: String, field: String, value: String)
    /// `:del PATH`
    case delete(path: String)
    /// `:w [FILE]`
    case write(file: String?)
    /// `:wq [FILE]` (also `:x`)
    case writeQuit(file: String?)
    /// `:export! FILE.bicep`: writes the design as Bicep at once, over an existing file; the
    /// document keeps its own file.
    case export(file: String)
    /// `:export FILE.bicep`: the export dialog with a preview; asks before overwriting.
    case exportPreview(file: String)
    /// `:import FILE.bicep|FILE.hubspoke.json`: read, then merge or replace (asks).
    case importDesign(file: String)
    /// `:suppress RULE PATH REASON...`
    case suppress(rule: String, path: String, reason: String)
    /// `:unsuppress RULE PATH`
    case unsuppress(rule: String, path: String)
    /// `:diagram FILE.svg|FILE.mmd|FILE.dot`: writes the topology as a picture.
    case diagram(file: String)
    /// `:e FILE`
    case edit(file: String)
    /// `:q` (asks when there are unsaved changes) and `:q!` (discards them)
    case quit(force: Bool)
    case undo
    case redo
    /// `:theme NAME`
    case theme(String)
    /// `:goto PATH`
    case goto(path: String)
    /// `:help`
    case help
    /// `:reach FROM TO PORT [tcp|udp|icmp]`: opens the reachability pane on this question.
    case reach(ReachabilityQuery)
    /// `:add routetable NAME`
    case addRouteTable(name: String)
    /// `:add route ROUTETABLE NAME PREFIX NEXTHOPTYPE [NEXTHOPIP]`
    case addRoute(table: String, name: String, prefix: String, nextHopType: String, nextHopIpAddress: String?)
    /// `:route-through-firewall [HUB]`: spoke route tables, GatewaySubnet return routes and
    /// forwarded-traffic flags for the hub's firewall, as one undo step (``FirewallRouting``).
    case routeThroughFirewall(hub: String?)
    /// `:add nsg NAME` (region: the deployment's default)
    case addSecurityGroup(name: String)
    /// `:add rule NSG NAME PRIORITY in|out allow|deny PROTOCOL SOURCE DEST PORTS`
    case addSecurityRule(SecurityRuleSpec)
    /// `:attach NSG_OR_ROUTETABLE PATH`: PATH is a subnet or a NIC (route tables: subnets only).
    case attach(resource: String, path: String)
    /// `:detach NSG_OR_ROUTETABLE PATH`
    case detach(resource: String, path: String)
}

/// A route's `addressPrefix` is a CIDR block or a service tag name (`Storage`,
/// `AzureCloud.westeurope`); anything else, including a CIDR with host bits set, is refused.
struct RoutePrefixInvalid: Rule {
    static let id = "RT-007"
    static let severity: Severity = .error
    static let title = "Route address prefix is neither a CIDR block nor a service tag"
    static let help =
        "A route's addressPrefix is a valid CIDR block (network address, no host bits set) or a service tag name such "
        + "as Storage or AzureCloud.westeurope. ARM rejects anything else."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#service-tags-for-user-defined-routes"
    init() {}

    /// NSG-only tags: not service tags a route can use.
    private static let nsgOnlyTags = ["VirtualNetwork", "Internet", "AzureLoadBalancer", "*", "Any"]

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for table in context.design.routeTables {
            for route in table.routes {
                let text = route.addressPrefix
                let problem: String
                switch AddressPrefix.parse(text) {
                case .success:
                    continue
                case .failure(.hostBitsSet(let network)):
                    problem = "has host bits set; the block's network address is \(network)"
                    findings.append(report(message(table, route, problem, fix: "Use \(network)."), table, route))
                    continue
                case .failure(.malformed(let reason)):
                    if RoutePrefixInvalid.isServiceTagName(text) { continue }
                    if RoutePrefixInvalid.nsgOnlyTags.contains(where: { $0.equalsIgnoringCase(text) }) {
                        problem = "is an NSG tag, not a service tag routes accept"
                    } else if IPAddress(text) != nil {
                        problem = "is an address without a prefix length"
                    } else {
                        problem = "is not valid: \(reason)"
                    }
                }
                let fix =
                    IPAddress(text) != nil
                    ? "Write \(text)/\(text.contains(":") ? 128 : 32) for a single address."
                    : "Use a CIDR block such as 10.2.0.0/16, or a service tag such as Storage."
                findings.append(report(message(table, route, problem, fix: fix), table, route))
            }
        }
    }

    private func message(_ table: RouteTable, _ route: Route, _ problem: String, fix: String) -> String {
        "\(ResourcePath.child(table.name, .routes, route.name)) addressPrefix '\(route.addressPrefix)' \(problem): "
            + "ARM rejects the route. \(fix)"
    }

    private func report(_ message: String, _ table: RouteTable, _ route: Route) -> Finding {
        finding(
            message, resources: [ResourcePath.child(table.name, .routes, route.name), table.name],
            field: "addressPrefix")
    }

    /// Service tags are letters and digits with dot-separated parts (`AzureCloud.westeurope`,
    /// `Sql.EastUS2`, `AzureFrontDoor.Backend`), starting with a letter.
    static func isServiceTagName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first) || ("a"..."z").contains(first),
            !text.hasSuffix("."), !text.contains("..")
        else { return false }
        let allowed = text.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "."
                || $0 == "-"
        }
        return allowed && !nsgOnlyTags.contains(where: { $0.equalsIgnoringCase(text) })
    }
}

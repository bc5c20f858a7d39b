/// The inbound Allow rules that open something to the whole Internet, shared by SEC-001, -002,
/// -003 and -005. A source counts as the whole Internet when it is `*`, `Internet`, `Any`,
/// `0.0.0.0/0` or `::/0` (case-insensitive; checkov's CKV_AZURE_9/10 semantics).
///
/// An NSG's rules deploy whether or not the NSG is associated yet, and take effect the moment
/// it is, so unattached NSGs are checked too; messages say where the NSG is attached. A rule an
/// earlier Deny fully covers for the exposed port admits nothing and is not reported.
struct InternetExposure {
    /// One exposing rule.
    struct Exposure {
        var nsg: Int
        var rule: SecurityRuleMatcher
        var path: String
        /// The field holding the Internet-wide source (`sourceAddressPrefix` or `…Prefixes`).
        var field: String
        /// The Internet-wide source value as written.
        var source: String
        /// The inbound Deny rules evaluated before it.
        var earlierDenies: [SecurityRuleMatcher]
    }

    let exposures: [Exposure]
    private let context: ValidationContext

    init(_ context: ValidationContext) {
        self.context = context
        var exposures: [Exposure] = []
        for (n, nsg) in context.design.networkSecurityGroups.enumerated() {
            // Most NSGs open nothing to the Internet: skip them before parsing any rule.
            let exposesSomething = nsg.securityRules.indices.contains { i in
                (nsg.securityRules[i].sourceAddressPrefix.map(SecurityRuleAddress.isInternetWide) == true
                    || nsg.securityRules[i].sourceAddressPrefixes?.contains(where: SecurityRuleAddress.isInternetWide)
                        == true)
                    && nsg.securityRules[i].isInbound && nsg.securityRules[i].isAllow
            }
            guard exposesSomething else { continue }
            var denies: [SecurityRuleMatcher] = []
            for (rule, matcher) in context.deployableSecurityRules(of: nsg, direction: .inbound) {
                if matcher.access == .deny {
                    denies.append(matcher)
                    continue
                }
                let singular = rule.sourceAddressPrefix.flatMap { SecurityRuleAddress.isInternetWide($0) ? $0 : nil }
                let plural = (rule.sourceAddressPrefixes ?? []).first { SecurityRuleAddress.isInternetWide($0) }
                guard let source = singular ?? plural else { continue }
                exposures.append(
                    Exposure(
                        nsg: n, rule: matcher, path: ResourcePath.child(nsg.name, .securityRules, rule.name),
                        field: singular != nil ? "sourceAddressPrefix" : "sourceAddressPrefixes", source: source,
                        earlierDenies: denies))
            }
        }
        self.exposures = exposures
    }

    /// True when an earlier Deny covers this rule's traffic from the Internet-wide source for
    /// `protocol` on `ports`.
    func isBlocked(_ exposure: Exposure, protocol proto: SecurityRuleProtocol, ports: PortSet) -> Bool {
        guard let source = SecurityRuleAddress(matching: exposure.source) else { return false }
        let probe = SecurityRuleMatcher(
            name: exposure.rule.name, priority: exposure.rule.priority, direction: .inbound, access: .allow,
            protocol: proto, sources: [source], sourcePorts: exposure.rule.sourcePorts,
            destinations: exposure.rule.destinations,
            destinationPorts: ports)
        return exposure.earlierDenies.contains { $0.covers(probe) }
    }

    /// SEC-003's condition: any protocol, every destination port, not blocked.
    func isAnyAny(_ exposure: Exposure) -> Bool {
        exposure.rule.protocol == .any && exposure.rule.destinationPorts.isAll
            && !isBlocked(exposure, protocol: .any, ports: .all)
    }

    /// The ports of `candidates` that this rule opens over TCP to the Internet.
    func exposedTCPPorts(_ exposure: Exposure, among candidates: [Int]) -> [Int] {
        guard exposure.rule.protocol.covers(.tcp) else { return [] }
        return candidates.filter { port in
            exposure.rule.destinationPorts.contains(port)
                && !isBlocked(exposure, protocol: .tcp, ports: PortSet([PortRange(port: port)!]))
        }
    }

    /// "attached to vnet-a/subnets/snet-web and nic-vm1", or a note that it is not attached yet.
    func attachment(of exposure: Exposure) -> String {
        let index = context.index
        let places =
            (index.subnetsByNSG[exposure.nsg] ?? []).map { index.subnetPath($0) }
            + (index.nicsByNSG[exposure.nsg] ?? []).map { context.design.networkInterfaces[$0].name }
        if places.isEmpty { return "its NSG is not attached yet; the rule applies as soon as it is" }
        let shown = places.prefix(3).joined(separator: ", ")
        return "its NSG is attached to \(shown)\(places.count > 3 ? " and \(places.count - 3) more" : "")"
    }
}

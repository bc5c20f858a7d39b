/// Azure networking limits count resources per subscription per region. A design usually leaves
/// both unsaid (one subscription, the deployment's default region); resources that do not say
/// are counted together, which is how they deploy.
struct RegionalQuota {
    struct Scope: Hashable, Comparable {
        var subscription: String
        var region: String

        static func < (a: Scope, b: Scope) -> Bool { (a.subscription, a.region) < (b.subscription, b.region) }

        /// "in westeurope" / "in the deployment's region", plus the subscription when the design names it.
        var description: String {
            let place = region.isEmpty ? "the deployment's default region" : region
            return subscription.isEmpty ? "in \(place)" : "in subscription \(subscription), \(place)"
        }
    }

    static func scope(_ placement: Placement) -> Scope {
        Scope(
            subscription: placement.subscriptionId?.asciiLowercased ?? "",
            region: placement.location.map(Placement.normalizedRegion) ?? "")
    }

    /// Scopes holding more than `limit` of the resources, each with the name of the first
    /// resource past the limit and the count; in scope order.
    static func exceeded(_ placements: [(name: String, placement: Placement)], limit: Int) -> [(
        scope: Scope, firstOver: String, count: Int
    )] {
        guard placements.count > limit else { return [] }
        var counts: [Scope: Int] = [:]
        var firstOver: [Scope: String] = [:]
        for item in placements {
            let scope = scope(item.placement)
            counts[scope, default: 0] += 1
            if counts[scope] == limit + 1 { firstOver[scope] = item.name }
        }
        return firstOver.keys.sorted().map { ($0, firstOver[$0]!, counts[$0]!) }
    }
}

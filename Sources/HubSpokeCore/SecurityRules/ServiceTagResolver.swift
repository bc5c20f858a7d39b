/// What the caller knows about service tags, for one place in the network: the addresses each
/// tag stands for there. `VirtualNetwork` differs per VNet (own space, peers, on-premises, UDR
/// prefixes) and `Internet` is defined against it, so the matcher never guesses them; the
/// reachability engine builds them per subnet, a validation rule may leave them out.
///
/// A tag the resolver does not hold is "cannot tell": coverage involving it is not provable and
/// a flow it might match is `undetermined`.
public struct ServiceTagResolver: Hashable, Sendable {
    private var addressesByTag: [String: AddressSet]

    /// Resolves nothing: only `*`, prefixes, identical tags and a tag's regional forms compare.
    public static let none = ServiceTagResolver()

    /// The address behind `AzureLoadBalancer`: Azure's health probes and platform traffic come
    /// from this host address (NSG-016, NSG-017).
    public static let azureLoadBalancerAddress = IPAddress(v4: 0xA83F_8110)  // 168.63.129.16

    public init(_ addressesByTag: [ServiceTag: AddressSet] = [:]) {
        self.addressesByTag = [:]
        for (tag, set) in addressesByTag { self.addressesByTag[tag.key] = set }
    }

    /// A resolver for the three tags the default rules use. `virtualNetwork` is the tag's content
    /// where the NSG applies; `Internet` becomes every address outside it and outside the private
    /// ranges (a private address in no VNet matches neither tag); `AzureLoadBalancer` is
    /// 168.63.129.16.
    public static func standard(virtualNetwork: AddressSet) -> ServiceTagResolver {
        let internet = AddressSet.all.subtracting(virtualNetwork).subtracting(.privateRanges)
        let loadBalancer = AddressSet(AddressPrefix(containing: azureLoadBalancerAddress, length: 32))
        return ServiceTagResolver([
            .virtualNetwork: virtualNetwork, .internet: internet, .azureLoadBalancer: loadBalancer,
        ])
    }

    /// The addresses of `tag`, or nil when this resolver does not know them.
    public func addresses(of tag: ServiceTag) -> AddressSet? { addressesByTag[tag.key] }

    /// Adds or replaces one tag.
    public mutating func set(_ tag: ServiceTag, to addresses: AddressSet) { addressesByTag[tag.key] = addresses }
}

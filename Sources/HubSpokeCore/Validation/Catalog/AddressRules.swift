/// The ADDR- rules of the catalog, in ID order. ADDR-012 (a peered VNet's changed address space
/// needs a remote peering sync) compares a design with its previous deployment, which a design
/// alone does not hold: it is documentation only.
extension RuleCatalog {
    public static let addressRules: [any Rule] = [
        AddressPrefixSyntax(), AddressPrefixHostBits(), EmptyAddressSpace(), ReservedRangeInAddressSpace(),
        NonPrivateAddressSpace(), PublicAddressSpace(), OverlappingPrefixesInVNet(), PeeredAddressSpacesOverlap(),
        OverlapBehindSharedTransit(), OnPremisesOverlap(), IPv6OnlyAddressSpace(), OverlapAmongPeersOfOneVNet(),
    ]
}

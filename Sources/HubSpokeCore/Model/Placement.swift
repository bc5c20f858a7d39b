/// Where a resource lives. `location == nil` means "the deployment's default region", which
/// Bicep export writes as `param location string = resourceGroup().location`.
///
/// `resourceGroup` and `subscriptionId` are nil when the design does not say (the usual case:
/// everything deploys into one resource group). They matter for names that repeat across
/// resource groups (paths become `rg:name`) and for cross-subscription peerings.
public struct Placement: Hashable, Sendable, Codable {
    public var location: String?
    public var resourceGroup: String?
    public var subscriptionId: String?

    public init(location: String? = nil, resourceGroup: String? = nil, subscriptionId: String? = nil) {
        self.location = location
        self.resourceGroup = resourceGroup
        self.subscriptionId = subscriptionId
    }

    /// Two placements are in the same region when both name the same region, or both use the
    /// deployment default. A named region and the default cannot be compared offline.
    public func sameRegion(as other: Placement) -> Bool? {
        switch (location, other.location) {
        case (nil, nil): return true
        case (let a?, let b?): return Placement.normalizedRegion(a) == Placement.normalizedRegion(b)
        default: return nil
        }
    }

    /// Azure compares regions case-insensitively and ignores spaces ("West Europe" == "westeurope").
    public static func normalizedRegion(_ name: String) -> String {
        String(name.asciiLowercased.filter { $0 != " " })
    }
}

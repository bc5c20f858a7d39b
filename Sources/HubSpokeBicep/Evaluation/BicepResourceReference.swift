/// Names one declared resource (or module) instance across the whole evaluation: the module
/// instance it lives in, its symbolic name, and its loop index when the declaration is a loop.
public struct BicepResourceReference: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The module instance path, `""` for the root file, else e.g. `spokes[1]` or `hub/fw`.
    public var modulePath: String
    /// As written, with `::` for nested resources: `vnet`, `nsg::rule`.
    public var symbolicName: String
    public var index: Int?
    /// True when this names a module, not a resource.
    public var isModule: Bool

    public init(modulePath: String = "", symbolicName: String, index: Int? = nil, isModule: Bool = false) {
        self.modulePath = modulePath
        self.symbolicName = symbolicName
        self.index = index
        self.isModule = isModule
    }

    /// `vnet`, `subnets[2]`, `spokes[1]/vnet`.
    public var description: String {
        let local = index.map { "\(symbolicName)[\($0)]" } ?? symbolicName
        return modulePath.isEmpty ? local : "\(modulePath)/\(local)"
    }
}

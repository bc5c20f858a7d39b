/// A reachability question that cannot be asked of this design (the CLI exits 2 on these).
public enum ReachabilityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is neither a VM name, a NIC name nor an IP address.
    case unknownEndpoint(String)
    /// The source must sit in a subnet of the design: packets are followed from there.
    case sourceOutsideDesign(String)
    /// A VM or NIC without an IP configuration in a subnet of the design.
    case endpointWithoutAddress(String)
    case invalidPort(Int)
    /// A subnet path that names no subnet (for effective routes).
    case unknownSubnet(String)

    public var description: String {
        switch self {
        case .unknownEndpoint(let text):
            return "'\(text)' is not a VM name, a NIC name or an IP address of the design"
        case .sourceOutsideDesign(let text):
            return "source '\(text)' is not inside a subnet of the design; give a VM, a NIC or an address in a subnet"
        case .endpointWithoutAddress(let text):
            return "'\(text)' has no IP configuration in a subnet of the design"
        case .invalidPort(let port):
            return "port \(port) is outside 0-65535"
        case .unknownSubnet(let text):
            return "'\(text)' names no subnet; expected VNET/subnets/NAME"
        }
    }
}

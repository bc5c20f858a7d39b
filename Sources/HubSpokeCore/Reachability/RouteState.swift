/// Whether a route takes part in route selection. Azure keeps overridden system routes in the
/// effective table as `Invalid` (for example the private-range `None` routes once a 0.0.0.0/0
/// UDR exists), so the table explains why they no longer apply.
public enum RouteState: String, Hashable, Sendable, Codable {
    case active = "Active"
    case invalid = "Invalid"
}

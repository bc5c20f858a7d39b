import HubSpokeCore

/// Where each resource and property of a design file was written, so that findings on a
/// `*.hubspoke.json` file point at a line and column just as findings on Bicep do.
enum DesignFileSourceMap {
    /// Top-level members that hold resources with names (everything but suppressions and passthrough).
    private static let nonResourceMembers: Set<String> = ["format", "suppressions", "passthrough"]

    static func build(_ root: JSONNode, fileName: String) -> SourceMap {
        var map = SourceMap()
        guard case .object(let members) = root.kind else { return map }
        for member in members where !nonResourceMembers.contains(member.key) {
            guard case .array(let items) = member.value.kind else { continue }
            for item in items { record(item, parent: nil, into: &map, fileName: fileName) }
        }
        return map
    }

    private static func record(_ node: JSONNode, parent: String?, into map: inout SourceMap, fileName: String) {
        guard case .object(let fields) = node.kind, let nameMember = node.member("name"),
            case .string(let name) = nameMember.value.kind
        else { return }
        let path = parent.map { "\($0)/\(name)" } ?? name
        map.record(SourceLocation(file: fileName, line: node.line, column: node.column), resource: path)
        for field in fields {
            map.record(
                SourceLocation(file: fileName, line: field.keyLine, column: field.keyColumn), resource: path,
                field: field.key)
            if let kind = ResourcePath.ChildKind(rawValue: field.key), case .array(let children) = field.value.kind {
                for child in children {
                    record(child, parent: "\(path)/\(kind.rawValue)", into: &map, fileName: fileName)
                }
            }
        }
    }
}

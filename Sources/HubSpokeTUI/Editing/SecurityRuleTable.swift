import HubSpokeCore

/// The NSG editor's rows, in Azure's evaluation order: the NSG's own fields, then per direction
/// the custom rules by priority (ties in declaration order) followed by the default rules, then
/// the subnets and NICs the NSG is attached to. The reducer and the view both read it, so a key
/// acts on the row that is drawn. Built from the design in one pass plus one sort per direction.
public struct SecurityRuleTable: Sendable {
    /// A row the selection can stop on.
    public enum Row: Hashable, Sendable {
        /// A field of the NSG itself (its position in `ResourceFields`).
        case field(Int)
        /// A custom rule, by index in `securityRules`.
        case rule(Int)
        /// A subnet path or NIC name the NSG is attached to.
        case association(String)
    }

    /// One direction's part of the table.
    public struct Section: Sendable {
        public var title: String
        public var direction: String
        /// Custom rules in evaluation order.
        public var rules: [Int]
        /// The default rules Azure evaluates after them (none for a direction Azure does not know).
        public var defaults: [SecurityRule]
    }

    /// The columns: title, the rule field Enter edits (nil: not editable in place).
    public static let columns: [(title: String, field: String?)] = [
        ("Pri", "priority"), ("Name", nil), ("Acc", "access"), ("Prot", "protocol"),
        ("Source", "sourceAddressPrefix"), ("SPrt", "sourcePortRange"), ("Dest", "destinationAddressPrefix"),
        ("Ports", "destinationPortRange"),
    ]

    public let securityGroup: Int
    public let sections: [Section]
    public let associations: [String]
    public let rows: [Row]

    public init(design: Design, securityGroup n: Int) {
        securityGroup = n
        let rules = design.networkSecurityGroups[n].securityRules
        var inbound: [Int] = []
        var outbound: [Int] = []
        var other: [Int] = []
        for (i, rule) in rules.enumerated() {
            if rule.isInbound {
                inbound.append(i)
            } else if rule.isOutbound {
                outbound.append(i)
            } else {
                other.append(i)
            }
        }
        func ordered(_ indices: [Int]) -> [Int] {
            indices.sorted { (rules[$0].priority, $0) < (rules[$1].priority, $1) }
        }
        var sections = [
            Section(
                title: "Inbound", direction: "Inbound", rules: ordered(inbound),
                defaults: SecurityRule.defaultRules.filter(\.isInbound)),
            Section(
                title: "Outbound", direction: "Outbound", rules: ordered(outbound),
                defaults: SecurityRule.defaultRules.filter(\.isOutbound)),
        ]
        if !other.isEmpty {
            sections.append(
                Section(title: "Direction not Inbound/Outbound", direction: "", rules: ordered(other), defaults: []))
        }
        self.sections = sections
        associations = Attachment.associations(ofSecurityGroup: n, in: design)
        let fieldCount = ResourceFields.fields(at: .networkSecurityGroup(n), in: design).count
        var rows = (0..<fieldCount).map(Row.field)
        rows.reserveCapacity(fieldCount + rules.count + associations.count)
        for section in sections { rows += section.rules.map(Row.rule) }
        rows += associations.map(Row.association)
        self.rows = rows
    }

    /// The row at the inspector's selection, if any.
    public func row(at selection: Int) -> Row? { rows.indices.contains(selection) ? rows[selection] : nil }

    /// The selection index of custom rule `index`.
    public func selection(ofRule index: Int) -> Int? { rows.firstIndex(of: .rule(index)) }
}

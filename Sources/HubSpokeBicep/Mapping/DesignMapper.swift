import HubSpokeCore

/// Turns an evaluated Bicep template into a design: every resource type the model knows
/// becomes its model value, references become design paths, and what cannot be known offline
/// becomes an `UnknownValues` entry (with a neutral placeholder in the model) instead of a guess.
///
/// Nothing is dropped silently:
/// - resources of types the model does not hold are carried verbatim in `design.passthrough`
///   (REF-011);
/// - properties of modelled types that the model has no field for are listed as
///   `NotModelledProperty` values (see there why not as unknown values).
struct DesignMapper {
    let template: EvaluatedTemplate
    /// Parsed files by name, for comments above inline subnets, rules and routes.
    let documents: [String: BicepDocument]

    var design = Design()
    var unknowns = UnknownValues()
    var sourceMap = SourceMap()
    var notModelled: [NotModelledProperty] = []
    /// Carried-through declarations by index in `design.passthrough`, for `pointPassthroughAtExport`.
    var passthroughSources: [(index: Int, resource: EvaluatedResource)] = []

    /// Design path of every resource instance the design holds (and of `existing` subnets).
    var pathByReference: [BicepResourceReference: String] = [:]
    /// Design path by lower-cased `type|name/name` of the resource id, for id-based references,
    /// with the explicit scope the id was registered with, to tell a same-named VNet in another
    /// subscription from the one in the design.
    var byIDKey: [String: RegisteredID] = [:]

    struct RegisteredID {
        var path: String
        var subscription: String?
        var resourceGroup: String?
    }
    var passthroughSeen: Set<String> = []

    // Children wait here until every parent is known (a child may be declared first).
    var pendingSubnets: [(parent: String, subnet: Subnet, isExisting: Bool, source: EvaluatedResource)] = []
    var pendingPeerings: [(parent: String, peering: VirtualNetworkPeering, source: EvaluatedResource)] = []
    var pendingRules: [(parent: String, rule: SecurityRule, source: EvaluatedResource)] = []
    var pendingRoutes: [(parent: String, route: Route, source: EvaluatedResource)] = []
    var pendingGroups: [(parent: String, group: FirewallPolicyRuleCollectionGroup, source: EvaluatedResource)] = []
    var pendingHubs: [(path: String, placement: Placement, resource: EvaluatedResource)] = []
    /// Subnet path of each virtual hub's IP configuration, by lower-cased hub name.
    var routeServerSubnets: [String: String] = [:]

    init(template: EvaluatedTemplate, documents: [String: BicepDocument]) {
        self.template = template
        self.documents = documents
    }

    mutating func map() -> BicepImport {
        registerPaths()
        for resource in template.resources { mapResource(resource) }
        attachChildren()
        pointPassthroughAtExport()
        // Normal form: suppressions by resource path, then rule (the file order is not kept).
        design.suppressions.sort {
            ($0.resource.asciiLowercased, $0.rule, $0.reason) < ($1.resource.asciiLowercased, $1.rule, $1.reason)
        }
        for note in template.notes {
            switch note.kind {
            case .moduleNotFollowed, .moduleNotFound, .moduleCycle, .moduleSyntaxError:
                sourceMap.notes.append(
                    SourceNote(
                        kind: .moduleNotFollowed, subject: note.location.description, detail: note.message,
                        location: Self.location(note.location)))
            default: break
            }
        }
        return BicepImport(
            document: DesignDocument(design: design, unknowns: unknowns, sourceMap: sourceMap), notModelled: notModelled
        )
    }

    static func location(_ l: BicepSourceLocation) -> SourceLocation {
        SourceLocation(file: l.file, line: l.line, column: l.column)
    }

    // MARK: recording

    mutating func recordLocation(_ resource: EvaluatedResource, path: String) {
        sourceMap.record(Self.location(resource.location), resource: path)
    }

    mutating func recordField(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String
    ) {
        sourceMap.record(Self.location(resource.location(of: bicepPath)), resource: path, field: field)
    }

    mutating func recordUnknown(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String, text: String
    ) {
        unknowns.insert(
            UnknownValues.Entry(
                resource: path, field: field, sourceText: text,
                location: Self.location(resource.location(of: bicepPath))))
    }

    /// Properties of a modelled type the model has no field for (see the type's doc comment).
    /// The understood names are lower case; keys are compared without case.
    mutating func recordUnmodelled(
        _ resource: EvaluatedResource, path: String, understood: [String], understoodProperties: [String]
    ) {
        guard let body = resource.body.objectValue else { return }
        for entry in body.entries {
            if BicepObject.equalIgnoringCase(entry.key, "properties"), let properties = entry.value.objectValue {
                for p in properties.entries where !Self.isUnderstood(p.key, understoodProperties) {
                    noteUnmodelled(
                        resource, BicepPropertyPath([.key(entry.key), .key(p.key)]), path: path, value: p.value)
                }
            } else if !Self.isUnderstood(entry.key, understood)
                && !["name", "parent", "dependsOn", "scope"].contains(entry.key)
            {
                noteUnmodelled(resource, BicepPropertyPath([.key(entry.key)]), path: path, value: entry.value)
            }
        }
    }

    /// Whether `key` is one of the lower-case `understood` names, ignoring case. A short list
    /// compared in place: building a set (and a lower-cased copy of the key) per resource cost
    /// more than the comparisons.
    static func isUnderstood(_ key: String, _ understood: [String]) -> Bool {
        understood.contains { BicepObject.equalIgnoringCase($0, key) }
    }

    mutating func noteUnmodelled(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, value: BicepValue
    ) {
        notModelled.append(
            NotModelledProperty(
                resource: path, property: bicepPath.description, valueText: value.description,
                location: Self.location(resource.location(of: bicepPath))))
    }

    // MARK: values

    /// A string property; an unknown value is recorded and replaced by `placeholder`.
    mutating func string(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String,
        placeholder: String? = nil
    ) -> String? {
        guard let value = resource[bicepPath] else { return nil }
        recordField(resource, bicepPath, path: path, field: field)
        switch value {
        case .string(let s): return s
        case .null: return nil
        case .int(let i): return String(i)
        default:
            recordUnknown(resource, bicepPath, path: path, field: field, text: Self.sourceText(value))
            return placeholder
        }
    }

    mutating func bool(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String
    ) -> Bool? {
        guard let value = resource[bicepPath] else { return nil }
        recordField(resource, bicepPath, path: path, field: field)
        if case .bool(let b) = value { return b }
        if case .null = value { return nil }
        recordUnknown(resource, bicepPath, path: path, field: field, text: Self.sourceText(value))
        return nil
    }

    mutating func int(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String
    ) -> Int? {
        guard let value = resource[bicepPath] else { return nil }
        recordField(resource, bicepPath, path: path, field: field)
        if case .int(let i) = value { return i }
        if case .string(let s) = value, let i = Int(s) { return i }
        recordUnknown(resource, bicepPath, path: path, field: field, text: Self.sourceText(value))
        return nil
    }

    /// A list of strings; unknown items are left out and recorded (the list as a whole is then
    /// not known, so checks on it are skipped).
    mutating func strings(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String
    ) -> [String]? {
        guard let value = resource[bicepPath] else { return nil }
        recordField(resource, bicepPath, path: path, field: field)
        guard case .array(let items) = value else {
            if case .null = value { return nil }
            recordUnknown(resource, bicepPath, path: path, field: field, text: Self.sourceText(value))
            return []
        }
        var out: [String] = []
        for item in items {
            if case .string(let s) = item {
                out.append(s)
            } else {
                recordUnknown(resource, bicepPath, path: path, field: field, text: Self.sourceText(item))
            }
        }
        return out
    }

    static func sourceText(_ value: BicepValue) -> String {
        if case .unknown(let text) = value { return text }
        return value.description
    }

    /// The region: `resourceGroup().location` (directly or through `param location`) is the
    /// deployment default, nil in the model.
    mutating func placement(_ resource: EvaluatedResource, path: String) -> Placement {
        var placement = Placement()
        if let value = resource["location"] {
            recordField(resource, "location", path: path, field: "location")
            switch value {
            case .string(let s): placement.location = s
            case .deploymentLocation: break
            default: recordUnknown(resource, "location", path: path, field: "location", text: Self.sourceText(value))
            }
        }
        if resource.isExisting || resource.id.resourceGroup != nil || resource.id.subscriptionId != nil {
            placement.resourceGroup = resource.id.resourceGroup?.stringValue
            placement.subscriptionId = resource.id.subscriptionId?.stringValue
        }
        return placement
    }

    /// Suppression comments above a declaration or an inline array element.
    mutating func readSuppressions(_ comments: [BicepComment], path: String) {
        for comment in comments where !comment.isBlock {
            guard let s = SuppressionComment(commentText: comment.text) else { continue }
            design.suppressions.append(Suppression(rule: s.rule, resource: path, reason: s.reason))
        }
    }

    /// Comments above item `index` of the inline array at `properties.KEY` of the declaration.
    func inlineComments(_ resource: EvaluatedResource, arrayKey: String, index: Int) -> [BicepComment] {
        guard let document = documents[resource.file],
            let properties = resource.declaration.bodyObject.property(named: "properties")?.value,
            let array = properties.property(named: arrayKey)?.value,
            case .array(let items) = array.kind, index < items.count
        else { return [] }
        return document.leadingComments(of: items[index].range)
    }
}

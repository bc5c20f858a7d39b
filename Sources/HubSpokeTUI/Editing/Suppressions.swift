import HubSpokeCore

/// Adding and removing suppressions: a finding accepted for one resource, with the reason a
/// reviewer will read in the exported Bicep (`// hubspoke:suppress RULE reason`). Pure
/// functions of the design, like ``DesignEditor``; the reducer makes each one undo step.
public enum Suppressions {
    /// The design with `rule` suppressed on `path`. A suppression that is already there gets
    /// the new reason. Refused without a reason, with a rule ID that is not `ABC-123`, or with
    /// a path that does not parse; a path the editor can resolve is stored as declared.
    public static func suppress(
        _ design: Design, rule: String, path: String, reason: String
    ) throws(PaletteError) -> Design {
        let rule = try ruleID(rule)
        let path = try resourcePath(path, in: design)
        let reason = reason.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        guard !reason.isEmpty else {
            throw PaletteError("a suppression needs a reason, e.g. :suppress \(rule) \(path) accepted for the lab")
        }
        var design = design
        let suppression = Suppression(rule: rule, resource: path, reason: reason)
        if let i = index(of: rule, path, in: design) {
            design.suppressions[i] = suppression
        } else {
            design.suppressions.append(suppression)
        }
        return design
    }

    /// The design without the suppression of `rule` on `path`; refused when there is none.
    public static func unsuppress(_ design: Design, rule: String, path: String) throws(PaletteError) -> Design {
        guard let i = index(of: rule, path, in: design) else {
            throw PaletteError("\(rule) is not suppressed on \(path)")
        }
        var design = design
        design.suppressions.remove(at: i)
        return design
    }

    /// The suppression of `rule` on `path`, compared as the validator does (case-insensitive).
    public static func index(of rule: String, _ path: String, in design: Design) -> Int? {
        let canonical = ResourceLocation(path, in: design)?.path(in: design) ?? path
        return design.suppressions.firstIndex {
            $0.rule.equalsIgnoringCase(rule)
                && ($0.resource.equalsIgnoringCase(path) || $0.resource.equalsIgnoringCase(canonical))
        }
    }

    /// Catalog IDs look like `PEER-009`; upper-cased so the stored ID matches the finding's.
    static func ruleID(_ text: String) throws(PaletteError) -> String {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isLetter), !parts[1].isEmpty,
            parts[1].allSatisfy(\.isNumber)
        else { throw PaletteError("'\(text)' is not a rule ID; rule IDs look like PEER-009 or SEC-001") }
        return text.uppercased()
    }

    /// Paths the editor resolves are stored as declared; others (resources the tree does not
    /// show yet) as typed, as long as they are resource paths.
    static func resourcePath(_ text: String, in design: Design) throws(PaletteError) -> String {
        if let location = ResourceLocation(text, in: design) { return location.path(in: design) }
        guard ResourcePath(parsing: text) != nil else {
            throw PaletteError("'\(text)' is not a resource path, e.g. vnet-hub or vnet-hub/subnets/GatewaySubnet")
        }
        return text
    }
}

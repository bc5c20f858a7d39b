import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs every rule of the catalog over a design and returns the findings in a stable order
/// (severity, then rule ID, then resource), with suppressions applied.
///
/// The same validator serves the TUI (on every keystroke), `hubspoke validate` and the Bicep
/// reader: readers only produce a `Design` (and what they could not know), never findings of
/// their own kind.
public struct Validator: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleCatalog.rules) {
        self.rules = rules
    }

    public func validate(
        _ design: Design, unknowns: UnknownValues = UnknownValues(), sourceMap: SourceMap = SourceMap()
    ) -> [Finding] {
        validate(ValidationContext(design: design, unknowns: unknowns, sourceMap: sourceMap))
    }

    public func validate(_ context: ValidationContext) -> [Finding] {
        var findings = runRules(context)
        if !context.unknowns.isEmpty {
            findings.removeAll { finding in
                guard let field = finding.field else { return false }
                return finding.resources.contains { context.unknowns.contains(resource: $0, field: field) }
            }
        }
        let suppressions = context.design.suppressions
        if !suppressions.isEmpty {
            var reasons: [String: String] = [:]
            for s in suppressions { reasons[(s.rule + "|" + s.resource).asciiLowercased] = s.reason }
            for i in findings.indices {
                guard let first = findings[i].resources.first else { continue }
                findings[i].suppressedReason = reasons[(findings[i].rule + "|" + first).asciiLowercased]
            }
        }
        if !context.sourceMap.isEmpty {
            for i in findings.indices where findings[i].location == nil {
                guard let first = findings[i].resources.first else { continue }
                findings[i].location = context.sourceMap.location(resource: first, field: findings[i].field)
            }
        }
        return findings.sorted(by: Validator.order)
    }

    /// Rules are independent pure functions of the context, so on a large design they run in
    /// parallel, one work item a rule (Dispatch spreads them over the cores); the final
    /// sort makes the result independent of the order they finish in. Small designs stay on
    /// the calling thread, where starting threads would cost more than the rules.
    private func runRules(_ context: ValidationContext) -> [Finding] {
        let design = context.design
        let size = design.virtualNetworks.count + design.networkSecurityGroups.count + design.routeTables.count
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        guard size >= 200, cores > 1, rules.count > 1 else {
            var findings: [Finding] = []
            for rule in rules { rule.check(context, into: &findings) }
            return findings
        }
        let slices = rules.count
        let results = SliceResults(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            var findings: [Finding] = []
            for index in stride(from: slice, to: rules.count, by: slices) {
                rules[index].check(context, into: &findings)
            }
            results.store(findings, at: slice)
        }
        return results.joined()
    }

    /// Errors first, then warnings, then infos; within a severity by rule ID and resource.
    public static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.rule != b.rule { return a.rule < b.rule }
        let ar = a.resources.first ?? ""
        let br = b.resources.first ?? ""
        if ar != br { return ar < br }
        return a.message < b.message
    }
}

/// Per-rule results of a parallel validation.
private final class SliceResults: Sendable {
    private let slots: Mutex<[[Finding]]>

    init(count: Int) { slots = Mutex(Array(repeating: [], count: count)) }

    func store(_ findings: [Finding], at index: Int) {
        slots.withLock { $0[index] = findings }
    }

    func joined() -> [Finding] { slots.withLock { $0.flatMap { $0 } } }
}

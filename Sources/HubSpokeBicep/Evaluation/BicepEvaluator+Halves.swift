import Dispatch

extension BicepEvaluator {
    /// Below this many top-level resource declarations a file is evaluated on the calling
    /// thread alone: a second thread costs more than it saves.
    static let halvesThreshold = 400

    /// Evaluates a large single file as two halves on two threads, or returns nil (the caller
    /// then evaluates it the ordinary way).
    ///
    /// Each thread has its own evaluation of the whole document and builds the resources of
    /// its half of the top-level declarations; whatever a half needs from elsewhere (the hub a
    /// spoke peers with, a parameter) it evaluates lazily itself. Evaluation is pure and
    /// memoised, so a resource or variable has the same value whichever thread builds it and
    /// whenever it is first needed. The result is exactly the one-thread result because the
    /// exceptions send the file back to the one-thread path: a file with modules or imports
    /// (they share per-session state), a reference cycle or an expression too deep to
    /// evaluate (what is reported then depends on the order), and work over the shared budget.
    ///
    /// Notes keep the one-thread order: the first half's, then the second half's that the
    /// first did not report, then those of outputs, parameters and variables.
    func evaluateInHalves(_ document: BicepDocument, parameters: [String: BicepValue]) -> EvaluatedTemplate? {
        let declarations = document.declarations
        var resourceCount = 0
        for declaration in declarations {
            switch declaration {
            case .resource: resourceCount += 1
            case .module, .import: return nil
            default: continue
            }
        }
        guard resourceCount >= Self.halvesThreshold else { return nil }
        let middle = Self.middleDeclaration(of: document)
        let halves = HalfResults<HalfEvaluation>()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let range = half == 0 ? 0..<middle : middle..<declarations.count
            halves.store(
                half, HalfEvaluation(document, parameters: parameters, declarationsIn: range, isFirst: half == 0))
        }
        guard var first = halves.take(0), let second = halves.take(1), first.isOrderIndependent,
            second.isOrderIndependent, first.workSpent + second.workSpent <= EvaluationSession.workBudget
        else { return nil }
        // A session's `note` drops repeats: here it merges the halves' notes.
        let merged = EvaluationSession(loader: nil)
        for note in first.resourceNotes + second.resourceNotes + first.laterNotes {
            merged.note(note.kind, note.message, note.location)
        }
        guard var template = first.rest else { return nil }
        // `first` holds the only copy of its array (`take` moved it out), so this appends in
        // place; `+` would copy every resource of both halves into a third array.
        first.resources.append(contentsOf: second.resources)
        template.resources = first.resources
        template.notes = merged.notes
        return template
    }

    /// The index of the first top-level declaration that starts in the second half of the
    /// file's bytes, so that each thread gets about half of the text to evaluate.
    private static func middleDeclaration(of document: BicepDocument) -> Int {
        let half = document.sourceBytes.count / 2
        let declarations = document.declarations
        var low = 0
        var high = declarations.count
        while low < high {
            let mid = (low + high) / 2
            if declarations[mid].range.start.offset < half { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// One thread's share: the resources of its declarations, and for the first half also the
/// rest of the template (outputs, parameters, variables), with the notes reported before and
/// after that rest. Its evaluation (memo tables, symbols) is dropped on its own thread.
private struct HalfEvaluation: Sendable {
    var resources: [EvaluatedResource]
    var resourceNotes: [BicepNote]
    /// The first half's template without its resources; nil for the second half.
    var rest: EvaluatedTemplate?
    var laterNotes: [BicepNote] = []
    var isOrderIndependent: Bool
    var workSpent: Int

    init(_ document: BicepDocument, parameters: [String: BicepValue], declarationsIn range: Range<Int>, isFirst: Bool) {
        let evaluation = TemplateEvaluation(root: document, parameters: parameters, loader: nil)
        let session = evaluation.session
        if isFirst { evaluation.reportUnknownOverrides() }
        resources = evaluation.collectResources(declarationsIn: range)
        resourceNotes = session.notes
        if isFirst {
            // In the one-thread order these come after every resource; notes they repeat from
            // the other half are dropped when the halves' notes are merged.
            rest = evaluation.template(resources: [])
            laterNotes = Array(session.notes[resourceNotes.count...])
        }
        isOrderIndependent = session.isOrderIndependent
        workSpent = session.workSpent
    }
}

extension EvaluationSession {
    /// Whether nothing was reported whose outcome depends on the order of evaluation.
    var isOrderIndependent: Bool {
        !depthLimitReached && !notes.contains { $0.kind == .referenceCycle }
    }
}

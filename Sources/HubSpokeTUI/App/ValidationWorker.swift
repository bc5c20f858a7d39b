import Dispatch
import HubSpokeCore
import Synchronization

/// Runs the validator off the UI loop when validation is slow, so a keystroke never waits for
/// it: the frame shows the previous findings (marked "validating…") until fresh ones arrive.
/// Small designs are validated inline, which keeps findings exact on every frame.
final class ValidationWorker: Sendable {
    private let queue = DispatchQueue(label: "hubspoke.validation")
    private let result = Mutex<(findings: [Finding], revision: Int)?>(nil)
    private let validator: Validator

    init(validator: Validator) {
        self.validator = validator
    }

    /// Validation that takes longer than this moves off the UI loop.
    static let inlineBudget: Duration = .milliseconds(4)

    func validateInline(_ design: Design) -> ([Finding], Duration) {
        let clock = ContinuousClock()
        var findings: [Finding] = []
        let elapsed = clock.measure { findings = validator.validate(design) }
        return (findings, elapsed)
    }

    func submit(_ design: Design, revision: Int) {
        queue.async { [self] in
            let findings = validator.validate(design)
            self.result.withLock { slot in
                if slot == nil || slot!.revision < revision { slot = (findings, revision) }
            }
        }
    }

    /// The newest finished result, if any, taken out of the slot.
    func take() -> (findings: [Finding], revision: Int)? {
        result.withLock { slot in
            let value = slot
            slot = nil
            return value
        }
    }
}

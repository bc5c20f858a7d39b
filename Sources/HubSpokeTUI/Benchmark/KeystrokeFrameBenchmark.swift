import HubSpokeCore

/// Measures keystroke -> frame on a design: the key goes through the reducer (an edit: Space
/// toggles a peering flag in the peering editor, so every keystroke makes a new design), the
/// validator runs on the new design, and the screen is rendered into the cell grid. The
/// terminal backend's diff and ncurses output are not included (they depend on the terminal).
///
/// Used by the `hubspoke-bench` target on the 1,000-VNet benchmark design; the target is a
/// p99 under 5 ms in release builds.
public final class KeystrokeFrameBenchmark: @unchecked Sendable {
    public struct Timings: Sendable {
        /// Reducer + render: what the UI loop waits for when validation runs off the loop.
        public var framePath: [Duration] = []
        /// Validation of the new design alone.
        public var validation: [Duration] = []
        /// Reducer + validation + render: the keystroke-to-frame time with inline validation.
        public var total: [Duration] = []

        public static func quantile(_ samples: [Duration], _ q: Double) -> Duration {
            guard !samples.isEmpty else { return .zero }
            let sorted = samples.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded(.up)))]
        }
    }

    private var state: AppState
    private let validator: Validator
    private let clock = ContinuousClock()
    /// Cells drawn in the last frame (kept so the work cannot be optimised away).
    public private(set) var lastFrameCells = 0
    /// The key each keystroke sends.
    private var key = KeyEvent(.character(" "))

    /// Prepares the state: the peering editor open on the first spoke's peering, focused on
    /// its `useRemoteGateways` row, in a 120x40 screen.
    public init(design: Design, width: Int = 120, height: Int = 40, validator: Validator = Validator()) {
        self.validator = validator
        state = AppState(design: design, filePath: nil, width: width, height: height)
        let roles = TopologyRoles(design)
        if let spoke = design.virtualNetworks.indices.first(where: {
            !roles.isHub($0) && !design.virtualNetworks[$0].virtualNetworkPeerings.isEmpty
        }) {
            state.selectedPath = ResourceLocation.peering(spoke, 0).path(in: design)
        }
        state.focus = .inspector
        state.inspectorSelection = 3
        _ = Reducer.reduce(&state, .validated(validator.validate(design), revision: state.designRevision))
    }

    /// Prepares the state with `prepare` (open an editor, select a row) and measures `key`.
    public init(
        design: Design, key: KeyEvent, width: Int = 120, height: Int = 40, validator: Validator = Validator(),
        prepare: (inout AppState) -> Void
    ) {
        self.validator = validator
        self.key = key
        state = AppState(design: design, filePath: nil, width: width, height: height)
        prepare(&state)
        _ = Reducer.reduce(&state, .validated(validator.validate(state.design), revision: state.designRevision))
    }

    /// One keystroke to a frame; returns (frame path, validation) durations.
    @discardableResult
    public func keystroke() -> (frame: Duration, validation: Duration) {
        var frame = Duration.zero
        var validation = Duration.zero
        var findings: [Finding] = []
        frame += clock.measure { _ = Reducer.reduce(&state, .key(key)) }
        validation = clock.measure { findings = validator.validate(state.design) }
        frame += clock.measure {
            _ = Reducer.reduce(&state, .validated(findings, revision: state.designRevision))
            lastFrameCells = Screen.render(state).grid.cells.count
        }
        return (frame, validation)
    }

    /// Runs `iterations` keystrokes after `warmUp` unmeasured ones.
    public func measure(iterations: Int, warmUp: Int = 5) -> Timings {
        for _ in 0..<warmUp { keystroke() }
        var timings = Timings()
        for _ in 0..<iterations {
            let (frame, validation) = keystroke()
            timings.framePath.append(frame)
            timings.validation.append(validation)
            timings.total.append(frame + validation)
        }
        return timings
    }

    /// Start to first frame: building the state, validating, rendering.
    public static func firstFrame(design: Design, validator: Validator = Validator()) -> Duration {
        ContinuousClock().measure {
            var state = AppState(design: design, filePath: nil)
            _ = Reducer.reduce(&state, .validated(validator.validate(design), revision: state.designRevision))
            _ = Screen.render(state)
        }
    }
}

import HubSpokeCore

/// The reachability pane: the question being typed (From, To, Port, Protocol), the last
/// question asked and its answer for one design revision. The answer is recomputed only when
/// the design or the question changes, never per frame; the analyzer stays well under a
/// millisecond a query, so the reducer can afford it on every design change.
public struct ReachabilityPane: Hashable, Sendable {
    /// The form's fields, in Tab order.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case from
        case to
        case port
        case transport

        public var label: String {
            switch self {
            case .from: "From"
            case .to: "To"
            case .port: "Port"
            case .transport: "Protocol"
            }
        }

        /// From and To complete on VM names, NIC names and addresses.
        public var isEndpoint: Bool { self == .from || self == .to }
    }

    public var isOpen = false
    /// The form has the keyboard; otherwise the hop list has it.
    public var isEditing = false
    public var field: Field = .from
    public var from = LineInput()
    public var to = LineInput()
    public var port = LineInput()
    public var transport: TransportProtocol = .tcp

    /// The question last run; kept when the pane closes so it can be reopened and stays live.
    public internal(set) var query: ReachabilityQuery?
    /// The answer to `query` for the design of `outcomeRevision`.
    public internal(set) var outcome: Result<ReachabilityResult, ReachabilityError>?
    public internal(set) var outcomeRevision = -1

    public var hopSelection = 0
    public var hopScroll = 0

    /// What From and To complete on, for the design of `choicesRevision`.
    public internal(set) var choices: [ReachabilityEndpointChoice] = []
    public internal(set) var choicesRevision = -1
    /// The candidate last filled in by Up/Down in the completion list, and the text typed
    /// before cycling started (the candidates stay those of the typed text).
    public var completionIndex: Int?
    public var completionPrefix: String?

    public init() {}

    /// The input of a text field (Protocol is not one: Space cycles it).
    public func input(_ field: Field) -> LineInput? {
        switch field {
        case .from: from
        case .to: to
        case .port: port
        case .transport: nil
        }
    }

    mutating func setInput(_ input: LineInput, for field: Field) {
        switch field {
        case .from: from = input
        case .to: to = input
        case .port: port = input
        case .transport: break
        }
    }

    /// Fills the form with a question (`:reach`, or reopening after a run).
    mutating func fill(with query: ReachabilityQuery) {
        from = LineInput(query.source)
        to = LineInput(query.destination)
        port = LineInput(query.protocol.usesPorts ? String(query.port) : "")
        transport = query.protocol
    }

    /// The question the form holds, or why it cannot be asked yet.
    public func formQuery() -> Result<ReachabilityQuery, PaletteError> {
        let source = from.text.trimmingWhitespace()
        let destination = to.text.trimmingWhitespace()
        guard !source.isEmpty else { return .failure(PaletteError("From: type a VM, a NIC or an address")) }
        guard !destination.isEmpty else { return .failure(PaletteError("To: type a VM, a NIC or an address")) }
        let portText = port.text.trimmingWhitespace()
        if portText.isEmpty {
            guard !transport.usesPorts else {
                return .failure(PaletteError("Port: \(transport.rawValue) needs a destination port"))
            }
            return .success(ReachabilityQuery(source: source, destination: destination, protocol: transport, port: 0))
        }
        guard let number = Int(portText), (0...65535).contains(number) else {
            return .failure(PaletteError("Port: '\(portText)' is not a port number 0-65535"))
        }
        return .success(
            ReachabilityQuery(
                source: source, destination: destination, protocol: transport,
                port: transport.usesPorts ? number : 0))
    }

    /// Asks `query` of `design` now; the hop selection is kept when the question is the same.
    mutating func run(_ query: ReachabilityQuery, design: Design, revision: Int) {
        if query != self.query {
            hopSelection = 0
            hopScroll = 0
        }
        self.query = query
        outcomeRevision = -1
        refresh(design: design, revision: revision)
    }

    /// Recomputes what is shown when the design changed since it was made: the answer while
    /// the pane is open (live update; a closed pane catches up when it opens again), the
    /// completion choices while the form is edited. Building the analyzer's index is the
    /// costly part on a large design, so nothing is done for what is not on screen.
    mutating func refresh(design: Design, revision: Int) {
        guard isOpen else { return }
        if let query, outcomeRevision != revision {
            do {
                outcome = .success(try ReachabilityAnalyzer(design: design).analyze(query))
            } catch {
                outcome = .failure(error)
            }
            outcomeRevision = revision
            hopSelection = min(hopSelection, max(0, hopCount - 1))
        }
        if isEditing, choicesRevision != revision {
            choices = ReachabilityEndpointChoice.all(in: design)
            choicesRevision = revision
        }
    }

    /// Gives the keyboard to the form (its completion choices are brought up to date).
    mutating func edit(_ field: Field, design: Design, revision: Int) {
        isEditing = true
        self.field = field
        refresh(design: design, revision: revision)
    }

    public var result: ReachabilityResult? {
        if case .success(let result)? = outcome { return result }
        return nil
    }

    public var hopCount: Int { result?.hops.count ?? 0 }

    /// The completion candidates for the focused endpoint field: names and addresses that
    /// start with the typed text first, then those containing it (case-insensitive).
    public var candidates: [ReachabilityEndpointChoice] {
        guard isEditing, field.isEndpoint, let input = input(field) else { return [] }
        return ReachabilityEndpointChoice.matching(completionPrefix ?? input.text, in: choices)
    }
}

import ArgumentParser
import Foundation
import HubSpokeCore

/// `hubspoke reach FILE --from X --to Y --port N`: "would this connection work?" before
/// anything is deployed, explained hop by hop like Network Watcher's connection troubleshoot.
struct Reach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "Check whether a connection would work, hop by hop.",
        discussion: """
            X and Y are a VM name, a NIC name or an IP address; the source must be in a subnet of \
            the design. Dynamic NIC addresses are assumed to be the first free usable addresses of \
            their subnet in NIC order. Exit codes: 0 reachable; 1 blocked; 2 the file could not be \
            read or the command was misused; 3 the answer depends on something outside the design \
            (a firewall whose policy is not in it, a service tag not known offline).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The design file: *.hubspoke.json or *.bicep.")
    var file: String

    @Option(help: ArgumentHelp("Source: a VM name, a NIC name or an IP address in a subnet.", valueName: "X"))
    var from: String

    @Option(help: ArgumentHelp("Destination: a VM name, a NIC name or an IP address.", valueName: "Y"))
    var to: String

    @Option(help: "Destination port (required for tcp and udp; not used for icmp).")
    var port: Int?

    @Option(name: .customLong("protocol"), help: "tcp, udp or icmp.")
    var transport: TransportProtocolArgument = TransportProtocolArgument(.tcp)

    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        if port == nil && transport.value != .icmp {
            throw ValidationError(
                "Missing expected argument '--port <port>' (required for \(transport.value.rawValue)).")
        }
    }

    func run() throws {
        let design = try DesignLoader.loadOrExit(file).design
        let query = ReachabilityQuery(source: from, destination: to, protocol: transport.value, port: port ?? 0)
        let outcome = Reach.execute(design, query, format: format)
        if !outcome.error.isEmpty { FileHandle.standardError.write(Data(outcome.error.utf8)) }
        print(outcome.output, terminator: "")
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    /// The command's logic without I/O: output, error text and exit status.
    static func execute(_ design: Design, _ query: ReachabilityQuery, format: Format)
        -> (output: String, error: String, status: Int32)
    {
        let result: ReachabilityResult
        do {
            result = try ReachabilityAnalyzer(design: design).analyze(query)
        } catch {
            return ("", "hubspoke: \(error)\n", 2)
        }
        let output = format == .json ? ReachJSON.render(result) : ReachText.render(result)
        return (output, "", exitStatus(result))
    }

    static func exitStatus(_ result: ReachabilityResult) -> Int32 {
        switch result.reachable {
        case true?: return 0
        case false?: return 1
        case nil: return 3
        }
    }
}

/// `--protocol` values, case-insensitive.
struct TransportProtocolArgument: ExpressibleByArgument {
    var value: TransportProtocol

    init(_ value: TransportProtocol) { self.value = value }

    init?(argument: String) {
        guard let value = TransportProtocol(text: argument) else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { TransportProtocol.allCases.map(\.rawValue) }
}

/// `{"reachable": bool|null, "hops": [{"kind","resource","detail"}], "decidedBy": {"kind",
/// "resource","rule"}}`, exactly these keys (issue 7, contracts.md).
enum ReachJSON {
    struct Document: Encodable {
        var reachable: Bool?
        var hops: [Hop]
        var decidedBy: Decision

        enum CodingKeys: String, CodingKey {
            case reachable, hops, decidedBy
        }

        /// `reachable` is written as null when unknown, never left out.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reachable, forKey: .reachable)
            try container.encode(hops, forKey: .hops)
            try container.encode(decidedBy, forKey: .decidedBy)
        }
    }

    struct Decision: Encodable {
        var kind: String
        var resource: String
        var rule: String
    }

    static func render(_ result: ReachabilityResult) -> String {
        JSONReport.encode(
            Document(
                reachable: result.reachable, hops: result.hops,
                decidedBy: Decision(
                    kind: result.decidedBy.kind.rawValue, resource: result.decidedBy.resource,
                    rule: result.decidedBy.rule)))
    }
}

/// The verdict first, then the numbered hops, the deciding item with its reason, and notes.
enum ReachText {
    static func render(_ result: ReachabilityResult) -> String {
        var out: String
        switch result.reachable {
        case true?: out = "reachable\n"
        case false?: out = "blocked\n"
        case nil: out = "unknown: depends on something outside the design\n"
        }
        let kindWidth = result.hops.map(\.kind.rawValue.count).max() ?? 0
        for (n, hop) in result.hops.enumerated() {
            let kind = hop.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            out += "\(String(n + 1).leftPadded(to: 3)). \(kind)  \(hop.resource): \(hop.detail)\n"
        }
        let decision = result.decidedBy
        out += "decided by: \(decision.kind.rawValue) \(decision.resource)"
        out += decision.rule.isEmpty ? "\n" : " \(decision.rule)\n"
        if !decision.reason.isEmpty { out += "  \(decision.reason)\n" }
        for note in result.notes { out += "note: \(note)\n" }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

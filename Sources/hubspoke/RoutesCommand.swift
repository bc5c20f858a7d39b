import ArgumentParser
import Foundation
import HubSpokeCore

/// `hubspoke routes FILE SUBNET_PATH`: a subnet's effective route table with the source and
/// state of each route, like Network Watcher's effective routes.
struct Routes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Print the effective routes of a subnet.",
        discussion: """
            SUBNET_PATH is VNET/subnets/NAME. Each route shows its source (Default, \
            VirtualNetworkGateway, User), its state (Invalid routes are overridden or dropped) and \
            where it comes from. Exit codes: 0 printed; 2 the file could not be read, the subnet \
            does not exist or the command was misused.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The design file: *.hubspoke.json or *.bicep.")
    var file: String

    @Argument(help: ArgumentHelp("The subnet.", valueName: "subnet-path"))
    var subnet: String

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        let design = try DesignLoader.loadOrExit(file).design
        let outcome = Routes.execute(design, subnet: subnet, format: format)
        if !outcome.error.isEmpty { FileHandle.standardError.write(Data(outcome.error.utf8)) }
        print(outcome.output, terminator: "")
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    /// The command's logic without I/O: output, error text and exit status.
    static func execute(_ design: Design, subnet: String, format: Format)
        -> (output: String, error: String, status: Int32)
    {
        do {
            let table = try ReachabilityAnalyzer(design: design).effectiveRoutes(subnet: subnet)
            return (format == .json ? RoutesJSON.render(table) : RoutesText.render(table), "", 0)
        } catch {
            return ("", "hubspoke: \(error)\n", 2)
        }
    }
}

/// `{"subnet": ..., "routes": [{"source","state","addressPrefix","nextHopType",
/// "nextHopIpAddress","origin","note"}]}`; absent values are null.
enum RoutesJSON {
    struct Document: Encodable {
        var subnet: String
        var routes: [Row]
    }

    struct Row: Encodable {
        var source: String
        var state: String
        var addressPrefix: String
        var nextHopType: String?
        var nextHopIpAddress: String?
        var origin: String
        var note: String?

        enum CodingKeys: String, CodingKey {
            case source, state, addressPrefix, nextHopType, nextHopIpAddress, origin, note
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(state, forKey: .state)
            try container.encode(addressPrefix, forKey: .addressPrefix)
            try container.encode(nextHopType, forKey: .nextHopType)
            try container.encode(nextHopIpAddress, forKey: .nextHopIpAddress)
            try container.encode(origin, forKey: .origin)
            try container.encode(note, forKey: .note)
        }
    }

    static func render(_ table: EffectiveRouteTable) -> String {
        JSONReport.encode(
            Document(
                subnet: table.subnet,
                routes: table.routes.map {
                    Row(
                        source: $0.source.rawValue, state: $0.state.rawValue, addressPrefix: $0.addressPrefix,
                        nextHopType: $0.nextHopType?.rawValue, nextHopIpAddress: $0.nextHopIpAddress,
                        origin: $0.origin, note: $0.note)
                }))
    }
}

/// Columns as the portal shows them: source, state, prefix, next hop type, next hop IP, then
/// where the route comes from and why it is invalid.
enum RoutesText {
    static func render(_ table: EffectiveRouteTable) -> String {
        let header = ["Source", "State", "Address prefix", "Next hop type", "Next hop IP", "Origin"]
        let rows = table.routes.map { route -> [String] in
            var origin = route.origin
            if let note = route.note { origin += " (\(note))" }
            return [
                route.source.rawValue, route.state.rawValue, route.addressPrefix,
                route.nextHopType?.rawValue ?? "?", route.nextHopIpAddress ?? "-", origin,
            ]
        }
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }
        var out = "Effective routes of \(table.subnet)\n"
        out += line(header)
        for row in rows { out += line(row) }
        return out
    }
}

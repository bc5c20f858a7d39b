import ArgumentParser

/// The root command. With no subcommand it opens the terminal designer (`open`).
struct Hubspoke: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "hubspoke",
        abstract: "Design, validate and export Azure hub-and-spoke virtual networks.",
        discussion: """
            Exit codes: 0 nothing at or above the threshold; 1 findings at or above it (or a \
            connection that is blocked); 2 the input could not be read or the command was misused; \
            3 the answer depends on something outside the design.
            """,
        version: version,
        // Subcommands in the order `--help` shows them. Add new commands here.
        subcommands: [
            Open.self, Validate.self, Example.self, Import.self, Export.self, Diagram.self, Reach.self, Routes.self,
        ],
        defaultSubcommand: Open.self
    )
}

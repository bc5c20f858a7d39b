import ArgumentParser

/// Placeholder for the terminal designer until the TUI lands: says so instead of pretending.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a design in the terminal designer (the default command).")

    @Argument(help: "A design file (.hubspoke.json or .bicep); the built-in hub-and-spoke example if omitted.")
    var file: String?

    func run() throws {
        print("The terminal designer is not in this build yet; try `hubspoke validate FILE`.")
    }
}

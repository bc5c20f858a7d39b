/// Decides which theme to use from the command line, the environment and the built-ins, in the
/// precedence documented in Themes/README.md. Reading files is injected so tests need no disk.
public struct ThemeSelection: Sendable {
    public var environment: [String: String]
    public var readFile: @Sendable (String) -> String?

    public init(environment: [String: String], readFile: @escaping @Sendable (String) -> String?) {
        self.environment = environment
        self.readFile = readFile
    }

    /// `NO_COLOR` set and non-empty forces monochrome whatever else asks for colour.
    public var colorIsDisabled: Bool {
        if let value = environment["NO_COLOR"], !value.isEmpty { return true }
        return false
    }

    /// The theme for a request (`--theme` or `:theme`), falling back to `HUBSPOKE_THEME`, then dark.
    public func theme(requested: String?) throws -> Theme {
        if colorIsDisabled { return BuiltInThemes.monochrome }
        let name = requested ?? environment["HUBSPOKE_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "dark"
        return try load(name)
    }

    /// Loads a theme by name or path; throws a message listing the choices when it is unknown.
    public func load(_ name: String) throws -> Theme {
        if name.contains("/") || name.hasSuffix(".theme") {
            guard let text = readFile(name) else { throw ThemeLookupError(message: "cannot read theme file \(name)") }
            return try ThemeFile.parse(text, fileName: name)
        }
        for folder in (environment["HUBSPOKE_THEME_PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name).theme"
            if let text = readFile(path) { return try ThemeFile.parse(text, fileName: path) }
        }
        if let theme = BuiltInThemes.theme(named: name) { return theme }
        throw ThemeLookupError(
            message:
                "unknown theme '\(name)'; choose one of \(BuiltInThemes.names.joined(separator: ", ")) or a .theme file"
        )
    }
}

/// A theme name that matches no file and no built-in theme.
public struct ThemeLookupError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

import Testing

@testable import HubSpokeTUI

@Suite struct ThemeSelectionTests {
    let files: [String: String] = ["/t/ocean.theme": "name = ocean\nerror = blue\n"]

    func selection(_ environment: [String: String]) -> ThemeSelection {
        let files = self.files
        return ThemeSelection(environment: environment, readFile: { files[$0] })
    }

    @Test func noColorForcesMonochromeOverEverything() throws {
        let theme = try selection(["NO_COLOR": "1", "HUBSPOKE_THEME": "light"]).theme(requested: "dark")
        #expect(theme.name == "monochrome")
        #expect(try selection(["NO_COLOR": ""]).theme(requested: nil).name == "dark")
    }

    @Test func requestedBeatsEnvironmentWhichBeatsDefault() throws {
        #expect(try selection(["HUBSPOKE_THEME": "light"]).theme(requested: "high-contrast").name == "high-contrast")
        #expect(try selection(["HUBSPOKE_THEME": "light"]).theme(requested: nil).name == "light")
        #expect(try selection([:]).theme(requested: nil).name == "dark")
    }

    @Test func themePathAndFilesAreSearched() throws {
        #expect(try selection(["HUBSPOKE_THEME_PATH": "/x:/t"]).theme(requested: "ocean").name == "ocean")
        #expect(try selection([:]).theme(requested: "/t/ocean.theme").style(for: .error).foreground == .ansi(4))
    }

    @Test func unknownThemeListsTheChoices() {
        #expect {
            _ = try selection([:]).theme(requested: "neon")
        } throws: { error in
            "\(error)".contains("dark, light, high-contrast, monochrome")
        }
    }

    @Test(arguments: [
        (TerminalColor.indexed(196), 16, TerminalColor.ansi(9)),
        (TerminalColor.indexed(236), 16, TerminalColor.ansi(0)),
        (TerminalColor.indexed(250), 16, TerminalColor.ansi(7)),
        (TerminalColor.indexed(21), 16, TerminalColor.ansi(4)),
        (TerminalColor.ansi(9), 8, TerminalColor.ansi(1)),
        (TerminalColor.indexed(196), 8, TerminalColor.ansi(1)),
        (TerminalColor.indexed(196), 256, TerminalColor.indexed(196)),
        (TerminalColor.terminalDefault, 8, TerminalColor.terminalDefault),
    ])
    func sixteenColourFallback(color: TerminalColor, colors: Int, expected: TerminalColor) {
        #expect(color.fitted(toColorCount: colors) == expected)
    }

    @Test func themeFittedToNoColoursKeepsAttributesOnly() {
        let fitted = BuiltInThemes.dark.fitted(toColorCount: 0)
        #expect(fitted.isMonochrome)
        #expect(fitted.style(for: .error).style.contains(.bold))
        let sixteen = BuiltInThemes.dark.fitted(toColorCount: 16)
        for style in sixteen.styles.values {
            if case .indexed = style.foreground { Issue.record("256-colour foreground left in a 16-colour theme") }
            if case .indexed = style.background { Issue.record("256-colour background left in a 16-colour theme") }
        }
    }
}

import Foundation
import Testing

@testable import HubSpokeTUI

@Suite struct ThemeFileTests {
    @Test func parsesColoursBackgroundsAndAttributes() throws {
        let theme = try ThemeFile.parse(
            """
            # a comment
            name = mine
            error = bright-red bold   # trailing comment
            selection = black on cyan
            prefix = color109 on 236 underline dim
            muted = reverse
            """, fileName: "mine.theme")
        #expect(theme.name == "mine")
        #expect(theme.style(for: .error) == RoleStyle(foreground: .ansi(9), style: .bold))
        #expect(theme.style(for: .selection) == RoleStyle(foreground: .ansi(0), background: .ansi(6)))
        #expect(
            theme.style(for: .prefix)
                == RoleStyle(foreground: .indexed(109), background: .indexed(236), style: [.underline, .dim]))
        #expect(theme.style(for: .muted) == RoleStyle(style: .reverse))
        #expect(theme.style(for: .hub) == theme.style(for: .normal))
    }

    @Test(arguments: [
        ("error = bleu", 1, "unknown colour 'bleu'"),
        ("\nnosuchrole = red", 2, "unknown role 'nosuchrole'"),
        ("error = red\nerror = blue", 2, "set twice"),
        ("error = red on", 1, "'on' must be followed"),
        ("just words", 1, "expected 'ROLE = COLOUR"),
        ("error = red blue", 1, "unexpected 'blue'"),
        ("error = color256", 1, "unknown colour 'color256'"),
    ])
    func errorsNameTheLine(text: String, line: Int, message: String) {
        #expect {
            _ = try ThemeFile.parse(text, fileName: "bad.theme")
        } throws: { error in
            guard let error = error as? ThemeParseError else { return false }
            return error.line == line && error.description.hasPrefix("bad.theme:\(line): ")
                && error.message.contains(message)
        }
    }

    @Test(arguments: BuiltInThemes.names)
    func builtInThemesMatchTheThemesFolderAndCoverEveryRole(name: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")
        let onDisk = try String(contentsOf: folder.appendingPathComponent("\(name).theme"), encoding: .utf8)
        #expect(BuiltInThemes.source(named: name)! == onDisk)
        let theme = try ThemeFile.parse(onDisk, fileName: "\(name).theme")
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(ColorRole.allCases))
    }

    @Test func renderRoundTrips() throws {
        for name in BuiltInThemes.names {
            let theme = BuiltInThemes.theme(named: name)!
            #expect(try ThemeFile.parse(ThemeFile.render(theme), fileName: "x") == theme)
        }
    }

    @Test func monochromeUsesNoColourAndDarkDoes() {
        #expect(BuiltInThemes.monochrome.isMonochrome)
        #expect(!BuiltInThemes.dark.isMonochrome)
    }
}

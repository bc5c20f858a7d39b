import Testing

@testable import HubSpokeTUI

@Suite struct KeyEventTests {
    @Test(arguments: [
        (KeyEvent.ctrl("s"), "Ctrl-S"), (KeyEvent(.backTab), "Shift-Tab"), (KeyEvent.char(" "), "Space"),
        (KeyEvent(.function(1)), "F1"), (KeyEvent.char("q"), "q"), (KeyEvent(.enter), "Enter"),
    ])
    func namesUsedInKeyHints(event: KeyEvent, name: String) {
        #expect(event.description == name)
    }
}

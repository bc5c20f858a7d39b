import CNCurses
import HubSpokeTUI

/// Turns what `get_wch` returned into an ``InputEvent``. In raw mode with `nonl`, Enter is 13,
/// Tab 9, Esc 27 (after `ESCDELAY`), Ctrl-letter 1...26 and Backspace 127 or 8; function keys
/// come as `KEY_*` codes with status `KEY_CODE_YES`.
enum KeyDecoder {
    static func decodeCharacter(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 13, 10: return KeyEvent(.enter)
        case 9: return KeyEvent(.tab)
        case 27: return KeyEvent(.escape)
        case 127, 8: return KeyEvent(.backspace)
        case 0: return KeyEvent(.character(" "), .control)
        case 1...26:
            let letter = Character(Unicode.Scalar(value + 96)!)
            return KeyEvent(.character(letter), .control)
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return KeyEvent(.character(Character(scalar)))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return KeyEvent(.up)
        case KEY_DOWN: return KeyEvent(.down)
        case KEY_LEFT: return KeyEvent(.left)
        case KEY_RIGHT: return KeyEvent(.right)
        case KEY_SR: return KeyEvent(.up, .shift)
        case KEY_SF: return KeyEvent(.down, .shift)
        case KEY_HOME: return KeyEvent(.home)
        case KEY_END: return KeyEvent(.end)
        case KEY_NPAGE: return KeyEvent(.pageDown)
        case KEY_PPAGE: return KeyEvent(.pageUp)
        case KEY_ENTER: return KeyEvent(.enter)
        case KEY_BTAB: return KeyEvent(.backTab)
        case KEY_BACKSPACE: return KeyEvent(.backspace)
        case KEY_DC: return KeyEvent(.delete)
        case KEY_IC: return KeyEvent(.insert)
        case cnc_key_f(1)...cnc_key_f(24): return KeyEvent(.function(Int(code - cnc_key_f(0))))
        default: return nil
        }
    }

    static func decodeMouse(_ event: MEVENT) -> MouseEvent? {
        let state = event.bstate
        let x = Int(event.x)
        let y = Int(event.y)
        if state & cnc_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if state & cnc_button5_pressed() != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if state & cnc_button1_pressed() != 0 { return MouseEvent(.press(button: 1), x: x, y: y) }
        if state & cnc_button2_pressed() != 0 { return MouseEvent(.press(button: 2), x: x, y: y) }
        if state & cnc_button3_pressed() != 0 { return MouseEvent(.press(button: 3), x: x, y: y) }
        if state & cnc_button1_clicked() != 0 { return MouseEvent(.press(button: 1), x: x, y: y) }
        if state & cnc_button1_released() != 0 { return MouseEvent(.release, x: x, y: y) }
        return nil
    }
}

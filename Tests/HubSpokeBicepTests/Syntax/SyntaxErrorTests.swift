import HubSpokeBicep
import Testing

@Suite("Syntax errors")
struct SyntaxErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(
            text: "var a = [\n  1\n  2\n", line: 3, column: 4,
            message: "expected ']' to close the array opened at 1:9, found end of file"),
        Case(
            text: "var a = {\n  b 1\n}", line: 2, column: 5,
            message: "expected ':' after the property name, found '1'"),
        Case(
            text: "var a = 'abc\nvar b = 1", line: 1, column: 13,
            message: "expected \"'\" to close the string opened at 1:9, found new line"),
        Case(text: "var a = #", line: 1, column: 9, message: "unexpected character '#'"),
        Case(
            text: "var a = 'x\\qy'", line: 1, column: 11,
            message: "expected one of the escapes \\\\ \\' \\n \\r \\t \\$ \\u{...}, found '\\q'"),
        Case(
            text: "param a string var b = 1", line: 1, column: 16,
            message: "expected a new line after the declaration, found 'var'"),
        Case(
            text: "foo bar", line: 1, column: 1,
            message: "expected a declaration (param, var, resource, module, output, type, func, import...), found 'foo'"
        ),
        Case(
            text: "var a = [1 2]", line: 1, column: 12,
            message: "expected ']' to close the array opened at 1:9, found '2'"),
        Case(
            text: "var a = f(1, 2", line: 1, column: 15,
            message: "expected ')' to close the argument list opened at 1:10, found end of file"),
        Case(
            text: "resource r 'T@1' = {\n  name: 'x'\n  properties: {\n    a: 1\n}\n", line: 5, column: 2,
            message: "expected '}' to close the object opened at 1:20, found end of file"),
        Case(text: "var a = 1 +", line: 1, column: 12, message: "expected an expression, found end of file"),
        Case(
            text: "var a = '${b'", line: 1, column: 14,
            message: "expected \"'\" to close the string opened at 1:13, found end of file"),
        Case(
            text: "var a = 99999999999999999999", line: 1, column: 9,
            message: "integer literal 99999999999999999999 is too large"),
        Case(
            text: "resource r 'T@1' = {\n  name: 'x'\n} extra", line: 3, column: 3,
            message: "expected a new line after the declaration, found 'extra'"),
        Case(text: "var é = 1", line: 1, column: 5, message: "unexpected character 'é'"),
        Case(
            text: "var a = /* open", line: 1, column: 16,
            message: "expected '*/' to close the comment opened at 1:9, found end of file"),
    ]

    @Test(arguments: cases)
    func positionedError(_ testCase: Case) {
        #expect {
            _ = try BicepDocument.parse(testCase.text, file: "main.bicep")
        } throws: { error in
            guard let error = error as? BicepSyntaxError else { return false }
            #expect(error.message == testCase.message)
            #expect(error.line == testCase.line)
            #expect(error.column == testCase.column)
            #expect(error.description == "main.bicep:\(testCase.line):\(testCase.column): \(testCase.message)")
            return true
        }
    }

    @Test func checkerSyntaxFixturesFailAtTheExpectedLines() throws {
        for (name, line) in [("bad-syntax.bicep", 53), ("bad-syntax-unclosed.bicep", 247)] {
            #expect(throws: BicepSyntaxError.self) { _ = try FixtureFiles.document(name) }
            do {
                _ = try FixtureFiles.document(name)
            } catch let error as BicepSyntaxError {
                #expect(error.line == line, "\(error)")
                #expect(error.file == FixtureFiles.path(name))
            }
        }
    }

    @Test func deepNestingThrowsInsteadOfOverflowingTheStack() {
        for opener in ["[", "{a:", "(", "-", "!", "f(", "'${"] {
            let text = "var a = " + String(repeating: opener, count: 20_000)
            #expect(throws: BicepSyntaxError.self) { _ = try BicepDocument.parse(text, file: "deep.bicep") }
        }
        let deepType = "type t = " + String(repeating: "{a:", count: 20_000)
        #expect(throws: BicepSyntaxError.self) { _ = try BicepDocument.parse(deepType, file: "deep.bicep") }
    }
}

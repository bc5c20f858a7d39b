import HubSpokeBicep
import Testing

@Suite("Built-in functions")
struct FunctionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var expression: String
        var expected: BicepValue
        var testDescription: String { expression }
        init(_ expression: String, _ expected: BicepValue) {
            self.expression = expression
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("concat('a', 'b', 1)", .string("ab1")),
        Case("concat([1], [2, 3])", .array([.int(1), .int(2), .int(3)])),
        Case("format('{0}-{1}-{{x}}', 'a', 2)", .string("a-2-{x}")),
        Case("'${1}${true}${'x'}'", .string("1Truex")),
        Case("toLower('AbC')", .string("abc")),
        Case("toUpper('AbC')", .string("ABC")),
        Case("string(42)", .string("42")),
        Case("string([1, 'a'])", .string("[1,\"a\"]")),
        Case("int('17')", .int(17)),
        Case("bool('True')", .bool(true)),
        Case("length('abcd')", .int(4)),
        Case("length([1, 2])", .int(2)),
        Case("length({ a: 1 })", .int(1)),
        Case("empty('')", .bool(true)),
        Case("empty([1])", .bool(false)),
        Case("empty({})", .bool(true)),
        Case("empty(null)", .bool(true)),
        Case("contains('hello', 'ell')", .bool(true)),
        Case("contains([1, 2], 3)", .bool(false)),
        Case("contains({ a: 1 }, 'A')", .bool(true)),
        Case(
            "union({ a: 1, n: { x: 1 } }, { b: 2, n: { y: 2 } })",
            .object(
                BicepObject(["a": .int(1), "n": .object(BicepObject(["x": .int(1), "y": .int(2)])), "b": .int(2)]))),
        Case("union([1, 2], [2, 3])", .array([.int(1), .int(2), .int(3)])),
        Case("first([7, 8])", .int(7)),
        Case("last('xyz')", .string("z")),
        Case("split('a/b//c', '/')", .array([.string("a"), .string("b"), .string(""), .string("c")])),
        Case("join(['a', 'b'], ',')", .string("a,b")),
        Case("replace('a-b-c', '-', '+')", .string("a+b+c")),
        Case("substring('hello', 1, 3)", .string("ell")),
        Case("substring('hello', 2)", .string("llo")),
        Case("startsWith('Hello', 'he')", .bool(true)),
        Case("endsWith('Hello', 'LO')", .bool(true)),
        Case("indexOf('abcabc', 'C')", .int(2)),
        Case("lastIndexOf('abcabc', 'c')", .int(5)),
        Case("range(2, 3)", .array([.int(2), .int(3), .int(4)])),
        Case("map([1, 2], x => x * 10)", .array([.int(10), .int(20)])),
        Case("map(['a', 'b'], (x, i) => '${i}${x}')", .array([.string("0a"), .string("1b")])),
        Case("filter([1, 2, 3, 4], x => x % 2 == 0)", .array([.int(2), .int(4)])),
        Case("reduce([1, 2, 3], 0, (acc, x) => acc + x)", .int(6)),
        Case("sort([3, 1, 2], (a, b) => a < b)", .array([.int(1), .int(2), .int(3)])),
        Case("toObject(['a', 'b'], x => x)", .object(BicepObject(["a": .string("a"), "b": .string("b")]))),
        Case(
            "items({ b: 2, a: 1 })",
            .array([
                .object(BicepObject(["key": .string("a"), "value": .int(1)])),
                .object(BicepObject(["key": .string("b"), "value": .int(2)])),
            ])),
        Case("array('x')", .array([.string("x")])),
        Case("createArray(1, 'a')", .array([.int(1), .string("a")])),
        Case("createObject('a', 1, 'b', 'x')", .object(BicepObject(["a": .int(1), "b": .string("x")]))),
        Case("take([1, 2, 3], 2)", .array([.int(1), .int(2)])),
        Case("skip('abcd', 3)", .string("d")),
        Case("min(3, 1, 2)", .int(1)),
        Case("max([4, 9, 2])", .int(9)),
        Case("coalesce(null, null, 'z')", .string("z")),
        Case("null ?? 'fallback'", .string("fallback")),
        Case("'set' ?? 'fallback'", .string("set")),
        Case("true ? 'y' : 'n'", .string("y")),
        Case("1 + 2 * 3 - 8 / 4 % 3", .int(5)),
        Case("-(2 - 5)", .int(3)),
        Case("'a' == 'a' && 'A' =~ 'a' && 'a' != 'b' && !('a' !~ 'A')", .bool(true)),
        Case("2 < 3 && 3 <= 3 && 4 > 3 && 'b' >= 'a'", .bool(true)),
        Case("{ a: { b: [1, 2] } }.a.b[1]", .int(2)),
        Case("{ a: 1 }.?missing", .null),
        Case("[1][?5]", .null),
        Case("{ a: 1 }['a']", .int(1)),
        Case("{\n  ...{ a: 1, b: 2 }\n  b: 3\n}", .object(BicepObject(["a": .int(1), "b": .int(3)]))),
        Case("[0, ...[1, 2], 3]", .array([.int(0), .int(1), .int(2), .int(3)])),
        Case("sys.toLower('X')", .string("x")),
        Case("flatten([[1], [2, 3]])", .array([.int(1), .int(2), .int(3)])),
        Case("objectKeys({ x: 1, y: 2 })", .array([.string("x"), .string("y")])),
        Case("tryGet({ a: { b: 1 } }, 'a', 'b')", .int(1)),
        Case("[for x in [1, 2, 3]: if (x > 1) x * 2]", .array([.int(4), .int(6)])),
        Case("[for (x, i) in ['a', 'b']: '${x}${i}']", .array([.string("a0"), .string("b1")])),
        Case("'''\nraw ${x}'''", .string("raw ${x}")),
    ]

    @Test(arguments: cases)
    func evaluates(_ testCase: Case) throws {
        #expect(try evaluateExpression(testCase.expression) == testCase.expected)
    }

    @Test(arguments: [
        "uniqueString(resourceGroup().id)", "guid('a')", "newGuid()", "utcNow()", "reference('x')",
        "listKeys('x', '2020-01-01')", "environment().name", "deployment().name", "subscription().tenantId",
        "'${resourceGroup().location}-x'", "readEnvironmentVariable('X')",
    ])
    func unknowableValuesStayUnknownWithTheirSource(_ expression: String) throws {
        #expect(try evaluateExpression(expression).isUnknown)
    }

    @Test func unknownPropagatesButShortCircuitsDecide() throws {
        let prelude = "param secret string"
        #expect(try evaluateExpression("length(secret)", prelude: prelude) == .unknown("length(secret)"))
        #expect(try evaluateExpression("false && secret == 'x'", prelude: prelude) == .bool(false))
        #expect(try evaluateExpression("true || secret == 'x'", prelude: prelude) == .bool(true))
        #expect(try evaluateExpression("secret == 'x' ? 1 : 2", prelude: prelude).isUnknown)
        #expect(try evaluateExpression("length([secret, 'b'])", prelude: prelude) == .int(2))
    }

    @Test func deploymentContext() throws {
        #expect(try evaluateExpression("resourceGroup().location") == .deploymentLocation)
        #expect(try evaluateExpression("az.resourceGroup().location") == .deploymentLocation)
        #expect(try evaluateExpression("resourceGroup('other').name") == .string("other"))
        #expect(try evaluateExpression("subscription().subscriptionId").isUnknown)
    }

    @Test func runtimeErrorsBecomeNotes() throws {
        let template = try evaluateBicep(
            "var a = 1 / 0\nvar b = cidrSubnet('10.0.0.0/24', 16, 0)\nvar c = [1][3]\nvar d = notAFunction(1)\n")
        #expect(template.variables.allSatisfy { $0.value.isUnknown })
        #expect(
            template.notes.map(\.kind) == [.evaluationError, .evaluationError, .evaluationError, .unsupportedFunction])
        #expect(template.notes[1].location.line == 2)
    }

    @Test func variablesInAnyOrderAndCyclesNoted() throws {
        let template = try evaluateBicep("var c = b + 1\nvar b = a * 2\nparam a int = 5\nvar x = y\nvar y = x\n")
        #expect(template.variable(named: "c")?.value == .int(11))
        #expect(template.variable(named: "x")?.value.isUnknown == true)
        #expect(template.notes.contains { $0.kind == .referenceCycle })
    }

    @Test func userDefinedFunctions() throws {
        let value = try evaluateExpression(
            "subnetName('app', 2)", prelude: "func subnetName(role string, n int) string => 'snet-${role}-${n}'")
        #expect(value == .string("snet-app-2"))
    }
}

import HubSpokeBicep
import Testing

/// Parses `text` and returns the value expression of `var v = ...` (the first declaration).
private func expression(_ text: String) throws -> BicepExpression {
    let document = try BicepDocument.parse("var v = " + text, file: "t.bicep")
    guard case .variable(let variable)? = document.declarations.first else {
        Issue.record("not a variable")
        return BicepExpression(
            .null,
            range: SourceRange(start: .init(line: 1, column: 1, offset: 0), end: .init(line: 1, column: 1, offset: 0)))
    }
    return variable.value
}

private func parse(_ text: String) throws -> BicepDocument { try BicepDocument.parse(text, file: "t.bicep") }

@Suite("Parser")
struct ParserTests {
    @Test func commentsAreSkippedAndKept() throws {
        let document = try parse(
            """
            // line comment
            /* block
               comment */ param a string // trailing
            // hubspoke:suppress NSG-001 reviewed
            resource r 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
              name: 'n' /* inline */
            }
            """)
        #expect(document.comments.count == 5)
        #expect(document.parameters.map(\.name) == ["a"])
        let resource = try #require(document.resources.first)
        #expect(document.leadingComments(of: resource.range).map(\.text) == [" hubspoke:suppress NSG-001 reviewed"])
    }

    @Test func decorators() throws {
        let document = try parse(
            """
            @secure()
            @description('The admin password')
            @allowed([
              'a'
              'b'
            ])
            @sys.description('x')
            @minLength(3)
            param p string
            @batchSize(1)
            resource r 'Microsoft.Network/virtualNetworks@2024-05-01' = [for i in range(0, 2): {
              name: 'v${i}'
            }]
            @export()
            type t = string
            """)
        let parameter = try #require(document.parameters.first)
        #expect(parameter.isSecure)
        #expect(parameter.decorators.map(\.name) == ["secure", "description", "allowed", "description", "minLength"])
        #expect(parameter.decorators[3].namespace == "sys")
        #expect(parameter.type?.simpleName == "string")
        #expect(parameter.defaultValue == nil)
        #expect(document.resources[0].decorators.first?.name == "batchSize")
        #expect(document.types[0].decorators.first?.name == "export")
    }

    @Test func everyDeclarationKind() throws {
        let document = try parse(
            """
            targetScope = 'subscription'
            metadata author = 'team'
            extension microsoftGraphV1
            extension 'br:mcr.microsoft.com/bicep/extensions/microsoftgraph/v1.0:0.1.8-preview' as graph
            import {a, b as c} from './x.bicep'
            import * as ns from './y.bicep'
            param p int = 3
            var x string = 'typed'
            var y = p + 1
            resource r 'Microsoft.Resources/resourceGroups@2024-03-01' = {
              name: 'rg'
              location: 'westeurope'
            }
            module m './mod.bicep' = {
              name: 'm'
              scope: r
            }
            output o string = x
            output res resource 'Microsoft.Resources/resourceGroups@2024-03-01' = r
            type t = {
              a: string
            }
            func double(n int) int => n * 2
            """)
        #expect(document.declarations.count == 15)
        #expect(document.targetScope == "subscription")
        #expect(document.imports.count == 2)
        guard case .symbols(let symbols) = document.imports[0].kind else {
            Issue.record("expected symbols")
            return
        }
        #expect(symbols.map(\.localName) == ["a", "c"])
        guard case .wildcard(let alias) = document.imports[1].kind else {
            Issue.record("expected wildcard")
            return
        }
        #expect(alias == "ns")
        #expect(document.variables[0].type?.simpleName == "string")
        #expect(document.modules[0].path == "./mod.bicep")
        #expect(document.functions[0].parameters.map(\.name) == ["n"])
        guard case .resource(let type) = document.outputs[1].type.kind else {
            Issue.record("expected resource output type")
            return
        }
        #expect(type == "Microsoft.Resources/resourceGroups@2024-03-01")
    }

    @Test func bicepparamFile() throws {
        let document = try parse(
            """
            using './main.bicep'

            param location = 'westeurope'
            param prefixes = [
              '10.0.0.0/16'
            ]
            var suffix = 'x'
            param name = 'vnet-${suffix}'
            """)
        #expect(document.usingPath == "./main.bicep")
        #expect(document.parameters.map(\.name) == ["location", "prefixes", "name"])
        #expect(document.parameters.allSatisfy { $0.type == nil && $0.defaultValue != nil })
    }

    @Test func stringsEscapesAndInterpolation() throws {
        let value = try expression(#"'a\\b\'c\n\r\t\$\u{1F600}${x}-${y.z}!'"#)
        guard case .string(let segments, let interpolations) = value.kind else {
            Issue.record("not a string")
            return
        }
        #expect(segments == ["a\\b'c\n\r\t$\u{1F600}", "-", "!"])
        #expect(interpolations.count == 2)
        let nested = try expression("'${'inner${1}'}'")
        guard case .string(_, let inner) = nested.kind, case .string(let innerSegments, _) = inner.first?.kind else {
            Issue.record("not nested")
            return
        }
        #expect(innerSegments == ["inner", ""])
        let objectInside = try expression("'${{ a: 1 }.a}'")
        guard case .string(_, let objectInterpolation) = objectInside.kind else {
            Issue.record("not a string")
            return
        }
        guard case .propertyAccess = objectInterpolation.first?.kind else {
            Issue.record("expected property access inside interpolation")
            return
        }
    }

    @Test func multilineStrings() throws {
        let value = try expression("'''\nline 1\n  ${not interpolated}\n'''")
        #expect(value.kind == .multilineString("line 1\n  ${not interpolated}\n"))
        #expect(try expression("'''one line'''").kind == .multilineString("one line"))
    }

    @Test func literals() throws {
        #expect(try expression("42").kind == .integer(42))
        #expect(try expression("true").kind == .boolean(true))
        #expect(try expression("false").kind == .boolean(false))
        #expect(try expression("null").kind == .null)
        guard case .unary(.minus, let operand) = try expression("-5").kind else {
            Issue.record("expected unary minus")
            return
        }
        #expect(operand.kind == .integer(5))
    }

    @Test(arguments: [
        "{\n  a: 1\n  b: 2\n}", "{ a: 1, b: 2 }", "{\n  a: 1,\n  b: 2,\n}", "{ a: 1\n b: 2 }",
        "{\n  'a': 1\n  b: 2\n}",
    ])
    func objectsWithNewlinesOrCommas(_ text: String) throws {
        guard case .object(let items) = try expression(text).kind else {
            Issue.record("not an object")
            return
        }
        #expect(items.count == 2)
    }

    @Test(arguments: ["[\n  1\n  2\n  3\n]", "[1, 2, 3]", "[\n  1,\n  2\n  3,\n]"])
    func arraysWithNewlinesOrCommas(_ text: String) throws {
        guard case .array(let items) = try expression(text).kind else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == 3)
    }

    @Test func newlineSeparatesArrayItemsEvenBeforeMinus() throws {
        guard case .array(let items) = try expression("[\n  1\n  -1\n]").kind else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == 2)
    }

    @Test func accessors() throws {
        guard case .propertyAccess(let base, "id", false) = try expression("vnet.properties.subnets[0].id").kind,
            case .indexAccess(_, let index, false) = base.kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(index.kind == .integer(0))
        guard case .propertyAccess(_, "b", true) = try expression("a.?b").kind else {
            Issue.record("safe property access")
            return
        }
        guard case .indexAccess(_, _, true) = try expression("a[?0]").kind else {
            Issue.record("safe index access")
            return
        }
        guard case .propertyAccess(let asserted, "c", false) = try expression("a.b!.c").kind,
            case .nonNullAssertion = asserted.kind
        else {
            Issue.record("non-null assertion")
            return
        }
        guard case .propertyAccess(let nested, "id", _) = try expression("vnet::subnet.id").kind,
            case .resourceAccess(_, "subnet") = nested.kind
        else {
            Issue.record("nested resource access")
            return
        }
    }

    @Test func operatorPrecedence() throws {
        // 1 + 2 * 3 == 7 && !false || x ?? y
        let value = try expression("1 + 2 * 3 == 7 && !false || x ?? y")
        guard case .binary(.coalesce, let left, _) = value.kind,
            case .binary(.or, let and, _) = left.kind,
            case .binary(.and, let equality, let not) = and.kind,
            case .binary(.equals, let sum, _) = equality.kind,
            case .binary(.add, _, let product) = sum.kind,
            case .binary(.multiply, _, _) = product.kind,
            case .unary(.not, _) = not.kind
        else {
            Issue.record("wrong precedence: \(value)")
            return
        }
        guard case .binary(.less, _, _) = try expression("a - 1 < b % 2").kind else {
            Issue.record("comparison binds looser than arithmetic")
            return
        }
        guard case .binary(.notEqualsInsensitive, _, _) = try expression("'a' !~ 'A'").kind,
            case .binary(.equalsInsensitive, _, _) = try expression("'a' =~ 'A'").kind,
            case .binary(.greaterOrEqual, _, _) = try expression("a >= b").kind
        else {
            Issue.record("comparison operators")
            return
        }
    }

    @Test func ternaryIsRightAssociativeAndMayContinueOnNextLine() throws {
        guard case .ternary(_, _, let otherwise) = try expression("a ? 1 : b ? 2 : 3").kind,
            case .ternary = otherwise.kind
        else {
            Issue.record("nested ternary")
            return
        }
        guard case .ternary = try expression("a\n  ? 1\n  : 2").kind else {
            Issue.record("multi-line ternary")
            return
        }
    }

    @Test func functionCallsAndLambdas() throws {
        guard case .call(let call) = try expression("sys.concat('a', 'b')").kind else {
            Issue.record("namespaced call")
            return
        }
        #expect(call.namespace == "sys")
        #expect(call.name == "concat")
        #expect(call.arguments.count == 2)
        guard case .call(let az) = try expression("az.resourceGroup().location").kind.accessBase else {
            Issue.record("az call")
            return
        }
        #expect(az.namespace == "az")
        guard case .call(let map) = try expression("map(xs, x => x.name)").kind,
            case .lambda(["x"], _) = map.arguments[1].kind
        else {
            Issue.record("single-parameter lambda")
            return
        }
        guard case .call(let filter) = try expression("filter(xs, (x, i) => i > 0)").kind,
            case .lambda(["x", "i"], _) = filter.arguments[1].kind
        else {
            Issue.record("two-parameter lambda")
            return
        }
        guard case .call(let multiline) = try expression("concat(\n  'a'\n  , 'b'\n)").kind else {
            Issue.record("multi-line call")
            return
        }
        #expect(multiline.arguments.count == 2)
        guard case .parenthesized = try expression("(1 + 2)").kind else {
            Issue.record("parenthesized expression")
            return
        }
    }

    @Test func resourcesExistingNestedParentConditionsAndLoops() throws {
        let document = try parse(
            """
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
              name: 'hub'
              scope: resourceGroup('sub', 'rg')
              resource gw 'subnets' existing = {
                name: 'GatewaySubnet'
              }
            }
            resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = if (deploy) {
              name: 'v'
              resource child 'subnets' = {
                name: 's'
              }
              @description('nested')
              resource child2 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
                name: 's2'
              }
            }
            resource peer 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: vnet
              name: 'p'
              dependsOn: [
                hub
              ]
            }
            resource many 'Microsoft.Network/virtualNetworks@2024-05-01' = [for (x, i) in xs: if (x.enabled) {
              name: x.name
            }]
            """)
        #expect(document.resources.count == 4)
        #expect(document.resources[0].isExisting)
        #expect(document.resources[0].resourceType == "Microsoft.Network/virtualNetworks")
        #expect(document.resources[0].apiVersion == "2024-05-01")
        guard case .object(let items) = document.resources[1].bodyObject.kind else {
            Issue.record("object body")
            return
        }
        let nested = items.compactMap { item -> BicepResourceDeclaration? in
            if case .resource(let r) = item { return r }
            return nil
        }
        #expect(nested.map(\.name) == ["child", "child2"])
        #expect(nested[1].decorators.first?.name == "description")
        guard case .conditional = document.resources[1].body.kind else {
            Issue.record("condition")
            return
        }
        guard case .forLoop(let loop) = document.resources[3].body.kind, case .conditional = loop.body.kind else {
            Issue.record("loop with filter")
            return
        }
        #expect(loop.itemName == "x")
        #expect(loop.indexName == "i")
        #expect(document.resources[2].bodyObject.property(named: "parent") != nil)
    }

    @Test func loopForms() throws {
        for text in [
            "[for x in xs: x]", "[for (x, i) in xs: i]", "[for i in range(0, 3): i]", "[for x in xs: if (x > 1) x]",
        ] {
            guard case .forLoop = try expression(text).kind else {
                Issue.record("not a loop: \(text)")
                continue
            }
        }
    }

    @Test func userDefinedTypes() throws {
        let document = try parse(
            """
            @export()
            type subnet = {
              @description('Name')
              name: string
              prefix: string?
              'quoted-key': int
              nsg: resourceInput<'Microsoft.Network/networkSecurityGroups@2024-05-01'>.properties?
              kind: 'a' | 'b' | 'c'
              tags: {
                *: string
              }
            }
            type names = string[]
            type pair = [string, int]
            type out = resourceOutput<'Microsoft.Network/virtualNetworks@2024-05-01'>
            type multi =
              | 'x'
              | 'y'
            type element = names[*]
            param subnets subnet[] = []
            param mode ('on' | 'off')? = null
            param count -1 | 1 = 1
            """)
        #expect(document.types.count == 6)
        guard case .object(let properties, nil) = document.types[0].type.kind else {
            Issue.record("object type")
            return
        }
        #expect(properties.map(\.name) == ["name", "prefix", "quoted-key", "nsg", "kind", "tags"])
        #expect(properties[0].decorators.first?.name == "description")
        guard case .nullable(let nsgType) = properties[3].type.kind,
            case .member(let generic, "properties") = nsgType.kind,
            case .generic("resourceInput", _) = generic.kind
        else {
            Issue.record("resourceInput type")
            return
        }
        guard case .union(let members) = properties[4].type.kind else {
            Issue.record("union type")
            return
        }
        #expect(members.count == 3)
        guard case .array = document.types[1].type.kind, case .tuple = document.types[2].type.kind,
            case .generic("resourceOutput", _) = document.types[3].type.kind,
            case .union = document.types[4].type.kind
        else {
            Issue.record("array, tuple, resourceOutput or multi-line union type")
            return
        }
    }

    @Test func spreadInObjectsAndArrays() throws {
        guard case .object(let items) = try expression("{\n  ...base\n  extra: 1\n}").kind,
            case .spread = items.first
        else {
            Issue.record("object spread")
            return
        }
        guard case .array(let elements) = try expression("[...a, 1]").kind, case .spread = elements.first?.kind else {
            Issue.record("array spread")
            return
        }
    }

    @Test func positionsOnNodes() throws {
        let document = try parse("param a string\n\nresource r 'A.B/c@1' = {\n  name: 'é${a}'\n  location: a\n}\n")
        let resource = try #require(document.resources.first)
        #expect(resource.range.start == SourcePosition(line: 3, column: 1, offset: 16))
        #expect(resource.nameRange.start.column == 10)
        let location = try #require(resource.bodyObject.property(named: "location"))
        #expect(location.keyRange.start.line == 5)
        #expect(location.value.range.start.column == 13)
        let name = try #require(resource.bodyObject.property(named: "name"))
        // Column counts characters, not bytes: `é` is two bytes.
        guard case .string(_, let interpolations) = name.value.kind else {
            Issue.record("string")
            return
        }
        #expect(interpolations.first?.range.start.column == 13)
        #expect(document.sourceText(resource.range).hasPrefix("resource r 'A.B/c@1'"))
        #expect(document.sourceText(resource.range).hasSuffix("}"))
    }

    @Test func crlfLineEndingsAndByteOrderMark() throws {
        let document = try parse("\u{FEFF}param a string\r\nvar b = {\r\n  x: a\r\n}\r\n")
        #expect(document.variables.first?.range.start.line == 2)
        #expect(document.parameters.first?.range.start.column == 1)
    }
}

extension BicepExpression.Kind {
    /// The innermost base of a property access chain.
    fileprivate var accessBase: BicepExpression.Kind {
        if case .propertyAccess(let base, _, _) = self { return base.kind.accessBase }
        return self
    }
}

/// Recursive-descent parser from tokens to declarations.
///
/// Newline rules follow Bicep: a declaration ends at a newline; object properties and array
/// items are separated by newlines or commas; inside parentheses newlines are insignificant.
/// A binary operator (other than `-`) or `?`/`:` of a ternary may start a continuation line,
/// since such a line cannot start an item of its own.
struct BicepParser {
    private let tokens: [BicepToken]
    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var depth = 0
    /// Names and string literals, shared across the tree (see `BicepTextTable`).
    private var texts: BicepTextTable
    /// Items of the arrays and objects being parsed (see `BicepPendingItems`).
    private let pendingExpressions = BicepPendingItems<BicepExpression>()
    private let pendingItems = BicepPendingItems<BicepObjectItem>()
    /// Deep enough for any real file; deeper input throws instead of overflowing the stack.
    static let maximumDepth = 120

    init(tokens: [BicepToken], bytes: [UInt8], file: String) {
        self.tokens = tokens
        self.bytes = bytes
        self.file = file
        texts = BicepTextTable(bytes: bytes)
    }

    // MARK: Token access

    private var current: BicepToken { tokens[index] }
    private var kind: BicepTokenKind { tokens[index].kind }

    private func peekKind(_ offset: Int = 1) -> BicepTokenKind {
        let i = index + offset
        return i < tokens.count ? tokens[i].kind : .endOfFile
    }

    private mutating func advance() -> BicepToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func text(_ token: BicepToken) -> String {
        let start = Int(token.start)
        let end = Int(token.end)
        guard start <= end, end <= bytes.count else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text of a name token (identifier, property key). Names longer than Swift's inline
    /// string storage (15 bytes) are shared through `texts`; shorter ones cost no allocation.
    private mutating func nameText(_ token: BicepToken) -> String {
        let start = Int(token.start)
        let end = Int(token.end)
        guard start <= end, end <= bytes.count else { return "" }
        if end - start <= 15 { return String(decoding: bytes[start..<end], as: UTF8.self) }
        return texts.text(start, end)
    }

    private func isIdentifier(_ token: BicepToken, _ word: StaticString) -> Bool {
        guard token.kind == .identifier else { return false }
        let length = Int(token.end - token.start)
        guard length == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            var i = 0
            let base = Int(token.start)
            while i < length {
                if bytes[base + i] != buffer[i] { return false }
                i += 1
            }
            return true
        }
    }

    private func isKeyword(_ word: StaticString) -> Bool { isIdentifier(current, word) }

    private mutating func skipNewlines() {
        while kind == .newline { index += 1 }
    }

    private func describe(_ token: BicepToken) -> String {
        switch token.kind {
        case .endOfFile: return "end of file"
        case .newline: return "new line"
        case .identifier, .integer: return "'\(text(token))'"
        case .string, .stringStart, .multilineString:
            let t = text(token)
            return t.utf8.count > 40 ? "string \(t.prefix(37))..." : "string \(t)"
        default: return "'\(text(token))'"
        }
    }

    private func error(_ message: String, at token: BicepToken) -> BicepSyntaxError {
        BicepSyntaxError(file: file, position: token.startPosition, message: message)
    }

    private func expected(_ what: String) -> BicepSyntaxError {
        error("expected \(what), found \(describe(current))", at: current)
    }

    @discardableResult
    private mutating func expect(_ kind: BicepTokenKind, _ what: String) throws(BicepSyntaxError) -> BicepToken {
        guard self.kind == kind else { throw expected(what) }
        return advance()
    }

    private mutating func expectIdentifier(_ what: String) throws(BicepSyntaxError) -> (String, SourceRange) {
        guard kind == .identifier else { throw expected(what) }
        let token = advance()
        return (text(token), token.range)
    }

    private mutating func enter() throws(BicepSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("expressions nested too deeply (more than \(Self.maximumDepth) levels)", at: current)
        }
    }

    private mutating func leave() { depth -= 1 }

    /// End position of the token just consumed.
    private var previousEnd: SourcePosition { tokens[max(0, index - 1)].endPosition }

    private func range(from start: SourcePosition) -> SourceRange {
        SourceRange(start: start, end: max(start, previousEnd))
    }

    // MARK: Declarations

    mutating func parseDocument() throws(BicepSyntaxError) -> [BicepDeclaration] {
        var declarations: [BicepDeclaration] = []
        while true {
            skipNewlines()
            if kind == .endOfFile { break }
            let start = current.startPosition
            let decorators = try parseDecorators()
            declarations.append(try parseDeclaration(decorators: decorators, start: start))
            guard kind == .newline || kind == .endOfFile else {
                throw expected("a new line after the declaration")
            }
        }
        return declarations
    }

    private mutating func parseDecorators() throws(BicepSyntaxError) -> [BicepDecorator] {
        var decorators: [BicepDecorator] = []
        while kind == .at {
            let at = advance()
            let expression = try parsePostfix()
            let decorator: BicepDecorator
            switch expression.kind {
            case .call(let call):
                decorator = BicepDecorator(
                    namespace: call.namespace, name: call.name, arguments: call.arguments,
                    range: range(from: at.startPosition))
            case .identifier(let name):
                decorator = BicepDecorator(
                    namespace: nil, name: name, arguments: [], range: range(from: at.startPosition))
            case .propertyAccess(let base, let name, _):
                var namespace: String? = nil
                if case .identifier(let ns) = base.kind { namespace = ns }
                decorator = BicepDecorator(
                    namespace: namespace, name: name, arguments: [], range: range(from: at.startPosition))
            default:
                throw error("expected a decorator name after '@'", at: at)
            }
            decorators.append(decorator)
            skipNewlines()
        }
        return decorators
    }

    private mutating func parseDeclaration(decorators: [BicepDecorator], start: SourcePosition) throws(BicepSyntaxError)
        -> BicepDeclaration
    {
        guard kind == .identifier else {
            throw expected("a declaration (param, var, resource, module, output, type, func, import...)")
        }
        let keyword = advance()
        switch text(keyword) {
        case "targetScope":
            try expect(.assignment, "'=' after targetScope")
            let value = try parseExpression()
            return .targetScope(BicepTargetScopeDeclaration(value: value, range: range(from: start)))
        case "metadata":
            let (name, _) = try expectIdentifier("a metadata name")
            try expect(.assignment, "'=' after the metadata name")
            let value = try parseExpression()
            return .metadata(
                BicepMetadataDeclaration(name: name, value: value, decorators: decorators, range: range(from: start)))
        case "param":
            let (name, nameRange) = try expectIdentifier("a parameter name")
            var type: BicepTypeExpression? = nil
            if kind != .assignment {
                type = try parseDeclaredType()
            }
            var defaultValue: BicepExpression? = nil
            if kind == .assignment {
                _ = advance()
                defaultValue = try parseExpression()
            }
            return .parameter(
                BicepParameterDeclaration(
                    name: name, nameRange: nameRange, type: type, defaultValue: defaultValue, decorators: decorators,
                    range: range(from: start)))
        case "var":
            let (name, nameRange) = try expectIdentifier("a variable name")
            var type: BicepTypeExpression? = nil
            if kind != .assignment { type = try parseType() }
            try expect(.assignment, "'=' after the variable name")
            let value = try parseExpression()
            return .variable(
                BicepVariableDeclaration(
                    name: name, nameRange: nameRange, type: type, value: value, decorators: decorators,
                    range: range(from: start)))
        case "resource":
            return .resource(try parseResource(decorators: decorators, start: start))
        case "module":
            let (name, nameRange) = try expectIdentifier("a module name")
            let (path, pathRange) = try parsePlainString("the module path")
            try expect(.assignment, "'=' after the module path")
            let body = try parseDeclarationBody()
            return .module(
                BicepModuleDeclaration(
                    name: name, nameRange: nameRange, path: path, pathRange: pathRange, body: body,
                    decorators: decorators, range: range(from: start)))
        case "output":
            let (name, nameRange) = try expectIdentifier("an output name")
            let type = try parseDeclaredType()
            try expect(.assignment, "'=' after the output type")
            let value = try parseExpression()
            return .output(
                BicepOutputDeclaration(
                    name: name, nameRange: nameRange, type: type, value: value, decorators: decorators,
                    range: range(from: start)))
        case "type":
            let (name, nameRange) = try expectIdentifier("a type name")
            try expect(.assignment, "'=' after the type name")
            let type = try parseType()
            return .type(
                BicepTypeDeclaration(
                    name: name, nameRange: nameRange, type: type, decorators: decorators, range: range(from: start)))
        case "func":
            return .function(try parseFunction(decorators: decorators, start: start))
        case "import":
            return .import(try parseImport(decorators: decorators, start: start))
        case "extension", "provider":
            let specification: String
            if kind == .identifier {
                specification = text(advance())
            } else {
                specification = try parsePlainString("an extension name").0
            }
            var configuration: BicepExpression? = nil
            var alias: String? = nil
            if isKeyword("with") {
                _ = advance()
                configuration = try parseExpression()
            }
            if isKeyword("as") {
                _ = advance()
                alias = try expectIdentifier("an alias after 'as'").0
            }
            return .extension(
                BicepExtensionDeclaration(
                    specification: specification, configuration: configuration, alias: alias, decorators: decorators,
                    range: range(from: start)))
        case "using":
            if isKeyword("none") {
                _ = advance()
                return .using(BicepUsingDeclaration(path: nil, range: range(from: start)))
            }
            let (path, _) = try parsePlainString("the path of the Bicep file after 'using'")
            return .using(BicepUsingDeclaration(path: path, range: range(from: start)))
        case "assert":
            let (name, _) = try expectIdentifier("an assertion name")
            try expect(.assignment, "'=' after the assertion name")
            let value = try parseExpression()
            return .assert(
                BicepAssertDeclaration(name: name, value: value, decorators: decorators, range: range(from: start)))
        default:
            throw error(
                "expected a declaration (param, var, resource, module, output, type, func, import...), found '\(text(keyword))'",
                at: keyword)
        }
    }

    /// A parameter or output type: `resource 'T@v'` or a type expression.
    private mutating func parseDeclaredType() throws(BicepSyntaxError) -> BicepTypeExpression {
        if isKeyword("resource"), peekKind() == .string {
            let start = advance().startPosition
            let (typeString, _) = try parsePlainString("a resource type")
            return BicepTypeExpression(.resource(typeString), range: range(from: start))
        }
        return try parseType()
    }

    private mutating func parseResource(decorators: [BicepDecorator], start: SourcePosition) throws(BicepSyntaxError)
        -> BicepResourceDeclaration
    {
        let (name, nameRange) = try expectIdentifier("a resource name")
        let (typeString, typeRange) = try parsePlainString("the resource type 'Provider/type@version'")
        var isExisting = false
        if isKeyword("existing") {
            _ = advance()
            isExisting = true
        }
        try expect(.assignment, "'=' after the resource type")
        let body = try parseDeclarationBody()
        return BicepResourceDeclaration(
            name: name, nameRange: nameRange, typeString: typeString, typeRange: typeRange, isExisting: isExisting,
            body: body, decorators: decorators, range: range(from: start))
    }

    /// `{...}`, `if (cond) {...}` or `[for ...]`.
    private mutating func parseDeclarationBody() throws(BicepSyntaxError) -> BicepExpression {
        if isKeyword("if") { return try parseConditional() }
        return try parseExpression()
    }

    private mutating func parseConditional() throws(BicepSyntaxError) -> BicepExpression {
        let start = advance().startPosition
        let open = try expect(.leftParen, "'(' after 'if'")
        skipNewlines()
        let condition = try parseExpression()
        skipNewlines()
        guard kind == .rightParen else {
            throw expected("')' to close the condition opened at \(open.startPosition)")
        }
        _ = advance()
        let body = try parseExpression()
        return BicepExpression(.conditional(condition: condition, body: body), range: range(from: start))
    }

    private mutating func parseFunction(decorators: [BicepDecorator], start: SourcePosition) throws(BicepSyntaxError)
        -> BicepFunctionDeclaration
    {
        let (name, nameRange) = try expectIdentifier("a function name")
        let open = try expect(.leftParen, "'(' after the function name")
        var parameters: [BicepFunctionDeclaration.Parameter] = []
        skipNewlines()
        while kind != .rightParen {
            let (parameterName, _) = try expectIdentifier("a parameter name")
            let type = try parseType()
            parameters.append(.init(name: parameterName, type: type))
            skipNewlines()
            if kind == .comma {
                _ = advance()
                skipNewlines()
            } else if kind != .rightParen {
                throw expected("')' to close the parameter list opened at \(open.startPosition)")
            }
        }
        _ = advance()
        let returnType = try parseType()
        try expect(.arrow, "'=>' before the function body")
        skipNewlines()
        let body = try parseExpression()
        return BicepFunctionDeclaration(
            name: name, nameRange: nameRange, parameters: parameters, returnType: returnType, body: body,
            decorators: decorators, range: range(from: start))
    }

    private mutating func parseImport(decorators: [BicepDecorator], start: SourcePosition) throws(BicepSyntaxError)
        -> BicepImportDeclaration
    {
        var importKind: BicepImportDeclaration.Kind
        if kind == .leftBrace {
            let open = advance()
            var symbols: [BicepImportDeclaration.ImportedSymbol] = []
            skipNewlines()
            while kind != .rightBrace {
                let symbolName: String
                if kind == .string {
                    symbolName = try parsePlainString("a symbol name").0
                } else {
                    symbolName = try expectIdentifier("a symbol name to import").0
                }
                var alias: String? = nil
                if isKeyword("as") {
                    _ = advance()
                    alias = try expectIdentifier("an alias after 'as'").0
                }
                symbols.append(.init(name: symbolName, alias: alias))
                skipNewlines()
                if kind == .comma {
                    _ = advance()
                    skipNewlines()
                } else if kind != .rightBrace {
                    throw expected("'}' to close the import list opened at \(open.startPosition)")
                }
            }
            _ = advance()
            importKind = .symbols(symbols)
        } else if kind == .asterisk {
            _ = advance()
            guard isKeyword("as") else { throw expected("'as' after 'import *'") }
            _ = advance()
            importKind = .wildcard(alias: try expectIdentifier("a namespace name after 'as'").0)
        } else {
            // Older provider syntax: import 'az@1.0.0' [with {...}] [as alias]
            let (path, pathRange) = try parsePlainString("'{', '*' or a provider name after 'import'")
            if isKeyword("with") {
                _ = advance()
                _ = try parseExpression()
            }
            var alias: String? = nil
            if isKeyword("as") {
                _ = advance()
                alias = try expectIdentifier("an alias after 'as'").0
            }
            return BicepImportDeclaration(
                kind: .provider(alias: alias), path: path, pathRange: pathRange, decorators: decorators,
                range: range(from: start))
        }
        guard isKeyword("from") else { throw expected("'from' and the file to import from") }
        _ = advance()
        let (path, pathRange) = try parsePlainString("the path of the file to import from")
        return BicepImportDeclaration(
            kind: importKind, path: path, pathRange: pathRange, decorators: decorators, range: range(from: start))
    }

    /// A string without interpolation (types, paths).
    private mutating func parsePlainString(_ what: String) throws(BicepSyntaxError) -> (String, SourceRange) {
        guard kind == .string || kind == .multilineString else {
            if kind == .stringStart {
                throw error("expected \(what) without string interpolation", at: current)
            }
            throw expected(what)
        }
        let token = advance()
        if token.kind == .multilineString { return (multilineContent(token), token.range) }
        return (try decodeString(token, trimStart: 1, trimEnd: 1), token.range)
    }

    // MARK: Expressions

    mutating func parseExpression() throws(BicepSyntaxError) -> BicepExpression {
        try enter()
        defer { leave() }
        let condition = try parseBinary(minimumPrecedence: 1)
        guard continuesWith(.question) else { return condition }
        skipNewlines()
        _ = advance()
        skipNewlines()
        let then = try parseExpression()
        guard continuesWith(.colon) else {
            throw expected("':' in the conditional expression")
        }
        skipNewlines()
        _ = advance()
        skipNewlines()
        let otherwise = try parseExpression()
        return BicepExpression(
            .ternary(condition: condition, then: then, else: otherwise),
            range: condition.range.union(otherwise.range))
    }

    /// Whether the next token (possibly on a following line) is `kind`. Only used for tokens
    /// that cannot start an expression, so looking past newlines cannot steal the next item.
    private func continuesWith(_ kind: BicepTokenKind) -> Bool {
        var i = index
        while i < tokens.count, tokens[i].kind == .newline { i += 1 }
        return i < tokens.count && tokens[i].kind == kind
    }

    private func binaryOperator(_ kind: BicepTokenKind) -> BicepBinaryOperator? {
        switch kind {
        case .asterisk: .multiply
        case .slash: .divide
        case .modulo: .modulo
        case .plus: .add
        case .minus: .subtract
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .equals: .equals
        case .notEquals: .notEquals
        case .equalsInsensitive: .equalsInsensitive
        case .notEqualsInsensitive: .notEqualsInsensitive
        case .logicalAnd: .and
        case .logicalOr: .or
        case .doubleQuestion: .coalesce
        default: nil
        }
    }

    private mutating func parseBinary(minimumPrecedence: Int) throws(BicepSyntaxError) -> BicepExpression {
        var left = try parseUnary()
        while true {
            var operatorIndex = index
            while operatorIndex < tokens.count, tokens[operatorIndex].kind == .newline { operatorIndex += 1 }
            guard operatorIndex < tokens.count, let op = binaryOperator(tokens[operatorIndex].kind),
                op.precedence >= minimumPrecedence
            else { break }
            // `-` and `+` on a new line would start a new item; everything else continues.
            if operatorIndex != index, op == .subtract || op == .add { break }
            index = operatorIndex
            _ = advance()
            skipNewlines()
            try enter()
            let right = try parseBinary(minimumPrecedence: op.precedence + 1)
            leave()
            left = BicepExpression(.binary(op, left, right), range: left.range.union(right.range))
        }
        return left
    }

    private mutating func parseUnary() throws(BicepSyntaxError) -> BicepExpression {
        if kind == .exclamation || kind == .minus {
            let token = advance()
            try enter()
            defer { leave() }
            let operand = try parseUnary()
            return BicepExpression(
                .unary(token.kind == .minus ? .minus : .not, operand),
                range: SourceRange(start: token.startPosition, end: operand.range.end))
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws(BicepSyntaxError) -> BicepExpression {
        var expression = try parsePrimary()
        while true {
            let start = expression.range.start
            switch kind {
            case .dot:
                _ = advance()
                var isSafe = false
                if kind == .question {
                    _ = advance()
                    isSafe = true
                }
                guard kind == .identifier else { throw expected("a property name after '.'") }
                let nameToken = advance()
                let name = nameText(nameToken)
                if kind == .leftParen, !isSafe {
                    let arguments = try parseArguments()
                    expression = BicepExpression(
                        .call(
                            BicepFunctionCall(
                                base: expression, name: name, nameRange: nameToken.range, arguments: arguments)),
                        range: range(from: start))
                } else {
                    expression = BicepExpression(
                        .propertyAccess(base: expression, name: name, isSafe: isSafe), range: range(from: start))
                }
            case .leftSquare:
                let open = advance()
                var isSafe = false
                if kind == .question {
                    _ = advance()
                    isSafe = true
                }
                skipNewlines()
                let indexExpression = try parseExpression()
                skipNewlines()
                guard kind == .rightSquare else {
                    throw expected("']' to close the index opened at \(open.startPosition)")
                }
                _ = advance()
                expression = BicepExpression(
                    .indexAccess(base: expression, index: indexExpression, isSafe: isSafe), range: range(from: start))
            case .exclamation:
                _ = advance()
                expression = BicepExpression(.nonNullAssertion(expression), range: range(from: start))
            case .doubleColon:
                _ = advance()
                let (name, _) = try expectIdentifier("a nested resource name after '::'")
                expression = BicepExpression(.resourceAccess(base: expression, name: name), range: range(from: start))
            default:
                return expression
            }
        }
    }

    private mutating func parseArguments() throws(BicepSyntaxError) -> [BicepExpression] {
        let open = advance()
        var arguments: [BicepExpression] = []
        skipNewlines()
        while kind != .rightParen {
            arguments.append(try parseExpression())
            skipNewlines()
            if kind == .comma {
                _ = advance()
                skipNewlines()
            } else if kind != .rightParen {
                throw expected("')' to close the argument list opened at \(open.startPosition)")
            }
        }
        _ = advance()
        return arguments
    }

    private mutating func parsePrimary() throws(BicepSyntaxError) -> BicepExpression {
        let token = current
        let start = token.startPosition
        switch token.kind {
        case .integer:
            _ = advance()
            var value = 0
            for offset in Int(token.start)..<Int(token.end) {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[offset] - 0x30))
                if overflow1 || overflow2 { throw error("integer literal \(text(token)) is too large", at: token) }
                value = sum
            }
            return BicepExpression(.integer(value), range: token.range)
        case .string:
            _ = advance()
            return BicepExpression(
                .string(segments: try literalSegments(token), interpolations: []), range: token.range)
        case .stringStart:
            return try parseInterpolatedString()
        case .multilineString:
            _ = advance()
            return BicepExpression(.multilineString(multilineContent(token)), range: token.range)
        case .identifier:
            if isIdentifier(token, "true") || isIdentifier(token, "false") {
                _ = advance()
                return BicepExpression(.boolean(isIdentifier(token, "true")), range: token.range)
            }
            if isIdentifier(token, "null") {
                _ = advance()
                return BicepExpression(.null, range: token.range)
            }
            let name = nameText(token)
            _ = advance()
            if kind == .arrow {
                _ = advance()
                skipNewlines()
                let body = try parseExpression()
                return BicepExpression(.lambda(parameters: [name], body: body), range: range(from: start))
            }
            if kind == .leftParen {
                let arguments = try parseArguments()
                return BicepExpression(
                    .call(BicepFunctionCall(base: nil, name: name, nameRange: token.range, arguments: arguments)),
                    range: range(from: start))
            }
            return BicepExpression(.identifier(name), range: token.range)
        case .leftParen:
            if let parameters = lambdaParameters() {
                index = parameters.resumeIndex
                skipNewlines()
                let body = try parseExpression()
                return BicepExpression(.lambda(parameters: parameters.names, body: body), range: range(from: start))
            }
            let open = advance()
            skipNewlines()
            let inner = try parseExpression()
            skipNewlines()
            guard kind == .rightParen else {
                throw expected("')' to close the parenthesis opened at \(open.startPosition)")
            }
            _ = advance()
            return BicepExpression(.parenthesized(inner), range: range(from: start))
        case .leftSquare:
            var look = index + 1
            while look < tokens.count, tokens[look].kind == .newline { look += 1 }
            if look < tokens.count, isIdentifier(tokens[look], "for") {
                return try parseForLoop()
            }
            return try parseArray()
        case .leftBrace:
            return try parseObject()
        case .endOfFile:
            throw expected("an expression")
        default:
            throw expected("an expression")
        }
    }

    /// When the `(` at the current token opens `(a, b) =>`, the parameter names and the index
    /// just after `=>`.
    private func lambdaParameters() -> (names: [String], resumeIndex: Int)? {
        var i = index + 1
        var names: [String] = []
        func skip(_ i: inout Int) { while i < tokens.count, tokens[i].kind == .newline { i += 1 } }
        skip(&i)
        while i < tokens.count, tokens[i].kind == .identifier {
            names.append(text(tokens[i]))
            i += 1
            skip(&i)
            if i < tokens.count, tokens[i].kind == .comma {
                i += 1
                skip(&i)
            } else {
                break
            }
        }
        guard i + 1 < tokens.count, tokens[i].kind == .rightParen, tokens[i + 1].kind == .arrow else { return nil }
        return (names, i + 2)
    }

    private mutating func parseInterpolatedString() throws(BicepSyntaxError) -> BicepExpression {
        let first = advance()
        let start = first.startPosition
        var segments = [try decodeString(first, trimStart: 1, trimEnd: 2)]
        var interpolations: [BicepExpression] = []
        while true {
            skipNewlines()
            interpolations.append(try parseExpression())
            skipNewlines()
            switch kind {
            case .stringMiddle:
                segments.append(try decodeString(advance(), trimStart: 1, trimEnd: 2))
            case .stringEnd:
                segments.append(try decodeString(advance(), trimStart: 1, trimEnd: 1))
                return BicepExpression(
                    .string(segments: segments, interpolations: interpolations), range: range(from: start))
            default:
                throw expected("'}' to close the interpolation in the string opened at \(start)")
            }
        }
    }

    private mutating func parseArray() throws(BicepSyntaxError) -> BicepExpression {
        try enter()
        defer { leave() }
        let open = advance()
        let mark = pendingExpressions.count
        defer { pendingExpressions.removeAll(from: mark) }
        skipNewlines()
        while kind != .rightSquare {
            if kind == .endOfFile { throw expected("']' to close the array opened at \(open.startPosition)") }
            if kind == .ellipsis {
                let spreadStart = advance().startPosition
                let value = try parseExpression()
                pendingExpressions.append(BicepExpression(.spread(value), range: range(from: spreadStart)))
            } else {
                let item = try parseExpression()
                pendingExpressions.append(item)
            }
            if kind == .comma {
                _ = advance()
                skipNewlines()
            } else if kind == .newline {
                skipNewlines()
                if kind == .comma {
                    _ = advance()
                    skipNewlines()
                }
            } else if kind != .rightSquare {
                throw expected("']' to close the array opened at \(open.startPosition)")
            }
        }
        _ = advance()
        return BicepExpression(.array(pendingExpressions.take(from: mark)), range: range(from: open.startPosition))
    }

    private mutating func parseForLoop() throws(BicepSyntaxError) -> BicepExpression {
        try enter()
        defer { leave() }
        let open = advance()
        skipNewlines()
        _ = advance()  // for
        var itemName: String? = nil
        var indexName: String? = nil
        if kind == .leftParen {
            let paren = advance()
            itemName = try expectIdentifier("the loop item name").0
            if kind == .comma {
                _ = advance()
                indexName = try expectIdentifier("the loop index name").0
            }
            guard kind == .rightParen else {
                throw expected("')' to close the loop variables opened at \(paren.startPosition)")
            }
            _ = advance()
        } else {
            itemName = try expectIdentifier("the loop item name or '(item, index)'").0
        }
        guard isKeyword("in") else { throw expected("'in' after the loop variable") }
        _ = advance()
        let iterable = try parseExpression()
        try expect(.colon, "':' after the loop's array")
        skipNewlines()
        let body: BicepExpression
        if isKeyword("if") {
            body = try parseConditional()
        } else {
            body = try parseExpression()
        }
        skipNewlines()
        guard kind == .rightSquare else {
            throw expected("']' to close the loop opened at \(open.startPosition)")
        }
        _ = advance()
        return BicepExpression(
            .forLoop(BicepForLoop(itemName: itemName, indexName: indexName, iterable: iterable, body: body)),
            range: range(from: open.startPosition))
    }

    private mutating func parseObject() throws(BicepSyntaxError) -> BicepExpression {
        try enter()
        defer { leave() }
        let open = advance()
        let mark = pendingItems.count
        defer { pendingItems.removeAll(from: mark) }
        skipNewlines()
        while kind != .rightBrace {
            if kind == .endOfFile { throw expected("'}' to close the object opened at \(open.startPosition)") }
            let item = try parseObjectItem()
            pendingItems.append(item)
            if kind == .comma {
                _ = advance()
                skipNewlines()
            } else if kind == .newline {
                skipNewlines()
                if kind == .comma {
                    _ = advance()
                    skipNewlines()
                }
            } else if kind != .rightBrace {
                throw expected("'}' to close the object opened at \(open.startPosition)")
            }
        }
        _ = advance()
        return BicepExpression(.object(pendingItems.take(from: mark)), range: range(from: open.startPosition))
    }

    private mutating func parseObjectItem() throws(BicepSyntaxError) -> BicepObjectItem {
        if kind == .ellipsis {
            let start = advance().startPosition
            let value = try parseExpression()
            return .spread(BicepExpression(.spread(value), range: range(from: start)))
        }
        if kind == .at || (isKeyword("resource") && peekKind() == .identifier) {
            let start = current.startPosition
            let decorators = try parseDecorators()
            guard isKeyword("resource") else { throw expected("a nested resource after its decorators") }
            _ = advance()
            return .resource(try parseResource(decorators: decorators, start: start))
        }
        let keyToken = current
        let key: BicepObjectProperty.Key
        switch kind {
        case .identifier:
            key = .name(nameText(advance()))
        case .string, .multilineString:
            key = .name(try parsePlainString("a property name").0)
        case .stringStart:
            key = .expression(try parseInterpolatedString())
        case .integer:
            key = .name(text(advance()))
        default:
            throw expected("a property name")
        }
        let keyRange = range(from: keyToken.startPosition)
        guard kind == .colon else {
            throw expected("':' after the property name")
        }
        _ = advance()
        skipNewlines()
        let value = try parseExpression()
        return .property(BicepObjectProperty(key: key, keyRange: keyRange, value: value))
    }

    // MARK: Types

    mutating func parseType() throws(BicepSyntaxError) -> BicepTypeExpression {
        try enter()
        defer { leave() }
        if kind == .newline, continuesWith(.pipe) { skipNewlines() }
        let start = current.startPosition
        if kind == .pipe {  // leading `|` of a multi-line union
            _ = advance()
            skipNewlines()
        }
        var members = [try parseTypePostfix()]
        while continuesWith(.pipe) {
            skipNewlines()
            _ = advance()
            skipNewlines()
            members.append(try parseTypePostfix())
        }
        if members.count == 1 { return members[0] }
        return BicepTypeExpression(.union(members), range: range(from: start))
    }

    private mutating func parseTypePostfix() throws(BicepSyntaxError) -> BicepTypeExpression {
        var type = try parseTypePrimary()
        while true {
            let start = type.range.start
            switch kind {
            case .leftSquare:
                _ = advance()
                if kind == .rightSquare {
                    _ = advance()
                    type = BicepTypeExpression(.array(element: type), range: range(from: start))
                } else {
                    let indexText: String
                    if kind == .asterisk || kind == .integer {
                        indexText = text(advance())
                    } else {
                        throw expected("']' or an index in the type")
                    }
                    try expect(.rightSquare, "']' after the type index")
                    type = BicepTypeExpression(.index(base: type, index: indexText), range: range(from: start))
                }
            case .question:
                _ = advance()
                type = BicepTypeExpression(.nullable(type), range: range(from: start))
            case .dot:
                _ = advance()
                if kind == .asterisk {
                    _ = advance()
                    type = BicepTypeExpression(.member(base: type, name: "*"), range: range(from: start))
                } else {
                    let (name, _) = try expectIdentifier("a type member name after '.'")
                    type = BicepTypeExpression(.member(base: type, name: name), range: range(from: start))
                }
            default:
                return type
            }
        }
    }

    private mutating func parseTypePrimary() throws(BicepSyntaxError) -> BicepTypeExpression {
        let token = current
        let start = token.startPosition
        switch token.kind {
        case .identifier:
            let name = text(advance())
            switch name {
            case "true", "false": return BicepTypeExpression(.booleanLiteral(name == "true"), range: token.range)
            case "null": return BicepTypeExpression(.null, range: token.range)
            default: break
            }
            if kind == .less {
                _ = advance()
                var arguments: [BicepTypeExpression] = []
                while true {
                    arguments.append(try parseType())
                    if kind == .comma {
                        _ = advance()
                        continue
                    }
                    break
                }
                try expect(.greater, "'>' to close the type arguments of \(name)")
                return BicepTypeExpression(.generic(name: name, arguments: arguments), range: range(from: start))
            }
            return BicepTypeExpression(.name(name), range: token.range)
        case .string, .multilineString:
            let (value, valueRange) = try parsePlainString("a string literal type")
            return BicepTypeExpression(.stringLiteral(value), range: valueRange)
        case .integer:
            let expression = try parsePrimary()
            if case .integer(let value) = expression.kind {
                return BicepTypeExpression(.integerLiteral(value), range: expression.range)
            }
            throw expected("an integer")
        case .minus:
            _ = advance()
            guard kind == .integer else { throw expected("an integer after '-' in the type") }
            let expression = try parsePrimary()
            if case .integer(let value) = expression.kind {
                return BicepTypeExpression(.integerLiteral(-value), range: range(from: start))
            }
            throw expected("an integer")
        case .leftParen:
            let open = advance()
            skipNewlines()
            let inner = try parseType()
            skipNewlines()
            guard kind == .rightParen else {
                throw expected("')' to close the parenthesis opened at \(open.startPosition)")
            }
            _ = advance()
            return BicepTypeExpression(.parenthesized(inner), range: range(from: start))
        case .leftSquare:
            let open = advance()
            var elements: [BicepTypeExpression] = []
            skipNewlines()
            while kind != .rightSquare {
                if kind == .endOfFile { throw expected("']' to close the tuple type opened at \(open.startPosition)") }
                _ = try parseDecorators()
                elements.append(try parseType())
                if kind == .comma || kind == .newline {
                    _ = advance()
                    skipNewlines()
                } else if kind != .rightSquare {
                    throw expected("']' to close the tuple type opened at \(open.startPosition)")
                }
            }
            _ = advance()
            return BicepTypeExpression(.tuple(elements), range: range(from: start))
        case .leftBrace:
            return try parseObjectType()
        default:
            throw expected("a type")
        }
    }

    private mutating func parseObjectType() throws(BicepSyntaxError) -> BicepTypeExpression {
        try enter()
        defer { leave() }
        let open = advance()
        var properties: [BicepObjectTypeProperty] = []
        var additional: BicepTypeExpression? = nil
        skipNewlines()
        while kind != .rightBrace {
            if kind == .endOfFile { throw expected("'}' to close the object type opened at \(open.startPosition)") }
            let start = current.startPosition
            let decorators = try parseDecorators()
            let name: String
            switch kind {
            case .identifier, .integer: name = text(advance())
            case .string, .multilineString: name = try parsePlainString("a property name").0
            case .asterisk:
                _ = advance()
                name = "*"
            default: throw expected("a property name in the object type")
            }
            try expect(.colon, "':' after the property name")
            skipNewlines()
            let type = try parseType()
            if name == "*" {
                additional = type
            } else {
                properties.append(
                    BicepObjectTypeProperty(decorators: decorators, name: name, type: type, range: range(from: start)))
            }
            if kind == .comma || kind == .newline {
                _ = advance()
                skipNewlines()
            } else if kind != .rightBrace {
                throw expected("'}' to close the object type opened at \(open.startPosition)")
            }
        }
        _ = advance()
        return BicepTypeExpression(
            .object(properties: properties, additionalProperties: additional), range: range(from: open.startPosition))
    }

    // MARK: String content

    private func multilineContent(_ token: BicepToken) -> String {
        var start = Int(token.start) + 3
        let end = max(start, Int(token.end) - 3)
        if start < end, bytes[start] == 0x0D, start + 1 < end, bytes[start + 1] == 0x0A {
            start += 2
        } else if start < end, bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `[text]` of a string token without interpolation; shared between equal literals when
    /// there is no escape to resolve.
    private mutating func literalSegments(_ token: BicepToken) throws(BicepSyntaxError) -> [String] {
        let start = Int(token.start) + 1
        let end = Int(token.end) - 1
        guard start <= end, end <= bytes.count else { return [""] }
        if bytes[start..<end].contains(0x5C) { return [try decodeString(token, trimStart: 1, trimEnd: 1)] }
        return texts.segments(start, end)
    }

    /// Decodes the text of a string token between its delimiters, resolving escapes.
    private func decodeString(_ token: BicepToken, trimStart: Int, trimEnd: Int) throws(BicepSyntaxError) -> String {
        let start = Int(token.start) + trimStart
        let end = Int(token.end) - trimEnd
        guard start <= end else { return "" }
        var hasEscape = false
        for offset in start..<end where bytes[offset] == 0x5C {
            hasEscape = true
            break
        }
        if !hasEscape { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var offset = start
        while offset < end {
            let b = bytes[offset]
            guard b == 0x5C else {
                output.append(b)
                offset += 1
                continue
            }
            let escapePosition = offset
            offset += 1
            guard offset < end else {
                throw escapeError(at: escapePosition, token: token, "expected an escape character after '\\'")
            }
            switch bytes[offset] {
            case UInt8(ascii: "\\"): output.append(0x5C)
            case UInt8(ascii: "'"): output.append(0x27)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "$"): output.append(0x24)
            case UInt8(ascii: "u"):
                offset += 1
                guard offset < end, bytes[offset] == UInt8(ascii: "{") else {
                    throw escapeError(at: escapePosition, token: token, "expected '{' after '\\u'")
                }
                offset += 1
                var value: UInt32 = 0
                var digits = 0
                while offset < end, bytes[offset] != UInt8(ascii: "}") {
                    guard let digit = hexValue(bytes[offset]), digits < 6 else {
                        throw escapeError(
                            at: escapePosition, token: token, "expected 1 to 6 hexadecimal digits in '\\u{...}'")
                    }
                    value = value * 16 + UInt32(digit)
                    digits += 1
                    offset += 1
                }
                guard offset < end, digits > 0, let scalar = Unicode.Scalar(value) else {
                    throw escapeError(at: escapePosition, token: token, "expected a Unicode code point in '\\u{...}'")
                }
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw escapeError(
                    at: escapePosition, token: token,
                    "expected one of the escapes \\\\ \\' \\n \\r \\t \\$ \\u{...}, found '\\\(String(decoding: [bytes[offset]], as: UTF8.self))'"
                )
            }
            offset += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    private func escapeError(at offset: Int, token: BicepToken, _ message: String) -> BicepSyntaxError {
        // Strings are on one line, so the column is the token's column plus the scalar distance.
        var column = Int(token.column)
        var i = Int(token.start)
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return BicepSyntaxError(file: file, line: Int(token.line), column: column, message: message)
    }
}

/// Evaluates a parsed Bicep file offline: parameters (with overrides), variables in
/// dependency order, resources with loops and conditions expanded, local modules followed
/// through `fileLoader` and merged. Never throws: what cannot be followed becomes a note.
public struct BicepEvaluator: Sendable {
    /// Loads a module or import file. Receives the path already resolved against the
    /// including file (`infra/main.bicep` + `./spoke.bicep` -> `infra/spoke.bicep`) and returns
    /// its text; throws when the file cannot be read. `BicepFileLoader.disk` reads from disk.
    public typealias FileLoader = @Sendable (_ resolvedPath: String) throws -> String

    public var fileLoader: FileLoader?

    /// Without a loader, local modules and imports are noted as not found.
    public init(fileLoader: FileLoader? = nil) {
        self.fileLoader = fileLoader
    }

    /// Evaluates `document` with parameter overrides (from `--param name=value` and a
    /// `.bicepparam` file). String overrides are converted to the declared type when the
    /// parameter is `int`, `bool`, `array` or `object` (arrays and objects as Bicep or JSON text).
    public func evaluate(_ document: BicepDocument, parameters: [String: BicepValue] = [:]) -> EvaluatedTemplate {
        evaluateInHalves(document, parameters: parameters) ?? evaluateOnOneThread(document, parameters: parameters)
    }

    /// The reference evaluation, which `evaluateInHalves` must match.
    func evaluateOnOneThread(_ document: BicepDocument, parameters: [String: BicepValue]) -> EvaluatedTemplate {
        let root = TemplateEvaluation(root: document, parameters: parameters, loader: fileLoader)
        root.reportUnknownOverrides()
        return root.template(resources: root.collectResources())
    }

    /// Parses and evaluates in one step. Throws only for a syntax error in the root file.
    public func evaluate(text: String, file: String, parameters: [String: BicepValue] = [:]) throws(BicepSyntaxError)
        -> EvaluatedTemplate
    {
        evaluate(try BicepDocument.parse(text, file: file), parameters: parameters)
    }

    /// `dir(includingFile)/path`, with `.` and `..` segments resolved.
    public static func resolve(path: String, relativeTo includingFile: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        var directory = includingFile
        if let slash = directory.lastIndex(of: "/") {
            directory = String(directory[..<slash])
        } else {
            directory = ""
        }
        return normalize(directory.isEmpty ? path : directory + "/" + path)
    }

    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", isAbsolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : joined
    }
}

extension TemplateEvaluation {
    /// The evaluation of a root file, in a session of its own.
    convenience init(root document: BicepDocument, parameters: [String: BicepValue], loader: BicepEvaluator.FileLoader?)
    {
        let session = EvaluationSession(loader: loader)
        session.documents[document.file] = .success(document)
        self.init(
            session: session, document: document, modulePath: "", ancestors: [document.file],
            overrides: parameters, overrideOrigins: [:], scope: DeploymentScope())
    }

    /// The root file's template with `resources`: evaluates its outputs, then its parameters
    /// and variables (in that order, which fixes the order of their notes), and takes the
    /// session's modules and notes as they are after that.
    func template(resources: [EvaluatedResource]) -> EvaluatedTemplate {
        let outputs = evaluateOutputs()
        let parameters = evaluatedParameters()
        let variables = evaluatedVariables()
        return EvaluatedTemplate(
            file: document.file, targetScope: targetScope, resources: resources, modules: session.modules,
            parameters: parameters, variables: variables, outputs: outputs, notes: session.notes)
    }
}

/// Where the resources of one file deploy: nil parts are the deployment's own.
struct DeploymentScope: Hashable, Sendable {
    var subscriptionId: BicepValue? = nil
    var resourceGroup: BicepValue? = nil
}

/// State shared by the evaluations of the root file and of all modules it follows.
final class EvaluationSession {
    let loader: BicepEvaluator.FileLoader?
    var documents: [String: Result<BicepDocument, BicepSyntaxError>] = [:]
    var notes: [BicepNote] = []
    private var noteKeys: Set<BicepNote> = []
    var modules: [EvaluatedModule] = []
    /// Loop iterations and generated array items left before evaluation gives up, so that
    /// hostile input (`range(0, 100000)` nested in itself) ends quickly instead of exhausting memory.
    var remainingWork = EvaluationSession.workBudget
    static let workBudget = 1_000_000
    /// Set when an expression was too deeply nested to evaluate: how deep evaluation is when
    /// a declaration is first needed depends on the order of evaluation.
    var depthLimitReached = false

    /// Work taken from the budget so far.
    var workSpent: Int { Self.workBudget - remainingWork }

    init(loader: BicepEvaluator.FileLoader?) {
        self.loader = loader
    }

    func note(_ kind: BicepNote.Kind, _ message: String, _ location: BicepSourceLocation) {
        let note = BicepNote(kind: kind, message: message, location: location)
        if noteKeys.insert(note).inserted { notes.append(note) }
    }

    /// Takes `amount` from the work budget; false when it is exhausted.
    func spend(_ amount: Int) -> Bool {
        guard remainingWork >= amount else {
            remainingWork = 0
            return false
        }
        remainingWork -= amount
        return true
    }

    enum LoadFailure: Error {
        case notFound(String)
        case syntax(BicepSyntaxError)
    }

    /// Loads and parses a file once per evaluation.
    func document(at path: String) -> Result<BicepDocument, LoadFailure> {
        if let cached = documents[path] {
            return cached.mapError { .syntax($0) }
        }
        guard let loader else { return .failure(.notFound("no file loader was given")) }
        let text: String
        do {
            text = try loader(path)
        } catch {
            return .failure(.notFound("\(error)"))
        }
        do {
            let document = try BicepDocument.parse(text, file: path)
            documents[path] = .success(document)
            return .success(document)
        } catch {
            documents[path] = .failure(error)
            return .failure(.syntax(error))
        }
    }
}

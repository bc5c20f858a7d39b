/// A `.bicepparam` file: `using './main.bicep'` and `param name = value` lines (values may use
/// `var`s declared in the same file and the built-in functions). Its values are passed to
/// `BicepEvaluator.evaluate(_:parameters:)`; `--param` values given on the command line
/// should be merged over them.
public struct BicepParameterFile: Sendable {
    public var file: String
    /// The Bicep file the parameters are for, as written (nil for `using none` or none at all).
    public var usingPath: String?
    /// Parameter values in declaration order of the file.
    public var values: [String: BicepValue]
    /// Values not known offline (`readEnvironmentVariable(...)`, `az.getSecret(...)`) are
    /// `.unknown`; anything else not followed is noted here.
    public var notes: [BicepNote]

    public init(document: BicepDocument) {
        file = document.file
        usingPath = document.usingPath
        let session = EvaluationSession(loader: nil)
        let evaluation = TemplateEvaluation(
            session: session, document: document, modulePath: "", ancestors: [document.file], overrides: [:],
            overrideOrigins: [:], scope: DeploymentScope())
        var values: [String: BicepValue] = [:]
        for parameter in document.parameters {
            values[parameter.name] = evaluation.parameterValue(
                parameter.name, at: BicepSourceLocation(file: document.file, position: parameter.range.start))
        }
        self.values = values
        notes = session.notes
    }

    public static func parse(_ text: String, file: String) throws(BicepSyntaxError) -> BicepParameterFile {
        BicepParameterFile(document: try BicepDocument.parse(text, file: file))
    }
}

import HubSpokeBicep
import Testing

/// Evaluates Bicep text (no modules) for tests.
func evaluateBicep(_ text: String, parameters: [String: BicepValue] = [:]) throws -> EvaluatedTemplate {
    try BicepEvaluator().evaluate(text: text, file: "main.bicep", parameters: parameters)
}

/// The value of a single expression, evaluated as `var v = <expression>` after `prelude`.
func evaluateExpression(_ expression: String, prelude: String = "") throws -> BicepValue {
    let template = try evaluateBicep(prelude + "\nvar v = " + expression + "\n")
    return template.variable(named: "v")?.value ?? .unknown("missing")
}

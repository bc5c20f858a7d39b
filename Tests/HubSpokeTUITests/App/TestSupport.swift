import HubSpokeCore

@testable import HubSpokeTUI

/// A stand-in for the catalog's PEER-009 so TUI tests do not depend on the rule set: a spoke
/// half with `useRemoteGateways` whose remote half does not offer gateway transit.
struct GatewayTransitTestRule: Rule {
    static let id = "PEER-009"
    static let severity = Severity.error
    static let title = "useRemoteGateways needs allowGatewayTransit on the remote half"
    static let help = ""
    static let source = ""

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                let back = DesignEditor.reverseHalf(of: v, p, in: design)
                let offers =
                    back.map { design.virtualNetworks[$0.0].virtualNetworkPeerings[$0.1].allowGatewayTransit } ?? false
                if !offers {
                    findings.append(
                        finding(
                            "\(peering.name) uses remote gateways but the remote half does not allow gateway transit",
                            resources: [ResourcePath.child(vnet.name, .virtualNetworkPeerings, peering.name)],
                            field: "useRemoteGateways"))
                }
            }
        }
    }
}

/// An info finding on every VNet without subnets, to have a second severity in tests.
struct EmptyVNetTestRule: Rule {
    static let id = "SUB-099"
    static let severity = Severity.info
    static let title = "VNet without subnets"
    static let help = ""
    static let source = ""

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks where vnet.subnets.isEmpty {
            findings.append(finding("\(vnet.name) has no subnets", resources: [vnet.name]))
        }
    }
}

let testValidator = Validator(rules: [GatewayTransitTestRule(), EmptyVNetTestRule()])

/// Applies actions the way the runner does: reduce, then validate the new design.
func send(_ state: inout AppState, _ actions: Action...) -> [Effect] {
    var effects: [Effect] = []
    for action in actions {
        effects += Reducer.reduce(&state, action)
        if state.validatedRevision != state.designRevision {
            _ = Reducer.reduce(&state, .validated(testValidator.validate(state.design), revision: state.designRevision))
        }
    }
    return effects
}

func keys(_ text: String) -> [Action] {
    text.map { Action.key(.char($0)) }
}

func type(_ state: inout AppState, _ text: String) {
    for action in keys(text) { _ = send(&state, action) }
}

/// Types `:command` and Enter.
@discardableResult
func command(_ state: inout AppState, _ text: String) -> [Effect] {
    type(&state, ":" + text)
    return send(&state, .key(KeyEvent(.enter)))
}

func exampleState(width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(design: Examples.hubAndSpoke, filePath: nil, width: width, height: height)
    _ = send(&state, .validated(testValidator.validate(state.design), revision: state.designRevision))
    return state
}

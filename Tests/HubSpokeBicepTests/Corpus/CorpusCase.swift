import HubSpokeBicep
import HubSpokeCore
import Testing

/// One Bicep project of the corpus: its files (entry `main.bicep`), how it is read, what the
/// design must hold, and the catalog rules validation must report on it.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String]
    var parameters: [String: String] = [:]
    /// A `.bicepparam` file among `files`.
    var parametersFile: String?
    /// Rules that must be among the findings (checked for the rules the catalog implements).
    var expectedRules: Set<String> = []
    /// Rules that must not be reported (a guess on an unknown value, for instance).
    var absentRules: Set<String> = []
    /// Facts about the imported design.
    var check: @Sendable (DesignDocument) -> Void

    var testDescription: String { name }

    func read() throws -> DesignDocument {
        let dir = try CorpusFile.materialize(files)
        return try BicepReader.read(
            fileAt: dir.appendingPathComponent("main.bicep").path, parameters: parameters,
            parametersFile: parametersFile.map { dir.appendingPathComponent($0).path })
    }

    /// Every case of the corpus.
    static let all: [CorpusCase] = [
        .seedTutorial, .spokesFromParameterLoop, .childResourcePeerings, .slashNamedPeerings,
        .existingHubInOtherSubscription, .dualStack, .firewallAndRouteTables, .localModulesFollowed,
        .registryModuleNotFollowed, .securityRulesAsChildResources, .conditions, .bicepparamFile,
        .gatewayTransitWithoutHubTransit, .overlappingSpokes, .unknownTypesAndProperties,
        .keyVaultPasswordThroughModule, .suppressionComments, .routeServerAndInternalLoadBalancer,
        .literalCredentials, .valuesNotKnownOffline, .privateDnsZoneLinkedToHub, .spokeAddsHubSidePeering,
        .sharedExistingSecurityGroup,
    ]
}

/// A service tag as written in an NSG rule: a name Azure maps to a set of address prefixes
/// (`Internet`, `VirtualNetwork`, `AzureLoadBalancer`, `Storage`), optionally scoped to a region
/// (`Storage.WestEurope`, `AzureCloud.westeurope`). Tags are compared without regard to case.
///
/// Microsoft adds tags over time, so `isKnown` only says whether the name is in the list below
/// (a snapshot of the tags documented for NSG rules); callers treat an unknown, tag-shaped word
/// as "cannot tell", never as wrong, unless it is a near miss of a known tag (`Internt`).
public struct ServiceTag: Hashable, Sendable, CustomStringConvertible {
    /// The tag as written.
    public let name: String
    /// The part before the first `.` (`Storage` for `Storage.WestEurope`).
    public let base: String
    /// The part after the first `.`, if any: a region for most tags, a sub-scope for a few
    /// (`AzureFrontDoor.Backend`).
    public let scope: String?

    public init(_ name: String) {
        self.name = name
        if let dot = name.firstIndex(of: ".") {
            base = String(name[..<dot])
            scope = String(name[name.index(after: dot)...])
        } else {
            base = name
            scope = nil
        }
    }

    public static let virtualNetwork = ServiceTag("VirtualNetwork")
    public static let internet = ServiceTag("Internet")
    public static let azureLoadBalancer = ServiceTag("AzureLoadBalancer")

    /// Case-insensitive key for dictionaries.
    public var key: String { name.asciiLowercased }

    public func isSame(as other: ServiceTag) -> Bool { name.equalsIgnoringCase(other.name) }

    /// True when every address of `other` is, by definition, in this tag: the same tag, or this
    /// is the global form of `other`'s regional form (`Storage` covers `Storage.WestEurope`).
    public func covers(_ other: ServiceTag) -> Bool {
        isSame(as: other) || (scope == nil && other.scope != nil && base.equalsIgnoringCase(other.base))
    }

    /// True when the base name is in `knownNames` (the regional part is not checked: regions
    /// come and go).
    public var isKnown: Bool { ServiceTag.knownNameSet.contains(base.asciiLowercased) }

    /// True for text that could be a tag name: a letter, then letters and digits, with at most one
    /// `.` followed by letters, digits or `.` (`AzureFrontDoor.Backend`, `Storage.WestEurope`).
    public static func isTagShaped(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isLetter(first), let lastByte = bytes.last, lastByte != UInt8(ascii: ".")
        else { return false }
        return bytes.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: ".") }
    }

    /// A known tag whose name is within two edits of `text`'s base (ignoring case), for names
    /// of seven characters or more (the word itself at least five): a near miss such as `Internt`.
    public static func nearMiss(of text: String) -> String? {
        let tag = ServiceTag(text)
        guard !tag.isKnown, tag.base.utf8.count >= 5 else { return nil }
        let lowered = Array(tag.base.asciiLowercased.utf8)
        var best: (name: String, distance: Int)?
        for known in knownNames where known.utf8.count >= 7 {
            let distance = editDistance(lowered, Array(known.asciiLowercased.utf8), limit: 2)
            if distance <= 2, best == nil || distance < best!.distance { best = (known, distance) }
        }
        guard let best else { return nil }
        return tag.scope.map { "\(best.name).\($0)" } ?? best.name
    }

    public var description: String { name }

    /// Service tag base names documented for NSG rules (service-tags-overview, 2025).
    public static let knownNames: [String] = [
        "ActionGroup", "ApiManagement", "ApplicationInsightsAvailability", "AppConfiguration", "AppService",
        "AppServiceManagement", "AutonomousDevelopmentPlatform", "AzureActiveDirectory",
        "AzureActiveDirectoryDomainServices", "AzureAdvancedThreatProtection", "AzureArcInfrastructure",
        "AzureAttestation", "AzureBackup", "AzureBotService", "AzureCloud", "AzureCognitiveSearch",
        "AzureConnectors", "AzureContainerAppsService", "AzureContainerRegistry", "AzureCosmosDB",
        "AzureDatabricks", "AzureDataExplorerManagement", "AzureDataLake", "AzureDevOps", "AzureDevSpaces",
        "AzureDeviceUpdate", "AzureDigitalTwins", "AzureEventGrid", "AzureFrontDoor", "AzureHealthcareAPIs",
        "AzureInformationProtection", "AzureIoTHub", "AzureKeyVault", "AzureLoadBalancer",
        "AzureLoadTestingInstanceManagement", "AzureMachineLearning", "AzureMachineLearningInference",
        "AzureManagedGrafana", "AzureMonitor", "AzureOpenDatasets", "AzurePlatformDNS", "AzurePlatformIMDS",
        "AzurePlatformLKM", "AzurePortal", "AzureResourceManager", "AzureSentinel", "AzureSignalR",
        "AzureSiteRecovery", "AzureSphere", "AzureSpringCloud", "AzureStack", "AzureTrafficManager",
        "AzureUpdateDelivery", "AzureWebPubSub", "BatchNodeManagement", "ChaosStudio", "CognitiveServicesFrontend",
        "CognitiveServicesManagement", "DataFactory", "DataFactoryManagement", "Dynamics365BusinessCentral",
        "Dynamics365ForMarketingEmail", "EOPExternalPublishedIPs", "EventHub", "GatewayManager",
        "GuestAndHybridManagement", "HDInsight", "Internet", "KustoAnalytics", "LogicApps", "LogicAppsManagement",
        "M365ManagementActivityApi", "M365ManagementActivityApiWebhook", "Marketplace", "MicrosoftAzureFluidRelay",
        "MicrosoftCloudAppSecurity", "MicrosoftContainerRegistry", "MicrosoftDefenderForEndpoint",
        "MicrosoftPurviewPolicyDistribution", "OneDsCollector", "PowerBI", "PowerPlatformInfra",
        "PowerPlatformPlex", "PowerQueryOnline", "Scuba", "SerialConsole", "ServiceBus", "ServiceFabric", "Sql",
        "SqlManagement", "Storage", "StorageMover", "StorageSyncService", "VideoIndexer", "VirtualNetwork",
        "WindowsAdminCenter", "WindowsVirtualDesktop",
    ]

    private static let knownNameSet = Set(knownNames.map(\.asciiLowercased))

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Levenshtein distance, giving up (returning `limit + 1`) once every path exceeds `limit`.
    private static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

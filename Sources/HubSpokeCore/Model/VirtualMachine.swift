/// `Microsoft.Compute/virtualMachines`, modelled as far as networking and credentials go.
public struct VirtualMachine: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    public var vmSize: String
    /// `Windows` or `Linux`: decides name limits (REF-005) and the password rules (SEC-008).
    public var osType: String
    /// Paths of its NICs, the first being primary.
    public var networkInterfaces: [String]
    public var adminUsername: Credential
    public var adminPassword: Credential?
    /// Linux only: true when SSH keys are the only way in.
    public var disablePasswordAuthentication: Bool?
    /// Linux only: the SSH public key for `adminUsername` (a parameter, normally).
    public var sshPublicKey: Credential?
    public var imageReference: ImageReference?

    public init(
        name: String,
        placement: Placement = Placement(),
        vmSize: String = "Standard_B2s",
        osType: String = "Linux",
        networkInterfaces: [String] = [],
        adminUsername: Credential = .parameter("adminUsername"),
        adminPassword: Credential? = .secureParameter("adminPassword"),
        disablePasswordAuthentication: Bool? = nil,
        sshPublicKey: Credential? = nil,
        imageReference: ImageReference? = nil
    ) {
        self.name = name
        self.placement = placement
        self.vmSize = vmSize
        self.osType = osType
        self.networkInterfaces = networkInterfaces
        self.adminUsername = adminUsername
        self.adminPassword = adminPassword
        self.disablePasswordAuthentication = disablePasswordAuthentication
        self.sshPublicKey = sshPublicKey
        self.imageReference = imageReference
    }

    public var isWindows: Bool { osType.equalsIgnoringCase("Windows") }
}

public struct ImageReference: Hashable, Sendable, Codable {
    public var publisher: String
    public var offer: String
    public var sku: String
    public var version: String

    public init(publisher: String, offer: String, sku: String, version: String = "latest") {
        self.publisher = publisher
        self.offer = offer
        self.sku = sku
        self.version = version
    }

    public static let windowsServer2022 = ImageReference(
        publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition")
    public static let ubuntu2204 = ImageReference(
        publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts-gen2")
}

/// Where a VM credential comes from. A secret belongs in a `@secure()` parameter without a
/// default or in Key Vault; a literal lands in the template and the deployment history (SEC-007).
public enum Credential: Hashable, Sendable, Codable {
    /// A `@secure()` parameter with no default: supplied at deployment, never stored.
    case secureParameter(String)
    /// A plain parameter with no default (acceptable for a user name, not for a password).
    case parameter(String)
    /// A value written into the template: a literal, or a param/var with a literal default.
    case literal(String)
    /// `keyVault.getSecret('name')` or a Key Vault reference in a parameters file.
    case keyVaultSecret(String)
    /// Not knowable offline (an expression); checks that need it are skipped.
    case unknown(String)

    /// Encoded as a one-member object naming the source, e.g. `{"secureParameter": "adminPassword"}`.
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case secureParameter, parameter, literal, keyVaultSecret, unknown
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let present = CodingKeys.allCases.filter { container.contains($0) }
        guard present.count == 1, let key = present.first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "expected exactly one of secureParameter, parameter, literal, keyVaultSecret, unknown"))
        }
        let value = try container.decode(String.self, forKey: key)
        switch key {
        case .secureParameter: self = .secureParameter(value)
        case .parameter: self = .parameter(value)
        case .literal: self = .literal(value)
        case .keyVaultSecret: self = .keyVaultSecret(value)
        case .unknown: self = .unknown(value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .secureParameter(let v): try container.encode(v, forKey: .secureParameter)
        case .parameter(let v): try container.encode(v, forKey: .parameter)
        case .literal(let v): try container.encode(v, forKey: .literal)
        case .keyVaultSecret(let v): try container.encode(v, forKey: .keyVaultSecret)
        case .unknown(let v): try container.encode(v, forKey: .unknown)
        }
    }
}

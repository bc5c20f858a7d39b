import HubSpokeCore

/// The parameters that carry VM credentials. Secrets never appear as values in an export: a
/// password is always a `@secure()` parameter without a default, a user name or SSH key a
/// plain parameter without a default. A credential that was a literal, a Key Vault secret or
/// an expression becomes the conventional parameter for its role (`adminPassword`...): that is
/// the intended change SEC-007 asks for.
struct CredentialParameters {
    enum Role {
        case username, password, sshPublicKey

        var conventionalName: String {
            switch self {
            case .username: return "adminUsername"
            case .password: return "adminPassword"
            case .sshPublicKey: return "adminSshPublicKey"
            }
        }
    }

    struct Parameter {
        var name: String
        var isSecure: Bool
    }

    private(set) var parameters: [Parameter] = []
    private var indexByName: [String: Int] = [:]

    /// The parameter name to use for `credential` in `role`, declaring it on first use.
    mutating func name(for credential: Credential, role: Role) -> String {
        let name: String
        var isSecure = role == .password
        switch credential {
        case .secureParameter(let declared):
            name = CredentialParameters.identifier(declared, role: role)
            isSecure = true
        case .parameter(let declared):
            name = CredentialParameters.identifier(declared, role: role)
        case .literal, .unknown, .keyVaultSecret:
            name = role.conventionalName
        }
        declare(name, isSecure: isSecure)
        return name
    }

    /// Declares a `@secure()` parameter that is not a VM credential (a VPN shared key).
    mutating func secureParameter(_ name: String) -> String {
        declare(name, isSecure: true)
        return name
    }

    private mutating func declare(_ name: String, isSecure: Bool) {
        let key = name.asciiLowercased
        if let i = indexByName[key] {
            parameters[i].isSecure = parameters[i].isSecure || isSecure
        } else {
            indexByName[key] = parameters.count
            parameters.append(Parameter(name: name, isSecure: isSecure))
        }
    }

    /// A declared parameter name when it is a valid Bicep identifier, else its camel-case form.
    private static func identifier(_ declared: String, role: Role) -> String {
        let valid =
            !declared.isEmpty
            && declared.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0))
            } && !("0"..."9").contains(declared.unicodeScalars.first!)
            && !SymbolNames.reserved.contains(declared)
        if valid { return declared }
        let camel = SymbolNames.camelCase(declared)
        return camel.isEmpty || SymbolNames.reserved.contains(camel) ? role.conventionalName : camel
    }

    /// `param NAME string` lines, secure ones decorated, in order of first use.
    func rendered() -> String {
        parameters.map { ($0.isSecure ? "@secure()\n" : "") + "param \($0.name) string\n" }.joined(separator: "\n")
    }
}

import HubSpokeCore

/// How a VM credential reads in the inspector and is typed back. A password is only ever a
/// secure parameter: the inspector names the parameter, never a value, and refuses anything
/// that is not a parameter name, so a secret cannot be typed into the design (SEC-007).
public enum CredentialText {
    /// Names Azure refuses as a VM administrator account.
    static let reservedUserNames: Set<String> = [
        "administrator", "admin", "user", "user1", "test", "user2", "test1", "user3", "admin1", "1", "123", "a",
        "actuser", "adm", "admin2", "aspnet", "backup", "console", "david", "guest", "john", "owner", "root", "server",
        "sql", "support", "support_388945a0", "sys", "test2", "test3", "user4", "user5",
    ]

    /// The text the inspector shows for a credential.
    public static func display(_ credential: Credential?) -> String {
        switch credential {
        case nil: ""
        case .secureParameter(let name)?: "secure parameter \(name)"
        case .parameter(let name)?: "parameter \(name)"
        case .literal(let value)?: value
        case .keyVaultSecret(let name)?: "Key Vault secret \(name)"
        case .unknown(let expression)?: "expression \(expression)"
        }
    }

    /// What the password row shows: the secure parameter's name, or what is wrong, never a value.
    public static func displayPassword(_ credential: Credential?) -> String {
        switch credential {
        case .literal?: "literal value (hidden; SEC-007: make it a secure parameter)"
        case .parameter(let name)?: "parameter \(name) (not @secure())"
        default: display(credential)
        }
    }

    /// `adminUsername`: `parameter NAME` or a user name Azure accepts.
    public static let adminUsername = FieldCheck(name: "adminUsername", suggestions: ["parameter adminUsername"]) {
        text in
        if let name = parameterName(text, after: "parameter") {
            return isIdentifier(name)
                ? .success("parameter \(name)")
                : .failure(PaletteError("'\(name)' is not a parameter name (letters, digits, _)"))
        }
        guard (1...20).contains(text.count) else {
            return .failure(PaletteError("an admin user name is 1 to 20 characters"))
        }
        guard text.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }), !text.hasSuffix(".") else {
            return .failure(PaletteError("an admin user name uses letters, digits, - _ . and does not end in ."))
        }
        guard !reservedUserNames.contains(text.asciiLowercased) else {
            return .failure(PaletteError("Azure refuses '\(text)' as an admin user name"))
        }
        return .success(text)
    }

    /// `adminPassword`: the name of the `@secure()` parameter that supplies it at deployment.
    public static let adminPassword = FieldCheck(
        name: "adminPassword", suggestions: ["secure parameter adminPassword"]
    ) { text in
        let name = parameterName(text, after: "secure parameter") ?? text
        guard isIdentifier(name) else {
            return .failure(
                PaletteError(
                    "a password is never stored in the design: type the name of the @secure() parameter that supplies it"
                ))
        }
        return .success("secure parameter \(name)")
    }

    /// The credential for text accepted by ``adminUsername``.
    public static func userName(_ text: String) -> Credential {
        parameterName(text, after: "parameter").map { .parameter($0) } ?? .literal(text)
    }

    /// The credential for text accepted by ``adminPassword``.
    public static func password(_ text: String) -> Credential {
        .secureParameter(parameterName(text, after: "secure parameter") ?? text)
    }

    static func parameterName(_ text: String, after keyword: String) -> String? {
        guard text.lowercased().hasPrefix(keyword + " ") else { return nil }
        return String(text.dropFirst(keyword.count + 1)).trimmingWhitespace()
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}

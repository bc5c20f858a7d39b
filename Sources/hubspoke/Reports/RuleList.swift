import HubSpokeCore

/// `validate --list-rules`: the catalog as this binary implements it.
enum RuleList {
    static func render(_ rules: [RuleDescriptor], format: Validate.Format) -> String {
        switch format {
        case .json, .sarif:
            return JSONReport.encode(rules)
        case .text:
            var out = ""
            for rule in rules {
                let severity = rule.severity.rawValue.padding(7)
                out += "\(rule.id.padding(9)) \(severity) \(rule.title)\n"
            }
            out += "\(rules.count) rules\n"
            return out
        }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

import JourneyCore

/// `journey check --format github`: a finding as a GitHub Actions workflow
/// command (`::warning file=…,title=…::…`), which the run's summary and a pull
/// request's files show on the map. Its values are escaped as the runner
/// reads them: `%`, CR and LF everywhere, and `:` and `,` in the properties.
enum GitHubAnnotation {
    static func line(_ finding: CheckFinding, file: String) -> String {
        let level = finding.severity == .error ? "error" : "warning"
        return "::\(level) file=\(property(file)),title=\(property("journey check: " + finding.rule.rawValue))::"
            + data(DisplayText.singleLine(finding.path + ": " + finding.message))
    }

    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}

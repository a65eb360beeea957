/// One JSON file of a workspace as last seen: a map with its summary, a map
/// that does not load (with why), or a file that is not meant as a map.
public struct WorkspaceEntry: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        case map(MapSummary)
        case failed(String)
        case notAMap
    }

    public var file: WorkspaceFiles.Found
    /// FNV-1a of the bytes (the journal's fingerprint), for a map; "" otherwise.
    public var fingerprint: String
    public var state: State

    public var path: String { file.path }

    public var summary: MapSummary? {
        if case .map(let summary) = state { return summary }
        return nil
    }

    public var failure: String? {
        if case .failed(let reason) = state { return reason }
        return nil
    }
}

extension WorkspaceEntry {
    /// The cache's manifest: what each file was when last read, so that only what changed is read again.
    static let manifestMagic: [UInt8] = Array("journey-workspace-2\n".utf8)

    static func encode(_ entries: [WorkspaceEntry]) -> [UInt8] {
        var out = ByteWriter()
        out.bytes.append(contentsOf: manifestMagic)
        out.count(entries.count)
        for entry in entries {
            out.string(entry.file.path)
            out.int(entry.file.size)
            out.int(entry.file.changed)
            out.string(entry.fingerprint)
            switch entry.state {
            case .notAMap: out.byte(0)
            case .failed(let reason):
                out.byte(1)
                out.string(reason)
            case .map(let summary):
                out.byte(2)
                summary.write(to: &out)
            }
        }
        return out.bytes
    }

    static func decode(_ bytes: [UInt8]) -> [WorkspaceEntry]? {
        var input = ByteReader(bytes)
        guard input.skip(manifestMagic), let count = input.count() else { return nil }
        var entries: [WorkspaceEntry] = []
        for _ in 0..<count {
            guard let path = input.string(), let size = input.int(), let changed = input.int(),
                  let fingerprint = input.string(), let kind = input.byte() else { return nil }
            let state: State
            switch kind {
            case 0: state = .notAMap
            case 1:
                guard let reason = input.string() else { return nil }
                state = .failed(reason)
            case 2:
                guard let summary = MapSummary(from: &input) else { return nil }
                state = .map(summary)
            default: return nil
            }
            entries.append(WorkspaceEntry(file: .init(path: path, size: size, changed: changed), fingerprint: fingerprint, state: state))
        }
        return input.atEnd ? entries : nil
    }
}

extension MapSummary {
    func write(to out: inout ByteWriter) {
        out.string(title)
        out.count(stages)
        out.count(touchpoints)
        out.count(personas.count)
        for persona in personas {
            out.string(persona.id)
            out.string(persona.name)
            out.optionalDouble(persona.averageEmotion)
        }
        out.optionalString(lastReviewed)
        out.byte(reviewCadence.map { UInt8(ReviewCadence.allCases.firstIndex(of: $0)! + 1) } ?? 0)
        out.count(errors)
        out.count(warnings)
        out.count(findings.count)
        for finding in findings {
            out.string(finding.rule)
            out.count(finding.count)
        }
        out.string(checkedOn)
        out.count(openPainPoints)
        out.count(opportunities)
        out.optionalString(futureOf)
        out.count(links.count)
        for link in links { out.string(link) }
    }

    init?(from input: inout ByteReader) {
        guard let title = input.string(), let stages = input.count(), let touchpoints = input.count(),
              let personaCount = input.count() else { return nil }
        var personas: [PersonaMood] = []
        for _ in 0..<personaCount {
            guard let id = input.string(), let name = input.string(), let average = input.optionalDouble() else { return nil }
            personas.append(PersonaMood(id: id, name: name, averageEmotion: average))
        }
        guard let lastReviewed = input.optionalString(), let cadence = input.optionalElement(of: ReviewCadence.allCases),
              let errors = input.count(), let warnings = input.count(), let findingCount = input.count() else { return nil }
        var findings: [RuleCount] = []
        for _ in 0..<findingCount {
            guard let rule = input.string(), let count = input.count() else { return nil }
            findings.append(RuleCount(rule: rule, count: count))
        }
        guard let checkedOn = input.string(), let open = input.count(), let opportunities = input.count(),
              let futureOf = input.optionalString(), let linkCount = input.count() else { return nil }
        var links: [String] = []
        for _ in 0..<linkCount {
            guard let link = input.string() else { return nil }
            links.append(link)
        }
        self.init(title: title, stages: stages, touchpoints: touchpoints, personas: personas, lastReviewed: lastReviewed,
                  reviewCadence: cadence, errors: errors, warnings: warnings, findings: findings, checkedOn: checkedOn,
                  openPainPoints: open, opportunities: opportunities, futureOf: futureOf, links: links)
    }
}

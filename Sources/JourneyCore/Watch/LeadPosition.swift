import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// Where a leading editor is (`:lead`), for `journey watch` to follow: the
/// view it shows, its cursor by id, the stage it presents, its timer, and
/// who it is. Kept in `.NAME.lead-SESSION` beside the map (see `LeadFile`) as JSON
/// with a format name and a version, checked on read: a file that is not
/// one journey wrote is ignored, never trusted.
public struct LeadPosition: Equatable, Sendable {
    public static let format = "journey-lead"
    public static let version = 1

    /// The workshop timer, as a time to count down to (or what was left when
    /// paused), so a watcher counts down by its own clock.
    public enum Timer: Equatable, Sendable {
        case running(until: Date)
        case paused(left: TimeInterval)
    }

    /// A presentation: the stage shown, the touchpoint in the spotlight, the scroll.
    public struct Presenting: Equatable, Sendable {
        public var stage: String
        public var spotlight: String?
        public var scroll: Int

        public init(stage: String, spotlight: String? = nil, scroll: Int = 0) {
            self.stage = stage
            self.spotlight = spotlight
            self.scroll = scroll
        }
    }

    /// The view's name (`grid`, `overview`, …).
    public var screen: String
    public var stage: String?
    public var touchpoint: String?
    public var lane: String?
    public var presenting: Presenting?
    /// The insights view's sort and filters, so a room sees the ranking the facilitator shows.
    public var insights: InsightsQuery?
    public var timer: Timer?
    /// Who leads: filled in when the position is published.
    public var pid = 0
    public var host = ""
    public var session = ""
    /// The account that owns the file it was read from (the kernel's word, not the file's).
    public var owner = geteuid()

    public init(screen: String, stage: String? = nil, touchpoint: String? = nil, lane: String? = nil,
                presenting: Presenting? = nil, timer: Timer? = nil) {
        self.screen = screen
        self.stage = stage
        self.touchpoint = touchpoint
        self.lane = lane
        self.presenting = presenting
        self.timer = timer
    }

    /// Whether the journey that wrote it still runs as its file's owner (on another host there is no telling: yes).
    public var writerIsRunning: Bool {
        MapLock.Holder(pid: pid, host: host, user: "", since: nil, owner: owner).isRunning
    }

    var json: JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        var members: [String: JSONValue] = [
            "format": .string(Self.format), "version": .int(Self.version), "screen": .string(screen),
            "stage": optional(stage), "touchpoint": optional(touchpoint), "lane": optional(lane),
            "pid": .int(pid), "host": .string(host), "session": .string(session),
        ]
        if let presenting {
            members["present"] = .object(["stage": .string(presenting.stage), "spotlight": optional(presenting.spotlight),
                                          "scroll": .int(presenting.scroll)])
        }
        if let insights {
            members["insights"] = .object([
                "sort": .string(insights.sort.rawValue), "descending": .bool(insights.descending),
                "stage": optional(insights.stage), "kind": optional(insights.kind?.rawValue),
                "status": optional(insights.status?.rawValue),
            ])
        }
        switch timer {
        case .running(let until)?: members["timer"] = .object(["until": .double(until.timeIntervalSince1970)])
        case .paused(let left)?: members["timer"] = .object(["paused": .double(left)])
        case nil: break
        }
        return .object(members)
    }

    public var bytes: [UInt8] { ((try? JSONWriter.compact(json)) ?? []) + [UInt8(ascii: "\n")] }

    /// Reads a lead file's bytes; the error says what is wrong, in words.
    public static func decode(_ bytes: [UInt8]) -> Result<LeadPosition, MapDecodingError> {
        do throws(MapDecodingError) {
            let value: JSONValue
            do {
                value = try JSONParser.parse(bytes)
            } catch {
                throw MapDecodingError(.root, "not JSON (\(error.message))")
            }
            let r = try ObjectReader(value, at: .root)
            guard try r.optionalString("format") == format else { throw MapDecodingError(JSONPath.root.key("format"), "not \(format)") }
            let version = try r.requiredInt("version")
            guard version == Self.version else {
                throw MapDecodingError(JSONPath.root.key("version"), "version \(version); this journey reads \(Self.version)")
            }
            var lead = LeadPosition(screen: try r.requiredString("screen"), stage: try r.optionalString("stage"),
                                    touchpoint: try r.optionalString("touchpoint"), lane: try r.optionalString("lane"))
            lead.pid = try r.requiredInt("pid")
            lead.host = try r.string("host")
            lead.session = try r.string("session")
            if let present = r.members["present"], present != .null {
                let p = try ObjectReader(present, at: JSONPath.root.key("present"))
                let scroll = try p.members["scroll"].map { v throws(MapDecodingError) in
                    try ObjectReader.int(v, at: JSONPath.root.key("present").key("scroll"), in: 0...1_000_000)
                } ?? 0
                lead.presenting = Presenting(stage: try p.requiredString("stage"), spotlight: try p.optionalString("spotlight"),
                                             scroll: scroll)
            }
            if let insights = r.members["insights"], insights != .null {
                let path = JSONPath.root.key("insights")
                let i = try ObjectReader(insights, at: path)
                var query = InsightsQuery()
                func named<T: RawRepresentable<String>>(_ key: String, _ make: (String) -> T?) throws(MapDecodingError) -> T? {
                    guard let text = try i.optionalString(key) else { return nil }
                    guard let value = make(text) else { throw MapDecodingError(path.key(key), "not a known \(key): \(text)") }
                    return value
                }
                query.sort = try named("sort", InsightsQuery.Column.init(rawValue:)) ?? .priority
                if case .bool(let descending)? = i.members["descending"] { query.descending = descending }
                query.stage = try i.optionalString("stage")
                query.kind = try named("kind", Insight.Kind.init(rawValue:))
                query.status = try named("status", ItemStatus.init(rawValue:))
                lead.insights = query
            }
            if let timer = r.members["timer"], timer != .null {
                let path = JSONPath.root.key("timer")
                let t = try ObjectReader(timer, at: path)
                if let until = t.members["until"] {
                    let seconds = try ObjectReader.double(until, at: path.key("until"))
                    guard abs(seconds) < 1e11 else { throw MapDecodingError(path.key("until"), "not a time") }
                    lead.timer = .running(until: Date(timeIntervalSince1970: seconds))
                } else if let paused = t.members["paused"] {
                    let left = try ObjectReader.double(paused, at: path.key("paused"))
                    guard (0...86_400).contains(left) else { throw MapDecodingError(path.key("paused"), "not 0 to a day") }
                    lead.timer = .paused(left: left)
                } else {
                    throw MapDecodingError(path, "neither until nor paused")
                }
            }
            return .success(lead)
        } catch {
            return .failure(error)
        }
    }
}

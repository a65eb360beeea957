import JourneyJSON

/// Brings a document written by an earlier version of journey up to the
/// current format, one version at a time, before it is decoded.
public enum MapMigration {
    public enum Failure: Error, Equatable, Sendable {
        case notAMap(MapDecodingError)
        case newerVersion(Int)
    }

    /// The document's version after checking its `format` and `version` members.
    public static func version(of document: JSONValue) throws(Failure) -> Int {
        try version(of: .tree(document, at: .root))
    }

    static func version(of document: JSONNode) throws(Failure) -> Int {
        guard let root = try? ObjectReader(document) else {
            throw .notAMap(MapDecodingError(.root, "expected an object holding a journey map, found \(document.typeName)"))
        }
        guard let member = root.member("format") else {
            throw .notAMap(MapDecodingError(JSONPath.root.key("format"),
                                            "missing; a journey map starts with \"format\": \"\(MapFormat.name)\""))
        }
        guard let format = member.string else {
            throw .notAMap(MapDecodingError(JSONPath.root.key("format"), "expected \"\(MapFormat.name)\", found \(member.typeName)"))
        }
        guard format == MapFormat.name else {
            throw .notAMap(MapDecodingError(JSONPath.root.key("format"),
                                            "\"\(format)\" is not a journey map; expected \"\(MapFormat.name)\""))
        }
        guard let value = root.member("version") else {
            throw .notAMap(MapDecodingError(JSONPath.root.key("version"), "missing; expected a whole number"))
        }
        do {
            return try ObjectReader.int(value, in: 0...Int(Int32.max))
        } catch {
            throw .notAMap(error)
        }
    }

    public static func migrate(_ document: JSONValue) throws(Failure) -> JSONValue {
        var version = try version(of: document)
        guard version <= MapFormat.version else { throw .newerVersion(version) }
        var current = document
        while version < MapFormat.version {
            current = steps[version](current)
            version += 1
        }
        return current
    }

    /// The oldest version journey opens.
    public static var oldestVersion: Int { MapFormat.version - steps.count }

    /// `steps[n]` turns a version-n document into version n+1.
    static let steps: [@Sendable (JSONValue) -> JSONValue] = [version0to1, version1to2, version2to3]

    /// Version 0, the preview format, held one emotion score per touchpoint
    /// rather than one per persona. The score moves to the first persona (one
    /// is made if the map has none).
    static func version0to1(_ document: JSONValue) -> JSONValue {
        guard case .object(var root) = document else { return document }
        var personaID = "persona-1"
        if case .array(let personas)? = root["personas"], case .object(let first)? = personas.first,
           case .string(let id)? = first["id"] {
            personaID = id
        } else {
            root["personas"] = .array([.object(["id": .string(personaID), "name": .string("Customer")])])
        }
        eachObject(in: &root, at: "stages") { stage in
            eachObject(in: &stage, at: "touchpoints") { touchpoint in
                guard let score = touchpoint["emotion"], case .number = score else { return }
                touchpoint["emotion"] = .object([personaID: score])
            }
        }
        root["version"] = .int(1)
        return .object(root)
    }

    /// Version 2 added what is done about an item (status, owner, due day,
    /// the pain points an opportunity addresses) and a metric's target and
    /// dated measurements. All are optional, so a version-1 map reads as it
    /// is. Members a version-1 journey kept as unknown under those names are
    /// moved aside rather than misread, so nothing the file held is lost.
    static func version1to2(_ document: JSONValue) -> JSONValue {
        guard case .object(var root) = document else { return document }
        eachObject(in: &root, at: "stages") { stage in
            stage["metrics"] = stage["metrics"].map { moveAside($0, ["targets", "history"]) }
            eachObject(in: &stage, at: "touchpoints") { touchpoint in
                for key in ["painPoints", "opportunities", "quotes"] {
                    guard case .array(let items)? = touchpoint[key] else { continue }
                    touchpoint[key] = .array(items.map { moveAside($0, ["status", "owner", "due", "addresses"]) })
                }
                touchpoint["metrics"] = touchpoint["metrics"].map { moveAside($0, ["targets", "history"]) }
            }
        }
        root["version"] = .int(2)
        return .object(root)
    }

    /// Version 3 keeps revealed dot-voting rounds in `votingRounds` (who
    /// placed how many dots on which item). Optional, so a version-2 map
    /// reads as it is; a member a version-2 journey kept as unknown under that
    /// name is moved aside to `votingRounds (version 2)`.
    static func version2to3(_ document: JSONValue) -> JSONValue {
        guard case .object(var root) = document else { return document }
        if let old = root.removeValue(forKey: "votingRounds") { root["votingRounds (version 2)"] = old }
        root["version"] = .int(3)
        return .object(root)
    }

    /// Changes each object in the array under `key`, in place; what is not an array, or not an object, stays as it is.
    private static func eachObject(in container: inout [String: JSONValue], at key: String,
                                   _ change: (inout [String: JSONValue]) -> Void) {
        guard case .array(var elements)? = container[key] else { return }
        for i in elements.indices {
            guard case .object(var object) = elements[i] else { continue }
            change(&object)
            elements[i] = .object(object)
        }
        container[key] = .array(elements)
    }

    /// `status` becomes `status (version 1)`, and so on.
    private static func moveAside(_ value: JSONValue, _ keys: [String]) -> JSONValue {
        guard case .object(var members) = value else { return value }
        for key in keys {
            if let old = members.removeValue(forKey: key) { members[key + " (version 1)"] = old }
        }
        return .object(members)
    }
}

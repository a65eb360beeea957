import Foundation

/// The recovery journal: a hidden file beside the map to which every
/// committed edit is appended and flushed before the screen shows it done.
/// A clean save or quit removes it; after a crash, a kill or a dropped SSH
/// link, replaying it onto the saved map restores every committed edit.
///
/// One line per entry: a 16-digit FNV-1a checksum, a space, compact JSON.
/// The first line is the header; each further line one transaction, as the
/// forward changes it applied. A line cut short or damaged ends the journal:
/// everything before it is recovered.
public enum Journal {
    public static let format = "journey-journal"

    /// `.NAME.journal` in the map's folder.
    public static func path(for mapPath: String) -> String {
        let url = URL(fileURLWithPath: mapPath)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".journal").path
    }

    public static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func line(_ value: JSONValue) throws(JournalWriter.Failure) -> [UInt8] {
        let payload: [UInt8]
        do {
            payload = try JSONWriter.compact(value)
        } catch {
            throw JournalWriter.Failure(description: "cannot journal this edit: \(error)")
        }
        return Array(fingerprint(payload).utf8) + [UInt8(ascii: " ")] + payload + [UInt8(ascii: "\n")]
    }

    // MARK: changes as JSON

    static func encode(_ change: Change) -> JSONValue {
        switch change {
        case .setInfo(_, let to):
            var info = JourneyMap(title: "")
            info.info = to
            return .object(["op": .string("info"), "to": MapEncoder.encode(info)])
        case .setStage(let index, _, let to):
            var stage = Stage(id: to.id, name: to.name)
            stage.info = to
            guard case .object(var object) = MapEncoder.stage(stage) else { return .null }
            object["touchpoints"] = nil
            return .object(["op": .string("stage"), "index": .int(index), "to": .object(object)])
        case .insertStage(let index, let stage):
            return .object(["op": .string("insertStage"), "index": .int(index), "stage": MapEncoder.stage(stage)])
        case .removeStage(let index, _):
            return .object(["op": .string("removeStage"), "index": .int(index)])
        case .setTouchpoint(let stage, let index, _, let to):
            return .object(["op": .string("touchpoint"), "stage": .int(stage), "index": .int(index),
                            "to": MapEncoder.touchpoint(to)])
        case .insertTouchpoint(let stage, let index, let touchpoint):
            return .object(["op": .string("insertTouchpoint"), "stage": .int(stage), "index": .int(index),
                            "touchpoint": MapEncoder.touchpoint(touchpoint)])
        case .removeTouchpoint(let stage, let index, _):
            return .object(["op": .string("removeTouchpoint"), "stage": .int(stage), "index": .int(index)])
        }
    }

    /// The change a journal entry describes, made against `map` as it is now.
    static func decode(_ value: JSONValue, onto map: JourneyMap, at path: JSONPath) throws(MapDecodingError) -> Change {
        let r = try ObjectReader(value, at: path)
        let op = try r.requiredString("op")
        func index(_ key: String, below count: Int) throws(MapDecodingError) -> Int {
            let value = try r.requiredInt(key)
            guard (0..<count).contains(value) else { throw MapDecodingError(path.key(key), "\(value) is not a position in the map") }
            return value
        }
        func member(_ key: String) throws(MapDecodingError) -> JSONValue {
            guard let value = r.members[key] else { throw MapDecodingError(path.key(key), "missing") }
            return value
        }
        let scale = map.emotionScale
        switch op {
        case "info":
            return .setInfo(from: map.info, to: try MapDecoder.decode(try member("to")).info)
        case "stage":
            let s = try index("index", below: map.stages.count)
            let stage = try MapDecoder.stage(try member("to"), path.key("to"), scale: scale)
            return .setStage(index: s, from: map.stages[s].info, to: stage.info)
        case "insertStage":
            let s = try index("index", below: map.stages.count + 1)
            return .insertStage(index: s, stage: try MapDecoder.stage(try member("stage"), path.key("stage"), scale: scale))
        case "removeStage":
            let s = try index("index", below: map.stages.count)
            return .removeStage(index: s, stage: map.stages[s])
        case "touchpoint":
            let s = try index("stage", below: map.stages.count)
            let i = try index("index", below: map.stages[s].touchpoints.count)
            let to = try MapDecoder.touchpoint(try member("to"), path.key("to"), scale: scale)
            return .setTouchpoint(stage: s, index: i, from: map.stages[s].touchpoints[i], to: to)
        case "insertTouchpoint":
            let s = try index("stage", below: map.stages.count)
            let i = try index("index", below: map.stages[s].touchpoints.count + 1)
            let touchpoint = try MapDecoder.touchpoint(try member("touchpoint"), path.key("touchpoint"), scale: scale)
            return .insertTouchpoint(stage: s, index: i, touchpoint: touchpoint)
        case "removeTouchpoint":
            let s = try index("stage", below: map.stages.count)
            let i = try index("index", below: map.stages[s].touchpoints.count)
            return .removeTouchpoint(stage: s, index: i, touchpoint: map.stages[s].touchpoints[i])
        default:
            throw MapDecodingError(path.key("op"), "unknown change \"\(op)\"")
        }
    }
}

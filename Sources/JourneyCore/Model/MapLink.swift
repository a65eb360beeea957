/// A path from one map to another: a touchpoint's `link` (the detailed
/// journey it opens into) or a map's `futureOf` (its current state). Kept as
/// typed; a relative one is read against the folder of the map holding it.
public enum MapLink {
    /// Why a typed path cannot be a link; nil when it can.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "a link may not be empty; give a map file's path, e.g. detail/checkout.json" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return "a link may not hold control characters or line breaks; give a map file's path"
        }
        return nil
    }

    /// The link as a relative URL for an export (a Markdown or HTML link to the
    /// map file), percent-encoded; nil for what a browser would not read as a
    /// path beside the export (a scheme such as javascript:, an absolute path, //host).
    public static func relativeURL(_ link: String) -> String? {
        guard !link.hasPrefix("/"), !(link.split(separator: "/", omittingEmptySubsequences: false).first ?? "").contains(":") else {
            return nil
        }
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in link.utf8 {
            if kept.contains(byte) { out.append(byte) } else { out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where `link` points, seen from the map at `mapPath` (nil: a map with no
    /// file, whose links are read from the working folder).
    public static func resolve(_ link: String, from mapPath: String?) -> String {
        guard !link.hasPrefix("/"), let mapPath, let slash = mapPath.lastIndex(of: "/") else { return link }
        return String(mapPath[...slash]) + link
    }

    /// Where `link` points within a workspace, seen from the map at `mapPath` (both relative to the workspace's
    /// folder), with `.` and `..` worked out: "checkout/future.json" from "checkout/current.json"; nil for an
    /// absolute path or one that leads out of the workspace.
    public static func inWorkspace(_ link: String, from mapPath: String) -> String? {
        guard !link.hasPrefix("/") else { return nil }
        var parts = mapPath.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}

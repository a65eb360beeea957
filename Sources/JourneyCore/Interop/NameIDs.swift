/// Ids derived from names, so that importing the same input twice gives the
/// same file: "Pop-up store" becomes `pop-up-store`, a second one
/// `pop-up-store-2`. One instance hands out ids unique across every kind.
public struct NameIDs: Sendable {
    private var taken: Set<String>
    /// Per base, the number its next numbered id tries: as `taken` only
    /// grows, no smaller number can be free again, so a thousand touchpoints
    /// named alike cost a thousand look-ups, not half a million.
    private var next: [String: Int] = [:]
    /// Look-ups in `taken` so far: tests hold the work to one or two an id.
    private(set) var probes = 0

    public init(taken: Set<String> = []) {
        self.taken = taken
    }

    /// `fallback` stands in for a name with no letters or digits.
    public mutating func make(from name: String, fallback: String) -> String {
        let base = Self.slug(name) ?? fallback
        var id = base
        var n = next[base] ?? 2
        while true {
            probes += 1
            if taken.insert(id).inserted { break }
            id = "\(base)-\(n)"
            n += 1
        }
        next[base] = n
        return id
    }

    /// Lower-case ASCII letters and digits joined by single hyphens, accents
    /// folded, at most 40 characters; nil when nothing is left.
    static func slug(_ name: String) -> String? {
        var slug = ""
        var pendingHyphen = false
        for scalar in TextFold.folded(name).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if slug.count > 40 { slug = String(slug.prefix(40)) }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? nil : slug
    }
}

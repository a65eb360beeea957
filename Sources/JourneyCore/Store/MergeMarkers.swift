/// git's conflict markers, which git writes into a map it merged as text: in
/// a clone where `journey git-setup` never ran (or whose pattern misses the
/// map), the .gitattributes name a merge driver this clone does not define.
enum MergeMarkers {
    /// The line, counted from 1, of the first `<<<<<<<` that an `=======` and
    /// a `>>>>>>>` follow, each at the start of a line; nil when there is none.
    static func firstLine(in text: [UInt8]) -> Int? {
        var opening: Int?
        var divided = false
        var lineNumber = 1
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            let line = text[start..<end]
            if opening == nil, isMarker(line, "<") {
                opening = lineNumber
            } else if opening != nil, isMarker(line, "=") {
                divided = true
            } else if divided, isMarker(line, ">") {
                return opening
            }
            lineNumber += 1
            start = end + 1
        }
        return nil
    }

    /// Seven of `character`, then the end of the line or a space and a label (`<<<<<<< HEAD`).
    private static func isMarker(_ line: ArraySlice<UInt8>, _ character: Unicode.Scalar) -> Bool {
        let mark = UInt8(ascii: character)
        guard line.count >= 7, line.prefix(7).allSatisfy({ $0 == mark }) else { return false }
        let rest = line.dropFirst(7)
        return rest.first.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") } ?? true
    }
}

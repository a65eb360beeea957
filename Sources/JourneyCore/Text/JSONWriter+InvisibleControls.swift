import JourneyJSON

extension JSONWriter {
    /// JSON from `write` with its C1 and bidirectional controls written as
    /// \u escapes (ASCII's controls always are): the same JSON to a parser,
    /// with nothing in it to drive a terminal or reorder a reviewer's view.
    /// For output to tools (`diff`, `check`); a map file keeps them as they are.
    /// Here rather than in JourneyJSON: which controls these are is `DisplayText`'s to say.
    public static func escapingInvisibleControls(_ json: [UInt8]) -> [UInt8] {
        let text = String(decoding: json, as: UTF8.self)
        guard text.unicodeScalars.contains(where: DisplayText.isC1OrBidiControl) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        for scalar in text.unicodeScalars {
            guard DisplayText.isC1OrBidiControl(scalar) else {
                out.append(contentsOf: UTF8.encode(scalar)!)
                continue
            }
            out.append(contentsOf: "\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int(scalar.value >> UInt32(shift)) & 0xF]) }
        }
        return out
    }
}

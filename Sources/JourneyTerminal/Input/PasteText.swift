/// A paste's bytes as text for a field: line breaks as `\n`, tabs kept, and
/// nothing that could act: control characters and escape sequences (copied
/// from a coloured terminal, say) are dropped, invalid UTF-8 is U+FFFD.
enum PasteText {
    static func clean(_ raw: [UInt8]) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            switch byte {
            case 13:
                kept.append(10)
                if i + 1 < raw.count, raw[i + 1] == 10 { i += 1 }
            case 9, 10: kept.append(byte)
            case 27:
                // A CSI sequence goes whole; any other escape loses its Esc.
                if i + 1 < raw.count, raw[i + 1] == UInt8(ascii: "[") {
                    var k = i + 2
                    while k < raw.count, (0x20...0x3F).contains(raw[k]) { k += 1 }
                    i = k < raw.count && (0x40...0x7E).contains(raw[k]) ? k : k - 1
                }
            case 0..<32, 127: break
            default: kept.append(byte)
            }
            i += 1
        }
        let text = String(decoding: kept, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !(0x80...0x9F).contains($0.value) })
        return String(scalars)
    }
}

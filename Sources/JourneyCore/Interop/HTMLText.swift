/// Text from a map made safe for HTML and SVG, in content and in attribute
/// values: a name holding `<script>` is shown as text, never run.
enum HTMLText {
    /// Byte by byte: everything escaped is ASCII, and in UTF-8 an ASCII byte
    /// is never part of another character.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            // Control characters have no business in a page; a tab or a line break reads as a space.
            case 0..<0x20, 0x7F: out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escaped, with line breaks kept as `<br>`.
    static func lines(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { escape(String($0)) }.joined(separator: "<br>")
    }
}

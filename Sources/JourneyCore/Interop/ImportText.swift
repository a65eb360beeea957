/// The text of a file given to an importer, checked before any format reads
/// it: UTF-8 (a byte order mark is skipped) and no NUL, so a binary file (or
/// UTF-16) is named as one instead of failing somewhere in the middle of a
/// parse. Other control characters are data a map may hold (an export
/// writes them as they are), so they come back in.
public enum ImportText {
    public static func decode(_ bytes: [UInt8], file: String) throws(ImportFailure) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        var text = String.UnicodeScalarView()
        var line = 1
        var decoder = UTF8()
        var iterator = body.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let value = scalar.value
                if value == 0 {
                    throw ImportFailure(file: file, line: line, "not a text file: a NUL byte. "
                                        + "Is this a binary file, or UTF-16? journey imports UTF-8 text.")
                }
                if value == 0x0A { line += 1 }
                text.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                throw ImportFailure(file: file, line: line, "not UTF-8 text. Save the file as UTF-8 and import it again.")
            }
        }
        return String(text)
    }

    /// The lines of a text, without their LF or CRLF ends; line n is at index n - 1.
    /// Split by scalars: a String sees CRLF as one character, not as "\n".
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.last == "\r" ? line.dropLast() : line)
        }
    }
}

/// How a quote is shown: in quote marks, unless it already has its own.
public enum Quotation {
    public static func marked(_ text: String) -> String {
        let marks: Set<Character> = ["\"", "“", "”", "„", "«", "»", "'", "‘", "’", "「", "『"]
        if let first = text.first, marks.contains(first) { return text }
        return "“" + text + "”"
    }
}

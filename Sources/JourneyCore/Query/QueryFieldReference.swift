extension QueryField {
    /// README's table of the fields (between `<!-- query-fields:begin -->` and `<!-- query-fields:end -->`).
    public static var markdownReference: String {
        var out = "| Field | Also | Kind | What it is |\n| --- | --- | --- | --- |\n"
        for field in all {
            let also = field.aliases.map { "`\($0)`" }.joined(separator: ", ")
            out += "| `\(field.name)` | \(also) | \(field.kind.rawValue) | \(field.summary.replacing("|", with: "\\|")) |\n"
        }
        return out
    }
}

import JourneyJSON

/// A number as a spreadsheet and pandas read it without help: no exponent
/// (1e-05 is 0.00001), no -0, whole numbers without a decimal point.
enum PlainNumber {
    static func text(_ value: Double) -> String {
        let text = JSONValue.double(value).numberText
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        var mantissa = String(text[..<e])
        let exponent = Int(text[text.index(after: e)...].drop { $0 == "+" }) ?? 0
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let digits = parts.joined()
        let point = parts[0].count + exponent
        var plain: String
        if point <= 0 {
            plain = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            plain = digits + String(repeating: "0", count: point - digits.count)
        } else {
            plain = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        if plain.contains(".") {
            while plain.hasSuffix("0") { plain.removeLast() }
            if plain.hasSuffix(".") { plain.removeLast() }
        }
        return (negative ? "-" : "") + plain
    }
}

/// The value of a JSON number's text, as `Double(text)` reads it (correctly
/// rounded), without strtod for the numbers a map holds: a sign, at most 15
/// digits and an optional point. Those fit a Double's 53 bits exactly, as do
/// the powers of ten up to 10^22, so one division is correctly rounded
/// (Clinger's fast path). Anything else goes to `Double(text)`.
package enum JSONNumber {
    /// 10^0 to 10^22, each exact (every step is a whole number a Double holds).
    private static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1) { value, _ in value * 10 } }

    package static func double(_ text: String) -> Double? {
        if let value = text.utf8.withContiguousStorageIfAvailable(fast), let value { return value }
        return Double(text)
    }

    /// The value when the text is in the plain shape, else nil.
    private static func fast(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var point = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !point, digits > 0 {
                point = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if point { decimals += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, !point || decimals > 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[decimals]
        return negative ? -value : value
    }
}

import JourneyJSON
import JourneyTestSupport
import Testing

/// The decoder reads plain numbers without strtod: every value must be the
/// one `Double(text)` gives, bit for bit, and anything else must go to it.
@Suite struct JSONNumberTests {
    static let shapes = ["0", "-0", "1", "-1", "0.5", "-0.0", "12.5", "99.99", "0.1", "0.2", "0.3", "1.7976931348623157",
                         "123456789012345", "1234567890123456", "12345678901234567890", "0.000000000000001",
                         "9007199254740993", "1e3", "1E-2", "2.5e+10", "1e400", "-1e400", "1.", ".5", "-", "", "+1",
                         "nan", "inf", "01", "1.2.3", "4.35", "0.07", "100.000", "-33.333333333333"]

    @Test func agreesWithDoubleOnChosenShapes() {
        for text in Self.shapes {
            #expect(JSONNumber.double(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test func agreesWithDoubleOnRandomDecimals() {
        var random = SeededRandom(seed: 14)
        for _ in 0..<50_000 {
            let whole = String(random.next() % 1_000_000_000)
            let decimals = Int(random.next() % 9)
            var text = (random.next() % 3 == 0 ? "-" : "") + whole
            if decimals > 0 { text += "." + String(String(random.next()).suffix(decimals)) }
            #expect(JSONNumber.double(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }
}

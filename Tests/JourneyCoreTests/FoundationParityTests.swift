import Foundation
import Testing
@testable import JourneyCore

/// journey links FoundationEssentials only (no ICU, a binary half the size);
/// what it used Foundation's string bridge for is done with the standard
/// library's Unicode tables. Foundation itself is the oracle here.
@Suite struct FoundationParityTests {
    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

    @Test func spacesAndTabsAreFoundationsWhitespaces() {
        let wrong = Self.allScalars.filter { $0.isSpaceOrTab != CharacterSet.whitespaces.contains($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func spacesAndNewlinesAreFoundationsWhitespacesAndNewlines() {
        let wrong = Self.allScalars.filter { ($0.isSpaceOrTab || $0.isNewline) != CharacterSet.whitespacesAndNewlines.contains($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func newlinesAreFoundationsNewlines() {
        let wrong = Self.allScalars.filter { $0.isNewline != CharacterSet.newlines.contains($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    static let awkward = ["", " ", "\t", "\n", " \u{301}x ", "\u{3000}全角\u{3000}", "a\u{2028}", "\r\n x \r\n",
                          "e\u{301} ", " 👩‍👩‍👧 ", "\u{85}x\u{85}", "\u{A0}nbsp\u{A0}", "x\t\t", "\u{200B}zero width\u{200B}"]

    @Test func trimmingIsFoundationsTrimming() {
        var random = SystemRandomNumberGenerator()
        let pieces = Self.awkward + ["a", "b c", "\u{301}", "é", "\u{1F600}"]
        let texts = Self.awkward + (0..<2000).map { _ in (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        for text in texts {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingNewlines() == text.trimmingCharacters(in: .newlines), "\(Array(text.unicodeScalars))")
            let sub = text.dropFirst()
            #expect(sub.trimmingSpaces() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    static func foundationSlugLetters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }))
    }

    static func slugLetters(_ text: String) -> String {
        String(String.UnicodeScalarView(TextFold.folded(text).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }))
    }

    @Test func everyScalarFoldsToTheLettersFoundationGives() {
        let wrong = Self.allScalars.filter { Self.slugLetters(String($0)) != Self.foundationSlugLetters(String($0)) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func namesSlugAsWithFoundation() {
        let names = ["Café Zürich", "STRASSE", "Straße", "ﬁnal ﬂow", "Ærøskøbing", "Ｆｕｌｌ width", "İstanbul", "ΑΘΗΝΑ",
                     "e\u{301}te\u{301}", "Pop-up store", "", "🙂", "Ångström 2"]
        for name in names {
            #expect(Self.slugLetters(name) == Self.foundationSlugLetters(name), "\(name)")
        }
    }

    @Test func foldedSearchFindsWhatFoundationFinds() {
        let texts = ["Café au lait", "Die Straße", "ÉCOLE", "naïve", "résumé", "plain ascii", "Ｆｕｌｌ", "e\u{301}clair"]
        let queries = ["cafe", "CAFÉ", "strasse", "straße", "ecole", "naive", "RESUME", "ascii", "éclair", "eclair", "x"]
        for text in texts {
            for query in queries {
                let foundation = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
                #expect(TextFold.folded(text).contains(TextFold.folded(query)) == foundation, "\(query) in \(text)")
            }
        }
    }

    @Test func lastRangeIsFoundationsBackwardsSearch() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "|", " | ", "  ", "é", "e\u{301}", "|\u{301}", "👍🏽"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            for needle in [" | ", "|", "  "] {
                let ours = text.lastRange(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                let theirs = text.range(of: needle, options: .backwards).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(ours == theirs, "\(needle) in \(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func localTimeIsDateFormattersLocalTime() {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        for seconds in [0.0, 59.9, 86_399.5, 1_700_000_000, 1_795_503_779, -1, -86_400 * 365.25 * 100, 253_402_300_799] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(LocalTime.minuteText(date) == formatter.string(from: date), "\(seconds)")
        }
    }

    @Test func momentsNoCalendarHoldsAreWrittenAsSeconds() {
        for seconds in [Double.nan, .infinity, -.infinity, 1e300, -1e300] {
            #expect(LocalTime.minuteText(Date(timeIntervalSince1970: seconds)).hasSuffix("s after 1970"))
        }
    }
}

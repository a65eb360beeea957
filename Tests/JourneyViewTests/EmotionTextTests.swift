import Foundation
import Testing
@testable import JourneyView

/// An average is written with its sign and one decimal, as printf's "%+.1f"
/// writes it (journey no longer links Foundation's String(format:)).
@Suite struct EmotionTextTests {
    @Test func averagesAreWrittenAsPrintfWritesThem() {
        let values = stride(from: -5.0, through: 5.0, by: 0.01).map { $0 } + [0.05, -0.05, 0.15, 2.25, -2.35, 1e-9, -1e-9, 123_456.78]
        for value in values {
            let rounded = (value * 10).rounded() / 10
            let printf = rounded == 0 ? "0.0" : String(format: "%+.1f", rounded)
            #expect(EmotionText.average(value) == printf, "\(value)")
        }
    }

    @Test func anAverageNoNumberHoldsIsWrittenWithoutCrashing() {
        for value in [Double.nan, .infinity, -.infinity, 1e300] {
            #expect(!EmotionText.average(value).isEmpty)
        }
    }
}

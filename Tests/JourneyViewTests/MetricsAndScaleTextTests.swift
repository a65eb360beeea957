import JourneyCore
@testable import JourneyView
import Testing

@Suite struct MetricsAndScaleTextTests {
    @Test func figuresReadFromTheMetricTable() {
        let metrics = Metrics([.reach: 54_000, .conversionRate: 21.9, .nps: -12, .lifetimeValue: 310])
        #expect(MetricsText.compact(metrics) == ["reach 54k", "conv 21.9%", "NPS -12", "LTV 310"])
        #expect(MetricsText.full(metrics) == ["reach 54000", "conversion rate 21.9%", "NPS -12", "lifetime value 310"])
        #expect(MetricsText.compact(Metrics([.reach: 2400])) == ["reach 2.4k"])
        #expect(MetricsText.compact(Metrics([.reach: 1_000_000_000_000])) == ["reach 1000B"])
        #expect(MetricsText.compact(Metrics([.reach: 2_500_000])) == ["reach 2.5M"])
    }

    /// `:scale -9223372036854775808 9223372036854775807` reached the drawing
    /// of the emotion lane, whose `max - min + 1` trapped.
    @Test func theEmotionLaneOfAnyScaleIsDrawnWithoutTrapping() {
        for scale in [EmotionScale(min: .min, max: .max), EmotionScale(min: -2, max: .max), EmotionScale(min: 3, max: 3),
                      EmotionScale(min: 5, max: 1)] {
            let rows = EmotionRows(scale: scale)
            #expect(rows.count <= 9)
            _ = rows.row(for: 0)
            _ = rows.row(for: scale.neutral)
            _ = rows.score(atRow: 0)
        }
        #expect(EmotionRows(scale: EmotionScale(min: .min, max: .max)).count == 9)
        #expect(EmotionRows(scale: EmotionScale()).row(for: 2) == 0)
        #expect(EmotionRows(scale: EmotionScale()).row(for: -2) == 4)
    }
}

extension EmotionScale {
    /// Where a score sits down a plot of the scale: 0 at its top (the
    /// maximum), 1 at its bottom; the middle when the scale has one score.
    func depth(of score: Double) -> Double {
        let span = Double(max) - Double(min)
        guard span > 0 else { return 0.5 }
        return (Double(max) - clamp(score)) / span
    }
}

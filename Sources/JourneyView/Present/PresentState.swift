/// Where a presentation is: the stage shown (by id), the touchpoint in the
/// spotlight (by id; nil: none) and how far the slide is scrolled.
public struct PresentState: Equatable, Sendable {
    public var stage: String
    public var spotlight: String?
    public var scroll = 0

    public init(stage: String, spotlight: String? = nil, scroll: Int = 0) {
        self.stage = stage
        self.spotlight = spotlight
        self.scroll = scroll
    }
}

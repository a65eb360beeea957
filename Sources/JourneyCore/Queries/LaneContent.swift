/// What one lane holds at one touchpoint, by what it is rather than by lane
/// kind: the one place that knows which lanes hold text, scores, items or
/// figures, and that quotes are shown in quote marks. The grid, the detail
/// pane and the exports each only say how to draw these four.
public enum LaneContent {
    case text(String)
    /// Every persona's score in persona order; nil where the persona has none here.
    case scores([(persona: Persona, score: Double?)])
    /// Quotes come already in quote marks.
    case items([Item])
    case metrics(Metrics)

    public init(_ touchpoint: Touchpoint, lane: Lane, personas: [Persona]) {
        switch lane.kind {
        case .actions, .thoughts, .owner, .text:
            self = .text(touchpoint.text[lane.id] ?? "")
        case .emotion:
            self = .scores(personas.map { ($0, touchpoint.emotion[$0.id]) })
        case .painPoints, .opportunities:
            self = .items(touchpoint.items(of: lane.kind) ?? [])
        case .quotes:
            self = .items(touchpoint.quotes.map { quote in
                var marked = quote
                marked.text = Quotation.marked(quote.text)
                return marked
            })
        case .metrics:
            self = .metrics(touchpoint.metrics)
        }
    }
}

import JourneyCore

/// What a command was given, parsed against its signature, by parameter name.
/// A command run by its key is given nothing.
struct Arguments: Sendable {
    enum Value: Sendable {
        case text(String)
        case number(Int)
        case on(Bool)
    }

    private let values: [String: Value]

    init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    /// A word, a text or a choice (as the choice is written, whatever the case typed); nil when not given.
    subscript(_ name: String) -> String? {
        if case .text(let text)? = values[name] { text } else { nil }
    }

    /// A word or text, empty when not given.
    func text(_ name: String) -> String { self[name] ?? "" }

    func number(_ name: String) -> Int? {
        if case .number(let number)? = values[name] { number } else { nil }
    }

    /// The on|off parameter; nil when not given.
    var on: Bool? {
        if case .on(let on)? = values[Parameter.onOffName] { on } else { nil }
    }
}

/// Why a typed line does not fit a signature.
struct ArgumentProblem: Error {
    enum Kind {
        case missing(String)
        case tooMany(String)
        case notANumber(String, typed: String)
        case notOnOff(typed: String)
        case noSuch(String, typed: String, choices: [String]?)
        /// An option given again.
        case twice(String)
    }

    let kind: Kind
    /// The word it was found at: of two readings that both fail, the one that got further says what is wrong.
    let at: Int

    func description(of command: String) -> String {
        switch kind {
        case .missing(let name): "\(name) is missing"
        case .tooMany(let words): "“\(Self.shown(words))” is more than :\(command) takes"
        case .notANumber(let name, let typed): "\(name) is a whole number, not “\(Self.shown(typed))”"
        case .notOnOff(let typed): "“\(Self.shown(typed))” is not on or off"
        case .twice(let keyword): "\(Self.shown(keyword)) is given twice"
        case .noSuch(let name, let typed, nil): "no \(name) “\(Self.shown(typed))”"
        case .noSuch(_, let typed, let choices?):
            "“\(Self.shown(typed))” is not " + (choices.count > 1 ? choices.dropLast().joined(separator: ", ") + " or " : "")
                + (choices.last ?? "")
        }
    }

    static func shown(_ typed: String) -> String {
        DisplayText.singleLine(DisplayText.visible(typed, columns: 30))
    }
}

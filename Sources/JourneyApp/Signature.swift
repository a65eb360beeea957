/// What a `:` command takes after its name, in order. Its usage text, the
/// parsing of a typed line and Tab's completion are all made from it, so a
/// command says once what it takes (`Command.typed`, the help, the README).
struct Signature: Sendable, ExpressibleByArrayLiteral {
    let parameters: [Parameter]

    init(arrayLiteral parameters: Parameter...) {
        self.parameters = parameters
    }

    /// As the help shows it, e.g. "NAME [VALUE]"; empty when it takes nothing.
    var usage: String { parameters.map(\.usage).joined(separator: " ") }
}

/// One thing a command takes: how it is shown, what kind of words it is,
/// whether it may be left out, and what Tab offers for it.
struct Parameter: Sendable {
    enum Kind: Sendable {
        /// One word.
        case word
        /// A whole number.
        case number
        /// The rest of the line, spaces and all, less what the parameters after it take from its end.
        case text
        /// on or off, or another of their spellings (`Parameter.onOff(_:)`).
        case onOff
        /// One of the completer's names, in any case; a name may be several words.
        case choice
    }

    /// Its name in usage and for `Arguments`, e.g. "NAME".
    let name: String
    let kind: Kind
    let isOptional: Bool
    let completer: Completer?
    /// Shown by its choices ("start|reveal|end") rather than its name.
    let showsChoices: Bool

    init(_ name: String, _ kind: Kind, optional: Bool = false, completer: Completer? = nil, showsChoices: Bool = false) {
        self.name = name
        self.kind = kind
        self.isOptional = optional
        self.completer = completer
        self.showsChoices = showsChoices
    }

    static func word(_ name: String, completing completer: Completer? = nil) -> Parameter {
        Parameter(name, .word, completer: completer)
    }

    static func number(_ name: String) -> Parameter { Parameter(name, .number) }

    static func text(_ name: String, completing completer: Completer? = nil) -> Parameter {
        Parameter(name, .text, completer: completer)
    }

    /// A name from a list that changes with the map (personas), shown by its name.
    static func choice(_ name: String, of completer: Completer) -> Parameter {
        Parameter(name, .choice, completer: completer)
    }

    /// One of fixed words, shown as they are: "start|reveal|end".
    static func choice(_ name: String, _ words: String...) -> Parameter {
        Parameter(name, .choice, completer: .words(words), showsChoices: true)
    }

    /// on|off; `Arguments.on` reads it.
    static let onOff = Parameter(Self.onOffName, .onOff, completer: .words(["on", "off"]), showsChoices: true)
    static let onOffName = "on|off"

    var optional: Parameter {
        Parameter(name, kind, optional: true, completer: completer, showsChoices: showsChoices)
    }

    var usage: String {
        let shown = showsChoices ? completer?.words?.joined(separator: "|") ?? name : name
        return isOptional ? "[" + shown + "]" : shown
    }

    /// on and off, as every command and `:set` take them.
    static func onOff(_ word: some StringProtocol) -> Bool? {
        switch word.lowercased() {
        case "on", "yes", "true", "1": true
        case "off", "no", "false", "0": false
        default: nil
        }
    }
}

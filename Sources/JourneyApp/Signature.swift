/// What a `:` command takes after its name, in order. Its usage text, the
/// parsing of a typed line and Tab's completion are all made from it, so a
/// command says once what it takes (`Command.typed`, the help, the README).
struct Signature: Sendable, ExpressibleByArrayLiteral {
    /// The words in order.
    let parameters: [Parameter]
    /// Named values after them, each a keyword and its value, in any order and each at most once: "budget 3".
    let options: [Parameter]

    init(arrayLiteral parameters: Parameter...) {
        self.parameters = parameters.filter { $0.keyword == nil }
        options = parameters.filter { $0.keyword != nil }
    }

    /// As the help shows it, e.g. "NAME [VALUE] [budget N]"; empty when it takes nothing.
    var usage: String { (parameters + options).map(\.usage).joined(separator: " ") }
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
    /// An option's word before its value ("budget" of "budget N"); nil for a word in order.
    let keyword: String?

    init(_ name: String, _ kind: Kind, optional: Bool = false, completer: Completer? = nil, showsChoices: Bool = false,
         keyword: String? = nil) {
        self.name = name
        self.kind = kind
        self.isOptional = optional
        self.completer = completer
        self.showsChoices = showsChoices
        self.keyword = keyword
    }

    static func word(_ name: String, completing completer: Completer? = nil) -> Parameter {
        Parameter(name, .word, completer: completer)
    }

    static func number(_ name: String) -> Parameter { Parameter(name, .number) }

    /// An option taking a whole number, e.g. `.option("budget", number: "N")`; `Arguments.number(keyword)` reads it.
    static func option(_ keyword: String, number valueName: String) -> Parameter {
        Parameter(valueName, .number, optional: true, keyword: keyword)
    }

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
        Parameter(name, kind, optional: true, completer: completer, showsChoices: showsChoices, keyword: keyword)
    }

    var usage: String {
        let shown = showsChoices ? completer?.words?.joined(separator: "|") ?? name : name
        let written = keyword.map { $0 + " " + shown } ?? shown
        return isOptional ? "[" + written + "]" : written
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

/// The touchpoints table's header read once: each column's name and meaning,
/// the emotion scale the score columns name, and the warnings about names
/// that are near a known one. Columns right of the last name are a
/// spreadsheet's empty ones and are not columns.
struct CSVHeaderRow {
    typealias Meaning = CSVHeaderName.Meaning

    let names: [String]
    /// Nil: a text lane of its own.
    private(set) var meanings: [Meaning?]
    /// Nil: no column names one, so −2…2.
    private(set) var scale: EmotionScale?
    private(set) var warnings: [ImportWarning] = []
    private let file: String
    private let line: Int

    init(_ record: CSVReader.Record, separator: CSVSeparator, file: String) throws(ImportFailure) {
        self.file = file
        line = record.line
        let written = record.fields.map(SpreadsheetText.read)
        names = Array(written.prefix((written.lastIndex { !$0.trimmingSpaces().isEmpty } ?? -1) + 1))
        let headers = names.map(CSVHeaderName.init)
        meanings = headers.map(\.meaning)
        let keys = Set(names.map(CSVHeaderName.key))
        if keys.contains("kind") && keys.contains("priority") {
            throw failure("this is an items table; import reads the table written by `--table touchpoints`")
        }
        for (name, meaning) in [(CSVTouchpointColumns.stage, Meaning.stage), (CSVTouchpointColumns.touchpoint, .touchpoint)]
        where !meanings.contains(meaning) {
            if let near = headers.indices.first(where: { headers[$0].nearMiss == name }) {
                throw failure("no `\(name)` column: did you mean \(place(near))? Rename it to \(name)")
            }
            let shown = names.prefix(8).map { "\"\($0)\"" }.joined(separator: ", ") + (names.count > 8 ? ", …" : "")
            throw failure("no `\(name)` column among the \(separator.name)-separated names of the header (\(shown)); "
                          + "import reads the table written by `--table touchpoints`")
        }
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            guard !name.trimmingSpaces().isEmpty else { throw failure("column \(Self.letter(index)) has no name; name it or delete the column") }
            guard seen.insert(name).inserted else { throw failure("two columns are named \"\(name)\"; rename one") }
        }
        try giveEachMeaningOneColumn(headers)
        try readScales(headers)
        for (index, header) in headers.enumerated() where meanings[index] == nil && header.meaning == nil {
            if let near = header.nearMiss {
                warn("\(place(index)) is read as a text lane: did you mean \"\(near)\"? If so, rename the column and import again")
            }
        }
    }

    /// `column C "emotion: Maya"`, for messages: the letter a spreadsheet shows and the name.
    func place(_ index: Int) -> String { "column \(Self.letter(index)) \"\(names[index])\"" }

    /// A spreadsheet's name of the column at `index`: A, …, Z, AA, AB, ….
    static func letter(_ index: Int) -> String {
        var letters = ""
        var rest = index + 1
        while rest > 0 {
            rest -= 1
            letters = String(Character(Unicode.Scalar(UInt8(65 + rest % 26)))) + letters
            rest /= 26
        }
        return letters
    }

    private func failure(_ message: String) -> ImportFailure { ImportFailure(file: file, line: line, message) }

    private mutating func warn(_ message: String) { warnings.append(ImportWarning(file: file, line: line, message: message)) }

    /// Two columns that mean one thing: the one written as the export writes
    /// it keeps the meaning and the other is a text lane of its name (the
    /// export of a map with a lane named "Reach" beside the metric "reach");
    /// when neither or both are, which one was meant is unknown.
    private mutating func giveEachMeaningOneColumn(_ headers: [CSVHeaderName]) throws(ImportFailure) {
        var holder: [Meaning: Int] = [:]
        for (index, header) in headers.enumerated() {
            guard let meaning = header.meaning else { continue }
            guard let other = holder[meaning] else {
                holder[meaning] = index
                continue
            }
            guard header.isExact != headers[other].isExact else {
                throw failure("\(place(other)) and \(place(index)) are both read as \(Self.words(meaning)); rename or delete one")
            }
            let (kept, lane) = header.isExact ? (index, other) : (other, index)
            holder[meaning] = kept
            meanings[lane] = nil
            warn("\(place(lane)) is read as a text lane, as \(place(kept)) holds \(Self.words(meaning))")
        }
    }

    private mutating func readScales(_ headers: [CSVHeaderName]) throws(ImportFailure) {
        var named: Int?
        for (index, header) in headers.enumerated() {
            guard case .persona(let persona)? = meanings[index] else { continue }
            guard !persona.isEmpty else { throw failure("\(place(index)) names no persona; write `emotion: <persona name>`") }
            guard let limits = header.scale else { continue }
            switch CSVEmotionColumn.scale(min: limits.min, max: limits.max) {
            case .failure(let violation):
                throw failure("\(place(index)): \(violation.description); write the scale as (minimum..maximum), e.g. (1..5)")
            case .success(let found):
                if let scale, let named, scale != found {
                    throw failure("\(place(named)) and \(place(index)) name different scales; a map has one emotion scale: "
                                  + "write the same in each header, or none")
                }
                scale = found
                named = named ?? index
            }
        }
    }

    private static func words(_ meaning: Meaning) -> String {
        switch meaning {
        case .stage: "the stage"
        case .touchpoint: "the touchpoint"
        case .channel: "the channel"
        case .momentOfTruth: "the moment of truth"
        case .metric(let metric): metric.label
        case .lane(let id): "the \(Lane.defaults.first { $0.id == id }?.name ?? id) lane"
        case .persona(let name): "\(name)'s scores"
        }
    }
}

import JourneyCore
import JourneyView

/// What the evidence view asks for: a source's title, link, note or day, a
/// new source; by id.
enum EvidenceField: ScreenFieldTarget {
    case title(source: String), link(source: String), note(source: String), day(source: String)
    case add
    case kind(source: String, Source.Kind)

    static var screen: MapScreen { .evidence }
}

/// The evidence view's keys: moving over the sources and the claims that
/// rest on nothing, editing and removing a source (each one undoable step),
/// and going to a claim in the grid to back it.
extension Editor {
    var evidenceListing: EvidenceListing { screens.evidence.listing(of: map) }
    var evidenceRows: [EvidenceRow] { evidenceListing.rows }
    var selectedEvidenceRow: EvidenceRow? { evidenceListing.valid(screens.evidence.selected) }

    var evidenceArea: ScreenArea { ScreenArea(top: 1, height: layout.statusY - 1, width: width) }

    mutating func selectEvidenceRow(_ row: EvidenceRow?) {
        screens.evidence.selected = row
        let listing = evidenceListing
        screens.evidence.firstLine = EvidenceScreen.firstLine(screens.evidence.firstLine, selected: listing.line(of: row),
                                                             count: listing.lines.count, room: EvidenceScreen.listHeight(evidenceArea))
    }

    func evidenceStatus() -> String {
        switch selectedEvidenceRow {
        case .source(let id)?: map.sources.first { $0.id == id }.map { EvidenceText.title($0) } ?? ""
        case .claim?: "resting on nothing: Enter goes to it"
        case nil: "no sources yet: a records one"
        }
    }

    /// The selected source, or a message saying why there is none.
    mutating func requireSelectedSource(_ doing: String) -> Source? {
        if case .source(let id)? = selectedEvidenceRow, let source = map.sources.first(where: { $0.id == id }) { return source }
        refuse(map.sources.isEmpty ? "no sources yet: a records one (KIND TITLE)"
               : "select a source (above the claims) to \(doing) it")
        return nil
    }

    mutating func askSourceField(_ field: (String) -> EvidenceField, _ label: String, _ value: (Source) -> String) {
        guard !readOnly else {
            refuse("read-only: nothing here changes the file (W saves a copy elsewhere)")
            return
        }
        guard let source = requireSelectedSource("edit") else { return }
        ask(.screenField(ScreenField(field(source.id))), label: label, text: value(source))
    }

    mutating func answerEvidence(_ field: EvidenceField, _ text: String) -> Bool {
        let value = text.trimmingSpaces()
        switch field {
        case .add:
            let before = map.sources.count
            guard addSource(value) else { return false }
            if map.sources.count > before, let added = map.sources.last { selectEvidenceRow(.source(added.id)) }
            return true
        case .title(let id):
            guard !value.isEmpty else {
                refuse("a source needs a title; Esc keeps the old one")
                return false
            }
            return updateSource(id, "title: “\(Self.shown(value))”") { $0.title = value }
        case .link(let id): return updateSource(id, value.isEmpty ? "no link" : "link: \(Self.shown(value, columns: 60))") { $0.link = value }
        case .note(let id): return updateSource(id, value.isEmpty ? "no note" : "note kept") { $0.note = value }
        case .day(let id):
            if !value.isEmpty, let problem = CalendarDay.problem(with: value) {
                refuse(problem + "; or leave it empty")
                return false
            }
            return updateSource(id, value.isEmpty ? "no day" : "day: \(value)") { $0.day = value.isEmpty ? nil : value }
        case .kind: return true
        }
    }

    mutating func pickEvidenceOption(_ field: EvidenceField) {
        if case .kind(let id, let kind) = field { _ = updateSource(id, "kind: \(kind.words)") { $0.kind = kind } }
    }

    mutating func updateSource(_ id: String, _ message: String, _ change: (inout Source) -> Void) -> Bool {
        commit(Edits.updateSource(map, id: id, change), message: message)
        return true
    }

    mutating func chooseSourceKind() {
        guard let source = requireSelectedSource("change the kind of") else { return }
        let options = Source.Kind.allCases.map { kind in
            Choice.Option(label: kind.words + " (its claims: \(kind.level.words))", hotkey: nil,
                          value: .screenOption(ScreenField(EvidenceField.kind(source: source.id, kind))))
        }
        var choice = Choice(title: "Kind of “\(EvidenceText.title(source))”", options: options)
        choice.select(.screenOption(ScreenField(EvidenceField.kind(source: source.id, source.kind))))
        push(.picker(choice))
    }

    mutating func removeSelectedSource() {
        guard let source = requireSelectedSource("remove") else { return }
        let cited = evidenceListing.report.backs[source.id]?.count ?? 0
        let rows = evidenceRows
        let r = rows.firstIndex(of: .source(source.id)) ?? 0
        commit(Edits.removeSource(map, id: source.id),
               message: "removed “\(EvidenceText.title(source))”" + (cited == 0 ? "" : " and its \(cited) citation\(cited == 1 ? "" : "s")")
                   + "; u brings it back")
        selectEvidenceRow(rows.indices.contains(r + 1) ? rows[r + 1] : r > 0 ? rows[r - 1] : nil)
    }

    /// Enter on a claim: go to it in the grid (an item opens its list there).
    mutating func goToEvidenceRow() {
        guard case .claim(let address)? = selectedEvidenceRow else {
            if let source = requireSelectedSource("open") { refuse("“\(EvidenceText.title(source))”: r retitles, L links, N notes, D dates, K kinds, x removes") }
            return
        }
        guard address.touchpoint != nil else {
            popToGrid()
            showParkingLot()
            return
        }
        switch go(to: address) {
        case .item?: say("e cites a source for it or says how it is known; Esc closes the list")
        case nil: break
        default: say("e cites a source for it or says how it is known")
        }
    }
}

extension Commands {
    static let evidenceList = ListRows(
        noun: "row", count: { $0.evidenceRows.count },
        selected: { e in e.evidenceListing.index(of: e.screens.evidence.selected) },
        select: { e, row in e.selectEvidenceRow(e.evidenceRows[row]) },
        paged: { e, from, pages in from + pages * max(1, EvidenceScreen.listHeight(e.evidenceArea) - 2) })

    static let evidenceScreen: [Command] = [back(.evidence)] + listKeys(.evidence, evidenceList) + [
        key("open", [.enter], hint: Hint("go"), "on a claim: go to it in the grid, to back it with e") { $0.goToEvidenceRow() },
        key("add", [.character("a")], changes: true, hint: Hint("add"), "record a source: KIND TITLE") { e in
            e.ask(.screenField(ScreenField(EvidenceField.add)), label: "New source (KIND TITLE; kinds: \(Source.Kind.typedList)):")
        },
        key("retitle", [.character("r")], changes: true, "retitle the source") {
            $0.askSourceField(EvidenceField.title, "Title:", \.title)
        },
        key("link", [.character("L")], changes: true, "the source's link: a URL or a path") {
            $0.askSourceField(EvidenceField.link, "Link (URL or path):", \.link)
        },
        key("note", [.character("N")], changes: true, "a note on the source") {
            $0.askSourceField(EvidenceField.note, "Note:", \.note)
        },
        key("day", [.character("D")], changes: true, "the day the research was done") {
            $0.askSourceField(EvidenceField.day, "Day (YYYY-MM-DD):") { $0.day ?? "" }
        },
        key("kind", [.character("K")], changes: true, "the kind of research") { $0.chooseSourceKind() },
        key("remove", [.character("x")], changes: true, "remove the source and its citations (u brings them back)") {
            $0.removeSelectedSource()
        },
    ]

    private static func key(_ name: String, _ keys: [Key], changes: Bool = false, hint: Hint? = nil, _ summary: String,
                            _ run: @escaping @Sendable (inout Editor) -> Void) -> Command {
        viewKey(.evidence, name, keys, changesMap: changes, hint: hint, summary, run: run)
    }
}

extension ScreenController {
    static let evidence = ScreenController(EvidenceField.self, commands: Commands.evidenceScreen,
                                           status: { $0.evidenceStatus() }, answer: { $0.answerEvidence($1, $2) },
                                           pick: { $0.pickEvidenceOption($1) })
}

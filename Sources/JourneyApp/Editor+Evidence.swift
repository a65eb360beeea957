import JourneyCore
import JourneyView

/// Evidence from the grid and the item list: `e` cites sources for what is
/// under the cursor and says its level; `:cite`, `:uncite`, `:evidence` and
/// `:source` do the same by name. What is under the cursor: the selected
/// item in an item list, else a text lane's text, else the touchpoint.
extension Editor {
    /// The claim under the cursor, by ids.
    var claimHere: ClaimAddress? {
        if let list = itemList { return list.selected.map { ClaimAddress(touchpoint: list.touchpoint, item: $0) } }
        guard let touchpoint = currentTouchpoint else { return nil }
        if let lane = currentLane, lane.kind.holdsText, !(touchpoint.text[lane.id] ?? "").isEmpty {
            return ClaimAddress(touchpoint: touchpoint.id, lane: lane.id)
        }
        return ClaimAddress(touchpoint: touchpoint.id)
    }

    /// The claim under the cursor, or a message saying there is none.
    mutating func requireClaim() -> (ClaimAddress, Claim)? {
        guard let address = claimHere, let claim = map.claim(at: address) else {
            if itemList != nil { refuse("no item selected: a adds one") } else { _ = requireTouchpoint() }
            return nil
        }
        return (address, claim)
    }

    /// "the touchpoint “Checkout”", "the Thoughts of “Checkout”", "the pain point “Shipping fee…”".
    func claimWords(_ address: ClaimAddress) -> String {
        guard let claim = map.claim(at: address) else { return "it" }
        switch claim {
        case .touchpoint(let s, let i): return "“\(Self.shown(map.stages[s].touchpoints[i].name))”"
        case .laneText(let s, let i, let lane):
            let name = map.lanes.first { $0.id == lane }?.name ?? lane
            return "the \(Self.shown(name)) of “\(Self.shown(map.stages[s].touchpoints[i].name))”"
        case .item(let s, let i, let kind, let n):
            return "the \(kind.itemNoun ?? "item") “\(Self.shown(map.stages[s].touchpoints[i].items(of: kind)?[n].text ?? ""))”"
        case .parked(let n): return "the idea “\(Self.shown(map.parkingLot[n].text))”"
        }
    }

    /// `e`: the sources to cite or un-cite, the levels to say, and a new source.
    mutating func chooseEvidence() {
        guard let (address, claim) = requireClaim() else { return }
        let cited = Set(map.evidence(of: claim)?.sources ?? [])
        var options: [Choice.Option] = map.sources.enumerated().map { n, source in
            Choice.Option(label: (cited.contains(source.id) ? "[x] " : "[ ] ") + EvidenceText.line(source),
                          hotkey: n < 9 ? Character(String(n + 1)) : nil,
                          value: .cite(address, source: source.id, cited: !cited.contains(source.id)))
        }
        // A lane's text has its touchpoint's level: the levels here are the touchpoint's.
        let leveled = claim.hasLevel ? address : ClaimAddress(touchpoint: address.touchpoint)
        let whose = claim.hasLevel ? "" : "touchpoint "
        if let target = map.claim(at: leveled) {
            let said = map.evidence(of: target)?.level
            for (level, key) in zip(EvidenceLevel.allCases, ["o", "r", "m", "a"] as [Character]) {
                options.append(Choice.Option(label: (said == level ? "(•) " : "( ) ") + whose + "level: " + level.words, hotkey: key,
                                             value: .evidenceLevel(leveled, level)))
            }
            options.append(Choice.Option(label: (said == nil ? "(•) " : "( ) ") + whose + "level: from its sources", hotkey: "s",
                                         value: .evidenceLevel(leveled, nil)))
        }
        options.append(Choice.Option(label: "+ new source, cited here…", hotkey: "n", value: .newSource(citing: address)))
        var choice = Choice(title: "Evidence for \(claimWords(address)): \(EvidenceText.summary(map, claim, titleColumns: 30))", options: options)
        choice.notes = [map.sources.isEmpty ? "No research recorded yet: n records a source (an interview, a survey, …)."
                        : "1-9 cites or un-cites a source · o r m a s say the level · n records a new source · u undoes"]
        push(.picker(choice))
    }

    mutating func pickEvidence(_ value: ChoiceValue) {
        switch value {
        case .cite(let address, let source, let cited): cite(address, source: source, cited: cited)
        case .evidenceLevel(let address, let level): sayLevel(address, level)
        case .newSource(let address):
            ask(.newSource(citing: address), label: "New source (KIND TITLE; kinds: \(Source.Kind.typedList)):")
        default: break
        }
    }

    mutating func cite(_ address: ClaimAddress, source id: String, cited: Bool) {
        guard let claim = map.claim(at: address), let source = map.sources.first(where: { $0.id == id }) else { return }
        guard let edit = Edits.cite(map, claim, source: id, cited: cited) else {
            say("\(claimWords(address)) \(cited ? "already cites" : "does not cite") “\(Self.shown(source.title))”")
            return
        }
        let words = claimWords(address)
        commit(edit, message: "\(words) \(cited ? "cites" : "no longer cites") “\(Self.shown(source.title))”; u undoes")
    }

    mutating func sayLevel(_ address: ClaimAddress, _ level: EvidenceLevel?) {
        guard let claim = map.claim(at: address) else { return }
        guard claim.hasLevel else {
            refuse("a lane's text has its touchpoint's level: cite sources for it, or say the touchpoint's level on its name")
            return
        }
        let words = claimWords(address)
        commit(Edits.setEvidenceLevel(map, claim, to: level),
               message: level.map { "\(words): \($0.words)" } ?? "\(words): its level follows its sources again")
    }

    /// `:cite SOURCE` and `:uncite SOURCE`.
    mutating func citeNamed(_ typed: String, cited: Bool) {
        guard let (address, _) = requireClaim() else { return }
        guard let source = sourceOrRefuse(typed) else { return }
        cite(address, source: source.id, cited: cited)
    }

    mutating func sourceOrRefuse(_ typed: String) -> Source? {
        if let source = map.source(named: typed) { return source }
        if map.sources.isEmpty {
            refuse("no research is recorded yet: :source KIND TITLE records it (kinds: \(Source.Kind.typedList))")
        } else {
            refuse("no single source is “\(Self.shown(typed))”: give its number (1-\(map.sources.count)), its title, or "
                   + "words of it; v e lists them")
        }
        return nil
    }

    /// `:evidence LEVEL`: observed, reported, measured, assumed, or auto to follow the sources.
    mutating func sayLevelNamed(_ typed: String) {
        guard let (address, _) = requireClaim() else { return }
        if typed.lowercased() == "auto" { return sayLevel(address, nil) }
        guard let level = EvidenceLevel.named(typed) else {
            refuse("no evidence level “\(Self.shown(typed))”: say observed, reported, measured, assumed, or auto")
            return
        }
        sayLevel(address, level)
    }

    /// `:source KIND TITLE` (or the answer to `e`'s new source): records a source, citing it where asked.
    @discardableResult
    mutating func addSource(_ text: String, citing address: ClaimAddress? = nil) -> Bool {
        let words = text.trimmingSpaces()
        guard !words.isEmpty else { return true }
        let kindWord = String(words.prefix { !$0.isWhitespace })
        let title = words.dropFirst(kindWord.count).trimmingSpaces()
        guard let kind = Source.Kind.named(kindWord) else {
            refuse("“\(Self.shown(kindWord))” is not a kind of research; say one of \(Source.Kind.typedList), then the title")
            return false
        }
        guard !title.isEmpty else {
            refuse("name the \(kind.words) after its kind, e.g. \(kindWord) Twelve runner interviews")
            return false
        }
        guard let (edit, source) = Edits.addSource(map, kind: kind, title: title) else { return true }
        var after = map
        edit.apply(to: &after)
        let citation = address.flatMap { after.claim(at: $0) }.flatMap { Edits.cite(after, $0, source: source.id) }
        let cited = address.map { " and cited by \(claimWords($0))" } ?? ""
        commit(Transaction(edit.changes + (citation?.changes ?? [])),
               message: "recorded the \(kind.words) “\(Self.shown(title))”\(citation == nil ? "" : cited); "
                   + "v e lists the sources, u undoes")
        return true
    }
}

extension Commands {
    static let evidence: [Command] = [
        Command("evidence", keys: [.character("e")], alsoIn: [.items], section: .evidence, takes: [.word("LEVEL").optional],
                changesMap: true, "what backs the touchpoint, lane text or item here: cite sources, say its level "
                    + "(observed, reported, measured, assumed, auto)") { e, a in
            let level = a.text("LEVEL")
            if level.isEmpty { e.chooseEvidence() } else { e.sayLevelNamed(level) }
        },
        Command("cite", section: .evidence, takes: [.text("SOURCE", completing: .sources)], changesMap: true,
                "cite a source (number, title or words of it) for what is here") { e, a in
            e.citeNamed(a.text("SOURCE"), cited: true)
        },
        Command("uncite", section: .evidence, takes: [.text("SOURCE", completing: .sources)], changesMap: true,
                "take back a citation of a source here") { e, a in e.citeNamed(a.text("SOURCE"), cited: false) },
        Command("source", section: .evidence, takes: [.text("KIND TITLE").optional], changesMap: true,
                "record research the map rests on: interview, survey, analytics, tickets, usability or observation, "
                    + "then its title; alone: the evidence view") { e, a in
            let text = a.text("KIND TITLE")
            if text.isEmpty { e.show(.evidence) } else { e.addSource(text) }
        },
    ]
}

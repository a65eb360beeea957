import JourneyCore
import JourneyView

/// Scores on the emotion lane: the keys type the value the scale shows
/// (-2, 0, +1 on a -2..2 map; 1-5 on a 1..5 map), for the current persona;
/// Enter scores every persona at once.
extension Editor {
    /// Takes a key that types a score; false when the key is not one.
    mutating func typeScore(_ key: Key) -> Bool {
        let scale = map.emotionScale
        switch key {
        case .character(let c) where c.isASCII && (c.isNumber || c == "-" || c == "+"):
            guard !readOnly else { return false }
            let typed = (pendingScore ?? "") + String(c)
            guard typed.dropFirst().allSatisfy(\.isNumber) else {
                pendingScore = nil
                refuse("a score is a whole number on the scale \(scale.min) to \(scale.max)")
                return true
            }
            pendingScore = typed
            let values = scaleTexts
            if values.contains(where: { $0.hasPrefix(typed) && $0 != typed }) {
                let sets = Int(typed).map { " (Enter sets \(MetricsText.signed(Double($0))))" } ?? ""
                say("score: \(typed)…\(sets)")
                return true
            }
            finishScore()
            return true
        case .enter where pendingScore != nil, .escape where pendingScore != nil:
            if key == .enter { finishScore() } else { pendingScore = nil }
            return true
        case .backspace where pendingScore != nil:
            pendingScore = pendingScore.map { String($0.dropLast()) }.flatMap { $0.isEmpty ? nil : $0 }
            return true
        default:
            if pendingScore != nil { finishScore() }
            return false
        }
    }

    /// The scale's values as they are typed: "-2", "-1", "0", "1", "2" (and "+1", "+2").
    var scaleTexts: [String] {
        let scale = map.emotionScale
        var texts: [String] = []
        for value in scale.min...scale.max {
            texts.append(String(value))
            if value > 0 { texts.append("+" + String(value)) }
        }
        return texts
    }

    mutating func finishScore() {
        guard let typed = pendingScore else { return }
        pendingScore = nil
        scoreCommand(typed)
    }

    /// `:score VALUE` and the score keys: the current persona's score here.
    mutating func scoreCommand(_ text: String) {
        guard let (s, i, persona) = requireEmotionCell() else { return }
        switch RuleBook.parse(text, for: .emotionScore(on: map.emotionScale)).flatMap({ score in
            Edits.setEmotion(map, stage: s, index: i, persona: persona.id, score: score).map { (score, $0) }
        }) {
        case .failure(let problem): refuse(problem.description)
        case .success(let (score, edit)):
            commit(edit)
            say("\(persona.name): " + (score.map(MetricsText.signed) ?? "not scored")
                + (map.personas.count > 1 ? " · p: next persona · Enter: all at once" : ""))
        }
    }

    mutating func clearScore() {
        guard let (s, i, persona) = requireEmotionCell() else { return }
        commit(try? Edits.setEmotion(map, stage: s, index: i, persona: persona.id, score: nil).get(),
               message: "\(persona.name): not scored")
    }

    mutating func requireEmotionCell() -> (Int, Int, Persona)? {
        guard currentLane?.kind == .emotion else {
            refuse("move to the Emotion lane to score (j and k change lanes)")
            return nil
        }
        guard map.personas.indices.contains(gridPlace.persona) else {
            refuse("this map has no persona to score for: :persona NAME adds one")
            return nil
        }
        guard let (s, i, _) = requireTouchpoint() else { return nil }
        return (s, i, map.personas[gridPlace.persona])
    }

    mutating func switchPersona(by step: Int) {
        guard !map.personas.isEmpty else {
            refuse("this map has no personas: :persona NAME adds one")
            return
        }
        let count = map.personas.count
        gridPlace.persona = ((gridPlace.persona + step) % count + count) % count
        say("scoring for \(map.personas[gridPlace.persona].name)")
    }

    /// Every persona's score at this touchpoint, typed as one line.
    mutating func openScores() {
        guard !readOnly else { return }
        guard let (_, _, id) = requireTouchpoint() else { return }
        guard !map.personas.isEmpty else {
            refuse("this map has no persona to score for: :persona NAME adds one")
            return
        }
        let touchpoint = touchpoint(id: id)
        let current = map.personas.map { persona in touchpoint?.emotion[persona.id].map(MetricsText.signed) ?? "_" }
        let names = map.personas.map(\.name).joined(separator: " ")
        let scale = map.emotionScale
        // Nothing scored yet: an empty line, so the scores are typed straight in.
        let text = current.allSatisfy { $0 == "_" } ? "" : current.joined(separator: " ")
        ask(.scores(touchpoint: id), label: "Scores \(names):", text: text)
        say("a score per persona, \(scale.min) to \(scale.max), in that order; _ leaves one unscored · Tab: next lane")
    }

    /// Returns false (and says why) when the line is not a score per persona.
    mutating func setScores(_ line: String, touchpoint id: String) -> Bool {
        guard let (s, i) = place(of: id) else { return true }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count <= map.personas.count else {
            say("\(words.count) scores for \(map.personas.count) persona\(map.personas.count == 1 ? "" : "s")")
            return false
        }
        var scores: [String: Double?] = [:]
        for (persona, word) in zip(map.personas, words) {
            switch RuleBook.parse(word == "_" ? "" : word, for: .emotionScore(on: map.emotionScale)) {
            case .failure(let problem):
                refuse("\(persona.name): \(problem.description)")
                return false
            case .success(let score): scores[persona.id] = score
            }
        }
        commit(Edits.updateTouchpoint(map, stage: s, index: i) { t in
            for (persona, score) in scores { t.emotion[persona] = score }
        })
        say(zip(map.personas, words).map { "\($0.name) \(Self.signedText($1))" }.joined(separator: " · "))
        return true
    }

    static func signedText(_ word: String) -> String {
        guard word != "_", let value = Double(word) else { return "not scored" }
        return MetricsText.signed(value)
    }
}

import JourneyJSON

/// The JSON Schema (draft 2020-12) of the map file, built from the tables the
/// decoder reads (`Metric`, `NumericField`, `LaneKind`, `Channel.Kind`,
/// `ReviewCadence`, `MapFormat`), so that it cannot drift from them.
/// `journey schema` prints it; `Schema/journey-map.schema.json` is a copy.
///
/// What a schema cannot say is left to the loader: ids unique, references
/// (channels, personas, lanes) that point at something, one lane of each
/// non-text kind, emotion scores on the map's own scale.
public enum MapSchema {
    /// Not a live address: `.invalid` is reserved (RFC 2606), so no one can
    /// serve something else under it. Editors use the copy they are given.
    public static let id = "https://journey.invalid/schema/journey-map-\(MapFormat.version).json"

    public static func make() -> JSONValue {
        var root = SchemaNode.object(
            "A customer journey map, as written by journey. Members not listed here are kept on save.",
            required: ["format", "version"],
            [
                "$schema": .nullable(.string("The JSON Schema this file follows, for editors; journey keeps it on save.")),
                "format": .constant(.string(MapFormat.name), "Always \"\(MapFormat.name)\": marks the file as a journey map."),
                "version": .number(versionRule, versionDescription),
                "title": .nullable(.string("The map's title.")),
                "objectives": .nullable(.reference("objectives", "Why the map exists, what it covers, and its reviews.")),
                "personas": .list(of: "persona", "A persona.",
                                  "The customers the map is about; emotion scores are kept per persona."),
                "channels": .list(of: "channel", "A channel.",
                                  "The channels touchpoints happen in (website, store, phone, …)."),
                "lanes": .list(of: "lane", "A lane.", "The rows of the grid, top to bottom. Absent: the default lanes."),
                "stages": .list(of: "stage", "A stage.", "The stages (columns), left to right."),
                "emotionScale": .nullable(.reference("emotionScale", "The range of emotion scores (default -2 to 2).")),
                "conflicts": .list(of: "conflict", "A conflict.",
                                   "What `journey merge` could not decide; absent when there is none."),
                "parkingLot": .list(of: "item", "An idea.", "Ideas that belong on no touchpoint yet; absent when there is none."),
                "votingRounds": .list(of: "votingRound", "A revealed round.",
                                      "Dot-voting rounds revealed on this map, oldest first; absent when there is none."),
                "sources": .list(of: "source", "A source.",
                                 "The research the map rests on, cited by touchpoints, lane texts and items; absent when there is none."),
                "futureOf": .nullable(.reference("mapLink", "The map this one is the future state of (its current state).")),
            ]
        ).value
        guard case .object(var members) = root else { return root }
        members["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        members["$id"] = .string(id)
        members["title"] = .string("journey map, format version \(MapFormat.version)")
        members["$defs"] = .object(definitions.mapValues(\.value))
        root = .object(members)
        return root
    }

    /// The versions journey opens: the current one, and the older ones `MapMigration` brings up to it.
    static var versionRule: NumericRule {
        NumericRule(label: "version", range: Double(MapMigration.oldestVersion)...Double(MapFormat.version), isWhole: true)
    }

    static var versionDescription: String {
        let current = MapFormat.version
        return "The format version. journey writes \(current), the version this schema describes, and refuses newer ones. "
            + "It opens versions \(MapMigration.oldestVersion) to \(current - 1) too, migrating them as it loads; they are "
            + "checked here as version \(current), which holds all they may (each version since added only optional members), "
            + "except version 0's one emotion score per touchpoint and members an older journey kept unread under a name a "
            + "later version reads (migration renames those)."
    }

    static var definitions: [String: SchemaNode] {
        [
            "id": .string("A stable id, unique among its kind in the map; a rename keeps it.",
                          minLength: 1),
            "mapLink": .string("A path to another map file, kept as written: a relative one is read from the folder of the "
                                   + "map holding it (detail/checkout.json). No control characters.",
                               minLength: 1, pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"),
            "objectives": .object("Why the map exists, what it covers, and when it is reviewed.", [
                "purpose": .nullable(.string("Why the map exists: the decision it should inform.")),
                "goals": .nullable(.array(of: .string("A goal."), "What the business wants the map to achieve.")),
                "scope": .nullable(.string("What the map covers and what it leaves out.")),
                "lastReviewed": .nullable(.day("When the map was last reviewed")),
                "reviewCadence": .nullable(.choice(ReviewCadence.allCases.map(\.rawValue), "How often the map should be reviewed.")),
            ]),
            "persona": .object("A persona: who the customer is and what they want.", required: ["id", "name"], [
                "id": .reference("id", "The persona's id; emotion scores are keyed by it."),
                "name": .string("The persona's name."),
                "age": .nullable(.number(NumericField.age.rule, "Age in years.")),
                "gender": .nullable(.string("Gender.")),
                "income": .nullable(.string("Income, as free text (\"EUR 52,000 a year\").")),
                "education": .nullable(.string("Education.")),
                "location": .nullable(.string("Where the persona lives.")),
                "jobTitle": .nullable(.string("Job title.")),
                "goals": .nullable(.array(of: .string("A goal."), "What the persona wants to achieve.")),
                "challenges": .nullable(.array(of: .string("A challenge."), "What stands in the persona's way.")),
                "buyingHabits": .nullable(.string("How, where and how often the persona buys.")),
                "decisionProcess": .nullable(.string("How the persona decides.")),
                "preferredChannels": .list(of: "id", "The id of a channel in the map's channels.",
                                           "The channels the persona prefers, by id."),
                "quote": .nullable(.string("A line in the persona's own words.")),
                "story": .nullable(.string("A short story of the persona's situation.")),
                "shared": .nullable(.boolean("True when this is a copy of the workspace library's persona of this id "
                                                 + "(journey-library.json): journey takes the library's fields on opening.")),
            ]),
            "channel": .object("A channel a touchpoint happens in.", required: ["id", "name"], [
                "id": .reference("id", "The channel's id; touchpoints and personas refer to it."),
                "name": .string("The channel's name."),
                "kind": .nullable(.choice(Channel.Kind.allCases.map(\.rawValue), "Online or offline (default online).")),
                "shared": .nullable(.boolean("True when this is a copy of the workspace library's channel of this id.")),
            ]),
            "lane": .object("A row of the grid. A map holds one lane of each kind except the text kinds ("
                                + LaneKind.allCases.filter(\.holdsText).map(\.rawValue).joined(separator: ", ") + ").",
                            required: ["id", "kind"], [
                "id": .reference("id", "The lane's id; a touchpoint's text is keyed by the id of a text lane."),
                "kind": .choice(LaneKind.allCases.map(\.rawValue), "What the lane holds."),
                "name": .nullable(.string("The lane's name (default: the kind's name).")),
                "hidden": .nullable(.boolean("True to hide the lane in the grid.")),
            ]),
            "stage": .object("A stage of the journey: a column of the grid.", required: ["id", "name"], [
                "id": .reference("id", "The stage's id."),
                "name": .string("The stage's name."),
                "goal": .nullable(.string("What the customer, or the business, wants from this stage.")),
                "touchpoints": .list(of: "touchpoint", "A touchpoint.", "The stage's touchpoints, left to right."),
                "metrics": .nullable(.reference("metrics", "The stage's figures.")),
            ]),
            "touchpoint": .object("An interaction between the customer and the business.", required: ["id", "name"], [
                "id": .reference("id", "The touchpoint's id, unique among all touchpoints of the map."),
                "name": .string("The touchpoint's name."),
                "channel": .nullable(.reference("id", "The id of the channel it happens in.")),
                "momentOfTruth": .nullable(.boolean("True when the touchpoint decides the journey.")),
                "link": .nullable(.reference("mapLink", "The map the touchpoint opens into: a detailed journey of this step.")),
                "text": .nullable(.map(of: .string("The cell's text."), "The text of each text lane, keyed by lane id.")),
                "emotion": .nullable(.map(of: .number(NumericField.emotionScore(on: widestScale).rule,
                                                      "The persona's emotion score; it must lie on the map's emotion scale."),
                                          "Emotion scores keyed by persona id.")),
                "painPoints": .list(of: "item", "A pain point.", "Pain points and obstacles."),
                "opportunities": .list(of: "item", "An opportunity.", "Opportunities."),
                "quotes": .list(of: "item", "A quote.", "Quotes and feedback."),
                "metrics": .nullable(.reference("metrics", "The touchpoint's figures.")),
                "evidence": .nullable(.object("What backs the touchpoint.", evidenceProperties.merging([
                    "lanes": .nullable(.map(of: .list(of: "id", "A source's id.", "The sources the lane's text cites."),
                                            "The sources each text lane's text cites, keyed by lane id.")),
                ]) { $1 })),
            ]),
            "source": .object("A piece of research: an interview, a survey, an analytics report, support tickets, a "
                                  + "usability test or an observation.", required: ["id", "kind"], [
                "id": .reference("id", "The source's id; touchpoints and items cite it."),
                "kind": .choice(Source.Kind.allCases.map(\.rawValue), "What kind of research it is."),
                "title": .nullable(.string("What it is called.")),
                "day": .nullable(.day("When it was done")),
                "link": .nullable(.string("A URL or a path to the report, recording or data.")),
                "note": .nullable(.string("Anything a reader should know about it.")),
            ]),
            "item": .object("A pain point, an opportunity or a quote.", required: ["id"], itemProperties),
            "metrics": .object("Figures, to show where customers leave.", metricProperties),
            "conflict": .object("Both sides of a merge changed one thing differently. The map holds ours there (or the "
                                    + "changed version, where one side deleted it) until someone takes a side.",
                                required: ["id", "path"], [
                "id": .reference("id", "The conflict's id."),
                "kind": .nullable(.choice(MergeConflict.Kind.allCases.map(\.rawValue),
                                          "What differs: the value at path (default) or the place of the thing at path.")),
                "path": .array(of: .string("A member name, or the id of an element of a list."),
                               "Where, by names and ids: [\"stages\", \"decision\", \"touchpoints\", \"tp-8\", \"name\"]."),
                "what": .nullable(.string("Where and what, in words.")),
                "base": .json("The value both sides started from; absent: there was none."),
                "ours": .json("Our value; absent: we deleted it. For a place: {\"in\": path of a list, \"after\": id}."),
                "theirs": .json("Their value; absent: they deleted it."),
                "sides": .nullable(.object("Which branch each side was, as git told the merge driver; during a rebase ours "
                                               + "is the upstream and theirs the commit being replayed.", [
                    "ours": .nullable(.string("Our side: a branch, or words for it (\"upstream main\").")),
                    "theirs": .nullable(.string("Their side: a branch, or words for it.")),
                ])),
            ]),
            "votingRound": .object("A dot-voting round, as revealed: who placed how many dots on which item. The items' "
                                       + "votes already include its tallies.", required: ["id", "budget", "perItem"], [
                "id": .reference("id", "The round's id."),
                "opened": .nullable(.string("When the round opened, ISO 8601 in UTC (2026-11-24T10:00:00Z); shown as it is.")),
                "revealed": .nullable(.string("When the tallies were revealed, ISO 8601 in UTC; shown as it is.")),
                "budget": .number(NumericRule(label: "budget", range: Double(VoteRules.budgets.lowerBound)...Double(VoteRules.budgets.upperBound), isWhole: true),
                                  "Dots each participant could place."),
                "perItem": .number(NumericRule(label: "per item", range: 1...Double(VoteRules.budgets.upperBound), isWhole: true),
                                   "Dots one participant could place on one item."),
                "kinds": .nullable(.array(of: .choice([LaneKind.painPoints.rawValue, LaneKind.opportunities.rawValue], "A kind."),
                                          "What was voted on: pain points, opportunities or both.")),
                "ballots": .nullable(.map(of: .map(of: .number(NumericField.item(.votes).rule, "Dots on the item."),
                                                   "The participant's dots, keyed by item id."),
                                          "Ballots keyed by the participant's name.")),
            ]),
            "emotionScale": .object("The range of emotion scores; the minimum must be below the maximum.", [
                "min": .nullable(.number(NumericField.scaleMinimum.rule, "The lowest score (default -2).")),
                "max": .nullable(.number(NumericField.scaleMaximum.rule, "The highest score (default 2).")),
            ]),
        ]
    }

    /// The widest scale the rule book allows: what a score may be on some map.
    static var widestScale: EmotionScale {
        EmotionScale(min: Int(NumericField.scaleMinimum.rule.range.lowerBound),
                     max: Int(NumericField.scaleMaximum.rule.range.upperBound))
    }

    static var itemProperties: [String: SchemaNode] {
        var properties: [String: SchemaNode] = [
            "id": .reference("id", "The item's id, unique among all items of the map."),
            "text": .nullable(.string("What was found, proposed or said.")),
        ]
        let meaning: [ItemFigure: String] = [
            .impact: "How much it matters, 1 (low) to 5 (high).",
            .effort: "How much work it takes, 1 (low) to 5 (high).",
            .votes: "Votes from the team.",
        ]
        for figure in ItemFigure.allCases {
            properties[figure.rawValue] = .nullable(.number(NumericField.item(figure).rule, meaning[figure] ?? ""))
        }
        properties["status"] = .nullable(.choice(ItemStatus.allCases.map(\.rawValue),
                                                 "For an opportunity: how far it has got."))
        properties["owner"] = .nullable(.string("For an opportunity: who sees it through."))
        properties["due"] = .nullable(.day("For an opportunity: when it should be done"))
        properties["addresses"] = .list(of: "id", "A pain point's id.", "For an opportunity: the pain points it addresses.")
        properties["removes"] = .list(of: "id", "The id of a pain point of the current-state map.",
                                      "For an opportunity of a future-state map: the pain points of the current state it is meant to remove.")
        properties["evidence"] = .nullable(.object("What backs the item.", evidenceProperties))
        return properties
    }

    /// A claim's evidence: the sources it cites and the level someone said it has.
    static var evidenceProperties: [String: SchemaNode] {
        [
            "sources": .list(of: "id", "A source's id.", "The sources it cites; a citation of a source that is gone counts for nothing."),
            "level": .nullable(.choice(EvidenceLevel.allCases.map(\.rawValue),
                                       "How it is backed, when someone has said so; absent: what its sources show, or assumed.")),
        ]
    }

    static var metricProperties: [String: SchemaNode] {
        var properties = values { metric in
            let unit = metric.unit == "%" ? ", in percent" : ""
            return .nullable(.number(NumericField.metric(metric).rule, "The \(metric.label)\(unit), now."))
        }
        properties["targets"] = .nullable(.object("The value each metric should reach.", values { metric in
            .nullable(.number(NumericField.metric(metric).rule, "The \(metric.label) aimed for."))
        }))
        properties["history"] = .nullable(.object("Dated measurements of each metric, oldest first.", values { metric in
            .nullable(.array(of: .object("One measurement.", required: ["day", "value"], [
                "day": .day("The day it was measured"),
                "value": .number(NumericField.metric(metric).rule, "The \(metric.label) measured."),
                "responses": .nullable(.number(NumericField.responses.rule, "How many survey responses it was computed from.")),
                "source": .nullable(.reference("id", "The source it came from.")),
            ]), "Measurements of the \(metric.label)."))
        }))
        return properties
    }

    private static func values(_ node: (Metric) -> SchemaNode) -> [String: SchemaNode] {
        Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0.rawValue, node($0)) })
    }
}

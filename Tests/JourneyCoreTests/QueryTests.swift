import Foundation
import JourneyTestSupport
import Testing
@testable import JourneyCore

/// `journey query`'s language on the sample map's records: every operator,
/// precedence, the examples, missing values, personas, metric
/// names, and errors at their column.
@Suite struct QueryTests {
    static let sample = MapRecords(SampleMap.make())

    /// The rows of `records` the query matches: "touchpoint name" or "kind: item text" (its first 24 characters).
    static func found(_ expression: String, in records: MapRecords = sample, today: String = "2026-02-15") throws -> [String] {
        let query = try Query.parse(expression, today: today)
        let workspace = Workspace(root: "/maps", maps: [QueryTestMaps.entry("a.journey.json", title: "Stride")], records: [records],
                                  read: 1)
        return query.run(in: workspace).map { target in
            guard let item = target.item else { return target.touchpoint.name }
            return item.kind.rawValue + ": " + item.text.prefix(24)
        }
    }

    static func error(_ expression: String) -> QueryError? {
        do {
            _ = try Query.parse(expression)
            return nil
        } catch {
            return error
        }
    }

    // MARK: The examples

    @Test func painsOfHighImpactStillIdeas() throws {
        #expect(try Self.found("pain impact>=4 and status=idea").isEmpty, "no pain point of the sample has a status")
        var records = Self.sample
        let chart = records.items.firstIndex { $0.text.hasPrefix("Size chart ignores") }!
        let ticket = records.items.firstIndex { $0.text.hasPrefix("Account required") }!
        records.items[chart].status = .idea
        records.items[ticket].status = .idea
        #expect(try Self.found("pain impact>=4 and status=idea", in: records) == ["pain: Size chart ignores model"])
        #expect(try Self.found("opportunity impact>=4 and status=idea") == ["opportunity: One-tap reorder of the s"])
    }

    @Test func touchpointsWhereMayaFeelsBad() throws {
        #expect(try Self.found("touchpoint emotion.maya<=-1") == ["Size guide", "Size swap"])
        #expect(try Self.found("touchpoint emotion.Maya<=-1") == ["Size guide", "Size swap"], "a persona by its name, in any case")
        #expect(try Self.found("touchpoint emotion.nobody<=-1").isEmpty, "a persona the map does not have matches nothing")
    }

    @Test func emailTouchpointsLosingPeople() throws {
        #expect(try Self.found("touchpoint channel=Email and dropoff>30").isEmpty, "the sample's emails have no drop-off")
        var records = Self.sample
        let alert = records.touchpoints.firstIndex { $0.name == "Price alert" }!
        let confirm = records.touchpoints.firstIndex { $0.name == "Order confirm" }!
        records.touchpoints[alert].metrics[.dropOffRate] = 35
        records.touchpoints[confirm].metrics[.dropOffRate] = 20
        #expect(try Self.found("touchpoint channel=Email and dropoff>30", in: records) == ["Price alert"])
        #expect(try Self.found("touchpoint channel=website and dropoff>30") == ["Product page", "Size guide", "Checkout"])
    }

    // MARK: Operators and precedence

    @Test func everyOperatorOnNumbers() throws {
        let impacts = { (op: String) in try Self.found("pain impact\(op)4").count }
        // Pain impacts in the sample: 2 3 5 3 4 5 3 2 3 4 2.
        #expect(try impacts("=") == 2)
        #expect(try impacts("==") == 2)
        #expect(try impacts("!=") == 9)
        #expect(try impacts("<") == 7)
        #expect(try impacts("<=") == 9)
        #expect(try impacts(">") == 2)
        #expect(try impacts(">=") == 4)
        #expect(try Self.found("touchpoint csat>=90") == ["Parkrun pop-up", "Delivery"])
        #expect(try Self.found("touchpoint reach>1e5") == ["Search ad", "Social video"])
    }

    @Test func textEqualityIsWholeAndFindingIsAnywhereInAnyCase() throws {
        #expect(try Self.found("touchpoint name=size GUIDE") == ["Size guide"])
        #expect(try Self.found("touchpoint name=size").isEmpty)
        #expect(try Self.found("touchpoint name~SIZE") == ["Size guide", "Size swap"])
        #expect(try Self.found("touchpoint stage=Advocacy and name!=\"Refer a friend\"") == ["Review request"])
        #expect(try Self.found("quote text~\"8 mm\"") == ["quote: What on earth is an 8 mm"])
        #expect(try Self.found("quote text~'8 mm'") == ["quote: What on earth is an 8 mm"])
    }

    @Test func andBindsTighterThanOrAndParenthesesRegroup() throws {
        let loose = try Self.found("touchpoint stage=Awareness or stage=Retention and channel=app")
        #expect(loose == ["Search ad", "Social video", "Parkrun pop-up", "Fit check-in", "Mileage nudge"])
        let grouped = try Self.found("touchpoint (stage=Awareness or stage=Retention) and channel=app")
        #expect(grouped == ["Fit check-in", "Mileage nudge"])
        #expect(try Self.found("touchpoint stage=Retention and not channel=app") == ["Size swap"])
        #expect(try Self.found("touchpoint not (stage!=Retention or channel=app)") == ["Size swap"])
        #expect(try Self.found("touchpoint STAGE=Retention AND NOT channel=App") == ["Size swap"], "keywords in any case")
    }

    @Test func subjectsAndItemsSeeTheirTouchpoint() throws {
        #expect(try Self.found("pain channel=Email") == ["pain: Review asked before the "])
        #expect(try Self.found("item touchpoint=Checkout").count == 5)
        #expect(try Self.found("touchpoint=Checkout").count == 6, "no subject: the touchpoint and its items")
        #expect(try Self.found("touchpoint touchpoint=Checkout") == ["Checkout"])
        #expect(try Self.found("quotes stage=Purchase").count == 2)
        #expect(try Self.found("kind=quote and stage=Purchase").count == 2)
        #expect(try Self.found("opportunities").count == 11)
        #expect(try Self.found("touchpoint moment") == ["Size guide", "Checkout", "Delivery", "Size swap"])
        #expect(try Self.found("touchpoint moment=no").count == 14)
        #expect(try Self.found("pain moment and impact=5").count == 2)
    }

    @Test func missingValuesMatchNoComparison() throws {
        #expect(try Self.found("impact<3").allSatisfy { $0.hasPrefix("pain") || $0.hasPrefix("opportunity") },
                "touchpoints and unrated quotes have no impact")
        #expect(try Self.found("quote impact<3").isEmpty)
        #expect(try Self.found("quote impact!=3").isEmpty)
        #expect(try Self.found("quote impact=\"\"").count == 7, "FIELD=\"\" finds the rows without one")
        #expect(try Self.found("opportunity due!=\"\"").count == 4)
        #expect(try Self.found("touchpoint dropoff=\"\" and stage=Consideration") == ["Read reviews", "Fit chat"])
    }

    @Test func statusDaysEvidenceAndDerivedFields() throws {
        #expect(try Self.found("opportunity status=\"in progress\"").count == 2)
        #expect(try Self.found("opportunity status=in progress").count == 2, "a text value may be several words")
        #expect(try Self.found("opportunity status=inprogress").count == 2)
        #expect(try Self.found("opportunity status=In-Progress and owner~squad") == ["opportunity: Show shipping cost on th"])
        #expect(try Self.found("opportunity due<today").count == 2, "2026-02-01 and 2026-01-20, before 2026-02-15")
        #expect(try Self.found("opportunity due>=2026-03-31").count == 2)
        #expect(try Self.found("pain priority>=20") == ["pain: Shipping fee appears onl"])
        #expect(try Self.found("opportunity votes>=11 and priority>10").count == 1, "the fit finder's priority is 10")
        let (assumed, pains, known) = (try Self.found("pain evidence=assumed"), try Self.found("pain"), try Self.found("pain evidence!=assumed"))
        #expect(assumed.count == pains.count - known.count)
        #expect(try Self.found("map=a.journey.json and title~stride and touchpoint=Search ad") == ["Search ad", "pain: Ad shows a generic sale,"])
    }

    @Test func everyMetricByEveryName() throws {
        for metric in Metric.allCases {
            let expected = Self.sample.touchpoints.filter { $0.metrics[metric] != nil }.map(\.name)
            for name in metric.typedNames + [metric.rawValue, metric.typedNames[0].uppercased()] {
                #expect(try Self.found("touchpoint \(name)>=-1000") == expected, "\(name)")
            }
        }
        #expect(try Self.found("touchpoint conv>20") == ["Fit chat", "Checkout"])
        #expect(try Self.found("touchpoint spend>100") == ["Mileage nudge"])
    }

    /// Every field of the table, by every name, is read off every row: a row has it (`!=""`) or has not (`=""`).
    @Test func everyFieldByEveryNameSplitsTheRows() throws {
        let rows = try Self.found("touchpoint").count + Self.found("item").count
        #expect(rows == 18 + 11 + 11 + 7)
        for field in QueryField.all where field.name != "emotion.PERSONA" {
            for name in [field.name] + field.aliases {
                let (with, without) = (try Self.found("\(name)!=\"\""), try Self.found("\(name)=\"\""))
                #expect(with.count + without.count == rows, "\(name)")
                #expect(!with.isEmpty || name == "link" || Metric.named(name) != nil, "\(name) holds something in the sample")
            }
        }
        #expect(try Self.found("stage=\"\"").isEmpty && Self.found("impact!=\"\"").count == 22)
    }

    @Test func personasByIdOrName() throws {
        var records = Self.sample
        records.personas[1].name = "Tom de Vries"
        let byID = try Self.found("touchpoint emotion.tom>=1.5")
        #expect(try Self.found("touchpoint emotion.tomdevries>=1.5", in: records) == byID)
        #expect(try Self.found("touchpoint emotion.tom_de_vries>=1.5", in: records).count == 4)
    }

    // MARK: Errors

    @Test func errorsSayWhatAndWhere() {
        let cases: [(String, Int, String)] = [
            ("pain impcat>=4", 6, "unknown field \"impcat\": did you mean impact?"),
            ("pain impact>=", 14, "expected a value after >="),
            ("pain impact>=4 and", 19, "expected a condition after and"),
            ("impact>=4 status=idea", 11, "expected and, or or the end of the query, not status"),
            ("(impact>=4", 11, "expected ) to close the ( at column 1, not the end"),
            ("impact>=4)", 10, "this ) closes no ("),
            ("impact>=nan", 9, "impact is a number: \"nan\" is not one (write digits, such as 4, -1 or 2.5)"),
            ("impact>=inf", 9, "impact is a number: \"inf\" is not one (write digits, such as 4, -1 or 2.5)"),
            ("impact>=1e400", 9, "1e400 is too large a number"),
            ("impact~4", 7, "~ finds text; impact is a number: use = != < <= > >="),
            ("stage<B", 6, "< compares numbers and days; stage is text: use =, != or ~"),
            ("status=someday", 8, "status is one of idea, planned, in progress or done; \"someday\" is none of them"),
            ("due<tomorrow", 5, "due is a day: \"tomorrow\" is not one (a day written YYYY-MM-DD, e.g. 2026-03-31, or today)"),
            ("moment=maybe", 8, "moment is yes or no, not \"maybe\""),
            ("emotion<1", 1, "emotion needs a persona: emotion.PERSONA, by its id or name, such as emotion.maya"),
            ("name=\"open", 6, "this quoted text has no closing \""),
            ("impact ! 4", 8, "\"!\" alone compares nothing: write != (or not before a condition)"),
            (">=4", 1, "expected a field before >=, such as impact>=4"),
            ("", 1, "expected a subject (touchpoint, pain, opportunity, quote or item) or a condition such as impact>=4"),
            ("pain impact", 12, "expected an operator (= != < <= > >= ~) after impact"),
            ("impact<\"\"", 8, "\"\" is no value to compare with <: impact=\"\" finds rows without one"),
            ("and impact=1", 1, "expected a condition before and"),
            ("dropof>3", 1, "unknown field \"dropof\": did you mean dropoff?"),
            ("zzzzzz=1", 1, "unknown field \"zzzzzz\"; `journey query --fields` lists them"),
        ]
        for (expression, column, message) in cases {
            let error = Self.error(expression)
            #expect(error?.column == column, "\(expression): \(String(describing: error))")
            #expect(error?.message == message, "\(expression)")
        }
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let deep = String(repeating: "(", count: 100_000) + "impact=1" + String(repeating: ")", count: 100_000)
        #expect(Self.error(deep)?.message.hasPrefix("nested too deeply") == true)
        let nots = String(repeating: "not ", count: 100_000) + "impact=1"
        #expect(Self.error(nots)?.message.hasPrefix("nested too deeply") == true)
        let long = Array(repeating: "impact=1", count: 50_000).joined(separator: " and ")
        #expect(Self.error(long) == nil, "a long chain is a wide node, not a deep one")
        #expect(try Self.found(long).count == 0)
    }

    /// Thousands of random and hostile strings: each parses or fails with a located error; none crashes or hangs.
    @Test func fuzzedExpressionsNeverCrash() throws {
        var random = SeededRandom(seed: 31)
        let pieces = ["pain", "touchpoint", "item", "impact", "emotion.maya", "emotion.", "dropoff", "status", "due", "moment",
                      "name", "and", "or", "not", "AND", "(", ")", "=", "!=", "<", "<=", ">", ">=", "~", "!", "\"", "'",
                      "\"in progress\"", "4", "-1", "1e400", "nan", "inf", "0x10", "2026-02-30", "today", "yes", "\\", "é",
                      "\u{0}", "\u{1B}[2J", "\u{202E}", "👩‍👩‍👧", " ", "  ", "\n", "\t", "impcat", "", "..", "-", "+", "e5"]
        let alphabet = Array("()=!<>~\"'\\ abe.-+0123456789\u{0}\u{7F}é\n")
        for trial in 0..<5_000 {
            var expression = ""
            if trial % 2 == 0 {
                for _ in 0..<Int.random(in: 0...12, using: &random) { expression += pieces.randomElement(using: &random)! + " " }
            } else {
                for _ in 0..<Int.random(in: 0...30, using: &random) { expression.append(alphabet.randomElement(using: &random)!) }
            }
            do {
                let query = try Query.parse(expression, today: "2026-02-15")
                _ = query.run(in: Workspace(root: "/", maps: [QueryTestMaps.entry("m.json", title: "M")], records: [Self.sample], read: 1))
            } catch {
                #expect(error.offset >= 0 && error.offset <= expression.count, "\(expression.debugDescription): \(error)")
                #expect(!error.message.isEmpty)
            }
        }
    }
}

/// Workspace entries for maps made in memory.
enum QueryTestMaps {
    static func entry(_ path: String, title: String) -> WorkspaceEntry {
        entry(path, map: JourneyMap(title: title))
    }

    static func entry(_ path: String, map: JourneyMap) -> WorkspaceEntry {
        WorkspaceEntry(file: .init(path: path, size: 0, changed: 0), fingerprint: "",
                       state: .map(MapSummary(map, at: "sample.json", today: Date(timeIntervalSince1970: 1_771_000_000))))
    }

    static func workspace(_ maps: [(path: String, map: JourneyMap)]) -> Workspace {
        Workspace(root: "/maps", maps: maps.map { entry($0.path, map: $0.map) }, records: maps.map { MapRecords($0.map) },
                  read: maps.count)
    }
}

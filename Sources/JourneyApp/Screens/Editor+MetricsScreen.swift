import JourneyCore
import JourneyView

/// A stage, or a touchpoint of it, whose figures the metrics keys and
/// commands change; asked-for fields name it by id (`key`).
struct MetricsPlace {
    enum Key: Equatable, Sendable {
        case stage(String), touchpoint(String)
    }

    var stage: Int
    var touchpoint: Int?
    var name: String
    var key: Key
}

/// What the metrics view asks for at a place, and what its pickers offer:
/// the Enter picker lists the fields to open, the x picker the measurements to delete.
enum MetricsField: ScreenFieldTarget {
    case measure(MetricsPlace.Key)
    case target(MetricsPlace.Key)
    /// A figure's current value.
    case value(MetricsPlace.Key, Metric)
    /// The measurement of a day (empty deletes it).
    case day(MetricsPlace.Key, Metric, day: String)
    case deleteMeasurement(MetricsPlace.Key, Metric, day: String)

    static var screen: MapScreen { .metrics }

    var place: MetricsPlace.Key {
        switch self {
        case .measure(let key), .target(let key), .value(let key, _), .day(let key, _, _), .deleteMeasurement(let key, _, _): key
        }
    }
}

/// The metrics view's keys, fields and options, and `:measure` / `:target`.
extension Editor {
    mutating func answerMetrics(_ field: MetricsField, _ text: String) -> Bool {
        guard let place = metricsPlace(key: field.place) else {
            refuse("that stage or touchpoint is gone; nothing changed")
            return true
        }
        switch field {
        case .measure: return measure(text, at: place)
        case .target: return setTarget(text, at: place)
        case .value(_, let metric): return setFigure(metric, text, at: place)
        case .day(_, let metric, let day):
            guard !text.trimmingSpaces().isEmpty else {
                removeMeasurement(metric, on: day, at: place)
                return true
            }
            return measure(metric, text, on: day, at: place)
        case .deleteMeasurement: return true
        }
    }

    mutating func pickMetrics(_ option: MetricsField) {
        guard let place = metricsPlace(key: option.place) else { return }
        switch option {
        case .deleteMeasurement(_, let metric, let day): removeMeasurement(metric, on: day, at: place)
        case .measure: askMeasure(at: place)
        case .target: askTarget(at: place)
        case .value(_, let metric):
            let current = MetricsRows.metrics(of: row(place), in: map)[metric]
            ask(.screenField(ScreenField(option)),
                label: "\(metric.label) of \(place.name) (\(metric.unit.isEmpty ? "" : metric.unit + ", ")empty clears):",
                text: current.map(MetricsText.number) ?? "")
        case .day(_, let metric, let day):
            let value = MetricsRows.metrics(of: row(place), in: map).history[metric]?.first { $0.day == day }?.value
            ask(.screenField(ScreenField(option)), label: "\(metric.label) on \(day) (empty deletes it):",
                text: value.map(MetricsText.number) ?? "")
        }
    }

    func metricsStatus() -> String {
        let total = MetricsRows.count(map)
        guard total > 0, let row = MetricsRows.row(metricsSelection, in: map) else { return "no stages" }
        return MetricsRows.name(of: row, in: map) + " \(metricsSelection + 1)/\(total)"
    }

    // MARK: the selection

    var metricsSelection: Int { min(max(0, screens.metrics.selected), max(0, MetricsRows.count(map) - 1)) }

    var metricsArea: ScreenArea { ScreenArea(top: 1, height: max(0, height - 2), width: width) }

    mutating func selectMetricsRow(_ selected: Int) {
        let total = MetricsRows.count(map)
        let visible = MetricsScreen.visibleRows(map: map, selected: selected, area: metricsArea)
        screens.metrics.selected = selected
        screens.metrics.scroll = MetricsScreen.scroll(screens.metrics.scroll, selected: selected, visible: visible, total: total)
    }

    // MARK: where a figure goes

    func row(_ place: MetricsPlace) -> MetricsRow {
        place.touchpoint.map { .touchpoint(stage: place.stage, index: $0) } ?? .stage(place.stage)
    }

    func metricsPlace(_ row: MetricsRow) -> MetricsPlace {
        let stage = map.stages[row.stage]
        let key: MetricsPlace.Key = row.touchpoint.map { .touchpoint(stage.touchpoints[$0].id) } ?? .stage(stage.id)
        return MetricsPlace(stage: row.stage, touchpoint: row.touchpoint, name: MetricsRows.name(of: row, in: map), key: key)
    }

    /// A place named by id, found again: it may have moved since it was asked about.
    func metricsPlace(key: MetricsPlace.Key) -> MetricsPlace? {
        switch key {
        case .touchpoint(let id): place(of: id).map { metricsPlace(.touchpoint(stage: $0.stage, index: $0.index)) }
        case .stage(let id): map.stageIndex(id: id).map { metricsPlace(.stage($0)) }
        }
    }

    /// The selected row in the metrics view; elsewhere the grid cursor's touchpoint.
    mutating func metricsTarget() -> MetricsPlace? {
        if case .screen(.metrics) = mode {
            guard let row = MetricsRows.row(metricsSelection, in: map) else {
                refuse("this map has no stages yet: S in the grid adds one")
                return nil
            }
            return metricsPlace(row)
        }
        return requireTouchpoint().map { metricsPlace(.touchpoint(stage: $0.stage, index: $0.index)) }
    }

    // MARK: asking

    mutating func askMeasure(at place: MetricsPlace) {
        ask(.screenField(ScreenField(MetricsField.measure(place.key))),
            label: "Measure at \(place.name) (NAME VALUE [YYYY-MM-DD]):")
    }

    mutating func askTarget(at place: MetricsPlace) {
        ask(.screenField(ScreenField(MetricsField.target(place.key))),
            label: "Target at \(place.name) (NAME [VALUE]; no VALUE clears):")
    }

    /// Enter: the row's KPIs, each with its measurements oldest first; picking one edits it.
    mutating func openMetricsRow() {
        guard let place = metricsTarget() else { return }
        func option(_ field: MetricsField) -> ChoiceValue { .screenOption(ScreenField(field)) }
        var options: [Choice.Option] = []
        for trend in MetricsRows.metrics(of: row(place), in: map).trends {
            var label = trend.metric.label + ": " + (trend.current.map(trend.text) ?? "no value")
            if let words = trend.targetWords { label += " · " + words }
            options.append(Choice.Option(label: label, value: option(.value(place.key, trend.metric))))
            options += trend.series.map { measurement in
                Choice.Option(label: "↳ \(trend.metric.shortLabel) \(measurement.day): \(trend.text(measurement.value))"
                                  + (trend.origin(of: measurement, sources: map.sources).map { " " + $0 } ?? ""),
                              value: option(.day(place.key, trend.metric, day: measurement.day)))
            }
        }
        options.append(Choice.Option(label: "record a measurement… (m)", value: option(.measure(place.key))))
        options.append(Choice.Option(label: "set or clear a target… (t)", value: option(.target(place.key))))
        push(.picker(Choice(title: "KPIs of \(place.name)", notes: ["Enter edits a value or a measurement; Esc closes"],
                            options: options)))
    }

    /// x: which measurement to take away.
    mutating func chooseMeasurementToDelete() {
        guard let place = metricsTarget() else { return }
        let options = MetricsRows.metrics(of: row(place), in: map).trends.flatMap { trend in
            trend.series.map { measurement in
                let delete = MetricsField.deleteMeasurement(place.key, trend.metric, day: measurement.day)
                return Choice.Option(label: "\(trend.metric.label) \(measurement.day)  \(trend.text(measurement.value))",
                                     value: .screenOption(ScreenField(delete)))
            }
        }
        guard !options.isEmpty else {
            refuse("no measurements at \(place.name): m records one")
            return
        }
        push(.picker(Choice(title: "Delete a measurement of \(place.name)", options: options)))
    }

    // MARK: changing figures

    /// The answer to m, read as `:measure` reads its words. False keeps the line open to fix.
    mutating func measure(_ line: String, at place: MetricsPlace) -> Bool {
        let problem = "measure what? type NAME VALUE [YYYY-MM-DD], e.g. conversion 61 2026-04-30; the names are "
            + Metric.typedList
        guard let arguments = read(line, as: Commands.measurement, otherwise: problem) else { return false }
        return measure(arguments, at: place)
    }

    /// `:measure NAME VALUE [DATE]`.
    mutating func measure(_ arguments: Arguments, at place: MetricsPlace) -> Bool {
        guard let metric = typedMetric(arguments.text("NAME")) else { return false }
        return measure(metric, arguments.text("VALUE"), on: arguments["DATE"] ?? CalendarDay.today, at: place)
    }

    mutating func measure(_ metric: Metric, _ typed: String, on day: String, at place: MetricsPlace) -> Bool {
        let parsed = RuleBook.parse(typed, for: .metric(metric))
        guard case .success(nil) = parsed else {
            let result = parsed.flatMap { value in
                Edits.recordMeasurement(map, stage: place.stage, touchpoint: place.touchpoint, metric, value ?? 0, on: day)
                    .map { (value, $0) }
            }
            return apply(result, metric, at: place) { value, _, trend in
                "\(metric.label) of \(place.name): \(trend.text(value ?? 0)) on \(day)"
                    + " (\(trend.series.count) measured" + (trend.targetWords.map { "; " + $0 } ?? "") + ")"
            }
        }
        refuse("a measurement needs a value: \(metric.label) " + NumericField.metric(metric).rule.expectation)
        return false
    }

    /// The answer to t, read as `:target` reads its words. False keeps the line open to fix.
    mutating func setTarget(_ line: String, at place: MetricsPlace) -> Bool {
        let problem = "target of what? type NAME [VALUE], e.g. conversion 68; the names are " + Metric.typedList
        guard let arguments = read(line, as: Commands.figure, otherwise: problem) else { return false }
        return setTarget(arguments, at: place)
    }

    /// `:target NAME [VALUE]`: no VALUE clears it.
    mutating func setTarget(_ arguments: Arguments, at place: MetricsPlace) -> Bool {
        guard let metric = typedMetric(arguments.text("NAME")) else { return false }
        let result = RuleBook.parse(arguments.text("VALUE"), for: .metric(metric)).flatMap { value in
            Edits.setTarget(map, stage: place.stage, touchpoint: place.touchpoint, metric, to: value).map { (value, $0) }
        }
        return apply(result, metric, at: place) { value, edit, trend in
            "target for \(metric.label) of \(place.name): " + (value == nil ? "cleared" : trend.targetWords ?? "")
                + (edit == nil ? " (unchanged)" : "")
        }
    }

    /// A figure's current value, from the Enter picker.
    mutating func setFigure(_ metric: Metric, _ typed: String, at place: MetricsPlace) -> Bool {
        let result = RuleBook.parse(typed, for: .metric(metric)).flatMap { value in
            Edits.setMetric(map, stage: place.stage, touchpoint: place.touchpoint, metric, to: value).map { (value, $0) }
        }
        return apply(result, metric, at: place) { value, _, trend in
            "\(metric.label) of \(place.name): " + (value.map(trend.text) ?? "cleared")
        }
    }

    /// Commits a checked edit and says what it did, or says what was wrong and where (false: the line stays open).
    private mutating func apply(_ result: Result<(Double?, Transaction?), RuleViolation>, _ metric: Metric, at place: MetricsPlace,
                                said: (Double?, Transaction?, MetricsTrend) -> String) -> Bool {
        switch result {
        case .failure(let problem):
            refuse(problem.description + " (at \(place.name))")
            return false
        case .success(let (value, edit)):
            commit(edit)
            say(said(value, edit, MetricsTrend(MetricsRows.metrics(of: row(place), in: map), metric)))
            return true
        }
    }

    mutating func removeMeasurement(_ metric: Metric, on day: String, at place: MetricsPlace) {
        commit(Edits.removeMeasurement(map, stage: place.stage, touchpoint: place.touchpoint, metric, on: day),
               message: "\(metric.label) of \(place.name) on \(day) deleted; u brings it back")
    }

    /// A metric by a name a user typed, or a message listing the names.
    mutating func typedMetric(_ name: String) -> Metric? {
        guard let metric = Metric.named(name) else {
            refuse("no figure “\(DisplayText.singleLine(DisplayText.visible(name, columns: 30)))”; the figures are "
                + Metric.typedList)
            return nil
        }
        return metric
    }
}

extension Commands {
    /// A stage, then its touchpoints.
    static let metricsList = ListRows(
        noun: "row", count: { MetricsRows.count($0.map) }, selected: { $0.metricsSelection }, select: { $0.selectMetricsRow($1) },
        paged: { e, from, pages in
            from + pages * max(1, MetricsScreen.visibleRows(map: e.map, selected: from, area: e.metricsArea) - 1)
        },
        hint: Hint("row", keys: "j k"))

    static let metrics: [Command] = listKeys(.metrics, metricsList) + [
        Command("metrics-open", keys: [.enter], scope: .screen(.metrics), section: .of(.metrics),
                hint: Hint("KPIs"), changesMap: true, typable: false,
                "the row's KPIs and their measurements, oldest first: pick one to edit it") { e, _ in e.openMetricsRow() },
        Command("metrics-measure", keys: [.character("m")], scope: .screen(.metrics), section: .of(.metrics),
                hint: Hint("measure"), changesMap: true,
                typable: false, "record a measurement at the row: NAME VALUE [YYYY-MM-DD]") { e, _ in
            if let place = e.metricsTarget() { e.askMeasure(at: place) }
        },
        Command("metrics-target", keys: [.character("t")], scope: .screen(.metrics), section: .of(.metrics),
                hint: Hint("target"), changesMap: true,
                typable: false, "set or clear a target at the row: NAME [VALUE]") { e, _ in
            if let place = e.metricsTarget() { e.askTarget(at: place) }
        },
        Command("metrics-delete", keys: [.character("x"), .delete], scope: .screen(.metrics), section: .of(.metrics),
                hint: Hint("delete"),
                changesMap: true, typable: false, "delete one of the row's measurements") { e, _ in e.chooseMeasurementToDelete() },
        back(.metrics),
        Command("measure", section: .of(.metrics), takes: measurement, changesMap: true,
                "record a dated measurement (DATE YYYY-MM-DD, today if left out) at the selected row of the metrics view, "
                    + "else at the cursor's touchpoint") { e, a in
            if let place = e.metricsTarget() { _ = e.measure(a, at: place) }
        },
        Command("target", section: .of(.metrics), takes: figure, changesMap: true,
                "set a figure's target (no VALUE clears it), where :measure records") { e, a in
            if let place = e.metricsTarget() { _ = e.setTarget(a, at: place) }
        },
    ]

    /// `:measure`, and the line m asks for.
    static let measurement: Signature = [.word("NAME", completing: .metrics), .word("VALUE"), .word("DATE").optional]
}

extension ScreenController {
    static let metrics = ScreenController(MetricsField.self, commands: Commands.metrics,
                                          status: { $0.metricsStatus() }, answer: { $0.answerMetrics($1, $2) },
                                          pick: { $0.pickMetrics($1) })
}

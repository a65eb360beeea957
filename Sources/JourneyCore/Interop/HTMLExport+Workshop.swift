extension HTMLExport {
    /// Each revealed dot-voting round: the items by the dots they got, and who placed them.
    static func votes(_ map: JourneyMap, into out: inout [String]) {
        guard !map.votingRounds.isEmpty else { return }
        let links = ItemLinks(map)
        out += ["<section id=\"votes\">", "<h2>Vote results</h2>"]
        for (number, round) in map.votingRounds.enumerated() {
            out += ["<h3>Round \(number + 1)</h3>",
                    "<p class=\"muted intro\">Dots on \(round.kindsWords), \(HTMLText.escape(round.summary)).</p>"]
            let results = round.results
            guard !results.isEmpty else {
                out.append("<p class=\"muted\">No dots were placed.</p>")
                continue
            }
            out += ["<table>",
                    "<thead><tr><th class=\"num\">Dots</th><th>Item</th><th>Where</th><th>Placed by</th></tr></thead>",
                    "<tbody>"]
            for result in results {
                let insight = links.items[result.item]
                let item = insight.map { HTMLText.lines($0.item.text) }
                    ?? "<span class=\"muted\">an item no longer in the map (\(HTMLText.escape(result.item)))</span>"
                let place = insight.map { HTMLText.lines($0.stageName) + " › " + HTMLText.lines($0.touchpointName) } ?? ""
                let placed = result.placedBy.map { HTMLText.escape("\($0.participant) ×\($0.dots)") }.joined(separator: ", ")
                out.append("<tr><td class=\"num\">\(result.dots)</td><td>\(item)</td><td>\(place)</td><td>\(placed)</td></tr>")
            }
            out += ["</tbody>", "</table>"]
        }
        out.append("</section>")
    }

    /// Ideas the workshop parked because they belong to no touchpoint yet.
    static func parkingLot(_ map: JourneyMap, into out: inout [String]) {
        guard !map.parkingLot.isEmpty else { return }
        out += ["<section id=\"parking-lot\">", "<h2>Parking lot</h2>",
                "<p class=\"muted intro\">Ideas not yet on a touchpoint.</p>",
                "<ul class=\"items\">" + map.parkingLot.map { item($0) }.joined() + "</ul>", "</section>"]
    }
}

import Foundation
import JourneyTestSupport
import JourneyView
import Testing

/// Golden screens: a frame is compared with a checked-in text file, and its
/// styles with an attribute layer beside it (one letter per style, named in
/// a legend). Run with JOURNEY_UPDATE_GOLDENS=1 to rewrite them on purpose.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func check(_ grid: CellGrid, named name: String, attributes: Bool = true,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        compare(grid.text, file: name + ".txt", sourceLocation: sourceLocation)
        if attributes { compare(attributeLayer(grid), file: name + ".attrs.txt", sourceLocation: sourceLocation) }
    }

    static func compare(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let mismatch = GoldenFile.mismatch(actual, at: folder.appendingPathComponent(file), named: file) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    /// One letter per distinct style, in order of first appearance; the
    /// legend above the rows says what each letter is.
    static func attributeLayer(_ grid: CellGrid) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var codes: [Style: Character] = [:]
        var legend: [String] = []
        var rows: [String] = []
        for y in 0..<grid.height {
            var row = ""
            for x in 0..<grid.width {
                let style = grid[x, y].style
                if codes[style] == nil {
                    let letter = letters[min(codes.count, letters.count - 1)]
                    codes[style] = letter
                    legend.append("\(letter) = \(describe(style))")
                }
                row.append(codes[style]!)
            }
            rows.append(row)
        }
        return legend.joined(separator: "\n") + "\n\n" + rows.joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        func color(_ c: TerminalColor) -> String {
            switch c {
            case .standard: "default"
            case .indexed(let i): String(i)
            }
        }
        let attributes = TextAttributes.byName.filter { style.attributes.contains($0.1) }.map(\.0)
        return "fg \(color(style.foreground)) bg \(color(style.background))"
            + (attributes.isEmpty ? "" : " " + attributes.joined(separator: "+"))
    }
}

import Testing
@testable import JourneyCore

/// An export that `journey import` reads back is never larger than import reads.
@Suite struct ExportLimitTests {
    let map = SampleMap.make()

    @Test(arguments: [ExportFormat.csv, .mermaid])
    func anExportImportReadsIsRefusedOverTheLimit(_ format: ExportFormat) throws {
        let size = Array(format.render(map).utf8).count
        #expect(try format.bytes(map, limit: size).get().count == size)
        let refusal = ExportTooLarge(format: format, size: size, limit: size - 1)
        #expect(throws: refusal) { try format.bytes(map, limit: size - 1).get() }
        #expect(refusal.description.contains("nothing was written. Split the map"))
    }

    @Test(arguments: [ExportFormat.md, .html, .svg])
    func anExportImportDoesNotReadIsNotLimited(_ format: ExportFormat) throws {
        #expect(try format.bytes(map, limit: 1).get() == Array(format.render(map).utf8))
    }

    @Test func theFormatsImportReadsAreCSVAndMermaid() {
        #expect(ExportFormat.allCases.filter(\.importsBack) == [.csv, .mermaid])
    }
}

@testable import JourneyCore
import Testing

/// The poster on paper: one sheet when it is legible on one, else the
/// fewest overlapping sheets that cover all of it at the smallest legible size.
@Suite struct PosterSheetsTests {
    @Test func aPosterOneSheetHoldsLegiblyIsOneSheetFilledToItsEdges() {
        let layout = PosterLayout(SampleMap.make())
        let sheets = PosterSheets(width: layout.width, height: layout.height, paper: PosterPaper(.a0, .landscape))
        #expect(sheets.windows.count == 1)
        #expect(sheets.scale >= PosterSheets.smallest * PosterSheets.millimetresPerUnit)
        let across = 1189 - 2 * PosterSheets.margin, down = 841 - 2 * PosterSheets.margin - PosterSheets.footer
        #expect(abs(min(across / layout.width, down / layout.height) - sheets.scale) < 1e-9)
    }

    @Test(arguments: [PosterPaper(.a4, .landscape), PosterPaper(.a3, .portrait), PosterPaper(.a1, .landscape)])
    func sheetsCoverTheWholePosterOverlappingByTheBand(_ paper: PosterPaper) {
        var map = SampleMap.make()
        for s in map.stages.indices { map.stages[s].touchpoints += map.stages[s].touchpoints.map { var t = $0; t.id += "-again"; return t } }
        let layout = PosterLayout(map)
        let sheets = PosterSheets(width: layout.width, height: layout.height, paper: paper)
        #expect(sheets.windows.count > 1)
        #expect(abs(sheets.scale - PosterSheets.smallest * PosterSheets.millimetresPerUnit) < 1e-9, "the smallest legible size, fewest sheets")
        #expect(sheets.windows.count == sheets.rows * sheets.columns)
        let band = PosterSheets.overlap / sheets.scale
        for (index, window) in sheets.windows.enumerated() {
            let (row, column) = (index / sheets.columns, index % sheets.columns)
            #expect(abs(window.width * sheets.scale - (paper.width - 2 * PosterSheets.margin)) < 1e-6)
            if column > 0 { #expect(abs(sheets.windows[index - 1].maxX - window.x - band) < 1e-6) } else { #expect(window.x == 0) }
            if row > 0 { #expect(abs(sheets.windows[index - sheets.columns].maxY - window.y - band) < 1e-6) } else { #expect(window.y == 0) }
        }
        #expect(sheets.windows.last.map { $0.maxX >= layout.width && $0.maxY >= layout.height } == true)
        let fewer = sheets.windows[sheets.windows.count - 1]
        #expect(fewer.x < layout.width && fewer.y < layout.height, "no sheet is blank")
    }

    @Test func eachSheetIsAPageOfItsPaperWithItsNumber() {
        let svgs = SVGPoster.sheets(SampleMap.make(), on: PosterPaper(.a4, .portrait))
        #expect(svgs.count > 1)
        for (index, svg) in svgs.enumerated() {
            #expect(svg.contains("width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\""))
            #expect(svg.contains("Sheet \(index + 1) of \(svgs.count):"))
            #expect(SVGPosterTests.read(svg).parsed)
        }
        #expect(SVGPoster.sheets(SampleMap.make(), on: PosterPaper(.a0, .landscape)).count == 1)
    }
}

extension PosterSheetsTests {
    @Test func aSheetHoldsOnlyTheBoxesItShows() {
        let map = SampleMap.make()
        let svgs = SVGPoster.sheets(map, on: PosterPaper(.a4, .landscape))
        let whole = SVGPoster.export(map)
        let rects = { (svg: String) in svg.components(separatedBy: "<rect").count - 1 }
        #expect(svgs.allSatisfy { rects($0) < rects(whole) / 2 })
        let texts = svgs.flatMap { SVGPosterTests.read($0).reader.texts }
        for stage in map.stages { #expect(texts.contains("\(map.stages.firstIndex(of: stage)! + 1). \(stage.name)")) }
    }
}

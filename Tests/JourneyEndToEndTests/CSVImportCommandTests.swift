import Foundation
import JourneyCore
import Testing

/// `journey import` of a touchpoints CSV as a spreadsheet saves it: the
/// warnings reach the terminal, and the scale survives import and export.
@Suite struct CSVImportCommandTests {
    @Test func aSemicolonSheetOnOneToFiveImportsWithItsWarningsAndExportsItsScale() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let sheet = scratch.write("sheet.csv", "\u{FEFF}Stage;Touchpoint;Emotion: Maya (1..5);Emotion Tom;Conversion rate;;\r\n"
                                  + "Aware;Ad;4,5;3;2,8;;\r\n;;;;;;\r\n")
        let map = scratch.file("map.json")
        let imported = try Binary.run(["import", sheet, "-o", map])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("journey: \(sheet):1: warning: column D \"Emotion Tom\" is read as a text lane: "
                                         + "did you mean \"emotion: Tom\"?"), "\(imported.stderr)")
        let exported = try Binary.run(["export", map, "--format", "csv"])
        #expect(exported.status == 0)
        #expect(exported.stdout.hasPrefix("stage,touchpoint,channel,moment of truth,Actions,Thoughts,Owner,Emotion Tom,emotion: Maya (1..5),"),
                "\(exported.stdout)")
        #expect(exported.stdout.contains(",3,4.5,,2.8,"), "\(exported.stdout)")
    }
}

// libFuzzer target for the importers: compiled together with
// Sources/JourneyCore by run.sh (not part of the SwiftPM build).
// Any bytes, read as a Mermaid journey and as a touchpoints CSV, must give
// an ImportFailure or a map that saves and loads back equal; that map must
// export to every format without a crash.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in ImportFormat.allCases {
        let map: JourneyMap
        do {
            map = try format.parse(bytes, file: "fuzz.\(format.rawValue)")
        } catch {
            continue
        }
        guard let saved = try? MapStore.encode(map) else {
            fatalError("an imported \(format) map could not be saved")
        }
        let reloaded: JourneyMap
        do {
            reloaded = try MapStore.decode(saved, file: "fuzz")
        } catch {
            fatalError("an imported \(format) map could not be loaded: \(error.description)")
        }
        precondition(reloaded == map, "saving and loading changed an imported \(format) map")
        for export in ExportFormat.allCases {
            for table in CSVTable.allCases where export == .csv || table == .touchpoints {
                _ = export.render(map, table: table)
            }
        }
    }
    return 0
}

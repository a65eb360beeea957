// libFuzzer target for the map loader: compiled together with
// Sources/JourneyCore by run.sh (not part of the SwiftPM build).
// Any input must load or be refused with an error, never crash or hang;
// a map that loads must survive a save and reload unchanged.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let map = try? MapStore.decode(bytes, file: "fuzz") else { return 0 }
    guard let saved = try? MapStore.encode(map) else {
        fatalError("a map that loaded could not be saved")
    }
    guard let reloaded = try? MapStore.decode(saved, file: "fuzz") else {
        fatalError("a map that loaded could not be loaded again after saving")
    }
    precondition(reloaded == map, "a save and reload changed the map")
    precondition((try? MapStore.encode(reloaded)) == saved, "saving twice gave different files")
    return 0
}

// libFuzzer target for the editor: any bytes become a sequence of events
// (keys from every mode, pastes, bursts, resizes) run through the editor's
// update step on a copy of the sample map. No crash, no hang; every save
// the editor asks for is a file that loads back equal to what it saved.
// Compiled with JourneyCore, JourneyView and JourneyApp by run.sh.
import JourneyApp
import JourneyCore
import JourneyView

let keys: [Key] = [
    .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace, .delete,
    .wordLeft, .wordRight, .control("c"), .control("g"), .control("o"), .control("r"), .control("y"), .control("u"),
    .control("k"), .control("w"), .control("a"), .control("e"), .control("s"), .control("l"),
] + Array("abcdeghijklmnoprstuvwxyzABCDEGHIJKLMNOPRSTUVWXYZ0123456789 -+=:/'<>{}[]?$|@_.,\u{1B}é日🎉\u{202E}").map(Key.character)

let texts = ["Slow delivery | 4 2 3\nPrice unclear", "nan", "inf", "1e400", "-0", "-9223372036854775808", "x | 9 9 9",
             String(repeating: "long ", count: 200), "metric reach 1e12", "scale -100 100", "\u{1B}[2J", "a\nb\nc"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var editor = Editor(document: Document(map: SampleMap.make(), path: "fuzz.json", isSaved: true), displayName: "fuzz",
                        width: 80, height: 24)
    var index = 0
    func next() -> Int {
        defer { index += 1 }
        return index < bytes.count ? Int(bytes[index]) : 0
    }
    while index < bytes.count {
        let byte = next()
        let event: Event
        switch byte {
        case 0..<200: event = .key(keys[byte % keys.count])
        case 200..<220: event = .paste(texts[next() % texts.count])
        case 220..<235: event = .burst((0..<(next() % 12)).map { _ in keys[next() % keys.count] })
        case 235..<245: event = .resize(width: 10 + next() % 200, height: 4 + next() % 80)
        default: event = .key(.character(Character(Unicode.Scalar(UInt8(next() % 95 + 32)))))
        }
        var pending = [event]
        while !pending.isEmpty {
            for effect in editor.update(pending.removeFirst()) {
                guard case .save(let request) = effect else { continue }
                guard let bytes = try? MapStore.encode(request.map) else { fatalError("the editor asked to save a map that cannot be written") }
                guard let loaded = try? MapStore.decode(bytes, file: "fuzz") else { fatalError("a saved map does not load") }
                precondition(loaded == request.map, "a saved map loads back different")
                pending.append(.saveFinished(.saved(path: request.path, revision: request.revision, thenQuit: request.thenQuit)))
            }
        }
        _ = editor.frame(theme: ThemeCatalog.builtinDefault)
        if editor.isFinished { break }
    }
    return 0
}

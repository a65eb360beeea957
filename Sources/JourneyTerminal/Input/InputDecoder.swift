/// Cuts the terminal's bytes into keys, pastes and mouse reports, whatever
/// the terminal, multiplexer or link in between (after crossterm, termwiz and
/// notcurses). A sequence is never split into Esc plus keys: an unknown one
/// is swallowed whole (CSI to its final byte, SS3 and one byte, OSC, DCS,
/// APC, PM and SOS to their terminator); once `ESC [` or `ESC O` has come,
/// the rest is awaited across a slow link. Pasted bytes are only ever text.
///
/// Feed it bytes as they arrive, with the time, and take what it decoded
/// with `next(at:)`; when it holds part of a sequence, `deadline` says when
/// to ask again though nothing came.
public struct InputDecoder: Sendable {
    public struct Timing: Sendable, Equatable {
        /// Esc alone is Esc when nothing follows it within this.
        public var escape: Double
        /// Once a sequence has begun, how long its rest may take (a slow link's gap).
        public var sequence: Double
        /// How long a bracketed paste may stall before what came is taken as the whole paste.
        public var paste: Double

        public static let standard = Timing(escape: 0.2, sequence: 1.0, paste: 5.0)
    }

    public var timing: Timing
    /// Sequences terminfo names that the table does not know.
    private let extra: [[UInt8]: TerminalKey]
    private var bytes: [UInt8] = []
    private var start = 0
    /// When the first undecoded byte began waiting.
    private var headSince = 0.0
    private var lastByte = 0.0
    /// A lone Esc went out at this time: a `[` or `O` soon after may be the rest of a sequence a slow link cut.
    private var escapeSentAt: Double?
    private var pasting: Paste?
    private var skipping: Skip?
    /// Where each read's bytes begin (past `start`): an Esc that ended a read and a
    /// letter that began the next were typed apart, not sent as Alt and the letter.
    private var readStarts: [Int] = []

    private struct Paste {
        var raw: [UInt8] = []
        /// The end marker came with more behind it: the burst it came in, to here, is still the paste's text.
        var burstEnd: Int?
    }

    /// An overlong sequence being swallowed to its end.
    private enum Skip { case control, string }

    static let pasteStart: [UInt8] = Array("\u{1b}[200~".utf8)
    static let pasteEnd: [UInt8] = Array("\u{1b}[201~".utf8)
    /// A paste keeps at most this much; the rest is dropped (and the paste still ends at its marker).
    static let pasteLimit = 16 << 20
    /// Longer control sequences or strings are swallowed without being kept.
    static let controlLimit = 256
    static let stringLimit = 4096

    public init(timing: Timing = .standard, extra: [[UInt8]: TerminalKey] = [:]) {
        self.timing = timing
        self.extra = extra
    }

    public mutating func feed(_ new: some Collection<UInt8>, at now: Double) {
        guard !new.isEmpty else { return }
        if start == bytes.count {
            bytes.removeAll(keepingCapacity: true)
            readStarts.removeAll(keepingCapacity: true)
            start = 0
            headSince = now
        } else if start > 65_536 {
            bytes.removeFirst(start)
            pasting?.burstEnd? -= start
            readStarts = readStarts.map { $0 - start }.filter { $0 > 0 }
            start = 0
        }
        readStarts.removeAll { $0 <= start }
        readStarts.append(bytes.count)
        bytes.append(contentsOf: new)
        lastByte = now
    }

    /// When to call `next(at:)` though no byte came: a begun sequence or paste times out then.
    public var deadline: Double? {
        if let pasting { return pasting.burstEnd == nil ? lastByte + timing.paste : lastByte }
        if skipping != nil { return lastByte + timing.sequence }
        guard start < bytes.count else { return nil }
        return lastByte + (waitsAsEscape ? timing.escape : timing.sequence)
    }

    /// Whether what is held is Esc alone (or Esc Esc), which waits the short time.
    private var waitsAsEscape: Bool {
        bytes[start] == 27 && bytes[start + 1..<bytes.count].allSatisfy { $0 == 27 } && bytes.count - start <= 2
    }

    /// The next thing decoded, or nil when nothing is complete yet.
    public mutating func next(at now: Double) -> Decoded? {
        if pasting != nil { return collectPaste(at: now) }
        if skipping != nil { skip(at: now) }
        guard start < bytes.count else { return nil }
        let tail = escapeSentAt.map { headSince - $0 <= timing.sequence } == true
            && (bytes[start] == UInt8(ascii: "[") || bytes[start] == UInt8(ascii: "O"))
        let step = tail ? parseTail() : parse(start)
        switch step {
        case .input(let input, let length):
            escapeSentAt = nil
            return take(input, length: length, at: now)
        case .needMore(let onTimeout):
            // Measured from the last byte: a sequence cut by a slow link may come a byte at a time.
            let waited = now - lastByte
            guard waited >= (waitsAsEscape ? timing.escape : timing.sequence) else { return nil }
            if tail {
                // Nothing completed it: the user typed Esc, then this.
                escapeSentAt = nil
                return take(.key(TerminalKey(.character(Character(Unicode.Scalar(bytes[start]))))), length: 1, at: now)
            }
            let length = onTimeout ?? (bytes.count - start)
            let decoded = take(length == 1 || onTimeout != nil ? timedOut(length) : .unknown, length: length, at: now)
            if decoded.input == .key(TerminalKey(.escape)) { escapeSentAt = now }
            return decoded
        }
    }

    /// What a sequence cut short by the timeout was: Esc alone, Alt-O.
    private func timedOut(_ length: Int) -> DecodedInput {
        if length == 1 && bytes[start] == 27 { return .key(TerminalKey(.escape)) }
        if length == 2 && bytes[start] == 27 {
            if case .input(.key(let key), _) = parse(start + 1, upTo: start + 2) {
                return .key(TerminalKey(key.code, key.modifiers.union(.alt)))
            }
        }
        return .unknown
    }

    private mutating func take(_ input: DecodedInput, length: Int, at now: Double) -> Decoded {
        let taken = Array(bytes[start..<start + length])
        start += length
        headSince = max(headSince, now)
        if case .paste = input {
            // The start marker: what follows, to the end marker, is text.
            pasting = Paste()
            return collectPaste(at: now) ?? Decoded(input: .unknown, bytes: [])
        }
        if case .unknown = input, taken.count >= Self.controlLimit, taken.starts(with: [27, UInt8(ascii: "[")]) {
            skipping = .control
        } else if case .unknown = input, taken.count >= Self.stringLimit {
            skipping = .string
        }
        return Decoded(input: input, bytes: taken)
    }

    // MARK: parsing

    enum Step: Equatable {
        case input(DecodedInput, length: Int)
        /// A prefix of something longer; on timeout, the first `onTimeout` bytes (nil: all held) are taken.
        case needMore(onTimeout: Int?)
    }

    func parse(_ i: Int) -> Step { parse(i, upTo: bytes.count) }

    func parse(_ i: Int, upTo end: Int) -> Step {
        let byte = bytes[i]
        if byte == 27 { return parseEscape(i, upTo: end) }
        if byte < 32 || byte == 127 { return .input(.key(KeyTable.control(byte)), length: 1) }
        if byte < 128 { return .input(.key(TerminalKey(.character(Character(Unicode.Scalar(byte))))), length: 1) }
        return parseUTF8(i, upTo: end)
    }

    private func parseEscape(_ i: Int, upTo end: Int) -> Step {
        guard i + 1 < end else { return .needMore(onTimeout: 1) }
        let introducers: [UInt8] = [UInt8(ascii: "["), UInt8(ascii: "O"), UInt8(ascii: "]"), UInt8(ascii: "P"),
                                    UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X")]
        if readStarts.contains(i + 1), !introducers.contains(bytes[i + 1]) {
            // Esc, then a key typed after it: Alt comes in one read.
            return .input(.key(TerminalKey(.escape)), length: 1)
        }
        switch bytes[i + 1] {
        case UInt8(ascii: "["): return parseCSI(i, from: i + 2, upTo: end)
        case UInt8(ascii: "O"): return parseSS3(i, upTo: end)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"):
            return parseString(i, upTo: end)
        case 27:
            // rxvt's Alt-arrows: Esc, then the arrow's own sequence.
            guard i + 2 < end else { return .needMore(onTimeout: 1) }
            guard bytes[i + 2] == UInt8(ascii: "[") || bytes[i + 2] == UInt8(ascii: "O") else {
                return .input(.key(TerminalKey(.escape)), length: 1)
            }
            switch parseEscape(i + 1, upTo: end) {
            case .input(.key(let key), let length):
                return .input(.key(TerminalKey(key.code, key.modifiers.union(.alt))), length: length + 1)
            case .input(let other, let length): return .input(other, length: length + 1)
            case .needMore(let onTimeout): return .needMore(onTimeout: onTimeout.map { $0 + 1 })
            }
        default:
            // Alt and a key: the terminal sends Esc before it.
            switch parse(i + 1, upTo: end) {
            case .input(.key(let key), let length):
                return .input(.key(TerminalKey(key.code, key.modifiers.union(.alt))), length: length + 1)
            case .input(let other, let length): return .input(other, length: length + 1)
            case .needMore: return .needMore(onTimeout: nil)
            }
        }
    }

    private func parseUTF8(_ i: Int, upTo end: Int) -> Step {
        let lead = bytes[i]
        let count = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
        guard count > 0, lead < 0xF5 else { return .input(.unknown, length: 1) }
        var value = UInt32(lead) & (0xFF >> (count + 1))
        for k in 1..<count {
            guard i + k < end else { return .needMore(onTimeout: nil) }
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return .input(.unknown, length: k) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value), value >= [0, 0, 0x80, 0x800, 0x10000][count], !(0x80...0x9F).contains(value) else {
            return .input(.unknown, length: count)
        }
        return .input(.key(TerminalKey(.character(Character(scalar)))), length: count)
    }

    /// `CSI` parameters, intermediates, then a final byte (ECMA-48), and the
    /// forms that break that grammar: the Linux console's `CSI [ A`, X10's
    /// mouse `CSI M` and three bytes, rxvt's `CSI 2 $`.
    private func parseCSI(_ i: Int, from j: Int, upTo end: Int) -> Step {
        guard j < end else { return .needMore(onTimeout: nil) }
        if bytes[j] == UInt8(ascii: "[") {
            guard j + 1 < end else { return .needMore(onTimeout: nil) }
            let key = KeyTable.linuxConsole[bytes[j + 1]].map { DecodedInput.key(TerminalKey($0)) } ?? .unknown
            return .input(key, length: j + 2 - i)
        }
        if bytes[j] == UInt8(ascii: "M") {
            guard j + 3 < end else { return .needMore(onTimeout: nil) }
            let code = Int(bytes[j + 1]) - 32
            let mouse = MouseReport(code: code, x: Int(bytes[j + 2]) - 33, y: Int(bytes[j + 3]) - 33, released: code & 3 == 3)
            return .input(mouse.x >= 0 && mouse.y >= 0 && code >= 0 ? .mouse(mouse) : .unknown, length: j + 4 - i)
        }
        var k = j
        var intermediates = false
        while k < end {
            let byte = bytes[k]
            if k - i >= Self.controlLimit { return .input(.unknown, length: k - i) }
            switch byte {
            case 0x30...0x3F where !intermediates: k += 1
            case UInt8(ascii: "$") where k > j && bytes[j..<k].allSatisfy({ (0x30...0x39).contains($0) }):
                return .input(csi(i, parameters: j..<k, final: byte), length: k + 1 - i)
            case 0x20...0x2F:
                intermediates = true
                k += 1
            case 0x40...0x7E:
                let input = intermediates ? DecodedInput.unknown : csi(i, parameters: j..<k, final: byte)
                return .input(input, length: k + 1 - i)
            default:
                // A byte no sequence holds: what came before it was a broken sequence.
                return .input(.unknown, length: k - i)
            }
        }
        return .needMore(onTimeout: nil)
    }

    private func csi(_ i: Int, parameters range: Range<Int>, final: UInt8) -> DecodedInput {
        let raw = bytes[range]
        let marker = raw.first.flatMap { (0x3C...0x3F).contains($0) ? $0 : nil }
        let numbers = Self.parameters(marker == nil ? raw[...] : raw.dropFirst())
        let first = numbers.first?.first
        let second = numbers.count > 1 ? numbers[1].first : nil
        if marker == UInt8(ascii: "<") {
            guard final == UInt8(ascii: "M") || final == UInt8(ascii: "m"), numbers.count == 3,
                  let code = first, let x = numbers[1].first, let y = numbers[2].first, x >= 1, y >= 1 else { return .unknown }
            return .mouse(MouseReport(code: code, x: x - 1, y: y - 1, released: final == UInt8(ascii: "m")))
        }
        guard marker == nil else { return extraKey(i, range.upperBound + 1) }
        let modifiers = second.flatMap { TerminalKey.Modifiers(parameter: $0) }
        if numbers.count > 1 && modifiers == nil { return .unknown }
        switch final {
        case UInt8(ascii: "~") where first == 200 && numbers.count == 1:
            return .paste("")  // the paste's start marker; `take` collects the paste
        case UInt8(ascii: "~"), UInt8(ascii: "$"), UInt8(ascii: "^"), UInt8(ascii: "@"):
            guard let number = first, let code = KeyTable.tilde[number], let rxvt = KeyTable.rxvtModifiers[final] else {
                return extraKey(i, range.upperBound + 1)
            }
            return .key(TerminalKey(code, (modifiers ?? []).union(rxvt)))
        case UInt8(ascii: "u"):
            return kitty(numbers)
        case UInt8(ascii: "I") where numbers.isEmpty: return .focus(true)
        case UInt8(ascii: "O") where numbers.isEmpty: return .focus(false)
        case UInt8(ascii: "Z"): return .key(TerminalKey(.tab, (modifiers ?? []).union(.shift)))
        default:
            if numbers.isEmpty, let code = KeyTable.rxvtArrows[final] { return .key(TerminalKey(code, .shift)) }
            guard let code = KeyTable.final[final], numbers.count <= 2, first == nil || first == 1 || second == nil else {
                return extraKey(i, range.upperBound + 1)
            }
            // `CSI 5 A` from a few terminals: the modifier without the leading 1.
            let alone = numbers.count == 1 ? first.flatMap { TerminalKey.Modifiers(parameter: $0) } : nil
            return .key(TerminalKey(code, modifiers ?? alone ?? []))
        }
    }

    /// kitty's `CSI code [: shifted] ; modifiers [: event] u`; a release (event 3) is swallowed.
    private func kitty(_ numbers: [[Int]]) -> DecodedInput {
        guard let number = numbers.first?.first else { return .unknown }
        let modifiers = numbers.count > 1 ? numbers[1].first.flatMap { TerminalKey.Modifiers(parameter: $0) } : []
        guard var modifiers, numbers.count < 2 || numbers[1].count < 2 || numbers[1][1] != 3 else { return .unknown }
        modifiers.formIntersection([.shift, .alt, .control, .meta])
        if let code = KeyTable.kittyCodes[number] { return .key(TerminalKey(code, modifiers)) }
        guard number >= 32, number < 0xE000 || number > 0xF8FF, let scalar = Unicode.Scalar(UInt32(clamping: number)) else {
            return .unknown
        }
        var character = Character(scalar)
        if modifiers.contains(.shift), character.isLetter, let upper = character.uppercased().first {
            character = upper
            modifiers.remove(.shift)
        }
        return .key(TerminalKey(.character(character), modifiers))
    }

    /// A complete sequence the table does not know: terminfo's, if it names it.
    private func extraKey(_ i: Int, _ end: Int) -> DecodedInput {
        extra[Array(bytes[i..<end])].map(DecodedInput.key) ?? .unknown
    }

    static func parameters(_ raw: ArraySlice<UInt8>) -> [[Int]] {
        guard !raw.isEmpty else { return [] }
        return raw.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { field in
            field.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).map { digits in
                digits.reduce(0) { value, digit in
                    (0x30...0x39).contains(digit) ? min(value * 10 + Int(digit - 0x30), 1 << 24) : value
                }
            }
        }
    }

    /// `SS3` and one byte (some terminals put a modifier before it: `ESC O 5 A`).
    private func parseSS3(_ i: Int, upTo end: Int) -> Step {
        var k = i + 2
        while k < end, (0x30...0x3B).contains(bytes[k]), k - i < 16 { k += 1 }
        guard k < end else { return .needMore(onTimeout: k == i + 2 ? 2 : nil) }
        let final = bytes[k]
        guard (0x20...0x7E).contains(final) else {
            // Alt-O, then a key of its own.
            return k == i + 2 ? .input(.key(TerminalKey(.character("O"), .alt)), length: 2) : .input(.unknown, length: k - i)
        }
        let numbers = Self.parameters(bytes[i + 2..<k])
        let modifier = numbers.last?.last.flatMap { TerminalKey.Modifiers(parameter: $0) } ?? []
        let length = k + 1 - i
        if let code = KeyTable.final[final] { return .input(.key(TerminalKey(code, modifier)), length: length) }
        if let code = KeyTable.keypad[final] { return .input(.key(TerminalKey(code, modifier)), length: length) }
        if let code = KeyTable.rxvtArrows[final] { return .input(.key(TerminalKey(code, .control)), length: length) }
        return .input(extraKey(i, k + 1), length: length)
    }

    /// OSC, DCS, APC, PM, SOS: to BEL or `ESC \`.
    private func parseString(_ i: Int, upTo end: Int) -> Step {
        var k = i + 2
        while k < end {
            if k - i >= Self.stringLimit { return .input(.unknown, length: k - i) }
            if bytes[k] == 7 { return .input(.unknown, length: k + 1 - i) }
            if bytes[k] == 27 {
                guard k + 1 < end else { return .needMore(onTimeout: nil) }
                return .input(.unknown, length: bytes[k + 1] == UInt8(ascii: "\\") ? k + 2 - i : k - i)
            }
            k += 1
        }
        return .needMore(onTimeout: nil)
    }

    /// A `[` or `O` soon after a lone Esc: the rest of a sequence the link cut, if it completes one.
    private func parseTail() -> Step {
        var decoder = InputDecoder(timing: timing, extra: extra)
        decoder.bytes = [27] + bytes[start..<min(bytes.count, start + Self.controlLimit)]
        switch decoder.parse(0) {
        case .input(let input, let length): return .input(input, length: length - 1)
        case .needMore: return .needMore(onTimeout: 1)
        }
    }

    // MARK: overlong sequences and pastes

    /// Swallows the rest of a sequence cut at its limit (and marks where the swallowing stops).
    private mutating func skip(at now: Double) {
        guard let skipping else { return }
        while start < bytes.count {
            let byte = bytes[start]
            switch skipping {
            case .control:
                guard (0x20...0x3F).contains(byte) else {
                    if (0x40...0x7E).contains(byte) { start += 1 }
                    self.skipping = nil
                    return
                }
            case .string:
                if byte == 7 || byte == 27 {
                    start += byte == 7 || (start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "\\")) ? (byte == 7 ? 1 : 2) : 1
                    self.skipping = nil
                    return
                }
            }
            start += 1
        }
        if now - lastByte >= timing.sequence { self.skipping = nil }
    }

    /// Takes the paste's bytes up to its end marker; the paste, once it ended (or stalled past its timeout).
    private mutating func collectPaste(at now: Double) -> Decoded? {
        guard var paste = pasting else { return nil }
        defer { if pasting != nil { pasting = paste } }
        while start < bytes.count {
            if let end = paste.burstEnd, start >= end { break }
            if bytes[start] == 27 {
                let held = bytes[start..<min(bytes.count, start + Self.pasteEnd.count)]
                if Self.pasteEnd.starts(with: held) || Self.pasteStart.starts(with: held) {
                    guard held.count == Self.pasteEnd.count else { break }
                    start += held.count
                    if held.elementsEqual(Self.pasteEnd), paste.burstEnd == nil {
                        // What came with the end marker is still the paste's: a marker inside the text ends nothing.
                        paste.burstEnd = bytes.count
                    }
                    continue
                }
            }
            if paste.raw.count < Self.pasteLimit { paste.raw.append(bytes[start]) }
            start += 1
        }
        let ended = paste.burstEnd.map { start >= $0 } == true
        guard ended || now - lastByte >= timing.paste else { return nil }
        if !ended {
            // Stalled: a partial end marker is text too.
            paste.raw += bytes[start...]
            start = bytes.count
        }
        pasting = nil
        headSince = now
        return Decoded(input: .paste(PasteText.clean(paste.raw)), bytes: Self.pasteStart)
    }
}

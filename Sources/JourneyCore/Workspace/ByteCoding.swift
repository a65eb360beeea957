/// The workspace cache's bytes: counts as LEB128, integers zigzagged, doubles
/// as their bits, strings as UTF-8 after their length. A reader answers nil
/// for anything short or out of range, never traps.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// LEB128: seven bits a byte, low first.
    mutating func count(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Zigzag, so small negative numbers stay short.
    mutating func int(_ value: Int) { count(Int(bitPattern: UInt((value << 1) ^ (value >> 63)))) }

    mutating func optionalInt(_ value: Int?) {
        byte(value == nil ? 0 : 1)
        if let value { int(value) }
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optionalString(_ text: String?) {
        byte(text == nil ? 0 : 1)
        if let text { string(text) }
    }
}

struct ByteReader {
    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { at == bytes.count }

    mutating func skip(_ expected: [UInt8]) -> Bool {
        guard bytes.count - at >= expected.count, bytes[at..<at + expected.count].elementsEqual(expected) else { return false }
        at += expected.count
        return true
    }

    mutating func byte() -> UInt8? {
        guard at < bytes.count else { return nil }
        defer { at += 1 }
        return bytes[at]
    }

    /// A count or index: never negative, never more than the bytes left could hold.
    mutating func count() -> Int? {
        guard let value = unsigned(), value <= UInt64(bytes.count) else { return nil }
        return Int(value)
    }

    mutating func int() -> Int? {
        guard let value = unsigned() else { return nil }
        return Int(bitPattern: UInt(value >> 1)) ^ -Int(value & 1)
    }

    mutating func optionalInt() -> Int?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return int().map { .some($0) }
        default: return nil
        }
    }

    mutating func double() -> Double? {
        guard bytes.count - at >= 8 else { return nil }
        var pattern: UInt64 = 0
        for n in 0..<8 { pattern |= UInt64(bytes[at + n]) << (8 * UInt64(n)) }
        at += 8
        return Double(bitPattern: pattern)
    }

    mutating func string() -> String? {
        guard let length = count(), bytes.count - at >= length else { return nil }
        defer { at += length }
        return String(decoding: bytes[at..<at + length], as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }

    mutating func element<T>(of all: [T]) -> T? {
        guard let index = byte(), Int(index) < all.count else { return nil }
        return all[Int(index)]
    }

    private mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = byte() {
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
}

extension ByteWriter {
    mutating func optionalDouble(_ value: Double?) {
        byte(value == nil ? 0 : 1)
        if let value { double(value) }
    }
}

extension ByteReader {
    mutating func optionalDouble() -> Double?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return double().map { .some($0) }
        default: return nil
        }
    }

    /// An element of `all` written as its index plus one, nil as zero.
    mutating func optionalElement<T>(of all: [T]) -> T?? {
        guard let index = byte(), Int(index) <= all.count else { return nil }
        return .some(index == 0 ? nil : all[Int(index) - 1])
    }
}

/// An export that `journey import` reads back (csv, mermaid) is refused
/// when it would be larger than import reads: journey writes nothing it
/// cannot read again.
public struct ExportTooLarge: Error, Equatable, Sendable, CustomStringConvertible {
    public var format: ExportFormat
    public var size: Int
    public var limit: Int

    public var description: String {
        "the \(format.rawValue) export would be \(size) bytes, more than the \(limit) `journey import` reads; nothing was "
            + "written. Split the map into smaller maps, or export it as md or html"
    }
}

extension ExportFormat {
    /// Whether `journey import` reads this format back.
    public var importsBack: Bool { ImportFormat(rawValue: rawValue) != nil }

    /// The export's bytes, or why they are not written (see `ExportTooLarge`).
    public func bytes(_ map: JourneyMap, table: CSVTable = .touchpoints,
                      limit: Int = MapStore.maxFileSize) -> Result<[UInt8], ExportTooLarge> {
        let bytes = Array(render(map, table: table).utf8)
        guard importsBack, bytes.count > limit else { return .success(bytes) }
        return .failure(ExportTooLarge(format: self, size: bytes.count, limit: limit))
    }
}

/// The built-in sample: an online running-shoe shop (Resources/sample.journey.json),
/// compiled into the binary so that `journey` and `journey show` work without a file.
public enum SampleMap {
    public static func make() -> JourneyMap {
        do {
            return try MapStore.decode(json, file: "sample")
        } catch {
            fatalError("the built-in sample does not load: \(error)")
        }
    }

    static var json: [UInt8] { PackageResources.sample_journey_json }
}

import JourneyCore

/// The maps one map links to, read from its folder for `journey check`,
/// each file once however many touchpoints link to it.
final class LinkedFiles {
    private let mapPath: String
    private var read: [String: Result<JourneyMap, MapLoadError>] = [:]

    init(from mapPath: String) {
        self.mapPath = mapPath
    }

    func load(_ link: String) -> Result<JourneyMap, MapLoadError> {
        let path = MapLink.resolve(link, from: mapPath)
        if let known = read[path] { return known }
        let result = Result { () throws(MapLoadError) -> JourneyMap in try MapStore.loadLinked(link, from: mapPath) }
        read[path] = result
        return result
    }
}

import Foundation
import JourneyCore

/// `journey-bench workspace COUNT FOLDER`: writes COUNT generated maps of 600
/// touchpoints (about 0.4 MB each) into FOLDER, fifty to a subfolder, each a
/// little different (title, scores), for Benchmarks/workspace.sh to time the
/// portfolio, the backlog, queries and `journey check` on, beside jq.
enum WorkspaceBench {
    static func write(count: Int, into folder: String) throws {
        let base = MapGenerator.make(touchpoints: 600)
        for n in 0..<count {
            let sub = folder + "/team-\(n / 50)"
            try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
            var map = base
            map.title = "Journey \(n) of \(count)"
            let persona = map.personas[0].id
            for s in map.stages.indices where n % (s + 2) == 0 {
                for t in map.stages[s].touchpoints.indices {
                    map.stages[s].touchpoints[t].emotion[persona] = Double((n + t) % 5 - 2)
                }
            }
            precondition(MapStore.save(map, to: sub + "/journey-\(n).journey.json").isSaved)
        }
    }
}

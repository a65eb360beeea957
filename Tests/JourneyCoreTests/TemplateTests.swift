import Foundation
import Testing
@testable import JourneyCore
import JourneyJSON

/// The built-in templates are complete starting maps, and the user's
/// templates folder is read without ever crashing on what it holds.
@Suite struct TemplateTests {
    static let builtIns = BuiltinTemplate.all.map(\.name)

    func made(_ name: String) throws -> JourneyMap {
        try #require(BuiltinTemplate.all.first { $0.name == name }).make().get()
    }

    @Test func thereAreFiveWithUniqueNamesAndTheSampleIsOne() {
        #expect(Self.builtIns.count >= 5)
        #expect(Set(Self.builtIns).count == Self.builtIns.count)
        #expect(BuiltinTemplate.all.first?.json == SampleMap.json, "e-commerce is the sample itself")
    }

    /// Every file in Resources/ is embedded whatever it is called; only `all` makes it a template, by that name.
    @Test func eachIsTheFileOfItsName() throws {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/JourneyCore/Resources").path
        let files = try FileManager.default.contentsOfDirectory(atPath: resources + "/Templates").sorted()
        #expect(files == Self.builtIns.dropFirst().map { $0 + ".json" }.sorted(), "e-commerce is the sample")
        for template in BuiltinTemplate.all {
            let file = template.name == "e-commerce" ? "sample.journey.json" : "Templates/\(template.name).json"
            #expect(FileManager.default.contents(atPath: resources + "/" + file).map { [UInt8]($0) } == template.json, "\(file)")
        }
    }

    /// The lanes are left to the loader (`Lane.defaults`), so the file states only what is the template's own.
    @Test(arguments: builtIns)
    func isWhatASaveWritesLessTheLanes(_ name: String) throws {
        let template = try #require(BuiltinTemplate.all.first { $0.name == name })
        let map = try MapStore.decode(template.json, file: name)
        guard case .object(var members) = MapEncoder.encode(map) else {
            Issue.record("a map encodes as an object")
            return
        }
        members["lanes"] = nil
        #expect(try JSONWriter.write(.object(members)) == template.json)
    }

    @Test(arguments: builtIns)
    func isACompleteStartingMap(_ name: String) throws {
        let map = try made(name)
        #expect(!map.title.isEmpty && !map.objectives.purpose.isEmpty && !map.objectives.goals.isEmpty)
        #expect(!map.objectives.scope.isEmpty && map.objectives.reviewCadence != nil)
        #expect(map.stages.count >= 4)
        #expect(map.lanes == Lane.defaults)
        for stage in map.stages {
            #expect(!stage.goal.isEmpty, "\(stage.name) has a goal")
            #expect(!stage.touchpoints.isEmpty, "\(stage.name) has touchpoints")
            for touchpoint in stage.touchpoints {
                #expect(map.channel(id: touchpoint.channel) != nil, "\(touchpoint.name) has a channel")
                #expect(!touchpoint.emotion.isEmpty, "\(touchpoint.name) has an emotion score")
                #expect(touchpoint.text["actions"] != nil && touchpoint.text["owner"] != nil)
            }
        }
        #expect((1...2).contains(map.personas.count))
        for persona in map.personas {
            #expect(persona.age != nil && !persona.jobTitle.isEmpty && !persona.goals.isEmpty && !persona.challenges.isEmpty)
            #expect(!persona.quote.isEmpty && !persona.story.isEmpty && !persona.preferredChannels.isEmpty)
        }
        let touchpoints = map.stages.flatMap(\.touchpoints)
        #expect(touchpoints.contains { !$0.metrics.isEmpty } && map.stages.contains { !$0.metrics.isEmpty })
        #expect(touchpoints.contains { $0.momentOfTruth })
    }

    @Test(arguments: builtIns)
    func itsPainPointsAndOpportunitiesAreMarkedAsExamples(_ name: String) throws {
        let touchpoints = try made(name).stages.flatMap(\.touchpoints)
        let items = touchpoints.flatMap { $0.painPoints + $0.opportunities + $0.quotes }
        #expect(touchpoints.contains { !$0.painPoints.isEmpty } && touchpoints.contains { !$0.opportunities.isEmpty })
        for item in items { #expect(item.text.hasPrefix("Example: ") && !item.text.hasPrefix("Example: Example:")) }
        #expect(items.contains { $0.impact != nil && $0.effort != nil && $0.votes > 0 })
    }

    @Test func theSampleItselfIsNotMarked() {
        let items = SampleMap.make().stages.flatMap(\.touchpoints).flatMap(\.painPoints)
        #expect(!items.isEmpty && !items.contains { ExampleItems.isMarked($0) })
    }

    @Test func userTemplatesAreListedWithTheirErrorsAndOneMayReplaceABuiltIn() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var mine = BlankMap.make(title: "Our onboarding")
        mine.stages[0].goal = "Ours"
        try folder.save(mine, as: "onboarding.json")
        var team = BlankMap.make(title: "Our support case")
        team.stages[0].goal = "Team"
        try folder.save(team, as: "support-case.json")
        folder.write("broken.json", #"{"format": "journey-map", "version": 1, "stages": "none"}"#)
        folder.write("garbage.json", "not json at all")
        folder.write("notes.txt", "not a template")
        folder.write(".hidden.json", "{}")

        let catalog = TemplateCatalog.load(environment: ["JOURNEY_TEMPLATES": folder.path, "HOME": "/nonexistent"])
        #expect(catalog.names == Self.builtIns + ["broken", "garbage", "onboarding"])

        let onboarding = try #require(catalog.named("onboarding"))
        #expect(onboarding.description == "Our onboarding")
        #expect(onboarding.origin == .file(path: folder.file("onboarding.json"), replacesBuiltIn: false))
        #expect(try onboarding.make().get() == mine, "a user template is used as it is, not marked")

        let replaced = try #require(catalog.named("support-case"))
        #expect(replaced.origin == .file(path: folder.file("support-case.json"), replacesBuiltIn: true))
        #expect(try replaced.make().get().stages[0].goal == "Team")

        let broken = try #require(catalog.named("broken"))
        #expect(broken.description.contains("stages: expected an array, found a string"))
        #expect(throws: MapLoadError.self) { _ = try broken.make().get() }
        #expect(try #require(catalog.named("garbage")).description.contains("not valid JSON"))
    }

    @Test func theFolderIsTheVariableElseTheConfigFolderAndAMissingOneIsEmpty() {
        #expect(TemplateCatalog.userFolder(environment: ["HOME": "/h"]) == "/h/.config/journey/templates")
        #expect(TemplateCatalog.userFolder(environment: ["HOME": "/h", "JOURNEY_TEMPLATES": "/t"]) == "/t")
        let catalog = TemplateCatalog.load(environment: ["JOURNEY_TEMPLATES": "/nonexistent/templates"])
        #expect(catalog.names == Self.builtIns)
    }
}

extension TemporaryFolder {
    func save(_ map: JourneyMap, as name: String) throws {
        try Data(try MapStore.encode(map)).write(to: URL(fileURLWithPath: file(name)))
    }
}

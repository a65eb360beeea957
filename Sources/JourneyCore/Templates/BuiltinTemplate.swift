/// A starting map compiled into the binary (Resources/Templates/NAME.json): its
/// JSON as a save writes it less the lanes (the loader's default ones), with
/// items that are examples left unmarked (`make` marks them).
public struct BuiltinTemplate: Sendable {
    public var name: String
    /// One line for `journey templates`.
    public var description: String
    public var json: [UInt8]

    /// Every built-in template, in the order `journey templates` lists them.
    public static let all: [BuiltinTemplate] = [
        BuiltinTemplate(name: "e-commerce",
                        description: "Buying running shoes online, from first ad to referral (the sample map)",
                        json: SampleMap.json),
        BuiltinTemplate(name: "saas-trial",
                        description: "A B2B software free trial, from sign-up to paid plan and expansion",
                        json: PackageResources.saas_trial_json),
        BuiltinTemplate(name: "omnichannel-retail",
                        description: "Shopping across store, website and app: browse online, try in store, buy anywhere",
                        json: PackageResources.omnichannel_retail_json),
        BuiltinTemplate(name: "support-case",
                        description: "A customer support case, from the problem to resolution and follow-up",
                        json: PackageResources.support_case_json),
        BuiltinTemplate(name: "b2b-procurement",
                        description: "A buying committee procuring software through RFP, security review and contract",
                        json: PackageResources.b2b_procurement_json),
    ]

    /// The map a user starts from: the JSON decoded, its items marked as examples.
    public func make() -> Result<JourneyMap, MapLoadError> {
        Result { () throws(MapLoadError) in try MapStore.decode(json, file: "template \(name)") }
            .map(ExampleItems.mark)
    }
}

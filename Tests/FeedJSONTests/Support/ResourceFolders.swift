import Foundation
import TestSupport

extension ResourceFolder {
    /// `Snapshots/`: the golden files.
    static let snapshots = ResourceFolder("Snapshots", in: .module, target: "FeedJSONTests")
    /// `Fixtures/`: the JSON Feed schema and the documents `validate-json-feeds` is proven on.
    static let fixtures = ResourceFolder("Fixtures", in: .module, target: "FeedJSONTests")
}

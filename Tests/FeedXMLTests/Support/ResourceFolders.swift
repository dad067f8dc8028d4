import Foundation
import TestSupport

extension ResourceFolder {
    /// `Snapshots/` beside this target's tests: the golden files.
    static let snapshots = ResourceFolder("Snapshots", in: .module, target: "FeedXMLTests")
}

import Foundation
import TestSupport

extension ResourceFolder {
    /// The fixture folders beside the tests: `articles/`, `bad/`, `expected/`, `help/` and more.
    static let fixtures = ResourceFolder("Fixtures", in: .module, target: "feedpubTests")
}

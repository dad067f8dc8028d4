import Testing
@testable import FeedModel

@Test func smoke() { #expect(Timestamp.epoch.rfc3339 == "1970-01-01T00:00:00Z") }

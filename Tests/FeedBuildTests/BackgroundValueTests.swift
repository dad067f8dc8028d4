import Testing
@testable import FeedBuild

/// `BackgroundValue` hands its value over: the caller's copy is the only one left.
@Suite("Background value")
struct BackgroundValueTests {
    private final class Payload: Sendable {}

    @Test("wait() returns the value and keeps no reference to it")
    func waitHandsTheValueOver() {
        let background = BackgroundValue { Payload() }
        weak var released: Payload?
        do {
            let payload = background.wait()
            released = payload
            #expect(released != nil)
        }
        withExtendedLifetime(background) { #expect(released == nil) }
    }
}

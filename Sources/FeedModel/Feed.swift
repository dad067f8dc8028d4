/// One feed with its entries, ready to be written in any format: its header's fields read as
/// its own (`feed.title`).
@dynamicMemberLookup
public struct Feed: Sendable, Equatable {
    public var header: FeedHeader
    /// Newest first, ties broken by id.
    public var entries: [FeedEntry]

    /// A header field, read or set as the feed's own.
    public subscript<Value>(dynamicMember field: WritableKeyPath<FeedHeader, Value>) -> Value {
        get { header[keyPath: field] }
        set { header[keyPath: field] = newValue }
    }

    /// A header value computed from its fields (`feed.id`).
    public subscript<Value>(dynamicMember field: KeyPath<FeedHeader, Value>) -> Value { header[keyPath: field] }
}

/// A document handed to the publisher this run: its path in the output folder and what staging it did.
struct StagedDocument {
    var path: String
    var staged: Publisher.Staged
}

/// Holds `BlockYAMLReader` to libyaml: for the fuzzer and the tests, never used by a build.
enum YAMLCrossCheck {
    /// Whether the block reader, wherever it accepts the document (valid UTF-8), builds the
    /// very tree libyaml's path builds with the same schema and limits; true when it declines.
    static func agrees(_ yaml: UnsafeBufferPointer<UInt8>, schema: YAMLSchema, limits: YAMLParser.Limits = .init()) -> Bool {
        guard let shortcut = BlockYAMLReader(schema: schema, maxNodes: limits.maxNodes).parse(yaml) else { return true }
        let reference = Result { () throws(YAMLParser.Failure) in
            try YAMLParser(schema: schema, limits: limits).parse(UnsafeRawBufferPointer(yaml))
        }
        return (try? reference.get()) == shortcut
    }
}

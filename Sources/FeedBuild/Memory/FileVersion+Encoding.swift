extension FileVersion {
    /// Size, mtime and inode, as the cache stores them.
    func encode(to writer: inout ByteWriter) {
        writer.int(size)
        writer.int(modifiedNanoseconds)
        writer.uint(inode)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(size: try reader.int(), modifiedNanoseconds: try reader.int(), inode: try reader.uint())
    }
}

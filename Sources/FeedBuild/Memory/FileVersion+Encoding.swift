extension FileVersion {
    /// Size, mtime, ctime and inode, as the cache stores them.
    func encode(to writer: inout ByteWriter) {
        writer.int(size)
        writer.int(modifiedNanoseconds)
        writer.int(changedNanoseconds)
        writer.uint(inode)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(size: try reader.int(), modifiedNanoseconds: try reader.int(), changedNanoseconds: try reader.int(),
                  inode: try reader.uint())
    }
}

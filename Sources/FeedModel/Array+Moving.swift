extension Array {
    /// Appends `old[run]`, each element moved rather than copied: swapped with `vacant`, which
    /// is left in its place. Copying an element retains every object it holds, and freeing
    /// the old array later releases them again; a watch's rebuild at a million articles spent
    /// half its time so on its records, articles and files, scattered over a gigabyte. From an
    /// array nothing else holds, nothing is retained but `vacant`'s objects (best none); from a
    /// shared one, the first swap copies it once, as a copy would have.
    @inlinable
    public mutating func appendMoving(_ run: Range<Int>, from old: inout [Element], leaving vacant: Element) {
        reserveCapacity(count + run.count)
        for position in run {
            append(vacant)
            swap(&self[count - 1], &old[position])
        }
    }
}

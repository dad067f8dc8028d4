/// Values worked out once per element or attribute name: a page uses a few dozen names, tens of
/// thousands of times. A name's slot follows from its first byte and length, the next slots
/// taking the names that share it; a lookup costs a comparison or two of short strings, which
/// Swift makes by comparing two words.
struct NameCache<Value> {
    private var slots = [(name: String, value: Value)?](repeating: nil, count: 256)

    /// The value of `name`, made by `make` the first time.
    mutating func value(of name: String, _ make: (String) -> Value) -> Value {
        var slot = (Int(name.utf8.first ?? 0) &* 8 &+ name.utf8.count) & 255
        for _ in slots.indices {
            guard let cached = slots[slot] else {
                let value = make(name)
                slots[slot] = (name, value)
                return value
            }
            if cached.name == name { return cached.value }
            slot = (slot + 1) & 255
        }
        return make(name)  // a full table: never, at a few dozen names
    }
}

/// Values worked out once per element or attribute name: a page uses a few dozen names, tens of
/// thousands of times. A slot is picked from the name's length and end bytes, so a lookup costs
/// one comparison of equal short strings, which Swift makes by comparing two words.
struct NameCache<Value> {
    private var slots = [(name: String, value: Value)?](repeating: nil, count: 64)

    /// The value of `name`, made by `make` when its slot holds another name (or none).
    mutating func value(of name: String, _ make: (String) -> Value) -> Value {
        let utf8 = name.utf8
        let slot = (Int(utf8.first ?? 0) &* 31 &+ Int(utf8.last ?? 0) &* 7 &+ utf8.count) & 63
        if let cached = slots[slot], cached.name == name { return cached.value }
        let value = make(name)
        slots[slot] = (name, value)
        return value
    }
}

/// The items of the arrays and objects the parser has open, innermost last. Each literal
/// collects its items here and moves them out once into an array of the exact size, instead of
/// growing its own array by doubling (four reallocations for a typical eight-property object).
///
/// Items are moved in and moved out, never copied: a copy of a syntax item retains everything
/// it holds and the stack's own copy is later released, and on a 5 MB file that traffic was a
/// measurable part of parsing. A class so that the parser (a value) owns one buffer it frees.
final class BicepPendingItems<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func append(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity *= 2
        }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Moves the items from index `mark` on into a new array, leaving `mark` items.
    func take(from mark: Int) -> [Element] {
        let taken = count - mark
        guard taken > 0 else { return [] }
        let source = storage + mark
        count = mark
        return [Element](unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: source, count: taken)
            initialized = taken
        }
    }

    /// Drops the items from index `mark` on (when a literal ends in a syntax error).
    func removeAll(from mark: Int) {
        guard count > mark else { return }
        (storage + mark).deinitialize(count: count - mark)
        count = mark
    }
}

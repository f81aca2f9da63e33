// tuple and list storage. Their method suites live in TupleMethods.swift / ListMethods.swift.

public final class PyTuple: PyObject {
    public let items: [Value]
    private var hashCache: Int?

    public init(_ items: [Value]) {
        self.items = items
        super.init(type: BuiltinTypes.tuple)
        if !items.isEmpty { trackGC(self) }
    }

    public init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
        trackGC(self)
    }

    public static let empty = PyTuple([])

    public var count: Int { items.count }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for v in items { visitValue(v, visit) }
    }
    // Tuples are immutable: clearing them is done by clearing the objects they reach.

    func cachedHash(_ compute: () throws -> Int) rethrows -> Int {
        if let h = hashCache { return h }
        let h = try compute()
        hashCache = h
        return h
    }
}

public final class PyList: PyObject {
    public var items: [Value]

    public init(_ items: [Value] = []) {
        self.items = items
        super.init(type: BuiltinTypes.list)
        trackGC(self)
    }

    public init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
        trackGC(self)
    }

    public var count: Int { items.count }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for v in items { visitValue(v, visit) }
    }

    public override func clearReferences() {
        super.clearReferences()
        items = []
    }
}

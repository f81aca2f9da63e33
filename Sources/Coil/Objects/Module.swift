// Modules and a few small object kinds the VM needs: slices, ranges, the NotImplemented and
// Ellipsis singletons.

public final class PyModule: PyObject {
    public let name: String
    public init(name: String, dict: PyDict, type: PyType = BuiltinTypes.module) {
        self.name = name
        super.init(type: type)
        self.dict = dict
        if dict.getStr("__name__") == nil { dict.setStr("__name__", Value(name)) }
    }
    public var namespace: PyDict { dict ?? PyDict() }
}

public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
        super.init(type: BuiltinTypes.slice)
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        visitValue(start, visit); visitValue(stop, visit); visitValue(step, visit)
    }
}

public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start; self.stop = stop; self.step = step
        super.init(type: BuiltinTypes.range)
    }
    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
    public func item(_ i: Int) -> Int { start + i * step }
}

/// Singletons without data: NotImplemented, Ellipsis.
public final class PySingleton: PyObject {
    public let name: String
    init(name: String, type: PyType) { self.name = name; super.init(type: type) }
}

/// An object of a plain user class (or `object()`).
public final class PyInstance: PyObject {
    /// Inline attribute values, indexed like `type.sharedKeys` (InlineValues.swift); all
    /// `valuesCapacity` slots are initialized (unset ones hold `.undefined`).
    var values: UnsafeMutablePointer<Value>?
    var valuesCapacity: Int32 = 0
    /// One past the highest index set: a new attribute must land at or above it, so that index
    /// order stays the instance's insertion order.
    var valuesTop: Int32 = 0

    public override init(type: PyType) {
        super.init(type: type)
        if type.flags.contains(.hasDict) {
            if type.isHeapType { hasInlineValues = true } else { dict = PyDict() }
        }
        trackGC(self)
    }

    deinit { freeValues() }

    public override func materializeInlineValues() -> PyDict? { materializeDict() }
    public override func dropInlineValues() { dropValues() }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        traverseValues(visit)
    }
}

// The value every slot, stack entry and container element holds. Small ints, floats, bools and
// None are unboxed; everything else is a reference to a `PyObject`. Keep this API small so that a
// later move to an 8-byte tagged word stays a local change.

public enum Value {
    /// Internal marker for an unbound local / empty cell / "no self" in a method call. Never
    /// visible to scripts.
    case undefined
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    @inline(__always) public var isUndefined: Bool { if case .undefined = self { return true }; return false }
    @inline(__always) public var isNone: Bool { if case .none = self { return true }; return false }

    @inline(__always) public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The object's type, for any value.
    @inline(__always) public var type: PyType {
        switch self {
        case .object(let o): return o.type
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .bool: return BuiltinTypes.bool
        case .none, .undefined: return BuiltinTypes.noneType
        }
    }

    /// `a is b`.
    @inline(__always) public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)): return a === b
        case (.none, .none), (.undefined, .undefined): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        default: return false
        }
    }

    public static let `true` = Value.bool(true)
    public static let `false` = Value.bool(false)
}

extension Value {
    @inline(__always) public init(_ s: String) { self = .object(PyStr(s)) }
    @inline(__always) public init(_ o: PyObject) { self = .object(o) }
    @inline(__always) public init(_ b: Bool) { self = .bool(b) }
    @inline(__always) public init(_ i: Int) { self = .int(i) }
    @inline(__always) public init(_ d: Double) { self = .float(d) }

    @inline(__always) public var asStr: PyStr? { if case .object(let o) = self { return o as? PyStr }; return nil }
    @inline(__always) public var asTuple: PyTuple? { if case .object(let o) = self { return o as? PyTuple }; return nil }
    @inline(__always) public var asList: PyList? { if case .object(let o) = self { return o as? PyList }; return nil }
    @inline(__always) public var asDict: PyDict? { if case .object(let o) = self { return o as? PyDict }; return nil }
    @inline(__always) public var asType: PyType? { if case .object(let o) = self { return o as? PyType }; return nil }
    @inline(__always) public var asException: PyBaseException? { if case .object(let o) = self { return o as? PyBaseException }; return nil }
}

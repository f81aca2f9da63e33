// Integers: machine words stay unboxed (`Value.int`); results that overflow promote to a boxed
// `PyInt` holding a BigInt. Every BigInt result is normalized back to `.int` when it fits, so a
// boxed int always means "does not fit in Int".

public final class PyInt: PyObject {
    public let value: BigInt
    public init(_ v: BigInt) { value = v; super.init(type: BuiltinTypes.int) }
    public init(_ v: BigInt, type: PyType) { value = v; super.init(type: type) }
}

/// A value for an arbitrary integer: `.int` when it fits.
@inline(__always) public func makeInt(_ b: BigInt) -> Value {
    if let i = b.asInt { return .int(i) }
    return .object(PyInt(b))
}

public func makeInt(parsingDecimal s: String) -> Value {
    if let b = BigInt(s, radix: 10) { return makeInt(b) }
    return .int(0)
}

/// Complex numbers (minimal: literals, arithmetic, repr).
public final class PyComplex: PyObject {
    public let real: Double, imag: Double
    public init(real: Double, imag: Double) {
        self.real = real; self.imag = imag
        super.init(type: BuiltinTypes.complex)
    }
}

func makeComplex(real: Double, imag: Double) -> Value {
    .object(PyComplex(real: real, imag: imag))
}

extension Value {
    /// The integer value as a BigInt, for ints, bools and boxed ints.
    public var bigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o): return (o as? PyInt)?.value
        default: return nil
        }
    }

    /// Int value for ints and bools that fit in a machine word.
    @inline(__always) public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// True for int, bool and boxed ints (and their subclasses).
    public var isIntLike: Bool {
        switch self {
        case .int, .bool: return true
        case .object(let o): return o is PyInt
        default: return false
        }
    }
}

// Shared plumbing for the numeric types and numeric builtins: Argument Clinic-style argument
// binding with CPython's messages, and conversions between the numeric representations
// (unboxed ints/floats, boxed big ints, boxed instances of int/float subclasses).

#if canImport(Glibc)
import Glibc
#endif

let notImplementedValue = Value.object(BuiltinTypes.notImplemented)

/// Binds `args[start...]` to `names` like CPython's _PyArg_UnpackKeywords: at most
/// `positionalMax` positional arguments (default: all), the first `required` are mandatory.
/// Returns one slot per name (nil = not given).
func clinicArgs(_ args: Args, from start: Int, _ fname: String, _ names: [String], required: Int,
                positionalMax: Int? = nil) throws -> [Value?] {
    let maxPos = positionalMax ?? names.count
    let given = args.count - start
    if given > maxPos {
        if maxPos == 0 { throw PyErr.typeError("\(fname)() takes no positional arguments") }
        let which = required < maxPos ? "at most" : "exactly"
        throw PyErr.typeError("\(fname)() takes \(which) \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(given) given)")
    }
    var out = [Value?](repeating: nil, count: names.count)
    for i in 0..<given { out[i] = args[start + i] }
    for (k, v) in args.keywords {
        guard let i = names.firstIndex(of: k) else {
            throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
        if out[i] != nil {
            throw PyErr.typeError("argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
        }
        out[i] = v
    }
    for i in 0..<required where out[i] == nil {
        throw PyErr.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return out
}

/// A dunder taking exactly one operand after self ("expected 1 argument, got 0").
@inline(__always) func oneOperand(_ args: Args) throws -> Value {
    if args.count != 2 || args.hasKeywords {
        throw PyErr.typeError("expected 1 argument, got \(max(0, args.count - 1))")
    }
    return args[1]
}

/// A method taking no arguments after self: "int.bit_length() takes no arguments (1 given)".
@inline(__always) func noArguments(_ args: Args, _ qualname: String) throws {
    if args.hasKeywords { throw PyErr.typeError("\(qualname)() takes no keyword arguments") }
    if args.count != 1 { throw PyErr.typeError("\(qualname)() takes no arguments (\(args.count - 1) given)") }
}

/// An int of class `cls`: unboxed for `int` itself, a boxed PyInt (with a __dict__) for subclasses.
func makeIntOfType(_ v: BigInt, _ cls: PyType) -> Value {
    if cls === BuiltinTypes.int { return makeInt(v) }
    if cls === BuiltinTypes.bool { return .bool(!v.isZero) }
    let o = PyInt(v, type: cls)
    if cls.isHeapType { o.dict = PyDict() }
    return .object(o)
}

/// An exact int for `v` (drops subclass identity: `int.__int__` of a subclass instance).
@inline(__always) func exactInt(_ v: Value) -> Value? {
    switch v {
    case .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    case .object(let o):
        guard let p = o as? PyInt else { return nil }
        return o.type === BuiltinTypes.int ? v : makeInt(p.value)
    default: return nil
    }
}

/// int(d) for a float: truncation with CPython's errors for inf and NaN.
func truncateDoubleToInt(_ d: Double) throws -> Value {
    if d.isNaN { throw PyErr.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyErr.overflowError("cannot convert float infinity to integer") }
    if d > -9.2e18 && d < 9.2e18 { return .int(Int(d)) }
    return makeInt(BigInt(truncating: d) ?? BigInt())
}

/// A float's value: unboxed floats and boxed instances of float subclasses.
@inline(__always) func floatValue(_ v: Value) -> Double? {
    switch v {
    case .float(let d): return d
    case .object(let o): return (o as? PyBoxedFloat)?.value
    default: return nil
    }
}

/// An operand of float arithmetic: floats and ints (converted exactly rounded); nil otherwise.
func floatOperand(_ v: Value) throws -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
        if let f = o as? PyBoxedFloat { return f.value }
        if let p = o as? PyInt {
            guard let d = p.value.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
            return d
        }
        return nil
    default: return nil
    }
}

/// Instances of float subclasses (exact floats are the unboxed `Value.float`).
public final class PyBoxedFloat: PyObject {
    public let value: Double
    public init(_ v: Double, type: PyType) { value = v; super.init(type: type) }
}

/// A float of class `cls`.
func makeFloatOfType(_ d: Double, _ cls: PyType) -> Value {
    if cls === BuiltinTypes.float { return .float(d) }
    let o = PyBoxedFloat(d, type: cls)
    if cls.isHeapType { o.dict = PyDict() }
    return .object(o)
}

extension Interpreter {
    /// PyFloat_AsDouble: floats, `__float__` (must return a float), then `__index__`.
    func toDouble(_ v: Value) throws -> Double {
        if let d = try floatOperand(v) { return d }
        let t = v.type
        if let m = t.lookup(names.dfloat) {
            let r = try callValues(m, [v])
            guard let d = floatValue(r) else {
                throw PyErr.typeError("\(t.name).__float__ returned non-float (type \(r.type.name))")
            }
            return d
        }
        if t.lookup(names.dindex) != nil {
            let b = try indexBig(v)
            guard let d = b.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
            return d
        }
        throw PyErr.typeError("must be real number, not \(t.name)")
    }

    /// operator.index() as a BigInt: ints, then `__index__` (which must return an int).
    func indexBig(_ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        if let m = v.type.lookup(names.dindex) {
            let r = try callValues(m, [v])
            guard let b = r.bigIntValue else {
                throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
            }
            return b
        }
        throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }
}

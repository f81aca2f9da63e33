// Shared plumbing for the container types (list, tuple, dict, set, views): CPython's argument
// count messages, the repr recursion guard (Py_ReprEnter/Py_ReprLeave) and index resolution.

#if canImport(Glibc)
import Glibc
#endif

// MARK: argument checks (messages as CPython 3.11 prints them)

/// METH_O / METH_NOARGS methods reject keywords: "list.append() takes no keyword arguments".
@inline(__always) func noKeywords(_ args: Args, _ qualname: String) throws {
    if args.hasKeywords { throw PyErr.typeError("\(qualname)() takes no keyword arguments") }
}

/// A METH_O method: exactly one argument after self.
@inline(__always) func exactlyOneArg(_ args: Args, _ qualname: String) throws {
    if args.hasKeywords { throw PyErr.typeError("\(qualname)() takes no keyword arguments") }
    if args.count != 2 {
        throw PyErr.typeError("\(qualname)() takes exactly one argument (\(args.count - 1) given)")
    }
}

/// A METH_NOARGS method: nothing after self.
@inline(__always) func noArgs(_ args: Args, _ qualname: String) throws {
    if args.hasKeywords { throw PyErr.typeError("\(qualname)() takes no keyword arguments") }
    if args.count != 1 { throw PyErr.typeError("\(qualname)() takes no arguments (\(args.count - 1) given)") }
}

/// Argument-clinic positional ranges: "pop expected at most 1 argument, got 2". `given` excludes self.
func checkPositional(_ name: String, _ given: Int, min: Int, max: Int) throws {
    func plural(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
    if given < min {
        if min == max { throw PyErr.typeError("\(name) expected \(min) \(plural(min)), got \(given)") }
        throw PyErr.typeError("\(name) expected at least \(min) \(plural(min)), got \(given)")
    }
    if given > max {
        if min == max { throw PyErr.typeError("\(name) expected \(max) \(plural(max)), got \(given)") }
        throw PyErr.typeError("\(name) expected at most \(max) \(plural(max)), got \(given)")
    }
}

/// The receiver of a list method (the call path has type-checked it; this guards direct misuse).
@inline(__always) func listSelf(_ args: Args) throws -> PyList {
    guard args.count > 0, let l = args[0].asObject as? PyList else { throw PyErr.typeError("descriptor requires a 'list' object") }
    return l
}

// MARK: repr recursion guard

/// Objects whose repr is being computed, per interpreter. Several interpreters may run on
/// different threads, so the shared table is behind a mutex; it only ever holds entries for
/// reprs in progress.
private final class ReprTracker {
    var lock = pthread_mutex_t()
    var active = Set<ReprKey>()
    init() { pthread_mutex_init(&lock, nil) }
}

private struct ReprKey: Hashable {
    let interp: ObjectIdentifier
    let object: ObjectIdentifier
}

private let reprTracker = ReprTracker()

extension Interpreter {
    /// Runs `body` to produce `o`'s repr, or returns `placeholder` ("[...]") when `o`'s repr is
    /// already in progress further up (a container that contains itself).
    func reprGuarded(_ o: PyObject, placeholder: String, _ body: () throws -> String) throws -> String {
        let key = ReprKey(interp: ObjectIdentifier(self), object: ObjectIdentifier(o))
        pthread_mutex_lock(&reprTracker.lock)
        let (inserted, _) = reprTracker.active.insert(key)
        pthread_mutex_unlock(&reprTracker.lock)
        if !inserted { return placeholder }
        defer {
            pthread_mutex_lock(&reprTracker.lock)
            reprTracker.active.remove(key)
            pthread_mutex_unlock(&reprTracker.lock)
        }
        return try body()
    }

    /// `repr(v)` for an element inside a container repr: scalars and strings skip dispatch.
    @inline(__always) func elementRepr(_ v: Value) throws -> String {
        switch v {
        case .int(let i): return String(i)
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        default: return try repr(v)
        }
    }

    /// "a, b, c" for the elements' reprs.
    func joinedReprs(_ items: [Value]) throws -> String {
        var out = ""
        var first = true
        for v in items {
            if !first { out += ", " }
            first = false
            out += try elementRepr(v)
        }
        return out
    }
}

/// True when no element can (directly or indirectly) lead back to a container, so the repr
/// guard can be skipped.
@inline(__always) func allScalars(_ items: [Value]) -> Bool {
    for v in items {
        if case .object(let o) = v, o.type !== BuiltinTypes.str { return false }
    }
    return true
}

// MARK: indices

extension Interpreter {
    /// A subscript operand that is an integer (or has `__index__`), or nil.
    @inline(__always) func indexOperand(_ k: Value) throws -> Int? {
        switch k {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o is PyInt { return try index(k) }
            if o is PySlice { return nil }
            if o.type.lookup(names.dindex) != nil { return try index(k) }
            return nil
        default: return nil
        }
    }

    /// An optional start/stop argument of index(): None or an int (via __index__), clamped like
    /// a slice bound (`_PyEval_SliceIndexNotNone`).
    func clampedBound(_ v: Value, _ length: Int) throws -> Int {
        var i: Int
        if let x = v.intValue { i = x }
        else if let b = v.bigIntValue { i = b.isNegative ? Int.min : Int.max }
        else if v.type.lookup(names.dindex) != nil {
            let r = try callValues(v.type.lookup(names.dindex) ?? .none, [v])
            if let x = r.intValue { i = x } else if let b = r.bigIntValue { i = b.isNegative ? Int.min : Int.max }
            else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
        } else {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method")
        }
        if i < 0 { i = Swift.max(0, i &+ length) }
        return Swift.min(i, length)
    }

    /// Resolves a slice against a sequence length: (start, step, count) as PySlice_AdjustIndices.
    @inline(__always) func resolveSlice(_ s: PySlice, _ length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        let r = try sliceIndices(self, s, length: length)
        return (r.start, r.stop, r.step, r.count)
    }
}

/// `__class_getitem__` for the generic builtin containers (`list[int]`).
func addClassGetItem(_ t: PyType) {
    t.addClassMethod("__class_getitem__") { _, args in
        guard args.count == 2 else { throw PyErr.typeError("__class_getitem__ expected 1 argument") }
        return .object(PyGenericAlias(origin: args[0], args: args[1]))
    }
}

/// Installs list, tuple, dict (+ views), set/frozenset, range, slice and the iterator types.
func installContainerTypes() {
    installListMethods()
    installTupleMethods()
    installDictMethods()
    installDictViews()
    installSetMethods()
    installRangeAndSlice()
    installIteratorTypes()
}

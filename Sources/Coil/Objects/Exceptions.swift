// Exception objects and tracebacks. Every exception class (builtin or user-defined) makes
// instances of `PyBaseException`; subclass-specific attributes (StopIteration.value,
// OSError.errno, SystemExit.code …) live in the instance dict, set by the class's __init__.

public final class PyBaseException: PyObject, Error {
    public var args: PyTuple
    public var traceback: PyTraceback?
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false
    /// Notes added with add_note (3.11).
    public var notes: [Value] = []
    /// BaseExceptionGroup instances: the message and the nested exceptions (nil otherwise).
    public var groupMessage: Value = .none
    public var groupExceptions: PyTuple?

    public init(type: PyType, args: [Value]) {
        self.args = PyTuple(args)
        super.init(type: type)
        if type.isHeapType { dict = PyDict() }
        trackGC(self)
    }

    public convenience init(_ type: PyType, _ message: String) {
        self.init(type: type, args: [Value(message)])
    }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visit(args)
        if let t = traceback { visit(t) }
        visitValue(cause, visit); visitValue(context, visit)
        for n in notes { visitValue(n, visit) }
        visitValue(groupMessage, visit)
        if let g = groupExceptions { visit(g) }
    }

    public override func clearReferences() {
        super.clearReferences()
        args = PyTuple.empty; traceback = nil; cause = .none; context = .none
        notes = []; groupMessage = .none; groupExceptions = nil
    }

    /// Convenience for Swift code: the exception's class name.
    public var typeName: String { type.name }

    /// The single-argument message or "" (for diagnostics in Swift code).
    public var messageText: String {
        if args.count == 1, let s = args.items[0].asStr { return s.value }
        return ""
    }

    public func attribute(_ name: String) -> Value? { dict?.getStr(name) }
    public func setAttribute(_ name: String, _ v: Value) {
        if dict == nil { dict = PyDict() }
        dict?.setStr(name, v)
    }
}

/// One traceback entry: where an exception passed through a frame.
public final class PyTraceback: PyObject {
    public let next: PyTraceback?
    public let code: CodeObject
    public let loc: SourceLoc
    public let frame: Frame?

    public init(next: PyTraceback?, code: CodeObject, loc: SourceLoc, frame: Frame?) {
        self.next = next; self.code = code; self.loc = loc; self.frame = frame
        super.init(type: BuiltinTypes.traceback)
    }
    public var line: Int { Int(loc.line) }

    public override func traverse(_ visit: (PyObject) -> Void) {
        if let n = next { visit(n) }
    }
}

/// Constructors for exceptions raised by native code: `throw PyErr.type("…")`.
public enum PyErr {
    public static func make(_ t: PyType, _ msg: String) -> PyBaseException { PyBaseException(t, msg) }
    public static func typeError(_ m: String) -> PyBaseException { make(BuiltinTypes.TypeError, m) }
    public static func valueError(_ m: String) -> PyBaseException { make(BuiltinTypes.ValueError, m) }
    public static func indexError(_ m: String) -> PyBaseException { make(BuiltinTypes.IndexError, m) }
    public static func attributeError(_ m: String) -> PyBaseException { make(BuiltinTypes.AttributeError, m) }
    public static func nameError(_ m: String) -> PyBaseException { make(BuiltinTypes.NameError, m) }
    public static func runtimeError(_ m: String) -> PyBaseException { make(BuiltinTypes.RuntimeError, m) }
    public static func overflowError(_ m: String) -> PyBaseException { make(BuiltinTypes.OverflowError, m) }
    public static func zeroDivision(_ m: String) -> PyBaseException { make(BuiltinTypes.ZeroDivisionError, m) }
    public static func notImplemented(_ m: String) -> PyBaseException { make(BuiltinTypes.NotImplementedError, m) }
    public static func stopIteration(_ v: Value = .none) -> PyBaseException {
        let e = PyBaseException(type: BuiltinTypes.StopIteration, args: v.isNone ? [] : [v])
        e.setAttribute("value", v)
        return e
    }
    public static func keyError(_ key: Value) -> PyBaseException {
        PyBaseException(type: BuiltinTypes.KeyError, args: [key])
    }
    public static func osError(_ t: PyType, errno: Int32, message: String, filename: Value? = nil) -> PyBaseException {
        // CPython keeps the filename out of args; str() adds it.
        let e = PyBaseException(type: t, args: [.int(Int(errno)), Value(message)])
        e.setAttribute("errno", .int(Int(errno)))
        e.setAttribute("strerror", Value(message))
        e.setAttribute("filename", filename ?? .none)
        return e
    }
}

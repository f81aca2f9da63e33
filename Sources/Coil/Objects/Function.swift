// Callables: script functions, cells, bound methods, native functions and the descriptors that
// wrap them (classmethod, staticmethod, property).

/// Arguments of a native call: `values` holds positional arguments followed by keyword values,
/// `kwnames` names the trailing keyword values. Valid only for the duration of the call.
public struct Args {
    public let values: UnsafeBufferPointer<Value>
    public let kwnames: PyTuple?

    @inline(__always) public init(_ values: UnsafeBufferPointer<Value>, kwnames: PyTuple? = nil) {
        self.values = values
        self.kwnames = (kwnames?.count ?? 0) == 0 ? nil : kwnames
    }

    /// Number of positional arguments.
    @inline(__always) public var count: Int { values.count - (kwnames?.count ?? 0) }
    @inline(__always) public subscript(i: Int) -> Value { values[i] }
    public var positional: [Value] { Array(values[0..<count]) }
    public var hasKeywords: Bool { kwnames != nil }

    /// The keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        guard let names = kwnames else { return nil }
        let base = count
        for (i, n) in names.items.enumerated() where n.asStr?.value == name { return values[base + i] }
        return nil
    }

    public var keywords: [(String, Value)] {
        guard let names = kwnames else { return [] }
        let base = count
        return names.items.enumerated().map { ($0.element.asStr?.value ?? "", values[base + $0.offset]) }
    }
}

public typealias NativeFunction = (Interpreter, Args) throws -> Value

public final class PyCell: PyObject {
    public var value: Value
    public init(_ value: Value = .undefined) {
        self.value = value
        super.init(type: BuiltinTypes.cell)
        trackGC(self)
    }
    public override func traverse(_ visit: (PyObject) -> Void) { visitValue(value, visit) }
    public override func clearReferences() { value = .undefined }
}

public final class PyFunction: PyObject {
    public let code: CodeObject
    public var globals: PyDict
    public var name: String
    public var qualname: String
    public var defaults: [Value]
    public var kwDefaults: PyDict?
    public var closure: [PyCell]
    public var annotations: PyDict?
    public var doc: Value
    public var module: Value

    /// `moduleName`: the globals' `__name__` key when the caller has it interned (MAKE_FUNCTION
    /// runs per lambda and comprehension: a fresh key string each time is most of the cost).
    public init(code: CodeObject, globals: PyDict, closure: [PyCell], moduleName: PyStr? = nil) {
        self.code = code
        self.globals = globals
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = []
        self.closure = closure
        self.doc = code.docstring.map { Value($0) } ?? .none
        self.module = (moduleName.map { globals.getStr($0) } ?? globals.getStr("__name__")) ?? .none
        super.init(type: BuiltinTypes.function)
        trackGC(self)
    }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visit(globals)
        for d in defaults { visitValue(d, visit) }
        if let k = kwDefaults { visit(k) }
        for c in closure { visit(c) }
        if let a = annotations { visit(a) }
        visitValue(doc, visit)
        visitValue(module, visit)
    }

    public override func clearReferences() {
        super.clearReferences()
        defaults = []; kwDefaults = nil; closure = []; annotations = nil; doc = .none; module = .none
    }
}

public final class PyBoundMethod: PyObject {
    public let function: Value
    public let selfValue: Value
    public init(function: Value, selfValue: Value) {
        self.function = function
        self.selfValue = selfValue
        super.init(type: BuiltinTypes.method)
        trackGC(self)
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        visitValue(function, visit); visitValue(selfValue, visit)
    }
    // Bound methods are immutable; cycles through them are broken at their other members.
}

/// A native function, optionally bound to a receiver that is passed as the first argument.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let fn: NativeFunction
    public let boundSelf: Value?
    public let doc: String?
    /// The module or type name shown in reprs (`<built-in method append of list object>`).
    public let ownerName: String?
    /// The method descriptor this was bound from, if any.
    public var origin: PyMethodDescriptor?

    public init(name: String, boundSelf: Value? = nil, ownerName: String? = nil, doc: String? = nil, fn: @escaping NativeFunction) {
        self.name = name
        self.fn = fn
        self.boundSelf = boundSelf
        self.doc = doc
        self.ownerName = ownerName
        super.init(type: BuiltinTypes.builtinFunction)
    }

    public override func traverse(_ visit: (PyObject) -> Void) {
        if let s = boundSelf { visitValue(s, visit) }
    }
}

/// A native method stored in a builtin type's dict; binds to the instance on attribute access.
public final class PyMethodDescriptor: PyObject {
    public let name: String
    public let owner: PyType
    public let fn: NativeFunction
    public init(name: String, owner: PyType, fn: @escaping NativeFunction) {
        self.name = name
        self.owner = owner
        self.fn = fn
        super.init(type: BuiltinTypes.methodDescriptor)
    }
}

public final class PyClassMethod: PyObject {
    public var function: Value
    public init(_ f: Value, type: PyType = BuiltinTypes.classmethod) { function = f; super.init(type: type) }
    public override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visitValue(function, visit) }
}

public final class PyStaticMethod: PyObject {
    public var function: Value
    public init(_ f: Value, type: PyType = BuiltinTypes.staticmethod) { function = f; super.init(type: type) }
    public override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visitValue(function, visit) }
}

public final class PyProperty: PyObject {
    public var fget: Value, fset: Value, fdel: Value, doc: Value
    public init(fget: Value, fset: Value, fdel: Value, doc: Value, type: PyType = BuiltinTypes.property) {
        self.fget = fget; self.fset = fset; self.fdel = fdel; self.doc = doc
        super.init(type: type)
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(fget, visit); visitValue(fset, visit); visitValue(fdel, visit); visitValue(doc, visit)
    }
}

/// A native-backed read-only attribute on a builtin type (e.g. `function.__name__`).
public final class PyGetSetDescriptor: PyObject {
    public let name: String
    public let get: (Interpreter, Value) throws -> Value
    public let set: ((Interpreter, Value, Value) throws -> Void)?
    public init(name: String, get: @escaping (Interpreter, Value) throws -> Value,
                set: ((Interpreter, Value, Value) throws -> Void)? = nil) {
        self.name = name; self.get = get; self.set = set
        super.init(type: BuiltinTypes.getsetDescriptor)
    }
}

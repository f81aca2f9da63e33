// Registration helpers for native methods on builtin types, and the one-time installation of
// every builtin type's methods.

extension PyType {
    /// A native instance method: `args[0]` is self (already type-checked by the caller).
    public func addMethod(_ name: String, _ fn: @escaping NativeFunction) {
        typeDict.setStr(name, .object(PyMethodDescriptor(name: name, owner: self, fn: fn)))
    }

    /// A native class method: `args[0]` is the class it was called on.
    public func addClassMethod(_ name: String, _ fn: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, ownerName: self.name, fn: fn)
        typeDict.setStr(name, .object(PyClassMethod(.object(f))))
    }

    /// A native static method (also used for `__new__`, whose `args[0]` is the class).
    public func addStaticMethod(_ name: String, _ fn: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, ownerName: self.name, fn: fn)
        typeDict.setStr(name, .object(PyStaticMethod(.object(f))))
    }

    /// A computed attribute (read-only unless `set` is given).
    public func addGetter(_ name: String, _ get: @escaping (Interpreter, Value) throws -> Value,
                          set: ((Interpreter, Value, Value) throws -> Void)? = nil) {
        typeDict.setStr(name, .object(PyGetSetDescriptor(name: name, get: get, set: set)))
    }

    public func addValue(_ name: String, _ v: Value) {
        typeDict.setStr(name, v)
    }
}

extension BuiltinTypes {
    /// Installs the methods of every builtin type, once per process.
    static let installed: Void = {
        for (name, fn) in builtinInstallers { _ = name; fn() }
    }()
}

// The builtins module: the core functions that depend on the VM's internals (class building,
// super, introspection, printing). Other builtins are added by `installMoreBuiltins`
// (BuiltinsFunctions.swift) through the same native-function interface.

extension Interpreter {
    func setupBuiltinsModule() {
        let b = builtins
        func add(_ name: String, _ fn: @escaping NativeFunction) {
            b.setStr(intern(name), .object(PyBuiltinFunction(name: name, ownerName: "builtins", fn: fn)))
        }
        for t in [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                  BuiltinTypes.complex, BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.bytearray, BuiltinTypes.tuple,
                  BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range,
                  BuiltinTypes.slice, BuiltinTypes.property, BuiltinTypes.classmethod, BuiltinTypes.staticmethod,
                  BuiltinTypes.superType] {
            b.setStr(intern(t.name), .object(t))
        }
        b.setStr(intern("super"), .object(BuiltinTypes.superType))
        for t in BuiltinTypes.allExceptions { b.setStr(intern(t.name), .object(t)) }
        b.setStr(intern("EnvironmentError"), .object(BuiltinTypes.OSError))
        b.setStr(intern("IOError"), .object(BuiltinTypes.OSError))
        b.setStr(intern("None"), .none)
        b.setStr(intern("True"), .bool(true))
        b.setStr(intern("False"), .bool(false))
        b.setStr(intern("NotImplemented"), .object(BuiltinTypes.notImplemented))
        b.setStr(intern("Ellipsis"), .object(BuiltinTypes.ellipsis))
        b.setStr(names.ddebug, .bool(true))
        b.setStr(names.dname, Value("builtins"))

        add("__build_class__") { interp, args in try interp.buildClass(args) }
        add("print") { interp, args in
            var sep = " ", end = "\n"
            var file: Value? = nil
            var flush = false
            for (k, v) in args.keywords {
                switch k {
                case "sep": if !v.isNone { guard let s = v.asStr else { throw PyErr.typeError("sep must be None or a string, not \(v.type.name)") }; sep = s.value }
                case "end": if !v.isNone { guard let s = v.asStr else { throw PyErr.typeError("end must be None or a string, not \(v.type.name)") }; end = s.value }
                case "file": if !v.isNone { file = v }
                case "flush": flush = try interp.isTrue(v)
                default: throw PyErr.typeError("'\(k)' is an invalid keyword argument for print()")
                }
            }
            var out = ""
            for i in 0..<args.count {
                if i > 0 { out += sep }
                out += try interp.str(args[i])
            }
            out += end
            if let f = file {
                if case .object(let fo) = f, let std = fo as? PyStdStream {
                    if std.fd == 2 { interp.writeStderr(out) } else { interp.stdoutWriter.write(out) }
                } else {
                    _ = try interp.callMethod(f, "write", [Value(out)])
                    if flush, let fl = try interp.getAttrOrNil(f, "flush") { _ = try interp.callValues(fl, []) }
                }
            } else {
                try interp.writeStdout(out)
                if flush { interp.stdoutWriter.flush() }
            }
            return .none
        }
        add("isinstance") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("isinstance expected 2 arguments, got \(args.count)") }
            return .bool(try interp.isInstance(args[0], args[1]))
        }
        add("issubclass") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("issubclass expected 2 arguments, got \(args.count)") }
            return .bool(try interp.isSubclass(args[0], args[1]))
        }
        add("getattr") { interp, args in
            guard args.count == 2 || args.count == 3 else { throw PyErr.typeError("getattr expected 2 or 3 arguments, got \(args.count)") }
            guard let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string, not '\(args[1].type.name)'") }
            if args.count == 3 {
                do { return try interp.getAttr(args[0], interp.intern(name.value)) }
                catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.AttributeError) { return args[2] }
            }
            return try interp.getAttr(args[0], interp.intern(name.value))
        }
        add("setattr") { interp, args in
            guard args.count == 3 else { throw PyErr.typeError("setattr expected 3 arguments, got \(args.count)") }
            guard let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string, not '\(args[1].type.name)'") }
            try interp.setAttr(args[0], interp.intern(name.value), args[2])
            return .none
        }
        add("delattr") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("delattr expected 2 arguments, got \(args.count)") }
            guard let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string, not '\(args[1].type.name)'") }
            try interp.delAttr(args[0], interp.intern(name.value))
            return .none
        }
        add("hasattr") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("hasattr expected 2 arguments, got \(args.count)") }
            guard let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string, not '\(args[1].type.name)'") }
            return .bool(try interp.getAttrOrNil(args[0], name.value) != nil)
        }
        add("repr") { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("repr() takes exactly one argument (\(args.count) given)") }
            return Value(try interp.repr(args[0]))
        }
        add("ascii") { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("ascii() takes exactly one argument (\(args.count) given)") }
            return Value(try interp.ascii(args[0]))
        }
        add("len") { interp, args in
            if args.hasKeywords { throw PyErr.typeError("len() takes no keyword arguments") }
            guard args.count == 1 else { throw PyErr.typeError("len() takes exactly one argument (\(args.count) given)") }
            return .int(try interp.len(args[0]))
        }
        add("hash") { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("hash() takes exactly one argument (\(args.count) given)") }
            return .int(try interp.hash(args[0]))
        }
        add("id") { _, args in
            guard args.count == 1 else { throw PyErr.typeError("id() takes exactly one argument (\(args.count) given)") }
            switch args[0] {
            case .object(let o): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))))
            case .int(let i): return .int(i &* 32 &+ 0x7f0000000000)
            case .none: return .int(0x7f00000000a0)
            case .bool(let b): return .int(b ? 0x7f00000000c0 : 0x7f00000000e0)
            case .float(let d): return .int(Int(bitPattern: UInt(d.bitPattern >> 4)))
            case .undefined: return .int(0)
            }
        }
        add("iter") { interp, args in
            if args.count == 2 {
                if case .object(let o) = args[0], o is PyFunction || o is PyBuiltinFunction || o is PyType || o is PyBoundMethod
                    || o.type.lookup(interp.names.dcall) != nil {
                    return .object(PyCallableIterator(args[0], args[1]))
                }
                throw PyErr.typeError("iter(v, w): v must be callable")
            }
            guard args.count == 1 else { throw PyErr.typeError("iter expected at most 2 arguments, got \(args.count)") }
            return try interp.getIter(args[0])
        }
        add("next") { interp, args in
            guard args.count == 1 || args.count == 2 else { throw PyErr.typeError("next expected at most 2 arguments, got \(args.count)") }
            let it = args[0]
            if !(it.asObject is PyNativeIterator) && !(it.asObject is PyGenerator) && it.type.lookup(interp.names.dnext) == nil {
                throw PyErr.typeError("'\(it.type.name)' object is not an iterator")
            }
            if let v = try interp.next(it) { return v }
            if args.count == 2 { return args[1] }
            throw PyErr.stopIteration(interp.lastStopValue)
        }
        add("aiter") { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("aiter expected 1 argument, got \(args.count)") }
            guard args[0].type.lookup(interp.names.daiter) != nil else {
                throw PyErr.typeError("'\(args[0].type.name)' object is not an async iterable")
            }
            return try interp.getAiter(args[0])
        }
        add("anext") { interp, args in
            guard args.count == 1 || args.count == 2 else { throw PyErr.typeError("anext expected 1 or 2 arguments, got \(args.count)") }
            guard let m = args[0].type.lookup(interp.names.danext) else {
                throw PyErr.typeError("'\(args[0].type.name)' object is not an async iterator")
            }
            let aw = try interp.callValues(m, [args[0]])
            if args.count == 1 { return aw }
            return .object(PyAnextDefault(awaitable: try interp.getAwaitable(aw, context: 0), defaultValue: args[1]))
        }
        add("callable") { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("callable() takes exactly one argument (\(args.count) given)") }
            if case .object(let o) = args[0] {
                if o is PyFunction || o is PyBuiltinFunction || o is PyType || o is PyBoundMethod || o is PyMethodDescriptor { return .bool(true) }
                return .bool(o.type.lookup(interp.names.dcall) != nil)
            }
            return .bool(false)
        }
        add("globals") { interp, _ in .object(interp.currentFrame?.globals ?? PyDict()) }
        add("locals") { interp, _ in
            guard let f = interp.currentFrame else { return .object(PyDict()) }
            if let l = f.locals { return .object(l) }
            let d = PyDict()
            for (i, n) in f.code.varnames.enumerated() where !f.slots[i].isUndefined { d.setStr(n, f.slots[i]) }
            for (i, n) in (f.code.cellvars + f.code.freevars).enumerated() {
                let v = f.cell(i).value
                if !v.isUndefined { d.setStr(n, v) }
            }
            return .object(d)
        }
        add("vars") { interp, args in
            if args.count == 0 {
                guard let f = interp.currentFrame else { return .object(PyDict()) }
                return .object(f.locals ?? f.globals)
            }
            guard let d = try interp.getAttrOrNil(args[0], "__dict__") else {
                throw PyErr.typeError("vars() argument must have __dict__ attribute")
            }
            return d
        }
        add("dir") { interp, args in
            if args.count == 0 {
                guard let f = interp.currentFrame else { return .object(PyList()) }
                let ns = f.locals ?? f.globals
                var names = ns.keys.compactMap { $0.asStr?.value }
                if f.locals == nil && f.code.flags.contains(.optimized) { names = f.code.varnames }
                return .object(PyList(names.sorted(by: { compareUTF8($0, $1) < 0 }).map { Value($0) }))
            }
            if let d = args[0].type.lookup(interp.names.ddir), !(args[0].asObject is PyType) {
                let r = try interp.iterate(try interp.callValues(d, [args[0]]))
                let names = r.compactMap { $0.asStr?.value }.sorted(by: { compareUTF8($0, $1) < 0 })
                return .object(PyList(names.map { Value($0) }))
            }
            return .object(PyList(try interp.dirOf(args[0]).map { Value($0) }))
        }
        add("__import__") { interp, args in
            guard args.count >= 1, let name = args[0].asStr else { throw PyErr.typeError("__import__() argument 1 must be str") }
            let globals = args.count > 1 ? args[1].asDict : nil
            let fromlist = args.count > 3 ? args[3] : (args.keyword("fromlist") ?? .none)
            let level = args.count > 4 ? args[4] : (args.keyword("level") ?? .int(0))
            return try interp.importName(name.value, fromlist: fromlist, level: level, globals: globals ?? (interp.currentFrame?.globals ?? PyDict()))
        }
        installMoreBuiltins(self)
        builtinsModule = PyModule(name: "builtins", dict: b)
        modules.setStr("builtins", .object(builtinsModule))
    }

    func isInstance(_ obj: Value, _ cls: Value) throws -> Bool {
        if let t = cls.asType {
            if obj.type.isSubtype(of: t) { return true }
            if t.type !== BuiltinTypes.type, let ic = t.type.lookup(names.dinstancecheck),
               !ic.isIdentical(to: BuiltinTypes.type.typeDict.getStr("__instancecheck__") ?? .none) {
                return try isTrue(try callValues(ic, [cls, obj]))
            }
            return false
        }
        if let tup = cls.asTuple {
            for c in tup.items where try isInstance(obj, c) { return true }
            return false
        }
        if case .object(let o) = cls, let ga = o as? PyGenericAlias, ga.type === BuiltinTypes.unionType {
            return try isInstance(obj, ga.args)
        }
        if let ic = cls.type.lookup(names.dinstancecheck) {
            return try isTrue(try callValues(ic, [cls, obj]))
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    func isSubclass(_ sub: Value, _ cls: Value) throws -> Bool {
        if let tup = cls.asTuple {
            for c in tup.items where try isSubclass(sub, c) { return true }
            return false
        }
        guard let s = sub.asType else { throw PyErr.typeError("issubclass() arg 1 must be a class") }
        if let t = cls.asType {
            if s.isSubtype(of: t) { return true }
            if t.type !== BuiltinTypes.type, let sc = t.type.lookup(names.dsubclasscheck),
               !sc.isIdentical(to: BuiltinTypes.type.typeDict.getStr("__subclasscheck__") ?? .none) {
                return try isTrue(try callValues(sc, [cls, sub]))
            }
            return false
        }
        throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// Attribute names for dir(obj): instance dict plus the class's MRO (or metaclass for types).
    func dirOf(_ v: Value) throws -> [String] {
        var names = Set<String>()
        if case .object(let o) = v {
            if let d = o.dict { d.forEach { k, _ in if let s = k.asStr { names.insert(s.value) } } }
            if let cls = o as? PyType {
                for t in cls.mro { t.typeDict.forEach { k, _ in if let s = k.asStr { names.insert(s.value) } } }
            }
        }
        for t in v.type.mro { t.typeDict.forEach { k, _ in if let s = k.asStr { names.insert(s.value) } } }
        return names.sorted(by: { compareUTF8($0, $1) < 0 })
    }
}

extension BuiltinTypes {
    public static let unionType = make("types.UnionType", flags: [])
}

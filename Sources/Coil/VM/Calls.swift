// Calling: frame creation, argument binding with CPython's error messages, and the generic
// call protocol used by native code (which re-enters the run loop for script functions).

extension Interpreter {
    @inline(__always) func pushDepth() throws {
        if heap.trackedSinceCollect >= heap.threshold && heap.enabled { heap.collect() }
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            throw PyErr.make(BuiltinTypes.RecursionError, "maximum recursion depth exceeded")
        }
    }

    /// Returns a finished frame to its code's pool when nothing else references it. Callers
    /// hand over their reference (`consume`), so pooling costs no retain/release pair.
    @inline(__always) func recycle(_ frame: consuming Frame) {
        guard isKnownUniquelyReferenced(&frame), !frame.hasGenerator, frame.rt.pooledCount < 16 else { return }
        frame.clear()
        // The pool takes over this reference; the runtime is borrowed through the frame
        // (a `let rt = frame.rt` would be retained across the hand-over).
        let u = Unmanaged.passRetained(consume frame)
        u._withUnsafeGuaranteedRef { fr in
            let rt = fr.rt
            if !rt.inPoolRegistry {
                rt.inPoolRegistry = true
                pooledRuntimes.append(rt)
            }
            rt.pool(u)
        }
    }

    /// A finished generator's frame (its generator already dropped it) goes back to the pool
    /// for the next generator or call of the same code.
    @inline(__always) func recycleGeneratorFrame(_ frame: consuming Frame) {
        frame.generator = nil
        recycle(consume frame)
    }

    /// A frame for a new activation of `fn`, from its code's pool when one is free. Its locals
    /// and cells hold `.undefined`. The frame does not keep `fn` alive: it runs from its own
    /// references to the code, globals and cells.
    @inline(__always) func freshFrame(_ fn: PyFunction, _ rt: CodeRuntime) -> Frame {
        let frame: Frame
        if let pooled = rt.takePooled() {
            frame = pooled
            if frame.globals !== fn.globals { frame.globals = fn.globals }
            frame.pc = 0
        } else {
            frame = Frame(code: fn.code, rt: rt, globals: fn.globals, builtins: builtins)
        }
        return frame
    }

    /// The run loop's fast call: when `callee` is a script function whose code has run before
    /// and takes exactly `argc` positional arguments with no cells, a frame with the arguments
    /// moved in (`args` is left uninitialized); else nil and nothing moved. `callee` is borrowed
    /// from its stack slot, so no retain/release pair is paid for looking at it.
    @inline(__always) func directFrame(_ callee: Unmanaged<PyObject>, _ args: UnsafeMutablePointer<Value>, _ argc: Int) -> Frame? {
        callee._withUnsafeGuaranteedRef { o -> Frame? in
            guard o.hasType(functionType) else { return nil }
            let fn = unsafeDowncast(o, to: PyFunction.self)
            guard let rt = fn.code.runtime, rt.directCall && argc == rt.argCount else { return nil }
            let nf = freshFrame(fn, rt)
            // The slots hold `.undefined` (trivial), so they can be overwritten. One value at a
            // time: a variable-count move is a memmove call.
            var i = 0
            while i < argc { (nf.slots + i).moveInitialize(from: args + i, count: 1); i &+= 1 }
            if rt.ncells > 0 { installClosure(fn, nf, rt) }
            return nf
        }
    }

    /// The native function to run for calling `o` with these arguments from the run loop: an
    /// unbound builtin function, or a method descriptor whose first argument is an instance of
    /// its type. Greenlet methods (they switch stacks) and everything else give nil.
    @inline(__always) func nativeCallee(_ o: PyObject, _ args: UnsafeMutablePointer<Value>, _ argc: Int, _ kwnames: PyTuple?) -> NativeFunction? {
        if o.hasType(builtinFunctionType) {
            let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
            return b.boundSelf == nil ? b.fn : nil
        }
        if o.hasType(methodDescriptorType) {
            let m = unsafeDowncast(o, to: PyMethodDescriptor.self)
            guard argc - (kwnames?.count ?? 0) >= 1, m.owner !== greenletType else { return nil }
            if case .object(let s) = args.pointee, s.hasType(m.owner) { return m.fn }
            return args.pointee.type.isSubtype(of: m.owner) ? m.fn : nil
        }
        return nil
    }

    /// A direct call's free variables: the function's closure cells (it has no cells of its own).
    @inline(__always) func installClosure(_ fn: PyFunction, _ nf: Frame, _ rt: CodeRuntime) {
        let n = min(fn.closure.count, rt.ncells)
        var j = 0
        while j < n { nf.cellBase[j] = .object(fn.closure[j]); j &+= 1 }
    }

    /// A new frame for calling `fn` with the given arguments (copied, not consumed).
    func makeFrame(_ fn: PyFunction, args: UnsafePointer<Value>, argc: Int, kwnames: PyTuple?) throws -> Frame {
        let code = fn.code
        let rt = runtime(for: code)
        let frame = freshFrame(fn, rt)
        if kwnames == nil && argc == code.argCount && rt.simpleArgs {
            for i in 0..<argc { frame.slots[i] = args[i] }
        } else {
            try bindArguments(fn, frame.slots, args, argc, kwnames)
        }
        let nc = code.cellvars.count
        if rt.ncells > 0 {
            for i in 0..<nc { frame.cellBase[i] = .object(PyCell()) }
            for (j, c) in fn.closure.enumerated() where nc + j < rt.ncells { frame.cellBase[nc + j] = .object(c) }
        }
        return frame
    }

    func makeGenerator(_ fn: PyFunction, _ frame: Frame) -> PyGenerator {
        let flags = fn.code.flags
        let kind: PyGenerator.Kind = flags.contains(.coroutine) ? .coroutine
            : flags.contains(.asyncGenerator) ? .asyncGenerator : .generator
        return PyGenerator(kind: kind, frame: frame, name: fn.name, qualname: fn.qualname, interp: self)
    }

    /// Binds call arguments to parameter slots following CPython's rules and messages.
    func bindArguments(_ fn: PyFunction, _ slots: UnsafeMutablePointer<Value>, _ args: UnsafePointer<Value>,
                       _ argc: Int, _ kwnames: PyTuple?) throws {
        let code = fn.code
        let nPos = code.argCount
        let nKwOnly = code.kwOnlyArgCount
        let kwCount = kwnames?.count ?? 0
        let given = argc - kwCount
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        let varargsIndex = nPos + nKwOnly
        let varkwIndex = varargsIndex + (hasVarargs ? 1 : 0)
        let fname = fn.qualname

        for i in 0..<min(given, nPos) { slots[i] = args[i] }
        if given > nPos {
            if hasVarargs {
                slots[varargsIndex] = .object(PyTuple(Array(UnsafeBufferPointer(start: args + nPos, count: given - nPos))))
            } else {
                let minPos = nPos - fn.defaults.count
                let takes = minPos < nPos ? "from \(minPos) to \(nPos) positional arguments"
                    : "\(nPos) positional argument\(nPos == 1 ? "" : "s")"
                var kwGiven = 0
                if let names = kwnames {
                    for n in names.items {
                        if let s = n.asStr, code.varnames[nPos..<(nPos + nKwOnly)].contains(s.value) { kwGiven += 1 }
                    }
                }
                let extra = kwGiven > 0 ? " positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s"))" : ""
                throw PyErr.typeError("\(fname)() takes \(takes) but \(given)\(extra) \(given == 1 && kwGiven == 0 ? "was" : "were") given")
            }
        } else if hasVarargs {
            slots[varargsIndex] = .object(PyTuple.empty)
        }
        var kwdict: PyDict? = nil
        if hasVarkw {
            let d = PyDict()
            kwdict = d
            slots[varkwIndex] = .object(d)
        }
        if let names = kwnames {
            var posOnlyAsKw: [String] = []
            for (i, nv) in names.items.enumerated() {
                guard let name = nv.asStr else { continue }
                let value = args[given + i]
                var index = -1
                for j in code.posOnlyArgCount..<(nPos + nKwOnly) where code.varnames[j] == name.value { index = j; break }
                if index >= 0 {
                    if !slots[index].isUndefined {
                        throw PyErr.typeError("\(fname)() got multiple values for argument '\(name.value)'")
                    }
                    slots[index] = value
                } else if let d = kwdict {
                    if d.getStr(name) != nil {
                        throw PyErr.typeError("\(fname)() got multiple values for keyword argument '\(name.value)'")
                    }
                    d.setStr(name, value)
                } else if code.varnames[0..<code.posOnlyArgCount].contains(name.value) {
                    posOnlyAsKw.append(name.value)
                } else {
                    throw PyErr.typeError("\(fname)() got an unexpected keyword argument '\(name.value)'")
                }
            }
            if !posOnlyAsKw.isEmpty {
                throw PyErr.typeError("\(fname)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKw.joined(separator: ", "))'")
            }
        }
        // Defaults for missing positional parameters.
        if given < nPos {
            let firstDefault = nPos - fn.defaults.count
            var missing: [String] = []
            for i in given..<nPos where slots[i].isUndefined {
                if i >= firstDefault { slots[i] = fn.defaults[i - firstDefault] } else { missing.append(code.varnames[i]) }
            }
            if !missing.isEmpty {
                throw PyErr.typeError("\(fname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
            }
        }
        if nKwOnly > 0 {
            var missing: [String] = []
            for i in nPos..<(nPos + nKwOnly) where slots[i].isUndefined {
                let name = code.varnames[i]
                if let d = fn.kwDefaults?.getStr(name) { slots[i] = d } else { missing.append(name) }
            }
            if !missing.isEmpty {
                throw PyErr.typeError("\(fname)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
            }
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as in CPython's messages.
    func listNames(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 0: return ""
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + q[q.count - 1]
        }
    }

    // MARK: generic calls (native code → anything callable)

    /// Calls `callee` with positional arguments followed by keyword values named by `kwnames`.
    public func call(_ callee: Value, args: UnsafeBufferPointer<Value>, kwnames: PyTuple? = nil) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyErr.typeError("'\(callee.type.name)' object is not callable")
        }
        if o.type === BuiltinTypes.function {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            return try callFunction(fn, args: args.baseAddress ?? UnsafePointer(emptyArgs), argc: args.count, kwnames: kwnames)
        }
        if let b = o as? PyBuiltinFunction {
            if let s = b.boundSelf {
                var all = [s]
                all.append(contentsOf: args)
                return try all.withUnsafeBufferPointer { try b.fn(self, Args($0, kwnames: kwnames)) }
            }
            return try b.fn(self, Args(args, kwnames: kwnames))
        }
        if let m = o as? PyMethodDescriptor {
            guard args.count - (kwnames?.count ?? 0) >= 1 else {
                throw PyErr.typeError("unbound method \(m.owner.name).\(m.name)() needs an argument")
            }
            if !args[0].type.isSubtype(of: m.owner) {
                throw PyErr.typeError("descriptor '\(m.name)' for '\(m.owner.name)' objects doesn't apply to a '\(args[0].type.name)' object")
            }
            return try m.fn(self, Args(args, kwnames: kwnames))
        }
        if let bm = o as? PyBoundMethod {
            var all = [bm.selfValue]
            all.append(contentsOf: args)
            return try all.withUnsafeBufferPointer { try call(bm.function, args: $0, kwnames: kwnames) }
        }
        if let t = o as? PyType {
            return try callType(t, args: args, kwnames: kwnames)
        }
        guard let callMethod = o.type.lookup(names.dcall) else {
            throw PyErr.typeError("'\(o.type.name)' object is not callable")
        }
        var all = [callee]
        all.append(contentsOf: args)
        return try all.withUnsafeBufferPointer { try call(callMethod, args: $0, kwnames: kwnames) }
    }

    /// Runs a script function to completion in a nested run loop (a native→script boundary).
    func callFunction(_ fn: PyFunction, args: UnsafePointer<Value>, argc: Int, kwnames: PyTuple?) throws -> Value {
        let frame = try makeFrame(fn, args: args, argc: argc, kwnames: kwnames)
        if fn.code.isGeneratorLike { return .object(makeGenerator(fn, frame)) }
        try pushDepth()
        switch try execute(frame) {
        case .returned(let v):
            recycle(consume frame)
            return v
        case .yielded:
            throw PyErr.make(BuiltinTypes.SystemError, "function frame yielded")
        }
    }

    /// Convenience: call with an array of positional arguments.
    public func callValues(_ callee: Value, _ args: [Value]) throws -> Value {
        try args.withUnsafeBufferPointer { try call(callee, args: $0) }
    }

    /// Call with positional values and a dict of keyword arguments (`f(*a, **k)`).
    public func callWithDict(_ callee: Value, _ args: [Value], _ kwargs: PyDict?) throws -> Value {
        guard let kw = kwargs, kw.count > 0 else { return try callValues(callee, args) }
        var all = args
        var names: [Value] = []
        try kw.forEach { k, v in
            guard let s = k.asStr else { throw PyErr.typeError("keywords must be strings") }
            names.append(.object(s)); all.append(v)
        }
        let kwnames = PyTuple(names)
        return try all.withUnsafeBufferPointer { try call(callee, args: $0, kwnames: kwnames) }
    }

    /// Call with positional values and keyword pairs.
    public func callWithKeywords(_ callee: Value, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        if keywords.isEmpty { return try callValues(callee, args) }
        var all = args
        all.append(contentsOf: keywords.map { $0.1 })
        let kwnames = PyTuple(keywords.map { .object(intern($0.0)) })
        return try all.withUnsafeBufferPointer { try call(callee, args: $0, kwnames: kwnames) }
    }

    /// Calls a method by name on `obj`.
    public func callMethod(_ obj: Value, _ name: String, _ args: [Value] = []) throws -> Value {
        let (m, s) = try loadMethod(obj, intern(name))
        if s.isUndefined { return try callValues(m, args) }
        return try callValues(m, [s] + args)
    }

    // MARK: class instantiation

    /// For the run loop's fast path: when calling `cls` means `object.__new__` plus a script
    /// `__init__`, allocates the instance and returns it with the `__init__` function.
    func prepareInstance(_ cls: PyType, args: UnsafeMutablePointer<Value>, argc: Int, kwnames: PyTuple?) throws -> (PyObject, PyFunction)? {
        guard cls.type === BuiltinTypes.type, !cls.flags.contains(.isAbstract) else { return nil }
        // The MRO part of the check holds for as long as the class's version.
        if cls.plainInitVersion == cls.version, let initFn = cls.plainInit {
            return (PyInstance(type: cls), initFn.takeUnretainedValue())
        }
        guard cls.builtinBase === BuiltinTypes.object,
              let newFn = cls.lookup(names.dnew), newFn.isIdentical(to: objectNew),
              let initV = cls.lookup(names.dinit), case .object(let io) = initV,
              io.type === BuiltinTypes.function else { return nil }
        let initFn = unsafeDowncast(io, to: PyFunction.self)
        cls.plainInitVersion = cls.version
        cls.plainInit = Unmanaged.passUnretained(initFn)
        return (PyInstance(type: cls), initFn)
    }

    /// `cls(*args, **kw)`: the metaclass's `__call__`, by default `__new__` then `__init__`.
    func callType(_ cls: PyType, args: UnsafeBufferPointer<Value>, kwnames: PyTuple?) throws -> Value {
        // `super()` in a method: straight to the object, without the generic __new__ protocol.
        if cls === BuiltinTypes.superType && args.isEmpty && kwnames == nil {
            return .object(try zeroArgumentSuper())
        }
        let meta = cls.type!
        if meta !== BuiltinTypes.type, let mc = meta.lookup(names.dcall),
           !mc.isIdentical(to: typeCall) {
            var all: [Value] = [.object(cls)]
            all.append(contentsOf: args)
            return try all.withUnsafeBufferPointer { try call(mc, args: $0, kwnames: kwnames) }
        }
        return try typeCallDefault(cls, args: args, kwnames: kwnames)
    }

    func typeCallDefault(_ cls: PyType, args: UnsafeBufferPointer<Value>, kwnames: PyTuple?) throws -> Value {
        if cls === BuiltinTypes.type && args.count == 1 && kwnames == nil {
            return .object(args[0].type)
        }
        guard let newFn = cls.lookup(names.dnew) else {
            throw PyErr.typeError("cannot create '\(cls.name)' instances")
        }
        // [cls or the new object, args…] in a stack buffer: no array allocation per call.
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: args.count + 1) { buf in
            let all = buf.baseAddress.unsafelyUnwrapped
            all.initialize(to: .object(cls))
            if let a = args.baseAddress { (all + 1).initialize(from: a, count: args.count) }
            defer { all.deinitialize(count: args.count + 1) }
            let allArgs = UnsafeBufferPointer(start: all, count: args.count + 1)
            let newCallee: Value
            if case .object(let no) = newFn, let sm = no as? PyStaticMethod { newCallee = sm.function } else { newCallee = newFn }
            let obj = try call(newCallee, args: allArgs, kwnames: kwnames)
            guard obj.type.isSubtype(of: cls) else { return obj }
            if let initFn = obj.type.lookup(names.dinit), !initFn.isIdentical(to: objectInit) {
                all.pointee = obj
                let r = try call(initFn, args: allArgs, kwnames: kwnames)
                if !r.isNone { throw PyErr.typeError("__init__() should return None, not '\(r.type.name)'") }
            } else if args.count > 0, newFn.isIdentical(to: objectNew) {
                throw PyErr.typeError("\(cls.name)() takes no arguments")
            }
            return obj
        }
    }
}

// Name resolution for non-optimized code, raising, and small helpers of the run loop.

extension Interpreter {
    @inline(__always) func lookupName(_ f: Frame, _ name: PyStr) throws -> Value? {
        if let l = f.locals {
            if l.type === BuiltinTypes.dict {
                if let v = l.getStr(name) { return v }
            } else if let v = try mappingGet(.object(l), .object(name)) {
                return v
            }
        }
        return f.globals.getStr(name) ?? f.builtins.getStr(name)
    }

    func storeName(_ f: Frame, _ name: PyStr, _ v: Value) throws {
        if let l = f.locals {
            if l.type === BuiltinTypes.dict { l.setStr(name, v) } else { try setItem(.object(l), .object(name), v) }
        } else {
            f.globals.setStr(name, v)
        }
        if hasPendingFinalizers { runPendingFinalizers() }
    }

    func deleteName(_ f: Frame, _ name: PyStr) throws {
        let ns = f.locals ?? f.globals
        if ns.removeStr(name) == nil {
            throw PyErr.nameError("name '\(name.value)' is not defined")
        }
        if hasPendingFinalizers { runPendingFinalizers() }
    }

    func nameError(_ name: String) -> PyBaseException {
        let e = PyErr.nameError("name '\(name)' is not defined")
        e.setAttribute("name", Value(name))
        return e
    }

    func unboundLocal(_ name: String) -> PyBaseException {
        PyErr.make(BuiltinTypes.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func unboundDeref(_ f: Frame, _ i: Int) -> PyBaseException {
        let nc = f.code.cellvars.count
        if i < nc {
            return unboundLocal(f.code.cellvars[i])
        }
        let name = i - nc < f.code.freevars.count ? f.code.freevars[i - nc] : "?"
        return PyErr.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    func asPyException(_ error: Error) -> PyBaseException {
        if let e = error as? PyBaseException { return e }
        return PyErr.make(BuiltinTypes.SystemError, "internal error: \(error)")
    }

    /// The exception object for `raise v`: instances as they are, classes instantiated.
    func makeRaisable(_ v: Value) throws -> PyBaseException {
        if let e = v.asException { return e }
        if let t = v.asType, t.isSubtype(of: BuiltinTypes.BaseException) {
            let inst = try callValues(v, [])
            if let e = inst.asException { return e }
            throw PyErr.typeError("calling \(t.name) should have returned an instance of BaseException, not \(inst.type.name)")
        }
        throw PyErr.typeError("exceptions must derive from BaseException")
    }

    func exceptionMatches(_ exc: Value, _ t: Value) throws -> Bool {
        if let tt = t.asType {
            guard tt.isSubtype(of: BuiltinTypes.BaseException) else {
                throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return exc.type.isSubtype(of: tt)
        }
        if let tup = t.asTuple {
            var r = false
            for item in tup.items where try exceptionMatches(exc, item) { r = true }
            return r
        }
        throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed")
    }

    /// Binds a class attribute found by lookup to `obj` (functions become bound methods).
    func bindDescriptor(_ attr: Value, _ obj: Value) throws -> Value {
        guard case .object(let o) = attr else { return attr }
        if o.type === BuiltinTypes.function { return .object(PyBoundMethod(function: attr, selfValue: obj)) }
        if let m = o as? PyMethodDescriptor {
            let b = PyBuiltinFunction(name: m.name, boundSelf: obj, ownerName: m.owner.name, fn: m.fn)
            b.origin = m
            return .object(b)
        }
        if let get = o.type.lookup(names.dget) {
            return try callValues(get, [attr, obj, .object(obj.type)])
        }
        return attr
    }

    /// REPL echo of an expression statement.
    func printExpr(_ v: Value) throws {
        if v.isNone { return }
        builtins.setStr(intern("_"), .none)
        try writeStdout(try repr(v) + "\n")
        builtins.setStr(intern("_"), v)
    }

    /// Closes generators and kills greenlets reclaimed while suspended (their finally blocks run
    /// now), and emits deferred warnings.
    func runPendingFinalizers() {
        if runningFinalizers { return }
        runningFinalizers = true
        defer { runningFinalizers = false }
        while let item = pendingFinalizers.popLast() {
            guard case .generator(let g) = item else {
                if case .warning(let message, let category) = item { emitWarning(message, category) }
                if case .greenlet(let g) = item { killGreenlet(g) }
                if case .asyncGenFinalizer(let g, let hook) = item { runAsyncGenFinalizer(g, hook) }
                continue
            }
            do {
                try closeGenerator(g)
            } catch let e as PyBaseException {
                writeUnraisable(e, context: "<generator object \(g.qualname) at \(addressString(g))>")
            } catch {}
            // Whatever happened, the frame is dropped now (no second finalization).
            g.frame?.clear()
            g.frame = nil
        }
    }

    /// Queued (it runs during deallocation); emitted at the next safepoint.
    func warnNeverAwaited(_ coro: PyGenerator) {
        pendingFinalizers.append(.warning("coroutine '\(coro.qualname)' was never awaited", BuiltinTypes.RuntimeWarning))
    }

    /// Through the warnings module when the program imported it (so filters and
    /// catch_warnings apply), else straight to stderr in CPython's format.
    func emitWarning(_ message: String, _ category: PyType) {
        if let w = modules.getStr("warnings"), let warn = try? getAttrOrNil(w, "warn") {
            do {
                _ = try callValues(warn, [Value(message), .object(category)])
            } catch let e as PyBaseException {
                writeUnraisable(e, context: "warnings.warn")
            } catch {}
            return
        }
        let file = currentFrame?.code.filename ?? "sys"
        let line = currentFrame?.currentLine ?? 1
        writeStderr("\(file):\(line): \(category.name): \(message)\n")
    }

    func writeUnraisable(_ e: PyBaseException, context: String) {
        stderrWriter.write("Exception ignored in: \(context)\n")
        // CPython's default unraisable hook prints the exception alone, without its chain.
        stderrWriter.write(formatSingle(e))
    }

    /// LOAD_GLOBAL, and LOAD_NAME at module level: the value of name `arg` in the frame's
    /// globals or builtins, through the per-code cache of entry positions.
    @inline(__always) func loadGlobalCached(_ f: Frame, _ arg: Int) throws -> Value {
        let ce = f.rt.globalCache + arg
        let g = f.globals
        if ce.pointee.globalsVersion == g.mutations {
            if ce.pointee.builtinsVersion == 0 { return g.value(atEntry: ce.pointee.index) }
            if ce.pointee.builtinsVersion == f.builtins.mutations { return f.builtins.value(atEntry: ce.pointee.index) }
        }
        return try loadGlobalSlow(f, arg)
    }

    /// STORE_GLOBAL, and STORE_NAME at module level: binds name `arg` in the globals, through
    /// the same cache (a hit replaces the value in place, which keeps the key layout).
    @inline(__always) func storeGlobalCached(_ f: Frame, _ arg: Int, _ v: consuming Value) {
        let ce = f.rt.globalCache + arg
        let g = f.globals
        if ce.pointee.globalsVersion == g.mutations && ce.pointee.builtinsVersion == 0 {
            g.setValue(atEntry: ce.pointee.index, v)
        } else {
            storeGlobalSlow(f, arg, v)
        }
    }

    func storeGlobalSlow(_ f: Frame, _ arg: Int, _ v: Value) {
        let name = f.rt.names[arg]
        let g = f.globals
        g.setStr(name, v)
        let gi = g.entryIndex(ofStr: name)
        if gi >= 0 { (f.rt.globalCache + arg).pointee = GlobalCacheEntry(globalsVersion: g.mutations, builtinsVersion: 0, index: gi) }
    }

    /// Module-level code: the frame's locals are its globals (a plain dict), so LOAD_NAME and
    /// STORE_NAME mean LOAD_GLOBAL and STORE_GLOBAL.
    @inline(__always) func namesAreGlobals(_ f: Frame) -> Bool {
        guard let l = f.locals else { return false }
        return l === f.globals && l.hasType(dictType)
    }

    /// LOAD_GLOBAL's cache miss: looks the name up in globals then builtins and records where.
    func loadGlobalSlow(_ f: Frame, _ arg: Int) throws -> Value {
        let name = f.rt.names[arg]
        let ce = f.rt.globalCache + arg
        let g = f.globals
        let gi = g.entryIndex(ofStr: name)
        if gi >= 0 {
            ce.pointee = GlobalCacheEntry(globalsVersion: g.mutations, builtinsVersion: 0, index: gi)
            return g.value(atEntry: gi)
        }
        let b = f.builtins
        let bi = b.entryIndex(ofStr: name)
        if bi >= 0 {
            ce.pointee = GlobalCacheEntry(globalsVersion: g.mutations, builtinsVersion: b.mutations, index: bi)
            return b.value(atEntry: bi)
        }
        throw nameError(name.value)
    }
}

/// Work deferred from deallocation to the next run-loop safepoint.
enum PendingFinalizer {
    case generator(PyGenerator)
    case warning(String, PyType)
    /// A suspended greenlet nothing references any more: GreenletExit is raised in it.
    case greenlet(PyGreenlet)
    /// An unfinished async generator reclaimed while a finalizer hook was installed.
    case asyncGenFinalizer(PyGenerator, Value)
}

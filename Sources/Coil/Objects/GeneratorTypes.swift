// Methods of generator and coroutine objects: send/throw/close, iteration, introspection.

extension Interpreter {
    /// The exception for `throw(type[, value[, tb]])` in its 1-, 2- and 3-argument forms.
    func throwArgument(_ args: Args) throws -> PyBaseException {
        guard args.count >= 2 else { throw PyErr.typeError("throw expected at least 1 argument, got 0") }
        let typ = args[1]
        let val: Value = args.count > 2 ? args[2] : .none
        if let e = typ.asException {
            if !val.isNone { throw PyErr.typeError("instance exception may not have a separate value") }
            if args.count > 3, let tb = args[3].asObject as? PyTraceback { e.traceback = tb }
            return e
        }
        if let t = typ.asType, t.isSubtype(of: BuiltinTypes.BaseException) {
            if let e = val.asException, e.type.isSubtype(of: t) { return e }
            let callArgs: [Value] = val.isNone ? [] : (val.asTuple?.items ?? [val])
            guard let e = try callValues(typ, callArgs).asException else {
                throw PyErr.typeError("exceptions must derive from BaseException")
            }
            return e
        }
        throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not \(typ.type.name)")
    }

    /// Converts a resume result into send()'s: yielded value or StopIteration(return value).
    func generatorStep(_ r: ExecResult) throws -> Value {
        switch r {
        case .yielded(let v): return v
        case .returned(let v): throw PyErr.stopIteration(v)
        }
    }
}

func installGeneratorTypes() {
    for t in [BuiltinTypes.generator, BuiltinTypes.coroutine] {
        let isCoro = t === BuiltinTypes.coroutine
        let prefix = isCoro ? "cr" : "gi"
        t.addMethod("send") { interp, args in
            guard let g = args[0].asObject as? PyGenerator, args.count == 2 else { throw PyErr.typeError("send() takes exactly one argument") }
            if g.frame == nil {
                if g.kind == .coroutine { throw PyErr.runtimeError("cannot reuse already awaited coroutine") }
                throw PyErr.stopIteration()
            }
            g.wasAwaited = true
            return try interp.generatorStep(try interp.resumeGenerator(g, sending: args[1]))
        }
        t.addMethod("throw") { interp, args in
            guard let g = args[0].asObject as? PyGenerator else { throw PyErr.typeError("bad generator") }
            let exc = try interp.throwArgument(args)
            g.wasAwaited = true
            if g.frame == nil {
                if g.kind == .coroutine && g.started { throw PyErr.runtimeError("cannot reuse already awaited coroutine") }
                throw exc
            }
            return try interp.generatorStep(try interp.throwIntoGenerator(g, exc, originalArgs: Array(args.positional.dropFirst())))
        }
        t.addMethod("close") { interp, args in
            guard let g = args[0].asObject as? PyGenerator else { return .none }
            g.wasAwaited = true
            try interp.closeGenerator(g)
            return .none
        }
        t.addGetter("__name__", { _, v in Value((v.asObject as? PyGenerator)?.name ?? "") }, set: { _, v, n in
            if let s = n.asStr { (v.asObject as? PyGenerator)?.name = s.value }
        })
        t.addGetter("__qualname__", { _, v in Value((v.asObject as? PyGenerator)?.qualname ?? "") }, set: { _, v, n in
            if let s = n.asStr { (v.asObject as? PyGenerator)?.qualname = s.value }
        })
        t.addGetter("\(prefix)_running") { _, v in .bool((v.asObject as? PyGenerator)?.running ?? false) }
        t.addGetter("\(prefix)_frame") { _, v in
            guard let g = v.asObject as? PyGenerator, let f = g.frame else { return .none }
            return .object(PyFrameObject(f))
        }
        t.addGetter("\(prefix)_code") { _, v in (v.asObject as? PyGenerator).map { .object(PyCode($0.code)) } ?? .none }
        t.addGetter(isCoro ? "cr_await" : "gi_yieldfrom") { interp, v in
            guard let g = v.asObject as? PyGenerator, let f = g.frame, !g.running else { return .none }
            return interp.delegatedReceiver(f) ?? .none
        }
        if isCoro {
            t.addGetter("cr_origin") { _, _ in .none }
            t.addGetter("cr_suspended") { _, v in
                guard let g = v.asObject as? PyGenerator else { return .bool(false) }
                return .bool(g.frame != nil && g.started && !g.running)
            }
            t.addMethod("__await__") { _, args in
                guard let g = args[0].asObject as? PyGenerator else { return args[0] }
                return .object(PyCoroutineWrapper(g))
            }
        } else {
            t.addGetter("gi_suspended") { _, v in
                guard let g = v.asObject as? PyGenerator else { return .bool(false) }
                return .bool(g.frame != nil && g.started && !g.running)
            }
            t.addMethod("__iter__") { _, args in args[0] }
            t.addMethod("__next__") { interp, args in
                guard let g = args[0].asObject as? PyGenerator else { throw PyErr.typeError("bad generator") }
                if g.frame == nil { throw PyErr.stopIteration() }
                return try interp.generatorStep(try interp.resumeGenerator(g, sending: .none))
            }
        }
        t.addMethod("__repr__") { interp, args in
            guard let g = args[0].asObject as? PyGenerator else { return Value("<generator>") }
            return Value("<\(g.kindName == "async generator" ? "async_generator" : g.kindName) object \(g.qualname) at \(interp.addressString(g))>")
        }
    }
    let cw = BuiltinTypes.coroutineWrapper
    cw.addMethod("__iter__") { _, args in args[0] }
    cw.addMethod("__next__") { interp, args in
        guard let w = args[0].asObject as? PyCoroutineWrapper else { throw PyErr.typeError("bad wrapper") }
        return try interp.generatorStep(try interp.resumeGenerator(w.coro, sending: .none))
    }
    cw.addMethod("send") { interp, args in
        guard let w = args[0].asObject as? PyCoroutineWrapper, args.count == 2 else { throw PyErr.typeError("bad wrapper") }
        return try interp.generatorStep(try interp.resumeGenerator(w.coro, sending: args[1]))
    }
    cw.addMethod("throw") { interp, args in
        guard let w = args[0].asObject as? PyCoroutineWrapper else { throw PyErr.typeError("bad wrapper") }
        return try interp.generatorStep(try interp.throwIntoGenerator(w.coro, try interp.throwArgument(args)))
    }
    cw.addMethod("close") { interp, args in
        guard let w = args[0].asObject as? PyCoroutineWrapper else { return .none }
        try interp.closeGenerator(w.coro)
        return .none
    }
    let fr = BuiltinTypes.frame
    fr.addGetter("f_lineno") { _, v in .int((v.asObject as? PyFrameObject)?.frame.currentLine ?? 0) }
    fr.addGetter("f_back") { _, v in
        guard let b = (v.asObject as? PyFrameObject)?.frame.caller else { return .none }
        return .object(PyFrameObject(b))
    }
    fr.addGetter("f_code") { _, v in (v.asObject as? PyFrameObject).map { .object(PyCode($0.frame.code)) } ?? .none }
    fr.addGetter("f_globals") { _, v in (v.asObject as? PyFrameObject).map { .object($0.frame.globals) } ?? .none }
    fr.addGetter("f_locals") { _, v in
        guard let f = (v.asObject as? PyFrameObject)?.frame else { return .none }
        if let l = f.locals { return .object(l) }
        let d = PyDict()
        for (i, n) in f.code.varnames.enumerated() where !f.slots[i].isUndefined { d.setStr(n, f.slots[i]) }
        return .object(d)
    }
    let tb = BuiltinTypes.traceback
    tb.addGetter("tb_lineno") { _, v in .int((v.asObject as? PyTraceback)?.line ?? 0) }
    tb.addGetter("tb_next") { _, v in (v.asObject as? PyTraceback)?.next.map { .object($0) } ?? .none }
}

/// The iterator `coroutine.__await__()` returns.
public final class PyCoroutineWrapper: PyObject {
    let coro: PyGenerator
    init(_ c: PyGenerator) { coro = c; super.init(type: BuiltinTypes.coroutineWrapper) }
}

/// A script-visible view of a frame (gi_frame, tracebacks).
public final class PyFrameObject: PyObject {
    let frame: Frame
    init(_ f: Frame) { frame = f; super.init(type: BuiltinTypes.frame) }
}

extension BuiltinTypes {
    public static let coroutineWrapper = make("coroutine_wrapper", flags: [])
}

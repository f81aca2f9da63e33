// Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitables that drive the
// generator's frame. A value yielded by the generator itself arrives wrapped
// (PyAsyncGenWrapped) and completes the awaitable; anything else is an inner `await` passing a
// value up to whoever drives the coroutine (an event loop), as in CPython's genobject.c.

public final class PyAsyncGenAwaitable: PyNativeIterator, NativeSendable {
    enum Mode { case asend(Value), athrow(PyBaseException), aclose }
    let gen: PyGenerator
    var mode: Mode
    var started = false
    var done = false

    init(_ gen: PyGenerator, mode: Mode) {
        self.gen = gen
        self.mode = mode
        super.init(type: BuiltinTypes.asyncGenAwaitable)
    }

    public override func traverse(_ visit: (PyObject) -> Void) { visit(gen) }

    /// Interprets one step of the generator for this awaitable.
    func step(_ interp: Interpreter, _ r: ExecResult) throws -> ExecResult {
        switch r {
        case .yielded(let v):
            if case .object(let o) = v, let w = o as? PyAsyncGenWrapped {
                done = true
                if case .aclose = mode {
                    throw PyErr.runtimeError("async generator ignored GeneratorExit")
                }
                return .returned(w.value)
            }
            return .yielded(v)
        case .returned:
            done = true
            if case .aclose = mode { return .returned(.none) }
            throw PyBaseException(type: BuiltinTypes.StopAsyncIteration, args: [])
        }
    }

    func send(_ interp: Interpreter, _ v: Value) throws -> ExecResult {
        if done { throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()") }
        do {
            if !started {
                started = true
                switch mode {
                case .asend(let first):
                    if gen.frame == nil { done = true; throw PyBaseException(type: BuiltinTypes.StopAsyncIteration, args: []) }
                    return try step(interp, try interp.resumeGenerator(gen, sending: v.isNone ? first : v))
                case .athrow(let e):
                    if gen.frame == nil { done = true; throw PyBaseException(type: BuiltinTypes.StopAsyncIteration, args: []) }
                    return try step(interp, try interp.throwIntoGenerator(gen, e))
                case .aclose:
                    gen.asyncGenClosed = true
                    if gen.frame == nil || !gen.started {
                        if let f = gen.frame { interp.finishGenerator(gen, f) }
                        done = true
                        return .returned(.none)
                    }
                    return try step(interp, try interp.throwIntoGenerator(gen, PyBaseException(type: BuiltinTypes.GeneratorExit, args: [])))
                }
            }
            return try step(interp, try interp.resumeGenerator(gen, sending: v))
        } catch let e as PyBaseException {
            done = true
            if case .aclose = mode,
               e.type.isSubtype(of: BuiltinTypes.GeneratorExit) || e.type.isSubtype(of: BuiltinTypes.StopAsyncIteration) {
                return .returned(.none)
            }
            throw e
        }
    }

    func throwIn(_ interp: Interpreter, _ e: PyBaseException) throws -> ExecResult {
        if done { throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()") }
        started = true
        do {
            return try step(interp, try interp.throwIntoGenerator(gen, e))
        } catch let err as PyBaseException {
            done = true
            if case .aclose = mode,
               err.type.isSubtype(of: BuiltinTypes.GeneratorExit) || err.type.isSubtype(of: BuiltinTypes.StopAsyncIteration) {
                return .returned(.none)
            }
            throw err
        }
    }

    public override func next(_ interp: Interpreter) throws -> Value? {
        switch try send(interp, .none) {
        case .yielded(let v): return v
        case .returned(let r): interp.lastStopValue = r; return nil
        }
    }
}

extension BuiltinTypes {
    public static let asyncGenAwaitable = make("async_generator_asend", flags: [])
}

func installAsyncGeneratorTypes() {
    installAnextAwaitable()
    let t = BuiltinTypes.asyncGenerator
    func agen(_ v: Value) throws -> PyGenerator {
        guard let g = v.asObject as? PyGenerator, g.kind == .asyncGenerator else { throw PyErr.typeError("expected an async generator") }
        return g
    }
    t.addMethod("__aiter__") { _, args in args[0] }
    // Each of these first runs the sys.set_asyncgen_hooks hooks (once per generator).
    t.addMethod("__anext__") { interp, args in
        let g = try agen(args[0])
        try interp.initAsyncGenHooks(g)
        return .object(PyAsyncGenAwaitable(g, mode: .asend(.none)))
    }
    t.addMethod("asend") { interp, args in
        guard args.count == 2 else { throw PyErr.typeError("asend() takes exactly one argument") }
        let g = try agen(args[0])
        try interp.initAsyncGenHooks(g)
        return .object(PyAsyncGenAwaitable(g, mode: .asend(args[1])))
    }
    t.addMethod("athrow") { interp, args in
        let g = try agen(args[0])
        try interp.initAsyncGenHooks(g)
        return .object(PyAsyncGenAwaitable(g, mode: .athrow(try interp.throwArgument(args))))
    }
    t.addMethod("aclose") { interp, args in
        let g = try agen(args[0])
        try interp.initAsyncGenHooks(g)
        return .object(PyAsyncGenAwaitable(g, mode: .aclose))
    }
    t.addGetter("__name__") { _, v in Value((v.asObject as? PyGenerator)?.name ?? "") }
    t.addGetter("__qualname__") { _, v in Value((v.asObject as? PyGenerator)?.qualname ?? "") }
    t.addGetter("ag_running") { _, v in .bool((v.asObject as? PyGenerator)?.running ?? false) }
    t.addGetter("ag_frame") { _, v in
        guard let g = v.asObject as? PyGenerator, let f = g.frame else { return .none }
        return .object(PyFrameObject(f))
    }
    t.addGetter("ag_await") { interp, v in
        guard let g = v.asObject as? PyGenerator, let f = g.frame, !g.running else { return .none }
        return interp.delegatedReceiver(f) ?? .none
    }
    t.addGetter("ag_code") { _, v in (v.asObject as? PyGenerator).map { .object(PyCode($0.code)) } ?? .none }
    t.addMethod("__repr__") { interp, args in
        guard let g = args[0].asObject as? PyGenerator else { return Value("<async_generator>") }
        return Value("<async_generator object \(g.qualname) at \(interp.addressString(g))>")
    }

    let a = BuiltinTypes.asyncGenAwaitable
    a.addMethod("__await__") { _, args in args[0] }
    a.addMethod("__iter__") { _, args in args[0] }
    a.addMethod("__next__") { interp, args in
        guard let w = args[0].asObject as? PyAsyncGenAwaitable else { throw PyErr.typeError("bad awaitable") }
        return try interp.generatorStep(try w.send(interp, .none))
    }
    a.addMethod("send") { interp, args in
        guard let w = args[0].asObject as? PyAsyncGenAwaitable, args.count == 2 else { throw PyErr.typeError("send() takes exactly one argument") }
        return try interp.generatorStep(try w.send(interp, args[1]))
    }
    a.addMethod("throw") { interp, args in
        guard let w = args[0].asObject as? PyAsyncGenAwaitable else { throw PyErr.typeError("bad awaitable") }
        return try interp.generatorStep(try w.throwIn(interp, try interp.throwArgument(args)))
    }
    a.addMethod("close") { _, args in
        (args[0].asObject as? PyAsyncGenAwaitable)?.done = true
        return .none
    }
}

/// `anext(ait, default)`: awaits `ait.__anext__()`, turning StopAsyncIteration into `default`.
public final class PyAnextDefault: PyNativeIterator, NativeSendable {
    let awaitable: Value
    let defaultValue: Value
    init(awaitable: Value, defaultValue: Value) {
        self.awaitable = awaitable
        self.defaultValue = defaultValue
        super.init(type: BuiltinTypes.anextAwaitable)
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        visitValue(awaitable, visit); visitValue(defaultValue, visit)
    }
    func send(_ interp: Interpreter, _ v: Value) throws -> ExecResult {
        do {
            return try interp.sendGeneric(awaitable, v)
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.StopAsyncIteration) {
            return .returned(defaultValue)
        }
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        switch try send(interp, .none) {
        case .yielded(let y): return y
        case .returned(let r): interp.lastStopValue = r; return nil
        }
    }
}

extension BuiltinTypes {
    public static let anextAwaitable = make("anext_awaitable", flags: [])
}

func installAnextAwaitable() {
    let t = BuiltinTypes.anextAwaitable
    t.addMethod("__await__") { _, args in args[0] }
    t.addMethod("__iter__") { _, args in args[0] }
    t.addMethod("__next__") { interp, args in
        guard let a = args[0].asObject as? PyAnextDefault else { throw PyErr.typeError("bad awaitable") }
        return try interp.generatorStep(try a.send(interp, .none))
    }
    t.addMethod("send") { interp, args in
        guard let a = args[0].asObject as? PyAnextDefault, args.count == 2 else { throw PyErr.typeError("bad awaitable") }
        return try interp.generatorStep(try a.send(interp, args[1]))
    }
}

// Suspending and resuming generator frames, and the yield-from / await protocols.

extension Interpreter {
    @inline(__always) func resumeCheck(_ gen: PyGenerator, _ v: Value) throws {
        if gen.running || (!gen.started && !v.isNone) { throw resumeError(gen, v) }
    }

    func resumeError(_ gen: PyGenerator, _ v: Value) -> PyBaseException {
        if gen.running { return PyErr.valueError("\(gen.kindName) already executing") }
        return PyErr.typeError("can't send non-None value to a just-started \(gen.kindName)")
    }

    /// Marks `gen` running and hands it the value sent in (pushed as the result of its yield).
    @inline(__always) func enterGenerator(_ gen: PyGenerator, _ gf: Frame, sending v: Value) {
        if gen.started {
            (gf.stackBase + gf.stackDepth).initialize(to: v)
            gf.stackDepth += 1
        }
        gen.started = true
        gen.running = true
        depth += 1
        swapInGeneratorExcState(gf)
    }

    /// Resumes `gen` with `v`. When its frame is suspended in `yield from`/`await` on another
    /// script generator or coroutine, the innermost delegate is resumed directly: the frames in
    /// between would only forward the value down and the next yield up, so they are marked
    /// running and linked through `delegator` instead of running SEND/YIELD_VALUE/JUMP at every
    /// level. Returns the frame to run. The caller sets `gf.back` first; the frames below keep
    /// `back` nil (see `Frame.caller`).
    @inline(__always) func enterGeneratorChain(_ gen: PyGenerator, _ gf: Frame, sending v: Value) -> Frame {
        if gen.started && suspendedInDelegation(gf) { return enterDelegationChain(gen, gf, sending: v) }
        enterGenerator(gen, gf, sending: v)
        return gf
    }

    /// Whether the (started) frame is suspended in the YIELD_VALUE of a `yield from`/`await`
    /// loop, its receiver on top of its stack.
    @inline(__always) func suspendedInDelegation(_ gf: Frame) -> Bool {
        guard gf.pc >= 1, gf.stackDepth >= 1 else { return false }
        let w = gf.rt.instructions[gf.pc - 1]
        return Instr.op(w) == .yieldValue && Instr.arg(w) == 1
    }

    /// The chain walk of `enterGeneratorChain`. Nothing is retained: each generator is kept
    /// alive by the stack slot of the frame delegating to it, each frame by its generator.
    @inline(never) func enterDelegationChain(_ gen: PyGenerator, _ gf: Frame, sending v: Value) -> Frame {
        var g = Unmanaged.passUnretained(gen)
        var frame = Unmanaged.passUnretained(gf)
        while let (sub, sf) = frame._withUnsafeGuaranteedRef({ delegate(of: $0) }) {
            g._withUnsafeGuaranteedRef { $0.running = true }
            depth += 1
            frame._withUnsafeGuaranteedRef { swapInGeneratorExcState($0) }
            // `sf.back` stays nil: a yield unwinds to the outermost frame and uses its `back`.
            sf._withUnsafeGuaranteedRef { $0.delegatorRef = frame }
            g = sub
            frame = sf
        }
        g._withUnsafeGuaranteedRef { gen in frame._withUnsafeGuaranteedRef { enterGenerator(gen, $0, sending: v) } }
        return frame.takeUnretainedValue()
    }

    /// The script generator or coroutine `fr` delegates to and its frame, when that one can be
    /// resumed directly (started, not running, no pending throw on either side).
    @inline(__always) func delegate(of fr: Frame) -> (Unmanaged<PyGenerator>, Unmanaged<Frame>)? {
        guard fr.pendingThrow == nil, suspendedInDelegation(fr),
              let ru = (fr.stackBase + fr.stackDepth - 1).unretainedObject else { return nil }
        return ru._withUnsafeGuaranteedRef { o -> (Unmanaged<PyGenerator>, Unmanaged<Frame>)? in
            guard o.hasType(generatorType) || o.hasType(coroutineType) else { return nil }
            let sub = unsafeDowncast(o, to: PyGenerator.self)
            guard sub.started, !sub.running, let sf = sub.frame, sf.pendingThrow == nil else { return nil }
            return (Unmanaged.passUnretained(sub), Unmanaged.passUnretained(sf))
        }
    }

    /// FOR_ITER, SEND and the send/next calls: the frame of the generator in `ou` (borrowed
    /// from a stack slot) when it is a generator, or a coroutine if `coroutines`, that can be
    /// resumed in the run loop with `v` right now. Everything else (finished, running, a value
    /// sent to a just-started one) goes through the generic path, which raises the errors.
    @inline(__always) func loopResumableFrame(_ ou: Unmanaged<PyObject>, coroutines: Bool, sending v: Value) -> Frame? {
        ou._withUnsafeGuaranteedRef { o -> Frame? in
            guard o.hasType(generatorType) || (coroutines && o.hasType(coroutineType)) else { return nil }
            let gen = unsafeDowncast(o, to: PyGenerator.self)
            guard !gen.running, gen.started || v.isNone else { return nil }
            return gen.frame
        }
    }

    /// Links the frame of the generator in `ou` (borrowed; see `loopResumableFrame`) to
    /// `caller` and marks it running with `v`. Returns the frame to run.
    @inline(__always) func switchIntoGenerator(_ ou: Unmanaged<PyObject>, _ gf: consuming Frame, caller: consuming Frame,
                                               sending v: Value) -> Frame {
        gf.back = caller
        let delegating = ou._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyGenerator.self).started } && suspendedInDelegation(gf)
        if delegating {
            return ou._withUnsafeGuaranteedRef { enterDelegationChain(unsafeDowncast($0, to: PyGenerator.self), gf, sending: v) }
        }
        ou._withUnsafeGuaranteedRef { enterGenerator(unsafeDowncast($0, to: PyGenerator.self), gf, sending: v) }
        return gf
    }

    /// After the innermost frame of a shortcut chain yielded: the delegating frames are left
    /// suspended as if each had re-yielded the value. Returns the outermost frame.
    func unwindDelegators(_ innermost: Frame) -> Frame {
        var f = Unmanaged.passUnretained(innermost)
        while let d = f._withUnsafeGuaranteedRef({ $0.delegatorRef.take() }) {
            depth -= 1
            d._withUnsafeGuaranteedRef { df in
                if let g = df.generatorRef { g._withUnsafeGuaranteedRef { leaveGenerator($0, df) } }
            }
            f = d
        }
        return f.takeUnretainedValue()
    }

    /// The generator sees its own handled exception, or the resumer's when it has none (like
    /// CPython's exc_info chain); the resumer's is restored when it yields.
    @inline(__always) func swapInGeneratorExcState(_ gf: Frame) {
        // Common case: no exception is being handled on either side.
        if handled.isNone && gf.savedHandled.isNone { return }
        let caller = handled
        if !gf.savedHandled.isNone { handled = gf.savedHandled }
        gf.savedHandled = caller
    }

    @inline(__always) func leaveGenerator(_ gen: PyGenerator, _ f: Frame) {
        gen.running = false
        if handled.isNone && f.savedHandled.isNone { return }
        let own = handled
        handled = f.savedHandled
        f.savedHandled = own.isIdentical(to: handled) ? .none : own
    }

    func finishGenerator(_ gen: PyGenerator, _ f: Frame) {
        gen.running = false
        if gen.started { handled = f.savedHandled }
        f.savedHandled = .none
        gen.frame = nil
    }

    /// The generator's frame exits with `exc`; applies PEP 479's conversion.
    func finishGeneratorWithError(_ gen: PyGenerator, _ f: Frame, _ exc: PyBaseException) -> PyBaseException {
        finishGenerator(gen, f)
        var message: String? = nil
        if exc.type.isSubtype(of: BuiltinTypes.StopIteration) {
            message = "\(gen.kindName) raised StopIteration"
        } else if gen.kind == .asyncGenerator && exc.type.isSubtype(of: BuiltinTypes.StopAsyncIteration) {
            message = "async generator raised StopAsyncIteration"
        }
        guard let m = message else { return exc }
        let r = PyErr.runtimeError(m)
        r.cause = .object(exc)
        r.context = .object(exc)
        r.suppressContext = true
        return r
    }

    // MARK: resuming from a call in the run loop

    /// Records the callables `generatorResumedByCall` recognises.
    func rememberResumeCallees() {
        func id(_ v: Value?) -> UnsafeMutableRawPointer? {
            guard case .object(let o)? = v else { return nil }
            resumeCallees.append(o)
            return Unmanaged.passUnretained(o).toOpaque()
        }
        genSendID = id(BuiltinTypes.generator.typeDict.getStr("send"))
        genNextID = id(BuiltinTypes.generator.typeDict.getStr("__next__"))
        coroSendID = id(BuiltinTypes.coroutine.typeDict.getStr("send"))
        nextBuiltinID = id(builtins.getStr("next"))
    }

    /// For the run loop's CALL: when `callee` is `generator.send`, `coroutine.send` (two
    /// arguments), `generator.__next__` or the builtin `next` (one argument) and the first
    /// argument is a generator (coroutine for `coroutine.send`) that still has a frame, that
    /// generator, borrowed from its slot; else nil. The run loop then resumes it like FOR_ITER
    /// does, instead of a native call running a nested loop; RETURN_VALUE raises the
    /// StopIteration at the call. Everything else (finished generators, wrong receivers, a
    /// default for next()) takes the ordinary call, which has the error messages.
    @inline(__always) func generatorResumedByCall(_ callee: Unmanaged<PyObject>, _ args: UnsafeMutablePointer<Value>,
                                                  _ argc: Int) -> Unmanaged<PyObject>? {
        let c = callee.toOpaque()
        let kind: PyGenerator.Kind
        if argc == 1 {
            guard c == nextBuiltinID || c == genNextID else { return nil }
            kind = .generator
        } else if argc == 2 {
            if c == genSendID { kind = .generator } else if c == coroSendID { kind = .coroutine } else { return nil }
        } else {
            return nil
        }
        guard let gu = args.unretainedObject else { return nil }
        let ok = gu._withUnsafeGuaranteedRef { o -> Bool in
            guard let g = o as? PyGenerator else { return false }
            return g.kind == kind && g.frame != nil
        }
        return ok ? gu : nil
    }

    // MARK: native-side driving (send/throw/close, next() from builtins)

    /// Resumes `gen` with `v` from native code. `.returned` means the generator finished.
    func resumeGenerator(_ gen: PyGenerator, sending v: Value) throws -> ExecResult {
        guard let gf = gen.frame else {
            if gen.kind == .coroutine && gen.started { throw PyErr.runtimeError("cannot reuse already awaited coroutine") }
            return .returned(.none)
        }
        try resumeCheck(gen, v)
        gf.back = nil
        return try execute(enterGeneratorChain(gen, gf, sending: v))
    }

    /// `gen.throw(exc)`: raises `exc` at the suspension point, delegating to a sub-iterator
    /// first when the generator is suspended in `yield from`/`await` (PEP 380).
    func throwIntoGenerator(_ gen: PyGenerator, _ exc: PyBaseException, originalArgs: [Value]? = nil) throws -> ExecResult {
        guard let gf = gen.frame else { throw exc }
        if gen.running { throw PyErr.valueError("\(gen.kindName) already executing") }
        if gen.started, let receiver = delegatedReceiver(gf) {
            // Forward to the sub-iterator; GeneratorExit closes it instead.
            var outcome: ExecResult
            do {
                gen.running = true
                defer { gen.running = false }
                if exc.type.isSubtype(of: BuiltinTypes.GeneratorExit) {
                    try closeIterator(receiver)
                    throw exc
                }
                if case .object(let ro) = receiver, let sub = ro as? PyGenerator {
                    outcome = try throwIntoGenerator(sub, exc, originalArgs: originalArgs)
                } else if let thrower = try? getAttr(receiver, intern("throw")) {
                    do {
                        outcome = .yielded(try callValues(thrower, originalArgs ?? [.object(exc)]))
                    } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.StopIteration) {
                        outcome = .returned(stopIterationValue(e))
                    }
                } else {
                    throw exc
                }
            } catch let inner as PyBaseException {
                // The sub-iterator raised: continue in this frame with that exception.
                gf.pendingThrow = inner
                gf.back = nil
                enterGenerator(gen, gf, sending: .none)
                return try execute(gf)
            }
            switch outcome {
            case .yielded(let y):
                return .yielded(y)
            case .returned(let r):
                // The delegation finished: continue after the SEND with its result.
                let sendWord = gf.rt.instructions[gf.pc - 2]
                (gf.stackBase + gf.stackDepth - 1).pointee = r
                gf.pc = Instr.arg(sendWord)
                gf.back = nil
                gen.running = true
                depth += 1
                swapInGeneratorExcState(gf)
                return try execute(gf)
            }
        }
        if !gen.started {
            // Never started: the exception is raised at the top of the body, with no handlers.
            gen.started = true
            finishGenerator(gen, gf)
            throw exc
        }
        gf.pendingThrow = exc
        gf.back = nil
        gen.running = true
        depth += 1
        swapInGeneratorExcState(gf)
        return try execute(gf)
    }

    /// The receiver of the `yield from`/`await` the frame is suspended in, if any.
    func delegatedReceiver(_ gf: Frame) -> Value? {
        guard suspendedInDelegation(gf) else { return nil }
        return (gf.stackBase + gf.stackDepth - 1).pointee
    }

    /// `gen.close()`.
    func closeGenerator(_ gen: PyGenerator) throws {
        guard let gf = gen.frame else { return }
        if !gen.started {
            finishGenerator(gen, gf)
            return
        }
        let exit = PyBaseException(type: BuiltinTypes.GeneratorExit, args: [])
        do {
            switch try throwIntoGenerator(gen, exit) {
            case .yielded:
                throw PyErr.runtimeError("\(gen.kindName) ignored GeneratorExit")
            case .returned:
                return
            }
        } catch let e as PyBaseException {
            if e.type.isSubtype(of: BuiltinTypes.GeneratorExit) || e.type.isSubtype(of: BuiltinTypes.StopIteration) { return }
            throw e
        }
    }

    func closeIterator(_ it: Value) throws {
        if case .object(let o) = it, let g = o as? PyGenerator { try closeGenerator(g); return }
        if let close = try? getAttr(it, intern("close")) { _ = try callValues(close, []) }
    }

    func stopIterationValue(_ e: PyBaseException) -> Value {
        if let v = e.attribute("value") { return v }
        return e.args.items.first ?? .none
    }

    /// Generic `SEND`: `next(receiver)` when sending None, else `receiver.send(v)`.
    func sendGeneric(_ receiver: Value, _ v: Value) throws -> ExecResult {
        if case .object(let o) = receiver {
            if let gen = o as? PyGenerator {
                return try resumeGenerator(gen, sending: v)
            }
            if let it = o as? PyNativeIterator {
                if let sender = it as? NativeSendable { return try sender.send(self, v) }
                if v.isNone {
                    if let r = try it.next(self) { return .yielded(r) }
                    return .returned(.none)
                }
            }
        }
        do {
            if v.isNone {
                if let r = try next(receiver) { return .yielded(r) }
                return .returned(lastStopValue)
            }
            return .yielded(try callMethod(receiver, "send", [v]))
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.StopIteration) {
            return .returned(stopIterationValue(e))
        }
    }

    /// `yield from x`: coroutines from `types.coroutine` generators pass through; others use iter().
    func getYieldFromIter(_ v: Value, inCoroutine: Bool) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine && !inCoroutine && !(currentFrame?.code.flags.contains(.iterableCoroutine) ?? false) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return v
        }
        return try getIter(v)
    }

    /// `await x`: the iterator to drive. Coroutines directly; generators flagged by
    /// types.coroutine; otherwise `x.__await__()`, which must return an iterator.
    func getAwaitable(_ v: Value, context: Int) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine {
                if let f = g.frame, g.started, delegatedReceiver(f) != nil {
                    throw PyErr.runtimeError("coroutine is being awaited already")
                }
                g.wasAwaited = true
                return v
            }
            if g.kind == .generator && g.code.flags.contains(.iterableCoroutine) { return v }
        }
        guard let awaitMethod = v.type.lookup(names.dawait) else {
            switch context {
            case 1: throw PyErr.typeError("'async with' received an object from __aenter__ that does not implement __await__: \(v.type.name)")
            case 2: throw PyErr.typeError("'async with' received an object from __aexit__ that does not implement __await__: \(v.type.name)")
            default: throw PyErr.typeError("object \(v.type.name) can't be used in 'await' expression")
            }
        }
        let it = try callValues(awaitMethod, [v])
        if case .object(let io) = it, let g = io as? PyGenerator, g.kind == .coroutine {
            throw PyErr.typeError("__await__() returned a coroutine")
        }
        guard it.type.lookup(names.dnext) != nil || it.asObject is PyNativeIterator else {
            throw PyErr.typeError("__await__() returned non-iterator of type '\(it.type.name)'")
        }
        return it
    }

    func getAiter(_ v: Value) throws -> Value {
        guard let m = v.type.lookup(names.daiter) else {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got \(v.type.name)")
        }
        let it = try callValues(m, [v])
        if it.type.lookup(names.danext) == nil {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(it.type.name)")
        }
        return it
    }

    func getAnext(_ ait: Value) throws -> Value {
        guard let m = ait.type.lookup(names.danext) else {
            throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got \(ait.type.name)")
        }
        let aw = try callValues(m, [ait])
        do {
            return try getAwaitable(aw, context: 0)
        } catch let e as PyBaseException where e.type === BuiltinTypes.TypeError {
            throw PyErr.typeError("'async for' received an invalid object from __anext__: \(aw.type.name)")
        }
    }

    func beforeAsyncWith(_ mgr: Value) throws -> (Value, Value) {
        guard let enter = mgr.type.lookup(intern("__aenter__")) else {
            throw PyErr.typeError("'\(mgr.type.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = mgr.type.lookup(intern("__aexit__")) else {
            throw PyErr.typeError("'\(mgr.type.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bindDescriptor(exit, mgr)
        let entered = try callValues(enter, [mgr])
        return (boundExit, entered)
    }

    func beforeWith(_ mgr: Value) throws -> (Value, Value) {
        guard let enter = mgr.type.lookup(names.denter) else {
            throw PyErr.typeError("'\(mgr.type.name)' object does not support the context manager protocol")
        }
        guard let exit = mgr.type.lookup(names.dexit) else {
            throw PyErr.typeError("'\(mgr.type.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bindDescriptor(exit, mgr)
        let entered = try callValues(enter, [mgr])
        return (boundExit, entered)
    }
}

extension PyGenerator {
    var kindName: String {
        switch kind {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async generator"
        }
    }
}

/// Native iterators that accept `send` (awaitables implemented in Swift, e.g. futures).
protocol NativeSendable {
    func send(_ interp: Interpreter, _ v: Value) throws -> ExecResult
}

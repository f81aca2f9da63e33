// Greenlet switching inside the run loop: the running frame chain is parked in the current
// greenlet and the target's chain (or a fresh frame for its `run`) continues in the same loop.

extension Interpreter {
    enum GreenletAction {
        /// Continue in this frame, pushing the value as the result of its pending switch().
        case resume(Frame, push: Value?)
        /// Continue in this frame by raising the exception at its pending switch().
        case raise(Frame, PyBaseException)
        /// No switch happened: the switch() call evaluates to this value.
        case value(Value)
        /// A greenlet being killed switched back to its killer: the kill's run-loop invocation
        /// returns this value (the chain switched away from stays parked).
        case leave(Value)
    }

    /// The greenlet and whether this is `throw`, when `callee` is a greenlet switch/throw.
    func greenletCall(_ callee: Value, _ args: UnsafeMutablePointer<Value>, _ argc: Int) -> (PyGreenlet, Bool, Int)? {
        guard case .object(let co) = callee else { return nil }
        if co === greenletSwitchDescriptor || co === greenletThrowDescriptor {
            guard argc >= 1, let g = args[0].asObject as? PyGreenlet else { return nil }
            return (g, co === greenletThrowDescriptor, 1)
        }
        if let b = co as? PyBuiltinFunction, let origin = b.origin,
           origin === greenletSwitchDescriptor || origin === greenletThrowDescriptor,
           let g = b.boundSelf?.asObject as? PyGreenlet {
            return (g, origin === greenletThrowDescriptor, 0)
        }
        return nil
    }

    /// Switches from the running frame `f` (already saved) to `target`.
    func greenletSwitch(from f: Frame, entry: Frame, invocation: Int, to target: PyGreenlet, args: [Value],
                        kwargs: [(String, Value)], throwing: PyBaseException?) throws -> GreenletAction {
        let cur = currentGreenlet
        let toKiller = greenletKill.map { $0.killer === target && $0.invocation == invocation } ?? false
        if target !== cur && target.started && !target.dead && target.boundInvocation != -1 && target.boundInvocation != invocation
            && !toKiller {
            throw PyErr.make(BuiltinTypes.greenletError, "cannot switch greenlets across a native call boundary")
        }
        // The chain being parked: bound to this invocation when it ends in its entry frame.
        var bottom = f
        while let b = bottom.caller { bottom = b }
        let parkBinding = bottom === entry ? invocation : -1
        let value: Value
        if kwargs.isEmpty {
            value = args.count == 1 ? args[0] : .object(PyTuple(args))
        } else {
            let d = PyDict()
            for (k, v) in kwargs { d.setStr(intern(k), v) }
            value = args.isEmpty ? .object(d) : .object(PyTuple([.object(PyTuple(args)), .object(d)]))
        }
        if target === cur {
            if let e = throwing { return .raise(f, e) }
            return .value(value)
        }
        if target.dead {
            if let e = throwing { return e.type.isSubtype(of: BuiltinTypes.GreenletExit) ? .value(.object(e)) : .raise(f, e) }
            return .value(value)
        }
        if !target.started {
            if let e = throwing {
                target.started = true
                target.dead = true
                return e.type.isSubtype(of: BuiltinTypes.GreenletExit) ? .value(.object(e)) : .raise(f, e)
            }
            var run = target.run
            var callArgs = args
            if case .object(let ro) = run, let bm = ro as? PyBoundMethod {
                run = bm.function
                callArgs.insert(bm.selfValue, at: 0)
            }
            guard case .object(let fo) = run, let fn = fo as? PyFunction, !fn.code.isGeneratorLike else {
                throw PyErr.notImplemented("greenlet run must be a Python function in Coil (got \(run.type.name))")
            }
            var all = callArgs
            all.append(contentsOf: kwargs.map { $0.1 })
            let kwnames: PyTuple? = kwargs.isEmpty ? nil : PyTuple(kwargs.map { .object(intern($0.0)) })
            let nf = try all.withUnsafeBufferPointer {
                try makeFrame(fn, args: $0.baseAddress ?? UnsafePointer(emptyArgs), argc: all.count, kwnames: kwnames)
            }
            try pushDepth()
            target.started = true
            target.run = .none
            nf.greenletOwner = target
            cur.topFrame = f
            cur.boundInvocation = parkBinding
            greenletState = target
            return .resume(nf, push: nil)
        }
        guard let tf = target.topFrame else {
            if toKiller {
                cur.topFrame = f
                cur.boundInvocation = parkBinding
                greenletState = target
                return .leave(value)
            }
            throw PyErr.make(BuiltinTypes.greenletError, "cannot switch to a greenlet that is running in another context")
        }
        target.topFrame = nil
        cur.topFrame = f
        cur.boundInvocation = parkBinding
        greenletState = target
        if let e = throwing { return .raise(tf, e) }
        return .resume(tf, push: value)
    }

    /// The greenlet whose bottom frame just returned `result` (or raised `error`) is dead:
    /// control passes to its nearest live parent.
    func greenletFinished(_ g: PyGreenlet, invocation: Int, result: Value, error: PyBaseException?) -> GreenletAction? {
        g.dead = true
        g.topFrame = nil
        var p = g.parent
        while let pp = p, pp.dead { p = pp.parent }
        guard let parent = p, let pf = parent.topFrame,
              parent.boundInvocation == -1 || parent.boundInvocation == invocation else { return nil }
        parent.topFrame = nil
        greenletState = parent
        if let e = error {
            if e.type.isSubtype(of: BuiltinTypes.GreenletExit) { return .resume(pf, push: .object(e)) }
            return .raise(pf, e)
        }
        return .resume(pf, push: result)
    }
}

extension Interpreter {
    /// Kills a suspended greenlet that became unreachable: GreenletExit is raised at its pending
    /// switch and its chain runs in a nested run loop until its bottom frame ends, with the
    /// killing greenlet as its parent (as the greenlet package does). Failures are unraisable.
    func killGreenlet(_ g: PyGreenlet) {
        guard let top = g.topFrame else { return }
        var bottom = top
        while let b = bottom.caller { bottom = b }
        let killer = currentGreenlet
        let savedHandled = handled
        g.topFrame = nil
        g.parent = killer
        greenletState = g
        top.pendingThrow = PyBaseException(type: BuiltinTypes.GreenletExit,
                                           args: [Value("Killing the greenlet because all references have vanished.")])
        var failure: PyBaseException? = nil
        // The run-loop invocation `execute` is about to start: a switch back to the killer
        // made from it ends the kill (GreenletSwitch's `.leave`).
        let savedKill = greenletKill
        greenletKill = (killer, invocationCounter &+ 1)
        do {
            _ = try execute(bottom, resumingAt: top)
        } catch let e as PyBaseException {
            if !e.type.isSubtype(of: BuiltinTypes.GreenletExit) { failure = e }
        } catch {}
        greenletKill = savedKill
        greenletState = killer
        handled = savedHandled
        if g.topFrame != nil {
            // It switched away instead of ending (the greenlet package resurrects it; nothing
            // can reach it any more, so its chain is dropped here).
            stderrWriter.write("GreenletExit did not kill <greenlet.greenlet object at \(addressString(g)) (otid=0x0) suspended active started>\n")
            return
        }
        g.dead = true
        bottom.greenletOwner = nil
        if let e = failure {
            writeUnraisable(e, context: "<greenlet.greenlet object at \(addressString(g)) (otid=0x0) dead>")
        }
    }
}

let greenletThrowDescriptor = PyMethodDescriptor(name: "throw", owner: BuiltinTypes.greenlet) { _, _ in
    throw PyErr.make(BuiltinTypes.greenletError, "cannot switch greenlets across a native call boundary (throw() called from native code)")
}

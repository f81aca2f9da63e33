// The greenlet module (the PyPI package's core API). A greenlet owns a chain of suspended
// frames; `switch` swaps the running chain inside the run loop (VM/GreenletSwitch.swift), so
// no Swift thread or stack is involved and a switch costs a few pointer moves.

public final class PyGreenlet: PyObject {
    /// The function to run (nil once started).
    var run: Value
    public var parent: PyGreenlet?
    /// Innermost frame of the suspended chain (nil while running, before start, when dead).
    var topFrame: Frame?
    var started = false
    var dead = false
    let isMain: Bool
    /// When the parked chain ends in the entry frame of a run-loop invocation (the main
    /// greenlet's module frame, or a frame called from native code), only that invocation can
    /// resume it: its id, else -1.
    var boundInvocation = -1
    /// Set on the wrapper that a dropped greenlet's chain is moved to, so it is killed only once.
    var killAttempted = false

    init(run: Value, parent: PyGreenlet?, isMain: Bool = false, type: PyType = BuiltinTypes.greenlet) {
        self.run = run
        self.parent = parent
        self.isMain = isMain
        super.init(type: type)
        if isMain { started = true }
        trackGC(self)
    }

    public var isActive: Bool { started && !dead }

    deinit {
        // A suspended greenlet nobody references is killed like the greenlet package does it:
        // its chain moves to a fresh wrapper that the next safepoint throws GreenletExit into.
        // Main greenlets and chains bound to a run-loop invocation (parked inside a native
        // callback) cannot be resumed from a safepoint; their frames are just freed.
        guard let top = topFrame else { return }
        var bottom = top
        while let b = bottom.caller { bottom = b }
        guard !isMain, !killAttempted, boundInvocation == -1, let interp = Heap.current?.owner else {
            // The frames may outlive this object briefly; they must not point at it.
            if bottom.greenletOwner === self { bottom.greenletOwner = nil }
            return
        }
        let heir = PyGreenlet(run: .none, parent: parent)
        heir.started = true
        heir.killAttempted = true
        heir.topFrame = top
        bottom.greenletOwner = heir
        interp.pendingFinalizers.append(.greenlet(heir))
    }

    /// A suspended greenlet is not collectable, as in the greenlet package: what its frames
    /// reference is not reported (so it stays alive), and when it is only held by cyclic
    /// garbage the collector leaves its frames alone; clearing the garbage then drops it and
    /// `deinit` kills it.
    var holdsSuspendedChain: Bool { topFrame != nil && !isMain }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(run, visit)
        if let p = parent { visit(p) }
        if holdsSuspendedChain { return }
        var fr = topFrame
        while let f = fr { f.traverse(visit); fr = f.caller }
    }

    public override func clearReferences() {
        if holdsSuspendedChain { return }
        super.clearReferences()
        run = .none
        parent = nil
        topFrame = nil
    }
}

extension BuiltinTypes {
    public static let greenlet = make("greenlet.greenlet", layout: .other)
    public static let GreenletExit = exc("GreenletExit", BaseException)
    public static let greenletError = exc("error", Exception)
}

/// The method object run loops recognise as a greenlet switch.
let greenletSwitchDescriptor = PyMethodDescriptor(name: "switch", owner: BuiltinTypes.greenlet) { interp, args in
    // Reached only when called from native code (not from the run loop).
    throw PyErr.make(BuiltinTypes.greenletError, "cannot switch greenlets across a native call boundary (switch() called from native code)")
}

extension Interpreter {
    /// The running greenlet (the main one is created on first use).
    var currentGreenlet: PyGreenlet {
        if let g = greenletState { return g }
        let main = PyGreenlet(run: .none, parent: nil, isMain: true)
        greenletState = main
        return main
    }
}

func makeGreenletModule(_ interp: Interpreter) throws -> PyModule {
    let t = BuiltinTypes.greenlet
    if t.typeDict.getStr("switch") == nil { installGreenletType() }
    let m = interp.makeNativeModule("greenlet", [
        ("getcurrent", { interp, _ in .object(interp.currentGreenlet) }),
        ("gettrace", { _, _ in .none }),
        ("settrace", { _, _ in .none }),
    ])
    m.dict?.setStr("greenlet", .object(t))
    m.dict?.setStr("GreenletExit", .object(BuiltinTypes.GreenletExit))
    m.dict?.setStr("error", .object(BuiltinTypes.greenletError))
    m.dict?.setStr("__version__", Value("3.0.0"))
    BuiltinTypes.GreenletExit.typeDict.setStr("__module__", Value("greenlet"))
    BuiltinTypes.greenletError.typeDict.setStr("__module__", Value("greenlet"))
    t.typeDict.setStr("__module__", Value("greenlet"))
    return m
}

func installGreenletType() {
    let t = BuiltinTypes.greenlet
    t.name = "greenlet"
    t.qualname = "greenlet"
    t.addStaticMethod("__new__") { interp, args in
        guard let cls = args.count >= 1 ? args[0].asType : nil else { throw PyErr.typeError("greenlet.__new__ needs a type") }
        var run: Value = args.count > 1 ? args[1] : (args.keyword("run") ?? .none)
        let parentV: Value = args.count > 2 ? args[2] : (args.keyword("parent") ?? .none)
        let g = PyGreenlet(run: .none, parent: nil, type: cls)
        if cls.isHeapType { g.dict = PyDict() }
        if run.isNone, cls !== BuiltinTypes.greenlet, let r = try interp.getAttrOrNil(.object(g), "run") { run = r }
        g.run = run
        if let p = parentV.asObject as? PyGreenlet { g.parent = p } else { g.parent = interp.currentGreenlet }
        return .object(g)
    }
    t.addMethod("__init__") { _, _ in .none }
    t.addValue("switch", .object(greenletSwitchDescriptor))
    t.addValue("throw", .object(greenletThrowDescriptor))
    t.addGetter("dead") { _, v in .bool((v.asObject as? PyGreenlet)?.dead ?? false) }
    t.addGetter("run", { _, v in
        guard let g = v.asObject as? PyGreenlet, !g.started else { throw PyErr.attributeError("run") }
        return g.run
    }, set: { _, v, r in
        guard let g = v.asObject as? PyGreenlet else { return }
        if g.started { throw PyErr.attributeError("run cannot be set after the start of the greenlet") }
        g.run = r
    })
    t.addGetter("parent", { _, v in (v.asObject as? PyGreenlet)?.parent.map { .object($0) } ?? .none }, set: { _, v, p in
        guard let g = v.asObject as? PyGreenlet else { return }
        guard let np = p.asObject as? PyGreenlet else { throw PyErr.typeError("parent must be a greenlet") }
        var cur: PyGreenlet? = np
        while let c = cur {
            if c === g { throw PyErr.valueError("cyclic parent chain") }
            cur = c.parent
        }
        g.parent = np
    })
    t.addGetter("gr_frame") { _, v in
        guard let g = v.asObject as? PyGreenlet, let f = g.topFrame else { return .none }
        return .object(PyFrameObject(f))
    }
    t.addGetter("gr_context") { _, _ in .none }
    t.addMethod("__bool__") { _, args in .bool((args[0].asObject as? PyGreenlet)?.isActive ?? false) }
    t.addMethod("__repr__") { interp, args in
        guard let g = args[0].asObject as? PyGreenlet else { return Value("<greenlet>") }
        let state = g.dead ? "dead" : (g === interp.greenletState ? "current active started main" : (g.started ? "suspended active started" : "pending"))
        return Value("<greenlet.greenlet object at \(interp.addressString(g)) (otid=0x0) \(state)>")
    }
}

// Generators, coroutines and async generators: each owns one suspended Frame.

public final class PyGenerator: PyObject {
    public enum Kind { case generator, coroutine, asyncGenerator }
    public let kind: Kind
    /// nil once the generator has finished.
    var frame: Frame?
    public var name: String
    public var qualname: String
    public internal(set) var running = false
    /// True once the frame has started executing (a value may then be sent in).
    var started = false
    /// The frame currently suspended in a `yield from`/`await` on this generator, if any.
    var awaitingFrame: Frame?
    /// Async generators: the first `__anext__`/`asend`/`athrow`/`aclose` initialised the hooks.
    var asyncGenHooksInited = false
    /// Async generators: the finalizer hook current at that moment (none: close synchronously).
    var asyncGenFinalizer: Value = .none
    /// Async generators: `aclose()` was started, so reclaiming it does not call the finalizer.
    var asyncGenClosed = false
    /// Finalization already happened once (the object was resurrected for it); reclaiming it
    /// again just frees the frame, like CPython's once-only tp_finalize.
    var finalized = false
    /// Coroutines: set when the coroutine was awaited or iterated (for the never-awaited warning).
    var wasAwaited = false
    let code: CodeObject
    init(kind: Kind, frame: Frame, name: String, qualname: String, interp: Interpreter?) {
        self.kind = kind
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.code = frame.code
        let t: PyType
        switch kind {
        case .generator: t = BuiltinTypes.generator
        case .coroutine: t = BuiltinTypes.coroutine
        case .asyncGenerator: t = BuiltinTypes.asyncGenerator
        }
        super.init(type: t)
        frame.generator = self
        trackGC(self)
    }

    public var isFinished: Bool { frame == nil }

    deinit {
        // The interpreter of this thread finalizes (none once it is gone).
        guard let f = frame, !finalized, let interp = Heap.current?.owner else { return }
        if kind == .asyncGenerator && !asyncGenFinalizer.isNone && !asyncGenClosed {
            // An event loop's finalizer hook gets the generator (resurrected in a wrapper) and
            // schedules its aclose(); nothing runs in the frame now.
            let g = PyGenerator(kind: kind, frame: f, name: name, qualname: qualname, interp: nil)
            g.started = started
            g.asyncGenHooksInited = true
            g.finalized = true
            interp.pendingFinalizers.append(.asyncGenFinalizer(g, asyncGenFinalizer))
        } else if started {
            // Resurrect the frame in a fresh wrapper and close it at the next safepoint, so
            // its finally/with blocks run (CPython closes generators when reclaimed).
            let g = PyGenerator(kind: kind, frame: f, name: name, qualname: qualname, interp: nil)
            g.started = true
            interp.pendingFinalizers.append(.generator(g))
        } else if kind == .coroutine && !wasAwaited {
            interp.warnNeverAwaited(self)
        }
    }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        frame?.traverse(visit)
        visitValue(asyncGenFinalizer, visit)
    }

    public override func clearReferences() {
        super.clearReferences()
        asyncGenFinalizer = .none
        frame?.clear()
        frame = nil
    }
}

/// The value an async generator's `yield` produces, so its driver can tell it from values the
/// frame passes up from an `await`.
public final class PyAsyncGenWrapped: PyObject {
    public let value: Value
    init(_ v: Value) { value = v; super.init(type: BuiltinTypes.object) }
}

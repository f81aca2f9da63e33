// An activation of a code object. One Frame type serves functions, module and class bodies,
// generators, coroutines, async generators and greenlets: a suspended frame is just a Frame
// whose `pc`/`sp` are saved and which no run loop is executing.

/// Per-code-object runtime data, built once on first execution: materialized constants,
/// interned names and a stable copy of the instructions for the run loop's raw pointers.
final class CodeRuntime {
    let instructions: UnsafeMutablePointer<UInt32>
    let consts: UnsafeMutablePointer<Value>
    let constCount: Int
    let names: [PyStr]
    /// `names` as unretained references (the array keeps them alive): the run loop's attribute
    /// fast paths borrow a name with no retain/release pair.
    let nameRefs: UnsafeMutablePointer<Unmanaged<PyStr>>
    /// LOAD_GLOBAL inline caches, one per name index.
    let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    /// LOAD_ATTR / STORE_ATTR instance-dict caches, one per name index.
    let attrCache: UnsafeMutablePointer<AttrCacheEntry>
    let nlocals: Int
    let argCount: Int
    let ncells: Int
    /// Positional-only calling convention with no defaults needed when argc matches.
    let simpleArgs: Bool
    /// Frames kept for reuse (only frames nothing else references), linked through `nextPooled`.
    /// The pool owns one reference to each; unmanaged links keep pushes and pops free of
    /// retain/release pairs on this per-call path.
    var pooledFrame: Unmanaged<Frame>?
    var pooledCount = 0
    /// Listed in `Interpreter.pooledRuntimes` (until the next collection drains the pool).
    var inPoolRegistry = false
    /// Calls with exactly `argCount` positional arguments need no binding and no cells of
    /// their own (free variables are just the closure's cells): the run loop moves the
    /// arguments straight into the new frame's slots.
    let directCall: Bool
    /// For zero-argument `super()`: the cell holding the first argument when it is a cell
    /// variable (else -1: it is local 0), and the `__class__` cell's index (-1 when missing).
    let superSelfCell: Int
    let superClassCell: Int

    init(code: CodeObject, interp: Interpreter) {
        instructions = .allocate(capacity: max(1, code.instructions.count))
        instructions.initialize(from: code.instructions, count: code.instructions.count)
        quicken(instructions, count: code.instructions.count)
        let cv = code.constants.map { interp.materialize($0) }
        constCount = cv.count
        consts = .allocate(capacity: max(1, cv.count))
        consts.initialize(from: cv, count: cv.count)
        names = code.names.map { interp.intern($0) }
        nameRefs = .allocate(capacity: max(1, names.count))
        nameRefs.initialize(from: names.map { Unmanaged.passUnretained($0) }, count: names.count)
        globalCache = .allocate(capacity: max(1, names.count))
        globalCache.initialize(repeating: GlobalCacheEntry(), count: max(1, names.count))
        attrCache = .allocate(capacity: max(1, names.count))
        attrCache.initialize(repeating: AttrCacheEntry(), count: max(1, names.count))
        nlocals = code.varnames.count
        argCount = code.argCount
        ncells = code.cellvars.count + code.freevars.count
        simpleArgs = code.kwOnlyArgCount == 0 && !code.flags.contains(.varargs) && !code.flags.contains(.varkeywords)
        directCall = simpleArgs && code.cellvars.isEmpty && !code.isGeneratorLike
        superSelfCell = code.varnames.first.flatMap { code.cellvars.firstIndex(of: $0) } ?? -1
        superClassCell = code.freevars.firstIndex(of: "__class__").map { code.cellvars.count + $0 } ?? -1
    }

    /// A pooled frame, if any, ready for a new activation.
    @inline(__always) func takePooled() -> Frame? {
        guard let u = pooledFrame else { return nil }
        pooledFrame = u._withUnsafeGuaranteedRef { $0.nextPooled }
        pooledCount -= 1
        return u.takeRetainedValue()
    }

    /// Adds a cleared frame to the pool, which takes over the reference `frame` carries.
    @inline(__always) func pool(_ frame: Unmanaged<Frame>) {
        frame._withUnsafeGuaranteedRef { $0.nextPooled = pooledFrame }
        pooledFrame = frame
        pooledCount += 1
    }

    /// Frees the pooled frames. Each references this runtime, so the last release can free
    /// `self`: keep it alive until the loop is done.
    func drainPool() {
        inPoolRegistry = false
        withExtendedLifetime(self) {
            while let u = pooledFrame {
                pooledFrame = u._withUnsafeGuaranteedRef { $0.nextPooled }
                pooledCount -= 1
                u.release()
            }
        }
    }

    deinit {
        while let u = pooledFrame {
            pooledFrame = u._withUnsafeGuaranteedRef { $0.nextPooled }
            u.release()
        }
        globalCache.deallocate()
        nameRefs.deallocate()
        attrCache.deallocate()
        instructions.deallocate()
        consts.deinitialize(count: constCount)
        consts.deallocate()
    }
}

/// Where an instance attribute lives: an entry position in the instance dict, for instances of
/// the type whose version is remembered, for reads (`load`) and writes (`store`). Versions are
/// unique per type state (`nextTypeVersion`), so no type reference is kept; `.max` never matches.
struct AttrCacheEntry {
    /// Entry positions in the instance dict for reads and for writes.
    var load = CacheWays<Int>(empty: 0)
    var store = CacheWays<Int>(empty: 0)
    /// LOAD_METHOD: the plain function or method descriptor `name` is on the type, owned by
    /// the type's dict, which cannot change without the version changing.
    var method = CacheWays<Unmanaged<PyObject>?>(empty: nil)
    /// `cls.name` with a class as the receiver, keyed by that class's version: the entry in the
    /// dict of the MRO class that holds `name`.
    var classAttr = CacheWays<ClassAttrHit?>(empty: nil)
    /// LOAD_SUPER_METHOD, keyed by the version of the instance's class: for `__class__` ==
    /// `cls`, the method is `owner.typeDict`'s entry `index`.
    var superMethod = CacheWays<SuperMethodHit?>(empty: nil)
}

struct SuperMethodHit {
    let cls: Unmanaged<PyType>
    let owner: Unmanaged<PyType>
    let index: Int
}

/// Where a class attribute lives: entry `index` of `owner.typeDict` (owner is in the receiver's
/// MRO, so it lives as long as the receiver's version matches).
struct ClassAttrHit {
    let owner: Unmanaged<PyType>
    let index: Int
}

/// Two (type version, payload) pairs, so a site that sees instances of two types (a method
/// inherited by a subclass) does not thrash.
struct CacheWays<Payload> {
    var v1: UInt64 = .max
    var p1: Payload
    var v2: UInt64 = .max
    var p2: Payload

    init(empty: Payload) { p1 = empty; p2 = empty }

    @inline(__always) func payload(for version: UInt64) -> Payload? {
        if v1 == version { return p1 }
        if v2 == version { return p2 }
        return nil
    }

    @inline(__always) mutating func set(_ version: UInt64, _ payload: Payload) {
        if v1 == version { p1 = payload } else if v2 == version { p2 = payload } else {
            v2 = v1; p2 = p1
            v1 = version; p1 = payload
        }
    }
}

/// Where a global name was found: the entry index in the module dict (`builtinsVersion == 0`)
/// or in builtins, valid while the dicts' key-layout versions match.
struct GlobalCacheEntry {
    var globalsVersion: UInt = 0
    var builtinsVersion: UInt = 0
    var index = 0
}

public final class Frame {
    public let code: CodeObject
    let rt: CodeRuntime
    public var globals: PyDict
    var builtins: PyDict
    /// The namespace of module and class bodies (non-optimized code).
    public var locals: PyDict?
    /// Index of the next instruction.
    var pc = 0
    /// Slots: `nlocals` locals, then `ncells` cells, then the value stack.
    let slots: UnsafeMutablePointer<Value>
    let slotCount: Int
    /// `slots + nlocals + ncells`: stored, since every call and return computes stack depths.
    let stackBase: UnsafeMutablePointer<Value>
    /// Saved stack depth (number of values on the stack) while not executing.
    var stackDepth = 0
    /// The frame to return to (the caller, or the frame that resumed this generator).
    var back: Frame?
    /// `back != nil` without copying the reference (`==` on an Optional copies it: a
    /// retain/release pair on every return).
    @inline(__always) var hasBack: Bool {
        if case .none = back { return false }
        return true
    }
    /// Set while a call (`g.send(v)`, `next(g)`) resumed this generator frame inside the run
    /// loop: the call's stack slot gave its reference here, keeping the generator alive until
    /// the frame yields or finishes. Not traversed by the collector: it acts as a root, like the
    /// argument a native call would hold.
    var callResumed: PyGenerator?
    /// For `__init__` frames pushed by a class call: the instance the call returns.
    var initInstance: PyObject?
    /// The generator/coroutine owning this frame, if any. Unmanaged: the generator owns the
    /// frame; the run loop borrows it (`_withUnsafeGuaranteedRef`) on every yield and tests it
    /// for nil (`hasGenerator`), where an `unowned(unsafe)` read would retain and release it.
    var generatorRef: Unmanaged<PyGenerator>?
    var generator: PyGenerator? {
        @inline(__always) get { generatorRef?.takeUnretainedValue() }
        @inline(__always) set { generatorRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    @inline(__always) var hasGenerator: Bool { generatorRef != nil }
    /// The exception being handled when this (generator) frame was suspended.
    var savedHandled: Value = .none
    /// Set on the bottom frame of a greenlet's chain: returning from it ends the greenlet.
    /// Not a strong reference: the greenlet owns its parked chain, and must be freed (and killed)
    /// when scripts drop it. Not `weak` either: a weak reference gives the greenlet a side table,
    /// which puts every retain/release of it on the runtime's slow path (measured: greenlet
    /// ping-pong 1.9x slower). A greenlet's deinit clears or re-targets this link.
    var greenletOwner: PyGreenlet? {
        @inline(__always) get { greenletOwnerRef?.takeUnretainedValue() }
        @inline(__always) set { greenletOwnerRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    private var greenletOwnerRef: Unmanaged<PyGreenlet>?
    /// An exception to raise at the suspension point when the frame resumes (`throw()`).
    var pendingThrow: PyBaseException?
    /// Link in the code's frame pool (the pool owns the reference).
    var nextPooled: Unmanaged<Frame>?
    /// While a resumption runs this generator frame directly on behalf of frames suspended in
    /// `yield from`/`await` (see `enterGeneratorChain`): the frame delegating to this one.
    /// Set only while running; kept alive by its own generator.
    var delegatorRef: Unmanaged<Frame>?
    var delegator: Frame? {
        @inline(__always) get { delegatorRef?.takeUnretainedValue() }
        @inline(__always) set { delegatorRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    @inline(__always) var hasDelegator: Bool { delegatorRef != nil }

    /// The frame this one returns or yields into: the delegating frame while a `yield from`
    /// chain runs its innermost delegate directly, else `back`.
    var caller: Frame? { delegator ?? back }

    init(code: CodeObject, rt: CodeRuntime, globals: PyDict, builtins: PyDict) {
        self.code = code
        self.rt = rt
        self.globals = globals
        self.builtins = builtins
        slotCount = rt.nlocals + rt.ncells + code.stackSize + 1
        slots = .allocate(capacity: slotCount)
        stackBase = slots + rt.nlocals + rt.ncells
        slots.initialize(repeating: .undefined, count: rt.nlocals + rt.ncells)
    }

    @inline(__always) var cellBase: UnsafeMutablePointer<Value> { slots + rt.nlocals }


    /// Clears the locals and the stack so the frame can be pooled or dropped.
    /// Fields that are usually already empty are tested first: a release call per field
    /// would cost more than the check on this hot path.
    /// Tests use `case` patterns, not `!= nil` / `isNone`, which copy the field (a retain and
    /// release for objects); slots holding no object are overwritten without a destroy call.
    @inline(__always) func clear() {
        if stackDepth > 0 {
            for i in 0..<stackDepth { (stackBase + i).deinitialize(count: 1) }
            stackDepth = 0
        }
        let n = rt.nlocals + rt.ncells
        var i = 0
        while i < n {
            if case .object = slots[i] { slots[i] = .undefined } else { (slots + i).initialize(to: .undefined) }
            i &+= 1
        }
        if hasBack { back = nil }
        if case .some = locals { locals = nil }
        if case .some = initInstance { initInstance = nil }
        if case .some = callResumed { callResumed = nil }
        if case .none = savedHandled {} else { savedHandled = .none }
        greenletOwnerRef = nil
        if case .some = pendingThrow { pendingThrow = nil }
        delegatorRef = nil
    }

    deinit {
        stackBase.deinitialize(count: stackDepth)
        slots.deinitialize(count: rt.nlocals + rt.ncells)
        slots.deallocate()
    }

    /// Source location of the instruction at `index`.
    func location(at index: Int) -> SourceLoc {
        let locs = code.locations
        if index >= 0 && index < locs.count { return locs[index] }
        return locs.last ?? .none
    }

    /// Current line (of the instruction being executed / last executed).
    public var currentLine: Int { Int(location(at: max(0, pc - 1)).line) }

    /// Cell `i` (cellvars then freevars).
    @inline(__always) func cell(_ i: Int) -> PyCell {
        // Cells are created at frame setup and never replaced.
        if case .object(let o) = cellBase[i] { return unsafeDowncast(o, to: PyCell.self) }
        let c = PyCell()
        cellBase[i] = .object(c)
        return c
    }

    func traverse(_ visit: (PyObject) -> Void) {
        visit(globals)
        if let l = locals { visit(l) }
        for i in 0..<(rt.nlocals + rt.ncells) { visitValue(slots[i], visit) }
        for i in 0..<stackDepth { visitValue(stackBase[i], visit) }
        if let o = initInstance { visit(o) }
        visitValue(savedHandled, visit)
    }
}


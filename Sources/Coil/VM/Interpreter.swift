#if canImport(Glibc)
import Glibc
#endif

// One Coil interpreter: all mutable run-time state hangs off this object (no globals), so
// several interpreters can live in one process, each used from one thread at a time.

public final class Interpreter {
    /// Container registry for the cycle collector.
    public let heap = Heap()
    public let builtins: PyDict
    /// `sys.modules`.
    public let modules: PyDict
    public internal(set) var sysModule: PyModule!
    public internal(set) var builtinsModule: PyModule!
    var internTable: [String: PyStr] = [:]
    /// Special-method names interned once.
    let names: InternedNames

    /// Python-level frame depth (RecursionError past `recursionLimit`).
    public var recursionLimit = 1000
    var depth = 0
    /// How many times Swift code has re-entered the run loop (bounded separately: each
    /// re-entry costs Swift stack).
    var nativeDepth = 0
    let maxNativeDepth = 400
    /// The exception currently being handled (`sys.exc_info()`), or None.
    var handled: Value = .none
    /// The innermost frame executing in the current run loop (for tracebacks, super(), globals()).
    /// Unowned: the executing frames are kept alive by the run loop and their `back` links.
    unowned(unsafe) var currentFrame: Frame?

    /// Where print() and tracebacks write when sys.stdout/sys.stderr are the defaults.
    public var stdoutWriter: OutputStreamBuffer
    public var stderrWriter: OutputStreamBuffer
    /// Program arguments as `sys.argv`.
    public var argv: [String] = [""]
    /// Native modules by name, created on first import.
    var nativeModuleFactories: [String: (Interpreter) throws -> PyModule] = [:]
    /// The `__main__` module's filename, for tracebacks.
    public var mainPath: String = "<string>"
    /// Source text of compiled files by filename, for traceback source lines.
    var sources: [String: [Substring]] = [:]
    /// Pending "coroutine … was never awaited" warnings and similar, printed at safepoints.
    var warningsShown: Set<String> = []
    /// Frames of generators reclaimed while suspended, to be closed at the next safepoint.
    var pendingFinalizers: [PendingFinalizer] = [] {
        didSet { hasPendingFinalizers = !pendingFinalizers.isEmpty }
    }
    /// Mirrors `!pendingFinalizers.isEmpty` as a plain stored Bool for the run loop's safepoints.
    var hasPendingFinalizers = false
    /// True while finalizers run: ones queued meanwhile wait for the outer loop, so they run in
    /// the order they were queued (newest first) rather than nested inside each other.
    var runningFinalizers = false
    /// sys.set_asyncgen_hooks: called when an async generator is first iterated / reclaimed.
    var asyncGenFirstIter: Value = .none
    var asyncGenFinalizer: Value = .none
    /// The running greenlet, once the greenlet module was used.
    var greenletState: PyGreenlet?
    /// The greenlet killing an unreachable one, and the run-loop invocation running the victim.
    var greenletKill: (killer: PyGreenlet, invocation: Int)?
    /// Counts run-loop invocations (greenlet chains bound to one must resume in it).
    var invocationCounter = 0
    /// Code runtimes whose frame pools hold frames. A pooled frame references its code, runtime
    /// and globals, which keeps code objects (and e.g. `exec` namespaces) alive in a cycle;
    /// the pools are emptied at every collection so such code can be freed (see `recycle`).
    var pooledRuntimes: [CodeRuntime] = []
    /// The value of the last StopIteration swallowed by `next(_:)`.
    var lastStopValue: Value = .none
    /// A valid pointer for zero-argument calls.
    /// Hot builtin types kept in stored properties: reading a `static let` goes through a
    /// lazy-initialization check on every access.
    let functionType = BuiltinTypes.function
    let listType = BuiltinTypes.list
    let dictType = BuiltinTypes.dict
    let generatorType = BuiltinTypes.generator
    let coroutineType = BuiltinTypes.coroutine
    let tupleType = BuiltinTypes.tuple
    let strType = BuiltinTypes.str
    let builtinFunctionType = BuiltinTypes.builtinFunction
    let methodDescriptorType = BuiltinTypes.methodDescriptor
    let greenletType = BuiltinTypes.greenlet
    let typeType = BuiltinTypes.type
    /// `binOpDunders` as interned names, for operator dispatch to dunder methods.
    lazy var binOpNames: [(name: PyStr, rname: PyStr, iname: PyStr)] =
        binOpDunders.map { (intern($0.name), intern($0.rname), intern($0.iname)) }
    /// Builtins the CALL handler specializes (SpecializedCalls.swift), by address.
    var lenBuiltinID: UnsafeMutableRawPointer? = nil
    var isinstanceBuiltinID: UnsafeMutableRawPointer? = nil
    var listAppendID: UnsafeMutableRawPointer? = nil
    /// The callables a CALL may resume a generator with in the run loop (see
    /// `generatorResumedByCall`), compared by address. `resumeCallees` keeps them alive so an
    /// address is never reused by another object.
    var resumeCallees: [PyObject] = []
    var genSendID: UnsafeMutableRawPointer? = nil
    var coroSendID: UnsafeMutableRawPointer? = nil
    var genNextID: UnsafeMutableRawPointer? = nil
    var nextBuiltinID: UnsafeMutableRawPointer? = nil

    let emptyArgs: UnsafeMutablePointer<Value> = {
        let p = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        p.initialize(to: .undefined)
        return p
    }()

    public init(stdout: OutputStreamBuffer = .stdout, stderr: OutputStreamBuffer = .stderr) {
        _ = BuiltinTypes.installed
        heap.makeCurrent()
        self.stdoutWriter = stdout
        self.stderrWriter = stderr
        var table: [String: PyStr] = [:]
        names = InternedNames { s in
            if let p = table[s] { return p }
            let p = PyStr(s)
            p.isInterned = true
            table[s] = p
            return p
        }
        internTable = table
        builtins = PyDict()
        modules = PyDict()
        heap.owner = self
        setupBuiltinsModule()
        rememberResumeCallees()
        rememberSpecializedCallees()
        setupSysModule()
        registerNativeModules()
    }

    deinit {
        drainFramePools()
        if Heap.current === heap { pthread_setspecific(Heap.key, nil) }
    }

    /// Frees every pooled frame (they are only a cache).
    func drainFramePools() {
        let rts = pooledRuntimes
        pooledRuntimes = []
        for rt in rts { rt.drainPool() }
    }

    /// Runs the cycle collector now (also triggered automatically at safepoints).
    @discardableResult
    public func collectGarbage() -> Int {
        heap.collect()
    }

    /// The interned str for `s`: the same object for every use of a name, so attribute
    /// caches can compare by identity.
    public func intern(_ s: String) -> PyStr {
        if let p = internTable[s] { return p }
        let p = PyStr(s)
        p.isInterned = true
        internTable[s] = p
        return p
    }

    /// A run-time value for a compiler constant.
    func materialize(_ c: CodeConstant) -> Value {
        switch c {
        case .none: return .none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .ellipsis: return .object(BuiltinTypes.ellipsis)
        case .int(let i): return .int(i)
        case .bigInt(let s): return makeInt(parsingDecimal: s)
        case .float(let d): return .float(d)
        case .imaginary(let d): return makeComplex(real: 0, imag: d)
        case .str(let s): return .object(intern(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .tuple(let items): return .object(PyTuple(items.map { materialize($0) }))
        case .frozenset(let items):
            // Constants are hashable builtins whose hash and == never fail or run script code.
            let set = (try? makeConstantFrozenset(items.map { materialize($0) })) ?? PySet(frozen: true)
            return .object(set)
        case .code(let code): return .object(PyCode(code))
        }
    }

    @inline(__always) func runtime(for code: CodeObject) -> CodeRuntime {
        if let rt = code.runtime { return rt }
        return makeRuntime(for: code)
    }

    func makeRuntime(for code: CodeObject) -> CodeRuntime {
        let rt = CodeRuntime(code: code, interp: self)
        code.runtime = rt
        return rt
    }

    /// Remembers a file's source so tracebacks can show its lines.
    func registerSource(_ source: String, filename: String) {
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func sourceLine(_ filename: String, _ line: Int) -> String? {
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        var s = String(lines[line - 1])
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }
}

/// Code objects as run-time values (constants of MAKE_FUNCTION).
public final class PyCode: PyObject {
    public let code: CodeObject
    public init(_ code: CodeObject) { self.code = code; super.init(type: BuiltinTypes.code) }
}

// Builtin functions over numbers and iterables (abs, divmod, pow, round, min/max, sum, any/all,
// sorted, chr/ord, hex/oct/bin, format), the code-running ones (compile/exec/eval) and the
// interactive helpers (exit/quit/help). open() and input() are in BuiltinsFunctions+IO.swift.

extension BuiltinTypes {
    /// The class of `exit`/`quit` (site's Quitter): callable, with a hint as repr.
    public static let quitter = make("Quitter", flags: [])
    /// The class of `help` (site's _Helper).
    public static let helper = make("_Helper", flags: [])

    /// Methods of Quitter and _Helper, installed once per process (types are shared).
    static let interactiveHelpersInstalled: Void = {
        let q = BuiltinTypes.quitter
        q.addMethod("__repr__") { _, args in
            let n = (args[0].asObject as? PyQuitter)?.name ?? "exit"
            return Value("Use \(n)() or Ctrl-D (i.e. EOF) to exit")
        }
        q.addMethod("__call__") { interp, args in
            let code: [Value] = args.count > 1 ? [args[1]] : []
            let e = try interp.callValues(.object(BuiltinTypes.SystemExit), code)
            if let exc = e.asException { throw exc }
            throw PyErr.make(BuiltinTypes.SystemExit, "")
        }
        let h = BuiltinTypes.helper
        h.addMethod("__repr__") { _, _ in
            Value("Type help() for interactive help, or help(object) for help about object.")
        }
        h.addMethod("__call__") { interp, args in
            if args.count > 1 {
                let v = args[1]
                let what = v.asType.map { "class \($0.name)" } ?? "\(v.type.name) object"
                try interp.writeStdout("Help on \(what):\n\n\(try interp.repr(v))\n\n")
            } else {
                try interp.writeStdout("Interactive help is not available in Coil; see https://docs.python.org/3.11/\n")
            }
            return .none
        }
    }()
}

private final class PyQuitter: PyObject {
    let name: String
    init(_ name: String) { self.name = name; super.init(type: BuiltinTypes.quitter) }
}

/// `exactly one argument` builtins: "abs() takes exactly one argument (0 given)".
@inline(__always) private func oneArgument(_ args: Args, _ name: String) throws -> Value {
    if args.hasKeywords { throw PyErr.typeError("\(name)() takes no keyword arguments") }
    if args.count != 1 { throw PyErr.typeError("\(name)() takes exactly one argument (\(args.count) given)") }
    return args[0]
}

extension Interpreter {
    /// Binary dunder dispatch for operations without an operator (divmod): a.name(b), then
    /// b.rname(a) (first when b's type is a proper subclass overriding it).
    func dunderPair(_ a: Value, _ b: Value, _ name: String, _ rname: String) throws -> Value? {
        let ta = a.type, tb = b.type
        let lm = ta.lookup(intern(name))
        var rm = ta !== tb ? tb.lookup(intern(rname)) : nil
        if let r = rm, tb.isSubtype(of: ta), !(ta.lookup(intern(rname)).map { $0.isIdentical(to: r) } ?? false) {
            let res = try callValues(r, [b, a])
            if res.asObject !== BuiltinTypes.notImplemented { return res }
            rm = nil
        }
        if let l = lm {
            let res = try callValues(l, [a, b])
            if res.asObject !== BuiltinTypes.notImplemented { return res }
        }
        if let r = rm {
            let res = try callValues(r, [b, a])
            if res.asObject !== BuiltinTypes.notImplemented { return res }
        }
        return nil
    }

    func builtinDivmod(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b, y != 0, !(x == Int.min && y == -1) {
            var q = x / y, r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return .object(PyTuple([.int(q), .int(r)]))
        }
        if case .float(let x) = a, let y = try floatOperand(b), !b.type.isHeapType { return try floatDivmodValue(x, y) }
        if case .float(let y) = b, let x = try floatOperand(a), !a.type.isHeapType { return try floatDivmodValue(x, y) }
        if let r = try dunderPair(a, b, "__divmod__", "__rdivmod__") { return r }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '\(a.type.name)' and '\(b.type.name)'")
    }

    /// pow(base, exp, mod) with a modulus: ints directly, otherwise the ternary __pow__/__rpow__.
    func builtinPow3(_ a: Value, _ b: Value, _ m: Value) throws -> Value {
        if !a.type.isHeapType && !b.type.isHeapType && !m.type.isHeapType,
           let x = a.bigIntValue, let y = b.bigIntValue, let z = m.bigIntValue {
            return try intPowMod(x, y, z)
        }
        if let f = a.type.lookup(names.dpow) {
            let r = try callValues(f, [a, b, m])
            if r.asObject !== BuiltinTypes.notImplemented { return r }
        }
        if a.type !== b.type, let f = b.type.lookup(names.drpow) {
            let r = try callValues(f, [b, a, m])
            if r.asObject !== BuiltinTypes.notImplemented { return r }
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '\(a.type.name)', '\(b.type.name)', '\(m.type.name)'")
    }

    func builtinRound(_ number: Value, _ ndigits: Value?) throws -> Value {
        let nd = ndigits.flatMap { $0.isNone ? nil : $0 }
        if nd == nil {
            if case .float(let d) = number { return try roundDoubleToInt(d) }
            if case .int = number { return number }
        }
        guard let m = number.type.lookup(names.dround) else {
            throw PyErr.typeError("type \(number.type.name) doesn't define __round__ method")
        }
        if let n = nd { return try callValues(m, [number, n]) }
        return try callValues(m, [number])
    }

    /// min() and max().
    func builtinMinMax(_ args: Args, isMax: Bool) throws -> Value {
        let name = isMax ? "max" : "min"
        var key: Value? = nil
        var dflt: Value? = nil
        for (k, v) in args.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "default": dflt = v
            default: throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        if args.count == 0 { throw PyErr.typeError("\(name) expected at least 1 argument, got 0") }
        if args.count > 1 && dflt != nil {
            throw PyErr.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
        }
        let op = isMax ? 4 : 2
        var best: Value? = nil
        var bestKey = Value.none
        func consider(_ item: Value) throws {
            let k = try key.map { try callValues($0, [item]) } ?? item
            guard best != nil else { best = item; bestKey = k; return }
            let better: Bool
            if case .int(let x) = k, case .int(let y) = bestKey {
                better = isMax ? x > y : x < y
            } else {
                better = try isTrue(try compare(k, bestKey, op))
            }
            if better { best = item; bestKey = k }
        }
        if args.count == 1 {
            let it = try getIter(args[0])
            while let item = try next(it) { try consider(item) }
        } else {
            for i in 0..<args.count { try consider(args[i]) }
        }
        if let b = best { return b }
        if let d = dflt { return d }
        throw PyErr.valueError("\(name)() arg is an empty sequence")
    }

    func builtinSum(_ args: Args) throws -> Value {
        if args.count == 0 { throw PyErr.typeError("sum() takes at least 1 positional argument (0 given)") }
        if args.count + args.keywords.count > 2 {
            throw PyErr.typeError("sum() takes at most 2 arguments (\(args.count + args.keywords.count) given)")
        }
        var result: Value = args.count > 1 ? args[1] : .int(0)
        for (k, v) in args.keywords {
            guard k == "start" else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for sum()") }
            result = v
        }
        if case .object(let o) = result {
            if o is PyStr { throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if let b = o as? PyBytes {
                throw PyErr.typeError("sum() can't sum \(b.isMutable ? "bytearray" : "bytes") [use b''.join(seq) instead]")
            }
        }
        let it = try getIter(args[0])
        while let item = try next(it) {
            switch (result, item) {
            case (.int(let r), .int(let x)):
                let (s, o) = r.addingReportingOverflow(x)
                result = o ? makeInt(BigInt(r) + BigInt(x)) : .int(s)
            case (.float(let r), .float(let x)):
                result = .float(r + x)
            default:
                result = try binaryOp(result, item, BinOpCode.add)
            }
        }
        return result
    }

    /// any() / all(): stops at the first decisive element.
    func builtinAnyAll(_ v: Value, isAny: Bool) throws -> Value {
        let it = try getIter(v)
        while let item = try next(it) {
            if try isTrue(item) == isAny { return .bool(isAny) }
        }
        return .bool(!isAny)
    }

    func builtinChr(_ v: Value) throws -> Value {
        let b = try indexBig(v)
        guard let i = b.asInt, i >= Int(Int32.min), i <= Int(Int32.max) else {
            throw PyErr.overflowError("Python int too large to convert to C int")
        }
        guard i >= 0 && i < 0x110000 else { throw PyErr.valueError("chr() arg not in range(0x110000)") }
        // Lone surrogates cannot live in a Swift String: they become U+FFFD.
        let u = Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}"
        return Value(String(Character(u)))
    }

    func builtinOrd(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            if let s = o as? PyStr {
                let n = s.count
                guard n == 1 else { throw PyErr.typeError("ord() expected a character, but string of length \(n) found") }
                return .int(Int(s.scalar(at: 0).value))
            }
            if let b = o as? PyBytes {
                guard b.bytes.count == 1 else {
                    throw PyErr.typeError("ord() expected a character, but string of length \(b.bytes.count) found")
                }
                return .int(Int(b.bytes[0]))
            }
        }
        throw PyErr.typeError("ord() expected string of length 1, but \(v.type.name) found")
    }

    /// hex/oct/bin: `prefix` + digits of |v| in `radix`, with the sign first.
    func builtinRadix(_ v: Value, _ radix: Int, _ prefix: String) throws -> Value {
        if let i = v.intValue {
            return Value((i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: radix))
        }
        let b = try indexBig(v)
        return Value((b.isNegative ? "-" : "") + prefix + b.magnitude.toString(radix: radix))
    }

    // MARK: compile / exec / eval

    /// Source text of a compile/exec/eval argument (str or UTF-8 bytes).
    func sourceText(_ v: Value, _ fname: String) throws -> String? {
        if let s = v.asStr { return s.value }
        if let b = v.asObject as? PyBytes {
            return try decodeSource(b.bytes, filename: "<string>")
        }
        return nil
    }

    /// The (globals, locals) pair for exec/eval: defaults are the caller's namespaces.
    func execNamespaces(_ g: Value?, _ l: Value?, _ fname: String) throws -> (PyDict, PyDict?) {
        let gv = g.flatMap { $0.isNone ? nil : $0 }
        let lv = l.flatMap { $0.isNone ? nil : $0 }
        if let gv = gv {
            guard let gd = gv.asDict else {
                throw PyErr.typeError("\(fname)() globals must be a dict, not \(gv.type.name)")
            }
            if let lv = lv {
                guard let ld = lv.asDict else {
                    throw PyErr.notImplemented("\(fname)() with a non-dict locals mapping is not supported by Coil")
                }
                return (gd, ld)
            }
            return (gd, gd)
        }
        guard let frame = currentFrame else { return (PyDict(), nil) }
        if let lv = lv {
            guard let ld = lv.asDict else {
                throw PyErr.notImplemented("\(fname)() with a non-dict locals mapping is not supported by Coil")
            }
            return (frame.globals, ld)
        }
        if let l = frame.locals { return (frame.globals, l) }
        // A function frame: locals() is a snapshot, as in CPython.
        if let lf = builtins.getStr("locals"), let d = try callValues(lf, []).asDict { return (frame.globals, d) }
        return (frame.globals, frame.globals)
    }

    func builtinExecEval(_ args: Args, isEval: Bool) throws -> Value {
        let fname = isEval ? "eval" : "exec"
        if isEval && args.hasKeywords { throw PyErr.typeError("eval() takes no keyword arguments") }
        for (k, v) in args.keywords {
            guard k == "closure" else { throw PyErr.typeError("exec() got an unexpected keyword argument '\(k)'") }
            if !v.isNone { throw PyErr.notImplemented("exec() with a closure is not supported by Coil") }
        }
        if args.count == 0 {
            throw PyErr.typeError(isEval ? "eval expected at least 1 argument, got 0"
                                  : "exec() takes at least 1 positional argument (0 given)")
        }
        if args.count > 3 {
            throw PyErr.typeError(isEval ? "eval expected at most 3 arguments, got \(args.count)"
                                  : "exec() takes at most 3 positional arguments (\(args.count) given)")
        }
        let a: [Value?] = (0..<3).map { $0 < args.count ? args[$0] : nil }
        let src = a[0] ?? .none
        let code: CodeObject
        if let pc = src.asObject as? PyCode {
            code = pc.code
        } else if var text = try sourceText(src, fname) {
            if isEval {
                // eval() ignores leading spaces and tabs.
                while let f = text.first, f == " " || f == "\t" { text.removeFirst() }
            }
            code = try compileSource(text, filename: "<string>", mode: isEval ? .eval : .file)
        } else {
            throw PyErr.typeError(isEval ? "eval() arg 1 must be a string, bytes or code object"
                                  : "exec() arg 1 must be a string, bytes or code object")
        }
        let (g, l) = try execNamespaces(a[1], a[2], fname)
        let r = try runCode(code, globals: g, locals: l)
        return isEval ? r : .none
    }

    func builtinCompile(_ args: Args) throws -> Value {
        let a = try clinicArgs(args, from: 0, "compile",
                               ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
                               required: 3)
        guard let modeStr = a[2]?.asStr?.value else {
            throw PyErr.typeError("compile() argument 'mode' must be str, not \(a[2]?.type.name ?? "NoneType")")
        }
        let filename: String
        if let f = a[1]?.asStr { filename = f.value }
        else if let b = a[1]?.asObject as? PyBytes { filename = String(decoding: b.bytes, as: UTF8.self) }
        else { throw PyErr.typeError("compile() argument 'filename' must be str, not \(a[1]?.type.name ?? "NoneType")") }
        let mode: ParseMode
        switch modeStr {
        case "exec": mode = .file
        case "eval": mode = .eval
        case "single": mode = .interactive
        default: throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'")
        }
        if let f = a[3], let fl = f.intValue, fl & 0x400 != 0 {
            throw PyErr.notImplemented("compile() to an AST (ast.PyCF_ONLY_AST) is not supported by Coil")
        }
        guard let text = try sourceText(a[0] ?? .none, "compile") else {
            throw PyErr.typeError("compile() arg 1 must be a string, bytes or AST object")
        }
        return .object(PyCode(try compileSource(text, filename: filename, mode: mode)))
    }
}

func installBuiltinFunctions(_ interp: Interpreter, _ b: PyDict) {
    func add(_ name: String, _ fn: @escaping NativeFunction) {
        b.setStr(interp.intern(name), .object(PyBuiltinFunction(name: name, ownerName: "builtins", fn: fn)))
    }
    add("abs") { interp, args in
        let v = try oneArgument(args, "abs")
        switch v {
        case .int(let i): return i == Int.min ? makeInt(BigInt(i).magnitude) : .int(Swift.abs(i))
        case .float(let d): return .float(Swift.abs(d))
        case .bool(let x): return .int(x ? 1 : 0)
        default:
            guard let m = v.type.lookup(interp.intern("__abs__")) else {
                throw PyErr.typeError("bad operand type for abs(): '\(v.type.name)'")
            }
            return try interp.callValues(m, [v])
        }
    }
    add("divmod") { interp, args in
        if args.hasKeywords { throw PyErr.typeError("divmod() takes no keyword arguments") }
        try checkPositional("divmod", args.count, min: 2, max: 2)
        return try interp.builtinDivmod(args[0], args[1])
    }
    add("pow") { interp, args in
        let a = try clinicArgs(args, from: 0, "pow", ["base", "exp", "mod"], required: 2)
        let base = a[0] ?? .none, exp = a[1] ?? .none
        if let m = a[2], !m.isNone { return try interp.builtinPow3(base, exp, m) }
        return try interp.binaryOp(base, exp, BinOpCode.pow)
    }
    add("round") { interp, args in
        let a = try clinicArgs(args, from: 0, "round", ["number", "ndigits"], required: 1)
        return try interp.builtinRound(a[0] ?? .none, a[1])
    }
    add("max") { interp, args in try interp.builtinMinMax(args, isMax: true) }
    add("min") { interp, args in try interp.builtinMinMax(args, isMax: false) }
    add("sum") { interp, args in try interp.builtinSum(args) }
    add("any") { interp, args in try interp.builtinAnyAll(try oneArgument(args, "any"), isAny: true) }
    add("all") { interp, args in try interp.builtinAnyAll(try oneArgument(args, "all"), isAny: false) }
    add("sorted") { interp, args in
        try checkPositional("sorted", args.count, min: 1, max: 1)
        var key: Value? = nil
        var reverse = false
        for (k, v) in args.keywords {
            switch k {
            case "key": key = v
            case "reverse": reverse = try interp.isTrue(v)
            default: throw PyErr.typeError("'\(k)' is an invalid keyword argument for sort()")
            }
        }
        var items = try interp.iterate(args[0])
        try sortValues(interp, &items, key: key, reverse: reverse)
        return .object(PyList(items))
    }
    add("chr") { interp, args in try interp.builtinChr(try oneArgument(args, "chr")) }
    add("ord") { interp, args in try interp.builtinOrd(try oneArgument(args, "ord")) }
    add("hex") { interp, args in try interp.builtinRadix(try oneArgument(args, "hex"), 16, "0x") }
    add("oct") { interp, args in try interp.builtinRadix(try oneArgument(args, "oct"), 8, "0o") }
    add("bin") { interp, args in try interp.builtinRadix(try oneArgument(args, "bin"), 2, "0b") }
    add("format") { interp, args in
        let a = try clinicArgs(args, from: 0, "format", ["value", "format_spec"], required: 1)
        var spec = ""
        if let s = a[1] {
            guard let str = s.asStr else { throw PyErr.typeError("format() argument 2 must be str, not \(s.type.name)") }
            spec = str.value
        }
        return Value(try interp.format(a[0] ?? .none, spec))
    }
    add("exec") { interp, args in try interp.builtinExecEval(args, isEval: false) }
    add("eval") { interp, args in try interp.builtinExecEval(args, isEval: true) }
    add("compile") { interp, args in try interp.builtinCompile(args) }
    add("breakpoint") { _, _ in throw PyErr.notImplemented("breakpoint() is not supported by Coil") }
    add("memoryview") { _, _ in throw PyErr.notImplemented("memoryview is not supported by Coil") }

    _ = BuiltinTypes.interactiveHelpersInstalled
    b.setStr(interp.intern("exit"), .object(PyQuitter("exit")))
    b.setStr(interp.intern("quit"), .object(PyQuitter("quit")))
    b.setStr(interp.intern("help"), .object(PyObject(type: BuiltinTypes.helper)))
    installIOBuiltins(interp, b)
}

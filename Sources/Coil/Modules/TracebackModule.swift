// The traceback module, over the VM's own traceback formatter (VM/Traceback.swift).

func makeTracebackModule(_ interp: Interpreter) throws -> PyModule {
    func exceptionArg(_ args: Args) -> PyBaseException? {
        // format_exception(exc) or format_exception(type, value, tb)
        if args.count >= 2, let e = args[1].asException { return e }
        if args.count >= 1, let e = args[0].asException { return e }
        return nil
    }
    func lines(_ text: String) -> Value {
        var out: [Value] = []
        var cur = ""
        for ch in text {
            cur.append(ch)
            if ch == "\n" { out.append(Value(cur)); cur = "" }
        }
        if !cur.isEmpty { out.append(Value(cur)) }
        return .object(PyList(out))
    }
    func summaries(_ tbValue: Value, _ interp: Interpreter) -> [Value] {
        var out: [Value] = []
        var tb = tbValue.asObject as? PyTraceback
        while let t = tb {
            let line = interp.sourceLine(t.code.filename, t.line)?.trimmingCharacters(in: " \t") ?? ""
            out.append(.object(interp.makeNamespace(["filename": Value(t.code.filename), "lineno": .int(t.line),
                                                     "name": Value(t.code.name), "line": Value(line)])))
            tb = t.next
        }
        return out
    }
    let m = interp.makeNativeModule("traceback", [
        ("format_exc", { interp, _ in
            guard let e = interp.handled.asException else { return Value("NoneType: None\n") }
            return Value(interp.formatException(e))
        }),
        ("print_exc", { interp, _ in
            if let e = interp.handled.asException { interp.writeStderr(interp.formatException(e)) }
            return .none
        }),
        ("format_exception", { interp, args in
            guard let e = exceptionArg(args) else { return .object(PyList([])) }
            return lines(interp.formatException(e))
        }),
        ("print_exception", { interp, args in
            if let e = exceptionArg(args) { interp.writeStderr(interp.formatException(e)) }
            return .none
        }),
        ("format_exception_only", { interp, args in
            guard let e = exceptionArg(args) else { return .object(PyList([])) }
            return .object(PyList([Value(interp.exceptionLastLine(e) + "\n")]))
        }),
        ("extract_tb", { interp, args in .object(PyList(args.count > 0 ? summaries(args[0], interp) : [])) }),
        ("format_tb", { interp, args in
            var text = ""
            var tb = args.count > 0 ? args[0].asObject as? PyTraceback : nil
            while let t = tb { text += interp.formatFrameLine(t); tb = t.next }
            return lines(text)
        }),
        ("print_tb", { interp, args in
            var tb = args.count > 0 ? args[0].asObject as? PyTraceback : nil
            while let t = tb { interp.writeStderr(interp.formatFrameLine(t)); tb = t.next }
            return .none
        }),
        ("extract_stack", { _, _ in throw PyErr.notImplemented("traceback.extract_stack is not supported by Coil yet") }),
    ])
    return m
}

extension String {
    /// Strips the given characters from both ends (no Foundation).
    func trimmingCharacters(in chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}

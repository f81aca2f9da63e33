// Methods of BaseException and the subclasses with extra state (StopIteration.value,
// SystemExit.code, OSError.errno/strerror/filename, KeyError's str, SyntaxError's fields).

func installExceptionTypes() {
    let be = BuiltinTypes.BaseException
    be.addStaticMethod("__new__") { _, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("BaseException.__new__(X): X is not a type object") }
        return .object(PyBaseException(type: cls, args: Array(args.positional.dropFirst())))
    }
    be.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        e.args = PyTuple(Array(args.positional.dropFirst()))
        return .none
    }
    be.addMethod("__str__") { interp, args in
        guard let e = args[0].asException else { return Value("") }
        switch e.args.count {
        case 0: return Value("")
        case 1: return Value(try interp.str(e.args.items[0]))
        default: return Value(try interp.repr(.object(e.args)))
        }
    }
    be.addMethod("__repr__") { interp, args in
        guard let e = args[0].asException else { return Value("") }
        if e.args.count == 1 { return Value("\(e.type.name)(\(try interp.repr(e.args.items[0])))") }
        return Value("\(e.type.name)\(try interp.repr(.object(e.args)))")
    }
    be.addGetter("args", { _, v in .object(v.asException?.args ?? PyTuple.empty) }, set: { interp, v, a in
        v.asException?.args = PyTuple(try interp.iterate(a))
    })
    be.addGetter("__traceback__", { _, v in v.asException?.traceback.map { .object($0) } ?? .none }, set: { _, v, t in
        v.asException?.traceback = t.asObject as? PyTraceback
    })
    be.addGetter("__cause__", { _, v in v.asException?.cause ?? .none }, set: { _, v, c in
        guard c.isNone || c.asException != nil else { throw PyErr.typeError("exception cause must be None or derive from BaseException") }
        v.asException?.cause = c
        v.asException?.suppressContext = true
    })
    be.addGetter("__context__", { _, v in v.asException?.context ?? .none }, set: { _, v, c in
        v.asException?.context = c
    })
    be.addGetter("__suppress_context__", { _, v in .bool(v.asException?.suppressContext ?? false) }, set: { interp, v, c in
        v.asException?.suppressContext = try interp.isTrue(c)
    })
    be.addGetter("__notes__") { _, v in
        guard let e = v.asException, !e.notes.isEmpty else { throw PyErr.attributeError("'\(v.type.name)' object has no attribute '__notes__'") }
        return .object(PyList(e.notes))
    }
    be.addMethod("add_note") { _, args in
        guard let e = args[0].asException, args.count == 2, args[1].asStr != nil else { throw PyErr.typeError("note must be a str") }
        e.notes.append(args[1])
        return .none
    }
    be.addMethod("with_traceback") { _, args in
        guard let e = args[0].asException, args.count == 2 else { throw PyErr.typeError("with_traceback() takes exactly one argument") }
        e.traceback = args[1].asObject as? PyTraceback
        return args[0]
    }

    BuiltinTypes.StopIteration.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        e.args = PyTuple(Array(args.positional.dropFirst()))
        e.setAttribute("value", args.count > 1 ? args[1] : .none)
        return .none
    }
    BuiltinTypes.StopAsyncIteration.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        e.args = PyTuple(Array(args.positional.dropFirst()))
        e.setAttribute("value", args.count > 1 ? args[1] : .none)
        return .none
    }
    BuiltinTypes.SystemExit.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        let rest = Array(args.positional.dropFirst())
        e.args = PyTuple(rest)
        e.setAttribute("code", rest.count == 0 ? .none : rest.count == 1 ? rest[0] : .object(PyTuple(rest)))
        return .none
    }
    BuiltinTypes.KeyError.addMethod("__str__") { interp, args in
        guard let e = args[0].asException else { return Value("") }
        if e.args.count == 1 { return Value(try interp.repr(e.args.items[0])) }
        if e.args.count == 0 { return Value("") }
        return Value(try interp.repr(.object(e.args)))
    }
    let os = BuiltinTypes.OSError
    os.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        let rest = Array(args.positional.dropFirst())
        e.args = PyTuple(rest.count >= 3 ? Array(rest[0..<2]) : rest)
        if rest.count >= 2 {
            e.setAttribute("errno", rest[0]); e.setAttribute("strerror", rest[1])
            e.setAttribute("filename", rest.count >= 3 ? rest[2] : .none)
        } else {
            e.setAttribute("errno", .none); e.setAttribute("strerror", .none); e.setAttribute("filename", .none)
        }
        return .none
    }
    os.addMethod("__str__") { interp, args in
        guard let e = args[0].asException else { return Value("") }
        if let errno = e.attribute("errno"), !errno.isNone, let msg = e.attribute("strerror") {
            var s = "[Errno \(try interp.str(errno))] \(try interp.str(msg))"
            if let f = e.attribute("filename"), !f.isNone { s += ": \(try interp.repr(f))" }
            return Value(s)
        }
        switch e.args.count {
        case 0: return Value("")
        case 1: return Value(try interp.str(e.args.items[0]))
        default: return Value(try interp.repr(.object(e.args)))
        }
    }
    let imp = BuiltinTypes.ImportError
    imp.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        e.args = PyTuple(Array(args.positional.dropFirst()))
        e.setAttribute("msg", args.count > 1 ? args[1] : .none)
        e.setAttribute("name", args.keyword("name") ?? .none)
        e.setAttribute("path", args.keyword("path") ?? .none)
        return .none
    }
    let se = BuiltinTypes.SyntaxError
    se.addMethod("__init__") { interp, args in
        guard let e = args[0].asException else { return .none }
        let rest = Array(args.positional.dropFirst())
        e.args = PyTuple(rest)
        e.setAttribute("msg", rest.first ?? .none)
        var details: [Value] = []
        if rest.count >= 2 { details = try interp.iterate(rest[1]) }
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
        for (i, n) in names.enumerated() { e.setAttribute(n, i < details.count ? details[i] : .none) }
        e.setAttribute("print_file_and_line", .none)
        return .none
    }
    se.addMethod("__str__") { interp, args in
        guard let e = args[0].asException else { return Value("") }
        let msg = try interp.str(e.attribute("msg") ?? .none)
        let file = e.attribute("filename") ?? .none
        let line = e.attribute("lineno") ?? .none
        if !file.isNone, !line.isNone {
            let base = (try interp.str(file)).split(separator: "/").last.map(String.init) ?? ""
            return Value("\(msg) (\(base), line \(try interp.str(line)))")
        }
        if !line.isNone { return Value("\(msg) (line \(try interp.str(line)))") }
        return Value(msg)
    }
}

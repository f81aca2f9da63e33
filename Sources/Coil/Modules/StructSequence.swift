// Struct sequences (CPython's PyStructSequence): tuple subclasses whose first fields are also
// named attributes, plus extra attribute-only fields kept in the instance dict. Used for
// time.struct_time and os.stat_result.

/// A struct sequence type `module.name` with tuple fields `fields` and dict-only `extra` fields.
func makeStructSeqType(name: String, module: String, fields: [String], extra: [String]) -> PyType {
    let t = BuiltinTypes.make(name, BuiltinTypes.tuple, layout: .tuple, flags: [])
    t.addValue("__module__", Value(module))
    for (i, f) in fields.enumerated() {
        t.addGetter(f) { _, v in
            guard let tup = v.asTuple, i < tup.count else { return .none }
            return tup.items[i]
        }
    }
    for f in extra {
        t.addGetter(f) { _, v in v.asObject?.dict?.getStr(f) ?? .none }
    }
    t.addValue("n_sequence_fields", .int(fields.count))
    t.addValue("n_fields", .int(fields.count + extra.count))
    t.addValue("n_unnamed_fields", .int(0))
    t.addValue("_fields", .object(PyTuple(fields.map { Value($0) })))
    t.addMethod("__repr__") { interp, args in
        // Types named without a module (module "builtins") print their bare name, as CPython does.
        let prefix = module == "builtins" ? "" : module + "."
        guard let tup = args[0].asTuple else { return Value("\(prefix)\(name)()") }
        var parts: [String] = []
        for (i, f) in fields.enumerated() where i < tup.count {
            parts.append("\(f)=\(try interp.repr(tup.items[i]))")
        }
        return Value("\(prefix)\(name)(\(parts.joined(separator: ", ")))")
    }
    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 2, let cls = args[0].asType else {
            throw PyErr.typeError("\(name)() missing required argument 'sequence' (pos 1)")
        }
        let items = try interp.iterate(args[1])
        let n = fields.count
        if items.count < n {
            throw PyErr.typeError("\(module).\(name)() takes an at least \(n)-sequence (\(items.count)-sequence given)")
        }
        if items.count > n + extra.count {
            throw PyErr.typeError("\(module).\(name)() takes an at most \(n + extra.count)-sequence (\(items.count)-sequence given)")
        }
        var extras: [(String, Value)] = []
        for (j, f) in extra.enumerated() { extras.append((f, n + j < items.count ? items[n + j] : .none)) }
        if let d = args.count > 2 ? args[2].asDict : args.keyword("dict")?.asDict {
            for (j, f) in extra.enumerated() where n + j >= items.count {
                if let v = d.getStr(f) { extras[j].1 = v }
            }
        }
        return makeStructSeq(cls, Array(items[0..<n]), extras)
    }
    t.addMethod("__reduce__") { _, args in
        let items = args[0].asTuple?.items ?? []
        let d = PyDict()
        args[0].asObject?.dict?.forEach { k, v in d.setStr(k.asStr ?? PyStr(""), v) }
        return .object(PyTuple([.object(args[0].type), .object(PyTuple([.object(PyTuple(items)), .object(d)]))]))
    }
    return t
}

/// An instance of a struct sequence type.
func makeStructSeq(_ type: PyType, _ items: [Value], _ extra: [(String, Value)]) -> Value {
    let st = PyTuple(items, type: type)
    if !extra.isEmpty {
        let d = PyDict()
        for (k, v) in extra { d.setStr(k, v) }
        st.dict = d
    }
    return .object(st)
}

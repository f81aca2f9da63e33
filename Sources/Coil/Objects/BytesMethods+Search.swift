// bytes/bytearray searching, splitting and joining: find rfind index rindex count startswith
// endswith split rsplit strip lstrip rstrip join replace partition rpartition removeprefix
// removesuffix. Shares the byte search engine with str (StrMethods+Search.swift).

/// Py_ISSPACE for bytes: space, \t \n \v \f \r.
@inline(__always) func byteIsSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

/// Index of `sub` in `h[start..<end]` (already adjusted), or -1.
func bytesFind(_ h: [UInt8], _ sub: [UInt8], _ start: Int, _ end: Int, reverse: Bool) -> Int {
    if end - start < sub.count { return -1 }
    if sub.isEmpty { return reverse ? end : start }
    return h.withUnsafeBufferPointer { hp in
        sub.withUnsafeBufferPointer { np in
            reverse ? byteRFind(hp, start, end, np) : byteFind(hp, start, end, np)
        }
    }
}

/// The needle of find/count/index: a bytes-like object or an int in range(256).
private func bytesNeedle(_ interp: Interpreter, _ v: Value) throws -> [UInt8] {
    if let b = bytesLike(v) { return b }
    if v.isIntLike || (!(v.type === BuiltinTypes.float) && v.type.lookup(interp.names.dindex) != nil) {
        return [try byteValue(interp, v)]
    }
    throw PyErr.typeError("argument should be integer or bytes-like object, not '\(v.type.name)'")
}

/// tailmatch for bytes.
private func bytesTailMatch(_ h: [UInt8], _ sub: [UInt8], _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
    var (st, en) = adjustIndices(start, end, h.count)
    en -= sub.count
    if en < st { return false }
    if sub.isEmpty { return true }
    let at = atEnd ? en : st
    for k in 0..<sub.count where h[at + k] != sub[k] { return false }
    return true
}

private func bytesSplitWhitespace(_ b: [UInt8], maxsplit: Int, reverse: Bool, _ make: (Int, Int) -> Value) -> [Value] {
    var maxcount = maxsplit < 0 ? Int.max : maxsplit
    let len = b.count
    var out = [Value]()
    if !reverse {
        var i = 0
        while maxcount > 0 {
            maxcount -= 1
            while i < len && byteIsSpace(b[i]) { i += 1 }
            if i == len { break }
            let j = i
            i += 1
            while i < len && !byteIsSpace(b[i]) { i += 1 }
            out.append(make(j, i))
        }
        if i < len {
            while i < len && byteIsSpace(b[i]) { i += 1 }
            if i != len { out.append(make(i, len)) }
        }
        return out
    }
    var i = len - 1
    while maxcount > 0 {
        maxcount -= 1
        while i >= 0 && byteIsSpace(b[i]) { i -= 1 }
        if i < 0 { break }
        let j = i
        i -= 1
        while i >= 0 && !byteIsSpace(b[i]) { i -= 1 }
        out.append(make(i + 1, j + 1))
    }
    if i >= 0 {
        while i >= 0 && byteIsSpace(b[i]) { i -= 1 }
        if i >= 0 { out.append(make(0, i + 1)) }
    }
    out.reverse()
    return out
}

/// Replaces up to `maxCount` occurrences (CPython's bytes replace, incl. empty `old`).
func bytesReplace(_ h: [UInt8], _ old: [UInt8], _ new: [UInt8], _ maxCount: Int) -> [UInt8]? {
    let limit = maxCount < 0 ? Int.max : maxCount
    if limit == 0 { return nil }
    var out = [UInt8]()
    if old.isEmpty {
        let inserts = min(limit, h.count + 1)
        out.reserveCapacity(h.count + inserts * new.count)
        var i = 0
        for _ in 0..<inserts {
            out.append(contentsOf: new)
            if i < h.count { out.append(h[i]); i += 1 }
        }
        if i < h.count { out.append(contentsOf: h[i...]) }
        return out
    }
    var i = 0, done = 0
    var found = false
    h.withUnsafeBufferPointer { hp in
        old.withUnsafeBufferPointer { op in
            while done < limit {
                let j = byteFind(hp, i, hp.count, op)
                if j < 0 { break }
                found = true
                out.append(contentsOf: hp[i..<j])
                out.append(contentsOf: new)
                i = j + op.count
                done += 1
            }
        }
    }
    if !found { return nil }
    out.append(contentsOf: h[i...])
    return out
}

func installBytesSearch(_ t: PyType) {
    func findLike(_ name: String, reverse: Bool, raise: Bool) -> NativeFunction {
        return { interp, args in
            let b = try bytesSelf(args, name)
            try StrArg.varargs(args, name, 1, 3)
            let sub = try bytesNeedle(interp, args[1])
            let (st, en) = adjustIndices(try StrArg.sliceBound(interp, args, 2), try StrArg.sliceBound(interp, args, 3), b.bytes.count)
            let r = bytesFind(b.bytes, sub, st, en, reverse: reverse)
            if raise && r < 0 { throw PyErr.valueError("subsection not found") }
            return .int(r)
        }
    }
    t.addMethod("find", findLike("find", reverse: false, raise: false))
    t.addMethod("rfind", findLike("rfind", reverse: true, raise: false))
    t.addMethod("index", findLike("index", reverse: false, raise: true))
    t.addMethod("rindex", findLike("rindex", reverse: true, raise: true))
    t.addMethod("count") { interp, args in
        let b = try bytesSelf(args, "count")
        try StrArg.varargs(args, "count", 1, 3)
        let sub = try bytesNeedle(interp, args[1])
        let (st, en) = adjustIndices(try StrArg.sliceBound(interp, args, 2), try StrArg.sliceBound(interp, args, 3), b.bytes.count)
        if en - st < sub.count { return .int(0) }
        if sub.isEmpty { return .int(en - st + 1) }
        return .int(b.bytes.withUnsafeBufferPointer { hp in sub.withUnsafeBufferPointer { byteCount(hp, st, en, $0) } })
    }
    func tailMatch(_ name: String, atEnd: Bool) -> NativeFunction {
        return { interp, args in
            let b = try bytesSelf(args, name)
            try StrArg.varargs(args, name, 1, 3)
            let st = try StrArg.sliceBound(interp, args, 2), en = try StrArg.sliceBound(interp, args, 3)
            if let tup = args[1].asTuple {
                for item in tup.items where bytesTailMatch(b.bytes, try bytesArg(item), st, en, atEnd: atEnd) {
                    return .bool(true)
                }
                return .bool(false)
            }
            guard let sub = bytesLike(args[1]) else {
                throw PyErr.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(args[1].type.name)")
            }
            return .bool(bytesTailMatch(b.bytes, sub, st, en, atEnd: atEnd))
        }
    }
    t.addMethod("startswith", tailMatch("startswith", atEnd: false))
    t.addMethod("endswith", tailMatch("endswith", atEnd: true))

    func splitLike(_ name: String, reverse: Bool) -> NativeFunction {
        return { interp, args in
            let b = try bytesSelf(args, name)
            let a = try StrArg.bind(args, name, ArgNames.split)
            let maxsplit = try a[1].map { try StrArg.index(interp, $0) } ?? -1
            let data = b.bytes
            let make: (Int, Int) -> Value = { bytesResult(b, Array(data[$0..<$1])) }
            if a[0]?.isNone ?? true {
                return .object(PyList(bytesSplitWhitespace(data, maxsplit: maxsplit, reverse: reverse, make)))
            }
            let sep = try bytesArg(a[0] ?? .none)
            if sep.isEmpty { throw PyErr.valueError("empty separator") }
            let parts = data.withUnsafeBufferPointer { hp in
                sep.withUnsafeBufferPointer { sp in splitOnSeparator(hp, sp, maxsplit: maxsplit, reverse: reverse, make) }
            }
            return .object(PyList(parts))
        }
    }
    t.addMethod("split", splitLike("split", reverse: false))
    t.addMethod("rsplit", splitLike("rsplit", reverse: true))

    func stripLike(_ name: String, left: Bool, right: Bool) -> NativeFunction {
        return { _, args in
            let b = try bytesSelf(args, name)
            try StrArg.clinic(args, name, 0, 1)
            var set: [Bool]? = nil
            if args.count > 1 && !args[1].isNone {
                let chars = try bytesArg(args[1])
                var s = [Bool](repeating: false, count: 256)
                for c in chars { s[Int(c)] = true }
                set = s
            }
            let d = b.bytes
            var i = 0, j = d.count
            func strip(_ c: UInt8) -> Bool { set.map { $0[Int(c)] } ?? byteIsSpace(c) }
            if left { while i < j && strip(d[i]) { i += 1 } }
            if right { while j > i && strip(d[j - 1]) { j -= 1 } }
            if i == 0 && j == d.count { return bytesSameOrNew(b, args[0], d) }
            return bytesResult(b, Array(d[i..<j]))
        }
    }
    t.addMethod("strip", stripLike("strip", left: true, right: true))
    t.addMethod("lstrip", stripLike("lstrip", left: true, right: false))
    t.addMethod("rstrip", stripLike("rstrip", left: false, right: true))

    t.addMethod("join") { interp, args in
        let b = try bytesSelf(args, "join")
        try StrArg.one(args, "\(b.isMutable ? "bytearray" : "bytes").join")
        var items: [Value]
        if let l = args[1].asList, l.type === BuiltinTypes.list { items = l.items }
        else if let tu = args[1].asTuple { items = tu.items }
        else {
            let it: Value
            do { it = try interp.getIter(args[1]) } catch let e as PyBaseException where e.type === BuiltinTypes.TypeError {
                throw PyErr.typeError("can only join an iterable")
            }
            items = []
            while let x = try interp.next(it) { items.append(x) }
        }
        var out = [UInt8]()
        for (i, v) in items.enumerated() {
            guard let piece = bytesLike(v) else {
                throw PyErr.typeError("sequence item \(i): expected a bytes-like object, \(v.type.name) found")
            }
            if i > 0 { out.append(contentsOf: b.bytes) }
            out.append(contentsOf: piece)
        }
        return bytesResult(b, out)
    }
    t.addMethod("replace") { interp, args in
        let b = try bytesSelf(args, "replace")
        try StrArg.clinic(args, "replace", 2, 3)
        let old = try bytesArg(args[1]), new = try bytesArg(args[2])
        let count = args.count > 3 ? try StrArg.index(interp, args[3]) : -1
        guard let r = bytesReplace(b.bytes, old, new, count) else { return bytesSameOrNew(b, args[0], b.bytes) }
        return bytesResult(b, r)
    }
    func partitionLike(_ name: String, reverse: Bool) -> NativeFunction {
        return { _, args in
            let b = try bytesSelf(args, name)
            try StrArg.one(args, "\(b.isMutable ? "bytearray" : "bytes").\(name)")
            let sep = try bytesArg(args[1])
            if sep.isEmpty { throw PyErr.valueError("empty separator") }
            let d = b.bytes
            let j = bytesFind(d, sep, 0, d.count, reverse: reverse)
            if j < 0 {
                let whole = bytesSameOrNew(b, args[0], d), empty = bytesResult(b, [])
                return .object(PyTuple(reverse ? [empty, bytesResult(b, []), whole] : [whole, empty, bytesResult(b, [])]))
            }
            return .object(PyTuple([bytesResult(b, Array(d[0..<j])), bytesResult(b, sep),
                                    bytesResult(b, Array(d[(j + sep.count)...]))]))
        }
    }
    t.addMethod("partition", partitionLike("partition", reverse: false))
    t.addMethod("rpartition", partitionLike("rpartition", reverse: true))
    t.addMethod("removeprefix") { _, args in
        let b = try bytesSelf(args, "removeprefix")
        try StrArg.one(args, "\(b.isMutable ? "bytearray" : "bytes").removeprefix")
        let p = try bytesArg(args[1])
        if !p.isEmpty && b.bytes.count >= p.count && Array(b.bytes[0..<p.count]) == p {
            return bytesResult(b, Array(b.bytes[p.count...]))
        }
        return bytesSameOrNew(b, args[0], b.bytes)
    }
    t.addMethod("removesuffix") { _, args in
        let b = try bytesSelf(args, "removesuffix")
        try StrArg.one(args, "\(b.isMutable ? "bytearray" : "bytes").removesuffix")
        let p = try bytesArg(args[1])
        if !p.isEmpty && b.bytes.count >= p.count && Array(b.bytes[(b.bytes.count - p.count)...]) == p {
            return bytesResult(b, Array(b.bytes[0..<(b.bytes.count - p.count)]))
        }
        return bytesSameOrNew(b, args[0], b.bytes)
    }
}

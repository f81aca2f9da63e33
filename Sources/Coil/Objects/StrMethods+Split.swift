// str splitting and joining: split, rsplit, splitlines, join, strip, lstrip, rstrip,
// expandtabs — with CPython's whitespace and line-break sets and maxsplit semantics.

/// Py_UNICODE_ISSPACE.
@inline(__always) func pyIsSpace(_ v: UInt32) -> Bool {
    if v < 128 { return v == 32 || (v >= 9 && v <= 13) || (v >= 28 && v <= 31) }
    switch v {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Line boundaries for str.splitlines.
@inline(__always) func pyIsLineBreak(_ v: UInt32) -> Bool {
    switch v {
    case 10, 11, 12, 13, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

/// Splits on runs of whitespace, left to right (CPython's split_whitespace).
func strSplitWhitespace(_ s: PyStr, _ selfValue: Value, maxsplit: Int) -> [Value] {
    var maxcount = maxsplit < 0 ? Int.max : maxsplit
    let ix = StrIndex(s)
    return withUTF8Bytes(s.value) { p -> [Value] in
        let len = ix.count
        var out = [Value]()
        var i = 0
        while maxcount > 0 {
            maxcount -= 1
            while i < len && pyIsSpace(ix.scalar(p, i)) { i += 1 }
            if i == len { break }
            let j = i
            i += 1
            while i < len && !pyIsSpace(ix.scalar(p, i)) { i += 1 }
            if j == 0 && i == len && s.type === BuiltinTypes.str { out.append(selfValue); return out }
            out.append(strValue(p, ix.off(j), ix.off(i)))
        }
        if i < len {
            while i < len && pyIsSpace(ix.scalar(p, i)) { i += 1 }
            if i != len { out.append(strValue(p, ix.off(i), p.count)) }
        }
        return out
    }
}

/// Splits on runs of whitespace, right to left (CPython's rsplit_whitespace).
func strRSplitWhitespace(_ s: PyStr, _ selfValue: Value, maxsplit: Int) -> [Value] {
    var maxcount = maxsplit < 0 ? Int.max : maxsplit
    let ix = StrIndex(s)
    return withUTF8Bytes(s.value) { p -> [Value] in
        let len = ix.count
        var out = [Value]()
        var i = len - 1
        while maxcount > 0 {
            maxcount -= 1
            while i >= 0 && pyIsSpace(ix.scalar(p, i)) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !pyIsSpace(ix.scalar(p, i)) { i -= 1 }
            if j == len - 1 && i < 0 && s.type === BuiltinTypes.str { out.append(selfValue); return out }
            out.append(strValue(p, ix.off(i + 1), ix.off(j + 1)))
        }
        if i >= 0 {
            while i >= 0 && pyIsSpace(ix.scalar(p, i)) { i -= 1 }
            if i >= 0 { out.append(strValue(p, 0, ix.off(i + 1))) }
        }
        out.reverse()
        return out
    }
}

/// Splits on a separator (byte-level; works for str and bytes alike). `make` builds a piece.
func splitOnSeparator(_ p: UTF8Buf, _ sep: UTF8Buf, maxsplit: Int, reverse: Bool,
                      _ make: (Int, Int) -> Value) -> [Value] {
    var maxcount = maxsplit < 0 ? Int.max : maxsplit
    var out = [Value]()
    if !reverse {
        var i = 0
        while maxcount > 0 {
            maxcount -= 1
            let j = byteFind(p, i, p.count, sep)
            if j < 0 { break }
            out.append(make(i, j))
            i = j + sep.count
        }
        out.append(make(i, p.count))
        return out
    }
    var j = p.count
    while maxcount > 0 {
        maxcount -= 1
        let pos = byteRFind(p, 0, j, sep)
        if pos < 0 { break }
        out.append(make(pos + sep.count, j))
        j = pos
    }
    out.append(make(0, j))
    out.reverse()
    return out
}

private func strSplitImpl(_ interp: Interpreter, _ args: Args, _ name: String, reverse: Bool) throws -> Value {
    let s = try strSelf(args, name)
    let a = try StrArg.bind(args, name, ArgNames.split)
    let maxsplit = try a[1].map { try StrArg.index(interp, $0) } ?? -1
    if a[0]?.isNone ?? true {
        let parts = reverse ? strRSplitWhitespace(s, args[0], maxsplit: maxsplit)
                            : strSplitWhitespace(s, args[0], maxsplit: maxsplit)
        return .object(PyList(parts))
    }
    guard let sep = a[0]?.asStr else {
        throw PyErr.typeError("must be str or None, not \(a[0]?.type.name ?? "NoneType")")
    }
    if sep.value.isEmpty { throw PyErr.valueError("empty separator") }
    let selfV = args[0]
    let exact = s.type === BuiltinTypes.str
    let parts = withUTF8Bytes(s.value) { p in
        withUTF8Bytes(sep.value) { n in
            splitOnSeparator(p, n, maxsplit: maxsplit, reverse: reverse) { a, b in
                if a == 0 && b == p.count && exact { return selfV }
                return strValue(p, a, b)
            }
        }
    }
    return .object(PyList(parts))
}

/// `s.join(iterable)`.
func strJoin(_ interp: Interpreter, _ sep: PyStr, _ iterable: Value) throws -> Value {
    var items: [Value]
    if case .object(let o) = iterable, o.type === BuiltinTypes.list {
        items = unsafeDowncast(o, to: PyList.self).items
    } else if case .object(let o) = iterable, o.type === BuiltinTypes.tuple {
        items = unsafeDowncast(o, to: PyTuple.self).items
    } else {
        let it: Value
        do {
            it = try interp.getIter(iterable)
        } catch let e as PyBaseException where e.type === BuiltinTypes.TypeError {
            throw PyErr.typeError("can only join an iterable")
        }
        items = []
        while let x = try interp.next(it) { items.append(x) }
    }
    if items.isEmpty { return Value("") }
    if items.count == 1, let only = items[0].asStr, only.type === BuiltinTypes.str { return items[0] }
    var total = sep.value.utf8.count * (items.count - 1)
    for (i, v) in items.enumerated() {
        guard let s = v.asStr else {
            throw PyErr.typeError("sequence item \(i): expected str instance, \(v.type.name) found")
        }
        total += s.value.utf8.count
    }
    let sepValue = sep.value
    let out = withUTF8Bytes(sepValue) { sp in
        makeUTF8String(count: total) { dst in
            var pos = 0
            for (i, v) in items.enumerated() {
                if i > 0 && sp.count > 0 {
                    if let sb = sp.baseAddress { (dst + pos).update(from: sb, count: sp.count) }
                    pos += sp.count
                }
                guard case .object(let o) = v else { continue }
                withUTF8Bytes(unsafeDowncast(o, to: PyStr.self).value) { ip in
                    if let ib = ip.baseAddress { (dst + pos).update(from: ib, count: ip.count) }
                    pos += ip.count
                }
            }
        }
    }
    return Value(out)
}

/// strip/lstrip/rstrip: `chars` nil means whitespace.
func strStrip(_ s: PyStr, _ selfValue: Value, _ chars: PyStr?, left: Bool, right: Bool) -> Value {
    if s.isASCII && (chars?.isASCII ?? true) {
        // ASCII: the set of strippable bytes as a 128-bit mask, no allocation.
        var lo: UInt64 = 0, hi: UInt64 = 0
        if let c = chars {
            for b in c.value.utf8 { if b < 64 { lo |= 1 << UInt64(b) } else { hi |= 1 << UInt64(b - 64) } }
        } else {
            lo = 0x1_F000_3E00  // \t \n \v \f \r, \x1c-\x1f and space
        }
        return withUTF8Bytes(s.value) { p -> Value in
            @inline(__always) func has(_ b: UInt8) -> Bool {
                b < 64 ? (lo >> UInt64(b)) & 1 == 1 : (hi >> UInt64(b - 64)) & 1 == 1
            }
            var i = 0, j = p.count
            if left { while i < j && has(p[i]) { i += 1 } }
            if right { while j > i && has(p[j - 1]) { j -= 1 } }
            if i == 0 && j == p.count && s.type === BuiltinTypes.str { return selfValue }
            return strValue(p, i, j)
        }
    }
    return strStripGeneral(s, selfValue, chars, left: left, right: right)
}

private func strStripGeneral(_ s: PyStr, _ selfValue: Value, _ chars: PyStr?, left: Bool, right: Bool) -> Value {
    let ix = StrIndex(s)
    var asciiSet = [Bool](repeating: false, count: 128)
    var other: [UInt32] = []
    if let c = chars {
        for u in c.value.unicodeScalars {
            if u.value < 128 { asciiSet[Int(u.value)] = true } else { other.append(u.value) }
        }
    }
    @inline(__always) func strip(_ v: UInt32) -> Bool {
        if chars == nil { return pyIsSpace(v) }
        if v < 128 { return asciiSet[Int(v)] }
        return other.contains(v)
    }
    return withUTF8Bytes(s.value) { p -> Value in
        var i = 0, j = ix.count
        if left { while i < j && strip(ix.scalar(p, i)) { i += 1 } }
        if right { while j > i && strip(ix.scalar(p, j - 1)) { j -= 1 } }
        if i == 0 && j == ix.count && s.type === BuiltinTypes.str { return selfValue }
        return strValue(p, ix.off(i), ix.off(j))
    }
}

/// `s.splitlines(keepends)`.
func strSplitLines(_ s: PyStr, _ selfValue: Value, keepends: Bool) -> [Value] {
    let ix = StrIndex(s)
    return withUTF8Bytes(s.value) { p -> [Value] in
        let len = ix.count
        var out = [Value]()
        var i = 0
        while i < len {
            let j0 = i
            while i < len && !pyIsLineBreak(ix.scalar(p, i)) { i += 1 }
            var eol = i
            if i < len {
                if ix.scalar(p, i) == 13 && i + 1 < len && ix.scalar(p, i + 1) == 10 { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            if j0 == 0 && eol == len && s.type === BuiltinTypes.str { out.append(selfValue); break }
            out.append(strValue(p, ix.off(j0), ix.off(eol)))
        }
        return out
    }
}

/// `s.expandtabs(tabsize)`.
func strExpandTabs(_ s: PyStr, tabsize: Int) throws -> String? {
    if !s.value.utf8.contains(9) { return nil }
    var out = [UInt8]()
    out.reserveCapacity(s.value.utf8.count + 16)
    var col = 0
    var tooLong = false
    withUTF8Bytes(s.value) { p in
        var i = 0
        while i < p.count {
            let b = p[i]
            if b == 9 {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize
                    col += n
                    if out.count + n > maxResultBytes { tooLong = true; return }
                    out.append(contentsOf: repeatElement(32, count: n))
                }
                i += 1
                continue
            }
            let l = utf8SeqLen(b)
            out.append(contentsOf: UTF8Buf(rebasing: p[i..<(i + l)]))
            if b == 10 || b == 13 { col = 0 } else { col += 1 }
            i += l
        }
    }
    if tooLong { throw PyErr.make(BuiltinTypes.MemoryError, "") }
    return stringFromBytes(out)
}

func installStrSplit(_ t: PyType) {
    t.addMethod("split") { interp, args in try strSplitImpl(interp, args, "split", reverse: false) }
    t.addMethod("rsplit") { interp, args in try strSplitImpl(interp, args, "rsplit", reverse: true) }
    t.addMethod("splitlines") { interp, args in
        let s = try strSelf(args, "splitlines")
        let a = try StrArg.bind(args, "splitlines", ArgNames.keepends)
        let keep = try a[0].map { v -> Bool in
            if case .bool(let b) = v { return b }
            return try StrArg.index(interp, v) != 0
        } ?? false
        return .object(PyList(strSplitLines(s, args[0], keepends: keep)))
    }
    t.addMethod("join") { interp, args in
        let s = try strSelf(args, "join")
        try StrArg.one(args, "str.join")
        return try strJoin(interp, s, args[1])
    }
    func stripLike(_ name: String, left: Bool, right: Bool) -> NativeFunction {
        return { _, args in
            let s = try strSelf(args, name)
            try StrArg.clinic(args, name, 0, 1)
            var chars: PyStr? = nil
            if args.count > 1 && !args[1].isNone {
                guard let c = args[1].asStr else { throw PyErr.typeError("\(name) arg must be None or str") }
                chars = c
            }
            return strStrip(s, args[0], chars, left: left, right: right)
        }
    }
    t.addMethod("strip", stripLike("strip", left: true, right: true))
    t.addMethod("lstrip", stripLike("lstrip", left: true, right: false))
    t.addMethod("rstrip", stripLike("rstrip", left: false, right: true))
    t.addMethod("expandtabs") { interp, args in
        let s = try strSelf(args, "expandtabs")
        let a = try StrArg.bind(args, "expandtabs", ArgNames.tabsize)
        let ts = try a[0].map { try cIntArg(interp, $0) } ?? 8
        guard let r = try strExpandTabs(s, tabsize: ts) else {
            return s.type === BuiltinTypes.str ? args[0] : Value(s.value)
        }
        return Value(r)
    }
}

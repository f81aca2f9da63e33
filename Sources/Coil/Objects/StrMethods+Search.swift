// Substring search for str (and the byte-level engine bytes shares): find, rfind, index,
// rindex, count, startswith, endswith, replace, partition, rpartition, removeprefix,
// removesuffix. Matches of valid UTF-8 needles always start on a code point boundary, so str
// searches run on UTF-8 bytes and convert offsets to code point indices only at the ends.

#if canImport(Glibc)
import Glibc
#endif

// MARK: byte search engine

/// First occurrence of `n` in `h[from..<to]` (byte offset), or -1.
func byteFind(_ h: UTF8Buf, _ from: Int, _ to: Int, _ n: UTF8Buf) -> Int {
    let m = n.count
    if m == 0 { return from <= to ? from : -1 }
    if to - from < m { return -1 }
    guard let hb = h.baseAddress, let nb = n.baseAddress else { return -1 }
    let first = Int32(nb[0])
    let last = to - m
    var i = from
    if m > 8 && to - from > 256 { return horspoolFind(h, from, to, n) }
    while i <= last {
        guard let p = memchr(hb + i, first, last - i + 1) else { return -1 }
        let j = UnsafeRawPointer(p) - UnsafeRawPointer(hb)
        if m == 1 || memcmp(hb + j + 1, nb + 1, m - 1) == 0 { return j }
        i = j + 1
    }
    return -1
}

/// Boyer-Moore-Horspool for long needles in long haystacks.
private func horspoolFind(_ h: UTF8Buf, _ from: Int, _ to: Int, _ n: UTF8Buf) -> Int {
    let m = n.count
    var skip = [Int](repeating: m, count: 256)
    for k in 0..<(m - 1) { skip[Int(n[k])] = m - 1 - k }
    let lastByte = n[m - 1]
    var i = from
    guard let hb = h.baseAddress, let nb = n.baseAddress else { return -1 }
    while i + m <= to {
        let c = hb[i + m - 1]
        if c == lastByte && memcmp(hb + i, nb, m - 1) == 0 { return i }
        i += skip[Int(c)]
    }
    return -1
}

/// Last occurrence of `n` in `h[from..<to]`, or -1.
func byteRFind(_ h: UTF8Buf, _ from: Int, _ to: Int, _ n: UTF8Buf) -> Int {
    let m = n.count
    if m == 0 { return from <= to ? to : -1 }
    if to - from < m { return -1 }
    guard let hb = h.baseAddress, let nb = n.baseAddress else { return -1 }
    let first = nb[0]
    var i = to - m
    while i >= from {
        if hb[i] == first && (m == 1 || memcmp(hb + i + 1, nb + 1, m - 1) == 0) { return i }
        i -= 1
    }
    return -1
}

/// Non-overlapping occurrences of a non-empty `n` in `h[from..<to]`, up to `limit`.
func byteCount(_ h: UTF8Buf, _ from: Int, _ to: Int, _ n: UTF8Buf, limit: Int = Int.max) -> Int {
    let m = n.count
    var c = 0, i = from
    while c < limit {
        let j = byteFind(h, i, to, n)
        if j < 0 { break }
        c += 1
        i = j + m
    }
    return c
}

@inline(__always) func bytesEqualAt(_ h: UTF8Buf, _ at: Int, _ n: UTF8Buf) -> Bool {
    if n.count == 0 { return true }
    guard let hb = h.baseAddress, let nb = n.baseAddress else { return false }
    return memcmp(hb + at, nb, n.count) == 0
}

// MARK: str search primitives

/// `s.find(sub, start, end)` / rfind, in code points.
func strFind(_ s: PyStr, _ sub: PyStr, _ start: Int?, _ end: Int?, reverse: Bool) -> Int {
    let len = s.count
    let (st, en) = adjustIndices(start, end, len)
    let sublen = sub.count
    if en - st < sublen { return -1 }
    if sublen == 0 { return reverse ? en : st }
    if s.isASCII && !sub.isASCII { return -1 }
    if !s.isASCII && (st > 0 || en < len) {
        // Bounded search in a non-ASCII string: work on the cached code points so repeated
        // find(sub, pos) calls cost O(distance), not O(pos).
        return scalarFind(s.scalars, sub.scalars, st, en, reverse: reverse)
    }
    return withUTF8Bytes(s.value) { h in
        withUTF8Bytes(sub.value) { n in
            let bs = s.isASCII ? st : utf8Offset(h, cp: st)
            let be = s.isASCII ? en : utf8Offset(h, cp: en, fromByte: bs, fromCp: st)
            let r = reverse ? byteRFind(h, bs, be, n) : byteFind(h, bs, be, n)
            if r < 0 { return -1 }
            return s.isASCII ? r : st + utf8CountScalars(h, bs, r)
        }
    }
}

/// Naive search over code points in `h[from..<to]` (non-empty needle that fits).
private func scalarFind(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], _ from: Int, _ to: Int, reverse: Bool) -> Int {
    let m = n.count
    guard let first = n.first, to - from >= m else { return -1 }
    @inline(__always) func matches(_ i: Int) -> Bool {
        if h[i] != first { return false }
        var k = 1
        while k < m { if h[i + k] != n[k] { return false }; k += 1 }
        return true
    }
    if reverse {
        var i = to - m
        while i >= from { if matches(i) { return i }; i -= 1 }
    } else {
        var i = from
        while i <= to - m { if matches(i) { return i }; i += 1 }
    }
    return -1
}

/// `s.count(sub, start, end)`.
func strCount(_ s: PyStr, _ sub: PyStr, _ start: Int?, _ end: Int?) -> Int {
    let len = s.count
    let (st, en) = adjustIndices(start, end, len)
    let sublen = sub.count
    if en - st < sublen { return 0 }
    if sublen == 0 { return en - st + 1 }
    if s.isASCII && !sub.isASCII { return 0 }
    return withUTF8Bytes(s.value) { h in
        withUTF8Bytes(sub.value) { n in
            let bs = s.isASCII ? st : utf8Offset(h, cp: st)
            let be = s.isASCII ? en : utf8Offset(h, cp: en, fromByte: bs, fromCp: st)
            return byteCount(h, bs, be, n)
        }
    }
}

/// CPython's tailmatch: does `sub` match at the start (direction < 0) or end of s[start:end]?
func strTailMatch(_ s: PyStr, _ sub: PyStr, _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
    let len = s.count
    var (st, en) = adjustIndices(start, end, len)
    let sublen = sub.count
    en -= sublen
    if en < st { return false }
    if sublen == 0 { return true }
    return withUTF8Bytes(s.value) { h in
        withUTF8Bytes(sub.value) { n in
            let cp = atEnd ? en : st
            let b = s.isASCII ? cp : utf8Offset(h, cp: cp)
            if b + n.count > h.count { return false }
            return bytesEqualAt(h, b, n)
        }
    }
}

/// Replaces up to `maxCount` occurrences of `old` with `new` (CPython's replace()).
func strReplace(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ maxCount: Int) -> String? {
    let limit = maxCount < 0 ? Int.max : maxCount
    if limit == 0 { return nil }
    return withUTF8Bytes(s.value) { h -> String? in
        withUTF8Bytes(old.value) { o -> String? in
            withUTF8Bytes(new.value) { nw -> String? in
                var out = [UInt8]()
                if o.count == 0 {
                    // Insert `new` before every code point and at the end.
                    let nChars = s.count
                    let inserts = Swift.min(limit, nChars + 1)
                    out.reserveCapacity(h.count + inserts * nw.count)
                    var i = 0, done = 0
                    while done < inserts {
                        out.append(contentsOf: nw)
                        done += 1
                        if i < h.count {
                            let l = utf8SeqLen(h[i])
                            out.append(contentsOf: UTF8Buf(rebasing: h[i..<(i + l)]))
                            i += l
                        }
                    }
                    if i < h.count { out.append(contentsOf: UTF8Buf(rebasing: h[i...])) }
                    return stringFromBytes(out)
                }
                var i = 0, done = 0
                var found = false
                while done < limit {
                    let j = byteFind(h, i, h.count, o)
                    if j < 0 { break }
                    if !found { out.reserveCapacity(h.count + Swift.max(0, nw.count - o.count) * 4); found = true }
                    out.append(contentsOf: UTF8Buf(rebasing: h[i..<j]))
                    out.append(contentsOf: nw)
                    i = j + o.count
                    done += 1
                }
                if !found { return nil }
                out.append(contentsOf: UTF8Buf(rebasing: h[i...]))
                return stringFromBytes(out)
            }
        }
    }
}

// MARK: methods

func installStrSearch(_ t: PyType) {
    func findLike(_ name: String, reverse: Bool, raise: Bool) -> NativeFunction {
        return { interp, args in
            let s = try strSelf(args, name)
            try StrArg.varargs(args, name, 1, 3)
            let sub = try strArg(args[1])
            let st = try StrArg.sliceBound(interp, args, 2)
            let en = try StrArg.sliceBound(interp, args, 3)
            let r = strFind(s, sub, st, en, reverse: reverse)
            if raise && r < 0 { throw PyErr.valueError("substring not found") }
            return .int(r)
        }
    }
    t.addMethod("find", findLike("find", reverse: false, raise: false))
    t.addMethod("rfind", findLike("rfind", reverse: true, raise: false))
    t.addMethod("index", findLike("index", reverse: false, raise: true))
    t.addMethod("rindex", findLike("rindex", reverse: true, raise: true))
    t.addMethod("count") { interp, args in
        let s = try strSelf(args, "count")
        try StrArg.varargs(args, "count", 1, 3)
        let sub = try strArg(args[1])
        return .int(strCount(s, sub, try StrArg.sliceBound(interp, args, 2), try StrArg.sliceBound(interp, args, 3)))
    }
    func tailMatch(_ name: String, atEnd: Bool) -> NativeFunction {
        return { interp, args in
            let s = try strSelf(args, name)
            try StrArg.varargs(args, name, 1, 3)
            let st = try StrArg.sliceBound(interp, args, 2)
            let en = try StrArg.sliceBound(interp, args, 3)
            if let tup = args[1].asTuple {
                for item in tup.items {
                    guard let sub = item.asStr else {
                        throw PyErr.typeError("tuple for \(name) must only contain str, not \(item.type.name)")
                    }
                    if strTailMatch(s, sub, st, en, atEnd: atEnd) { return .bool(true) }
                }
                return .bool(false)
            }
            guard let sub = args[1].asStr else {
                throw PyErr.typeError("\(name) first arg must be str or a tuple of str, not \(args[1].type.name)")
            }
            return .bool(strTailMatch(s, sub, st, en, atEnd: atEnd))
        }
    }
    t.addMethod("startswith", tailMatch("startswith", atEnd: false))
    t.addMethod("endswith", tailMatch("endswith", atEnd: true))

    t.addMethod("replace") { interp, args in
        let s = try strSelf(args, "replace")
        try StrArg.clinic(args, "replace", 2, 3)
        guard let old = args[1].asStr else {
            throw PyErr.typeError("replace() argument 1 must be str, not \(args[1].type.name)")
        }
        guard let new = args[2].asStr else {
            throw PyErr.typeError("replace() argument 2 must be str, not \(args[2].type.name)")
        }
        let count = args.count > 3 ? try StrArg.index(interp, args[3]) : -1
        guard let r = strReplace(s, old, new, count) else {
            return s.type === BuiltinTypes.str ? args[0] : Value(s.value)
        }
        return Value(r)
    }

    func partitionLike(_ name: String, reverse: Bool) -> NativeFunction {
        return { _, args in
            let s = try strSelf(args, name)
            try StrArg.one(args, "str.\(name)")
            let sep = try strArg(args[1])
            if sep.value.isEmpty { throw PyErr.valueError("empty separator") }
            let selfV = args[0]
            let empty = Value("")
            let parts: (Value, Value, Value)? = withUTF8Bytes(s.value) { h in
                withUTF8Bytes(sep.value) { n in
                    let j = reverse ? byteRFind(h, 0, h.count, n) : byteFind(h, 0, h.count, n)
                    if j < 0 { return nil }
                    return (strValue(h, 0, j), args[1],
                            strValue(h, j + n.count, h.count))
                }
            }
            if let p = parts { return .object(PyTuple([p.0, p.1, p.2])) }
            return .object(PyTuple(reverse ? [empty, empty, selfV] : [selfV, empty, empty]))
        }
    }
    t.addMethod("partition", partitionLike("partition", reverse: false))
    t.addMethod("rpartition", partitionLike("rpartition", reverse: true))

    t.addMethod("removeprefix") { _, args in
        let s = try strSelf(args, "removeprefix")
        try StrArg.one(args, "str.removeprefix")
        guard let p = args[1].asStr else {
            throw PyErr.typeError("removeprefix() argument must be str, not \(args[1].type.name)")
        }
        if !p.value.isEmpty && s.value.utf8.count >= p.value.utf8.count && strTailMatch(s, p, nil, nil, atEnd: false) {
            return Value(withUTF8Bytes(s.value) { stringFromUTF8($0, p.value.utf8.count, $0.count) })
        }
        return s.type === BuiltinTypes.str ? args[0] : Value(s.value)
    }
    t.addMethod("removesuffix") { _, args in
        let s = try strSelf(args, "removesuffix")
        try StrArg.one(args, "str.removesuffix")
        guard let p = args[1].asStr else {
            throw PyErr.typeError("removesuffix() argument must be str, not \(args[1].type.name)")
        }
        if !p.value.isEmpty && s.value.utf8.count >= p.value.utf8.count && strTailMatch(s, p, nil, nil, atEnd: true) {
            return Value(withUTF8Bytes(s.value) { stringFromUTF8($0, 0, $0.count - p.value.utf8.count) })
        }
        return s.type === BuiltinTypes.str ? args[0] : Value(s.value)
    }
}

// bytearray's mutators: item and slice assignment/deletion, append, extend, insert, pop,
// remove, reverse, clear, copy, += and *=.

/// The new contents for `ba[slice] = value`: bytes-like or an iterable of ints (not str/int).
private func sliceAssignData(_ interp: Interpreter, _ v: Value) throws -> [UInt8] {
    if let b = bytesLike(v) { return b }
    if v.isNone { throw PyErr.typeError("cannot convert 'NoneType' object to bytearray") }
    if v.asStr != nil || v.isIntLike {
        throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    }
    do {
        _ = try interp.getIter(v)
    } catch let e as PyBaseException where e.type === BuiltinTypes.TypeError {
        throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    }
    return try bytesFromIterable(interp, v, rangeMessage: "byte must be in range(0, 256)")
}

/// The receiver of a bytearray mutator (never an immutable bytes).
@inline(__always) private func bytearraySelf(_ args: Args, _ name: String) throws -> PyBytes {
    if args.count > 0, let b = args[0].asObject as? PyBytes, b.isMutable { return b }
    let got = args.count > 0 ? args[0].type.name : "nothing"
    throw PyErr.typeError("descriptor '\(name)' for 'bytearray' objects doesn't apply to a '\(got)' object")
}

private func byteIndex(_ interp: Interpreter, _ k: Value) throws -> Int? {
    if let i = k.intValue { return i }
    if k.bigIntValue != nil || (!(k.type === BuiltinTypes.float) && k.type.lookup(interp.names.dindex) != nil) {
        return try interp.index(k)
    }
    return nil
}

func installByteArrayMutators(_ t: PyType) {
    t.addMethod("__setitem__") { interp, args in
        let b = try bytearraySelf(args, "__setitem__")
        guard args.count == 3 else { throw PyErr.typeError("expected 2 arguments, got \(args.count - 1)") }
        let k = args[1], v = args[2]
        if case .object(let ko) = k, let sl = ko as? PySlice {
            let data = try sliceAssignData(interp, v)
            let r = try sliceIndices(interp, sl, length: b.bytes.count)
            if r.step == 1 {
                let stop = max(r.start, r.start + r.count)
                b.bytes.replaceSubrange(r.start..<stop, with: data)
                return .none
            }
            if data.count != r.count {
                throw PyErr.valueError("attempt to assign bytes of size \(data.count) to extended slice of size \(r.count)")
            }
            var i = r.start
            for x in data { b.bytes[i] = x; i += r.step }
            return .none
        }
        guard let i = try byteIndex(interp, k) else {
            throw PyErr.typeError("bytearray indices must be integers or slices, not \(k.type.name)")
        }
        let n = b.bytes.count
        let j = i < 0 ? i + n : i
        let x = try byteValue(interp, v)
        if j < 0 || j >= n { throw PyErr.indexError("bytearray index out of range") }
        b.bytes[j] = x
        return .none
    }
    t.addMethod("__delitem__") { interp, args in
        let b = try bytearraySelf(args, "__delitem__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        let k = args[1]
        if case .object(let ko) = k, let sl = ko as? PySlice {
            let r = try sliceIndices(interp, sl, length: b.bytes.count)
            if r.count <= 0 { return .none }
            if r.step == 1 { b.bytes.removeSubrange(r.start..<(r.start + r.count)); return .none }
            var drop = [Bool](repeating: false, count: b.bytes.count)
            var i = r.start
            for _ in 0..<r.count { drop[i] = true; i += r.step }
            var out = [UInt8](); out.reserveCapacity(b.bytes.count - r.count)
            for (idx, x) in b.bytes.enumerated() where !drop[idx] { out.append(x) }
            b.bytes = out
            return .none
        }
        guard let i = try byteIndex(interp, k) else {
            throw PyErr.typeError("bytearray indices must be integers or slices, not \(k.type.name)")
        }
        let n = b.bytes.count
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PyErr.indexError("bytearray index out of range") }
        b.bytes.remove(at: j)
        return .none
    }
    t.addMethod("append") { interp, args in
        let b = try bytearraySelf(args, "append")
        try StrArg.one(args, "bytearray.append")
        b.bytes.append(try byteValue(interp, args[1]))
        return .none
    }
    t.addMethod("extend") { interp, args in
        let b = try bytearraySelf(args, "extend")
        try StrArg.one(args, "bytearray.extend")
        let v = args[1]
        if let d = bytesLike(v) { b.bytes.append(contentsOf: d); return .none }
        if v.isIntLike || v.isNone || (v.type.lookup(interp.names.diter) == nil && v.type.lookup(interp.names.dgetitem) == nil) {
            throw PyErr.typeError("can't extend bytearray with \(v.type.name)")
        }
        let data = try bytesFromIterable(interp, v, rangeMessage: "byte must be in range(0, 256)")
        b.bytes.append(contentsOf: data)
        return .none
    }
    t.addMethod("insert") { interp, args in
        let b = try bytearraySelf(args, "insert")
        try StrArg.clinic(args, "insert", 2, 2)
        var i = try StrArg.index(interp, args[1])
        let x = try byteValue(interp, args[2])
        let n = b.bytes.count
        if i < 0 { i += n; if i < 0 { i = 0 } }
        if i > n { i = n }
        b.bytes.insert(x, at: i)
        return .none
    }
    t.addMethod("pop") { interp, args in
        let b = try bytearraySelf(args, "pop")
        try StrArg.clinic(args, "pop", 0, 1)
        let n = b.bytes.count
        let i = args.count > 1 ? try StrArg.index(interp, args[1]) : -1
        if n == 0 { throw PyErr.indexError("pop from empty bytearray") }
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PyErr.indexError("pop index out of range") }
        return .int(Int(b.bytes.remove(at: j)))
    }
    t.addMethod("remove") { interp, args in
        let b = try bytearraySelf(args, "remove")
        try StrArg.one(args, "bytearray.remove")
        let x = try byteValue(interp, args[1])
        guard let i = b.bytes.firstIndex(of: x) else { throw PyErr.valueError("value not found in bytearray") }
        b.bytes.remove(at: i)
        return .none
    }
    t.addMethod("reverse") { _, args in
        let b = try bytearraySelf(args, "reverse")
        try StrArg.none(args, "bytearray.reverse")
        b.bytes.reverse()
        return .none
    }
    t.addMethod("clear") { _, args in
        let b = try bytearraySelf(args, "clear")
        try StrArg.none(args, "bytearray.clear")
        b.bytes.removeAll()
        return .none
    }
    t.addMethod("copy") { _, args in
        let b = try bytearraySelf(args, "copy")
        try StrArg.none(args, "bytearray.copy")
        return .object(PyBytes(b.bytes, type: BuiltinTypes.bytearray))
    }
    t.addMethod("__iadd__") { _, args in
        let b = try bytearraySelf(args, "__iadd__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let d = bytesLike(args[1]) else { throw PyErr.typeError("can't concat \(args[1].type.name) to bytearray") }
        b.bytes.append(contentsOf: d)
        return args[0]
    }
    t.addMethod("__imul__") { interp, args in
        let b = try bytearraySelf(args, "__imul__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let n = try repeatCount(interp, args[1]) else { return .object(BuiltinTypes.notImplemented) }
        if n <= 0 { b.bytes.removeAll(); return args[0] }
        if b.bytes.count > 0 && b.bytes.count > (1 << 40) / n { throw PyErr.make(BuiltinTypes.MemoryError, "") }
        let orig = b.bytes
        b.bytes.reserveCapacity(orig.count * n)
        for _ in 1..<n { b.bytes.append(contentsOf: orig) }
        return args[0]
    }
    t.addMethod("__alloc__") { _, args in .int(try bytearraySelf(args, "__alloc__").bytes.capacity + 1) }
}

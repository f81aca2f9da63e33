// Stable sorting for list.sort() and sorted(): keys are computed once, in the original order;
// `reverse` reverses, sorts and reverses again so equal elements keep their order (CPython's
// listsort). Homogeneous ints, floats and strs compare natively (CPython's pre-sort type check);
// everything else goes through `<` (Interpreter.compare), whose TypeError propagates.

#if canImport(Glibc)
import Glibc
#endif

/// Sorts `items` in place: stable, `key` applied once per element, `reverse` as CPython.
public func sortValues(_ interp: Interpreter, _ items: inout [Value], key: Value?, reverse: Bool) throws {
    if items.isEmpty { return }
    var keys: [Value]? = nil
    if let k = key, !k.isNone {
        var ks: [Value] = []
        ks.reserveCapacity(items.count)
        for v in items { ks.append(try interp.callValues(k, [v])) }
        keys = ks
    }
    if items.count < 2 { return }
    if reverse {
        items.reverse()
        keys?.reverse()
    }
    if keys == nil && sortHomogeneous(&items) {
        if reverse { items.reverse() }
        return
    }
    // Sort a permutation of indices, so the merges move machine ints rather than retained
    // values, then apply it.
    let perm = try sortedPermutation(interp, keys ?? items)
    var out: [Value] = []
    out.reserveCapacity(items.count)
    for i in perm { out.append(items[i]) }
    items = out
    if reverse { items.reverse() }
}

/// `a < b` with native fast paths.
@inline(__always) func lessThan(_ interp: Interpreter, _ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y
    case (.float(let x), .float(let y)): return x < y
    case (.object(let x), .object(let y)):
        if x.type === BuiltinTypes.str && y.type === BuiltinTypes.str {
            return strLess(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self))
        }
        if x.type === BuiltinTypes.tuple && y.type === BuiltinTypes.tuple {
            return try tupleLess(interp, unsafeDowncast(x, to: PyTuple.self), unsafeDowncast(y, to: PyTuple.self))
        }
    default: break
    }
    return try interp.isTrue(try interp.compare(a, b, 2))
}

/// Tuple `<` as CPython's unsafe_tuple_compare: skip equal prefixes, then compare the first
/// differing elements (natively when possible).
func tupleLess(_ interp: Interpreter, _ a: PyTuple, _ b: PyTuple) throws -> Bool {
    let xs = a.items, ys = b.items
    let n = Swift.min(xs.count, ys.count)
    var i = 0
    while i < n {
        let x = xs[i], y = ys[i]
        let same: Bool
        switch (x, y) {
        case (.int(let p), .int(let q)): same = p == q
        case (.object(let p), .object(let q)) where p.type === BuiltinTypes.str && q.type === BuiltinTypes.str:
            same = p === q || strEqual(unsafeDowncast(p, to: PyStr.self).value, unsafeDowncast(q, to: PyStr.self).value)
        default: same = try interp.keyEquals(x, y)
        }
        if !same { return try lessThan(interp, x, y) }
        i += 1
    }
    return xs.count < ys.count
}

/// Code point order of two strs (UTF-8 byte order is code point order).
@inline(__always) func strLess(_ a: PyStr, _ b: PyStr) -> Bool { strCompare3(a, b) < 0 }

/// Three-way code point comparison of two strs: negative, zero or positive.
func strCompare3(_ a: PyStr, _ b: PyStr) -> Int {
    if a === b { return 0 }
    let r = a.value.utf8.withContiguousStorageIfAvailable { pa in
        b.value.utf8.withContiguousStorageIfAvailable { pb -> Int in
            let n = Swift.min(pa.count, pb.count)
            if n > 0, let ba = pa.baseAddress, let bb = pb.baseAddress {
                let c = memcmp(ba, bb, n)
                if c != 0 { return Int(c) }
            }
            return pa.count - pb.count
        }
    }
    if let rr = r, let v = rr { return v }
    return compareUTF8(a.value, b.value)
}

/// Sorts ints in place (equal ints are indistinguishable, so stability does not matter).
/// Returns false unless every element is an int.
private func sortHomogeneous(_ items: inout [Value]) -> Bool {
    var ints: [Int] = []
    ints.reserveCapacity(items.count)
    for v in items {
        guard case .int(let i) = v else { return false }
        ints.append(i)
    }
    ints.sort()
    for i in 0..<ints.count { items[i] = .int(ints[i]) }
    return true
}

/// The stable sorting permutation of `keys`: homogeneous ints, floats (no NaN) and strs sort
/// natively with the index as tie-break; anything else merge-sorts indices with `<`.
private func sortedPermutation(_ interp: Interpreter, _ keys: [Value]) throws -> [Int] {
    switch keys.first {
    case .int(_)?:
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(keys.count)
        for (n, k) in keys.enumerated() {
            guard case .int(let i) = k else { pairs = []; break }
            pairs.append((i, n))
        }
        if pairs.count == keys.count {
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            return pairs.map { $0.1 }
        }
    case .float(_)?:
        var pairs: [(Double, Int)] = []
        pairs.reserveCapacity(keys.count)
        for (n, k) in keys.enumerated() {
            guard case .float(let d) = k, !d.isNaN else { pairs = []; break }
            pairs.append((d, n))
        }
        if pairs.count == keys.count {
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            return pairs.map { $0.1 }
        }
    case .object(let o)? where o.type === BuiltinTypes.str:
        var strs: [PyStr] = []
        strs.reserveCapacity(keys.count)
        for k in keys {
            guard case .object(let so) = k, so.type === BuiltinTypes.str else { strs = []; break }
            strs.append(unsafeDowncast(so, to: PyStr.self))
        }
        if strs.count == keys.count { return strPermutation(strs) }
    case .object(let o)? where o.type === BuiltinTypes.tuple:
        if let perm = try tuplePermutation(interp, keys) { return perm }
    default:
        break
    }
    var perm = Array(0..<keys.count)
    try keys.withUnsafeBufferPointer { kp in
        try stableSort(&perm) { a, b in try lessThan(interp, kp[a], kp[b]) }
    }
    return perm
}

// MARK: natural merge sort (timsort's run structure without galloping)

private let minMerge = 32

/// Stable sort with a throwing comparison. If `less` throws, `a` is left a permutation of its
/// original elements.
func stableSort<T>(_ a: inout [T], _ less: (T, T) throws -> Bool) throws {
    let n = a.count
    if n < 2 { return }
    if n < 64 {
        try binaryInsertionSort(&a, 0, n, 1, less)
        return
    }
    let minrun = computeMinrun(n)
    var runs: [(start: Int, count: Int)] = []
    var buffer: [T] = []
    buffer.reserveCapacity(n / 2 + 1)
    var lo = 0
    while lo < n {
        var runLen = try countRunAndMakeAscending(&a, lo, n, less)
        if runLen < minrun {
            let force = Swift.min(minrun, n - lo)
            try binaryInsertionSort(&a, lo, lo + force, lo + runLen, less)
            runLen = force
        }
        runs.append((lo, runLen))
        lo += runLen
        // Keep run lengths decreasing fast enough (timsort's invariants) so merges stay balanced.
        while runs.count > 1 {
            var k = runs.count - 2
            if k > 0 && runs[k - 1].count <= runs[k].count + runs[k + 1].count {
                if runs[k - 1].count < runs[k + 1].count { k -= 1 }
            } else if runs[k].count > runs[k + 1].count {
                break
            }
            try mergeAt(&a, &runs, k, &buffer, less)
        }
    }
    while runs.count > 1 {
        var k = runs.count - 2
        if k > 0 && runs[k - 1].count < runs[k + 1].count { k -= 1 }
        try mergeAt(&a, &runs, k, &buffer, less)
    }
}

private func computeMinrun(_ n: Int) -> Int {
    var n = n, r = 0
    while n >= minMerge { r |= n & 1; n >>= 1 }
    return n + r
}

/// Length of the run starting at `lo`; a strictly descending run is reversed in place.
private func countRunAndMakeAscending<T>(_ a: inout [T], _ lo: Int, _ hi: Int, _ less: (T, T) throws -> Bool) throws -> Int {
    var runHi = lo + 1
    if runHi == hi { return 1 }
    if try less(a[runHi], a[lo]) {
        runHi += 1
        while runHi < hi, try less(a[runHi], a[runHi - 1]) { runHi += 1 }
        a[lo..<runHi].reverse()
    } else {
        runHi += 1
        while runHi < hi, !(try less(a[runHi], a[runHi - 1])) { runHi += 1 }
    }
    return runHi - lo
}

/// Sorts a[lo..<hi] given that a[lo..<start] is already sorted.
private func binaryInsertionSort<T>(_ a: inout [T], _ lo: Int, _ hi: Int, _ start: Int, _ less: (T, T) throws -> Bool) throws {
    var i = Swift.max(start, lo + 1)
    while i < hi {
        let pivot = a[i]
        var left = lo, right = i
        while left < right {
            let mid = (left + right) >> 1
            if try less(pivot, a[mid]) { right = mid } else { left = mid + 1 }
        }
        var j = i
        while j > left { a[j] = a[j - 1]; j -= 1 }
        a[left] = pivot
        i += 1
    }
}

/// Merges runs k and k+1.
private func mergeAt<T>(_ a: inout [T], _ runs: inout [(start: Int, count: Int)], _ k: Int,
                        _ buffer: inout [T], _ less: (T, T) throws -> Bool) throws {
    let lo = runs[k].start, mid = lo + runs[k].count, hi = mid + runs[k + 1].count
    runs[k].count += runs[k + 1].count
    runs.remove(at: k + 1)
    // Already in order: nothing to do (common for nearly sorted input).
    if !(try less(a[mid], a[mid - 1])) { return }
    buffer.removeAll(keepingCapacity: true)
    buffer.append(contentsOf: a[lo..<mid])
    var i = 0, j = mid, w = lo
    let leftCount = buffer.count
    do {
        while i < leftCount && j < hi {
            if try less(a[j], buffer[i]) {
                a[w] = a[j]; j += 1
            } else {
                a[w] = buffer[i]; i += 1
            }
            w += 1
        }
    } catch {
        // Put the unmerged left elements back so nothing is lost.
        while i < leftCount { a[w] = buffer[i]; i += 1; w += 1 }
        throw error
    }
    while i < leftCount { a[w] = buffer[i]; i += 1; w += 1 }
}

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
    if let ks = keys {
        // Sort a permutation by the keys, then apply it.
        var perm = try sortedPermutation(interp, ks)
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for i in perm { out.append(items[i]) }
        items = out
        perm.removeAll()
    } else if !sortHomogeneous(&items) {
        try stableSort(&items) { a, b in try lessThan(interp, a, b) }
    }
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
@inline(__always) func strLess(_ a: PyStr, _ b: PyStr) -> Bool {
    let r = a.value.utf8.withContiguousStorageIfAvailable { pa in
        b.value.utf8.withContiguousStorageIfAvailable { pb -> Bool in
            let n = Swift.min(pa.count, pb.count)
            if n > 0, let ba = pa.baseAddress, let bb = pb.baseAddress {
                let c = memcmp(ba, bb, n)
                if c != 0 { return c < 0 }
            }
            return pa.count < pb.count
        }
    }
    if let rr = r, let v = rr { return v }
    return compareUTF8(a.value, b.value) < 0
}

/// Sorts without keys when every element is an int, or every element a float without NaN, or
/// every element an exact str. Returns false when the list is mixed.
private func sortHomogeneous(_ items: inout [Value]) -> Bool {
    guard let first = items.first else { return true }
    switch first {
    case .int:
        var ints: [Int] = []
        ints.reserveCapacity(items.count)
        for v in items {
            guard case .int(let i) = v else { return false }
            ints.append(i)
        }
        // Equal ints are indistinguishable, so stability does not matter here.
        ints.sort()
        for i in 0..<ints.count { items[i] = .int(ints[i]) }
        return true
    case .float:
        var pairs: [(Double, Int)] = []
        pairs.reserveCapacity(items.count)
        for (n, v) in items.enumerated() {
            guard case .float(let d) = v, !d.isNaN else { return false }
            pairs.append((d, n))
        }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        let old = items
        for (i, p) in pairs.enumerated() { items[i] = old[p.1] }
        return true
    case .object(let o) where o.type === BuiltinTypes.str:
        var strs: [(PyStr, Int)] = []
        strs.reserveCapacity(items.count)
        for (n, v) in items.enumerated() {
            guard case .object(let so) = v, so.type === BuiltinTypes.str else { return false }
            strs.append((unsafeDowncast(so, to: PyStr.self), n))
        }
        strs.sort { a, b in
            if strLess(a.0, b.0) { return true }
            if strLess(b.0, a.0) { return false }
            return a.1 < b.1
        }
        for (i, p) in strs.enumerated() { items[i] = .object(p.0) }
        return true
    default:
        return false
    }
}

/// The stable sorting permutation of `keys`.
private func sortedPermutation(_ interp: Interpreter, _ keys: [Value]) throws -> [Int] {
    var allInts = true
    for k in keys { if case .int = k { continue }; allInts = false; break }
    if allInts {
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(keys.count)
        for (n, k) in keys.enumerated() { if case .int(let i) = k { pairs.append((i, n)) } }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        return pairs.map { $0.1 }
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

// Sorting fast paths that avoid reference counting in the comparison loop: strs are compared
// from one contiguous copy of their UTF-8 bytes, and tuples whose leading elements are ints
// compare those ints from a plain [Int] table. Each returns the stable sorting permutation.

#if canImport(Glibc)
import Glibc
#endif

/// Stable permutation sorting exact strs in code point order (UTF-8 byte order).
func strPermutation(_ strs: [PyStr]) -> [Int] {
    var bytes: [UInt8] = []
    var starts: [Int] = [], lengths: [Int] = []
    starts.reserveCapacity(strs.count)
    lengths.reserveCapacity(strs.count)
    for s in strs {
        starts.append(bytes.count)
        let before = bytes.count
        bytes.append(contentsOf: s.value.utf8)
        lengths.append(bytes.count - before)
    }
    if bytes.isEmpty { bytes.append(0) }   // a valid base address even when every str is empty
    var perm = Array(0..<strs.count)
    bytes.withUnsafeBufferPointer { bp in
        starts.withUnsafeBufferPointer { st in
            lengths.withUnsafeBufferPointer { ln in
                guard let base = bp.baseAddress else { return }
                perm.sort { i, j in
                    let li = ln[i], lj = ln[j]
                    let n = Swift.min(li, lj)
                    if n > 0 {
                        let c = memcmp(base + st[i], base + st[j], n)
                        if c != 0 { return c < 0 }
                    }
                    if li != lj { return li < lj }
                    return i < j
                }
            }
        }
    }
    return perm
}

/// Stable permutation for exact tuples whose first elements are all ints. When every tuple has
/// the same small width and only ints, whole rows compare natively; otherwise the leading int
/// decides and ties fall back to full tuple comparison. nil when the keys do not qualify.
func tuplePermutation(_ interp: Interpreter, _ keys: [Value]) throws -> [Int]? {
    var firsts: [Int] = []
    firsts.reserveCapacity(keys.count)
    var width = -1
    var allInts = true
    var cells: [Int] = []
    for k in keys {
        guard case .object(let o) = k, o.type === BuiltinTypes.tuple else { return nil }
        let items = unsafeDowncast(o, to: PyTuple.self).items
        guard case .int(let f)? = items.first else { return nil }
        firsts.append(f)
        if allInts {
            if width < 0 { width = items.count }
            if items.count != width || width > 4 { allInts = false; continue }
            for v in items {
                guard case .int(let i) = v else { allInts = false; break }
                cells.append(i)
            }
        }
    }
    var perm = Array(0..<keys.count)
    if allInts && width > 0 {
        let w = width
        cells.withUnsafeBufferPointer { cp in
            perm.sort { i, j in
                var c = 0
                while c < w {
                    let a = cp[i * w + c], b = cp[j * w + c]
                    if a != b { return a < b }
                    c += 1
                }
                return i < j
            }
        }
        return perm
    }
    try firsts.withUnsafeBufferPointer { fp in
        try keys.withUnsafeBufferPointer { kp in
            try stableSort(&perm) { i, j in
                let a = fp[i], b = fp[j]
                if a != b { return a < b }
                return try lessThan(interp, kp[i], kp[j])
            }
        }
    }
    return perm
}

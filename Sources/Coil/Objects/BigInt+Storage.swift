// BigInt+Storage.swift
// Limb storage for BigInt.
//
// Swift's Array allocation goes through the unspecialized
// `_allocateBufferUninitialized` in libswiftCore, which looks up generic
// metadata on every call (~60ns per allocation measured on Swift 6.3). A
// small non-generic ManagedBuffer subclass allocates with static metadata,
// which roughly halves the cost of small big-int operations (e.g. adding
// two 300-digit numbers). Storage objects are never mutated after they are
// published, so sharing them between values is safe.

final class _LimbStorage: ManagedBuffer<Int, UInt64> {}

/// Immutable, normalized little-endian magnitude (no high zero limbs;
/// zero has no storage).
struct _Limbs: RandomAccessCollection, Hashable, ExpressibleByArrayLiteral, @unchecked Sendable {
    var storage: _LimbStorage?

    @inline(__always) init() { storage = nil }
    @inline(__always) init(storage: _LimbStorage?) { self.storage = storage }

    /// Copies (and normalizes) an array.
    init(_ a: [UInt64]) {
        var n = a.count
        while n > 0 && a[n &- 1] == 0 { n &-= 1 }
        if n == 0 { storage = nil; return }
        self = a.withUnsafeBufferPointer { b in
            guard let src = b.baseAddress else { return _Limbs() }
            return _makeLimbs(n) { p in _copy(p, src, n); return n }
        }
    }

    init(arrayLiteral elements: UInt64...) { self.init(elements) }

    /// One limb (zero gives the empty magnitude).
    @inline(__always)
    init(single v: UInt64) {
        self = v == 0 ? _Limbs() : _makeLimbs(1) { p in p[0] = v; return 1 }
    }

    /// Two limbs, low first (normalized).
    @inline(__always)
    init(lo: UInt64, hi: UInt64) {
        self = _makeLimbs(2) { p in p[0] = lo; p[1] = hi; return 2 }
    }

    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { storage?.header ?? 0 }
    @inline(__always) var count: Int { storage?.header ?? 0 }
    @inline(__always) var isEmpty: Bool { storage == nil }

    @inline(__always)
    subscript(i: Int) -> UInt64 {
        guard let s = storage else { return 0 }
        return s.withUnsafeMutablePointerToElements { $0[i] }
    }

    @inline(__always) var first: UInt64? { isEmpty ? nil : self[0] }
    @inline(__always) var last: UInt64? { isEmpty ? nil : self[count &- 1] }

    @inline(__always)
    func withPointer<R>(_ body: (ConstLimbPtr) throws -> R) rethrows -> R {
        guard let s = storage else { return try body(ConstLimbPtr(_emptyLimbs)) }
        return try s.withUnsafeMutablePointerToElements { try body(ConstLimbPtr($0)) }
    }

    var array: [UInt64] {
        let n = count
        if n == 0 { return [] }
        return withPointer { p in Array(UnsafeBufferPointer(start: p, count: n)) }
    }

    static func == (a: _Limbs, b: _Limbs) -> Bool {
        if a.storage === b.storage { return true }
        let n = a.count
        if n != b.count { return false }
        return a.withPointer { pa in b.withPointer { pb in _cmp(pa, n, pb, n) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        let n = count
        hasher.combine(n)
        withPointer { p in
            hasher.combine(bytes: UnsafeRawBufferPointer(start: p, count: n &* 8))
        }
    }

    /// Normalized copy of limbs [lo, min(hi, count)).
    func slice(_ lo: Int, _ hi: Int) -> _Limbs {
        let h = Swift.min(hi, count)
        if lo >= h { return _Limbs() }
        let n = h &- lo
        return withPointer { p in _makeLimbs(n) { r in _copy(r, p + lo, n); return n } }
    }
}

/// Builds a normalized magnitude by filling an uninitialized buffer of
/// `capacity` limbs; `body` returns how many limbs it initialized.
@inline(__always)
func _makeLimbs(_ capacity: Int, _ body: (LimbPtr) -> Int) -> _Limbs {
    if capacity <= 0 { return _Limbs() }
    let s = unsafeDowncast(_LimbStorage.create(minimumCapacity: capacity) { _ in 0 }, to: _LimbStorage.self)
    let n = s.withUnsafeMutablePointerToElements { p -> Int in
        var n = body(p)
        while n > 0 && p[n &- 1] == 0 { n &-= 1 }
        return n
    }
    if n == 0 { return _Limbs() }
    s.header = n
    return _Limbs(storage: s)
}

@inline(__always) @discardableResult
func _withLimbs<R>(_ x: _Limbs, _ body: (ConstLimbPtr) throws -> R) rethrows -> R {
    try x.withPointer(body)
}

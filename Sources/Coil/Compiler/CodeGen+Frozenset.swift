// Frozenset constants (CPython folds `{1, 2, 3}` displays and `x in {1, 2, 3}` into one).
//
// Which items a frozenset keeps, and which earlier equal constant it is merged with, decide the
// iteration order scripts see, so both follow CPython: a set keeps the first of several equal
// items (`{1, True}` keeps 1), and the compiler's constant cache makes every later frozenset
// whose kept items have the same typed keys reuse the first one (so `{17, 9, 1}` iterates like
// an earlier `{9, 1, 17}` of the same module).

extension CodeGen {
    func frozensetConstant(_ items: [CodeConstant]) -> CodeConstant {
        var kept: [CodeConstant] = []
        var seen = Set<ConstKey>()
        for c in items {
            let k = CodeGen.equalityKey(c)
            if seen.insert(k).inserted { kept.append(c) }
        }
        let key = Set(kept.map(ConstKey.init))
        if let first = frozensetConstants[key] { return .frozenset(first) }
        frozensetConstants[key] = kept
        return .frozenset(kept)
    }

    /// A key equal for constants that are equal under Python's `==` (and so hash alike):
    /// bools and integral floats compare as ints, a zero imaginary as 0, tuples item-wise.
    static func equalityKey(_ c: CodeConstant) -> ConstKey {
        switch c {
        case .true: return .int(1)
        case .false: return .int(0)
        case .float(let d):
            if d == d.rounded(), abs(d) < 0x1p63 { return .int(Int(d)) }
            return .float(d.bitPattern)
        case .imaginary(let d):
            if d == 0 { return .int(0) }
            return .imag(d.bitPattern)
        case .tuple(let items): return .tuple(items.map(equalityKey))
        default: return ConstKey(c)
        }
    }
}

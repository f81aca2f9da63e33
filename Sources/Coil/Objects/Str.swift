// str: an immutable Unicode string indexed by code point. ASCII strings index their UTF-8
// bytes directly; others build a scalar array on first indexed access.

public final class PyStr: PyObject {
    public let value: String
    private var hashCache: Int = 0
    private var hashed = false
    /// Interned strings (names from code objects) may be compared and cached by identity.
    public internal(set) var isInterned = false
    private var scalarsCache: [Unicode.Scalar]?
    private var countCache: Int = -1
    public let isASCII: Bool

    public init(_ value: String) {
        self.value = value
        self.isASCII = isASCIIString(value)
        super.init(type: BuiltinTypes.str)
    }

    public init(_ value: String, type: PyType) {
        self.value = value
        self.isASCII = isASCIIString(value)
        super.init(type: type)
    }

    init(bootstrap value: String) {
        self.value = value
        self.isASCII = true
        super.init(bootstrap: ())
    }

    /// Number of code points (`len(s)`).
    public var count: Int {
        if countCache >= 0 { return countCache }
        let c = isASCII ? value.utf8.count : value.unicodeScalars.count
        countCache = c
        return c
    }

    /// Code points, materialized once for non-ASCII strings.
    public var scalars: [Unicode.Scalar] {
        if let s = scalarsCache { return s }
        let s = Array(value.unicodeScalars)
        scalarsCache = s
        return s
    }

    /// The code point at `i` (0 <= i < count).
    public func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[i]) }
                ?? Unicode.Scalar(Array(value.utf8)[i])
        }
        return scalars[i]
    }

    /// The substring of code points `from..<to` (clamped by the caller).
    public func substring(_ from: Int, _ to: Int) -> String {
        if from >= to { return "" }
        if isASCII {
            let u = value.utf8
            let a = u.index(u.startIndex, offsetBy: from)
            let b = u.index(a, offsetBy: to - from)
            return String(value[a..<b])
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[from..<to])
        return String(s)
    }

    public var pyHash: Int {
        if hashed { return hashCache }
        hashCache = strHash(value)
        hashed = true
        return hashCache
    }

    @inline(__always) public static func == (a: PyStr, b: PyStr) -> Bool {
        a === b || a.value == b.value
    }
}

/// FNV-1a over UTF-8, folded like CPython's hashes (never -1).
func strHash(_ s: String) -> Int {
    var h: UInt64 = 0xcbf29ce484222325
    for b in s.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100000001b3
    }
    var r = Int(bitPattern: UInt(h))
    if r == -1 { r = -2 }
    return r
}

extension Character {
    var isPyWhitespace: Bool { unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}

/// Whether every byte of `s` is ASCII: eight bytes at a time over native (contiguous) storage,
/// which a byte-by-byte walk of `utf8` is several times slower than.
@inline(__always) func isASCIIString(_ s: String) -> Bool {
    if let r = s.utf8.withContiguousStorageIfAvailable({ buf -> Bool in
        guard let base = buf.baseAddress else { return true }
        let n = buf.count
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i &+= 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i &+= 1
        }
        return true
    }) { return r }
    for b in s.utf8 where b >= 0x80 { return false }
    return true
}

// MT19937 exactly as CPython's _randommodule.c (init_genrand, init_by_array, genrand_uint32,
// genrand_res53), so seeded sequences match CPython bit for bit; plus SHA-512, which
// random.seed(str/bytes) uses to turn the seed into an integer.

struct MersenneTwister {
    static let n = 624
    static let m = 397
    var mt = [UInt32](repeating: 0, count: MersenneTwister.n)
    var index = MersenneTwister.n + 1

    mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<MersenneTwister.n {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
    }

    mutating func initByArray(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initGenrand(19650218)
        var i = 1, j = 0
        let keyLength = max(key.count, 1)
        var k = max(n, keyLength)
        while k > 0 {
            let kj = j < key.count ? key[j] : 0
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ kj &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= keyLength { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            k -= 1
        }
        mt[0] = 0x8000_0000
    }

    private mutating func twist() {
        let n = MersenneTwister.n, m = MersenneTwister.m
        mt.withUnsafeMutableBufferPointer { p in
            @inline(__always) func mix(_ a: UInt32, _ b: UInt32) -> UInt32 {
                let y = (a & 0x8000_0000) | (b & 0x7fff_ffff)
                return (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_b0df)
            }
            var kk = 0
            while kk < n - m { p[kk] = p[kk + m] ^ mix(p[kk], p[kk + 1]); kk += 1 }
            while kk < n - 1 { p[kk] = p[kk + m - n] ^ mix(p[kk], p[kk + 1]); kk += 1 }
            p[n - 1] = p[m - 1] ^ mix(p[n - 1], p[0])
        }
        index = 0
    }

    @inline(__always) mutating func nextUInt32() -> UInt32 {
        if index >= MersenneTwister.n { twist() }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// random(): 53 random bits as a float in [0, 1).
    @inline(__always) mutating func nextDouble() -> Double {
        let a = nextUInt32() >> 5, b = nextUInt32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    /// getrandbits(k) for 0 < k <= 64.
    mutating func bits64(_ k: Int) -> UInt64 {
        if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
        let lo = UInt64(nextUInt32())
        let hi = UInt64(nextUInt32() >> UInt32(64 - k))
        return hi << 32 | lo
    }

    /// getrandbits(k) for any k >= 0: 32-bit words from least significant to most.
    mutating func bigBits(_ k: Int) -> BigInt {
        if k <= 63 { return BigInt(Int(bits64(k))) }
        var words: [UInt32] = []
        var rem = k
        while rem > 0 {
            var r = nextUInt32()
            if rem < 32 { r >>= UInt32(32 - rem) }
            words.append(r)
            rem -= 32
        }
        var limbs: [UInt64] = []
        var i = 0
        while i < words.count {
            let lo = UInt64(words[i])
            let hi = i + 1 < words.count ? UInt64(words[i + 1]) : 0
            limbs.append(hi << 32 | lo)
            i += 2
        }
        return BigInt(negative: false, limbs: limbs)
    }

    /// A uniformly random int in [0, n) for 0 < n < 2**63 (_randbelow_with_getrandbits).
    mutating func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(bits64(k))
        while r >= n { r = Int(bits64(k)) }
        return r
    }
}

/// SHA-512 (FIPS 180-4).
func sha512Digest(_ message: [UInt8]) -> [UInt8] {
    let k: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]
    var h: [UInt64] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                       0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
    var msg = message
    let bitLen = UInt64(message.count) &* 8
    msg.append(0x80)
    while msg.count % 128 != 112 { msg.append(0) }
    msg.append(contentsOf: [UInt8](repeating: 0, count: 8))
    for s in stride(from: 56, through: 0, by: -8) { msg.append(UInt8(truncatingIfNeeded: bitLen >> UInt64(s))) }
    @inline(__always) func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
    var w = [UInt64](repeating: 0, count: 80)
    var chunk = 0
    while chunk < msg.count {
        for t in 0..<16 {
            var v: UInt64 = 0
            for b in 0..<8 { v = v << 8 | UInt64(msg[chunk + t * 8 + b]) }
            w[t] = v
        }
        for t in 16..<80 {
            let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<80 {
            let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
        h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
        chunk += 128
    }
    var out: [UInt8] = []
    for v in h { for s in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: v >> UInt64(s))) } }
    return out
}

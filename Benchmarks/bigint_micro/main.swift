// Standalone timing harness for BigInt (not part of the package build).
// Build: swiftc -Ounchecked -wmo ../../Sources/Coil/Objects/BigInt*.swift main.swift -o /tmp/bench
// Compare with `python3 bench.py` (same workloads). Both report the best
// thread CPU time of several runs, which is far less noisy than wall time on
// a shared machine.
import Glibc

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

var sink = 0
func bench(_ name: String, reps: Int = 5, _ body: () -> Int) {
    var best = Double.infinity
    for _ in 0..<reps {
        let t0 = now()
        sink &+= body()
        best = min(best, now() - t0)
    }
    let ms = best * 1000
    print("\(name): \(String(Int(ms * 1000)).count > 0 ? fmt(ms) : "") ms")
}
func fmt(_ x: Double) -> String {
    let v = Int((x * 100).rounded())
    let s = String(v / 100) + "." + (v % 100 < 10 ? "0" : "") + String(v % 100)
    return s
}

bench("fact20000", reps: 3) {
    var x = BigInt(1)
    for i in 1...20000 { x = x * BigInt(i) }
    return x.bitLength()
}
bench("fact20000 (multiplied(by:))", reps: 3) {
    var x = BigInt(1)
    for i in 1...20000 { x = x.multiplied(by: i) }
    return x.bitLength()
}
bench("3**200000") { BigInt(3).power(200000).bitLength() }
let y = BigInt(3).power(200000)
bench("str(3**200000)", reps: 3) { y.description.utf8.count }
let ys = y.description
bench("int(str(3**200000))", reps: 3) { BigInt(ys, radix: 10)?.bitLength() ?? 0 }
bench("10**5000//7**3000", reps: 20) {
    BigInt(10).power(5000).floorDiv(BigInt(7).power(3000))?.bitLength() ?? 0
}
let a300 = BigInt(10).power(300) + BigInt(12345)
let b300 = BigInt(7).power(355)
bench("100k adds (300 digits)", reps: 5) {
    var x = a300
    for _ in 0..<100_000 { x = x + b300 }
    return x.bitLength()
}
let p1 = BigInt(3).power(100000), p2 = BigInt(7).power(80000)
bench("mul 3**100000 * 7**80000", reps: 5) { (p1 * p2).bitLength() }
bench("divmod 3**200000 // 7**50000", reps: 3) { y.floorDiv(BigInt(7).power(50000))?.bitLength() ?? 0 }
let big1 = BigInt(3).power(1_000_000)
bench("str(3**1000000)", reps: 1) { big1.description.utf8.count }
bench("gcd(3**20000-1, 2**30000-1)", reps: 3) {
    (BigInt(3).power(20000).adding(-1)).gcd(BigInt(2).power(30000).adding(-1)).bitLength()
}
let m2048 = BigInt(2).power(2048).adding(-159)  // arbitrary odd modulus
bench("pow(3, 2**2048-160, m2048)", reps: 3) {
    BigInt(3).modPow(m2048.adding(-1), m2048)?.bitLength() ?? 0
}
let g1 = BigInt(3).power(700).adding(12345), g2 = BigInt(7).power(400).adding(999)
bench("10k gcd (~1100-bit)", reps: 3) {
    var t = 0
    for i in 0..<10_000 { t &+= g1.gcd(g2.adding(i)).bitLength() }
    return t
}
let m256 = BigInt(2).power(255).adding(-19)
bench("1k pow(x, e, 2**255-19)", reps: 3) {
    var t = 0
    for i in 0..<1000 { t &+= BigInt(i + 2).modPow(m256.adding(-2), m256)?.bitLength() ?? 0 }
    return t
}
let d100 = BigInt(7).power(118)
bench("100k str(100-digit)", reps: 3) {
    var t = 0
    for _ in 0..<100_000 { t &+= d100.description.utf8.count }
    return t
}
let s100 = d100.description
bench("100k int(100-digit str)", reps: 3) {
    var t = 0
    for _ in 0..<100_000 { if case .big(let v) = parsePythonIntLiteral(s100, base: 10) { t &+= v.bitLength() } }
    return t
}
let k1 = BigInt(3).power(400), k2 = BigInt(5).power(300)
bench("100k mul (~640x700 bits)", reps: 3) {
    var t = 0
    for _ in 0..<100_000 { t &+= (k1 * k2).bitLength() }
    return t
}
bench("100k divmod (1300 by 640 bits)", reps: 3) {
    var t = 0
    let n = k1 * k2
    for _ in 0..<100_000 { t &+= n.floorDivMod(k1)?.0.bitLength() ?? 0 }
    return t
}
print("sink", sink)

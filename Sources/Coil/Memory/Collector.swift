// The cycle collector (CPython's algorithm over ARC): for every tracked object take its strong
// reference count, subtract the references coming from other tracked objects (`traverse`);
// whatever still has references is held from outside (frames, Swift locals, constants, the
// interpreter) and is a root. Everything reachable from a root survives; the rest is cyclic
// garbage, whose references are cleared so ARC frees it.
//
// Soundness rests on `traverse` reporting only strong references the object really holds:
// reporting too few leaks, reporting too many could free live objects.

extension Heap {
    /// `_getRetainCount` reports one more than the number of strong references (measured once).
    static let retainCountOffset: Int = {
        final class Probe {}
        let p = Probe()
        return Int(_getRetainCount(p)) - 1
    }()

    /// Runs one collection; returns the number of objects found unreachable.
    @discardableResult
    func collect() -> Int {
        if collecting { return 0 }
        collecting = true
        defer { collecting = false }
        // Pooled frames are a cache whose references would count as roots (and keep unused
        // code objects alive in a cycle): empty the pools first.
        owner?.drainFramePools()
        let n = objects.count
        var refs = [Int32](repeating: 0, count: n)
        let offset = Heap.retainCountOffset
        for i in 0..<n {
            refs[i] = Int32(truncatingIfNeeded: Int(_getRetainCount(objects[i].takeUnretainedValue())) - offset)
        }
        for i in 0..<n {
            objects[i].takeUnretainedValue().traverse { child in
                let ci = Int(child.gcIndex)
                if ci >= 0 && ci < n && objects[ci].toOpaque() == Unmanaged.passUnretained(child).toOpaque() {
                    refs[ci] -= 1
                }
            }
        }
        var reachable = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        for i in 0..<n where refs[i] > 0 {
            reachable[i] = true
            stack.append(i)
        }
        while let i = stack.popLast() {
            objects[i].takeUnretainedValue().traverse { child in
                let ci = Int(child.gcIndex)
                if ci >= 0 && ci < n && !reachable[ci] && objects[ci].toOpaque() == Unmanaged.passUnretained(child).toOpaque() {
                    reachable[ci] = true
                    stack.append(ci)
                }
            }
        }
        var garbage: [PyObject] = []
        for i in 0..<n where !reachable[i] { garbage.append(objects[i].takeUnretainedValue()) }
        for o in garbage { o.clearReferences() }
        let count = garbage.count
        garbage.removeAll()
        collections += 1
        collectedTotal += count
        trackedSinceCollect = 0
        // Amortize: the next collection waits for as many new objects as survived this one.
        threshold = max(20_000, objects.count)
        return count
    }
}

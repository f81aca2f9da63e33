// The registry of container objects for the cycle collector. ARC frees acyclic garbage at
// once; containers (lists, dicts, instances, functions, cells, generators …) register here so
// the collector can find reference cycles that ARC alone would leak.
//
// Each interpreter owns one Heap; the heap of the interpreter running on the current thread is
// found through a thread-local slot (objects are created in many places that have no
// interpreter at hand).

#if canImport(Glibc)
import Glibc
#endif

public final class Heap {
    /// Tracked objects, unretained; each object knows its index (`gcIndex`).
    var objects: [Unmanaged<PyObject>] = []
    /// Collections run when this many objects were tracked since the last one.
    var threshold = 20_000
    var trackedSinceCollect = 0
    var collecting = false
    public internal(set) var collections = 0
    public internal(set) var collectedTotal = 0
    public var enabled = true
    /// The interpreter owning this heap (valid while the heap is current: the interpreter clears
    /// the thread-local slot when it is freed).
    unowned(unsafe) var owner: Interpreter?

    init() {}

    @inline(__always) func track(_ o: PyObject) {
        o.gcIndex = Int32(truncatingIfNeeded: objects.count)
        objects.append(.passUnretained(o))
        trackedSinceCollect &+= 1
    }

    @inline(__always) func untrack(_ o: PyObject) {
        let i = Int(o.gcIndex)
        // Objects created under another interpreter's heap are not in this registry.
        guard i >= 0, i < objects.count, objects[i].toOpaque() == Unmanaged.passUnretained(o).toOpaque() else { return }
        o.gcIndex = -1
        let last = objects.removeLast()
        if i < objects.count {
            objects[i] = last
            last.takeUnretainedValue().gcIndex = Int32(truncatingIfNeeded: i)
        }
    }

    var shouldCollect: Bool { enabled && !collecting && trackedSinceCollect >= threshold }

    // MARK: thread-local current heap

    static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    static var current: Heap? {
        @inline(__always) get {
            guard let p = pthread_getspecific(key) else { return nil }
            return Unmanaged<Heap>.fromOpaque(p).takeUnretainedValue()
        }
    }

    /// Makes this heap the one new objects on this thread register with.
    func makeCurrent() {
        pthread_setspecific(Heap.key, Unmanaged.passUnretained(self).toOpaque())
    }
}

/// Registers a container object with the current thread's heap.
@inline(__always) func trackGC(_ o: PyObject) {
    if let h = Heap.current { h.track(o) }
}

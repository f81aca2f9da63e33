// The `gc` module over Coil's cycle collector (Memory/Collector.swift). There is one
// generation: counts and thresholds report it in the first slot.

func makeGCModule(_ interp: Interpreter) throws -> PyModule {
    let m = interp.makeNativeModule("gc", [
        ("collect", { interp, args in
            if args.count > 1 { throw PyErr.typeError("collect() takes at most 1 argument (\(args.count) given)") }
            if let g = interp.osArg(args, 0, "generation"), let n = g.intValue, n < 0 || n > 2 {
                throw PyErr.valueError("invalid generation")
            }
            return .int(interp.collectGarbage())
        }),
        ("enable", { interp, _ in interp.heap.enabled = true; return .none }),
        ("disable", { interp, _ in interp.heap.enabled = false; return .none }),
        ("isenabled", { interp, _ in .bool(interp.heap.enabled) }),
        ("get_count", { interp, _ in .object(PyTuple([.int(interp.heap.trackedSinceCollect), .int(0), .int(0)])) }),
        ("get_threshold", { interp, _ in .object(PyTuple([.int(interp.heap.threshold), .int(10), .int(10)])) }),
        ("set_threshold", { interp, args in
            guard args.count >= 1, args.count <= 3, let t = args[0].intValue else {
                throw PyErr.typeError("set_threshold() takes 1 to 3 integer arguments")
            }
            // 0 disables automatic collection in CPython; keep the collector's own floor.
            interp.heap.threshold = t <= 0 ? Int.max : t
            return .none
        }),
        ("is_tracked", { _, args in
            guard args.count == 1 else { throw PyErr.typeError("is_tracked() takes exactly one argument (\(args.count) given)") }
            if case .object(let o) = args[0] { return .bool(o.gcIndex >= 0) }
            return .false
        }),
        ("is_finalized", { _, _ in .false }),
        ("get_referents", { _, args in
            var out: [Value] = []
            for i in 0..<args.count {
                if case .object(let o) = args[i] { o.traverse { out.append(.object($0)) } }
            }
            return .object(PyList(out))
        }),
        ("get_stats", { interp, _ in
            let d = PyDict()
            d.setStr("collections", .int(interp.heap.collections))
            d.setStr("collected", .int(interp.heap.collectedTotal))
            d.setStr("uncollectable", .int(0))
            let e = PyDict(), e2 = PyDict()
            for x in [e, e2] { x.setStr("collections", .int(0)); x.setStr("collected", .int(0)); x.setStr("uncollectable", .int(0)) }
            return .object(PyList([.object(d), .object(e), .object(e2)]))
        }),
        ("freeze", { _, _ in .none }),
        ("unfreeze", { _, _ in .none }),
        ("get_freeze_count", { _, _ in .int(0) }),
    ])
    m.dict?.setStr("garbage", .object(PyList()))
    m.dict?.setStr("callbacks", .object(PyList()))
    m.dict?.setStr("DEBUG_STATS", .int(1))
    m.dict?.setStr("DEBUG_COLLECTABLE", .int(2))
    m.dict?.setStr("DEBUG_UNCOLLECTABLE", .int(4))
    m.dict?.setStr("DEBUG_SAVEALL", .int(32))
    m.dict?.setStr("DEBUG_LEAK", .int(38))
    return m
}

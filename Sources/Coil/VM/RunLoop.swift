// The dispatch loop. Script→script calls, returns, generator resumption (SEND, FOR_ITER) and
// yields switch frames inside this one loop; Swift's stack never grows with script recursion.
// Hot state (pc, stack pointer, instruction and constant pointers) lives in locals.
// Errors from handlers are Swift `throw`s caught once per instruction boundary below and
// unwound through the code's exception table.

enum ExecResult {
    case returned(Value)
    case yielded(Value)
}

extension Interpreter {
    /// Makes `f` the running frame: the loop's register locals take its saved position. An
    /// inlined function over the locals (not a closure) keeps them in registers.
    @inline(__always) func loadRegisters(_ f: Frame, _ code: inout UnsafeMutablePointer<UInt32>,
                                         _ consts: inout UnsafeMutablePointer<Value>,
                                         _ fast: inout UnsafeMutablePointer<Value>, _ pc: inout Int,
                                         _ sp: inout UnsafeMutablePointer<Value>) {
        code = f.rt.instructions; consts = f.rt.consts; fast = f.slots
        pc = f.pc; sp = f.stackBase + f.stackDepth
        currentFrame = f
    }

    /// Runs `entry` (fresh or suspended) until it returns or yields. Frames it calls run in the
    /// same loop. Throws the exception that escapes `entry`. `start`, when given, is a suspended
    /// frame whose `back` chain leads to `entry` (a parked greenlet chain) to resume first.
    func execute(_ entry: Frame, resumingAt start: Frame? = nil) throws -> ExecResult {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth > maxNativeDepth {
            throw PyErr.make(BuiltinTypes.RecursionError, "maximum recursion depth exceeded")
        }
        let savedCurrent = currentFrame
        defer { currentFrame = savedCurrent }
        invocationCounter &+= 1
        let invocation = invocationCounter

        var f = start ?? entry
        var code = f.rt.instructions
        var consts = f.rt.consts
        var fast = f.slots
        var pc = f.pc
        var sp = f.stackBase + f.stackDepth
        var skipTraceback = false
        currentFrame = f

        while true {
            do {
                if let pending = f.pendingThrow {
                    f.pendingThrow = nil
                    throw pending
                }
                while true {
                    let word = code[pc]
                    pc &+= 1
                    let arg = Int(word >> 8)
                    switch Instr.op(word) {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1; sp.deinitialize(count: 1)
                        if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                    case .dupTop:
                        sp.initialize(to: (sp - 1).pointee); sp += 1
                    case .dupTopTwo:
                        sp.initialize(to: (sp - 2).pointee)
                        (sp + 1).initialize(to: (sp - 1).pointee)
                        sp += 2
                    case .rotTwo:
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                    case .rotThree:
                        let top = (sp - 1).move()
                        (sp - 1).moveInitialize(from: sp - 2, count: 1)
                        (sp - 2).moveInitialize(from: sp - 3, count: 1)
                        (sp - 3).initialize(to: top)
                    case .rotFour:
                        let top = (sp - 1).move()
                        (sp - 1).moveInitialize(from: sp - 2, count: 1)
                        (sp - 2).moveInitialize(from: sp - 3, count: 1)
                        (sp - 3).moveInitialize(from: sp - 4, count: 1)
                        (sp - 4).initialize(to: top)

                    // MARK: names
                    case .loadConst:
                        sp.initialize(to: consts[arg]); sp += 1
                    case .loadFast:
                        let v = fast[arg]
                        if v.isUndefined { throw unboundLocal(f.code.varnames[arg]) }
                        sp.initialize(to: v); sp += 1
                    case .storeFast:
                        sp -= 1
                        fast[arg] = sp.move()
                        if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                    case .loadFastLoadFast:
                        let v = fast[arg]
                        if v.isUndefined { throw unboundLocal(f.code.varnames[arg]) }
                        sp.initialize(to: v); sp += 1
                        let b = Instr.arg(code[pc]); pc &+= 1
                        let w = fast[b]
                        if w.isUndefined { throw unboundLocal(f.code.varnames[b]) }
                        sp.initialize(to: w); sp += 1
                    case .loadFastLoadConst:
                        let v = fast[arg]
                        if v.isUndefined { throw unboundLocal(f.code.varnames[arg]) }
                        sp.initialize(to: v)
                        (sp + 1).initialize(to: consts[Instr.arg(code[pc])])
                        sp += 2; pc &+= 1
                    case .storeFastLoadFast:
                        sp -= 1
                        fast[arg] = sp.move()
                        if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                        let b = Instr.arg(code[pc]); pc &+= 1
                        let w = fast[b]
                        if w.isUndefined { throw unboundLocal(f.code.varnames[b]) }
                        sp.initialize(to: w); sp += 1
                    case .loadFastAttr:
                        let slot = fast + arg
                        if slot.pointee.isUndefined { throw unboundLocal(f.code.varnames[arg]) }
                        let n = Instr.arg(code[pc]); pc &+= 1
                        let ce = f.rt.attrCache + n
                        // The local keeps the object alive: no retain around the cache lookup.
                        let v = try cachedInstanceAttr(slot, f.rt.nameRefs[n], ce)
                            ?? loadAttrAndCache(slot.pointee, f.rt.names[n], ce)
                        sp.initialize(to: v); sp += 1
                    case .deleteFast:
                        if fast[arg].isUndefined { throw unboundLocal(f.code.varnames[arg]) }
                        fast[arg] = .undefined
                        if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                    case .loadDeref:
                        let v = f.cell(arg).value
                        if v.isUndefined { throw unboundDeref(f, arg) }
                        sp.initialize(to: v); sp += 1
                    case .storeDeref:
                        sp -= 1
                        f.cell(arg).value = sp.move()
                    case .deleteDeref:
                        let c = f.cell(arg)
                        if c.value.isUndefined { throw unboundDeref(f, arg) }
                        c.value = .undefined
                    case .loadClosure:
                        sp.initialize(to: .object(f.cell(arg))); sp += 1
                    case .loadClassDeref:
                        let name = f.code.cellvars.count > arg ? f.code.cellvars[arg] : f.code.freevars[arg - f.code.cellvars.count]
                        if let l = f.locals, let v = l.getStr(intern(name)) {
                            sp.initialize(to: v); sp += 1
                        } else {
                            let v = f.cell(arg).value
                            if v.isUndefined { throw unboundDeref(f, arg) }
                            sp.initialize(to: v); sp += 1
                        }
                    case .loadGlobal:
                        let v = try loadGlobalCached(f, arg)
                        sp.initialize(to: v); sp += 1
                    case .storeGlobal:
                        sp -= 1
                        storeGlobalCached(f, arg, sp.move())
                    case .deleteGlobal:
                        let name = f.rt.names[arg]
                        if f.globals.removeStr(name) == nil { throw nameError(name.value) }
                    case .loadName:
                        if namesAreGlobals(f) {
                            let v = try loadGlobalCached(f, arg)
                            sp.initialize(to: v); sp += 1
                            break
                        }
                        let name = f.rt.names[arg]
                        if let v = try lookupName(f, name) {
                            sp.initialize(to: v); sp += 1
                        } else {
                            throw nameError(name.value)
                        }
                    case .storeName:
                        sp -= 1
                        if namesAreGlobals(f) {
                            storeGlobalCached(f, arg, sp.move())
                            if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                            break
                        }
                        let v = sp.move()
                        try storeName(f, f.rt.names[arg], v)
                    case .deleteName:
                        try deleteName(f, f.rt.names[arg])

                    // MARK: attributes and items
                    case .loadAttr:
                        let ce = f.rt.attrCache + arg
                        if let v = cachedInstanceAttr(sp - 1, f.rt.nameRefs[arg], ce) {
                            (sp - 1).pointee = v
                            break
                        }
                        let o = (sp - 1).move()
                        sp -= 1
                        let v = try loadAttrAndCache(o, f.rt.names[arg], ce)
                        sp.initialize(to: v); sp += 1
                    case .storeAttr:
                        sp -= 2
                        let ce = f.rt.attrCache + arg
                        if storeCachedInstanceAttr(sp + 1, f.rt.nameRefs[arg], ce, sp) {
                            (sp + 1).deinitialize(count: 1)
                            break
                        }
                        let name = f.rt.names[arg]
                        let o = (sp + 1).move()
                        let v = sp.move()
                        try setAttr(o, name, v)
                        if case .object(let oo) = o { cacheInstanceAttr(oo, name, ce, store: true) }
                    case .deleteAttr:
                        sp -= 1
                        let o = sp.move()
                        try delAttr(o, f.rt.names[arg])
                    case .loadMethod:
                        let ce = f.rt.attrCache + arg
                        if let m = cachedMethod(sp - 1, f.rt.nameRefs[arg], ce) {
                            sp.moveInitialize(from: sp - 1, count: 1)
                            (sp - 1).initialize(to: m)
                            sp += 1
                            break
                        }
                        // An attribute (a module's function, a class's function) called unbound.
                        if let v = cachedInstanceAttr(sp - 1, f.rt.nameRefs[arg], ce) {
                            (sp - 1).pointee = v
                            sp.initialize(to: .undefined)
                            sp += 1
                            break
                        }
                        let name = f.rt.names[arg]
                        sp -= 1
                        let o = sp.move()
                        let (m, s) = try loadMethod(o, name)
                        if case .object(let oo) = o {
                            if !s.isUndefined { cacheMethod(oo, name, ce) }
                            else if oo.hasType(BuiltinTypes.type) { cacheClassAttr(unsafeDowncast(oo, to: PyType.self), name, ce) }
                            else { cacheInstanceAttr(oo, name, ce, store: false) }
                        }
                        sp.initialize(to: m)
                        (sp + 1).initialize(to: s)
                        sp += 2
                    case .loadSuperMethod:
                        sp -= 1
                        let (m, s) = try loadSuperMethod(f, sp.move(), f.rt.names[arg], f.rt.attrCache + arg)
                        sp.initialize(to: m)
                        (sp + 1).initialize(to: s)
                        sp += 2
                    case .binarySubscr:
                        sp -= 2
                        let o = sp.move()
                        let k = (sp + 1).move()
                        let v: Value
                        if case .object(let lo) = o, lo.hasType(listType), case .int(let i) = k {
                            let l = unsafeDowncast(lo, to: PyList.self)
                            let j = i < 0 ? i + l.items.count : i
                            if j < 0 || j >= l.items.count { throw PyErr.indexError("list index out of range") }
                            v = l.items[j]
                        } else {
                            v = try getItem(o, k)
                        }
                        sp.initialize(to: v); sp += 1
                    case .storeSubscr:
                        sp -= 3
                        let v = sp.move()
                        let o = (sp + 1).move()
                        let k = (sp + 2).move()
                        if case .object(let lo) = o, lo.hasType(listType), case .int(let i) = k {
                            let l = unsafeDowncast(lo, to: PyList.self)
                            let j = i < 0 ? i + l.items.count : i
                            if j < 0 || j >= l.items.count { throw PyErr.indexError("list assignment index out of range") }
                            l.items[j] = v
                        } else {
                            try setItem(o, k, v)
                        }
                    case .deleteSubscr:
                        sp -= 2
                        let o = sp.move()
                        let k = (sp + 1).move()
                        try delItem(o, k)
                    case .buildSlice:
                        let step: Value = arg == 3 ? { sp -= 1; return sp.move() }() : .none
                        sp -= 2
                        let lo = sp.move(), hi = (sp + 1).move()
                        sp.initialize(to: .object(PySlice(start: lo, stop: hi, step: step))); sp += 1

                    // MARK: operators
                    case .binaryOp:
                        sp -= 1
                        let b = sp.move()
                        let a = (sp - 1).move()
                        let r: Value
                        if case .int(let x) = a, case .int(let y) = b {
                            // The commonest cases inline; intFastBinary is too large to inline here.
                            let opc = arg >= 13 ? arg - 13 : arg
                            if opc == 0 { // BinOpCode.add (literals: static lets are lazily initialized globals)
                                let (v, o) = x.addingReportingOverflow(y)
                                if !o { (sp - 1).initialize(to: .int(v)); break }
                            } else if opc == 1 { // BinOpCode.sub
                                let (v, o) = x.subtractingReportingOverflow(y)
                                if !o { (sp - 1).initialize(to: .int(v)); break }
                            }
                        }
                        if case .int(let x) = a, case .int(let y) = b, let fast = intFastBinary(x, y, arg) {
                            r = fast
                        } else if case .float(let x) = a, case .float(let y) = b, let fast = floatFastBinary(x, y, arg) {
                            r = fast
                        } else {
                            do {
                                r = try binaryOp(a, b, arg)
                            } catch {
                                // The operands were consumed; keep the slot initialized for unwinding.
                                (sp - 1).initialize(to: .none)
                                throw error
                            }
                        }
                        (sp - 1).initialize(to: r)
                    case .unaryNegative:
                        let a = (sp - 1).pointee
                        if case .int(let x) = a, x != Int.min { (sp - 1).pointee = .int(-x) }
                        else { (sp - 1).pointee = try negative(a) }
                    case .unaryPositive:
                        (sp - 1).pointee = try positive((sp - 1).pointee)
                    case .unaryNot:
                        (sp - 1).pointee = .bool(!(try isTrue((sp - 1).pointee)))
                    case .unaryInvert:
                        (sp - 1).pointee = try invert((sp - 1).pointee)
                    case .compareOp:
                        sp -= 1
                        let b = sp.move()
                        let a = (sp - 1).pointee
                        let r: Value
                        if case .int(let x) = a, case .int(let y) = b {
                            let t: Bool
                            switch arg {
                            case 0: t = x == y
                            case 1: t = x != y
                            case 2: t = x < y
                            case 3: t = x <= y
                            case 4: t = x > y
                            default: t = x >= y
                            }
                            // A conditional jump usually follows: take it here and skip its
                            // dispatch (the operand slot holds a trivial int, nothing to release).
                            let next = code[pc]
                            let nop = Instr.op(next)
                            if nop == .popJumpIfFalse {
                                sp -= 1
                                pc = t ? pc &+ 1 : Instr.arg(next)
                                break
                            }
                            if nop == .popJumpIfTrue {
                                sp -= 1
                                pc = t ? Instr.arg(next) : pc &+ 1
                                break
                            }
                            r = .bool(t)
                        } else {
                            r = try compare(a, b, arg)
                        }
                        (sp - 1).pointee = r
                    case .isOp:
                        sp -= 1
                        let b = sp.move()
                        let same = (sp - 1).pointee.isIdentical(to: b)
                        (sp - 1).pointee = .bool(arg == 0 ? same : !same)
                    case .containsOp:
                        sp -= 1
                        let container = sp.move()
                        let r = try contains(container, (sp - 1).pointee)
                        (sp - 1).pointee = .bool(arg == 0 ? r : !r)

                    // MARK: building
                    case .buildTuple:
                        sp -= arg
                        let items = Array(UnsafeBufferPointer(start: sp, count: arg))
                        sp.drop(arg)
                        sp.initialize(to: .object(PyTuple(items))); sp += 1
                    case .buildList:
                        sp -= arg
                        let items = Array(UnsafeBufferPointer(start: sp, count: arg))
                        sp.drop(arg)
                        sp.initialize(to: .object(PyList(items))); sp += 1
                    case .buildSet:
                        sp -= arg
                        let items = Array(UnsafeBufferPointer(start: sp, count: arg))
                        sp.drop(arg)
                        let s = PySet()
                        sp.initialize(to: .object(s)); sp += 1
                        for v in items { try setAdd(s, v) }
                    case .buildMap:
                        sp -= 2 * arg
                        let items = Array(UnsafeBufferPointer(start: sp, count: 2 * arg))
                        sp.drop(2 * arg)
                        let d = PyDict()
                        sp.initialize(to: .object(d)); sp += 1
                        var i = 0
                        while i < items.count { try dictSet(d, items[i], items[i + 1]); i += 2 }
                    case .buildString:
                        sp -= arg
                        var s = ""
                        for i in 0..<arg { if let p = sp[i].asStr { s += p.value } }
                        sp.drop(arg)
                        sp.initialize(to: Value(s)); sp += 1
                    case .listAppend:
                        sp -= 1
                        let v = sp.move()
                        if case .object(let o) = (sp - arg).pointee { unsafeDowncast(o, to: PyList.self).items.append(v) }
                    case .setAdd:
                        sp -= 1
                        let v = sp.move()
                        if case .object(let o) = (sp - arg).pointee { try setAdd(unsafeDowncast(o, to: PySet.self), v) }
                    case .mapAdd:
                        sp -= 2
                        let k = sp.move(), v = (sp + 1).move()
                        if case .object(let o) = (sp - arg).pointee { try dictSet(unsafeDowncast(o, to: PyDict.self), k, v) }
                    case .listExtend:
                        sp -= 1
                        let it = sp.move()
                        if case .object(let o) = (sp - arg).pointee {
                            unsafeDowncast(o, to: PyList.self).items.append(contentsOf: try iterate(it))
                        }
                    case .setUpdate:
                        sp -= 1
                        let it = sp.move()
                        if case .object(let o) = (sp - arg).pointee {
                            // set_update_internal: a (frozen)set operand is merged table-wise.
                            try setUpdateInternal(unsafeDowncast(o, to: PySet.self), it)
                        }
                    case .dictUpdate, .dictMerge:
                        sp -= 1
                        let m = sp.move()
                        if case .object(let o) = (sp - arg).pointee {
                            try dictMerge(unsafeDowncast(o, to: PyDict.self), m, forCall: Instr.op(word) == .dictMerge,
                                          callee: Instr.op(word) == .dictMerge ? (sp - arg - 2).pointee : .none)
                        }
                    case .listToTuple:
                        if case .object(let o) = (sp - 1).pointee {
                            (sp - 1).pointee = .object(PyTuple(unsafeDowncast(o, to: PyList.self).items))
                        }
                    case .formatValue:
                        var spec = ""
                        if arg & 4 != 0 {
                            sp -= 1
                            spec = sp.move().asStr?.value ?? ""
                        }
                        var v = (sp - 1).pointee
                        switch arg & 3 {
                        case 1: v = Value(try str(v))
                        case 2: v = Value(try repr(v))
                        case 3: v = Value(try ascii(v))
                        default: break
                        }
                        if spec.isEmpty, v.asStr != nil, v.type === BuiltinTypes.str {
                            (sp - 1).pointee = v
                        } else {
                            (sp - 1).pointee = Value(try format(v, spec))
                        }
                    case .unpackSequence:
                        sp -= 1
                        let seq = sp.move()
                        let items = try unpack(seq, count: arg)
                        for v in items.reversed() { sp.initialize(to: v); sp += 1 }
                    case .unpackEx:
                        sp -= 1
                        let seq = sp.move()
                        let items = try unpackStar(seq, before: arg & 0xFF, after: arg >> 8)
                        for v in items.reversed() { sp.initialize(to: v); sp += 1 }

                    // MARK: control flow
                    case .jump:
                        if arg < pc && heap.trackedSinceCollect >= heap.threshold && heap.enabled {
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            heap.collect()
                        }
                        pc = arg
                    case .popJumpIfFalse:
                        sp -= 1
                        let c = sp.move()
                        if case .bool(let b) = c { if !b { pc = arg } } else if !(try isTrue(c)) { pc = arg }
                    case .popJumpIfTrue:
                        sp -= 1
                        let c = sp.move()
                        if case .bool(let b) = c { if b { pc = arg } } else if try isTrue(c) { pc = arg }
                    case .jumpIfFalseOrPop:
                        if try isTrue((sp - 1).pointee) { sp -= 1; sp.deinitialize(count: 1) } else { pc = arg }
                    case .jumpIfTrueOrPop:
                        if try isTrue((sp - 1).pointee) { pc = arg } else { sp -= 1; sp.deinitialize(count: 1) }
                    case .getIter:
                        (sp - 1).pointee = try getIter((sp - 1).pointee)
                    case .forIter:
                        if let ou = (sp - 1).unretainedObject, let gf = loopResumableFrame(ou, coroutines: false, sending: .none) {
                            // Resume the generator in this loop; its yield lands back here. It is
                            // borrowed from its slot: checked before `o` below is bound, whose
                            // lexical lifetime would otherwise cost a copy across the switch.
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            f = switchIntoGenerator(ou, gf, caller: consume f, sending: .none)
                            loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                            break
                        }
                        guard case .object(let o) = (sp - 1).pointee else {
                            throw PyErr.typeError("'\((sp - 1).pointee.type.name)' object is not an iterator")
                        }
                        // Casts to final classes are a pointer compare; to the open
                        // PyNativeIterator a runtime call, so the common iterators come first.
                        if let r = o as? PyRangeIterator {
                            if r.remaining > 0 {
                                r.remaining -= 1
                                let v = r.current
                                r.current &+= r.step
                                sp.initialize(to: .int(v)); sp += 1
                            } else {
                                sp -= 1; sp.deinitialize(count: 1); pc = arg
                            }
                        } else if let it = o as? PyNativeIterator {
                            if let v = try it.next(self) {
                                sp.initialize(to: v); sp += 1
                            } else {
                                sp -= 1; sp.deinitialize(count: 1); pc = arg
                            }
                        } else if let v = try next((sp - 1).pointee) {
                            sp.initialize(to: v); sp += 1
                        } else {
                            sp -= 1; sp.deinitialize(count: 1); pc = arg
                        }
                    case .returnValue:
                        sp -= 1
                        var result = sp.move()
                        f.stackDepth = sp - f.stackBase
                        depth -= 1
                        if f.hasGenerator, let gen = f.generator {
                            finishGenerator(gen, f)
                            if let d = f.delegator {
                                // A delegate resumed directly finished: the SEND its delegator
                                // is suspended in completes with the result.
                                f.delegator = nil
                                let done = f
                                f = d
                                recycleGeneratorFrame(consume done)
                                code = f.rt.instructions; consts = f.rt.consts; fast = f.slots
                                pc = Instr.arg(code[f.pc - 2])
                                sp = f.stackBase + f.stackDepth
                                (sp - 1).pointee = result
                                currentFrame = f
                                break
                            }
                            if f === entry { return .returned(result) }
                            guard f.hasBack else { return .returned(result) }
                            let done = f
                            f = done.back.take().unsafelyUnwrapped
                            // Released at the end of this case, once the switch is complete.
                            let held = done.callResumed.take()
                            recycleGeneratorFrame(consume done)
                            loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                            // The resumer is a SEND (delivers the return value), a FOR_ITER
                            // (the iterator is exhausted) or a call (g.send(), next(g): raises
                            // StopIteration(value) there, as the native methods do).
                            let resumer = code[pc - 1]
                            let rop = Instr.op(resumer)
                            if rop == .send {
                                (sp - 1).pointee = result
                            } else if rop == .forIter {
                                sp -= 1; sp.deinitialize(count: 1)
                            } else {
                                _ = consume held
                                throw PyErr.stopIteration(result)
                            }
                            pc = Instr.arg(resumer)
                            _ = consume held
                            break
                        }
                        if let inst = f.initInstance {
                            if !result.isNone {
                                throw PyErr.typeError("__init__() should return None, not '\(result.type.name)'")
                            }
                            result = .object(inst)
                        }
                        if f === entry {
                            return .returned(result)
                        }
                        if !f.hasBack, let g = f.greenletOwner, let action = greenletFinished(g, invocation: invocation, result: result, error: nil) {
                            f.greenletOwner = nil
                            switch action {
                            case .resume(let nf, let push):
                                f = nf
                                loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                                if let v = push { sp.initialize(to: v); sp += 1 }
                            case .raise(let nf, let e):
                                f = nf
                                loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                                throw e
                            case .value, .leave:
                                break
                            }
                            break
                        }
                        guard f.hasBack else { return .returned(result) }
                        // Moving the link out (take) instead of copying then clearing it saves
                        // a retain/release pair per return.
                        let done = f
                        f = done.back.take().unsafelyUnwrapped
                        currentFrame = f
                        recycle(consume done)
                        code = f.rt.instructions; consts = f.rt.consts; fast = f.slots
                        pc = f.pc; sp = f.stackBase + f.stackDepth
                        sp.initialize(to: result); sp += 1
                        if hasPendingFinalizers { f.stackDepth = sp - f.stackBase; runPendingFinalizers() }

                    // MARK: calls
                    case .call, .callMethod, .callKw, .callMethodKw:
                        let op = Instr.op(word)
                        var kwnames: PyTuple? = nil
                        if op == .callKw || op == .callMethodKw {
                            sp -= 1
                            kwnames = sp.move().asTuple
                        }
                        var argc = arg
                        var fnSlot = sp - argc - 1
                        var argStart = sp - argc
                        if op == .callMethod || op == .callMethodKw {
                            fnSlot = sp - argc - 2
                            if (fnSlot + 1).pointee.isUndefined {
                                // Not an unbound method: drop the placeholder by shifting the callable up.
                                (fnSlot + 1).pointee = fnSlot.move()
                                fnSlot.initialize(to: .undefined)
                                fnSlot += 1
                            } else {
                                argStart = fnSlot + 1
                                argc += 1
                            }
                        }
                        if kwnames == nil, let cu = fnSlot.unretainedObject, let nf = directFrame(cu, argStart, argc) {
                            // Direct call: the arguments moved into the new frame's slots.
                            let base = op == .callMethod ? sp - arg - 2 : fnSlot
                            base.drop(argStart - base)
                            sp = base
                            try pushDepth()
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            nf.back = consume f
                            f = nf
                            code = nf.rt.instructions; consts = nf.rt.consts; fast = nf.slots
                            pc = 0; sp = nf.stackBase
                            currentFrame = nf
                            break
                        }
                        if kwnames == nil, let cu = fnSlot.unretainedObject, let gu = generatorResumedByCall(cu, argStart, argc),
                           let gf = loopResumableFrame(gu, coroutines: argc == 2, sending: argc == 2 ? argStart[1] : .none) {
                            // g.send(v), next(g): resume the generator in this loop as FOR_ITER
                            // does. Its yield lands where the call's result goes; its return
                            // raises StopIteration at this call (RETURN_VALUE below).
                            let v: Value = argc == 2 ? (argStart + 1).move() : .none
                            // The argument slot's reference moves to the frame (`callResumed`),
                            // which keeps the generator alive while it runs.
                            let gen = unsafeDowncast(argStart.move().asObject.unsafelyUnwrapped, to: PyGenerator.self)
                            let base = op == .callMethod ? sp - arg - 2 : fnSlot
                            base.drop(argStart - base)
                            sp = base
                            gen.wasAwaited = true
                            gf.callResumed = consume gen
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            f = switchIntoGenerator(gu, gf, caller: consume f, sending: v)
                            loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                            break
                        }
                        if kwnames == nil, let cu = fnSlot.unretainedObject, let result = try specializedCall(cu, argStart, argc) {
                            let base = op == .callMethod || op == .callMethodKw ? sp - arg - 2 : fnSlot
                            base.drop(sp - base)
                            sp = base
                            sp.initialize(to: result); sp += 1
                            break
                        }
                        if let cu = fnSlot.unretainedObject,
                           let nfn = cu._withUnsafeGuaranteedRef({ nativeCallee($0, argStart, argc, kwnames) }) {
                            // A builtin function or method: no frame, no generic dispatch.
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            let result = try nfn(self, Args(UnsafeBufferPointer(start: argStart, count: argc), kwnames: kwnames))
                            let base = op == .callMethod || op == .callMethodKw ? sp - arg - 2 : fnSlot
                            base.drop(sp - base)
                            sp = base
                            sp.initialize(to: result); sp += 1
                            break
                        }
                        let callee = fnSlot.pointee
                        if case .object(let co) = callee, co.hasType(functionType) {
                            let fn = unsafeDowncast(co, to: PyFunction.self)
                            let nf = try makeFrame(fn, args: argStart, argc: argc, kwnames: kwnames)
                            // Arguments were copied; pop them and the callable.
                            let base = op == .callMethod || op == .callMethodKw ? sp - arg - 2 : fnSlot
                            base.drop(sp - base)
                            sp = base
                            if fn.code.isGeneratorLike {
                                sp.initialize(to: .object(makeGenerator(fn, nf))); sp += 1
                                break
                            }
                            try pushDepth()
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            nf.back = f
                            f = nf
                            loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                            break
                        }
                        if case .object(let co) = callee, let cls = co as? PyType, cls.isHeapType,
                           let prepared = try prepareInstance(cls, args: argStart, argc: argc, kwnames: kwnames) {
                            let (inst, initFn) = prepared
                            // Python-level __init__: run it as a frame that returns the instance.
                            // The class's slot, just below the arguments, becomes `self`.
                            fnSlot.pointee = .object(inst)
                            let base = op == .callMethod || op == .callMethodKw ? sp - arg - 2 : fnSlot
                            let rt = runtime(for: initFn.code)
                            let nf: Frame
                            if kwnames == nil && rt.directCall && argc + 1 == rt.argCount {
                                nf = freshFrame(initFn, rt)
                                nf.slots.moveInitialize(from: fnSlot, count: argc + 1)
                                if rt.ncells > 0 { installClosure(initFn, nf, rt) }
                                base.drop(fnSlot - base)
                            } else {
                                nf = try makeFrame(initFn, args: fnSlot, argc: argc + 1, kwnames: kwnames)
                                base.drop(sp - base)
                            }
                            nf.initInstance = inst
                            sp = base
                            try pushDepth()
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            nf.back = f
                            f = nf
                            loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                            break
                        }
                        if let (g, isThrow, skip) = greenletCall(callee, argStart, argc) {
                            let nk = kwnames?.count ?? 0
                            let pos = Array(UnsafeBufferPointer(start: argStart + skip, count: argc - skip - nk))
                            var kws: [(String, Value)] = []
                            if let names = kwnames {
                                for (i, n) in names.items.enumerated() { kws.append((n.asStr?.value ?? "", argStart[argc - nk + i])) }
                            }
                            let base = op == .callMethod || op == .callMethodKw ? sp - arg - 2 : fnSlot
                            base.drop(sp - base)
                            sp = base
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            var thrown: PyBaseException? = nil
                            if isThrow {
                                if pos.isEmpty {
                                    thrown = PyBaseException(type: BuiltinTypes.GreenletExit, args: [])
                                } else {
                                    let targs = [Value.object(g)] + pos
                                    thrown = try targs.withUnsafeBufferPointer { try throwArgument(Args($0)) }
                                }
                            }
                            let action = try greenletSwitch(from: f, entry: entry, invocation: invocation, to: g, args: isThrow ? [] : pos, kwargs: kws, throwing: thrown)
                            switch action {
                            case .value(let v):
                                sp.initialize(to: v); sp += 1
                            case .leave(let v):
                                return .returned(v)
                            case .resume(let nf, let push):
                                f = nf
                                loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                                if let v = push { sp.initialize(to: v); sp += 1 }
                            case .raise(let nf, let e):
                                f = nf
                                loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                                throw e
                            }
                            // The greenlet switched away from may be unreachable now: kill it here.
                            if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                            break
                        }
                        f.pc = pc; f.stackDepth = sp - f.stackBase
                        let result = try call(callee, args: UnsafeBufferPointer(start: argStart, count: argc), kwnames: kwnames)
                        let base = op == .callMethod || op == .callMethodKw ? sp - arg - 2 : fnSlot
                        base.drop(sp - base)
                        sp = base
                        sp.initialize(to: result); sp += 1
                    case .callEx:
                        var kwargs: PyDict? = nil
                        if arg & 1 != 0 { sp -= 1; kwargs = sp.move().asDict }
                        sp -= 1
                        let argTuple = sp.move()
                        sp -= 1
                        let callee = sp.move()
                        f.pc = pc; f.stackDepth = sp - f.stackBase
                        let posArgs = try argTuple.asTuple?.items ?? iterate(argTuple)
                        let result = try callWithDict(callee, posArgs, kwargs)
                        sp.initialize(to: result); sp += 1
                    case .makeFunction:
                        sp -= 1
                        guard case .object(let co) = sp.move(), let pc0 = co as? PyCode else {
                            throw PyErr.make(BuiltinTypes.SystemError, "bad MAKE_FUNCTION")
                        }
                        let fn = PyFunction(code: pc0.code, globals: f.globals, closure: [], moduleName: names.dname)
                        if arg & 8 != 0 { sp -= 1; fn.closure = (sp.move().asTuple?.items ?? []).compactMap { $0.asObject as? PyCell } }
                        if arg & 4 != 0 { sp -= 1; fn.annotations = sp.move().asDict }
                        if arg & 2 != 0 { sp -= 1; fn.kwDefaults = sp.move().asDict }
                        if arg & 1 != 0 { sp -= 1; fn.defaults = sp.move().asTuple?.items ?? [] }
                        sp.initialize(to: .object(fn)); sp += 1
                    case .loadBuildClass:
                        guard let bc = f.builtins.getStr("__build_class__") else {
                            throw PyErr.nameError("__build_class__ not found")
                        }
                        sp.initialize(to: bc); sp += 1

                    // MARK: exceptions
                    case .raiseVarargs:
                        f.pc = pc
                        if arg == 0 {
                            guard case .object(let e) = handled, let exc = e as? PyBaseException else {
                                throw PyErr.runtimeError("No active exception to reraise")
                            }
                            skipTraceback = true
                            throw exc
                        }
                        var cause: Value? = nil
                        if arg == 2 { sp -= 1; cause = sp.move() }
                        sp -= 1
                        let exc = try makeRaisable(sp.move())
                        if let c = cause {
                            if c.isNone {
                                exc.cause = .none
                            } else if let ce = c.asException {
                                exc.cause = .object(ce)
                            } else if let ct = c.asType, ct.isSubtype(of: BuiltinTypes.BaseException) {
                                exc.cause = .object(try makeRaisable(c))
                            } else {
                                throw PyErr.typeError("exception causes must derive from BaseException")
                            }
                            exc.suppressContext = true
                        }
                        throw exc
                    case .reraise:
                        sp -= 1
                        let e = sp.move()
                        skipTraceback = true
                        throw (e.asException ?? PyErr.runtimeError("reraise of non-exception"))
                    case .pushExcInfo:
                        let exc = (sp - 1).move()
                        (sp - 1).initialize(to: handled)
                        sp.initialize(to: exc); sp += 1
                        handled = exc
                    case .popExcept:
                        sp -= 1
                        handled = sp.move()
                    case .popExceptReraise:
                        sp -= 2
                        handled = sp.move()
                        let e = (sp + 1).move()
                        skipTraceback = true
                        throw (e.asException ?? PyErr.runtimeError("reraise of non-exception"))
                    case .checkExcMatch:
                        sp -= 1
                        let t = sp.move()
                        let r = try exceptionMatches((sp - 1).pointee, t)
                        sp.initialize(to: .bool(r)); sp += 1
                    case .checkEgMatch:
                        sp -= 1
                        let t = sp.move()
                        if let (rest, match) = try exceptionGroupMatch((sp - 1).pointee, t) {
                            (sp - 1).pointee = rest
                            sp.initialize(to: match); sp += 1
                            handled = match
                        } else {
                            pc = arg
                        }
                    case .prepReraiseStar:
                        sp -= 2
                        let orig = sp.move(), list = (sp + 1).move()
                        let reraised: PyBaseException?
                        do {
                            reraised = try prepReraiseStar(orig, list)
                        } catch {
                            sp -= 1; handled = sp.move()
                            throw error
                        }
                        if let e = reraised {
                            sp -= 1; handled = sp.move()
                            skipTraceback = true
                            throw e
                        }
                    case .loadAssertionError:
                        sp.initialize(to: .object(BuiltinTypes.AssertionError)); sp += 1
                    case .beforeWith:
                        let mgr = (sp - 1).pointee
                        let (exit, entered) = try beforeWith(mgr)
                        (sp - 1).pointee = exit
                        sp.initialize(to: entered); sp += 1
                    case .withExceptStart:
                        let exit = (sp - 3).pointee
                        let exc = (sp - 1).pointee
                        let tb: Value = exc.asException?.traceback.map { .object($0) } ?? .none
                        let r = try callValues(exit, [.object(exc.type), exc, tb])
                        sp.initialize(to: r); sp += 1

                    // MARK: generators and coroutines
                    case .yieldValue:
                        sp -= 1
                        let v = sp.move()
                        f.pc = pc; f.stackDepth = sp - f.stackBase
                        depth -= 1
                        if let gu = f.generatorRef { gu._withUnsafeGuaranteedRef { leaveGenerator($0, f) } }
                        if f.delegatorRef != nil { f = unwindDelegators(f) }
                        if f === entry { return .yielded(v) }
                        guard let parent = f.back.take() else { return .yielded(v) }
                        // A generator resumed by a call may lose its last reference here; it is
                        // released after the switch (its finalizer then runs at a safepoint).
                        let held = f.callResumed.take()
                        f = parent
                        loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                        sp.initialize(to: v); sp += 1
                        if held != nil {
                            _ = consume held
                            // Reclaimed (`next(gen())`): close it now, as CPython does when the call returns.
                            if hasPendingFinalizers { f.pc = pc; f.stackDepth = sp - f.stackBase; runPendingFinalizers() }
                        }
                    case .send:
                        sp -= 1
                        let v = sp.move()
                        if let ru = (sp - 1).unretainedObject, let gf = loopResumableFrame(ru, coroutines: true, sending: v) {
                            f.pc = pc; f.stackDepth = sp - f.stackBase
                            f = switchIntoGenerator(ru, gf, caller: consume f, sending: v)
                            loadRegisters(f, &code, &consts, &fast, &pc, &sp)
                            break
                        }
                        let receiver = (sp - 1).pointee
                        if case .object(let ro) = receiver, let gen = ro as? PyGenerator, gen.frame == nil {
                            if gen.kind == .coroutine { throw PyErr.runtimeError("cannot reuse already awaited coroutine") }
                            (sp - 1).pointee = .none
                            pc = arg
                            break
                        }
                        f.pc = pc; f.stackDepth = sp - f.stackBase
                        switch try sendGeneric(receiver, v) {
                        case .yielded(let y):
                            sp.initialize(to: y); sp += 1
                        case .returned(let r):
                            (sp - 1).pointee = r
                            pc = arg
                        }
                    case .getYieldFromIter:
                        (sp - 1).pointee = try getYieldFromIter((sp - 1).pointee, inCoroutine: f.code.flags.contains(.coroutine))
                    case .getAwaitable:
                        (sp - 1).pointee = try getAwaitable((sp - 1).pointee, context: arg)
                    case .getAiter:
                        (sp - 1).pointee = try getAiter((sp - 1).pointee)
                    case .getAnext:
                        let aw = try getAnext((sp - 1).pointee)
                        sp.initialize(to: aw); sp += 1
                    case .endAsyncFor:
                        sp -= 2
                        let exc = (sp + 1).move()
                        sp.deinitialize(count: 1)
                        if let e = exc.asException, e.type.isSubtype(of: BuiltinTypes.StopAsyncIteration) {
                            // Loop finished normally; the handled exception is left as it was.
                        } else {
                            skipTraceback = true
                            throw (exc.asException ?? PyErr.runtimeError("bad END_ASYNC_FOR"))
                        }
                    case .beforeAsyncWith:
                        let mgr = (sp - 1).pointee
                        let (exit, entered) = try beforeAsyncWith(mgr)
                        (sp - 1).pointee = exit
                        sp.initialize(to: entered); sp += 1
                    case .asyncGenWrap:
                        (sp - 1).pointee = .object(PyAsyncGenWrapped((sp - 1).pointee))

                    // MARK: modules and misc
                    case .importName:
                        sp -= 2
                        let level = sp.move()
                        let fromlist = (sp + 1).move()
                        f.pc = pc
                        let m = try importName(f.rt.names[arg].value, fromlist: fromlist, level: level, globals: f.globals)
                        sp.initialize(to: m); sp += 1
                    case .importFrom:
                        let m = try importFrom((sp - 1).pointee, f.rt.names[arg].value)
                        sp.initialize(to: m); sp += 1
                    case .importStar:
                        sp -= 1
                        let m = sp.move()
                        try importStar(m, into: f.locals ?? f.globals)
                    case .setupAnnotations:
                        let ns = f.locals ?? f.globals
                        if ns.getStr("__annotations__") == nil { ns.setStr(intern("__annotations__"), .object(PyDict())) }
                    case .printExpr:
                        sp -= 1
                        let v = sp.move()
                        try printExpr(v)

                    // MARK: pattern matching (PatternMatching.swift)
                    case .rotN:
                        rotateTopDown(sp, arg)
                    case .getLen:
                        sp.initialize(to: .int(try len((sp - 1).pointee))); sp += 1
                    case .matchMapping:
                        sp.initialize(to: .bool(try matchesMapping((sp - 1).pointee))); sp += 1
                    case .matchSequence:
                        sp.initialize(to: .bool(try matchesSequence((sp - 1).pointee))); sp += 1
                    case .matchKeys:
                        sp.initialize(to: try matchKeys((sp - 2).pointee, (sp - 1).pointee)); sp += 1
                    case .matchClass:
                        sp -= 2
                        let cls = sp.move(), kwnames = (sp + 1).move()
                        (sp - 1).pointee = try matchClass((sp - 1).pointee, cls, kwnames, positional: arg)
                    case .copyDictWithoutKeys:
                        sp -= 1
                        let keys = sp.move()
                        (sp - 1).pointee = try copyDictWithoutKeys((sp - 1).pointee, keys)
                    }
                }
            } catch let error {
                var exc = asPyException(error)
                // Attach this frame to the traceback (not for re-raises of a handled exception).
                if !skipTraceback {
                    exc.traceback = PyTraceback(next: exc.traceback, code: f.code, loc: f.location(at: pc - 1), frame: nil)
                    if case .object(let h) = handled, h !== exc, exc.context.isNone { exc.context = handled }
                }
                skipTraceback = false
                // Find a handler in this frame or the callers run by this loop.
                while true {
                    if let h = f.code.handler(at: pc - 1) {
                        let target = f.stackBase + Int(h.depth)
                        if sp > target { target.drop(sp - target) }
                        sp = target
                        sp.initialize(to: .object(exc)); sp += 1
                        pc = Int(h.target)
                        break
                    }
                    // No handler: the frame exits with the exception.
                    f.stackBase.drop(sp - f.stackBase)
                    sp = f.stackBase
                    f.stackDepth = 0
                    depth -= 1
                    if let gen = f.generator {
                        // PEP 479 may replace the exception (StopIteration → RuntimeError).
                        exc = finishGeneratorWithError(gen, f, exc)
                    }
                    if let d = f.delegator {
                        // A delegate resumed directly raised: the exception surfaces at the
                        // SEND its delegator is suspended in (pc - 1 indexes the SEND).
                        f.delegator = nil
                        f = d
                        currentFrame = d
                        code = f.rt.instructions; consts = f.rt.consts; fast = f.slots
                        pc = f.pc - 1
                        sp = f.stackBase + f.stackDepth
                        exc.traceback = PyTraceback(next: exc.traceback, code: f.code, loc: f.location(at: pc - 1), frame: nil)
                        continue
                    }
                    if f === entry {
                        throw exc
                    }
                    if !f.hasBack, let g = f.greenletOwner, let action = greenletFinished(g, invocation: invocation, result: .none, error: exc) {
                        f.greenletOwner = nil
                        var resumed = false
                        switch action {
                        case .resume(let nf, let push):
                            f = nf
                            pc = f.pc; sp = f.stackBase + f.stackDepth
                            if let v = push { sp.initialize(to: v); sp += 1 }
                            resumed = true
                        case .raise(let nf, let e):
                            f = nf
                            pc = f.pc; sp = f.stackBase + f.stackDepth
                            exc = e
                        case .value, .leave:
                            break
                        }
                        code = f.rt.instructions; consts = f.rt.consts; fast = f.slots
                        currentFrame = f
                        if resumed { break }
                        exc.traceback = PyTraceback(next: exc.traceback, code: f.code, loc: f.location(at: pc - 1), frame: nil)
                        continue
                    }
                    guard f.hasBack else { throw exc }
                    let done = f
                    f = done.back.take().unsafelyUnwrapped
                    currentFrame = f
                    // A generator resumed by a call (g.send()) dropped its frame already.
                    let held = done.callResumed.take()
                    if !done.hasGenerator { recycle(consume done) }
                    _ = consume held
                    code = f.rt.instructions; consts = f.rt.consts; fast = f.slots
                    pc = f.pc; sp = f.stackBase + f.stackDepth
                    exc.traceback = PyTraceback(next: exc.traceback, code: f.code, loc: f.location(at: pc - 1), frame: nil)
                }
            }
        }
    }
}

// Assembler: resolves labels, computes stack depths by flow analysis (including exception-handler
// edges), drops unreachable code and jumps to the next instruction, and builds the exception table
// from the per-instruction handler records.

struct AssembledCode {
    var instructions: [UInt32]
    var locations: [SourceLoc]
    var exceptionTable: [ExceptionTableEntry]
    var stackSize: Int
}

enum Assembler {
    static func isJump(_ op: Opcode) -> Bool {
        switch op {
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send,
             .checkEgMatch:
            return true
        default:
            return false
        }
    }

    /// Instructions after which control never falls through to the next one.
    static func isTerminal(_ op: Opcode) -> Bool {
        switch op {
        case .jump, .returnValue, .raiseVarargs, .reraise, .popExceptReraise:
            return true
        default:
            return false
        }
    }

    static func assemble(_ u: CompileUnit, errors: ErrorContext) throws -> AssembledCode {
        var instrs = u.instrs
        let n = instrs.count
        func fail(_ msg: String) -> SyntaxErrorInfo {
            errors.error("internal compiler error in \(u.qualname): \(msg)", u.loc)
        }
        if n == 0 { throw fail("empty code") }

        // Resolve labels.
        var labelPos = u.labelPos
        for i in labelPos.indices where labelPos[i] > n { labelPos[i] = -1 }
        func target(_ label: Int) throws -> Int {
            guard label >= 0 && label < labelPos.count, labelPos[label] >= 0 else { throw fail("unbound label") }
            return labelPos[label]
        }

        // Jump threading: a jump to an unconditional jump goes straight to the final target.
        // (SEND is left alone: its exit stays right after the `YIELD_VALUE 1; JUMP` of its loop.)
        for i in 0..<n where isJump(instrs[i].op) && instrs[i].op != .send {
            var steps = 0
            while steps < 16, let t = try? target(instrs[i].target), t < n, instrs[t].op == .jump,
                  instrs[t].target != instrs[i].target {
                instrs[i].target = instrs[t].target
                steps += 1
            }
        }

        // Flow analysis.
        let handlers = u.handlers
        var setupsAt: [Int: [Int]] = [:]
        for (h, info) in handlers.enumerated() { setupsAt[info.setupIndex, default: []].append(h) }
        var depth = [Int](repeating: -1, count: n)
        var handlerDepth = [Int?](repeating: nil, count: handlers.count)
        var handlerUsed = [Bool](repeating: false, count: handlers.count)
        var handlerPropagated = [Bool](repeating: false, count: handlers.count)
        var work: [Int] = []
        var maxDepth = 0

        func push(_ i: Int, _ d: Int) throws {
            guard i < n else { throw fail("control falls off the end of the code") }
            guard d >= 0 else { throw fail("negative stack depth at \(i)") }
            if depth[i] < 0 {
                depth[i] = d
                work.append(i)
                maxDepth = max(maxDepth, d)
            } else if depth[i] != d {
                throw fail("inconsistent stack depth at \(i) (\(depth[i]) vs \(d))")
            }
        }
        func propagateHandler(_ h: Int) throws {
            guard !handlerPropagated[h], let hd = handlerDepth[h] else { return }
            handlerPropagated[h] = true
            try push(try target(handlers[h].target), hd + 1)
        }

        try push(0, 0)
        while true {
            while let i = work.popLast() {
                let d = depth[i]
                if let hs = setupsAt[i] {
                    for h in hs where handlerDepth[h] == nil {
                        handlerDepth[h] = d + handlers[h].delta
                        if handlerUsed[h] { try propagateHandler(h) }
                    }
                }
                let ins = instrs[i]
                if ins.handler >= 0 {
                    handlerUsed[ins.handler] = true
                    try propagateHandler(ins.handler)
                }
                let op = ins.op
                if isJump(op) {
                    let after = d + op.stackEffect(arg: ins.arg, jump: true)
                    maxDepth = max(maxDepth, after)
                    try push(try target(ins.target), after)
                }
                if !isTerminal(op) {
                    let after = d + op.stackEffect(arg: ins.arg, jump: false)
                    maxDepth = max(maxDepth, after)
                    if after < 0 { throw fail("stack underflow at \(i) (\(op.snakeName))") }
                    try push(i + 1, after)
                } else if op == .returnValue || op == .reraise || op == .raiseVarargs || op == .popExceptReraise {
                    if d + op.stackEffect(arg: ins.arg, jump: false) < 0 {
                        throw fail("stack underflow at \(i) (\(op.snakeName))")
                    }
                }
            }
            var progressed = false
            for h in handlers.indices where handlerUsed[h] && !handlerPropagated[h] && handlerDepth[h] != nil {
                try propagateHandler(h)
                progressed = true
            }
            if !progressed { break }
        }
        for h in handlers.indices where handlerUsed[h] && handlerDepth[h] == nil {
            throw fail("exception handler without a known stack depth")
        }

        // Choose the instructions to keep: reachable ones, minus jumps to the next kept instruction.
        var keep = depth.map { $0 >= 0 }
        var firstKept = [Int](repeating: n, count: n + 1)
        var nextKept = n
        var i = n - 1
        while i >= 0 {
            if keep[i] && instrs[i].op == .jump {
                let t = try target(instrs[i].target)
                if t > i && firstKept[t] == nextKept { keep[i] = false }
            }
            if keep[i] { nextKept = i }
            firstKept[i] = nextKept
            i -= 1
        }
        var newIndex = [Int](repeating: -1, count: n + 1)
        var count = 0
        for j in 0..<n where keep[j] {
            newIndex[j] = count
            count += 1
        }
        newIndex[n] = count
        func mapped(_ old: Int) -> Int { newIndex[firstKept[old]] }

        // Emit.
        var words: [UInt32] = []
        var locs: [SourceLoc] = []
        words.reserveCapacity(count)
        locs.reserveCapacity(count)
        var rows: [ExceptionTableEntry] = []
        var rowKey: (target: Int, depth: Int)? = nil
        var rowStart = 0
        for j in 0..<n where keep[j] {
            let ins = instrs[j]
            var arg = ins.arg
            if isJump(ins.op) { arg = mapped(try target(ins.target)) }
            guard arg >= 0 && arg <= Instr.maxArg else { throw fail("operand out of range") }
            let here = words.count
            words.append(Instr.make(ins.op, arg))
            locs.append(ins.loc)
            var key: (target: Int, depth: Int)? = nil
            if ins.handler >= 0, let hd = handlerDepth[ins.handler] {
                key = (mapped(try target(handlers[ins.handler].target)), hd)
            }
            if let k = rowKey, let nk = key, k.target == nk.target && k.depth == nk.depth {
                continue
            }
            if let k = rowKey {
                rows.append(ExceptionTableEntry(start: rowStart, end: here, target: k.target, depth: k.depth))
            }
            rowKey = key
            rowStart = here
        }
        if let k = rowKey {
            rows.append(ExceptionTableEntry(start: rowStart, end: words.count, target: k.target, depth: k.depth))
        }
        return AssembledCode(instructions: words, locations: locs, exceptionTable: rows, stackSize: maxDepth)
    }
}

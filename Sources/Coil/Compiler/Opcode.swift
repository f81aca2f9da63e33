// The single declaration of Coil's bytecode. The compiler, the VM and the disassembler all read
// from this file: the enum gives the numbering, `OpcodeInfo` the operand kind and stack effect.
//
// Encoding: one `UInt32` per instruction, opcode in the low 8 bits, operand in the high 24 bits
// (`Instr.make(op, arg)`). Jump operands are absolute instruction indices.
// Stack notation below: `[a, b] → [c]` means the instruction pops b then a and pushes c
// (rightmost = top of stack). "undef" is the internal `Value.undefined` marker, never visible
// to scripts.

public enum Opcode: UInt8, CaseIterable {
    case nop
    // MARK: stack
    case popTop            // [a] → []
    case dupTop            // [a] → [a, a]
    case dupTopTwo         // [a, b] → [a, b, a, b]
    case rotTwo            // [a, b] → [b, a]
    case rotThree          // [a, b, c] → [c, a, b]
    case rotFour           // [a, b, c, d] → [d, a, b, c]
    // MARK: constants and names
    case loadConst         // arg = const index. [] → [k]
    case loadFast          // arg = local slot. UnboundLocalError when unset
    case storeFast         // arg = local slot. [v] → []
    case deleteFast        // arg = local slot; UnboundLocalError when unset
    case loadDeref         // arg = cell index (cellvars, then freevars). NameError/UnboundLocalError when empty
    case storeDeref        // arg = cell index. [v] → []
    case deleteDeref       // arg = cell index
    case loadClosure       // arg = cell index. [] → [cell object itself] (for building closures)
    case loadClassDeref    // arg = cell index; class bodies: look in the frame's locals dict by the
                           // free var's name first, then the cell
    case loadGlobal        // arg = name index: globals, then builtins; NameError
    case storeGlobal       // arg = name index
    case deleteGlobal      // arg = name index
    case loadName          // arg = name index: frame locals dict, then globals, then builtins
    case storeName         // arg = name index: frame locals dict
    case deleteName        // arg = name index
    // MARK: attributes and items
    case loadAttr          // arg = name index. [o] → [o.name]
    case storeAttr         // arg = name index. [v, o] → []   (o.name = v)
    case deleteAttr        // arg = name index. [o] → []
    case loadMethod        // arg = name index. [o] → [f, o] when o.name is a plain function found on
                           // the type (unbound method, self passed separately), else [bound, undef]
    case loadSuperMethod   // arg = name index. [super] → [f, self] or [bound, undef]: `super().name`
                           // before a call in a function; the builtin super skips the super object
    case binarySubscr      // [o, k] → [o[k]]
    case storeSubscr       // [v, o, k] → []   (o[k] = v)
    case deleteSubscr      // [o, k] → []
    case buildSlice        // arg = 2 or 3. [lo, hi] / [lo, hi, step] → [slice]
    // MARK: operators
    case binaryOp          // arg = BinOp index (BinOp.allCases order); + 13 for the in-place form
                           // (`x += y` tries __iadd__ first). [a, b] → [a op b]
    case unaryNegative     // [a] → [-a]
    case unaryPositive     // [a] → [+a]
    case unaryNot          // [a] → [not a]
    case unaryInvert       // [a] → [~a]
    case compareOp         // arg = 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=. [a, b] → [result]
    case isOp              // arg = 1 for `is not`. [a, b] → [bool]
    case containsOp        // arg = 1 for `not in`. [a, b] → [a in b]
    // MARK: building
    case buildTuple        // arg = n. [x1…xn] → [tuple]
    case buildList         // arg = n
    case buildSet          // arg = n
    case buildMap          // arg = n pairs. [k1, v1, … kn, vn] → [dict]
    case buildString       // arg = n str pieces. → [concatenation]
    case listAppend        // arg = i. [v] → [] and appends v to the list at stack[-i] (after the pop)
    case setAdd            // arg = i. like listAppend for a set
    case mapAdd            // arg = i. [k, v] → [] and sets dict at stack[-i] (after the pops)
    case listExtend        // arg = i. [it] → [] and extends the list at stack[-i]
    case setUpdate         // arg = i. [it] → []
    case dictUpdate        // arg = i. [m] → []   (dict display `{**m}`)
    case dictMerge         // arg = i. [m] → []   (call `f(**m)`: TypeError on repeated keyword,
                           // "argument after ** must be a mapping")
    case listToTuple       // [list] → [tuple]
    case formatValue       // arg: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 set
                           // when a format spec is on the stack. [v] or [v, spec] → [str]
    case unpackSequence    // arg = n. [seq] → [xn … x1] (x1 on top). "not enough values to unpack
                           // (expected 3, got 2)", "too many values to unpack (expected 2)"
    case unpackEx          // arg = before | (after << 8). [seq] → [after items…, list, before items…]
                           // with the first item on top
    // MARK: control flow
    case jump              // arg = target
    case popJumpIfFalse    // arg = target. [c] → []
    case popJumpIfTrue     // arg = target. [c] → []
    case jumpIfFalseOrPop  // arg = target. [c] → [c] and jump if falsy, else [] and fall through
    case jumpIfTrueOrPop   // arg = target
    case getIter           // [o] → [iter(o)]
    case forIter           // arg = target. [it] → [it, next(it)]; on exhaustion [] and jump
    case returnValue       // [v] → return v from the frame
    // MARK: calls and functions
    case call              // arg = argc. [f, a1…an] → [result]
    case callMethod        // arg = argc. [f, selfOrUndef, a1…an] → [result]   (after loadMethod)
    case callKw            // arg = argc (incl. keywords). [f, a1…an, names] → [result]; names is a
                           // const tuple of str naming the last len(names) arguments
    case callMethodKw      // arg = argc. [f, selfOrUndef, a1…an, names] → [result]
    case callEx            // arg = 1 if a kwargs dict is present. [f, argsTuple] or
                           // [f, argsTuple, kwargsDict] → [result]
    case makeFunction      // arg flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations dict,
                           // 8 closure tuple. [defaults?, kwdefaults?, annotations?, closure?, code]
                           // → [function]
    case loadBuildClass    // [] → [__build_class__]
    // MARK: exceptions (handlers come from the code's exception table, not from opcodes)
    case raiseVarargs      // arg = 0 bare `raise`, 1 `raise e`, 2 `raise e from c`. [e?, c?] → raises
    case reraise           // [exc] → re-raises exc without adding a traceback entry
    case pushExcInfo       // [exc] → [prevHandled, exc]; exc becomes the handled exception
    case popExcept         // [prevHandled] → []; restores the handled exception
    case popExceptReraise  // [prevHandled, exc] → restores prevHandled, re-raises exc
    case checkExcMatch     // [exc, type] → [exc, bool]   (type may be a tuple; TypeError
                           // "catching classes that do not inherit from BaseException is not allowed")
    case checkEgMatch      // arg = target. [exc, type] → [rest, match] when (part of) exc matches
                           // (the match becomes the handled exception; rest may be None), else
                           // [exc] and jump. TypeError for ExceptionGroup types (except*)
    case prepReraiseStar   // [prev, orig, list] → [prev] when nothing is left to raise; else
                           // restores prev as the handled exception and re-raises what the
                           // except* clauses left or raised (one exception or a new group)
    case loadAssertionError // [] → [AssertionError]
    case beforeWith        // [mgr] → [exitBound, mgr.__enter__()]; TypeError "'X' object does not
                           // support the context manager protocol"
    case withExceptStart   // [exit, prev, exc] → [exit, prev, exc, exit(type(exc), exc, tb)]
    // MARK: generators, coroutines, async
    case yieldValue        // [v] → suspends the frame yielding v; on resume [] → [sent]. arg = 1
                           // when this yield belongs to a send loop (yield from / await), so
                           // throw()/close() are forwarded to the receiver at the stack top.
    case send              // arg = exit target. [receiver, v] → [receiver, yielded] and fall through
                           // to yieldValue; when receiver returns r: [r] and jump to target
    case getYieldFromIter  // [o] → [iter] (generators/coroutines from types.coroutine pass through)
    case getAwaitable      // arg 0 plain, 1 after __aenter__, 2 after __aexit__ (error wording).
                           // [o] → [awaitable iterator]
    case getAiter          // [o] → [o.__aiter__()]
    case getAnext          // [ait] → [ait, awaitable of ait.__anext__()]
    case endAsyncFor       // [ait, exc] → []   if exc is StopAsyncIteration, else re-raises exc
    case beforeAsyncWith   // [mgr] → [aexitBound, mgr.__aenter__()]   (followed by getAwaitable 1)
    case asyncGenWrap      // [v] → [wrapped v]   (before yieldValue inside an async generator)
    // MARK: modules, classes, misc
    case importName        // arg = name index. [level, fromlist] → [module]
    case importFrom        // arg = name index. [module] → [module, module.name] (ImportError
                           // "cannot import name 'x' from 'm' (path)")
    case importStar        // [module] → []   (binds public names in the frame's namespace)
    case setupAnnotations  // creates __annotations__ in the frame's locals dict if missing
    case printExpr         // [v] → []   REPL echo: prints repr(v) unless None, sets builtins._
    // MARK: pattern matching (match statements; VM side in PatternMatching.swift)
    case rotN              // arg = n ≥ 2. [x1, …, xn] → [xn, x1, …, xn-1]   (top moved down to depth n)
    case getLen            // [o] → [o, len(o)]
    case matchMapping      // [s] → [s, bool]   s is a mapping for mapping patterns
    case matchSequence     // [s] → [s, bool]   s is a sequence for sequence patterns (not str/bytes)
    case matchKeys         // [s, keys] → [s, keys, values tuple or None]   via s.get(key, sentinel);
                           // ValueError "mapping pattern checks duplicate key (k)"
    case matchClass        // arg = positional sub-pattern count. [s, cls, kwnames] → [attrs tuple or None]
    case copyDictWithoutKeys // [s, keys] → [dict of s's items without keys]   (`**rest`)
    // MARK: superinstructions (never emitted by the compiler: `quicken` rewrites the first of a
    // pair in the run loop's copy of the code; the second instruction stays in place, is skipped
    // by the fused handler and still runs on its own when it is a jump target)
    case loadFastLoadFast  // arg = local slot; the next word's arg = second local slot
    case loadFastLoadConst // arg = local slot; the next word's arg = const index
    case storeFastLoadFast // arg = local slot stored; the next word's arg = local slot loaded
    case loadFastAttr      // arg = local slot; the next word's arg = name index. [] → [local.name]
                           // without retaining the local around the attribute cache lookup
}

public enum OperandKind { case none, const, local, cell, name, jump, count, flags }

public struct OpcodeInfo {
    public let name: String
    public let operand: OperandKind
}

extension Opcode {
    public var info: OpcodeInfo {
        switch self {
        case .loadConst: return OpcodeInfo(name: "LOAD_CONST", operand: .const)
        case .loadFast, .storeFast, .deleteFast: return OpcodeInfo(name: snakeName, operand: .local)
        case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
            return OpcodeInfo(name: snakeName, operand: .cell)
        case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName,
             .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .loadSuperMethod, .importName, .importFrom:
            return OpcodeInfo(name: snakeName, operand: .name)
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send,
             .checkEgMatch:
            return OpcodeInfo(name: snakeName, operand: .jump)
        case .buildSlice, .buildTuple, .buildList, .buildSet, .buildMap, .buildString, .listAppend, .setAdd,
             .mapAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge, .unpackSequence, .call, .callMethod,
             .callKw, .callMethodKw, .raiseVarargs, .rotN, .matchClass:
            return OpcodeInfo(name: snakeName, operand: .count)
        case .binaryOp, .compareOp, .isOp, .containsOp, .formatValue, .unpackEx, .callEx, .makeFunction,
             .yieldValue, .getAwaitable:
            return OpcodeInfo(name: snakeName, operand: .flags)
        default: return OpcodeInfo(name: snakeName, operand: .none)
        }
    }

    /// CPython-style upper snake case of the case name: `loadConst` → `LOAD_CONST`.
    public var snakeName: String {
        var out = ""
        for ch in String(describing: self) {
            if ch.isUppercase { out.append("_") }
            out.append(contentsOf: ch.uppercased())
        }
        return out
    }

    /// Net stack effect of one instruction with operand `arg`; `jump` selects the effect on the
    /// branch taken (for `forIter`, `send`, `jumpIf…OrPop`). Used by the compiler's max-depth pass.
    public func stackEffect(arg: Int, jump: Bool) -> Int {
        switch self {
        case .nop, .rotTwo, .rotThree, .rotFour, .unaryNegative, .unaryPositive, .unaryNot, .unaryInvert,
             .getIter, .listToTuple, .getYieldFromIter, .getAwaitable, .getAiter, .asyncGenWrap,
             .setupAnnotations, .loadAttr, .jump, .yieldValue, .rotN:
            return 0
        case .popTop, .storeFast, .storeDeref, .storeGlobal, .storeName, .popJumpIfFalse, .popJumpIfTrue,
             .binarySubscr, .binaryOp, .compareOp, .isOp, .containsOp, .listAppend, .setAdd, .listExtend,
             .setUpdate, .dictUpdate, .dictMerge, .returnValue, .reraise, .popExcept, .deleteAttr,
             .importStar, .printExpr, .importName:
            return -1
        case .dupTop, .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal,
             .loadName, .loadMethod, .loadSuperMethod, .loadBuildClass, .loadAssertionError, .pushExcInfo, .importFrom,
             .beforeWith, .beforeAsyncWith, .getAnext, .withExceptStart, .getLen, .matchMapping,
             .matchSequence, .matchKeys:
            return 1
        case .deleteFast, .deleteDeref, .deleteGlobal, .deleteName, .checkExcMatch:
            return 0
        case .dupTopTwo: return 2
        case .storeAttr, .mapAdd, .popExceptReraise, .endAsyncFor: return -2
        case .storeSubscr: return -3
        case .deleteSubscr: return -2
        case .buildSlice: return 1 - arg
        case .buildTuple, .buildList, .buildSet, .buildString: return 1 - arg
        case .buildMap: return 1 - 2 * arg
        case .formatValue: return (arg & 4) != 0 ? -1 : 0
        case .unpackSequence: return arg - 1
        case .unpackEx: return (arg & 0xFF) + (arg >> 8)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return jump ? 0 : -1
        case .forIter: return jump ? -1 : 1
        case .send: return jump ? -1 : 0
        case .checkEgMatch: return jump ? -1 : 0
        case .prepReraiseStar: return -2
        case .call: return -arg
        case .callMethod: return -arg - 1
        case .callKw: return -arg - 1
        case .callMethodKw: return -arg - 2
        case .callEx: return arg & 1 != 0 ? -2 : -1
        case .makeFunction: return -(arg & 1 + (arg >> 1) & 1 + (arg >> 2) & 1 + (arg >> 3) & 1)
        case .raiseVarargs: return -arg
        case .matchClass: return -2
        case .copyDictWithoutKeys: return -1
        // Superinstructions: the pair's combined effect (the skipped second word counts 0 here).
        case .loadFastLoadFast, .loadFastLoadConst: return 2
        case .storeFastLoadFast: return 0
        case .loadFastAttr: return 1
        }
    }
}

/// Rewrites instruction pairs into superinstructions in place (see the MARK above): only the
/// first word changes, so instruction indices, jump targets and location tables stay valid.
func quicken(_ code: UnsafeMutablePointer<UInt32>, count: Int) {
    var i = 0
    while i + 1 < count {
        let a = code[i], b = Instr.op(code[i + 1])
        let fused: Opcode?
        switch (Instr.op(a), b) {
        case (.loadFast, .loadFast): fused = .loadFastLoadFast
        case (.loadFast, .loadConst): fused = .loadFastLoadConst
        case (.storeFast, .loadFast): fused = .storeFastLoadFast
        case (.loadFast, .loadAttr): fused = .loadFastAttr
        default: fused = nil
        }
        if let op = fused { code[i] = Instr.make(op, Instr.arg(a)) }
        i += 1
    }
}

/// Helpers to pack and unpack one instruction word.
public enum Instr {
    @inline(__always) public static func make(_ op: Opcode, _ arg: Int = 0) -> UInt32 {
        UInt32(op.rawValue) | (UInt32(truncatingIfNeeded: arg) << 8)
    }
    @inline(__always) public static func op(_ word: UInt32) -> Opcode {
        // Every word is produced by `make`, so the low byte is always a valid raw value.
        unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
    }
    @inline(__always) public static func arg(_ word: UInt32) -> Int { Int(word >> 8) }
    public static let maxArg = (1 << 24) - 1
}

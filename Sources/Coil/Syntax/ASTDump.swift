// A textual dump of the AST in the form of CPython's `ast.dump()` (without `ctx`, type
// comments and the like), for tests and debugging. With `includeLocations`, each node with a
// position is followed by `@line:col-endLine:endCol`.

public func dumpAST(_ m: Module, includeLocations: Bool = false) -> String {
    var d = ASTDumper(locs: includeLocations)
    d.out += "Module(body="
    d.stmts(m.body)
    d.out += ")"
    return d.out
}

public func dumpAST(_ e: Expr, includeLocations: Bool = false) -> String {
    var d = ASTDumper(locs: includeLocations)
    d.expr(e)
    return d.out
}

public func dumpAST(_ s: Stmt, includeLocations: Bool = false) -> String {
    var d = ASTDumper(locs: includeLocations)
    d.stmt(s)
    return d.out
}

/// Python's `repr()` of a float.
public func pythonFloatRepr(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
    // Shortest round-trip digits from Swift's description, re-laid out as Python does.
    var desc = x.description
    var neg = false
    if desc.hasPrefix("-") { neg = true; desc.removeFirst() }
    var mant = desc
    var exp = 0
    if let eIdx = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mant = String(desc[desc.startIndex..<eIdx])
        exp = Int(desc[desc.index(after: eIdx)...]) ?? 0
    }
    var intPart = mant
    var fracPart = ""
    if let dot = mant.firstIndex(of: ".") {
        intPart = String(mant[mant.startIndex..<dot])
        fracPart = String(mant[mant.index(after: dot)...])
    }
    var digits = Array(intPart + fracPart)
    var decpt = intPart.count + exp
    while let f = digits.first, f == "0", digits.count > 1 { digits.removeFirst(); decpt -= 1 }
    while let l = digits.last, l == "0", digits.count > 1 { digits.removeLast() }
    let ds = String(digits)
    var r: String
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            r = "0." + String(repeating: "0", count: -decpt) + ds
        } else if decpt >= ds.count {
            r = ds + String(repeating: "0", count: decpt - ds.count) + ".0"
        } else {
            let i = ds.index(ds.startIndex, offsetBy: decpt)
            r = String(ds[ds.startIndex..<i]) + "." + String(ds[i...])
        }
    } else {
        let e = decpt - 1
        r = String(ds.first ?? "0")
        if ds.count > 1 { r += "." + String(ds.dropFirst()) }
        r += e < 0 ? "e-" : "e+"
        let ae = abs(e)
        r += ae < 10 ? "0\(ae)" : "\(ae)"
    }
    return neg ? "-" + r : r
}

/// Python's `repr()` of a str.
public func pythonStrRepr(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for c in s.unicodeScalars {
        if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true }
    }
    let q: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(q)
    for c in s.unicodeScalars {
        switch c {
        case q, "\\": out.append("\\"); out.append(c)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        default:
            let v = c.value
            if v < 0x20 || v == 0x7F {
                out.append(contentsOf: ("\\x" + hex2(v)).unicodeScalars)
            } else if v < 0x7F || PyLex.isPrintable(c) {
                out.append(c)
            } else if v < 0x100 {
                out.append(contentsOf: ("\\x" + hex2(v)).unicodeScalars)
            } else if v < 0x10000 {
                out.append(contentsOf: ("\\u" + hexN(v, 4)).unicodeScalars)
            } else {
                out.append(contentsOf: ("\\U" + hexN(v, 8)).unicodeScalars)
            }
        }
    }
    out.append(q)
    return String(out)
}

/// Python's `repr()` of a bytes object.
public func pythonBytesRepr(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(39), hasDouble = b.contains(34)
    let q: UInt8 = hasSingle && !hasDouble ? 34 : 39
    var out = "b" + String(Character(Unicode.Scalar(q)))
    for c in b {
        switch c {
        case q, 92: out += "\\" + String(Character(Unicode.Scalar(c)))
        case 9: out += "\\t"
        case 10: out += "\\n"
        case 13: out += "\\r"
        default:
            if c < 0x20 || c >= 0x7F { out += "\\x" + hex2(UInt32(c)) } else { out += String(Character(Unicode.Scalar(c))) }
        }
    }
    out += String(Character(Unicode.Scalar(q)))
    return out
}

private func hex2(_ v: UInt32) -> String { hexN(v, 2) }
private func hexN(_ v: UInt32, _ n: Int) -> String {
    var s = String(v, radix: 16)
    while s.count < n { s = "0" + s }
    return s
}

struct ASTDumper {
    var out = ""
    let locs: Bool

    init(locs: Bool) { self.locs = locs }

    mutating func loc(_ l: SourceLoc) {
        if locs { out += "@\(l.line):\(l.col)-\(l.endLine):\(l.endCol)" }
    }

    mutating func stmts(_ b: [Stmt]) {
        out += "["
        for (i, s) in b.enumerated() {
            if i > 0 { out += ", " }
            stmt(s)
        }
        out += "]"
    }

    mutating func exprs(_ b: [Expr]) {
        out += "["
        for (i, e) in b.enumerated() {
            if i > 0 { out += ", " }
            expr(e)
        }
        out += "]"
    }

    mutating func optExprs(_ b: [Expr?]) {
        out += "["
        for (i, e) in b.enumerated() {
            if i > 0 { out += ", " }
            if let e = e { expr(e) } else { out += "None" }
        }
        out += "]"
    }

    mutating func field(_ name: String, _ e: Expr?, _ first: inout Bool) {
        guard let e = e else { return }
        if !first { out += ", " }
        first = false
        out += name + "="
        expr(e)
    }

    mutating func sep(_ first: inout Bool) {
        if !first { out += ", " }
        first = false
    }

    mutating func stmt(_ s: Stmt) {
        var f = true
        switch s.kind {
        case .functionDef(let fd):
            out += fd.isAsync ? "AsyncFunctionDef(" : "FunctionDef("
            out += "name=" + pythonStrRepr(fd.name) + ", args="
            arguments(fd.args)
            out += ", body="; stmts(fd.body)
            out += ", decorator_list="; exprs(fd.decorators)
            f = false
            field("returns", fd.returns, &f)
        case .classDef(let cd):
            out += "ClassDef(name=" + pythonStrRepr(cd.name) + ", bases="
            exprs(cd.bases)
            out += ", keywords="; keywords(cd.keywords)
            out += ", body="; stmts(cd.body)
            out += ", decorator_list="; exprs(cd.decorators)
        case .return(let v):
            out += "Return("
            field("value", v, &f)
        case .delete(let ts):
            out += "Delete(targets="; exprs(ts)
        case .assign(let ts, let v):
            out += "Assign(targets="; exprs(ts)
            out += ", value="; expr(v)
        case .augAssign(let t, let op, let v):
            out += "AugAssign(target="; expr(t)
            out += ", op=" + binOpName(op) + "(), value="; expr(v)
        case .annAssign(let t, let a, let v, let simple):
            out += "AnnAssign(target="; expr(t)
            out += ", annotation="; expr(a)
            f = false
            field("value", v, &f)
            out += ", simple=" + (simple ? "1" : "0")
        case .for(let t, let it, let body, let orelse, let isAsync):
            out += isAsync ? "AsyncFor(target=" : "For(target="
            expr(t)
            out += ", iter="; expr(it)
            out += ", body="; stmts(body)
            out += ", orelse="; stmts(orelse)
        case .while(let test, let body, let orelse):
            out += "While(test="; expr(test)
            out += ", body="; stmts(body)
            out += ", orelse="; stmts(orelse)
        case .if(let test, let body, let orelse):
            out += "If(test="; expr(test)
            out += ", body="; stmts(body)
            out += ", orelse="; stmts(orelse)
        case .with(let items, let body, let isAsync):
            out += isAsync ? "AsyncWith(items=[" : "With(items=["
            for (i, it) in items.enumerated() {
                if i > 0 { out += ", " }
                out += "withitem(context_expr="; expr(it.contextExpr)
                var g = false
                field("optional_vars", it.optionalVars, &g)
                out += ")"
            }
            out += "], body="; stmts(body)
        case .raise(let exc, let cause):
            out += "Raise("
            field("exc", exc, &f)
            field("cause", cause, &f)
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            if case .tryStar = s.kind { out += "TryStar(body=" } else { out += "Try(body=" }
            stmts(body)
            out += ", handlers=["
            for (i, h) in handlers.enumerated() {
                if i > 0 { out += ", " }
                out += "ExceptHandler("
                var g = true
                field("type", h.type, &g)
                if let n = h.name { sep(&g); out += "name=" + pythonStrRepr(n) }
                sep(&g)
                out += "body="; stmts(h.body)
                out += ")"
                loc(h.loc)
            }
            out += "], orelse="; stmts(orelse)
            out += ", finalbody="; stmts(finalbody)
        case .assert(let test, let msg):
            out += "Assert(test="; expr(test)
            f = false
            field("msg", msg, &f)
        case .import(let names):
            out += "Import(names="; aliases(names)
        case .importFrom(let module, let names, let level):
            out += "ImportFrom("
            if let m = module { out += "module=" + pythonStrRepr(m) + ", " }
            out += "names="; aliases(names)
            out += ", level=\(level)"
        case .global(let ns):
            out += "Global(names=[" + ns.map(pythonStrRepr).joined(separator: ", ") + "]"
        case .nonlocal(let ns):
            out += "Nonlocal(names=[" + ns.map(pythonStrRepr).joined(separator: ", ") + "]"
        case .expr(let e):
            out += "Expr(value="; expr(e)
        case .pass:
            out += "Pass("
        case .break:
            out += "Break("
        case .continue:
            out += "Continue("
        case .match(let subject, let cases):
            out += "Match(subject="; expr(subject)
            out += ", cases=["
            for (i, c) in cases.enumerated() {
                if i > 0 { out += ", " }
                out += "match_case(pattern="; pattern(c.pattern)
                var g = false
                field("guard", c.guardExpr, &g)
                out += ", body="; stmts(c.body)
                out += ")"
            }
            out += "]"
        }
        out += ")"
        loc(s.loc)
    }

    mutating func patterns(_ ps: [Pattern]) {
        out += "["
        for (i, p) in ps.enumerated() {
            if i > 0 { out += ", " }
            pattern(p)
        }
        out += "]"
    }

    mutating func pattern(_ p: Pattern) {
        switch p.kind {
        case .value(let e):
            out += "MatchValue(value="; expr(e)
        case .singleton(let c):
            out += "MatchSingleton(value=" + constantRepr(c)
        case .sequence(let ps):
            out += "MatchSequence(patterns="; patterns(ps)
        case .mapping(let keys, let ps, let rest):
            out += "MatchMapping(keys="; exprs(keys)
            out += ", patterns="; patterns(ps)
            if let r = rest { out += ", rest=" + pythonStrRepr(r) }
        case .class(let cls, let ps, let attrs, let kps):
            out += "MatchClass(cls="; expr(cls)
            out += ", patterns="; patterns(ps)
            out += ", kwd_attrs=[" + attrs.map(pythonStrRepr).joined(separator: ", ") + "]"
            out += ", kwd_patterns="; patterns(kps)
        case .star(let n):
            out += "MatchStar("
            if let n = n { out += "name=" + pythonStrRepr(n) }
        case .as(let sub, let n):
            out += "MatchAs("
            if let sub = sub { out += "pattern="; pattern(sub) }
            if let n = n { out += (sub == nil ? "" : ", ") + "name=" + pythonStrRepr(n) }
        case .or(let ps):
            out += "MatchOr(patterns="; patterns(ps)
        }
        out += ")"
        loc(p.loc)
    }

    mutating func aliases(_ names: [Alias]) {
        out += "["
        for (i, a) in names.enumerated() {
            if i > 0 { out += ", " }
            out += "alias(name=" + pythonStrRepr(a.name)
            if let n = a.asname { out += ", asname=" + pythonStrRepr(n) }
            out += ")"
            loc(a.loc)
        }
        out += "]"
    }

    mutating func keywords(_ ks: [Keyword]) {
        out += "["
        for (i, k) in ks.enumerated() {
            if i > 0 { out += ", " }
            out += "keyword("
            if let n = k.name { out += "arg=" + pythonStrRepr(n) + ", " }
            out += "value="; expr(k.value)
            out += ")"
            loc(k.loc)
        }
        out += "]"
    }

    mutating func arg(_ a: Arg) {
        out += "arg(arg=" + pythonStrRepr(a.name)
        var f = false
        field("annotation", a.annotation, &f)
        out += ")"
        loc(a.loc)
    }

    mutating func argList(_ l: [Arg]) {
        out += "["
        for (i, a) in l.enumerated() {
            if i > 0 { out += ", " }
            arg(a)
        }
        out += "]"
    }

    mutating func arguments(_ a: Arguments) {
        out += "arguments(posonlyargs="; argList(a.posonlyargs)
        out += ", args="; argList(a.args)
        if let v = a.vararg { out += ", vararg="; arg(v) }
        out += ", kwonlyargs="; argList(a.kwonlyargs)
        out += ", kw_defaults="; optExprs(a.kwDefaults)
        if let k = a.kwarg { out += ", kwarg="; arg(k) }
        out += ", defaults="; exprs(a.defaults)
        out += ")"
    }

    mutating func comprehensions(_ gens: [Comprehension]) {
        out += "["
        for (i, g) in gens.enumerated() {
            if i > 0 { out += ", " }
            out += "comprehension(target="; expr(g.target)
            out += ", iter="; expr(g.iter)
            out += ", ifs="; exprs(g.ifs)
            out += ", is_async=" + (g.isAsync ? "1" : "0") + ")"
        }
        out += "]"
    }

    func binOpName(_ op: BinOp) -> String {
        switch op {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mul: return "Mult"
        case .matmul: return "MatMult"
        case .div: return "Div"
        case .floorDiv: return "FloorDiv"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lshift: return "LShift"
        case .rshift: return "RShift"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        case .bitAnd: return "BitAnd"
        }
    }

    func cmpOpName(_ op: CmpOp) -> String {
        switch op {
        case .eq: return "Eq"
        case .notEq: return "NotEq"
        case .lt: return "Lt"
        case .ltE: return "LtE"
        case .gt: return "Gt"
        case .gtE: return "GtE"
        case .is: return "Is"
        case .isNot: return "IsNot"
        case .in: return "In"
        case .notIn: return "NotIn"
        }
    }

    func constantRepr(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return pythonFloatRepr(d)
        case .imaginary(let d):
            var r = pythonFloatRepr(d)
            if r.hasSuffix(".0") { r.removeLast(2) }
            return r + "j"
        case .str(let s): return pythonStrRepr(s)
        case .bytes(let b): return pythonBytesRepr(b)
        }
    }

    mutating func expr(_ e: Expr) {
        var f = true
        switch e.kind {
        case .name(let n):
            out += "Name(id=" + pythonStrRepr(n)
        case .constant(let c):
            out += "Constant(value=" + constantRepr(c)
        case .joinedStr(let parts):
            out += "JoinedStr(values="; exprs(parts)
        case .formattedValue(let v, let conv, let spec):
            out += "FormattedValue(value="; expr(v)
            var code = -1
            if let c = conv { code = Int(c.unicodeScalars.first?.value ?? 0) }
            out += ", conversion=\(code)"
            f = false
            field("format_spec", spec, &f)
        case .boolOp(let op, let values):
            out += "BoolOp(op=" + (op == .and ? "And()" : "Or()") + ", values="; exprs(values)
        case .binOp(let l, let op, let r):
            out += "BinOp(left="; expr(l)
            out += ", op=" + binOpName(op) + "(), right="; expr(r)
        case .unaryOp(let op, let v):
            let n: String
            switch op {
            case .invert: n = "Invert"
            case .not: n = "Not"
            case .plus: n = "UAdd"
            case .minus: n = "USub"
            }
            out += "UnaryOp(op=" + n + "(), operand="; expr(v)
        case .lambda(let args, let body):
            out += "Lambda(args="; arguments(args)
            out += ", body="; expr(body)
        case .ifExp(let test, let body, let orelse):
            out += "IfExp(test="; expr(test)
            out += ", body="; expr(body)
            out += ", orelse="; expr(orelse)
        case .dict(let keys, let values):
            out += "Dict(keys="; optExprs(keys)
            out += ", values="; exprs(values)
        case .set(let elts):
            out += "Set(elts="; exprs(elts)
        case .listComp(let elt, let gens):
            out += "ListComp(elt="; expr(elt)
            out += ", generators="; comprehensions(gens)
        case .setComp(let elt, let gens):
            out += "SetComp(elt="; expr(elt)
            out += ", generators="; comprehensions(gens)
        case .dictComp(let k, let v, let gens):
            out += "DictComp(key="; expr(k)
            out += ", value="; expr(v)
            out += ", generators="; comprehensions(gens)
        case .generatorExp(let elt, let gens):
            out += "GeneratorExp(elt="; expr(elt)
            out += ", generators="; comprehensions(gens)
        case .await(let v):
            out += "Await(value="; expr(v)
        case .yield(let v):
            out += "Yield("
            field("value", v, &f)
        case .yieldFrom(let v):
            out += "YieldFrom(value="; expr(v)
        case .compare(let l, let ops, let comps):
            out += "Compare(left="; expr(l)
            out += ", ops=[" + ops.map { cmpOpName($0) + "()" }.joined(separator: ", ") + "], comparators="
            exprs(comps)
        case .call(let fn, let args, let kws):
            out += "Call(func="; expr(fn)
            out += ", args="; exprs(args)
            out += ", keywords="; keywords(kws)
        case .attribute(let v, let attr):
            out += "Attribute(value="; expr(v)
            out += ", attr=" + pythonStrRepr(attr)
        case .subscript(let v, let s):
            out += "Subscript(value="; expr(v)
            out += ", slice="; expr(s)
        case .starred(let v):
            out += "Starred(value="; expr(v)
        case .list(let elts):
            out += "List(elts="; exprs(elts)
        case .tuple(let elts):
            out += "Tuple(elts="; exprs(elts)
        case .slice(let lo, let up, let st):
            out += "Slice("
            field("lower", lo, &f)
            field("upper", up, &f)
            field("step", st, &f)
        case .namedExpr(let t, let v):
            out += "NamedExpr(target="; expr(t)
            out += ", value="; expr(v)
        }
        out += ")"
        loc(e.loc)
    }
}

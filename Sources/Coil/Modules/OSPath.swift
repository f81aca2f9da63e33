// os.path (posixpath): the pure string functions are ports of CPython's posixpath.py and work
// on UTF-8 bytes (every separator they look for is ASCII); the file queries call stat.

#if canImport(Glibc)
import Glibc
#endif

private let slash = UInt8(ascii: "/")
private let dot = UInt8(ascii: ".")

@inline(__always) private func str(_ b: ArraySlice<UInt8>) -> String { String(decoding: b, as: UTF8.self) }

/// Strips trailing slashes unless the string is all slashes (posixpath's head handling).
private func stripHead(_ head: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    if head.isEmpty || head.allSatisfy({ $0 == slash }) { return head }
    var h = head
    while h.last == slash { h.removeLast() }
    return h
}

func posixSplit(_ p: String) -> (String, String) {
    let b = Array(p.utf8)
    let i = (b.lastIndex(of: slash) ?? -1) + 1
    return (str(stripHead(b[0..<i])), str(b[i...]))
}

func posixJoin(_ a: String, _ rest: String...) -> String { posixJoinAll(a, rest) }

func posixJoinAll(_ a: String, _ rest: [String]) -> String {
    var path = a
    for b in rest {
        if b.utf8.first == slash { path = b }
        else if path.isEmpty || path.utf8.last == slash { path += b }
        else { path += "/" + b }
    }
    return path
}

func posixSplitext(_ p: String) -> (String, String) {
    let b = Array(p.utf8)
    let sepIndex = b.lastIndex(of: slash) ?? -1
    let dotIndex = b.lastIndex(of: dot) ?? -1
    if dotIndex > sepIndex {
        var filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex {
            if b[filenameIndex] != dot { return (str(b[0..<dotIndex]), str(b[dotIndex...])) }
            filenameIndex += 1
        }
    }
    return (p, "")
}

func posixNormpath(_ path: String) -> String {
    if path.isEmpty { return "." }
    let b = Array(path.utf8)
    var initial = b.first == slash ? 1 : 0
    if initial == 1 && b.count >= 2 && b[1] == slash && !(b.count >= 3 && b[2] == slash) { initial = 2 }
    var comps: [ArraySlice<UInt8>] = []
    for comp in b.split(separator: slash, omittingEmptySubsequences: false) {
        if comp.isEmpty || (comp.count == 1 && comp.first == dot) { continue }
        let isDotDot = comp.count == 2 && comp.allSatisfy { $0 == dot }
        let lastIsDotDot = comps.last.map { $0.count == 2 && $0.allSatisfy { $0 == dot } } ?? false
        if !isDotDot || (initial == 0 && comps.isEmpty) || lastIsDotDot {
            comps.append(comp)
        } else if !comps.isEmpty {
            comps.removeLast()
        }
    }
    var out = String(repeating: "/", count: initial)
    out += comps.map { str($0) }.joined(separator: "/")
    return out.isEmpty ? "." : out
}

func posixCwd() -> String {
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buf, buf.count) != nil else { return "." }
    return String(cString: buf)
}

func posixAbspath(_ p: String) -> String {
    posixNormpath(p.utf8.first == slash ? p : posixJoin(posixCwd(), p))
}

func osPathExists(_ p: String) -> Bool {
    var st = stat()
    return stat(p, &st) == 0
}

/// posixpath._joinrealpath: resolves symbolic links component by component (non-strict).
private func joinRealpath(_ pathIn: String, _ restIn: String, _ seen: inout [String: String?]) -> (String, Bool) {
    var path = pathIn
    var rest = Substring(restIn)
    if rest.utf8.first == slash {
        rest = rest.dropFirst()
        path = "/"
    }
    while !rest.isEmpty {
        let name: Substring
        if let i = rest.firstIndex(of: "/") {
            name = rest[..<i]
            rest = rest[rest.index(after: i)...]
        } else {
            name = rest
            rest = ""
        }
        if name.isEmpty || name == "." { continue }
        if name == ".." {
            if !path.isEmpty {
                let (h, t) = posixSplit(path)
                path = h
                if t == ".." { path = posixJoin(path, "..", "..") }
            } else {
                path = ".."
            }
            continue
        }
        let newpath = posixJoin(path, String(name))
        var st = stat()
        let isLink = lstat(newpath, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
        if !isLink { path = newpath; continue }
        if let known = seen[newpath] {
            if let k = known { path = k; continue }
            return (posixJoin(newpath, String(rest)), false)
        }
        seen[newpath] = .some(nil)
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(newpath, &buf, buf.count - 1)
        let target = n >= 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        let (p, ok) = joinRealpath(path, target, &seen)
        path = p
        if !ok { return (posixJoin(path, String(rest)), false) }
        seen[newpath] = .some(path)
    }
    return (path, true)
}

func posixRealpath(_ p: String) -> String {
    var seen: [String: String?] = [:]
    return posixAbspath(joinRealpath("", p, &seen).0)
}

private func posixExpanduser(_ interp: Interpreter, _ path: String) -> String {
    guard path.utf8.first == UInt8(ascii: "~") else { return path }
    let b = Array(path.utf8)
    let i = b[1...].firstIndex(of: slash) ?? b.count
    var home: String
    if i == 1 {
        if let env = interp.modules.getStr("os")?.asObject?.dict?.getStr("environ")?.asDict,
           let h = env.getStr("HOME")?.asStr {
            home = h.value
        } else if let h = getenv("HOME") {
            home = String(cString: h)
        } else if let pw = getpwuid(getuid()) {
            home = String(cString: pw.pointee.pw_dir)
        } else {
            return path
        }
    } else {
        guard let pw = getpwnam(str(b[1..<i])) else { return path }
        home = String(cString: pw.pointee.pw_dir)
    }
    var hb = Array(home.utf8)
    while hb.last == slash { hb.removeLast() }
    let out = str(hb[...]) + str(b[i...])
    return out.isEmpty ? "/" : out
}

private func posixExpandvars(_ interp: Interpreter, _ path: String) -> String {
    guard path.contains("$") else { return path }
    let env = interp.modules.getStr("os")?.asObject?.dict?.getStr("environ")?.asDict
    func lookup(_ name: String) -> String? {
        if let e = env { return e.getStr(name)?.asStr?.value }
        return getenv(name).map { String(cString: $0) }
    }
    let s = Array(path.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func isNameChar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.value < 128 && (c.properties.isAlphabetic || ("0"..."9").contains(c)))
    }
    while i < s.count {
        if s[i] == "$" && i + 1 < s.count {
            if s[i + 1] == "{" {
                if let close = s[(i + 2)...].firstIndex(of: "}") {
                    let name = String(String.UnicodeScalarView(s[(i + 2)..<close]))
                    if let v = lookup(name) { out.append(contentsOf: v.unicodeScalars); i = close + 1; continue }
                    out.append(contentsOf: s[i...close]); i = close + 1; continue
                }
            } else if isNameChar(s[i + 1]) {
                var j = i + 1
                while j < s.count && isNameChar(s[j]) { j += 1 }
                let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                if let v = lookup(name) { out.append(contentsOf: v.unicodeScalars) } else { out.append(contentsOf: s[i..<j]) }
                i = j
                continue
            }
        }
        out.append(s[i])
        i += 1
    }
    return String(out)
}

private func commonPrefix(_ xs: [[String]]) -> Int {
    guard let first = xs.first else { return 0 }
    var n = first.count
    for x in xs.dropFirst() {
        var k = 0
        while k < min(n, x.count) && strEqual(x[k], first[k]) { k += 1 }
        n = k
    }
    return n
}

func makePosixPathModule(_ interp: Interpreter) -> PyModule {
    /// One-path functions returning a value computed from the path string.
    func p1(_ name: String, _ f: @escaping (Interpreter, String) throws -> Value) -> (String, NativeFunction) {
        (name, { interp, args in
            guard args.count == 1 else {
                throw PyErr.typeError("\(name)() takes exactly one argument (\(args.count) given)")
            }
            return try f(interp, try interp.osPath(args[0]))
        })
    }
    func statQuery(_ name: String, follow: Bool = true, _ f: @escaping (stat) -> Bool) -> (String, NativeFunction) {
        (name, { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("\(name)() takes exactly one argument (\(args.count) given)") }
            guard let p = try? interp.osPath(args[0]) else { return .false }
            var st = stat()
            let rc = follow ? stat(p, &st) : lstat(p, &st)
            return .bool(rc == 0 && f(st))
        })
    }
    func statValue(_ name: String, _ f: @escaping (stat) -> Value) -> (String, NativeFunction) {
        p1(name) { interp, p in
            var st = stat()
            if stat(p, &st) != 0 { throw osErrorFromErrno(filename: Value(p)) }
            return f(st)
        }
    }
    func pair(_ a: String, _ b: String) -> Value { .object(PyTuple([Value(a), Value(b)])) }
    let m = interp.makeNativeModule("posixpath", [
        ("join", { interp, args in
            guard args.count >= 1 else { throw PyErr.typeError("join() missing 1 required positional argument: 'a'") }
            var parts: [String] = []
            for i in 0..<args.count {
                let v = args[i]
                guard v.asStr != nil || v.type.lookup(interp.names.dfspath) != nil else {
                    throw PyErr.typeError("join() argument must be str, bytes, or os.PathLike object, not '\(v.type.name)'")
                }
                parts.append(try interp.osPath(v))
            }
            return Value(posixJoinAll(parts[0], Array(parts.dropFirst())))
        }),
        p1("split") { _, p in let (h, t) = posixSplit(p); return pair(h, t) },
        p1("splitext") { _, p in let (h, t) = posixSplitext(p); return pair(h, t) },
        p1("splitdrive") { _, p in pair("", p) },
        p1("basename") { _, p in Value(posixSplit(p).1) },
        p1("dirname") { _, p in Value(posixSplit(p).0) },
        p1("isabs") { _, p in .bool(p.utf8.first == slash) },
        p1("normpath") { _, p in Value(posixNormpath(p)) },
        p1("normcase") { _, p in Value(p) },
        p1("abspath") { _, p in Value(posixAbspath(p)) },
        p1("realpath") { _, p in Value(posixRealpath(p)) },
        p1("expanduser") { interp, p in Value(posixExpanduser(interp, p)) },
        p1("expandvars") { interp, p in Value(posixExpandvars(interp, p)) },
        statQuery("exists") { _ in true },
        statQuery("lexists", follow: false) { _ in true },
        statQuery("isfile") { ($0.st_mode & S_IFMT) == S_IFREG },
        statQuery("isdir") { ($0.st_mode & S_IFMT) == S_IFDIR },
        statQuery("islink", follow: false) { ($0.st_mode & S_IFMT) == S_IFLNK },
        p1("ismount") { _, p in
            var a = stat(), b = stat()
            guard lstat(p, &a) == 0, (a.st_mode & S_IFMT) != S_IFLNK, lstat(posixJoin(p, ".."), &b) == 0 else { return .false }
            return .bool(a.st_dev != b.st_dev || a.st_ino == b.st_ino)
        },
        statValue("getsize") { .int(Int($0.st_size)) },
        statValue("getmtime") { .float(Double($0.st_mtim.tv_sec) + Double($0.st_mtim.tv_nsec) * 1e-9) },
        statValue("getatime") { .float(Double($0.st_atim.tv_sec) + Double($0.st_atim.tv_nsec) * 1e-9) },
        statValue("getctime") { .float(Double($0.st_ctim.tv_sec) + Double($0.st_ctim.tv_nsec) * 1e-9) },
        ("samefile", { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("samefile() takes exactly 2 arguments") }
            var a = stat(), b = stat()
            let pa = try interp.osPath(args[0]), pb = try interp.osPath(args[1])
            if stat(pa, &a) != 0 { throw osErrorFromErrno(filename: args[0]) }
            if stat(pb, &b) != 0 { throw osErrorFromErrno(filename: args[1]) }
            return .bool(a.st_dev == b.st_dev && a.st_ino == b.st_ino)
        }),
        ("relpath", { interp, args in
            guard let pv = interp.osArg(args, 0, "path") else { throw PyErr.typeError("relpath() missing 1 required positional argument: 'path'") }
            let path = try interp.osPath(pv)
            if path.isEmpty { throw PyErr.valueError("no path specified") }
            let sv = interp.osArg(args, 1, "start") ?? .none
            let start = sv.isNone ? "." : try interp.osPath(sv)
            let startList = posixAbspath(start).split(separator: "/").map(String.init)
            let pathList = posixAbspath(path).split(separator: "/").map(String.init)
            let i = commonPrefix([startList, pathList])
            let rel = Array(repeating: "..", count: startList.count - i) + pathList[i...]
            if rel.isEmpty { return Value(".") }
            return Value(posixJoinAll(rel[0], Array(rel.dropFirst())))
        }),
        ("commonprefix", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("commonprefix() takes exactly one argument") }
            let items = try interp.iterate(args[0])
            if items.isEmpty { return Value("") }
            let strs = try items.map { try interp.osPath($0) }
            let scalarLists = strs.map { $0.unicodeScalars.map { String($0) } }
            let n = commonPrefix(scalarLists)
            return Value(scalarLists[0][0..<n].joined())
        }),
        ("commonpath", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("commonpath() takes exactly one argument") }
            let paths = try interp.iterate(args[0]).map { try interp.osPath($0) }
            if paths.isEmpty { throw PyErr.valueError("commonpath() arg is an empty sequence") }
            let abs = Set(paths.map { $0.utf8.first == slash })
            if abs.count > 1 { throw PyErr.valueError("Can't mix absolute and relative paths") }
            let split = paths.map { $0.split(separator: "/").map(String.init).filter { $0 != "." } }
            let n = commonPrefix(split)
            let prefix = paths[0].utf8.first == slash ? "/" : ""
            return Value(prefix + split[0][0..<n].joined(separator: "/"))
        }),
    ])
    let d = m.dict
    d?.setStr("sep", Value("/"))
    d?.setStr("altsep", .none)
    d?.setStr("extsep", Value("."))
    d?.setStr("pathsep", Value(":"))
    d?.setStr("curdir", Value("."))
    d?.setStr("pardir", Value(".."))
    d?.setStr("devnull", Value("/dev/null"))
    d?.setStr("supports_unicode_filenames", .false)
    return m
}

/// `import posixpath` / `import os.path`: the module object `os` creates and exposes as os.path.
func makePathModuleViaOS(_ interp: Interpreter) throws -> PyModule {
    _ = try interp.importModule("os")
    if case .object(let o) = interp.modules.getStr("posixpath") ?? .none, let m = o as? PyModule { return m }
    return makePosixPathModule(interp)
}

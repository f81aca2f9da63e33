// The `coil` command: python3-style arguments (everything after the script name or `-c CODE`
// belongs to the script).

import Coil
#if canImport(Glibc)
import Glibc
#endif

let usage = """
usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
--dis  : print the bytecode disassembly of the program instead of running it
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""

func readAllStdin() -> [UInt8] {
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buf.withUnsafeMutableBytes { read(0, $0.baseAddress, 65536) }
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}

func run() -> Int32 {
    var args = Array(CommandLine.arguments.dropFirst())
    var dis = false
    while let a = args.first {
        switch a {
        case "-h", "--help":
            print(usage)
            return 0
        case "-V", "--version":
            print("Coil 0.1 (Python 3.11.7 compatible)")
            return 0
        case "--dis":
            dis = true
            args.removeFirst()
            continue
        case "-u", "-B", "-E", "-s", "-S", "-I", "-O":
            args.removeFirst()
            continue
        default:
            break
        }
        break
    }
    let interp = Interpreter()
    guard let first = args.first else {
        let source = String(decoding: readAllStdin(), as: UTF8.self)
        interp.configureSys(argv: [""], path0: "")
        return interp.runMain(source: source, filename: "<stdin>")
    }
    if first == "-c" {
        guard args.count >= 2 else {
            fputs("Argument expected for the -c option\n", stderr)
            return 2
        }
        interp.configureSys(argv: ["-c"] + args.dropFirst(2), path0: "")
        if dis { return interp.disassembleSource(args[1], filename: "<string>") }
        return interp.runMain(source: args[1], filename: "<string>")
    }
    if first == "-m" {
        guard args.count >= 2 else {
            fputs("Argument expected for the -m option\n", stderr)
            return 2
        }
        interp.configureSys(argv: [args[1]] + args.dropFirst(2), path0: currentDirectory())
        return interp.runModuleAsMain(args[1])
    }
    if first == "-" {
        let source = String(decoding: readAllStdin(), as: UTF8.self)
        interp.configureSys(argv: ["-"] + args.dropFirst(), path0: "")
        return interp.runMain(source: source, filename: "<stdin>")
    }
    if first.hasPrefix("-") && first.count > 1 {
        fputs("Unknown option: \(first)\n\(usage)\n", stderr)
        return 2
    }
    // As CPython 3.9+: the script's `__file__` and traceback name are absolute, sys.argv[0] stays
    // as typed and sys.path[0] is the script's real directory.
    let script = absolutePath(first)
    interp.configureSys(argv: args, path0: directory(of: realPath(script) ?? script))
    if dis { return interp.disassembleFile(script) }
    return interp.runFile(script)
}

func currentDirectory() -> String {
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buf, buf.count) != nil else { return "." }
    return String(cString: buf)
}

func absolutePath(_ p: String) -> String {
    if p.hasPrefix("/") { return p }
    let cwd = currentDirectory()
    return cwd.hasSuffix("/") ? cwd + p : cwd + "/" + p
}

func realPath(_ p: String) -> String? {
    guard let r = realpath(p, nil) else { return nil }
    defer { free(r) }
    return String(cString: r)
}

func directory(of p: String) -> String {
    guard let i = p.lastIndex(of: "/") else { return "" }
    return i == p.startIndex ? "/" : String(p[..<i])
}

// Run on a thread with a large stack: native re-entry (e.g. __repr__ calling repr) recurses.
var exitCode: Int32 = 0
var attr = pthread_attr_t()
pthread_attr_init(&attr)
pthread_attr_setstacksize(&attr, 512 << 20)
var thread = pthread_t()
let rc = pthread_create(&thread, &attr, { _ in
    exitCode = run()
    return nil
}, nil)
if rc != 0 {
    exitCode = run()
} else {
    pthread_join(thread, nil)
}
exit(exitCode)

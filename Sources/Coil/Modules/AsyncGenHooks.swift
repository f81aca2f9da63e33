// sys.set_asyncgen_hooks / get_asyncgen_hooks (PEP 525): an event loop installs `firstiter`,
// called when an async generator is first iterated, and `finalizer`, called instead of a
// synchronous close when an unfinished async generator is reclaimed, so the loop can schedule
// `aclose()` (whose cleanup may await).

extension BuiltinTypes {
    /// The struct sequence get_asyncgen_hooks returns; its repr has no module prefix.
    public static let asyncgenHooks = makeStructSeqType(name: "asyncgen_hooks", module: "builtins",
                                                        fields: ["firstiter", "finalizer"], extra: [])
}

extension Interpreter {
    func installAsyncGenHooks(_ add: (String, @escaping NativeFunction) -> Void) {
        add("get_asyncgen_hooks") { interp, args in
            if args.count > 0 || args.hasKeywords { throw PyErr.typeError("get_asyncgen_hooks() takes no arguments (\(args.values.count) given)") }
            return makeStructSeq(BuiltinTypes.asyncgenHooks, [interp.asyncGenFirstIter, interp.asyncGenFinalizer], [])
        }
        add("set_asyncgen_hooks") { interp, args in
            if args.count > 2 { throw PyErr.typeError("function takes at most 2 arguments (\(args.values.count) given)") }
            var firstiter: Value? = args.count > 0 ? args[0] : nil
            var finalizer: Value? = args.count > 1 ? args[1] : nil
            for (name, v) in args.keywords {
                switch name {
                case "firstiter" where firstiter == nil: firstiter = v
                case "finalizer" where finalizer == nil: finalizer = v
                case "firstiter", "finalizer":
                    let position = name == "firstiter" ? 1 : 2
                    throw PyErr.typeError("argument for function given by name ('\(name)') and position (\(position))")
                default:
                    throw PyErr.typeError("'\(name)' is an invalid keyword argument for this function")
                }
            }
            // CPython 3.11 checks and sets the finalizer before looking at firstiter.
            if let fin = finalizer {
                if !fin.isNone && !interp.isCallable(fin) {
                    throw PyErr.typeError("callable finalizer expected, got \(fin.type.name)")
                }
                interp.asyncGenFinalizer = fin
            }
            if let first = firstiter {
                if !first.isNone && !interp.isCallable(first) {
                    throw PyErr.typeError("callable firstiter expected, got \(first.type.name)")
                }
                interp.asyncGenFirstIter = first
            }
            return .none
        }
    }

    /// async_gen_init_hooks: on the first `__anext__`/`asend`/`athrow`/`aclose` the generator
    /// remembers the current finalizer and the firstiter hook is called with it (once, even
    /// when the hook raises).
    func initAsyncGenHooks(_ g: PyGenerator) throws {
        if g.asyncGenHooksInited { return }
        g.asyncGenHooksInited = true
        if !asyncGenFinalizer.isNone { g.asyncGenFinalizer = asyncGenFinalizer }
        if !asyncGenFirstIter.isNone { _ = try callValues(asyncGenFirstIter, [.object(g)]) }
    }

    /// Calls the finalizer hook a reclaimed async generator remembered (at a safepoint).
    func runAsyncGenFinalizer(_ g: PyGenerator, _ hook: Value) {
        do {
            _ = try callValues(hook, [.object(g)])
        } catch let e as PyBaseException {
            writeUnraisable(e, context: "<async_generator object \(g.qualname) at \(addressString(g))>")
        } catch {}
    }
}

// CALL specializations for a few builtins that scripts call constantly (CPython 3.11 has the
// same ones: CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_LIST_APPEND). The callee is
// recognized by identity, so a script that rebinds `len` gets its own function; anything but
// the plain case (another receiver type, a metaclass, keywords) goes through the ordinary call.

extension Interpreter {
    /// Records the identities of the specialized builtins (kept alive in `resumeCallees`).
    func rememberSpecializedCallees() {
        func id(_ v: Value?) -> UnsafeMutableRawPointer? {
            guard case .object(let o)? = v else { return nil }
            resumeCallees.append(o)
            return Unmanaged.passUnretained(o).toOpaque()
        }
        lenBuiltinID = id(builtins.getStr("len"))
        isinstanceBuiltinID = id(builtins.getStr("isinstance"))
        listAppendID = id(BuiltinTypes.list.typeDict.getStr("append"))
    }

    /// The result of calling `callee` with `argc` positional arguments at `args` when it is one
    /// of the specialized builtins in its plain case, else nil (nothing consumed). A list
    /// append moves its argument out and leaves `.undefined` in the slot.
    @inline(__always) func specializedCall(_ callee: Unmanaged<PyObject>, _ args: UnsafeMutablePointer<Value>,
                                           _ argc: Int) throws -> Value? {
        let c = callee.toOpaque()
        if argc == 1 {
            guard c == lenBuiltinID, let ou = args.unretainedObject else { return nil }
            return ou._withUnsafeGuaranteedRef { o -> Value? in
                if o.hasType(listType) { return .int(unsafeDowncast(o, to: PyList.self).items.count) }
                if o.hasType(strType) { return .int(unsafeDowncast(o, to: PyStr.self).count) }
                if o.hasType(tupleType) { return .int(unsafeDowncast(o, to: PyTuple.self).items.count) }
                if o.hasType(dictType) { return .int(unsafeDowncast(o, to: PyDict.self).count) }
                return nil
            }
        }
        guard argc == 2 else { return nil }
        if c == isinstanceBuiltinID {
            // A class whose metaclass is exactly `type` has no __instancecheck__ of its own.
            guard let cu = (args + 1).unretainedObject else { return nil }
            return cu._withUnsafeGuaranteedRef { co -> Value? in
                guard co.hasType(typeType) else { return nil }
                return .bool(args.pointee.type.isSubtype(of: unsafeDowncast(co, to: PyType.self)))
            }
        }
        if c == listAppendID, let lu = args.unretainedObject {
            return lu._withUnsafeGuaranteedRef { lo -> Value? in
                guard lo.hasType(listType) else { return nil }
                unsafeDowncast(lo, to: PyList.self).items.append((args + 1).move())
                (args + 1).initialize(to: .undefined)
                return Value.none
            }
        }
        return nil
    }
}

// Attribute access: object.__getattribute__ / type.__getattribute__ semantics with descriptors
// (functions, classmethod, staticmethod, property, native getsets, user descriptors) and
// __getattr__ / __setattr__ / __delattr__ overrides.

extension Interpreter {
    /// Attribute hooks a heap type's MRO overrides, cached per type version so plain attribute
    /// access skips three MRO lookups.
    @inline(__always) func attrHooks(_ t: PyType) -> AttrHooks {
        if t.hooksVersion == t.version { return AttrHooks(rawValue: t.attrHooks) }
        return computeAttrHooks(t)
    }

    func computeAttrHooks(_ t: PyType) -> AttrHooks {
        var h: AttrHooks = []
        if let ga = t.lookup(names.dgetattribute), !ga.isIdentical(to: BuiltinTypes.objectGetattribute) { h.insert(.getattribute) }
        if t.lookup(names.dgetattr) != nil { h.insert(.getattr) }
        if let sa = t.lookup(names.dsetattr), !sa.isIdentical(to: BuiltinTypes.objectSetattr) { h.insert(.setattr) }
        if t.layout == .type { h.insert(.isType) }
        t.attrHooks = h.rawValue
        t.hooksVersion = t.version
        return h
    }

    /// `obj.name`.
    public func getAttr(_ obj: Value, _ name: PyStr) throws -> Value {
        if case .object(let o) = obj {
            let t = o.type!
            if t.isHeapType && attrHooks(t).isDisjoint(with: [.getattribute, .getattr, .isType]) {
                if let v = try objectGetAttribute(obj, name, t) { return v }
                return try genericGetAttr(obj, name)
            }
        }
        let t = obj.type
        if t.isHeapType, let ga = t.lookup(names.dgetattribute), !ga.isIdentical(to: BuiltinTypes.objectGetattribute) {
            do {
                return try callValues(ga, [obj, .object(name)])
            } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.AttributeError) {
                if let getattr = t.lookup(names.dgetattr) { return try callValues(getattr, [obj, .object(name)]) }
                throw e
            }
        }
        if case .object(let o) = obj {
            if let cls = o as? PyType { return try typeGetAttr(cls, name) }
            if t === BuiltinTypes.superType, let ga = t.typeDict.getStr(names.dgetattribute) {
                return try callValues(ga, [obj, .object(name)])
            }
        }
        return try genericGetAttr(obj, name)
    }

    public func getAttr(_ obj: Value, _ name: String) throws -> Value { try getAttr(obj, intern(name)) }

    /// getattr with a default on AttributeError.
    public func getAttrOrNil(_ obj: Value, _ name: String) throws -> Value? {
        do {
            return try getAttr(obj, intern(name))
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.AttributeError) {
            return nil
        }
    }

    /// object.__getattribute__ followed by the __getattr__ fallback.
    func genericGetAttr(_ obj: Value, _ name: PyStr) throws -> Value {
        let t = obj.type
        if t.isHeapType, let getattr = t.lookup(names.dgetattr) {
            do {
                if let v = try objectGetAttribute(obj, name, t) { return v }
            } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.AttributeError) {
                return try callValues(getattr, [obj, .object(name)])
            }
            return try callValues(getattr, [obj, .object(name)])
        }
        if let v = try objectGetAttribute(obj, name, t) { return v }
        // PEP 562: a module's own __getattr__ supplies missing attributes (collections uses it).
        if case .object(let o) = obj, o is PyModule, let ga = o.dict?.getStr("__getattr__") {
            return try callValues(ga, [.object(name)])
        }
        throw attributeError(obj, name.value)
    }

    func attributeError(_ obj: Value, _ name: String) -> PyBaseException {
        let e: PyBaseException
        if case .object(let o) = obj, let m = o as? PyModule {
            e = PyErr.attributeError("module '\(m.name)' has no attribute '\(name)'")
        } else {
            e = PyErr.attributeError("'\(obj.type.name)' object has no attribute '\(name)'")
        }
        e.setAttribute("name", Value(name))
        e.setAttribute("obj", obj)
        return e
    }

    /// The core of object.__getattribute__; nil when not found.
    func objectGetAttribute(_ obj: Value, _ name: PyStr, _ t: PyType) throws -> Value? {
        let descr = t.lookup(name)
        if let d = descr, case .object(let dobj) = d {
            let dt = dobj.type!
            if dt === functionType {
                // A plain method: a non-data descriptor, so the instance dict wins.
                if case .object(let o) = obj, let v = o.instanceAttr(name) { return v }
                return .object(PyBoundMethod(function: d, selfValue: obj))
            }
            if dt === BuiltinTypes.property || dobj is PyProperty {
                let p = unsafeDowncast(dobj, to: PyProperty.self)
                if p.fget.isNone { throw PyErr.attributeError("property '\(name.value)' of '\(t.name)' object has no getter") }
                return try callValues(p.fget, [obj])
            }
            if let gs = dobj as? PyGetSetDescriptor { return try gs.get(self, obj) }
            if dt.isHeapType, dt.lookup(names.dset) != nil || dt.lookup(names.ddelete) != nil,
               let get = dt.lookup(names.dget) {
                return try callValues(get, [d, obj, .object(t)])
            }
        }
        if case .object(let o) = obj, let v = o.instanceAttr(name) { return v }
        if let d = descr {
            guard case .object(let dobj) = d else { return d }
            let dt = dobj.type!
            if dt === BuiltinTypes.function { return .object(PyBoundMethod(function: d, selfValue: obj)) }
            if let m = dobj as? PyMethodDescriptor {
                let b = PyBuiltinFunction(name: m.name, boundSelf: obj, ownerName: m.owner.name, fn: m.fn)
            b.origin = m
            return .object(b)
            }
            if let cm = dobj as? PyClassMethod { return .object(PyBoundMethod(function: cm.function, selfValue: .object(t))) }
            if let sm = dobj as? PyStaticMethod { return sm.function }
            if dt.isHeapType, let get = dt.lookup(names.dget) {
                return try callValues(get, [d, obj, .object(t)])
            }
            return d
        }
        return nil
    }

    /// type.__getattribute__: the metaclass's data descriptors, then the class's MRO, then the
    /// metaclass's other attributes.
    func typeGetAttr(_ cls: PyType, _ name: PyStr) throws -> Value {
        let meta = cls.type!
        let metaAttr = meta.lookup(name)
        if let ma = metaAttr, case .object(let mo) = ma {
            if let gs = mo as? PyGetSetDescriptor { return try gs.get(self, .object(cls)) }
            if let p = mo as? PyProperty { return try callValues(p.fget, [.object(cls)]) }
        }
        if let v = cls.lookup(name) {
            guard case .object(let o) = v else { return v }
            if let cm = o as? PyClassMethod { return .object(PyBoundMethod(function: cm.function, selfValue: .object(cls))) }
            if let sm = o as? PyStaticMethod { return sm.function }
            if o.type.isHeapType, let get = o.type.lookup(names.dget) {
                return try callValues(get, [v, .none, .object(cls)])
            }
            return v
        }
        if let ma = metaAttr {
            return try bindDescriptor(ma, .object(cls))
        }
        if meta.isHeapType, let getattr = meta.lookup(names.dgetattr) {
            return try callValues(getattr, [.object(cls), .object(name)])
        }
        let e = PyErr.attributeError("type object '\(cls.name)' has no attribute '\(name.value)'")
        e.setAttribute("name", .object(name))
        throw e
    }

    /// Fast method lookup for `o.m(...)`: returns (function, self) for plain methods found on
    /// the type, avoiding a bound-method allocation, else (attribute, undefined).
    @inline(__always)
    func loadMethod(_ obj: Value, _ name: PyStr) throws -> (Value, Value) {
        let t = obj.type
        if t.isHeapType {
            let h = attrHooks(t)
            if h.isDisjoint(with: [.getattribute, .isType]), let d = t.lookup(name), case .object(let dobj) = d,
               dobj.type === functionType || dobj is PyMethodDescriptor {
                if case .object(let o) = obj, let shadow = o.instanceAttr(name) { return (shadow, .undefined) }
                return (d, obj)
            }
            return (try getAttr(obj, name), .undefined)
        }
        if t === BuiltinTypes.superType, case .object(let so) = obj, let s = so as? PySuper, s.obj.asType == nil,
           name.value != "__class__", let v = s.find(name), case .object(let fo) = v, fo.type === functionType {
            // super().method(...): call the function with the instance, no bound method.
            return (v, s.obj)
        }
        if !(obj.asObject is PyType), t !== BuiltinTypes.superType, let d = t.lookup(name), case .object(let dobj) = d,
           dobj.type === functionType || dobj is PyMethodDescriptor {
            return (d, obj)
        }
        return (try getAttr(obj, name), .undefined)
    }

    /// `super().name` for a method call in frame `f` (LOAD_SUPER_METHOD), with `sup` the value
    /// the name `super` had. When it is the builtin super and the frame holds what zero-argument
    /// super() reads, a plain function or method descriptor found after `__class__` in the
    /// instance's MRO comes back with the instance as self and no super object is made. Every
    /// other case (classmethods, other descriptors, errors, a rebound `super`) runs `super()` and
    /// the ordinary method lookup on its result.
    func loadSuperMethod(_ f: Frame, _ sup: Value, _ name: PyStr, _ ce: UnsafeMutablePointer<AttrCacheEntry>) throws -> (Value, Value) {
        if case .object(let so) = sup, so === BuiltinTypes.superType, f.code.argCount > 0,
           f.rt.superClassCell >= 0, name.value != "__class__",
           case .object(let co) = f.cell(f.rt.superClassCell).value, co.type.layout == .type {
            let cls = unsafeDowncast(co, to: PyType.self)
            let obj = f.rt.superSelfCell >= 0 ? f.cell(f.rt.superSelfCell).value : f.slots[0]
            let t = obj.type
            if let hit = ce.pointee.superMethod.payload(for: t.version), let h = hit,
               h.cls.toOpaque() == Unmanaged.passUnretained(cls).toOpaque(),
               let v = h.owner._withUnsafeGuaranteedRef({ $0.typeDict.value(atEntry: h.index, ifKeyIs: name) }) {
                return (v, obj)
            }
            // Instances only: with a class as the first argument (classmethods) binding differs.
            if !obj.isUndefined, t.layout != .type, let i = t.mro.firstIndex(where: { $0 === cls }) {
                let mro = t.mro
                var j = i + 1
                while j < mro.count {
                    let owner = mro[j]
                    let e = owner.typeDict.entryIndex(ofStr: name)
                    if e >= 0, let v = owner.typeDict.value(atEntry: e, ifKeyIs: name) {
                        if case .object(let fo) = v, fo.type === functionType || fo is PyMethodDescriptor {
                            // The MRO (hence this answer) is fixed while `t`'s version is.
                            ce.pointee.superMethod.set(t.version, SuperMethodHit(
                                cls: .passUnretained(cls), owner: .passUnretained(owner), index: e))
                            return (v, obj)
                        }
                        break
                    }
                    if e >= 0 { break }
                    j += 1
                }
            }
        }
        let s = try call(sup, args: UnsafeBufferPointer(start: nil, count: 0), kwnames: nil)
        return try loadMethod(s, name)
    }

    /// `obj.name = value`.
    public func setAttr(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        let t = obj.type
        if t.isHeapType && attrHooks(t).contains(.setattr), let sa = t.lookup(names.dsetattr) {
            _ = try callValues(sa, [obj, .object(name), value])
            return
        }
        try genericSetAttr(obj, name, value)
    }

    public func setAttr(_ obj: Value, _ name: String, _ value: Value) throws { try setAttr(obj, intern(name), value) }

    /// object.__setattr__.
    func genericSetAttr(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        let t = obj.type
        if case .object(let o) = obj, let cls = o as? PyType {
            guard cls.isHeapType else {
                throw PyErr.typeError("cannot set '\(name.value)' attribute of immutable type '\(cls.name)'")
            }
            if let ma = cls.type.lookup(name), case .object(let mo) = ma, let gs = mo as? PyGetSetDescriptor {
                if let setter = gs.set {
                    try setter(self, obj, value)
                    return
                }
                // These getters do not read the class dict: storing there would be silently
                // ignored. (`__doc__`, `__module__`… are kept in the class dict.)
                switch name.value {
                case "__bases__": throw PyErr.notImplemented("assigning __bases__ is not supported")
                case "__mro__", "__base__", "__dict__":
                    throw PyErr.attributeError("attribute '\(name.value)' of 'type' objects is not writable")
                default: break
                }
            }
            cls.typeDict.setStr(name, value)
            cls.modified()
            return
        }
        if let d = t.lookup(name), case .object(let dobj) = d {
            if let p = dobj as? PyProperty {
                if p.fset.isNone { throw PyErr.attributeError("property '\(name.value)' of '\(t.name)' object has no setter") }
                _ = try callValues(p.fset, [obj, value])
                return
            }
            if let gs = dobj as? PyGetSetDescriptor {
                guard let setter = gs.set else {
                    throw PyErr.attributeError("attribute '\(name.value)' of '\(t.name)' objects is not writable")
                }
                try setter(self, obj, value)
                return
            }
            if dobj.type.isHeapType, let set = dobj.type.lookup(names.dset) {
                _ = try callValues(set, [d, obj, value])
                return
            }
        }
        if case .object(let o) = obj, o.hasInlineValues,
           unsafeDowncast(o, to: PyInstance.self).setInlineAttr(name, value, intern: intern) { return }
        if case .object(let o) = obj, o.dict == nil, o is PyFunction || o is PyBaseException {
            o.dict = PyDict()
        }
        guard case .object(let o) = obj, let dict = o.dict else {
            if t.lookup(name) != nil {
                throw PyErr.attributeError("'\(t.name)' object attribute '\(name.value)' is read-only")
            }
            throw PyErr.attributeError("'\(t.name)' object has no attribute '\(name.value)'")
        }
        dict.setStr(name, value)
    }

    /// `del obj.name`.
    public func delAttr(_ obj: Value, _ name: PyStr) throws {
        let t = obj.type
        if t.isHeapType, let da = t.lookup(names.ddelattr), !da.isIdentical(to: BuiltinTypes.objectDelattr) {
            _ = try callValues(da, [obj, .object(name)])
            return
        }
        try genericDelAttr(obj, name)
    }

    func genericDelAttr(_ obj: Value, _ name: PyStr) throws {
        let t = obj.type
        if case .object(let o) = obj, let cls = o as? PyType {
            guard cls.isHeapType else {
                throw PyErr.typeError("cannot delete '\(name.value)' attribute of immutable type '\(cls.name)'")
            }
            if cls.typeDict.removeStr(name) == nil {
                throw PyErr.attributeError("type object '\(cls.name)' has no attribute '\(name.value)'")
            }
            if name.value == "__abstractmethods__" { cls.flags.remove(.isAbstract) }
            cls.modified()
            return
        }
        if let d = t.lookup(name), case .object(let dobj) = d {
            if let p = dobj as? PyProperty {
                if p.fdel.isNone { throw PyErr.attributeError("property '\(name.value)' of '\(t.name)' object has no deleter") }
                _ = try callValues(p.fdel, [obj])
                return
            }
            if dobj.type.isHeapType, let del = dobj.type.lookup(names.ddelete) {
                _ = try callValues(del, [d, obj])
                return
            }
        }
        guard case .object(let o) = obj, let dict = o.dict, dict.removeStr(name) != nil else {
            throw attributeError(obj, name.value)
        }
    }
}

/// Attribute hooks overridden somewhere in a heap type's MRO (see `Interpreter.attrHooks`).
struct AttrHooks: OptionSet {
    let rawValue: UInt8
    static let getattribute = AttrHooks(rawValue: 1)
    static let getattr = AttrHooks(rawValue: 2)
    static let setattr = AttrHooks(rawValue: 4)
    /// Instances are classes (a metaclass): attribute access follows type.__getattribute__.
    static let isType = AttrHooks(rawValue: 8)
}

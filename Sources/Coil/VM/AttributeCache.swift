// Inline caches for instance attributes (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE idea over our
// dicts): after a generic lookup finds `obj.name` in the instance dict, the run loop remembers the
// entry position for the type's current version. The next access on an instance of that type
// reads (or replaces) the entry directly when it still holds the same interned key object.
//
// Why it is sound: an entry is remembered only when the type's MRO has no __getattribute__
// (reads) or __setattr__ (writes) override and `name` is not a data descriptor on the type, i.e.
// exactly when object.__getattribute__ / __setattr__ go to the instance dict. Any change to the
// type or a base replaces its version; a changed dict is caught by the key-identity check.
//
// Instances with inline values (InlineValues.swift) are remembered as `~index` into the class's
// shared keys: a name's index there never changes, so no key check is needed.

extension Interpreter {
    /// Remembers where `name` lives in `o`'s instance dict, when that is where generic
    /// attribute access goes for its type.
    func cacheInstanceAttr(_ o: PyObject, _ name: PyStr, _ ce: UnsafeMutablePointer<AttrCacheEntry>, store: Bool) {
        guard let t = o.type, t.isHeapType || t === BuiltinTypes.module, o.hasInstanceAttrs else { return }
        let hooks = attrHooks(t)
        if !hooks.isDisjoint(with: store ? [.setattr, .isType] : [.getattribute, .isType]) { return }
        // A descriptor whose class is a heap type could gain __set__ later without this type's
        // version changing: only builtin-typed class attributes (functions, constants…) qualify.
        if let desc = t.lookup(name), case .object(let dobj) = desc,
           dobj.type.isHeapType || dobj is PyProperty || dobj is PyGetSetDescriptor { return }
        if o.hasInlineValues {
            guard let i = t.sharedKeys?.index(of: name), i >= 0,
                  unsafeDowncast(o, to: PyInstance.self).inlineValue(at: i) != nil else { return }
            if store { ce.pointee.store.set(t.version, ~i) } else { ce.pointee.load.set(t.version, ~i) }
            return
        }
        guard let d = o.dictStorage else { return }
        let i = d.entryIndex(ofStr: name)
        guard i >= 0, d.value(atEntry: i, ifKeyIs: name) != nil else { return }
        if store { ce.pointee.store.set(t.version, i) } else { ce.pointee.load.set(t.version, i) }
    }

    /// LOAD_ATTR's miss: the generic lookup, then remember where it found the value.
    func loadAttrAndCache(_ o: Value, _ name: PyStr, _ ce: UnsafeMutablePointer<AttrCacheEntry>) throws -> Value {
        let v = try getAttr(o, name)
        if case .object(let oo) = o {
            if oo.hasType(BuiltinTypes.type) { cacheClassAttr(unsafeDowncast(oo, to: PyType.self), name, ce) }
            else { cacheInstanceAttr(oo, name, ce, store: false) }
        }
        return v
    }

    /// Remembers where `cls.name` was found when `type.__getattribute__` returns the class-dict
    /// value unchanged: the metaclass is `type` and has no attribute of that name, and the value
    /// is not a descriptor that binds (classmethod, staticmethod, a heap-typed object whose
    /// class could gain `__get__` without `cls`'s version changing).
    func cacheClassAttr(_ cls: PyType, _ name: PyStr, _ ce: UnsafeMutablePointer<AttrCacheEntry>) {
        if BuiltinTypes.type.lookup(name) != nil { return }
        for owner in cls.mro {
            let i = owner.typeDict.entryIndex(ofStr: name)
            if i < 0 { continue }
            guard let v = owner.typeDict.value(atEntry: i, ifKeyIs: name) else { return }
            if case .object(let o) = v, o.type.isHeapType || o is PyClassMethod || o is PyStaticMethod
                || o is PyProperty || o is PyGetSetDescriptor { return }
            ce.pointee.classAttr.set(cls.version, ClassAttrHit(owner: Unmanaged.passUnretained(owner), index: i))
            return
        }
    }

    /// `cls.name` from the cache for a class in `o` (metaclass `type`), or nil.
    @inline(never) func cachedClassAttr(_ o: PyObject, _ name: PyStr, _ ce: UnsafeMutablePointer<AttrCacheEntry>) -> Value? {
        guard o.hasType(BuiltinTypes.type) else { return nil }
        let cls = unsafeDowncast(o, to: PyType.self)
        guard let hit = ce.pointee.classAttr.payload(for: cls.version), let h = hit else { return nil }
        return h.owner._withUnsafeGuaranteedRef { $0.typeDict.value(atEntry: h.index, ifKeyIs: name) }
    }

    /// `obj.name` from the cache, with the object in `slot` and the name borrowed (no
    /// retains); nil on a miss. When the type state matches but the remembered position does
    /// not (another instance's dict grew differently), the dict is probed and the position
    /// updated.
    @inline(__always) func cachedInstanceAttr(_ slot: UnsafeMutablePointer<Value>, _ nameRef: Unmanaged<PyStr>,
                                              _ ce: UnsafeMutablePointer<AttrCacheEntry>) -> Value? {
        guard let ou = slot.unretainedObject else { return nil }
        return ou._withUnsafeGuaranteedRef { o -> Value? in
            let version = o.type.version
            guard let hint = ce.pointee.load.payload(for: version) else {
                if ce.pointee.classAttr.v1 == .max { return nil }
                return nameRef._withUnsafeGuaranteedRef { cachedClassAttr(o, $0, ce) }
            }
            if hint < 0 {
                guard o.hasInlineValues else { return nil }
                return unsafeDowncast(o, to: PyInstance.self).inlineValue(at: ~hint)
            }
            guard let d = o.dictStorage else { return nil }
            return nameRef._withUnsafeGuaranteedRef { name -> Value? in
                if let v = d.value(atEntry: hint, ifKeyIs: name) { return v }
                let i = d.entryIndex(ofStr: name)
                guard i >= 0 else { return nil }
                ce.pointee.load.set(version, i)
                return d.value(atEntry: i)
            }
        }
    }

    /// `obj.name = value` through the cache: on a hit (the type sends stores of `name` to the
    /// instance dict) the value moves out of `value` into the dict, replacing in place when the
    /// remembered position holds the name, else inserting.
    @inline(__always) func storeCachedInstanceAttr(_ slot: UnsafeMutablePointer<Value>, _ nameRef: Unmanaged<PyStr>,
                                                   _ ce: UnsafeMutablePointer<AttrCacheEntry>,
                                                   _ value: UnsafeMutablePointer<Value>) -> Bool {
        guard let ou = slot.unretainedObject else { return false }
        return ou._withUnsafeGuaranteedRef { o -> Bool in
            let version = o.type.version
            guard let hint = ce.pointee.store.payload(for: version) else { return false }
            if hint < 0 {
                guard o.hasInlineValues else { return false }
                let inst = unsafeDowncast(o, to: PyInstance.self)
                return inst.replaceInlineValue(at: ~hint, from: value) || inst.insertInlineValue(at: ~hint, from: value)
            }
            guard let d = o.dictStorage else { return false }
            return nameRef._withUnsafeGuaranteedRef { name -> Bool in
                if d.replaceValue(atEntry: hint, ifKeyIs: name, from: value) { return true }
                d.setStr(name, value.move())
                // Usually a new key, appended last.
                let last = d.entries.count - 1
                ce.pointee.store.set(version, d.value(atEntry: last, ifKeyIs: name) != nil ? last : d.entryIndex(ofStr: name))
                return true
            }
        }
    }

    /// After `loadMethod` found a method to call with `o` as self: remembers it for `o`'s type
    /// state when the lookup did not depend on anything but the type (and the instance dict,
    /// checked on every hit).
    func cacheMethod(_ o: PyObject, _ name: PyStr, _ ce: UnsafeMutablePointer<AttrCacheEntry>) {
        guard let t = o.type, !(o is PyType), t !== BuiltinTypes.superType,
              attrHooks(t).isDisjoint(with: [.getattribute, .isType]),
              let d = t.lookup(name), case .object(let dobj) = d,
              dobj.type === functionType || dobj is PyMethodDescriptor else { return }
        ce.pointee.method.set(t.version, Unmanaged.passUnretained(dobj))
    }

    /// LOAD_METHOD from the cache: the method for the object in `slot` (not retained), or nil.
    @inline(__always) func cachedMethod(_ slot: UnsafeMutablePointer<Value>, _ nameRef: Unmanaged<PyStr>,
                                        _ ce: UnsafeMutablePointer<AttrCacheEntry>) -> Value? {
        guard let ou = slot.unretainedObject else { return nil }
        return ou._withUnsafeGuaranteedRef { o -> Value? in
            guard let hit = ce.pointee.method.payload(for: o.type.version), let m = hit else { return nil }
            // An instance attribute of that name shadows the method.
            if o.hasInlineValues {
                if nameRef._withUnsafeGuaranteedRef({ o.instanceAttr($0) }) != nil { return nil }
            } else if let d = o.dictStorage, d.count > 0,
               nameRef._withUnsafeGuaranteedRef({ d.entryIndex(ofStr: $0) }) >= 0 { return nil }
            return .object(m.takeUnretainedValue())
        }
    }
}

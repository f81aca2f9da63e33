// str predicates: isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric
// isprintable isspace istitle isupper, using the same Unicode properties as CPython's
// unicodectype.c (derived Lowercase/Uppercase, general category, numeric type, XID).

// Python 3.11 uses Unicode 14.0 while Swift's tables are newer: code points assigned later are
// unassigned for Python, and the few properties that changed since are pinned back.

/// Assigned in Unicode 14.0 or earlier.
@inline(__always) func pyAssigned(_ u: Unicode.Scalar) -> Bool {
    guard let age = u.properties.age else { return false }
    return age.major < 14 || (age.major == 14 && age.minor == 0)
}

/// Ideographs that gained a numeric value after Unicode 14.
private let newlyNumeric: Set<UInt32> = [
    0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
    0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399,
]

/// The derived Lowercase property as of Unicode 14.
@inline(__always) func pyIsLowercase(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x295: return true
    case 0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69: return false
    default: return pyAssigned(u) && u.properties.isLowercase
    }
}

/// A full case mapping, as of Unicode 14 (mappings to later code points did not exist).
@inline(__always) func pyCaseMapping(_ u: Unicode.Scalar, _ m: String) -> String? {
    if !pyAssigned(u) { return nil }
    for x in m.unicodeScalars where x.value >= 128 && !pyAssigned(x) { return nil }
    return m
}

@inline(__always) func pyIsAlpha(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    if !pyAssigned(u) { return false }
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

@inline(__always) func pyIsDecimal(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 128 { return v >= 48 && v <= 57 }
    return u.properties.numericType == .decimal && pyAssigned(u)
}

@inline(__always) func pyIsDigit(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 128 { return v >= 48 && v <= 57 }
    let t = u.properties.numericType
    return (t == .decimal || t == .digit) && pyAssigned(u)
}

@inline(__always) func pyIsNumeric(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 128 { return v >= 48 && v <= 57 }
    return u.properties.numericType != nil && pyAssigned(u) && !newlyNumeric.contains(v)
}

@inline(__always) func pyIsAlnum(_ u: Unicode.Scalar) -> Bool {
    pyIsAlpha(u) || pyIsNumeric(u)
}

@inline(__always) func pyIsTitleCase(_ u: Unicode.Scalar) -> Bool {
    u.value >= 128 && u.properties.generalCategory == .titlecaseLetter && pyAssigned(u)
}
@inline(__always) private func isTitleCase(_ u: Unicode.Scalar) -> Bool { pyIsTitleCase(u) }
@inline(__always) private func isLower(_ u: Unicode.Scalar) -> Bool {
    u.value < 128 ? (u.value >= 97 && u.value <= 122) : pyIsLowercase(u)
}
@inline(__always) func pyIsUppercase(_ u: Unicode.Scalar) -> Bool {
    u.value < 128 ? (u.value >= 65 && u.value <= 90) : (u.properties.isUppercase && pyAssigned(u))
}
@inline(__always) private func isUpper(_ u: Unicode.Scalar) -> Bool { pyIsUppercase(u) }

/// "Every character satisfies `pred`, and there is at least one".
private func allScalars(_ s: PyStr, _ pred: (Unicode.Scalar) -> Bool) -> Bool {
    if s.value.isEmpty { return false }
    if s.isASCII {
        return withUTF8Bytes(s.value) { p in
            for b in p where !pred(Unicode.Scalar(b)) { return false }
            return true
        }
    }
    for u in s.value.unicodeScalars where !pred(u) { return false }
    return true
}

func strIsLower(_ s: PyStr) -> Bool {
    var cased = false
    for u in s.value.unicodeScalars {
        if isUpper(u) || isTitleCase(u) { return false }
        if !cased && isLower(u) { cased = true }
    }
    return cased
}

func strIsUpper(_ s: PyStr) -> Bool {
    var cased = false
    for u in s.value.unicodeScalars {
        if isLower(u) || isTitleCase(u) { return false }
        if !cased && isUpper(u) { cased = true }
    }
    return cased
}

func strIsTitle(_ s: PyStr) -> Bool {
    var cased = false, prevCased = false
    for u in s.value.unicodeScalars {
        if isUpper(u) || isTitleCase(u) {
            if prevCased { return false }
            prevCased = true; cased = true
        } else if isLower(u) {
            if !prevCased { return false }
            prevCased = true; cased = true
        } else {
            prevCased = false
        }
    }
    return cased
}

func strIsIdentifier(_ s: String) -> Bool {
    var first = true
    for u in s.unicodeScalars {
        let v = u.value
        if first {
            first = false
            if v < 128 {
                if !(v == 95 || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)) { return false }
            } else if !u.properties.isXIDStart || !pyAssigned(u) { return false }
        } else if v < 128 {
            if !(v == 95 || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57)) { return false }
        } else if !u.properties.isXIDContinue || !pyAssigned(u) { return false }
    }
    return !first
}

func installStrPredicates(_ t: PyType) {
    func pred(_ name: String, _ f: @escaping (PyStr) -> Bool) {
        t.addMethod(name) { _, args in
            let s = try strSelf(args, name)
            try StrArg.none(args, "str.\(name)")
            return .bool(f(s))
        }
    }
    pred("isalpha") { allScalars($0, pyIsAlpha) }
    pred("isalnum") { allScalars($0, pyIsAlnum) }
    pred("isdecimal") { allScalars($0, pyIsDecimal) }
    pred("isdigit") { allScalars($0, pyIsDigit) }
    pred("isnumeric") { allScalars($0, pyIsNumeric) }
    pred("isspace") { allScalars($0) { pyIsSpace($0.value) } }
    pred("isascii") { $0.isASCII }
    pred("isprintable") { s in
        for u in s.value.unicodeScalars where !pyIsPrintable(u) || (u.value >= 128 && !pyAssigned(u)) { return false }
        return true
    }
    pred("islower", strIsLower)
    pred("isupper", strIsUpper)
    pred("istitle", strIsTitle)
    pred("isidentifier") { strIsIdentifier($0.value) }
}

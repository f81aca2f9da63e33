// Numeric literals (CPython's tokenizer rules): decimal, hexadecimal, octal and binary
// integers with underscores, floats, imaginary numbers, and CPython's error messages and
// positions for malformed literals. Integers too large for Int become decimal digit strings.

extension Lexer {
    // MARK: - Numbers

    /// CPython's verify_end_of_number. Returns false after recording an error.
    func verifyEndOfNumber(_ kind: String) -> Bool {
        // `pos` is at the character following the number (not consumed).
        let c = peekc()
        var r = false
        func look(_ s: String) -> Bool {
            var i = 1
            for ch in s.unicodeScalars {
                if peekc(i) != ch { return false }
                i += 1
            }
            return !PyLex.isIdentifierChar(peekc(i))
        }
        switch c {
        case "a": r = look("nd")
        case "e": r = look("lse")
        case "f": r = look("or")
        case "i": let c2 = peekc(1); r = c2 == "f" || c2 == "n" || c2 == "s"
        case "o": r = look("r")
        case "n": r = look("ot")
        default: break
        }
        if r { return true }
        if pos < end && c.value < 128 && PyLex.isIdentifierChar(c) {
            failAtCursor("invalid \(kind) literal")
            return false
        }
        return true
    }

    /// Digits with single underscores between them (CPython's tok_decimal_tail), starting at
    /// `pos` which must be a digit. Returns false after recording an error.
    func decimalTail() -> Bool {
        while true {
            while pos < end && PyLex.isDigit(src[pos]) { pos += 1 }
            if peekc() != "_" { return true }
            pos += 1
            if !PyLex.isDigit(peekc()) {
                failAtCursor("invalid decimal literal")
                return false
            }
        }
    }

    func lexNumber() {
        let start = pos, sl = line, sc = col
        var isFloat = false, isImag = false
        var radix = 10
        let c0 = src[pos]
        if c0 == "." {
            pos += 1
            if !decimalTail() { return }
            isFloat = true
            if !lexExponentAndSuffix(&isFloat, &isImag) { return }
        } else if c0 == "0" && (peekc(1) == "x" || peekc(1) == "X" || peekc(1) == "o" || peekc(1) == "O"
                                  || peekc(1) == "b" || peekc(1) == "B") {
            let k = peekc(1)
            pos += 2
            let kindName: String
            let valid: (Unicode.Scalar) -> Bool
            switch k {
            case "x", "X": radix = 16; kindName = "hexadecimal"; valid = PyLex.isHexDigit
            case "o", "O": radix = 8; kindName = "octal"; valid = { $0.value >= 48 && $0.value < 56 }
            default: radix = 2; kindName = "binary"; valid = { $0 == "0" || $0 == "1" }
            }
            repeat {
                if peekc() == "_" { pos += 1 }
                let c = peekc()
                if pos >= end || !valid(c) {
                    if radix != 16 && PyLex.isDigit(c) {
                        pos += 1
                        failAtCursor("invalid digit '\(Character(c))' in \(kindName) literal")
                    } else {
                        failAtCursor("invalid \(kindName) literal")
                    }
                    return
                }
                while pos < end && valid(src[pos]) { pos += 1 }
            } while peekc() == "_"
            if radix != 16 && PyLex.isDigit(peekc()) {
                pos += 1
                failAtCursor("invalid digit '\(Character(src[pos - 1]))' in \(kindName) literal")
                return
            }
            if !verifyEndOfNumber(kindName) { return }
        } else if c0 == "0" {
            // Zeros (maybe with underscores); a following nonzero digit makes it old-style octal.
            pos += 1
            var nonzero = false
            while true {
                if peekc() == "_" {
                    pos += 1
                    if !PyLex.isDigit(peekc()) { failAtCursor("invalid decimal literal"); return }
                }
                if peekc() != "0" { break }
                pos += 1
            }
            let zerosEnd = pos + 1
            if PyLex.isDigit(peekc()) {
                nonzero = true
                if !decimalTail() { return }
            }
            let c = peekc()
            if c == "." {
                pos += 1
                isFloat = true
                if PyLex.isDigit(peekc()) { if !decimalTail() { return } }
                if !lexExponentAndSuffix(&isFloat, &isImag) { return }
            } else if c == "e" || c == "E" || c == "j" || c == "J" {
                if !lexExponentAndSuffix(&isFloat, &isImag) { return }
            } else if nonzero {
                fail(text.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                line: line, column: sc + 1, endColumn: zerosEnd - lineStart))
                return
            } else if !verifyEndOfNumber("decimal") { return }
        } else {
            if !decimalTail() { return }
            if peekc() == "." {
                pos += 1
                isFloat = true
                if PyLex.isDigit(peekc()) { if !decimalTail() { return } }
            }
            if !lexExponentAndSuffix(&isFloat, &isImag) { return }
        }
        // Build the value.
        var digits: [UInt8] = []
        let bodyStart = radix == 10 ? start : start + 2
        for i in bodyStart..<pos {
            let ch = src[i]
            if ch != "_" && ch != "j" && ch != "J" { digits.append(UInt8(truncatingIfNeeded: ch.value)) }
        }
        let body = String(decoding: digits, as: UTF8.self)
        let value: Constant
        if isImag {
            value = .imaginary(Double(body) ?? 0)
        } else if isFloat {
            value = .float(Double(body) ?? 0)
        } else if let v = Int(body, radix: radix) {
            value = .int(v)
        } else {
            value = .bigInt(PyLex.bigDecimalDigits(body, radix: radix))
        }
        let idx = numbers.count
        numbers.append(value)
        emit(.number, start: start, startLine: sl, startCol: sc, aux: idx)
    }

    /// After the integer/fraction part: optional exponent, optional `j`, then the end check.
    func lexExponentAndSuffix(_ isFloat: inout Bool, _ isImag: inout Bool) -> Bool {
        let c = peekc()
        if c == "e" || c == "E" {
            let save = pos
            pos += 1
            let s = peekc()
            if s == "+" || s == "-" {
                pos += 1
                if !PyLex.isDigit(peekc()) { failAtCursor("invalid decimal literal"); return false }
            } else if !PyLex.isDigit(s) {
                pos = save
                // `1else` is accepted (a number followed by a keyword); `1e` is not.
                if !verifyEndOfNumber("decimal") { return false }
                return true
            }
            if !decimalTail() { return false }
            isFloat = true
        }
        if peekc() == "j" || peekc() == "J" {
            pos += 1
            isImag = true
            return verifyEndOfNumber("imaginary")
        }
        return verifyEndOfNumber("decimal")
    }
}

extension PyLex {
    /// Convert the digits of an integer literal in `radix` to a decimal digit string.
    static func bigDecimalDigits(_ digits: String, radix: Int) -> String {
        // Little-endian limbs in base 1e9.
        let base: UInt64 = 1_000_000_000
        var limbs: [UInt64] = [0]
        for ch in digits.unicodeScalars {
            guard let d = Int(String(ch), radix: radix) else { continue }
            var carry = UInt64(d)
            for i in 0..<limbs.count {
                let v = limbs[i] * UInt64(radix) + carry
                limbs[i] = v % base
                carry = v / base
            }
            while carry > 0 { limbs.append(carry % base); carry /= base }
        }
        while limbs.count > 1 && limbs[limbs.count - 1] == 0 { limbs.removeLast() }
        var s = String(limbs[limbs.count - 1])
        var i = limbs.count - 2
        while i >= 0 {
            var part = String(limbs[i])
            while part.count < 9 { part = "0" + part }
            s += part
            i -= 1
        }
        return s
    }
}

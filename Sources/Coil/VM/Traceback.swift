// Printing exceptions the way CPython 3.11 does: chained tracebacks with source lines and
// carets, SyntaxError's caret display, and the final "Type: message" line.

extension Interpreter {
    /// The full report for an uncaught exception, including its cause/context chain.
    public func formatException(_ e: PyBaseException) -> String {
        var seen = Set<ObjectIdentifier>()
        return formatChain(e, &seen)
    }

    private func formatChain(_ e: PyBaseException, _ seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(e))
        var out = ""
        if case .object(let co) = e.cause, let cause = co as? PyBaseException, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !e.suppressContext, case .object(let co) = e.context, let ctx = co as? PyBaseException,
                  !seen.contains(ObjectIdentifier(ctx)) {
            out += formatChain(ctx, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        out += formatSingle(e)
        return out
    }

    func formatSingle(_ e: PyBaseException) -> String {
        var out = ""
        if let tb = e.traceback {
            out += "Traceback (most recent call last):\n"
            var entry: PyTraceback? = tb
            var lastKey = ""
            var repeats = 0
            while let t = entry {
                let key = "\(t.code.filename):\(t.line):\(t.code.name)"
                if key == lastKey {
                    repeats += 1
                } else {
                    if repeats > 3 {
                        out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
                    }
                    repeats = 1
                    lastKey = key
                }
                if repeats <= 3 { out += formatFrameLine(t) }
                entry = t.next
            }
            if repeats > 3 {
                out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
            }
        }
        if e.type.isSubtype(of: BuiltinTypes.SyntaxError) {
            out += formatSyntaxErrorBody(e)
        }
        out += exceptionLastLine(e) + "\n"
        for note in e.notes { if let s = note.asStr { out += s.value + "\n" } }
        return out
    }

    func formatFrameLine(_ t: PyTraceback) -> String {
        var out = "  File \"\(t.code.filename)\", line \(t.line), in \(t.code.name)\n"
        guard let src = sourceLine(t.code.filename, t.line) else { return out }
        let stripped = src.drop(while: { $0 == " " || $0 == "\t" })
        if stripped.isEmpty { return out }
        out += "    " + stripped + "\n"
        // Carets under the failing expression when it is only part of a one-line statement.
        let indent = src.unicodeScalars.count - stripped.unicodeScalars.count
        let loc = t.loc
        if loc.line == loc.endLine, loc.endCol > loc.col {
            let start = Int(loc.col) - indent, end = Int(loc.endCol) - indent
            let len = stripped.unicodeScalars.count
            let trimmedEnd = len - (stripped.reversed().prefix(while: { $0 == " " }).count)
            if start >= 0, end <= trimmedEnd, !(start == 0 && end == trimmedEnd) {
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: end - start) + "\n"
            }
        }
        return out
    }

    func formatSyntaxErrorBody(_ e: PyBaseException) -> String {
        var out = ""
        let file = (e.attribute("filename")?.asStr?.value) ?? "<string>"
        let line = e.attribute("lineno")?.intValue ?? 0
        out += "  File \"\(file)\", line \(line)\n"
        if let text = e.attribute("text")?.asStr?.value {
            var t = text
            while t.hasSuffix("\n") || t.hasSuffix("\r") { t.removeLast() }
            let stripped = t.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            let removed = t.unicodeScalars.count - stripped.unicodeScalars.count
            out += "    " + stripped + "\n"
            if let offset = e.attribute("offset")?.intValue, offset >= 1 {
                var endOffset = e.attribute("end_offset")?.intValue ?? offset
                let endLine = e.attribute("end_lineno")?.intValue ?? line
                if endLine != line || endOffset <= offset { endOffset = offset + 1 }
                let start = max(0, offset - 1 - removed)
                let width = max(1, endOffset - offset)
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: width) + "\n"
            }
        }
        return out
    }

    /// `ValueError: message`, or just the type name when the message is empty.
    public func exceptionLastLine(_ e: PyBaseException) -> String {
        var name = e.type.qualname
        if let m = e.type.typeDict.getStr("__module__")?.asStr?.value, m != "builtins", m != "__main__" {
            name = m + "." + name
        }
        let msg: String
        if e.type.isSubtype(of: BuiltinTypes.SyntaxError) {
            msg = (try? str(e.attribute("msg") ?? .none)) ?? ""
        } else {
            msg = (try? str(.object(e))) ?? "<exception str() failed>"
        }
        return msg.isEmpty ? name : "\(name): \(msg)"
    }

    /// A SyntaxError exception object from the compiler's error.
    func makeSyntaxError(_ info: SyntaxErrorInfo) -> PyBaseException {
        let t: PyType
        switch info.kind {
        case .syntaxError: t = BuiltinTypes.SyntaxError
        case .indentationError: t = BuiltinTypes.IndentationError
        case .tabError: t = BuiltinTypes.TabError
        }
        let text: Value = info.text.map { Value($0 + "\n") } ?? .none
        let details = PyTuple([Value(info.filename), .int(info.line), .int(info.column), text,
                               .int(info.line), info.endColumn.map { .int($0) } ?? .int(info.column + 1)])
        let e = PyBaseException(type: t, args: [Value(info.message), .object(details)])
        e.setAttribute("msg", Value(info.message))
        e.setAttribute("filename", Value(info.filename))
        e.setAttribute("lineno", .int(info.line))
        e.setAttribute("offset", .int(info.column))
        e.setAttribute("text", text)
        e.setAttribute("end_lineno", .int(info.line))
        e.setAttribute("end_offset", info.endColumn.map { .int($0) } ?? .none)
        e.setAttribute("print_file_and_line", .none)
        return e
    }
}

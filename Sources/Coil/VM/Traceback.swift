// Printing exceptions the way CPython 3.11 does: chained tracebacks with source lines and
// carets, SyntaxError's caret display, and the final "Type: message" line.

extension Interpreter {
    /// The full report for an uncaught exception, including its cause/context chain and, for
    /// exception groups, the nested exceptions in boxes (CPython's print_exception_recursive).
    public func formatException(_ e: PyBaseException) -> String {
        var ctx = ExceptionPrintContext()
        formatRecursive(e, &ctx)
        return ctx.out
    }

    private func formatRecursive(_ e: PyBaseException, _ ctx: inout ExceptionPrintContext) {
        ctx.seen.insert(ObjectIdentifier(e))
        // A cause is shown when not shown yet; only without one is the context considered.
        if case .object(let co) = e.cause, let cause = co as? PyBaseException {
            if !ctx.seen.contains(ObjectIdentifier(cause)) {
                formatChained(cause, "The above exception was the direct cause of the following exception:", &ctx)
            }
        } else if !e.suppressContext, case .object(let co) = e.context, let context = co as? PyBaseException,
                  !ctx.seen.contains(ObjectIdentifier(context)) {
            formatChained(context, "During handling of the above exception, another exception occurred:", &ctx)
        }
        if e.groupExceptions == nil {
            ctx.emit(formatSingle(e))
        } else {
            formatGroup(e, &ctx)
        }
    }

    private func formatChained(_ e: PyBaseException, _ message: String, _ ctx: inout ExceptionPrintContext) {
        let needClose = ctx.needClose
        formatRecursive(e, &ctx)
        ctx.needClose = needClose
        ctx.emit("\n" + message + "\n\n")
    }

    /// print_exception_group: the group's own traceback and message, then each nested exception
    /// in a numbered box (at most 15, nested at most 10 deep).
    private func formatGroup(_ e: PyBaseException, _ ctx: inout ExceptionPrintContext) {
        let maxWidth = 15, maxDepth = 10
        if ctx.depth > maxDepth {
            ctx.emit("... (max_group_depth is \(maxDepth))\n")
            return
        }
        let topLevel = ctx.depth == 0
        if topLevel { ctx.depth += 1 }
        ctx.emit(formatSingle(e, header: "Exception Group Traceback (most recent call last):"),
                 headerMargin: ctx.depth == 1 && e.traceback != nil ? "+ " : nil)
        let excs = e.groupExceptions?.items ?? []
        let n = excs.count <= maxWidth ? excs.count : maxWidth + 1
        ctx.needClose = false
        for i in 0..<n {
            let last = i == n - 1
            if last { ctx.needClose = true }
            let truncated = i >= maxWidth
            ctx.out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            ctx.depth += 1
            if !truncated {
                if let sub = excs[i].asException { formatRecursive(sub, &ctx) }
            } else {
                let remaining = excs.count - maxWidth
                ctx.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            }
            if last && ctx.needClose {
                ctx.out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.depth -= 1
        }
        if topLevel { ctx.depth -= 1 }
    }

    func formatSingle(_ e: PyBaseException, header: String = "Traceback (most recent call last):") -> String {
        var out = ""
        if let tb = e.traceback {
            out += header + "\n"
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
            // No caret when it would point into the stripped indentation (CPython's
            // print_error_text), e.g. for "unexpected indent".
            if let offset = e.attribute("offset")?.intValue, offset >= 1, offset - 1 - removed >= 0 {
                var endOffset = e.attribute("end_offset")?.intValue ?? offset
                let endLine = e.attribute("end_lineno")?.intValue ?? line
                if endLine != line || endOffset <= offset { endOffset = offset + 1 }
                let start = offset - 1 - removed
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
        let text: Value = info.text.map { Value(info.textHasNewline ? $0 + "\n" : $0) } ?? .none
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

/// Where a formatted exception report is: how deep inside exception-group boxes, which
/// exceptions were shown, and whether the innermost box still needs its closing line.
struct ExceptionPrintContext {
    var out = ""
    var seen = Set<ObjectIdentifier>()
    var depth = 0
    var needClose = false

    var indent: String { String(repeating: " ", count: 2 * depth) }

    /// Appends `text` with every line behind the box margin ("  | " per level); the first line
    /// may get `headerMargin` instead (the "+ " of a top-level group's header).
    mutating func emit(_ text: String, headerMargin: String? = nil) {
        if depth == 0 { out += text; return }
        let prefix = indent + "| "
        var first = true
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            out += (first ? indent + (headerMargin ?? "| ") : prefix) + line + "\n"
            first = false
        }
    }
}

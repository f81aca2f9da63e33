// The `time` module over Glibc clocks and time conversion, with `struct_time` as a struct
// sequence (StructSequence.swift).

#if canImport(Glibc)
import Glibc
#endif

private let structTimeFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                "tm_wday", "tm_yday", "tm_isdst"]

extension BuiltinTypes {
    static let structTime = makeStructSeqType(name: "struct_time", module: "time", fields: structTimeFields,
                                              extra: ["tm_zone", "tm_gmtoff"])
}

private func clockNanos(_ clock: clockid_t) -> Int {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Int(ts.tv_sec) &* 1_000_000_000 &+ Int(ts.tv_nsec)
}

/// CPython's _PyTime_AsSecondsDouble.
private func nanosToSeconds(_ ns: Int) -> Double {
    if ns % 1_000_000_000 == 0 { return Double(ns / 1_000_000_000) }
    return Double(ns) / 1e9
}

private func makeStructTime(_ tm: tm) -> Value {
    let items: [Value] = [
        .int(Int(tm.tm_year) + 1900), .int(Int(tm.tm_mon) + 1), .int(Int(tm.tm_mday)),
        .int(Int(tm.tm_hour)), .int(Int(tm.tm_min)), .int(Int(tm.tm_sec)),
        .int((Int(tm.tm_wday) + 6) % 7), .int(Int(tm.tm_yday) + 1), .int(Int(tm.tm_isdst)),
    ]
    return makeStructSeq(BuiltinTypes.structTime, items, [
        ("tm_zone", tm.tm_zone.map { Value(String(cString: $0)) } ?? .none), ("tm_gmtoff", .int(tm.tm_gmtoff)),
    ])
}

extension Interpreter {
    /// Seconds argument of localtime/gmtime/ctime (None = now), floored like CPython.
    fileprivate func timeSeconds(_ args: Args, _ i: Int) throws -> time_t {
        if args.count <= i || args[i].isNone { return time(nil) }
        let v = args[i]
        if let b = v.bigIntValue {
            guard let i = b.asInt else { throw PyErr.overflowError("timestamp out of range for platform time_t") }
            return time_t(i)
        }
        let d = try mathDouble(v)
        if d.isNaN { throw PyErr.valueError("Invalid value NaN (not a number)") }
        let f = d.rounded(.down)
        if !(f >= -9.2e18 && f <= 9.2e18) { throw PyErr.overflowError("timestamp out of range for platform time_t") }
        return time_t(f)
    }

    /// A struct_time or 9-tuple as a C `struct tm` (CPython's gettmarg).
    fileprivate func timeTuple(_ v: Value, _ fname: String) throws -> tm {
        guard let tup = v.asTuple else {
            throw PyErr.typeError("Tuple or struct_time argument required")
        }
        if tup.count != 9 { throw PyErr.typeError("\(fname)(): illegal time tuple argument") }
        var f: [Int] = []
        for item in tup.items {
            guard let i = item.bigIntValue?.asInt else {
                throw PyErr.typeError("'\(item.type.name)' object cannot be interpreted as an integer")
            }
            f.append(i)
        }
        var t = tm()
        t.tm_year = Int32(truncatingIfNeeded: f[0] - 1900)
        t.tm_mon = Int32(truncatingIfNeeded: f[1] - 1)
        t.tm_mday = Int32(truncatingIfNeeded: f[2])
        t.tm_hour = Int32(truncatingIfNeeded: f[3])
        t.tm_min = Int32(truncatingIfNeeded: f[4])
        t.tm_sec = Int32(truncatingIfNeeded: f[5])
        t.tm_wday = Int32(truncatingIfNeeded: (f[6] + 1) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: f[7] - 1)
        t.tm_isdst = Int32(truncatingIfNeeded: f[8])
        if tup.type === BuiltinTypes.structTime, let d = tup.dict, let gm = d.getStr("tm_gmtoff")?.intValue {
            t.tm_gmtoff = gm
        }
        return t
    }

    /// CPython's checktm: the ranges strftime and asctime accept (after normalizing 0 fields).
    fileprivate func checkTm(_ t: inout tm) throws {
        if t.tm_mon == -1 { t.tm_mon = 0 } else if t.tm_mon < 0 || t.tm_mon > 11 { throw PyErr.valueError("month out of range") }
        if t.tm_mday == 0 { t.tm_mday = 1 } else if t.tm_mday < 0 || t.tm_mday > 31 { throw PyErr.valueError("day of month out of range") }
        if t.tm_hour < 0 || t.tm_hour > 23 { throw PyErr.valueError("hour out of range") }
        if t.tm_min < 0 || t.tm_min > 59 { throw PyErr.valueError("minute out of range") }
        if t.tm_sec < 0 || t.tm_sec > 61 { throw PyErr.valueError("seconds out of range") }
        if t.tm_wday < 0 { throw PyErr.valueError("day of week out of range") }
        if t.tm_yday == -1 { t.tm_yday = 0 } else if t.tm_yday < 0 || t.tm_yday > 365 { throw PyErr.valueError("day of year out of range") }
    }
}

private let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
private let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

private func asctimeString(_ t: tm) -> String {
    func two(_ v: Int32) -> String { v < 10 && v >= 0 ? "0\(v)" : "\(v)" }
    var day = String(t.tm_mday)
    while day.count < 3 { day = " " + day }
    let wd = dayNames[Int((t.tm_wday % 7 + 7) % 7)]
    let mon = monthNames[Int((t.tm_mon % 12 + 12) % 12)]
    return "\(wd) \(mon)\(day) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(1900 + Int(t.tm_year))"
}

private func sleepSeconds(_ interp: Interpreter, _ v: Value) throws {
    let secs: Double
    switch v {
    case .float(let d):
        if d.isNaN { throw PyErr.valueError("Invalid value NaN (not a number)") }
        secs = d
    default:
        if let b = v.bigIntValue { secs = b.toDouble() ?? Double.infinity }
        else if v.type.lookup(interp.names.dfloat) != nil { secs = try interp.mathDouble(v) }
        else { throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer") }
    }
    if secs.isNaN { throw PyErr.valueError("Invalid value NaN (not a number)") }
    if secs < 0 { throw PyErr.valueError("sleep length must be non-negative") }
    if secs > 9.2e9 { throw PyErr.overflowError("sleep length is too large") }
    interp.stdoutWriter.flush()
    var req = timespec(tv_sec: Int(secs.rounded(.down)), tv_nsec: Int(((secs - secs.rounded(.down)) * 1e9).rounded(.up)))
    if req.tv_nsec >= 1_000_000_000 { req.tv_sec += 1; req.tv_nsec -= 1_000_000_000 }
    var rem = timespec()
    while nanosleep(&req, &rem) != 0 && errno == EINTR { req = rem }
}

func makeTimeModule(_ interp: Interpreter) throws -> PyModule {
    func noArgs(_ name: String, _ f: @escaping () -> Value) -> (String, NativeFunction) {
        (name, { _, args in
            if args.values.count != 0 { throw PyErr.typeError("time.\(name)() takes no arguments (\(args.values.count) given)") }
            return f()
        })
    }
    let m = interp.makeNativeModule("time", [
        noArgs("time") { .float(nanosToSeconds(clockNanos(CLOCK_REALTIME))) },
        noArgs("time_ns") { .int(clockNanos(CLOCK_REALTIME)) },
        noArgs("perf_counter") { .float(nanosToSeconds(clockNanos(CLOCK_MONOTONIC))) },
        noArgs("perf_counter_ns") { .int(clockNanos(CLOCK_MONOTONIC)) },
        noArgs("monotonic") { .float(nanosToSeconds(clockNanos(CLOCK_MONOTONIC))) },
        noArgs("monotonic_ns") { .int(clockNanos(CLOCK_MONOTONIC)) },
        noArgs("process_time") { .float(nanosToSeconds(clockNanos(CLOCK_PROCESS_CPUTIME_ID))) },
        noArgs("process_time_ns") { .int(clockNanos(CLOCK_PROCESS_CPUTIME_ID)) },
        noArgs("thread_time") { .float(nanosToSeconds(clockNanos(CLOCK_THREAD_CPUTIME_ID))) },
        noArgs("thread_time_ns") { .int(clockNanos(CLOCK_THREAD_CPUTIME_ID)) },
        ("sleep", { interp, args in
            guard args.count == 1, !args.hasKeywords else {
                throw PyErr.typeError("time.sleep() takes exactly one argument (\(args.values.count) given)")
            }
            try sleepSeconds(interp, args[0])
            return .none
        }),
        ("localtime", { interp, args in
            var t = try interp.timeSeconds(args, 0)
            var out = tm()
            guard localtime_r(&t, &out) != nil else { throw PyErr.overflowError("timestamp out of range for platform time_t") }
            return makeStructTime(out)
        }),
        ("gmtime", { interp, args in
            var t = try interp.timeSeconds(args, 0)
            var out = tm()
            guard gmtime_r(&t, &out) != nil else { throw PyErr.overflowError("timestamp out of range for platform time_t") }
            return makeStructTime(out)
        }),
        ("mktime", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("time.mktime() takes exactly one argument (\(args.count) given)") }
            var t = try interp.timeTuple(args[0], "mktime")
            t.tm_wday = -1
            let r = mktime(&t)
            if r == -1 && t.tm_wday == -1 { throw PyErr.overflowError("mktime argument out of range") }
            return .float(Double(r))
        }),
        ("asctime", { interp, args in
            var t: tm
            if args.count == 0 || args[0].isNone {
                var now = time(nil)
                t = tm()
                localtime_r(&now, &t)
            } else {
                t = try interp.timeTuple(args[0], "asctime")
                try interp.checkTm(&t)
            }
            return Value(asctimeString(t))
        }),
        ("ctime", { interp, args in
            var secs = try interp.timeSeconds(args, 0)
            var t = tm()
            guard localtime_r(&secs, &t) != nil else { throw PyErr.overflowError("timestamp out of range for platform time_t") }
            return Value(asctimeString(t))
        }),
        ("strftime", { interp, args in
            guard args.count == 1 || args.count == 2, let fmt = args[0].asStr else {
                if args.count >= 1 && args[0].asStr == nil {
                    throw PyErr.typeError("strftime() argument 1 must be str, not \(args[0].type.name)")
                }
                throw PyErr.typeError("strftime() takes at most 2 arguments (\(args.count) given)")
            }
            var t: tm
            if args.count == 2 {
                t = try interp.timeTuple(args[1], "strftime")
                try interp.checkTm(&t)
                if t.tm_isdst < -1 { t.tm_isdst = -1 } else if t.tm_isdst > 1 { t.tm_isdst = 1 }
            } else {
                var now = time(nil)
                t = tm()
                localtime_r(&now, &t)
            }
            if fmt.value.isEmpty { return Value("") }
            if fmt.value.utf8.contains(0) { throw PyErr.valueError("embedded null character") }
            var size = 1024
            while size <= 1 << 20 {
                var buf = [CChar](repeating: 0, count: size)
                let n = strftime(&buf, size, fmt.value, &t)
                if n > 0 || size >= 256 * fmt.value.utf8.count {
                    return Value(String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
                }
                size *= 2
            }
            return Value("")
        }),
    ])
    tzset()
    let d = m.dict
    d?.setStr("struct_time", .object(BuiltinTypes.structTime))
    d?.setStr("timezone", .int(Int(timezone)))
    d?.setStr("altzone", .int(Int(timezone) - (daylight != 0 ? 3600 : 0)))
    d?.setStr("daylight", .int(Int(daylight)))
    let names = (tzname.0.map { String(cString: $0) } ?? "UTC", tzname.1.map { String(cString: $0) } ?? "UTC")
    d?.setStr("tzname", .object(PyTuple([Value(names.0), Value(names.1)])))
    return m
}

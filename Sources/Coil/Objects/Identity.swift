// Identity comparison and value-slot helpers for hot paths. The standard library's `===` takes
// `AnyObject?` operands and is an ordinary call that Swift's inliner leaves out of line inside a
// function as large as the run loop; these always-inline versions compile to a pointer compare.

@inline(__always) func === (a: PyObject, b: PyObject) -> Bool {
    Unmanaged.passUnretained(a).toOpaque() == Unmanaged.passUnretained(b).toOpaque()
}

@inline(__always) func === (a: PyObject?, b: PyObject) -> Bool {
    guard let a = a else { return false }
    return Unmanaged.passUnretained(a).toOpaque() == Unmanaged.passUnretained(b).toOpaque()
}

@inline(__always) func !== (a: PyObject, b: PyObject) -> Bool { !(a === b) }

@inline(__always) func !== (a: PyObject?, b: PyObject) -> Bool { !(a === b) }

// Frames: the run loop compares the current frame with its entry frame on every return/yield.
@inline(__always) func === (a: Frame, b: Frame) -> Bool {
    Unmanaged.passUnretained(a).toOpaque() == Unmanaged.passUnretained(b).toOpaque()
}

@inline(__always) func !== (a: Frame, b: Frame) -> Bool { !(a === b) }

extension UnsafeMutablePointer where Pointee == Value {
    /// Destroys `n` consecutive values one by one: `deinitialize(count:)` with a variable count
    /// calls the runtime's generic array destroy.
    @inline(__always) func drop(_ n: Int) {
        var i = 0
        while i < n { (self + i).deinitialize(count: 1); i &+= 1 }
    }

    /// The object this slot holds, not retained: valid while the slot keeps its value. Lets the
    /// run loop inspect a callee or operand without a retain/release pair.
    @inline(__always) var unretainedObject: Unmanaged<PyObject>? {
        if case .object(let o) = pointee { return Unmanaged.passUnretained(o) }
        return nil
    }
}

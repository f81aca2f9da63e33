// bytes and bytearray storage. Methods live in BytesMethods.swift.

public final class PyBytes: PyObject {
    public var bytes: [UInt8]
    public init(_ b: [UInt8]) { bytes = b; super.init(type: BuiltinTypes.bytes) }
    public init(_ b: [UInt8], type: PyType) { bytes = b; super.init(type: type) }
    /// bytearray instances are PyBytes whose type is (a subclass of) bytearray.
    public var isMutable: Bool { type.isSubtype(of: BuiltinTypes.bytearray) }
}

/// sys.stdout / sys.stderr: text streams over the interpreter's writers.
public final class PyStdStream: PyObject {
    public let name: String
    public let fd: Int32
    init(name: String, fd: Int32) { self.name = name; self.fd = fd; super.init(type: BuiltinTypes.textIOWrapper) }
}

extension BuiltinTypes {
    public static let textIOWrapper = make("_io.TextIOWrapper", flags: [])
}

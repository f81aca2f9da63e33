// The builtin type objects. They are created bare (no attributes) on first use; their methods
// are installed once, by `BuiltinTypes.installMethods()`, when the first Interpreter starts.
// After that they are never mutated, so sharing them between interpreters is safe.

public enum BuiltinTypes {
    private static let core: (object: PyType, type: PyType) = {
        let t = PyType(name: "type", bases: [], layout: .type, flags: [.baseType], metatype: nil)
        let o = PyType(name: "object", bases: [], layout: .object, flags: [.baseType], metatype: t)
        t.bases = [o]
        t.mro = [t, o]
        return (o, t)
    }()
    public static var object: PyType { core.object }
    public static var type: PyType { core.type }

    static func make(_ name: String, _ base: PyType? = nil, layout: InstanceLayout = .other,
                     flags: TypeFlags = [.baseType]) -> PyType {
        PyType(name: name, bases: [base ?? object], layout: layout, flags: flags, metatype: type)
    }

    public static let int = make("int", layout: .int)
    public static let bool = make("bool", int, layout: .int, flags: [])
    public static let float = make("float", layout: .float)
    public static let complex = make("complex")
    public static let str = make("str", layout: .str)
    public static let bytes = make("bytes", layout: .bytes)
    public static let bytearray = make("bytearray", layout: .bytearray)
    public static let tuple = make("tuple", layout: .tuple)
    public static let list = make("list", layout: .list)
    public static let dict = make("dict", layout: .dict)
    public static let set = make("set", layout: .set)
    public static let frozenset = make("frozenset", layout: .frozenset)
    public static let noneType = make("NoneType", flags: [])
    public static let notImplementedType = make("NotImplementedType", flags: [])
    public static let ellipsisType = make("ellipsis", flags: [])
    public static let function = make("function", layout: .function, flags: [])
    public static let builtinFunction = make("builtin_function_or_method", flags: [])
    public static let methodDescriptor = make("method_descriptor", flags: [])
    public static let getsetDescriptor = make("getset_descriptor", flags: [])
    public static let method = make("method", flags: [])
    public static let cell = make("cell", flags: [])
    public static let classmethod = make("classmethod")
    public static let staticmethod = make("staticmethod")
    public static let property = make("property", layout: .property)
    public static let module = make("module", layout: .module)
    public static let slice = make("slice", flags: [])
    public static let range = make("range", flags: [])
    public static let code = make("code", flags: [])
    public static let frame = make("frame", flags: [])
    public static let traceback = make("traceback", flags: [])
    public static let superType = make("super")
    public static let generator = make("generator", flags: [])
    public static let coroutine = make("coroutine", flags: [])
    public static let asyncGenerator = make("async_generator", flags: [])
    public static let iterator = make("iterator", flags: [])
    public static let dictKeys = make("dict_keys", flags: [])
    public static let dictValues = make("dict_values", flags: [])
    public static let dictItems = make("dict_items", flags: [])

    public static let notImplemented = PySingleton(name: "NotImplemented", type: notImplementedType)
    public static let ellipsis = PySingleton(name: "Ellipsis", type: ellipsisType)

    // MARK: exceptions
    static func exc(_ name: String, _ base: PyType) -> PyType {
        PyType(name: name, bases: [base], layout: .exception, flags: [.baseType, .isException, .hasDict], metatype: type)
    }
    public static let BaseException = exc("BaseException", object)
    public static let GeneratorExit = exc("GeneratorExit", BaseException)
    public static let KeyboardInterrupt = exc("KeyboardInterrupt", BaseException)
    public static let SystemExit = exc("SystemExit", BaseException)
    public static let Exception = exc("Exception", BaseException)
    public static let ArithmeticError = exc("ArithmeticError", Exception)
    public static let FloatingPointError = exc("FloatingPointError", ArithmeticError)
    public static let OverflowError = exc("OverflowError", ArithmeticError)
    public static let ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError)
    public static let AssertionError = exc("AssertionError", Exception)
    public static let AttributeError = exc("AttributeError", Exception)
    public static let BufferError = exc("BufferError", Exception)
    public static let EOFError = exc("EOFError", Exception)
    public static let ImportError = exc("ImportError", Exception)
    public static let ModuleNotFoundError = exc("ModuleNotFoundError", ImportError)
    public static let LookupError = exc("LookupError", Exception)
    public static let IndexError = exc("IndexError", LookupError)
    public static let KeyError = exc("KeyError", LookupError)
    public static let MemoryError = exc("MemoryError", Exception)
    public static let NameError = exc("NameError", Exception)
    public static let UnboundLocalError = exc("UnboundLocalError", NameError)
    public static let OSError = exc("OSError", Exception)
    public static let BlockingIOError = exc("BlockingIOError", OSError)
    public static let ChildProcessError = exc("ChildProcessError", OSError)
    public static let ConnectionError = exc("ConnectionError", OSError)
    public static let BrokenPipeError = exc("BrokenPipeError", ConnectionError)
    public static let ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError)
    public static let ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError)
    public static let ConnectionResetError = exc("ConnectionResetError", ConnectionError)
    public static let FileExistsError = exc("FileExistsError", OSError)
    public static let FileNotFoundError = exc("FileNotFoundError", OSError)
    public static let InterruptedError = exc("InterruptedError", OSError)
    public static let IsADirectoryError = exc("IsADirectoryError", OSError)
    public static let NotADirectoryError = exc("NotADirectoryError", OSError)
    public static let PermissionError = exc("PermissionError", OSError)
    public static let ProcessLookupError = exc("ProcessLookupError", OSError)
    public static let TimeoutError = exc("TimeoutError", OSError)
    public static let ReferenceError = exc("ReferenceError", Exception)
    public static let RuntimeError = exc("RuntimeError", Exception)
    public static let NotImplementedError = exc("NotImplementedError", RuntimeError)
    public static let RecursionError = exc("RecursionError", RuntimeError)
    public static let StopAsyncIteration = exc("StopAsyncIteration", Exception)
    public static let StopIteration = exc("StopIteration", Exception)
    public static let SyntaxError = exc("SyntaxError", Exception)
    public static let IndentationError = exc("IndentationError", SyntaxError)
    public static let TabError = exc("TabError", IndentationError)
    public static let SystemError = exc("SystemError", Exception)
    public static let TypeError = exc("TypeError", Exception)
    public static let ValueError = exc("ValueError", Exception)
    public static let UnicodeError = exc("UnicodeError", ValueError)
    public static let UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError)
    public static let UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError)
    public static let UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError)
    public static let Warning = exc("Warning", Exception)
    public static let BytesWarning = exc("BytesWarning", Warning)
    public static let DeprecationWarning = exc("DeprecationWarning", Warning)
    public static let EncodingWarning = exc("EncodingWarning", Warning)
    public static let FutureWarning = exc("FutureWarning", Warning)
    public static let ImportWarning = exc("ImportWarning", Warning)
    public static let PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning)
    public static let ResourceWarning = exc("ResourceWarning", Warning)
    public static let RuntimeWarning = exc("RuntimeWarning", Warning)
    public static let SyntaxWarning = exc("SyntaxWarning", Warning)
    public static let UnicodeWarning = exc("UnicodeWarning", Warning)
    public static let UserWarning = exc("UserWarning", Warning)

    /// Every exception class, in a stable order, for the builtins module.
    public static var allExceptions: [PyType] {
        [BaseException, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, ArithmeticError,
         FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
         EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
         NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError,
         BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
         FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
         PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
         NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError,
         IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
         UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning,
         EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning,
         RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning, BaseExceptionGroup, ExceptionGroup]
    }
}

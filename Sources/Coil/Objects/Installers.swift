// Every builtin type's method installer, run once per process (BuiltinTypes.installed).

let builtinInstallers: [(String, () -> Void)] = [
    ("object/type", installObjectType),
    ("core", installCoreTypes),
    ("exceptions", installExceptionTypes),
    ("exception groups", installExceptionGroupTypes),
    ("generators", installGeneratorTypes),
    ("async generators", installAsyncGeneratorTypes),
    ("containers", installContainerTypes),
    ("str", installStrMethods),
    ("bytes", installBytesMethods),
    ("numbers", installNumberTypes),
    ("types module", installTypesModuleTypes),
]

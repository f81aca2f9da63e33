import sys
import os
print(sys.version_info[:2] >= (3, 8), sys.version_info[0], sys.version_info.major == sys.version_info[0])
print(type(sys.version).__name__, isinstance(sys.version_info[1], int))
print(os.path.basename(sys.argv[0]), len(sys.argv), type(sys.argv).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
print(sys.getrecursionlimit() >= 1000, type(sys.platform).__name__)
print(sys.stdout is not None, sys.stderr is not None, hasattr(sys.stdout, "write"))
print(sys.byteorder in ("little", "big"), sys.float_info.max, sys.float_info.epsilon)
print(callable(sys.exit), type(sys.executable).__name__)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)

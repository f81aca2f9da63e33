import os
print(os.environ.get("HOME") is not None, type(os.environ.get("HOME")).__name__)
print(os.environ.get("COIL_DEFINITELY_UNSET_VAR"), os.environ.get("COIL_DEFINITELY_UNSET_VAR", "fallback"))
print("PATH" in os.environ, "COIL_DEFINITELY_UNSET_VAR" in os.environ)
os.environ["COIL_TEST_VAR"] = "value 1"
print(os.environ["COIL_TEST_VAR"], os.environ.get("COIL_TEST_VAR"), os.getenv("COIL_TEST_VAR"))
try:
    os.environ["COIL_DEFINITELY_UNSET_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
del os.environ["COIL_TEST_VAR"]
print(os.getenv("COIL_TEST_VAR", "deleted"))
print(isinstance(os.getpid(), int), os.getpid() > 0, os.name)

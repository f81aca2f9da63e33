class AppError(Exception):
    """Base application error."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)
    def __str__(self):
        return f"HTTP {self.status} ({self.reason})"

class QuietError(AppError):
    pass

try:
    raise ValidationError("email", "must contain @")
except AppError as e:
    print(type(e).__name__, e, e.field, e.message, e.args)
    print(repr(e))

try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e, e.args, e.status, repr(e))

try:
    raise QuietError
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args, repr(e))

errors = [ValidationError("a", "b"), HttpError(500), QuietError("x", 1)]
for err in errors:
    print(isinstance(err, AppError), isinstance(err, Exception), str(err))

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault()
except WithDefault as e:
    print(e)
try:
    raise WithDefault("custom")
except Exception as e:
    print(e)
class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuperInit(7)
print(e.args, repr(str(e)), e.code)
print(AppError.__doc__)

"""Python's warnings module, reduced to what scripts use: warn(), filters, catch_warnings."""
import sys

__all__ = ['warn', 'simplefilter', 'filterwarnings', 'resetwarnings', 'catch_warnings',
           'showwarning', 'formatwarning', 'WarningMessage']

filters = []
_onceregistry = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self.category.__name__, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    return "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


def simplefilter(action, category=Warning, lineno=0, append=False):
    item = (action, None, category, None, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    item = (action, message or None, category, module or None, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


def _action_for(message, category):
    text = str(message)
    for action, msg, cat, mod, lineno in filters:
        if issubclass(category, cat) and (msg is None or text.startswith(msg)):
            return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    try:
        frame = sys._getframe(stacklevel)
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    except (ValueError, NotImplementedError):
        filename, lineno = "sys", 1
    action = _action_for(message, category)
    if action == "error":
        raise message if isinstance(message, Warning) else category(message)
    if action == "ignore":
        return
    key = (str(message), category, filename, lineno)
    if action in ("default", "module", "once") and key in _onceregistry:
        return
    _onceregistry.add(key)
    if not isinstance(message, Warning):
        message = category(message)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _showwarnmsg(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category
        self._entered = False

    def __enter__(self):
        global _showwarnmsg
        self._entered = True
        self._filters = filters[:]
        self._once = set(_onceregistry)
        self._showwarnmsg = _showwarnmsg
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def record(msg):
                log.append(msg)
            _showwarnmsg = record
            return log
        return None

    def __exit__(self, *exc_info):
        global _showwarnmsg
        filters[:] = self._filters
        _onceregistry.clear()
        _onceregistry.update(self._once)
        _showwarnmsg = self._showwarnmsg

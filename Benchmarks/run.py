#!/usr/bin/env python3
"""Run the Coil benchmarks under coil and under python3, and compare them.

Usage:
    python3 Benchmarks/run.py [--coil PATH] [--python PATH] [--repeat N]
                              [--timeout S] [--markdown] [names...]

Each benchmark is a standalone script in this directory that prints a short
checksum. It runs N times (default 5) with each interpreter. The table shows:
the median wall time of each interpreter, the ratio coil/python3, the peak RSS
of each (the largest ru_maxrss over the runs, from os.wait4), and whether
coil's stdout matched python3's. If coil exits non-zero, the row shows
"unsupported"; if its output differs, "mismatch". Either way the first stderr
line goes in the notes column. A "startup" row times `-c pass` (20 runs each).

This is a measuring tool, not a test: it always exits with status 0.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
STARTUP_RUNS = 20


class Result:
    def __init__(self, status, seconds=None, rss_kb=None, stdout='', stderr=''):
        self.status = status          # 'ok', 'failed', 'timeout', 'missing'
        self.seconds = seconds
        self.rss_kb = rss_kb
        self.stdout = stdout
        self.stderr = stderr

    def first_stderr_line(self):
        for line in self.stderr.splitlines():
            if line.strip():
                return line.strip()
        return ''

    def last_stderr_line(self):
        lines = [l.strip() for l in self.stderr.splitlines() if l.strip()]
        return lines[-1] if lines else ''


def _become_subreaper():
    """Make this process the reaper of orphaned descendants (Linux only)."""
    if not sys.platform.startswith('linux') or not os.path.exists('/bin/sh'):
        return False
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0      # PR_SET_CHILD_SUBREAPER
    except Exception:
        return False


# Why the detour through /bin/sh: Linux keeps a process's peak RSS across
# exec(), and a child forked from this runner starts with the runner's own
# peak (about 14 MB of Python). That floor would hide coil's real footprint.
# So /bin/sh (small) starts the benchmark in the background and exits at once.
# The benchmark is re-parented to this process (a child subreaper), and
# os.wait4() then reports its own ru_maxrss.
SUBREAPER = _become_subreaper()


def _spawn(argv, out, err):
    """Start argv; return (pid, popen-or-None, start time).

    With SUBREAPER, /bin/sh forks a background subshell and exits. The
    subshell waits for a "go" line, so that it is re-parented to this process
    before it execs argv (the shell can then never reap it). It closes the
    two pipe ends before the exec."""
    if SUBREAPER:
        pid_r, pid_w = os.pipe()
        go_r, go_w = os.pipe()
        script = (f'( read x <&{go_r}; exec "$@" {pid_w}>&- {go_r}<&- ) & '
                  f'echo $! >&{pid_w}')
        try:
            sh = subprocess.Popen(['/bin/sh', '-c', script, 'sh'] + argv,
                                  stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                  pass_fds=(pid_w, go_r), cwd=HERE)
        finally:
            os.close(pid_w)
            os.close(go_r)
        with os.fdopen(pid_r) as pipe:
            pid = int(pipe.readline().strip())
        sh.wait()
        start = time.perf_counter()
        os.write(go_w, b'go\n')
        os.close(go_w)
        return pid, None, start
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=out, stderr=err,
                            stdin=subprocess.DEVNULL, cwd=HERE)
    return proc.pid, proc, start


def run_once(argv, timeout):
    """Run argv once; return Result with wall time and peak RSS of the child."""
    if not (os.path.exists(argv[0]) or shutil.which(argv[0])):
        return Result('missing', stderr=f'{argv[0]}: not found')
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            pid, proc, start = _spawn(argv, out, err)
        except OSError as e:
            return Result('missing', stderr=str(e))
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, rusage = os.wait4(pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        returncode = os.waitstatus_to_exitcode(status)
        if proc is not None:
            proc.returncode = returncode
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode('utf-8', 'replace')
        stderr = err.read().decode('utf-8', 'replace')
    if timed_out:
        return Result('timeout', elapsed, rusage.ru_maxrss, stdout,
                      f'timed out after {timeout:g} s')
    if returncode != 0:
        return Result('failed', elapsed, rusage.ru_maxrss, stdout,
                      stderr or f'exit status {returncode}')
    return Result('ok', elapsed, rusage.ru_maxrss, stdout, stderr)


def run_many(argv, repeat, timeout):
    """Run argv `repeat` times; stop at the first failure."""
    runs = []
    for _ in range(repeat):
        r = run_once(argv, timeout)
        if r.status != 'ok':
            return r, runs
        runs.append(r)
    return None, runs


def summarize(runs):
    return (statistics.median(r.seconds for r in runs),
            max(r.rss_kb for r in runs) / 1024.0)


def has_greenlet(python):
    try:
        p = subprocess.run([python, '-c', 'import greenlet'],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=60)
        return p.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def resolve_coil(path):
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            return found
    if os.path.isabs(path):
        return path
    if os.path.exists(path):
        return os.path.abspath(path)
    return os.path.join(REPO, path)


def fmt_time(t):
    return f'{t:.3f}'


def fmt_mb(mb):
    return f'{mb:.1f}'


def shorten(text, width=70):
    return text if len(text) <= width else text[:width - 3] + '...'


def bench_row(name, script, args, greenlet_ok):
    row = {'name': name, 'py': 'n/a', 'coil': '', 'ratio': '', 'py_rss': '',
           'coil_rss': '', 'match': '', 'notes': ''}
    py_median = None
    reference = None
    if name.startswith('greenlet') and not greenlet_ok:
        row['notes'] = 'python3: greenlet not installed'
    else:
        failure, runs = run_many([args.python, script], args.repeat, args.timeout)
        if failure is not None:
            row['py'] = failure.status
            row['notes'] = 'python3: ' + shorten(failure.last_stderr_line())
        else:
            py_median, py_rss = summarize(runs)
            row['py'] = fmt_time(py_median)
            row['py_rss'] = fmt_mb(py_rss)
            reference = runs[0].stdout

    failure, runs = run_many([args.coil, script], args.repeat, args.timeout)
    if failure is not None:
        row['coil'] = 'unsupported' if failure.status == 'failed' else failure.status
        row['match'] = 'no'
        note = shorten(failure.first_stderr_line())
        row['notes'] = (row['notes'] + '; ' if row['notes'] else '') + 'coil: ' + note
        return row
    coil_median, coil_rss = summarize(runs)
    row['coil_rss'] = fmt_mb(coil_rss)
    outputs = {r.stdout for r in runs}
    if reference is None:
        row['coil'] = fmt_time(coil_median)
        row['match'] = '?'
    elif outputs != {reference}:
        row['coil'] = 'mismatch'
        row['match'] = 'no'
        bad = next(o for o in [r.stdout for r in runs] if o != reference)
        line = runs[0].first_stderr_line() or first_difference(reference, bad)
        row['notes'] = (row['notes'] + '; ' if row['notes'] else '') + 'coil: ' + shorten(line)
    else:
        row['coil'] = fmt_time(coil_median)
        row['match'] = 'yes'
        if py_median:
            row['ratio'] = f'{coil_median / py_median:.2f}'
    return row


def first_difference(expected, got):
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else '<missing>'
        g = got_lines[i] if i < len(got_lines) else '<missing>'
        if e != g:
            return f'line {i + 1}: expected {e!r}, got {g!r}'
    return 'outputs differ'


def startup_row(args):
    row = {'name': 'startup (-c pass)', 'py': '', 'coil': '', 'ratio': '',
           'py_rss': '', 'coil_rss': '', 'match': '', 'notes': ''}
    failure, runs = run_many([args.python, '-c', 'pass'], STARTUP_RUNS, args.timeout)
    py_median = None
    if failure is not None:
        row['py'] = failure.status
    else:
        py_median, rss = summarize(runs)
        row['py'] = fmt_time(py_median)
        row['py_rss'] = fmt_mb(rss)
    failure, runs = run_many([args.coil, '-c', 'pass'], STARTUP_RUNS, args.timeout)
    if failure is not None:
        row['coil'] = 'unsupported' if failure.status == 'failed' else failure.status
        row['notes'] = 'coil: ' + shorten(failure.first_stderr_line())
    else:
        median, rss = summarize(runs)
        row['coil'] = fmt_time(median)
        row['coil_rss'] = fmt_mb(rss)
        if py_median:
            row['ratio'] = f'{median / py_median:.2f}'
    return row


COLUMNS = [('name', 'benchmark'), ('py', 'python3 (s)'), ('coil', 'coil (s)'),
           ('ratio', 'coil/python3'), ('py_rss', 'python3 RSS (MB)'),
           ('coil_rss', 'coil RSS (MB)'), ('match', 'output matches'),
           ('notes', 'notes')]


def print_table(rows, markdown):
    headers = [title for _, title in COLUMNS]
    table = [[row[key] for key, _ in COLUMNS] for row in rows]
    if markdown:
        print('| ' + ' | '.join(headers) + ' |')
        print('|' + '|'.join(' --- ' for _ in headers) + '|')
        for cells in table:
            print('| ' + ' | '.join(c.replace('|', '\\|') for c in cells) + ' |')
        return
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    print('  '.join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    print('  '.join('-' * w for w in widths))
    for cells in table:
        print('  '.join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())


def resolve_python(python):
    """The interpreter binary itself: a launcher shim (pyenv's `python3` is a shell script)
    would add its own start-up time to every python3 measurement."""
    try:
        out = subprocess.run([python, '-c', 'import sys; print(sys.executable)'],
                             capture_output=True, text=True, timeout=30)
        exe = out.stdout.strip()
        if out.returncode == 0 and exe and os.path.exists(exe):
            return exe
    except (OSError, subprocess.SubprocessError):
        pass
    return python


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--coil', default='.build/release/coil',
                        help='coil binary (default: .build/release/coil)')
    parser.add_argument('--python', default='python3',
                        help='reference interpreter (default: python3)')
    parser.add_argument('--repeat', type=int, default=5,
                        help='runs per benchmark and interpreter (default: 5)')
    parser.add_argument('--timeout', type=float, default=300,
                        help='seconds before one run is killed (default: 300)')
    parser.add_argument('--markdown', action='store_true',
                        help='print a Markdown table')
    parser.add_argument('names', nargs='*',
                        help='benchmarks to run (default: all); "startup" selects the startup row')
    args = parser.parse_args()
    args.repeat = max(1, args.repeat)
    args.coil = resolve_coil(args.coil)
    args.python = resolve_python(args.python)

    available = sorted(f[:-3] for f in os.listdir(HERE)
                       if f.endswith('.py') and f != 'run.py')
    names = args.names or (['startup'] + available)
    unknown = [n for n in names if n != 'startup' and n.removesuffix('.py') not in available]
    if unknown:
        print('unknown benchmark(s): ' + ', '.join(unknown), file=sys.stderr)
        print('available: ' + ', '.join(available), file=sys.stderr)
    if not (os.path.exists(args.coil) or shutil.which(args.coil)):
        print(f'note: coil binary not found at {args.coil}', file=sys.stderr)

    greenlet_ok = has_greenlet(args.python)
    rows = []
    for name in names:
        if name == 'startup':
            rows.append(startup_row(args))
            continue
        name = name.removesuffix('.py')
        if name not in available:
            continue
        print(f'running {name} ...', file=sys.stderr, flush=True)
        rows.append(bench_row(name, os.path.join(HERE, name + '.py'), args, greenlet_ok))
    if not args.markdown:
        print(f'coil: {args.coil}   python3: {args.python}   repeat: {args.repeat}')
    print_table(rows, args.markdown)
    return 0


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:
        pass
    sys.exit(0)

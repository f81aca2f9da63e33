#!/usr/bin/env bash
# Regenerate golden files (.out / .exit / .err) for a conformance directory
# using CPython (python3, reference 3.11) as the oracle.
#
# Usage: Tests/CoilTests/conformance/regen.sh [DIR] [PYTHON]
#   DIR     defaults to the "core" directory next to this script
#   PYTHON  defaults to python3
#
# For each top-level X.py in DIR (skipping modhelper_*.py and packages):
#   X.out   exact stdout
#   X.exit  exit code (only when non-zero)
#   X.err   last line of stderr (only when exit code is non-zero)
# Programs run with DIR as the working directory, as `python3 X.py`.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:-$here/core}"
py="${2:-python3}"
cd "$dir" || { echo "no such directory: $dir" >&2; exit 2; }
export PYTHONDONTWRITEBYTECODE=1
export PYTHONIOENCODING=utf-8
unset PYTHONHASHSEED PYTHONWARNINGS PYTHONSTARTUP
errf="$(mktemp)"
n=0; nz=0
for f in *.py; do
  case "$f" in modhelper_*) continue ;; esac
  base="${f%.py}"
  "$py" "$f" > "$base.out" 2> "$errf" < /dev/null
  rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "$rc" > "$base.exit"
    tail -n 1 "$errf" > "$base.err"
    nz=$((nz+1))
  else
    rm -f "$base.exit" "$base.err"
  fi
  n=$((n+1))
done
rm -f "$errf"
find . -name __pycache__ -type d -prune -exec rm -rf {} +
echo "regenerated $n programs in $dir ($nz with non-zero exit)"

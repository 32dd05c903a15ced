#!/bin/bash
# gdb's backtrace of a crashing sysgate program reaches main and, past main, stops
# cleanly at _start (its CFI marks the return address undefined): no garbage frames.
# usage: check_gdb.sh SYSGATE-CC CRASH.C
set -u
cc=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cc" -g -O1 "$source" -o "$work/crash" || exit 1
bt=$(gdb -batch -nx -ex run -ex 'set backtrace past-main on' -ex bt "$work/crash" 2>&1)
echo "$bt" | grep -E '^#|SIG|stopped'
frames=$(grep -E '^#[0-9]+' <<<"$bt")
status=0
grep -q 'SIGSEGV' <<<"$bt" || { echo "FAIL: no SIGSEGV"; status=1; }
grep -qE ' in main \(' <<<"$frames" || { echo "FAIL: the backtrace does not reach main"; status=1; }
tail -1 <<<"$frames" | grep -qE ' in _start \(' || { echo "FAIL: the last frame is not _start"; status=1; }
if grep -qE '\?\?|Backtrace stopped|corrupt' <<<"$bt"; then
  echo "FAIL: unknown frames past _start"
  status=1
fi
[ $status = 0 ] && echo "ok: main, then sysgate_start_c, then _start, then nothing"
exit $status

#!/bin/bash
# Each argument must be a static ELF executable with nothing of glibc in it.
# One readelf and one nm over all the programs (hundreds of them): the checks are per
# program, the processes are not.
set -u
[ $# -gt 0 ] || { echo "no programs"; exit 1; }
problems=$(
  # readelf names each file ("File: PATH") when given several; a lone one gets a twin.
  readelf -lW "$@" "$1" 2>&1 | awk '
    /^File: / { file = $2; next }
    /^readelf: Error: / { print "FAIL " $0 }
    / INTERP / { print "FAIL " file ": has PT_INTERP" }
    / DYNAMIC / { print "FAIL " file ": has a dynamic section" }' | sort -u
  nm -A "$@" 2>/dev/null |
    grep -E ' (__libc_start_main|__libc_csu_init|_IO_stdin_used|__libc_single_threaded)$' |
    cut -d: -f1 | sort -u | sed 's/^\(.*\)$/FAIL \1: contains glibc symbols/'
)
for program in "$@"; do
  [ -f "$program" ] || problems+=$'\n'"FAIL $program: missing"
done
echo "checked $# programs"
if [ -n "$problems" ]; then echo "$problems" | grep -v '^$'; exit 1; fi
echo "ok: all static, no glibc"

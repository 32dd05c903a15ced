#!/bin/bash
# Each argument must be a static ELF executable with nothing of glibc in it.
set -u
status=0
for program in "$@"; do
  bad=0
  headers=$(readelf -lW "$program") || { echo "FAIL $program: not ELF"; status=1; continue; }
  if grep -q INTERP <<<"$headers"; then echo "FAIL $program: has PT_INTERP"; bad=1; fi
  if grep -q DYNAMIC <<<"$headers"; then echo "FAIL $program: has a dynamic section"; bad=1; fi
  if nm "$program" 2>/dev/null | grep -qE ' (__libc_start_main|__libc_csu_init|_IO_stdin_used|__libc_single_threaded)$'; then
    echo "FAIL $program: contains glibc symbols"; bad=1
  fi
  if [ $bad = 0 ]; then echo "ok $program"; else status=1; fi
done
echo "checked $# programs"
exit $status

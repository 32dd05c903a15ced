#!/bin/bash
# usage: no_time_syscalls.sh PROGRAM...
# Runs each program under strace and fails if any time syscall reached the kernel:
# where the vDSO has the function, sysgate must not make the syscall at all.
set -u
status=0
calls=clock_gettime,clock_gettime64,clock_getres,clock_getres_time64,gettimeofday,time,getcpu
for program in "$@"; do
  log=$(mktemp)
  if ! strace -f -qq -e trace="$calls" -o "$log" "$program"; then
    echo "FAIL $program: exited non-zero under strace"; status=1
  elif [ -s "$log" ]; then
    echo "FAIL $program: time syscalls reached the kernel:"; sort "$log" | uniq -c | head; status=1
  else
    echo "ok $program: no time syscall"
  fi
  rm -f "$log"
done
exit $status

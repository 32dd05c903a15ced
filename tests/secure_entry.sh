#!/bin/bash
# usage: secure_entry.sh EXPECTED_ENTRY PROGRAM...
# Runs each program set-uid to another user (so the kernel sets AT_SECURE) with
# SYSGATE_ENTRY=int80 in its environment: the override must be ignored, the program
# must still report EXPECTED_ENTRY. Needs root (to chown); says so and fails otherwise.
set -u
expected=$1
shift
if [ "$(id -u)" -ne 0 ]; then
  echo "secure_entry.sh: needs root to make a set-uid copy"; exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"
status=0
for program in "$@"; do
  copy="$dir/$(basename "$program")"
  cp "$program" "$copy"
  chown nobody "$copy"
  chmod 4755 "$copy"
  if env SYSGATE_ENTRY=int80 SYSGATE_EXPECT_ENTRY="$expected" "$copy"; then
    echo "ok $program: set-uid, SYSGATE_ENTRY=int80 ignored"
  else
    echo "FAIL $program"; status=1
  fi
done
exit $status

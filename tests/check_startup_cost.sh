#!/bin/bash
# Instructions executed before main, counted by valgrind's callgrind (deterministic):
# write-hello, with an empty and with a large environment (x86_64 start-up does not
# walk it). Fails past the bound.
# usage: check_startup_cost.sh SYSGATE-CC HELLO.C BOUND
set -u
cc=$1 hello=$2 bound=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind 3.19 reads no symbols (so --dump-before=main never fires) from a program
# without a writable segment, which write-hello no longer has: one retained data word
# gives it one, and changes nothing before main.
printf 'int valgrind_wants_a_data_segment __attribute__((used, retain)) = 1;\n' >"$work/data.c"
"$cc" -Os -I"$(dirname "$hello")" "$hello" "$work/data.c" -o "$work/hello" || exit 1
status=0
count() {  # instructions before main, in the dump callgrind makes on entering it
  rm -f "$work"/cg.out*
  "$@" valgrind --tool=callgrind --dump-before=main --callgrind-out-file="$work/cg.out" \
    "$work/hello" >/dev/null 2>&1 || { echo "FAIL: valgrind did not run it" >&2; return 1; }
  [ -f "$work/cg.out.1" ] || { echo "FAIL: callgrind never saw main (no symbols read?)" >&2; return 1; }
  awk '/^totals:/ {print $2}' "$work/cg.out.1"
}
empty=$(count env -i) || exit 1
large=$(count env -i $(for i in $(seq 200); do echo "VARIABLE_$i=value"; done)) || exit 1
echo "instructions before main: $empty (empty environment), $large (200 variables); bound $bound"
for n in "$empty" "$large"; do
  [ "$n" -le "$bound" ] || { echo "FAIL: $n instructions before main, more than $bound"; status=1; }
done
exit $status

#!/bin/bash
# Instructions executed before main, counted deterministically: write-hello, with an
# empty and with a large environment (x86_64 start-up does not walk it; i386 walks it
# once for SYSGATE_ENTRY). Fails past the bound.
# usage: check_startup_cost.sh SYSGATE-CC HELLO.C BOUND [--per-variable N] [--qemu QEMU-USER]
#                              [WRAPPER-FLAG...]
# BOUND holds for both environments, or with --per-variable, BOUND for the empty one and
# BOUND + 200 N for the large one (i386's walk of the environment costs each variable).
# By default valgrind's callgrind counts (x86_64, natively). With --qemu, QEMU-USER runs
# the program one instruction per translation block (-singlestep) and logs each block
# it executes (-d exec,nochain): the count is the log's lines before main's address.
# That is how i386 is counted, whose programs this host's kernel cannot run. The two
# differ a little: on x86_64 write-hello callgrind counts 105, qemu 97 (both count each
# iteration of start-up's rep stos). qemu-user 7 gives i386 no AT_SYSINFO, so i386 is
# counted on the int $0x80 path, which differs from a kernel's by a branch or two.
# WRAPPER-FLAGs (--flavour=tls) go to the wrapper.
set -u
cc=$1 hello=$2 bound=$3
shift 3
per_variable=0
if [ "${1-}" = --per-variable ]; then
  per_variable=$2
  shift 2
fi
qemu=
if [ "${1-}" = --qemu ]; then
  qemu=$2
  shift 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind 3.19 reads no symbols (so --dump-before=main never fires) from a program
# without a writable segment, which write-hello no longer has: one retained data word
# gives it one, and changes nothing before main.
printf 'int valgrind_wants_a_data_segment __attribute__((used, retain)) = 1;\n' >"$work/data.c"
data=("$work/data.c")
[ -n "$qemu" ] && data=()
"$cc" "$@" -Os -I"$(dirname "$hello")" "$hello" "${data[@]+"${data[@]}"}" -o "$work/hello" || exit 1
status=0
count_callgrind() {  # instructions before main, in the dump callgrind makes on entering it
  rm -f "$work"/cg.out*
  "$@" valgrind --tool=callgrind --dump-before=main --callgrind-out-file="$work/cg.out" \
    "$work/hello" >/dev/null 2>&1 || { echo "FAIL: valgrind did not run it" >&2; return 1; }
  [ -f "$work/cg.out.1" ] || { echo "FAIL: callgrind never saw main (no symbols read?)" >&2; return 1; }
  awk '/^totals:/ {print $2}' "$work/cg.out.1"
}
count_qemu() {  # the executed one-instruction blocks before the first at main
  local main
  main=$(nm "$work/hello" | awk '$3 == "main" {print $1}')
  [ -n "$main" ] || { echo "FAIL: no main in the symbol table" >&2; return 1; }
  rm -f "$work/exec.log"
  "$@" "$qemu" -singlestep -d exec,nochain -D "$work/exec.log" "$work/hello" >/dev/null 2>&1 ||
    { echo "FAIL: $qemu did not run it" >&2; return 1; }
  # "Trace N: HOST [CS_BASE/PC/FLAGS/CFLAGS] SYMBOL": PC's hex digits, leading zeros dropped.
  awk -v main="$main" 'BEGIN { sub(/^0+/, "", main) }
    /^Trace/ { split($4, f, "/"); pc = f[2]; sub(/^0+/, "", pc)
               if (pc == main) { print n; found = 1; exit } n++ }
    END { if (!found) exit 1 }' "$work/exec.log" ||
    { echo "FAIL: $qemu never ran main's first instruction" >&2; return 1; }
}
count=count_callgrind
[ -n "$qemu" ] && count=count_qemu
empty=$($count env -i) || exit 1
large=$($count env -i $(for i in $(seq 200); do echo "VARIABLE_$i=value"; done)) || exit 1
large_bound=$((bound + 200 * per_variable))
echo "instructions before main${*:+ ($*)}: $empty (empty environment), $large (200 variables); bounds $bound and $large_bound${qemu:+ (counted by qemu)}"
[ "$empty" -le "$bound" ] || { echo "FAIL: $empty instructions before main, more than $bound"; status=1; }
[ "$large" -le "$large_bound" ] || { echo "FAIL: $large instructions before main, more than $large_bound"; status=1; }
exit $status

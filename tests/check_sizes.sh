#!/bin/bash
# The smallest programs stay small: builds write-hello (examples/hello.c) and exit(99)
# with the wrapper's default flags, prints stripped and unstripped sizes and the
# sections that remain, and fails past each bound.
# usage: check_sizes.sh SYSGATE-CC HELLO.C HELLO-BOUND EXIT99-BOUND PRINTF.C PRINTF-BOUND
#                       [TLS-HELLO-BOUND]
# TLS-HELLO-BOUND (i386): write-hello in the tls flavour, whose PIC library has a GOT
# (linked -z norelro, it costs no page of padding).
# The issue's targets are 1,024 and 512 bytes; the bounds are what the runtime reaches
# today (README, "Size and start-up cost"), so that a regression fails. PRINTF.C (examples/printf_hello.c,
# printf of %d %s %.3f) has issue 7's target of 8,192 bytes; its bound is likewise
# today's size (src/stdio/README.md, "Size").
set -u
cc=$1 hello=$2 hello_bound=$3 exit_bound=$4 printf_source=$5 printf_bound=$6 tls_bound=${7:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '#include <stdlib.h>\nint main(void) { exit(99); }\n' >"$work/exit99.c"
status=0
measure() {
  local name=$1 source=$2 bound=$3
  shift 3
  "$cc" "$@" -Os -I"$(dirname "$source")" "$source" -o "$work/$name" || { echo "FAIL: $name did not build"; status=1; return; }
  local unstripped
  unstripped=$(stat -c %s "$work/$name")
  strip "$work/$name"
  local size
  size=$(stat -c %s "$work/$name")
  local sections
  sections=$(size -A -d "$work/$name" | awk '/^\./ {printf "%s %s, ", $1, $2}')
  echo "$name: $size bytes stripped (bound $bound), $unstripped unstripped; sections: $sections"
  if [ "$size" -gt "$bound" ]; then
    echo "FAIL: $name is $size bytes, more than $bound"
    status=1
  fi
}
# Start-up links its TCB set-up and constructor runner only where needed: the wrapper
# adds them to a program with __thread variables or constructors that names nothing
# else needing them (src/startup/full_start.hpp). Those, and exit(99), must run right:
# natively, or under qemu-i386 where this kernel runs no i386 program.
run_checked() {
  local name=$1 source=$2 expected=$3
  shift 3
  "$cc" "$@" -Os "$source" -o "$work/$name" || { echo "FAIL: $name did not build"; status=1; return; }
  local runner=()
  if [ "$probe" -ne 99 ]; then
    command -v qemu-i386 >/dev/null || { echo "$name: not run (no way to run it here)"; return; }
    runner=(qemu-i386)
  fi
  "${runner[@]+"${runner[@]}"}" "$work/$name" >/dev/null 2>&1
  local code=$?
  echo "$name: exit status $code (want $expected)"
  [ "$code" -eq "$expected" ] || { echo "FAIL: $name exited $code, not $expected"; status=1; }
}
"$cc" -Os "$work/exit99.c" -o "$work/exit99-probe" || { echo "FAIL: exit99 did not build"; exit 1; }
"$work/exit99-probe" 2>/dev/null
probe=$?
printf '__thread int t = 7;\n__thread int z;\nint main(void) { return t == 7 && z == 0 ? 42 : 1; }\n' \
  >"$work/tls_only.c"
printf 'static int v;\n__attribute__((constructor)) static void c(void) { v = 42; }\nint main(void) { return v; }\n' \
  >"$work/constructor_only.c"
run_checked exit99-run "$work/exit99.c" 99
run_checked tls-only "$work/tls_only.c" 42
run_checked constructor-only "$work/constructor_only.c" 42
# The tls flavour's every syscall needs the TCB: its exit(99) has the full start-up.
[ -n "$tls_bound" ] && run_checked exit99-run-tls "$work/exit99.c" 99 --flavour=tls

measure write-hello "$hello" "$hello_bound"
measure exit99 "$work/exit99.c" "$exit_bound"
measure printf-hello "$printf_source" "$printf_bound"
[ -n "$tls_bound" ] && measure write-hello-tls "$hello" "$tls_bound" --flavour=tls
exit $status

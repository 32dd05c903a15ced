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
measure write-hello "$hello" "$hello_bound"
measure exit99 "$work/exit99.c" "$exit_bound"
measure printf-hello "$printf_source" "$printf_bound"
[ -n "$tls_bound" ] && measure write-hello-tls "$hello" "$tls_bound" --flavour=tls
exit $status

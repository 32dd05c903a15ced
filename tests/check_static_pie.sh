#!/bin/bash
# sysgate-cc -static-pie (and -pie) builds a static-pie that relocates itself and is
# loaded at a different address each run; -no-pie takes it back; packed relative
# relocations (-z pack-relative-relocs, DT_RELR) are applied too.
# usage: check_static_pie.sh SYSGATE-CC STATIC_PIE.C FLAVOUR... -- [RUNNER...]
# RUNNER (e.g. qemu-i386) runs the programs. qemu-user loads every static-pie at one
# fixed address, so there the check is that it runs away from its link address.
set -u
cc=$1 source=$2
shift 2
flavours=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
  flavours+=("$1")
  shift
done
shift
runner=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

elf_type() { readelf -hW "$1" | awk '/Type:/ {print $2}'; }
# run PROGRAM ARGS...: its "main at" address, or nothing if it failed.
main_address() {
  local out
  out=$("${runner[@]+"${runner[@]}"}" "$@") || { echo "$out" >&2; return; }
  echo "$out" | sed -n 's/^main at \(0x[0-9a-f]*\),.*/\1/p'
}
randomized=$(cat /proc/sys/kernel/randomize_va_space 2>/dev/null || echo 0)

for flavour in "${flavours[@]}"; do
  prog=$work/pie-$flavour
  if ! "$cc" --flavour="$flavour" -static-pie -O2 "$source" -o "$prog"; then
    fail "$flavour: -static-pie did not build"
    continue
  fi
  [ "$(elf_type "$prog")" = DYN ] && ok "$flavour: -static-pie is ET_DYN" ||
    fail "$flavour: -static-pie gave $(elf_type "$prog"), not DYN"
  readelf -lW "$prog" | grep -q INTERP && fail "$flavour: the static-pie asks for an interpreter"
  first=$(main_address "$prog" --expect-pie)
  second=$(main_address "$prog" --expect-pie)
  linked=0x$(nm "$prog" | awk '$3 == "main" {print $1}')
  echo "$flavour: main linked at $linked, loaded at $first, then at $second"
  if [ -z "$first" ] || [ -z "$second" ]; then
    fail "$flavour: the static-pie did not run"
  elif [ $((first)) -eq $((linked)) ]; then
    fail "$flavour: loaded at its link address: nothing to relocate"
  elif [ ${#runner[@]} -gt 0 ]; then
    ok "$flavour: relocated under ${runner[0]##*/} (which loads every static-pie at one address)"
  elif [ "$randomized" = 0 ]; then
    ok "$flavour: relocated (ASLR is off on this machine: randomize_va_space is 0)"
  elif [ "$first" != "$second" ]; then
    ok "$flavour: two runs, two load addresses"
  else
    fail "$flavour: two runs at the same address $first with ASLR on"
  fi

  "$cc" --flavour="$flavour" -pie -O2 "$source" -o "$work/p" && [ "$(elf_type "$work/p")" = DYN ] &&
    ok "$flavour: -pie builds a static-pie" || fail "$flavour: -pie did not build a static-pie"
  "$cc" --flavour="$flavour" -pie -no-pie -O2 "$source" -o "$work/p" &&
    [ "$(elf_type "$work/p")" = EXEC ] && [ -n "$(main_address "$work/p" --expect-fixed)" ] &&
    ok "$flavour: -pie -no-pie builds a position-dependent program" ||
    fail "$flavour: -pie -no-pie did not build a position-dependent program"
  "$cc" --flavour="$flavour" -static-pie -Wl,-z,pack-relative-relocs -O2 "$source" -o "$work/p"
  if ! readelf -dW "$work/p" | grep -q RELR; then
    fail "$flavour: -z pack-relative-relocs left no DT_RELR"
  elif [ -n "$(main_address "$work/p" --expect-pie)" ]; then
    ok "$flavour: packed relative relocations (DT_RELR) applied"
  else
    fail "$flavour: the DT_RELR static-pie failed"
  fi
done
echo "$failures failure(s)"
[ $failures -eq 0 ]

#!/bin/bash
# Builds one syscall test in the whole matrix the i386 sixth argument (%ebp) and the
# PIC register (%ebx) must survive, and runs every build natively and under qemu:
#   compilers g++, clang++ × -O0 -O2 -Os × (none, -fPIC, -fPIE)
#   × (default, -fno-omit-frame-pointer) × each flavour;
# -O0 keeps the frame pointer anyway (the same binary byte for byte), so -O0 is built once.
#
# usage: syscall_matrix.sh SYSGATE_CXX_WRAPPER OUTDIR SOURCE FLAVOUR... [-- RUNNER...]
#   each RUNNER is a command prefix ('' for native, e.g. 'qemu-i386')
set -u
wrapper=$1 outdir=$2 source=$3
shift 3
flavours=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do flavours+=("$1"); shift; done
[ $# -gt 0 ] && shift
runners=("$@")
[ ${#runners[@]} -eq 0 ] && runners=("")
mkdir -p "$outdir"

compilers=(g++)
command -v clang++ >/dev/null && compilers+=(clang++) || echo "note: clang++ missing, g++ only"

builds=0 runs=0 failures=0
for compiler in "${compilers[@]}"; do
  for flavour in "${flavours[@]}"; do
    for opt in -O0 -O2 -Os; do
      for pic in none -fPIC -fPIE; do
        for fp in default -fno-omit-frame-pointer; do
          [ $opt = -O0 ] && [ $fp != default ] && continue
          flags=("$opt")
          [ $pic != none ] && flags+=("$pic")
          [ $fp != default ] && flags+=("$fp")
          name="$compiler-$flavour$(printf '%s' "${flags[@]}")"
          program="$outdir/$name"
          builds=$((builds + 1))
          if ! SYSGATE_CXX=$compiler "$wrapper" --flavour="$flavour" "${flags[@]}" \
              "$source" -o "$program" 2>"$program.log"; then
            echo "FAIL build $name"; cat "$program.log"; failures=$((failures + 1)); continue
          fi
          for runner in "${runners[@]}"; do
            runs=$((runs + 1))
            # shellcheck disable=SC2086 # the runner is a word list on purpose
            if ! $runner "$program" >"$program.out" 2>&1; then
              echo "FAIL run ${runner:-native} $name"; grep -v '^ok' "$program.out"
              failures=$((failures + 1))
            fi
          done
        done
      done
    done
  done
done
echo "syscall matrix: $builds builds, $runs runs, $failures failures"
[ $failures -eq 0 ]

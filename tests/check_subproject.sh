#!/bin/bash
# examples/consumer, a Meson project with sysgate as its subproject (a symlink to this
# source tree under subprojects/, found through subprojects/sysgate.wrap), configures,
# builds with dependency('sysgate') and with the subproject's sysgate_cc, and runs.
# usage: check_subproject.sh SOURCE-ROOT [RUNNER...]
set -u
source_root=$1
shift
runner=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_root/examples/consumer" "$work/consumer"
ln -s "$source_root" "$work/consumer/subprojects/sysgate"
meson setup "$work/build" "$work/consumer" >"$work/setup.log" 2>&1 ||
  { tail -20 "$work/setup.log"; echo "FAIL: the consumer did not configure"; exit 1; }
grep -q "Dependency sysgate found: YES .*(overridden)" "$work/setup.log" ||
  { echo "FAIL: dependency('sysgate') was not sysgate's override"; exit 1; }
ninja -C "$work/build" >"$work/build.log" 2>&1 ||
  { tail -20 "$work/build.log"; echo "FAIL: the consumer did not build"; exit 1; }
status=0
for program in consumer consumer-wrapped; do
  if readelf -lW "$work/build/$program" | grep -q INTERP; then
    echo "FAIL: $program has an interpreter: not linked with sysgate alone"
    status=1
  fi
  out=$("${runner[@]+"${runner[@]}"}" "$work/build/$program" one two) || status=1
  echo "$out"
  [[ $out == *"linked with sysgate through dependency('sysgate'), 2 argument(s)"* ]] ||
    { echo "FAIL: $program printed the wrong line"; status=1; }
done
[ $status -eq 0 ] && echo "ok: the consumer project built sysgate as a subproject and ran"
exit $status

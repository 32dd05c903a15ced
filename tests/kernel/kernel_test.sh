#!/bin/sh
# One meson test of a kernel environment: the whole boot, or one program's result in it.
#
#   kernel_test.sh boot STATE -- KERNEL_BOOT_OPTIONS...
#   kernel_test.sh result NAME STATE -- KERNEL_BOOT_OPTIONS...
#
# All the tests of an environment share one boot (kernel_boot.py writes STATE.console,
# .report, .verdict): the first of them to run in a `meson test` process boots, under a
# lock; the others wait and read. A boot belongs to the run that made it (our parent's
# pid and start time), so no result outlives its run, and a rebuilt initramfs boots
# again. Builtins where they do: there are hundreds of these tests, and each process
# started costs (a Python start-up more than the rest of this script).
set -u
mode=$1
shift
test_name=
[ "$mode" = result ] && { test_name=$1; shift; }
state=$1
shift 2 # STATE --

initramfs=
previous=
for word in "$@"; do
  [ "$previous" = --initramfs ] && initramfs=$word
  previous=$word
done
# /proc/PID/stat: after the ")" closing the command name (which may hold spaces) come
# fields 3, 4, ...; field 22 is the start time.
start_time() {
  shift 19
  parent_start=$1
}
read -r parent_stat <"/proc/$PPID/stat"
# shellcheck disable=SC2086 # split into fields on purpose
start_time ${parent_stat##*) }
run="$PPID:$parent_start"

# This run's boot, if it is there already (STATE.run is written last, after the rest).
booted() {
  stored=
  [ -f "$state.run" ] && read -r stored <"$state.run"
  [ "$stored" = "$run" ] && ! [ "$initramfs" -nt "$state.run" ]
}
if ! booted; then
  [ -d "${state%/*}" ] || mkdir -p "${state%/*}"
  exec 9>"$state.lock"
  flock 9
  if ! booted; then
    rm -f "$state.run"
    # SYSGATE_PYTHON: the Python meson runs on (a version manager's shim costs seconds).
    "${SYSGATE_PYTHON:-python3}" "${0%/*}/kernel_boot.py" --out "$state" "$@" || exit 1
    echo "$run" >"$state.run"
  fi
  flock -u 9
fi

read -r verdict <"$state.verdict"
if [ "$verdict" = skip ]; then
  printf "SKIP: "
  cat "$state.report"
  exit 77
fi
if [ "$mode" = boot ]; then
  cat "$state.console" "$state.report"
  [ "$verdict" = pass ]
  exit
fi

# The program's block: the lines from its "begin" to its "result". A read loop, not
# awk: one process fewer per test. status: 0 pass, 1 fail, 2 begun but never finished,
# 3 never begun.
status=3
while IFS= read -r line; do
  case $status:$line in
    3:"sysgate-kernel: begin $test_name") status=2 ;;
    2:"sysgate-kernel: result $test_name pass "*) printf '%s\n' "$line"; status=0; break ;;
    2:"sysgate-kernel: result $test_name "*) printf '%s\n' "$line"; status=1; break ;;
    2:*) printf '%s\n' "$line" ;;
  esac
done <"$state.console"
case $status in
  0 | 1) exit $status ;;
  2) echo "kernel_test: $test_name began but never finished (hung, or took the boot down)" ;;
  *) echo "kernel_test: $test_name never began; the whole console:"; cat "$state.console" ;;
esac
cat "$state.report"
exit 1

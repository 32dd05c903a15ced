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

[ -d "${state%/*}" ] || mkdir -p "${state%/*}"
exec 9>"$state.lock"
flock 9
stored=
[ -f "$state.run" ] && read -r stored <"$state.run"
if [ "$stored" != "$run" ] || [ "$initramfs" -nt "$state.run" ]; then
  rm -f "$state.run"
  python3 "${0%/*}/kernel_boot.py" --out "$state" "$@" || exit 1
  echo "$run" >"$state.run"
fi
flock -u 9

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

# The program's block: the lines from its "begin" to its "result". awk's status: 0 pass,
# 1 fail, 2 begun but never finished, 3 never begun.
awk -v name="$test_name" '
  $0 == "sysgate-kernel: begin " name { inside = 1; begun = 1; next }
  inside && index($0, "sysgate-kernel: result " name " ") == 1 {
    print
    finished = 1
    passed = index($0, "sysgate-kernel: result " name " pass ") == 1
    exit
  }
  inside { print }
  END { exit finished ? !passed : begun ? 2 : 3 }
' "$state.console"
status=$?
case $status in
  0 | 1) exit $status ;;
  2) echo "kernel_test: $test_name began but never finished (hung, or took the boot down)" ;;
  *) echo "kernel_test: $test_name never began; the whole console:"; cat "$state.console" ;;
esac
cat "$state.report"
exit 1

#!/bin/sh
# One meson test of a kernel environment: the whole boot, or one program's result in it,
# or (tap, what tests/kernel/meson.build runs) the boot and every program's result as
# the TAP subtests of one test: one test per boot, not hundreds (each meson test costs
# a process and a pass over the console; all of them were a fifth of the suite's time).
#
#   kernel_test.sh boot STATE -- KERNEL_BOOT_OPTIONS...
#   kernel_test.sh result NAME STATE -- KERNEL_BOOT_OPTIONS...
#   kernel_test.sh tap NAME,NAME,... STATE -- KERNEL_BOOT_OPTIONS...
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
[ "$mode" = result ] || [ "$mode" = tap ] && { test_name=$1; shift; }
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
    "${SYSGATE_PYTHON:-python3}" "${0%/*}/kernel_boot.py" --out "$state" "$@" >&2 || exit 1
    echo "$run" >"$state.run"
  fi
  flock -u 9
fi

read -r verdict <"$state.verdict"
if [ "$mode" = tap ]; then
  # Subtest 1 is the boot as a whole; then each program, in the order given, by its
  # block on the console (from its "begin" to its "result"). Every other line is a TAP
  # comment: a failing program's block just above its "not ok", the report at the end.
  if [ "$verdict" = skip ]; then
    printf '1..0 # SKIP %s\n' "$(tr '\n' ' ' <"$state.report")"
    exit 0
  fi
  awk -v names="$test_name" -v verdict="$verdict" -v report="$state.report" '
    function comment(text) { gsub(/\r/, "", text); gsub(/\n/, "\n# ", text); print "# " text }
    BEGIN { count = split(names, name, ",") }
    { sub(/\r$/, "") }
    current == "" && index($0, "sysgate-kernel: begin ") == 1 {
      current = substr($0, 23)
      if (current in began) current = ""
      else { began[current] = 1; block[current] = "" }
      next
    }
    current != "" {
      block[current] = block[current] (block[current] == "" ? "" : "\n") $0
      if (index($0, "sysgate-kernel: result " current " ") == 1) {
        passed[current] = index($0, "sysgate-kernel: result " current " pass ") == 1
        ended[current] = 1
        current = ""
      }
    }
    index($0, "sysgate-kernel: done ") == 1 { done = $0 }
    END {
      print "1.." count + 1
      printf "%s 1 - boot%s\n", verdict == "pass" ? "ok" : "not ok", done == "" ? "" : ": " substr(done, 17)
      failures = verdict != "pass"
      for (i = 1; i <= count; i++) {
        n = name[i]
        if (n in ended && passed[n]) { printf "ok %d - %s\n", i + 1, n; continue }
        failures++
        if (n in ended) comment(block[n])
        else if (n in began) comment(block[n] "\nkernel_test: " n " began but never finished (hung, or took the boot down)")
        else comment("kernel_test: " n " never began")
        printf "not ok %d - %s\n", i + 1, n
      }
      while ((getline line < report) > 0) comment(line)
      if (!failures) exit
      print "# the whole console:"
      while ((getline line < FILENAME) > 0) comment(line)
    }' "$state.console"
  exit 0
fi
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

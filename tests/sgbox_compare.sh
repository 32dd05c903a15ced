#!/bin/bash
# examples/sgbox against the host's GNU coreutils (9.1 on Debian 12): each case runs the
# host's program and `sgbox APPLET` with the same arguments and input in the same fixed
# files, LC_ALL=C and TZ=UTC (two cases in other zones), and wants the same stdout, stderr and exit status. The
# applets that change files run in two fresh copies of the files, and the trees they
# leave must match too. The applets whose references are not coreutils (kill: procps;
# ps, mount, dmesg: procps and util-linux) are checked for what they do instead.
#
#   sgbox_compare.sh SGBOX [WRAPPER...]     (WRAPPER: e.g. qemu-i386 for an i386 build)
set -u
binary=$(realpath "$1")
shift
wrapper=("$@")
export LC_ALL=C TZ=UTC
unset POSIXLY_CORRECT
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Called as sgbox (its argv[0] picks the applet table), the host's programs by their
# plain names (their diagnostics start with argv[0]).
mkdir "$work/bin"
ln -s "$binary" "$work/bin/sgbox"
sgbox=$work/bin/sgbox
failures=0 cases=0

# The fixture: text files, an empty file, a directory tree, links, a file from 2001
# (ls -l prints its year) and times set so that reading does not move an atime
# (relatime moves it only when it is older than the mtime or a day old).
fixture=$work/fixture
mkdir -p "$fixture/dir/sub" "$fixture/empty-dir"
cd "$fixture" || exit 1
printf 'hello world\nfoo bar  baz\n\tindented line\nlast line\n' >text
printf 'no newline at end' >partial
: >empty
printf 'pear\napple\nbanana\napple\n10\n9\n-3\n2.5\n  7\nBanana\napple\n' >fruit
printf 'a\na\nb\nc\nc\nc\nd\n' >runs
seq 1 40 >numbers
printf 'x' >dir/one
printf 'two\n' >dir/sub/two
printf '.hidden\n' >dir/.hidden
ln -s text link-to-text
ln -s dir link-to-dir
ln -s missing dangling
ln text hardlink
chmod 4755 dir/one
chmod 1777 empty-dir
touch -h -m -d '2001-02-03 04:05:06' dir/one old-file 2>/dev/null || true
recent=$(date -d '-2 hours' '+%Y-%m-%d %H:%M:%S')
for f in text partial empty fruit runs numbers dir dir/sub dir/sub/two dir/.hidden \
  link-to-text link-to-dir dangling empty-dir .; do
  touch -h -m -d "$recent" "$f"
done
touch -a -d "$(date -d '-1 hour' '+%Y-%m-%d %H:%M:%S')" text partial empty fruit runs \
  numbers dir dir/sub dir/sub/two dir/.hidden dir/one old-file empty-dir .
cd "$work" || exit 1

report() { # label, what differed, host file, sgbox file
  echo "FAIL: $1: $2 differs (host, then sgbox):"
  diff -u "$3" "$4" | sed -n '3,40p'
  failures=$((failures + 1))
}

# Runs the host's APPLET and sgbox's in the current directory: $work/{h,s}.{out,err},
# the exit status on the last line of .out. Few processes per case: there are many.
run_both() {
  local input=$1 applet=$2
  shift 2
  "${host_prefix[@]}" env "$applet" "$@" <"$input" >"$work/h.out" 2>"$work/h.err"
  echo "status $?" >>"$work/h.out"
  "${wrapper[@]}" "$sgbox" "$applet" "$@" <"$input" >"$work/s.out" 2>"$work/s.err"
  echo "status $?" >>"$work/s.out"
}

# compare LABEL INPUT APPLET ARGS...: in the shared fixture (nothing may change).
compare() {
  local label=$1
  shift
  cases=$((cases + 1))
  cd "$fixture" || exit 1
  run_both "$@"
  cd "$work" || exit 1
  cmp -s "$work/h.out" "$work/s.out" || report "$label" "stdout or status" "$work/h.out" "$work/s.out"
  cmp -s "$work/h.err" "$work/s.err" || report "$label" stderr "$work/h.err" "$work/s.err"
}

# change LABEL APPLET ARGS...: in two fresh copies of the fixture; the trees must match.
change() {
  local label=$1 applet=$2
  shift 2
  cases=$((cases + 1))
  rm -rf "$work/h" "$work/s"
  cp -a "$fixture" "$work/h" && cp -a "$fixture" "$work/s"
  cd "$work/h" || exit 1
  env "$applet" "$@" </dev/null >"$work/h.out" 2>"$work/h.err"
  echo "status $?" >>"$work/h.out"
  find . -printf '%p %y %m %s %l\n' | sort >"$work/h.tree"
  cd "$work/s" || exit 1
  "${wrapper[@]}" "$sgbox" "$applet" "$@" </dev/null >"$work/s.out" 2>"$work/s.err"
  echo "status $?" >>"$work/s.out"
  find . -printf '%p %y %m %s %l\n' | sort >"$work/s.tree"
  cd "$work" || exit 1
  cmp -s h.out s.out || report "$label" "stdout or status" h.out s.out
  cmp -s h.err s.err || report "$label" stderr h.err s.err
  cmp -s h.tree s.tree || report "$label" "tree (names, types, modes, sizes)" h.tree s.tree
  diff -r --no-dereference h s >/dev/null || { echo "FAIL: $label: file contents differ"; failures=$((failures + 1)); }
}

N=/dev/null
# A 32-bit sgbox sees a 32-bit personality (qemu-i386 and the kernel's compat layer say
# i686 for the machine): the host's uname then runs under setarch linux32.
host_prefix=()
[ "$(od -An -tx1 -j4 -N1 "$binary")" = " 01" ] && host_prefix=(setarch linux32)
# cat echo true false pwd uname env sleep
compare cat-files $N cat text partial empty
compare cat-stdin fruit cat
compare cat-dash fruit cat text - partial
compare cat-missing $N cat text missing partial
compare cat-directory $N cat dir
compare echo $N echo hello '  two  spaces' x
compare echo-n $N echo -n no newline
compare echo-e $N echo -e 'tab\there\nnew\\line \x41\0101 stop\c never'
compare echo-E $N echo -E 'a\tb'
compare echo-not-options $N echo -x -- -n
compare true $N true
compare false $N false
compare pwd $N pwd
for flags in '' -a -s -n -r -v -m -o -p -i -snrvmpio -mr; do
  compare "uname$flags" $N uname $flags
done
compare env-i $N env -i A=1 B=two
compare env-u $N env -i A=1 B=2 env -u A
compare env-run $N env -i X=y printenv X
compare env-missing $N env -i no-such-program
compare sleep $N sleep 0.05
compare sleep-sum $N sleep 0.01 0.01s
compare sleep-bad $N sleep x
compare sleep-missing $N sleep
# ls
compare ls $N ls
compare ls-a $N ls -a
compare ls-A $N ls -A
compare ls-l $N ls -l
compare ls-la $N ls -la
compare ls-dir $N ls dir
compare ls-l-dir $N ls -l dir dir/sub
compare ls-la-dir $N ls -la dir
compare ls-mixed $N ls text dir empty-dir link-to-text
compare ls-l-mixed $N ls -l text dir link-to-dir dangling old-file
compare ls-missing $N ls text missing dir
compare ls-d $N ls -d dir text
compare ls-1 $N ls -1 dir/sub
compare ls-bad-option $N ls -z
# stat
compare stat $N stat text empty dir link-to-text dir/one empty-dir
compare stat-L $N stat -L link-to-text
compare stat-missing $N stat text missing
# Local time from the zone files (the old file is from winter, the others from now).
TZ=America/New_York compare ls-l-zone $N ls -l text old-file dir
TZ=Asia/Kolkata compare stat-zone $N stat text old-file
# wc head tail sort uniq
compare wc $N wc text
compare wc-files $N wc text partial empty fruit
compare wc-l $N wc -l text
compare wc-l-files $N wc -l text numbers
compare wc-lw $N wc -lw text
compare wc-c-stdin fruit wc -c
compare wc-stdin fruit wc
compare wc-missing $N wc text missing
for args in '' '-n 3' '-3' '-c 5' '-n 0'; do
  compare "head $args" $N head $args numbers
  compare "tail $args" $N tail $args numbers
done
compare tail-plus $N tail -n +35 numbers
compare tail-partial $N tail -n 1 partial
compare tail-c-plus $N tail -c +5 text
compare head-files $N head -n 2 text fruit
compare tail-files $N tail -n 2 text partial
compare head-stdin fruit head -n 4
compare head-missing $N head text missing
compare tail-missing $N tail missing
compare head-v $N head -v -n 1 text
compare sort $N sort fruit
compare sort-r $N sort -r fruit
compare sort-n $N sort -n fruit
compare sort-u $N sort -u fruit
compare sort-nu $N sort -n -u fruit
compare sort-files $N sort text fruit partial
compare sort-stdin runs sort -r
compare sort-missing $N sort missing
compare uniq $N uniq runs
compare uniq-c $N uniq -c runs
compare uniq-d $N uniq -d runs
compare uniq-u $N uniq -u runs
compare uniq-stdin fruit uniq
compare uniq-missing $N uniq missing
# mkdir rm cp mv ln
change mkdir mkdir new
change mkdir-exists mkdir dir
change mkdir-p mkdir -p a/b/c dir/sub
change mkdir-m mkdir -m 700 private
change mkdir-missing-parent mkdir x/y
change rm rm text partial
change rm-missing rm missing text
change rm-f rm -f missing text
change rm-dir rm dir
change rm-r rm -r dir link-to-dir
change rm-dot rm -r .
change cp cp text copy
change cp-into cp text partial dir
change cp-missing cp missing there
change cp-dir cp dir elsewhere
change cp-r cp -r dir elsewhere
change cp-same cp text text
change mv mv text moved
change mv-into mv text fruit dir
change mv-missing mv missing there
change ln ln text hard
change ln-s ln -s text soft
change ln-exists ln -s text partial
change ln-f ln -sf fruit partial
change ln-into ln -s ../text ../fruit dir
change ln-missing ln missing hard
change ln-hard-exists ln text partial

# kill: a sleeping child ends by the signal asked for (sent once it is sleep: the
# shell's child may not have run execve yet); kill -l names and numbers.
sleeper() {
  sleep 10 &
  victim=$!
  for _ in $(seq 100); do
    [ "$(cat "/proc/$victim/comm" 2>/dev/null)" = sleep ] && break
    sleep 0.01
  done
}
cases=$((cases + 1))
sleeper
"${wrapper[@]}" "$sgbox" kill -s USR1 "$victim"
{ wait "$victim"; } 2>/dev/null
status=$?
[ "$status" = $((128 + 10)) ] || { echo "FAIL: kill -s USR1: the child's status is $status"; failures=$((failures + 1)); }
cases=$((cases + 1))
sleeper
"${wrapper[@]}" "$sgbox" kill "$victim"
{ wait "$victim"; } 2>/dev/null
status=$?
[ "$status" = $((128 + 15)) ] || { echo "FAIL: kill: the child's status is $status"; failures=$((failures + 1)); }
cases=$((cases + 1))
out=$("${wrapper[@]}" "$sgbox" kill -l 9 HUP 2>&1)
[ "$out" = "$(printf 'KILL\n1')" ] || { echo "FAIL: kill -l: $out"; failures=$((failures + 1)); }
# ps lists itself; mount lists /proc (from /proc/mounts); dmesg reads the log if allowed.
cases=$((cases + 1))
out=$("${wrapper[@]}" "$sgbox" ps)
case $out in
  "    PID TTY          TIME CMD"*" $$ "*) ;;
  *) echo "FAIL: ps: no header or no line for this shell ($$):"; echo "$out" | head -5
    failures=$((failures + 1)) ;;
esac
cases=$((cases + 1))
out=$("${wrapper[@]}" "$sgbox" mount)
case $out in
  *" on /proc type proc ("*) ;;
  *) echo "FAIL: mount lists no /proc"; failures=$((failures + 1)) ;;
esac

echo "sgbox_compare: $cases cases, $failures failed"
[ "$failures" = 0 ]

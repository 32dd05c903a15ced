#!/bin/bash
# The wrappers tell the truth: each way a new user tried sysgate-cc (issue 10) either
# works or fails with one line saying why.
# usage: check_wrappers.sh ARCH SYSGATE-CC SYSGATE-C++ [RUNNER...]
# RUNNER (e.g. qemu-i386) runs the programs; none given and the kernel cannot run them:
# they are built but not run.
set -u
arch=$1 cc=$2 cxx=$3
shift 3
runner=("$@")
other=$([ "$arch" = i386 ] && echo x86_64 || echo i386)
wrong_flag=$([ "$arch" = i386 ] && echo -m64 || echo -m32)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

cat >"$work/hello.c" <<'EOF'
#include <unistd.h>
int main(void) { return write(1, "hello\n", 6) == 6 ? 0 : 1; }
EOF
cp "$work/hello.c" "$work/hello.txt"
can_run=yes
if [ ${#runner[@]} -eq 0 ] && [ "${SYSGATE_NO_NATIVE:-}" = 1 ]; then can_run=no; fi

# builds NAME ARGS...: the wrapper links, and the program (when it can run) says hello.
builds() {
  local what=$1
  shift
  if ! "$@" >"$work/out" 2>&1; then
    fail "$what: did not build: $(head -3 "$work/out")"
    return
  fi
  if [ $can_run = yes ] && [ "$("${runner[@]+"${runner[@]}"}" "$work/prog")" != hello ]; then
    fail "$what: the program did not print hello"
    return
  fi
  ok "$what"
}
# refuses NAME PATTERN ARGS...: the wrapper fails with exactly one line matching PATTERN.
refuses() {
  local what=$1 pattern=$2
  shift 2
  if "$@" >"$work/out" 2>&1; then
    fail "$what: built, should have been refused"
  elif [ "$(wc -l <"$work/out")" -ne 1 ] || ! grep -qE -- "$pattern" "$work/out"; then
    fail "$what: wanted one line matching '$pattern', got: $(head -5 "$work/out")"
  else
    ok "$what: $(cat "$work/out")"
  fi
}

builds "-x c before the file" "$cc" -x c "$work/hello.txt" -o "$work/prog"
builds "-x c, then objects and libraries" "$cc" -x c "$work/hello.txt" -x none -o "$work/prog"
builds "-lc -lrt (sysgate's)" "$cc" "$work/hello.c" -lc -lrt -o "$work/prog"
builds "-static -no-pie (what it does anyway)" "$cc" -static -no-pie "$work/hello.c" -o "$work/prog"
builds "C++ wrapper" "$cxx" -x c++ "$work/hello.txt" -o "$work/prog"

# The C library's families: linked if sysgate has them, else one line naming -lX.
for lib in m pthread dl util crypt; do
  if "$cc" "$work/hello.c" "-l$lib" -o "$work/prog" >"$work/out" 2>&1; then
    ok "-l$lib maps to sysgate"
  elif [ "$(wc -l <"$work/out")" -eq 1 ] && grep -q -- "-l$lib: sysgate has no" "$work/out"; then
    ok "-l$lib: $(cat "$work/out")"
  else
    fail "-l$lib: neither linked nor one clear line: $(head -3 "$work/out")"
  fi
done

# Host libraries and headers are never used, whatever the environment says.
refuses "-lz from the host" "-lz: no libz.a in the -L directories" \
  env LIBRARY_PATH=/usr/lib/x86_64-linux-gnu:/usr/lib/i386-linux-gnu "$cc" "$work/hello.c" -lz -o "$work/prog"
echo '#include <gnu/libc-version.h>' >"$work/glibc_header.c"
if env CPATH=/usr/include C_INCLUDE_PATH=/usr/include "$cc" -c "$work/glibc_header.c" -o "$work/x.o" 2>/dev/null; then
  fail "a host header (<gnu/libc-version.h>) was found"
else
  ok "no host header, whatever CPATH says"
fi
# A library of the user's own, through -L: searched there and only there.
mkdir -p "$work/lib"
echo 'int forty_two(void) { return 42; }' >"$work/answer.c"
"$cc" -c "$work/answer.c" -o "$work/answer.o" && ar rcs "$work/lib/libanswer.a" "$work/answer.o"
cat >"$work/use.c" <<'EOF'
#include <unistd.h>
int forty_two(void);
int main(void) { return forty_two() == 42 && write(1, "hello\n", 6) == 6 ? 0 : 1; }
EOF
builds "-L dir -lanswer" "$cc" "$work/use.c" -L "$work/lib" -lanswer -o "$work/prog"

refuses "$wrong_flag" "use $other-sysgate-cc" "$cc" "$wrong_flag" "$work/hello.c" -o "$work/prog"
refuses "-shared" "statically" "$cc" -shared "$work/hello.c" -o "$work/prog"

# C++: libstdc++'s header-only part works (examples/cxx_tour.cpp uses it all); what
# needs its compiled library, threads or exceptions fails with one clear #error.
for header in iostream ostream thread cmath; do
  echo "#include <$header>" >"$work/unsupported.cpp"
  if "$cxx" -fsyntax-only "$work/unsupported.cpp" >"$work/out" 2>&1; then
    fail "<$header> compiled; it should say it is not supported"
  elif grep -q "<$header> is not supported by sysgate" "$work/out"; then
    ok "<$header>: $(grep -o 'is not supported.*' "$work/out" | head -1)"
  else
    fail "<$header>: no clear #error: $(head -3 "$work/out")"
  fi
done
printf '#include <array>\n#include <optional>\nint main() { std::array<int, 2> a{1, 2}; std::optional<int> o = a[1]; return *o - 2; }\n' >"$work/std.cpp"
"$cxx" "$work/std.cpp" -o "$work/std" && ok "<array> and <optional> link" || fail "<array> and <optional> did not build"

# Queries.
version=$("$cc" --version | head -1)
[[ $version == *"sysgate"*"$arch"* ]] && ok "--version: $version" || fail "--version said: $version"
sysroot=$("$cc" --print-sysroot)
[ -d "$sysroot" ] && ok "--print-sysroot: $sysroot" || fail "--print-sysroot: $sysroot is no directory"
config=$(env -u SYSGATE_CC CC=false "$cc" --print-config)
grep -qx "arch=$arch" <<<"$config" && grep -qx "compiler=gcc" <<<"$config" &&
  ok "--print-config: arch=$arch, compiler gcc (CC ignored)" || fail "--print-config: $config"
if command -v clang >/dev/null; then
  SYSGATE_CC=clang "$cc" --print-config | grep -qx compiler=clang &&
    ok "SYSGATE_CC=clang chosen" || fail "SYSGATE_CC=clang not chosen"
  builds "SYSGATE_CC=clang" env SYSGATE_CC=clang "$cc" "$work/hello.c" -o "$work/prog"
fi
verbose=$("$cc" -v "$work/hello.c" -o "$work/prog" 2>&1 >/dev/null | head -1)
[[ $verbose == *"gcc "*"crt1.o"*"libsysgate"* ]] && ok "-v shows the command" ||
  fail "-v first line: $verbose"

echo "$failures failure(s)"
[ $failures -eq 0 ]

#!/bin/bash
# `meson install` gives a complete, relocatable sysroot: installs the build into a
# temporary DESTDIR, moves it elsewhere, and builds and runs programs with the moved
# wrappers directly, through pkg-config, through the Meson cross file and through the
# CMake toolchain file.
# usage: check_install.sh BUILD-DIR SOURCE-DIR ARCH [RUNNER...]
# RUNNER (e.g. qemu-i386) runs the programs; SYSGATE_NO_NATIVE=1 and no RUNNER: built only.
set -u
build=$1 source=$2 arch=$3
shift 3
runner=("$@")
can_run=yes
if [ ${#runner[@]} -eq 0 ] && [ "${SYSGATE_NO_NATIVE:-}" = 1 ]; then can_run=no; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }
# runs WHAT PROGRAM: it must print hello.
runs() {
  if [ ! -x "$2" ]; then
    fail "$1: no program built"
  elif [ $can_run = no ]; then
    ok "$1 (built; this kernel cannot run $arch programs)"
  elif [ "$("${runner[@]+"${runner[@]}"}" "$2")" = hello ]; then
    ok "$1"
  else
    fail "$1: the program did not print hello"
  fi
}

if ! meson install -C "$build" --no-rebuild --quiet --destdir "$work/stage" >"$work/log" 2>&1; then
  fail "meson install: $(tail -5 "$work/log")"
  exit 1
fi
prefix=$(meson introspect "$build" --buildoptions | "${SYSGATE_PYTHON:-python3}" -c \
  'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
mv "$work/stage$prefix" "$work/moved"
rm -rf "$work/stage"
root=$work/moved
sysroot=$root/lib/sysgate/$arch

for f in "bin/$arch-sysgate-cc" "bin/$arch-sysgate-c++" "lib/sysgate/$arch/lib/crt1.o" \
  "lib/sysgate/$arch/lib/libsysgate.a" "lib/sysgate/$arch/include/unistd.h" \
  "lib/sysgate/$arch/include/bits/kernel_syscalls.h" "lib/sysgate/$arch/include/c++/new" \
  "lib/sysgate/$arch/include/sysgate/arch/syscall.hpp" "lib/pkgconfig/sysgate-$arch.pc" \
  "lib/sysgate/$arch/cross.txt" "lib/sysgate/$arch/toolchain.cmake" \
  "lib/sysgate/$arch/lib/rcrt1.o" "lib/sysgate/$arch/lib/libsysgate-pie.a"; do
  [ -e "$root/$f" ] || fail "not installed: $f"
done
[ "$arch" = i386 ] && { [ -e "$sysroot/lib/libsysgate-tls.a" ] || fail "not installed: libsysgate-tls.a"; }
# No text file names the source or build tree (the wrappers find the sysroot themselves).
if leaks=$(grep -rlIF -e "$(cd "$source" && pwd)" -e "$(cd "$build" && pwd)" "$root"); then
  fail "refer to the source or build tree: $leaks"
else
  ok "nothing installed names the source or build tree"
fi

cat >"$work/hello.c" <<'EOF'
#include <unistd.h>
int main(void) { return write(1, "hello\n", 6) == 6 ? 0 : 1; }
EOF
cat >"$work/hello.cpp" <<'EOF'
#include <unistd.h>
#include <new>
struct Greeter {
  const char* text;
  int say() const { return write(1, text, 6) == 6 ? 0 : 1; }
};
int main() { return (new Greeter{"hello\n"})->say(); }
EOF

"$root/bin/$arch-sysgate-cc" -Os "$work/hello.c" -o "$work/direct" && runs "moved $arch-sysgate-cc" "$work/direct"
"$root/bin/$arch-sysgate-c++" -Os "$work/hello.cpp" -o "$work/direct-cxx" &&
  runs "moved $arch-sysgate-c++" "$work/direct-cxx"
[ "$("$root/bin/$arch-sysgate-cc" --print-sysroot)" = "$(cd "$sysroot" && pwd)" ] &&
  ok "--print-sysroot names the moved sysroot" || fail "--print-sysroot: $("$root/bin/$arch-sysgate-cc" --print-sysroot)"
# A static-pie from the moved sysroot (rcrt1.o, libsysgate-pie.a).
"$root/bin/$arch-sysgate-cc" -static-pie "$work/hello.c" -o "$work/direct-pie" &&
  runs "moved $arch-sysgate-cc -static-pie" "$work/direct-pie"
if [ "$arch" = i386 ]; then
  "$root/bin/$arch-sysgate-cc" --flavour=tls "$work/hello.c" -o "$work/direct-tls" &&
    runs "moved $arch-sysgate-cc --flavour=tls" "$work/direct-tls"
fi

# pkg-config
export PKG_CONFIG_PATH=$root/lib/pkgconfig
pc_cc=$(pkg-config --variable=cc "sysgate-$arch")
# shellcheck disable=SC2046
"$pc_cc" $(pkg-config --cflags --libs "sysgate-$arch") "$work/hello.c" -o "$work/pkgconfig" &&
  runs "pkg-config sysgate-$arch" "$work/pkgconfig"

# Meson, through the cross file (the wrappers on PATH)
mkdir -p "$work/meson"
cp "$work/hello.c" "$work/hello.cpp" "$work/meson/"
cat >"$work/meson/meson.build" <<'EOF'
project('hello', 'c', 'cpp')
executable('hello', 'hello.c')
executable('hello-cxx', 'hello.cpp')
EOF
if PATH=$root/bin:$PATH meson setup "$work/meson/build" "$work/meson" \
  --cross-file "$sysroot/cross.txt" >"$work/log" 2>&1 &&
  PATH=$root/bin:$PATH ninja -C "$work/meson/build" >>"$work/log" 2>&1; then
  runs "Meson cross file (C)" "$work/meson/build/hello"
  runs "Meson cross file (C++)" "$work/meson/build/hello-cxx"
else
  fail "Meson cross file: $(tail -15 "$work/log")"
fi

# CMake, through the toolchain file
if command -v cmake >/dev/null; then
  mkdir -p "$work/cmake"
  cp "$work/hello.c" "$work/cmake/"
  cat >"$work/cmake/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.13)
project(hello C)
add_executable(hello hello.c)
EOF
  if cmake -S "$work/cmake" -B "$work/cmake/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$sysroot/toolchain.cmake" >"$work/log" 2>&1 &&
    cmake --build "$work/cmake/build" >>"$work/log" 2>&1; then
    runs "CMake toolchain file" "$work/cmake/build/hello"
  else
    fail "CMake toolchain file: $(tail -15 "$work/log")"
  fi
else
  fail "cmake is not installed (scripts/install-deps installs it)"
fi

echo "$failures failure(s)"
[ $failures -eq 0 ]

#!/bin/bash
# usage: check_headers.sh COMPILER_C COMPILER_CXX ARCH_FLAGS INCLUDE_DIR...
# ARCH_FLAGS is one argument, its flags separated by spaces ("-m32 -march=i686").
# Compiles every public header alone, as C11 and as C++20 (-fsyntax-only), with
# sysgate's include directories and the compiler's own headers only: each must
# include what it needs and nothing from the host. The C++ API (sysgate/*.hpp) is
# compiled as C++ only.
# Each header gets its own one-line source file (its own translation unit), and one
# compiler run takes all the files of a language: the driver starts three times, not
# five hundred, and a failure still names the header's file.
set -u
cc=$1 cxx=$2
read -ra arch_flags <<<"$3"
shift 3
flags=(-nostdinc)
for dir in "$@"; do flags+=(-isystem "$dir"); done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/c" "$work/cxx" "$work/api"
count=0
for dir in "$@"; do
  while IFS= read -r header; do
    name=$(echo "$header" | tr '/.' '__')
    case $header in
      c++/*.h) ;;  # glue for libstdc++'s headers: compiled by tests/check_cxx_headers.sh
      *.h)
        echo "#include <$header>" >"$work/c/$name.c"
        echo "#include <$header>" >"$work/cxx/$name.cpp"
        count=$((count + 2)) ;;
      *.hpp)
        echo "#include <$header>" >"$work/api/$name.cpp"
        count=$((count + 1)) ;;
    esac
  done < <(cd "$dir" && find . -name '*.h' -o -name '*.hpp' | sed 's|^\./||' | sort)
done

status=0
compile() {  # what compiler standard extra-flags... -- files...
  local what=$1 compiler=$2 std=$3
  shift 3
  local builtin
  builtin=$("$compiler" "${arch_flags[@]}" -print-file-name=include)
  # -fsyntax-only writes nothing, so several inputs in one run are allowed.
  if ! "$compiler" "${arch_flags[@]}" "${flags[@]}" -isystem "$builtin" -std="$std" \
      -Wall -Wextra -Werror -fsyntax-only "$@"; then
    echo "FAIL: the headers above, as $what ($compiler)"
    status=1
  fi
}
compile C "$cc" c11 "$work"/c/*.c
compile C++ "$cxx" c++20 -nostdinc++ "$work"/cxx/*.cpp
compile "C++ API" "$cxx" c++20 -nostdinc++ -isystem "$1/c++" "$work"/api/*.cpp
echo "$count header compilations, status $status"
exit $status

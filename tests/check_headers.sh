#!/bin/bash
# usage: check_headers.sh COMPILER_C COMPILER_CXX ARCH_FLAG INCLUDE_DIR...
# Compiles every public header alone, as C11 and as C++20 (-fsyntax-only), with
# sysgate's include directories and the compiler's own headers only: each must
# include what it needs and nothing from the host. The C++ API (sysgate/*.hpp) is
# compiled as C++ only.
set -u
cc=$1 cxx=$2 arch_flag=$3
shift 3
flags=(-nostdinc)
for dir in "$@"; do flags+=(-isystem "$dir"); done
status=0 count=0
check() {  # language standard compiler header extra-flags...
  local language=$1 std=$2 compiler=$3 header=$4
  shift 4
  local builtin
  builtin=$("$compiler" "$arch_flag" -print-file-name=include)
  if ! echo "#include <$header>" | "$compiler" "$arch_flag" "${flags[@]}" -isystem "$builtin" \
      "$@" -std="$std" -Wall -Wextra -Werror -fsyntax-only -x "$language" - 2>/tmp/check_headers.$$; then
    echo "FAIL $header as $language ($compiler):"; cat /tmp/check_headers.$$; status=1
  fi
  count=$((count + 1))
}
for dir in "$@"; do
  while IFS= read -r path; do
    header=${path#"$dir"/}
    case $header in
      c++/*.h) ;;  # glue for libstdc++'s headers: compiled by tests/check_cxx_headers.sh
      *.h)
        check c c11 "$cc" "$header"
        check c++ c++20 "$cxx" "$header" -nostdinc++ ;;
      *.hpp)
        check c++ c++20 "$cxx" "$header" -nostdinc++ -isystem "$1/c++" ;;
    esac
  done < <(cd "$dir" && find . -name '*.h' -o -name '*.hpp' | sed 's|^\./||' | sort | sed "s|^|$dir/|")
done
rm -f /tmp/check_headers.$$
echo "$count header compilations, status $status"
exit $status

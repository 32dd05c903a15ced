#!/bin/bash
# usage: check_format.sh SOURCE_ROOT
# Every C and C++ source of the tree is as clang-format (.clang-format) writes it.
set -u
cd "$1" || exit 1
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files '*.c' '*.h' '*.cpp' '*.hpp')
else
  files=$(find src include tests examples bench -name '*.[ch]' -o -name '*.[ch]pp')
fi
# shellcheck disable=SC2086
clang-format --dry-run -Werror $files && echo "$(echo "$files" | wc -l) files formatted"

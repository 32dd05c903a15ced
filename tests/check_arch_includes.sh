#!/bin/bash
# usage: check_arch_includes.sh SOURCE_ROOT
# src/arch is the bottom floor: its files include one another ("arch_*.hpp") and
# public or generated headers (<...>), never a portable source or internal header.
set -u
cd "$1/src/arch" || exit 1
bad=$(grep -rn '#include' . | grep -vE '#include (<[a-z0-9_/]+\.h(pp)?>|"arch_[a-z0-9_]+\.hpp")$' \
  | grep -E '#include "|#include <src/')
if [ -n "$bad" ]; then
  echo "src/arch includes from outside itself:"; echo "$bad"; exit 1
fi
echo "src/arch includes only itself and public headers"

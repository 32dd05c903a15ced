#!/bin/sh
# A test that cannot run here: prints why and exits 77, which meson reports as SKIP.
# usage: skip.sh REASON...
echo "SKIP: $*"
exit 77

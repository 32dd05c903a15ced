#!/usr/bin/env python3
"""A test that cannot run here: prints why and exits 77, which meson reports as SKIP.

usage: skip.py REASON...
"""
import sys

print("SKIP:", " ".join(sys.argv[1:]))
sys.exit(77)

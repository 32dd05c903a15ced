#!/usr/bin/env python3
"""Check that the C symbols a runtime library defines, the export lists and the public
headers agree.

usage: check_exports.py --list FILE... --library LIB.a... [--nm NM]
                        --include-dir DIR... [--extra-header FILE.h]...
                        [--expect-problem SYMBOL] -- COMPILER [FLAGS...]

The export lists (src/exports.txt and the arch's) name each source and the C symbols
it defines; a symbol ending in '!' is ABI-only (no header declares it). Every *.h under
the include directories (and any extra header) is compiled together as C by COMPILER
(clang, for its JSON AST) with FLAGS, those directories and the compiler's own
headers only. For each library it reports, and fails on, any symbol that is
  - declared in a header but not defined (a program calling it cannot link);
  - defined but not in the lists;
  - in the lists but not defined;
  - defined, not ABI-only, but declared in no header.
C++ symbols (mangled, _Z...) are the C++ API's and the runtime's own: not checked here.
"""
import argparse
import json
import pathlib
import subprocess
import sys


def read_lists(paths):
    """symbol -> ABI-only?, from every list."""
    symbols = {}
    for path in paths:
        for line in open(path):
            words = line.split("#", 1)[0].split()
            for word in words[1:]:
                abi_only = word.endswith("!")
                symbols[word.rstrip("!")] = abi_only
    return symbols


def defined_symbols(nm, library):
    out = subprocess.run([nm, "--defined-only", "-g", library], capture_output=True,
                         text=True, check=True).stdout
    symbols = set()
    for line in out.splitlines():
        parts = line.split()
        # The PIC thunks are the compiler's, in every object that needs one.
        if len(parts) == 3 and not parts[2].startswith(("_Z", "__x86.get_pc_thunk.")):
            symbols.add(parts[2])
    return symbols


def declared_symbols(compiler, include_dirs, headers):
    """Functions and extern variables the headers declare (the compiler's own
    builtins, which it declares implicitly, left out)."""
    source = "".join(f'#include "{h}"\n' for h in headers)
    builtin = subprocess.run(compiler + ["-print-file-name=include"], capture_output=True,
                             text=True, check=True).stdout.strip()
    flags = ["-nostdinc"] + [f"-isystem{d}" for d in include_dirs] + [f"-isystem{builtin}"]
    out = subprocess.run(compiler + flags + ["-x", "c", "-std=c11", "-fsyntax-only", "-Xclang",
                                             "-ast-dump=json", "-"],
                         input=source, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"check_exports: the headers do not compile together:\n{out.stderr}")
    declared = set()
    for node in json.loads(out.stdout).get("inner", []):
        if node.get("isImplicit"):
            continue
        if node.get("kind") == "FunctionDecl" and node.get("storageClass") != "static":
            declared.add(node["name"])
        elif node.get("kind") == "VarDecl" and node.get("storageClass") == "extern":
            declared.add(node["name"])
    return declared


def main():
    argv = sys.argv[1:]
    split = argv.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="append", required=True)
    parser.add_argument("--library", action="append", required=True)
    parser.add_argument("--include-dir", action="append", required=True)
    parser.add_argument("--extra-header", action="append", default=[])
    parser.add_argument("--nm", default="nm")
    # The test's own test: succeed only if a problem naming this was found.
    parser.add_argument("--expect-problem")
    args = parser.parse_args(argv[:split])

    # c++/*.h is glue for libstdc++'s headers (features.h, bits/c++config.h), no C API.
    headers = sorted({str(p) for d in args.include_dir for p in pathlib.Path(d).rglob("*.h")
                      if p.relative_to(d).parts[0] != "c++"})
    headers += [str(pathlib.Path(h).resolve()) for h in args.extra_header]
    listed = read_lists(args.list)
    declared = declared_symbols(argv[split + 1:], args.include_dir, headers)
    problems = []
    for library in args.library:
        defined = defined_symbols(args.nm, library)
        name = library.rsplit("/", 1)[-1]
        problems += [f"{name}: {s} is declared in a header but not defined"
                     for s in sorted(declared - defined)]
        problems += [f"{name}: {s} is defined but not in the export lists"
                     for s in sorted(defined - set(listed))]
        problems += [f"{name}: {s} is in the export lists but not defined"
                     for s in sorted(set(listed) - defined)]
        problems += [f"{name}: {s} is exported but no header declares it (mark it '!' if "
                     "it is ABI-only)" for s in sorted(defined - declared) if not listed.get(s, True)]
        print(f"{name}: {len(defined)} C symbols defined, {len(declared)} declared in "
              f"{len(headers)} headers")
    for p in problems:
        print(p)
    if args.expect_problem:
        caught = any(args.expect_problem in p for p in problems)
        print(f"expected a problem naming {args.expect_problem}: {'found' if caught else 'MISSING'}")
        sys.exit(0 if caught else 1)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write the kernel's UAPI constants of one topic as a plain header.

sysgate's one source for kernel numbers: the runtime is built with -nostdinc and
never includes <linux/*.h> or <asm/*.h>; instead this runs the target compiler at
configure time over the UAPI headers and writes each wanted constant's value.

usage: gen_kernel_header.py OUTPUT [--include H]... [--take PATTERN]...
                            [--skip NAME]... [--syscall-aliases] -- COMPILER [FLAGS...]

  --include H        a UAPI header to read (e.g. linux/mman.h)
  --take PATTERN     shell pattern of macro names to keep (e.g. 'PROT_*')
  --skip NAME        a matching name to leave out (libc's value differs, or it is junk)
  --syscall-aliases  also define SYS_x for every __NR_x

Values are computed by the compiler (a macro may be an expression over other macros
or over sizeof), so the header holds numbers only. A plain literal keeps its spelling
(0x... or octal); a computed value is written in hex when its definition used hex or
shifts, else in decimal. Macros that are not integer constants are dropped.
"""
import argparse
import fnmatch
import re
import subprocess
import sys

DEFINE = re.compile(r"#define (\w+) (.*)$")
LITERAL = re.compile(r"^\(?(-?(?:0[xX][0-9a-fA-F]+|[0-9]+))[uUlL]*\)?$")


def run(compiler, source, *flags):
    return subprocess.run(compiler + list(flags) + ["-x", "c", "-"], input=source,
                          capture_output=True, text=True)


def macros(compiler, includes):
    source = "".join(f"#include <{h}>\n" for h in includes)
    out = run(compiler, source, "-dM", "-E")
    if out.returncode != 0:
        sys.exit(f"gen_kernel_header: cannot read {includes}:\n{out.stderr}")
    found = {}
    for line in out.stdout.splitlines():
        m = DEFINE.match(line)  # object-like macros only: "NAME(" does not match
        if m:
            found[m.group(1)] = m.group(2).strip()
    return found


def values(compiler, includes, names):
    """name -> integer, for the names whose macro is an integer constant."""
    names = list(names)
    while names:
        source = "".join(f"#include <{h}>\n" for h in includes)
        first_line = source.count("\n") + 1
        # One line per name, so an error's line number names the macro. A pointer
        # (SIG_DFL) is a constant too, but not a number: the assertion drops it.
        source += "".join(f"_Static_assert(__builtin_classify_type({n}) <= 4, \"integer\"); "
                          f"__attribute__((used)) static const long long sg_{i} = (long long)({n});\n"
                          for i, n in enumerate(names))
        out = run(compiler, source, "-S", "-O0", "-o", "-", "-w")
        if out.returncode == 0:
            return dict(zip(names, parse_asm(out.stdout, len(names))))
        bad = {int(m.group(1)) - first_line for m in re.finditer(r"<stdin>:(\d+):\d+: error", out.stderr)}
        if not bad:
            sys.exit(f"gen_kernel_header: compiler failed:\n{out.stderr}")
        names = [n for i, n in enumerate(names) if i not in bad]
    return {}


def parse_asm(text, count):
    """The 64-bit values of sg_0..sg_{count-1}, from .quad, .long pairs or .zero."""
    result = [None] * count
    current, words = None, []
    for line in text.splitlines():
        line = line.strip()
        m = re.match(r"sg_(\d+):$", line)
        if m:
            current, words = int(m.group(1)), []
            continue
        if current is None:
            continue
        m = re.match(r"\.(quad|long|zero)\s+(-?\d+)$", line)
        if not m:
            continue
        kind, number = m.group(1), int(m.group(2))
        if kind == "quad":
            words, current_value = [], number
        elif kind == "zero":
            current_value = 0
        else:
            words.append(number & 0xffffffff)
            if len(words) < 2:
                continue
            current_value = words[0] | words[1] << 32
            if current_value >= 1 << 63:
                current_value -= 1 << 64
        result[current] = current_value
        current = None
    if None in result:
        sys.exit("gen_kernel_header: could not read every value from the compiler's output")
    return result


def literal_value(text):
    digits = text.lstrip("-")
    base = 8 if len(digits) > 1 and digits[0] == "0" and digits.isdigit() else 0
    return int(text, base)


def spelling(name, definition, value, found):
    # An enum's value under a macro of its own name (linux/in.h: IPPROTO_TCP) is a number.
    if definition in found and found[definition] == value and definition != name:
        return definition  # an alias (SIGIOT for SIGABRT) stays one
    m = LITERAL.match(definition)
    if m and literal_value(m.group(1)) == value:
        text = m.group(1)
        return f"({text})" if text.startswith("-") else text
    if value < 0:
        return f"({value})"
    if "0x" in definition.lower() or "<<" in definition or value > 0xffff:
        return hex(value)
    return str(value)


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    split = argv.index("--")
    compiler = argv[split + 1:]
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--take", action="append", default=[])
    parser.add_argument("--skip", action="append", default=[])
    parser.add_argument("--syscall-aliases", action="store_true")
    args = parser.parse_args(argv[:split])

    # The compiler's own macros (linux, i386, __x86_64__) are never the kernel's, and
    # a leading underscore is taken only when the pattern asks for it (__NR_*).
    predefined = macros(compiler, [])
    defined = macros(compiler, args.include)

    def taken(name):
        return any(fnmatch.fnmatchcase(name, p) and (p[0] == "_" or name[0] != "_")
                   for p in args.take)

    wanted = sorted(n for n in defined
                    if taken(n) and n not in predefined and n not in args.skip)
    found = values(compiler, args.include, wanted)
    if not found:
        sys.exit(f"gen_kernel_header: no {args.take} in {args.include}; kernel headers missing?")

    guard = "SYSGATE_" + re.sub(r"\W", "_", args.output.rsplit("/", 1)[-1]).upper()
    lines = [f"/* Generated by tools/gen_kernel_header.py from the kernel's UAPI <"
             + ">, <".join(args.include) + ">. */",
             f"#ifndef {guard}", f"#define {guard}"]
    for name in sorted(found):
        lines.append(f"#define {name} {spelling(name, defined[name], found[name], found)}")
        if args.syscall_aliases and name.startswith("__NR_"):
            lines.append(f"#define SYS_{name[5:]} {name}")
    lines.append("#endif")
    with open(args.output, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

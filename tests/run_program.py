#!/usr/bin/env python3
"""Run one test program and judge how it ended.

usage: run_program.py [--status N | --signal NAME] [--stdout-has TEXT]...
                      [--stderr-has TEXT]... -- [WRAPPER...] PROGRAM [ARGS...]

Meson's own verdict knows only "exit 0" and a few magic codes (77 is a skip, 99 an
error), so every hermetic program runs through this: the exact status or the exact
signal it must end with, and what it must print. Its output is passed through.
"""
import argparse
import signal
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--status", type=int, default=0)
    parser.add_argument("--signal")
    parser.add_argument("--stdout-has", action="append", default=[])
    parser.add_argument("--stderr-has", action="append", default=[])
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    result = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=120)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)

    failures = []
    if args.signal:
        wanted = -int(getattr(signal, args.signal))
        if result.returncode != wanted:
            failures.append(f"ended with {describe(result.returncode)}, wanted {args.signal}")
    elif result.returncode != args.status:
        failures.append(f"ended with {describe(result.returncode)}, wanted status {args.status}")
    failures += [f"stdout lacks {t!r}" for t in args.stdout_has if t not in result.stdout]
    failures += [f"stderr lacks {t!r}" for t in args.stderr_has if t not in result.stderr]
    for failure in failures:
        print(f"run_program: {' '.join(command)}: {failure}", file=sys.stderr)
    sys.exit(1 if failures else 0)


def describe(returncode):
    if returncode < 0:
        return signal.Signals(-returncode).name
    return f"status {returncode}"


if __name__ == "__main__":
    main()

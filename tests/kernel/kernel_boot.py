#!/usr/bin/env python3
"""Boots one kernel environment once and stores what its console said.

usage: kernel_boot.py --out BASE --system i386|x86_64 --kernel amd64|686 [--cpu MODEL]
       [--append ARGS] [--env NAME=VALUE]... --initramfs FILE --kernels DIR [--timeout S]

Writes BASE.console (the serial log), BASE.report (how qemu ran and whether the boot
as a whole holds together) and BASE.verdict (pass, fail or skip). kernel_test.sh calls
it under a lock and reads the files; --kernels is fetch_kernel.py's cache.
"""
import argparse
import contextlib
import io
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fetch_kernel  # noqa: E402
import qemu_command  # noqa: E402

DONE = "sysgate-kernel: done "


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--system", required=True, choices=["i386", "x86_64"])
    parser.add_argument("--kernel", required=True, choices=["amd64", "686"])
    parser.add_argument("--cpu")
    parser.add_argument("--append", default="")
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--initramfs", required=True)
    parser.add_argument("--kernels", required=True)
    parser.add_argument("--timeout", type=int, default=300)
    return parser.parse_args()


def judge(console, status):
    """The runner got to its end, and qemu's exit code agrees with what it printed."""
    done = [line for line in console.splitlines() if line.startswith(DONE)]
    if not done:
        return "fail", "the runner never said done (crash, panic or timeout)"
    all_passed = done[-1].endswith(" 0 failed")
    wanted = qemu_command.EXIT_PASS if all_passed else qemu_command.EXIT_FAIL
    if status != wanted:
        return "fail", f"the runner said '{done[-1]}', but qemu's status is {status}, not {wanted}"
    return "pass", done[-1][len("sysgate-kernel: "):] + " (each is its own test)"


def write(path, text):
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def main():
    args = parse_args()
    # What fetching said goes into the report, which every test of the boot shows.
    fetch_log = io.StringIO()
    with contextlib.redirect_stderr(fetch_log):
        kernel = fetch_kernel.fetch(args.kernel, args.kernels)
    if not kernel:
        write(args.out + ".console", "")
        write(args.out + ".report", fetch_log.getvalue() +
              f"no {fetch_kernel.META_PACKAGES[args.kernel]} kernel: the apt index lacks it "
              "or the download failed\n")
        write(args.out + ".verdict", "skip\n")
        return
    env = dict(e.split("=", 1) for e in args.env)
    command = ["timeout", "-k", "10", str(args.timeout)] + qemu_command.command(
        args.system, kernel, args.initramfs, args.cpu, args.append, env)
    started = time.monotonic()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
    seconds = time.monotonic() - started
    # The serial line turns each \n into \r\n.
    console = done.stdout.decode(errors="replace").replace("\r\n", "\n")
    verdict, why = judge(console, done.returncode)
    write(args.out + ".console", console)
    write(args.out + ".report", fetch_log.getvalue() + done.stderr.decode(errors="replace") +
          f"qemu ended with status {done.returncode} after {seconds:.1f} s "
          f"(124: timeout after {args.timeout} s)\n  {' '.join(command)}\n"
          f"kernel_boot: {why}\n")
    write(args.out + ".verdict", verdict + "\n")


if __name__ == "__main__":
    main()

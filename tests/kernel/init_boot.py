#!/usr/bin/env python3
"""Boots examples/init as the /init of a real kernel (qemu-system, TCG) and checks what it
says on the console: the test of issue 8's init.

usage: init_boot.py --system i386|x86_64 --kernel amd64|686 --kernels DIR --init INIT
       [--bin NAME=PATH]... [--rc TEXT] [--append ARGS] [--expect TEXT]...
       [--reject TEXT]... [--timeout S]

The initramfs holds INIT as /init, each --bin under /bin, /dev/console and, with --rc,
the file /etc/rc. The boot passes when qemu ended by itself (init powered the machine
off or rebooted it: -no-reboot makes both end qemu), every --expect text is on the
console and no --reject text is.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fetch_kernel  # noqa: E402
import newc  # noqa: E402
import qemu_command  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--system", required=True, choices=["i386", "x86_64"])
    parser.add_argument("--kernel", required=True, choices=["amd64", "686"])
    parser.add_argument("--kernels", required=True)
    parser.add_argument("--init", required=True)
    parser.add_argument("--bin", action="append", default=[])
    parser.add_argument("--rc")
    parser.add_argument("--append", default="")
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--timeout", type=int, default=120)
    args = parser.parse_args()

    kernel = fetch_kernel.fetch(args.kernel, args.kernels)
    if not kernel:
        print(f"SKIP: no {args.kernel} kernel")
        sys.exit(77)
    archive = newc.Archive()
    for directory in ("bin", "dev", "etc", "proc", "sys", "run"):
        archive.directory(directory)
    archive.char_device("dev/console", 5, 1)
    with open(args.init, "rb") as f:
        archive.file("init", f.read(), newc.EXECUTABLE)
    for spec in args.bin:
        name, path = spec.split("=", 1)
        with open(path, "rb") as f:
            archive.file("bin/" + name, f.read(), newc.EXECUTABLE)
    if args.rc is not None:
        archive.file("etc/rc", args.rc.encode())

    with tempfile.TemporaryDirectory() as work:
        initramfs = os.path.join(work, "initramfs.cpio")
        with open(initramfs, "wb") as f:
            f.write(archive.bytes())
        command = ["timeout", "-k", "10", str(args.timeout)] + qemu_command.command(
            args.system, kernel, initramfs, append=args.append)
        started = time.monotonic()
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
    console = done.stdout.decode(errors="replace").replace("\r\n", "\n")
    print(console)
    print(done.stderr.decode(errors="replace"), end="")
    print(f"qemu ended with status {done.returncode} after "
          f"{time.monotonic() - started:.1f} s\n  {' '.join(command)}")
    failures = []
    if done.returncode != 0:
        failures.append(f"qemu's status is {done.returncode}, not 0 (124: timeout)")
    failures += [f"the console lacks {text!r}" for text in args.expect if text not in console]
    failures += [f"the console has {text!r}" for text in args.reject if text in console]
    for failure in failures:
        print("init_boot: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

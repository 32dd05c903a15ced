#!/usr/bin/env python3
"""Builds the initramfs a kernel test boots: the runner as /init, every program under
/bin, and /manifest telling the runner how to run each and what it must end with.

usage: make_initramfs.py --output FILE --init RUNNER [--data PATH SOURCE]... [TEST...]
  --data: a data file a program reads, stored at /PATH (parent directories made), e.g.
        the time zone files tests/hermetic/time_zones.c reads from /usr/share/zoneinfo.
  TEST: --test NAME BINARY [--arg A]... [--env K=V]... [--status N | --signal NAME]
        [--stdout-has TEXT]... [--stderr-has TEXT]...
The verdict options are tests/run_program.c's, so tests/meson.build hands both the same list.

/manifest, one record per test, one field per line, values escaped (\\ \n \t):
  test NAME / path /bin/NAME / arg A / env K=V / status N or signal N /
  stdout TEXT / stderr TEXT / end
"""
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newc  # noqa: E402


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def parse_tests(words):
    """Splits the TEST options into one dict per test, in order."""
    tests = []
    i = 0
    while i < len(words):
        option = words[i]
        if option == "--test":
            tests.append({"name": words[i + 1], "binary": words[i + 2], "fields": []})
            i += 3
            continue
        if not tests:
            sys.exit(f"make_initramfs: {option} before any --test")
        value = words[i + 1]
        key = {"--arg": "arg", "--env": "env", "--status": "status", "--signal": "signal",
               "--stdout-has": "stdout", "--stderr-has": "stderr"}.get(option)
        if key is None:
            sys.exit(f"make_initramfs: unknown option {option}")
        if key == "signal":  # a name in meson, a number for the runner
            value = str(int(getattr(signal, value)))
        tests[-1]["fields"].append((key, value))
        i += 2
    return tests


def main():
    args = sys.argv[1:]
    options = {}
    data = []
    while args and args[0] in ("--output", "--init", "--data"):
        if args[0] == "--data":
            data.append((args[1].strip("/"), args[2]))
            args = args[3:]
            continue
        options[args[0]] = args[1]
        args = args[2:]
    if set(options) != {"--output", "--init"}:
        sys.exit(__doc__)
    tests = parse_tests(args)

    archive = newc.Archive()
    for directory in ("bin", "dev", "proc", "tmp"):
        archive.directory(directory)
    # The kernel opens /dev/console for /init's fds 0, 1 and 2 before any devtmpfs.
    archive.char_device("dev/console", 5, 1)
    with open(options["--init"], "rb") as f:
        archive.file("init", f.read(), newc.EXECUTABLE)

    made = set()
    for path, source in data:
        parts = path.split("/")
        for depth in range(1, len(parts)):
            directory = "/".join(parts[:depth])
            if directory not in made and directory not in ("bin", "dev", "proc", "tmp"):
                archive.directory(directory)
                made.add(directory)
        with open(source, "rb") as f:
            archive.file(path, f.read())

    manifest = []
    names = set()
    for test in tests:
        if test["name"] in names:
            sys.exit(f"make_initramfs: two tests named {test['name']}")
        names.add(test["name"])
        with open(test["binary"], "rb") as f:
            archive.file("bin/" + test["name"], f.read(), newc.EXECUTABLE)
        manifest.append("test " + escape(test["name"]))
        manifest.append("path /bin/" + escape(test["name"]))
        manifest += [f"{key} {escape(value)}" for key, value in test["fields"]]
        manifest.append("end")
    archive.file("manifest", ("\n".join(manifest) + "\n").encode())

    with open(options["--output"], "wb") as f:
        f.write(archive.bytes())


if __name__ == "__main__":
    main()

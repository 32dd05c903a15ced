"""The qemu-system command line that boots a kernel with a sysgate initramfs, shared by
kernel_test.py (the tests) and scripts/boot (by hand)."""

# The runner writes 0 (all passed) or 1 to this port; qemu exits with (value << 1) | 1.
DEBUG_EXIT = "isa-debug-exit,iobase=0xf4,iosize=0x04"
EXIT_PASS, EXIT_FAIL = 1, 3


def command(system, kernel, initramfs, cpu=None, append="", env=None, interactive=False):
    """system: i386 or x86_64; env: SYSGATE_* settings for the runner, passed as kernel
    parameters (the kernel hands unknown name=value parameters to /init's environment)."""
    line = ["console=ttyS0", "quiet", "panic=-1"]  # panic: exit (-no-reboot), do not hang
    # What costs seconds under TCG and has nothing to do with the entries: page-table
    # isolation (every CR3 switch flushes the whole translated TLB, so each syscall
    # slows down several times) and the crypto self-tests (2.5 s on the 686 kernel).
    line += ["mitigations=off", "cryptomgr.notests"]
    if system == "i386":
        line.append("noisapnp")  # the 686 kernel probes ISA PnP for 0.6 s
    line += append.split()
    line += [f"{name}={value}" for name, value in (env or {}).items()]
    qemu = ["qemu-system-" + system, "-accel", "tcg", "-m", "256", "-no-reboot",
            "-kernel", kernel, "-initrd", initramfs, "-append", " ".join(line),
            "-device", DEBUG_EXIT]
    if cpu:
        qemu += ["-cpu", cpu]
    # No VGA, no network card (nor its boot ROM's banner): the serial port is the whole
    # conversation. By hand it shares the terminal with the monitor (Ctrl-A X quits);
    # in a test, nothing but the kernel and the runner write to it (-nographic would
    # put SeaBIOS's screen there too).
    qemu.append("-nodefaults")
    if interactive:
        return qemu + ["-nographic", "-serial", "mon:stdio"]
    return qemu + ["-display", "none", "-serial", "stdio", "-monitor", "none"]

"""Writes a cpio archive in the "newc" format the kernel unpacks as an initramfs.

No cpio binary and no root: device nodes such as /dev/console are just header fields
here, so an unprivileged build can make an archive the kernel boots from. The format
(Documentation/driver-api/early-userspace/buffer-format.rst): per entry a 110-byte
ASCII header ("070701" and 13 eight-digit hex fields), the NUL-terminated name padded
to 4 bytes, the data padded to 4 bytes; a last entry named TRAILER!!!.
"""
import stat

DIRECTORY = stat.S_IFDIR | 0o755
EXECUTABLE = stat.S_IFREG | 0o755
REGULAR = stat.S_IFREG | 0o644


def _pad(length):
    return b"\0" * (-length % 4)


class Archive:
    def __init__(self):
        self._parts = []
        self._inode = 0

    def _entry(self, name, mode, data=b"", rdev=(0, 0)):
        self._inode += 1
        encoded = name.encode() + b"\0"
        # The kernel reads every field, but trusts only these: the others stay 0
        # (mtime 0 keeps the archive reproducible).
        fields = [self._inode, mode, 0, 0, 2 if stat.S_ISDIR(mode) else 1, 0, len(data),
                  0, 0, rdev[0], rdev[1], len(encoded), 0]
        header = b"070701" + b"".join(b"%08x" % f for f in fields)
        self._parts += [header, encoded, _pad(len(header) + len(encoded)), data, _pad(len(data))]

    def directory(self, name):
        self._entry(name, DIRECTORY)

    def file(self, name, data, mode=REGULAR):
        self._entry(name, mode, data)

    def char_device(self, name, major, minor, permissions=0o600):
        self._entry(name, stat.S_IFCHR | permissions, rdev=(major, minor))

    def bytes(self):
        # The trailer's inode is 0 in every archive cpio writes; keep it so.
        self._inode = -1
        self._entry("TRAILER!!!", 0)
        return b"".join(self._parts)

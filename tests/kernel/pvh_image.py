"""The kernel ELF inside a bzImage, for a faster boot under TCG, when it can boot that way.

A bzImage is a small decompressor plus the kernel compressed (Debian: xz). Under TCG
the decompression alone takes several seconds per boot. qemu boots an uncompressed
kernel ELF directly when it carries a PVH entry point (the Xen note
XEN_ELFNOTE_PHYS32_ENTRY, Debian's amd64 kernel has one, its 686 kernel none): the same
kernel, entered after its decompressor instead of through it.
"""
import lzma
import os
import struct

XEN_ELFNOTE_PHYS32_ENTRY = 18


def _payload(bzimage):
    """The compressed kernel: boot protocol fields setup_sects, payload_offset/length."""
    setup_sects = bzimage[0x1F1] or 4
    offset, length = struct.unpack_from("<II", bzimage, 0x248)
    start = (setup_sects + 1) * 512 + offset
    return bzimage[start:start + length]


def _has_pvh_entry(elf):
    """Whether a PT_NOTE segment holds the Xen PHYS32_ENTRY note."""
    is64 = elf[4] == 2
    phoff, = struct.unpack_from("<Q" if is64 else "<I", elf, 0x20 if is64 else 0x1C)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36 if is64 else 0x2A)
    for i in range(phnum):
        header = phoff + i * phentsize
        if struct.unpack_from("<I", elf, header)[0] != 4:  # PT_NOTE
            continue
        if is64:
            offset, = struct.unpack_from("<Q", elf, header + 8)
            size, = struct.unpack_from("<Q", elf, header + 32)
        else:
            offset, = struct.unpack_from("<I", elf, header + 4)
            size, = struct.unpack_from("<I", elf, header + 16)
        at = offset
        while at + 12 <= offset + size:
            namesz, descsz, kind = struct.unpack_from("<III", elf, at)
            name = elf[at + 12:at + 12 + namesz].rstrip(b"\0")
            if name == b"Xen" and kind == XEN_ELFNOTE_PHYS32_ENTRY:
                return True
            at += 12 + (namesz + 3) // 4 * 4 + (descsz + 3) // 4 * 4
    return False


def extract(bzimage_path, elf_path):
    """Writes the kernel ELF to elf_path if it boots through PVH; True if written."""
    with open(bzimage_path, "rb") as f:
        payload = _payload(f.read())
    if not payload.startswith(b"\xfd7zXZ\0"):
        return False
    # The payload ends with the uncompressed size, which lzma.decompress rejects as a
    # truncated second stream: a decompressor object stops at the end of the first.
    decompressor = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
    elf = decompressor.decompress(payload)
    if not decompressor.eof or elf[:4] != b"\x7fELF" or not _has_pvh_entry(elf):
        return False
    with open(elf_path + ".tmp", "wb") as f:
        f.write(elf)
    os.replace(elf_path + ".tmp", elf_path)
    return True

#!/usr/bin/env python3
"""Fetches a Debian kernel image without installing it, into a cache directory.

usage: fetch_kernel.py amd64|686 CACHE_DIR    prints the image to boot; exits 77 if none

amd64 is linux-image-amd64, 686 is linux-image-686:i386 (which needs
`dpkg --add-architecture i386 && apt-get update`; scripts/install-deps does that). The
meta-package is resolved to the real linux-image-<abi>-<flavour> package, downloaded with
`apt-get download`, and only its boot/vmlinuz-* kept. An index that does not know the
package (a mirror mid-sync, no i386 architecture) is refreshed and retried; when it still
fails, a kernel cached earlier is used, or the caller skips (77): never a silent pass.
The image printed is the uncompressed kernel ELF when it can boot that way (pvh_image.py),
else the vmlinuz.
"""
import fcntl
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pvh_image  # noqa: E402

SKIP = 77
META_PACKAGES = {"amd64": "linux-image-amd64", "686": "linux-image-686:i386"}
ATTEMPTS = 3
RESOLVED_FOR = 24 * 3600  # seconds


def resolve(meta):
    """linux-image-amd64 -> linux-image-6.1.0-57-amd64 (its one Depends; the i386 one
    keeps its :i386), or None."""
    result = subprocess.run(["apt-cache", "depends", meta], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        words = line.strip().removeprefix("|").split()
        if words[:1] == ["Depends:"] and words[1].startswith("linux-image-"):
            return words[1]
    return None


def refresh_index():
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True)


def download(package, target):
    """Extracts the package's vmlinuz to target; the .deb is deleted. True on success."""
    with tempfile.TemporaryDirectory(dir=os.path.dirname(target)) as work:
        fetched = subprocess.run(["apt-get", "download", "-q", package], cwd=work,
                                 capture_output=True, text=True)
        debs = glob.glob(os.path.join(work, "*.deb"))
        if fetched.returncode != 0 or not debs:
            sys.stderr.write(fetched.stderr)
            return False
        # dpkg-deb --fsys-tarfile X.deb | tar -x --wildcards './boot/vmlinuz-*'
        tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", debs[0]], stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "--wildcards", "./boot/vmlinuz-*"], stdin=tar.stdout,
                       cwd=work, check=True)
        tar.stdout.close()
        images = glob.glob(os.path.join(work, "boot", "vmlinuz-*"))
        if tar.wait() != 0 or len(images) != 1:
            return False
        shutil.move(images[0], target)
        return True


def bootable(vmlinuz):
    """The PVH kernel ELF beside the vmlinuz (made once), or the vmlinuz."""
    elf = vmlinuz.removesuffix(".vmlinuz") + ".pvh"
    no_elf = elf + ".none"  # remembers that this kernel has no PVH entry
    if not os.path.exists(elf) and not os.path.exists(no_elf):
        if not pvh_image.extract(vmlinuz, elf):
            open(no_elf, "w").close()
    return elf if os.path.exists(elf) else vmlinuz


def fetch(flavour, cache):
    os.makedirs(cache, exist_ok=True)
    meta = META_PACKAGES[flavour]
    # Which package the meta-package named, remembered for a day: apt-cache takes
    # seconds on a busy machine, and every boot asks.
    resolved = os.path.join(cache, flavour + ".package")
    # Two environments may want the same kernel at once: one downloads, the other waits.
    with open(os.path.join(cache, "fetch.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if time.time() - os.path.getmtime(resolved) < RESOLVED_FOR:
                with open(resolved) as f:
                    cached = os.path.join(cache, f.read().strip() + ".vmlinuz")
                if os.path.exists(cached):
                    return bootable(cached)
        except OSError:
            pass
        for attempt in range(ATTEMPTS):
            package = resolve(meta)
            if package:
                cached = os.path.join(cache, package.split(":")[0] + ".vmlinuz")
                if os.path.exists(cached) or download(package, cached):
                    with open(resolved, "w") as f:
                        f.write(package.split(":")[0] + "\n")
                    return bootable(cached)
            if attempt + 1 < ATTEMPTS:
                print(f"fetch_kernel: {meta}: not resolved or not downloaded, "
                      "refreshing the index and retrying", file=sys.stderr)
                refresh_index()
                time.sleep(2)
        # Offline or out of sync: a kernel of this flavour fetched earlier still serves.
        earlier = sorted(glob.glob(os.path.join(cache, f"linux-image-*-{flavour}.vmlinuz")))
        if earlier:
            print(f"fetch_kernel: using the cached {earlier[-1]}", file=sys.stderr)
            return bootable(earlier[-1])
    return None


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in META_PACKAGES:
        sys.exit(__doc__)
    image = fetch(sys.argv[1], sys.argv[2])
    if not image:
        print(f"SKIP: no {META_PACKAGES[sys.argv[1]]} kernel (apt index lacks it or the "
              "download failed)", file=sys.stderr)
        sys.exit(SKIP)
    print(image)


if __name__ == "__main__":
    main()

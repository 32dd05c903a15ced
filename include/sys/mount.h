/* Mounting file systems. The MS_* flags are the kernel's. */
#ifndef SYSGATE_SYS_MOUNT_H
#define SYSGATE_SYS_MOUNT_H
#include <bits/cdefs.h>
#include <bits/kernel_mount.h>

/* umount2's flags: the kernel's (include/linux/fs.h), not in the UAPI headers. */
#define MNT_FORCE 1
#define MNT_DETACH 2
#define MNT_EXPIRE 4
#define UMOUNT_NOFOLLOW 8

SYSGATE_BEGIN_C
int mount(const char* source, const char* target, const char* type, unsigned long flags,
          const void* data) SYSGATE_NOEXCEPT;
int umount(const char* target) SYSGATE_NOEXCEPT;
int umount2(const char* target, int flags) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

/* The kernel entry this process uses is the one its environment must give
 * (SYSGATE_EXPECT_ENTRY, set by tests/meson.build), and the pointers behind it agree
 * with the auxiliary vector. */
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sysgate.h>
#include <unistd.h>

#include "check.h"

#if defined(__i386__)
extern void (*_dl_sysinfo)(void);
void _dl_sysinfo_int80(void);

static unsigned long gs_sysinfo(void) {
  unsigned long value;
  __asm__("movl %%gs:0x10, %0" : "=r"(value));
  return value;
}
#endif

int main(void) {
  const char* expected = getenv("SYSGATE_EXPECT_ENTRY");
  const char* name = sysgate_entry_name();
  unsigned long sysinfo = getauxval(AT_SYSINFO);
  CHECK(expected != 0, "SYSGATE_EXPECT_ENTRY is set by the test");
  if (!expected) return check_summary();
  /* A newer qemu-user supplies a stand-in vDSO: then vsyscall is right there too. */
  int under_qemu = getenv("SYSGATE_RUNS_UNDER") != 0;
  if (under_qemu && sysinfo && strcmp(expected, "int80") == 0 && !getenv("SYSGATE_ENTRY"))
    expected = "vsyscall";
  CHECK(strcmp(name, expected) == 0, "sysgate_entry_name() is the expected entry");
  check_put("    entry: ");
  check_put(name);
  check_put(", expected: ");
  check_put(expected);
  check_put("\n");

#if defined(__i386__)
  /* SYSGATE_ENTRY=int80 counts only outside set-uid (AT_SECURE) processes. */
  int forced = getenv("SYSGATE_ENTRY") && strcmp(getenv("SYSGATE_ENTRY"), "int80") == 0 &&
               !getauxval(AT_SECURE);
  unsigned long target = (unsigned long)_dl_sysinfo;
  if (sysinfo && !forced)
    CHECK(target == sysinfo, "_dl_sysinfo holds AT_SYSINFO");
  else
    CHECK(target == (unsigned long)_dl_sysinfo_int80, "_dl_sysinfo holds the int $0x80 stub");
  CHECK_EQ(gs_sysinfo(), target, "%gs:0x10 (the TCB's sysinfo) equals _dl_sysinfo");
  CHECK_EQ(((const unsigned char*)_dl_sysinfo_int80)[0], 0xcd, "the stub is int $0x80...");
  CHECK_EQ(((const unsigned char*)_dl_sysinfo_int80)[2], 0xc3, "... ; ret");
#endif
  /* Whatever the entry, it works: a syscall with a checkable answer. */
  CHECK_EQ(syscall(SYS_getpid), getpid(), "a syscall through the entry answers");
  return check_summary();
}

/* The entry a real kernel gave this process is the one its environment must give.
 * Run only on kernels booted under qemu-system, where the CPU model is chosen:
 *
 *   SYSGATE_EXPECT_VSYSCALL_INSN  sysenter | syscall | int80 (the first entry instruction
 *                                 in __kernel_vsyscall) | none (no AT_SYSINFO at all)
 *   SYSGATE_EXPECT_VDSO           yes | no: the vDSO's clock_gettime is there, and time
 *                                 calls do not (yes) or do (no) enter the kernel
 *   SYSGATE_EXPECT_NO_SSE2        set: an SSE2 instruction must fault (SIGILL), which proves
 *                                 that the other tests, passing here, contain none
 * (SYSGATE_EXPECT_ENTRY, which sysgate_entry_name() must match, is tests/hermetic/entry.c's.) */
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sysgate.h>
#include <time.h>
#include <unistd.h>

#include "../hermetic/check.h"
#include "time_path.h"

enum { sigill = 4 }; /* SIGILL: sysgate has no <signal.h> yet */

#if defined(__i386__)
/* The first entry instruction within __kernel_vsyscall's first 32 bytes. A byte scan as
 * examples/sysgate-info.c does: the stub is a dozen bytes of pushes, the patched-in
 * instruction (or nops where the kernel patched none) and int $0x80. */
static const char* vsyscall_instruction(const unsigned char* code) {
  if (!code) return "none";
  for (int i = 0; i + 1 < 32; ++i) {
    if (code[i] == 0x0f && code[i + 1] == 0x34) return "sysenter";
    if (code[i] == 0x0f && code[i + 1] == 0x05) return "syscall";
    if (code[i] == 0xcd && code[i + 1] == 0x80) return "int80";
  }
  return "unknown";
}
#endif

/* Runs an SSE2 instruction (paddq %xmm0, %xmm0) in a child; how the child ended. */
static int sse2_child_status(void) {
  long pid = syscall(SYS_fork);
  if (pid == 0) {
    __asm__ volatile(".byte 0x66, 0x0f, 0xd4, 0xc0");
    _exit(0);
  }
  int status = -1;
  if (pid < 0 || syscall(SYS_wait4, pid, &status, 0, 0) != pid) return -1;
  return status;
}

static void say(const char* key, const char* value) {
  check_put("    ");
  check_put(key);
  check_put(": ");
  check_put(value);
  check_put("\n");
}

int main(void) {
  const char* expected_insn = getenv("SYSGATE_EXPECT_VSYSCALL_INSN");
  const char* expected_vdso = getenv("SYSGATE_EXPECT_VDSO");
  CHECK(expected_insn && expected_vdso, "the environment says what to expect");
  if (!expected_insn || !expected_vdso) return check_summary();

#if defined(__i386__)
  const char* insn = vsyscall_instruction((const unsigned char*)getauxval(AT_SYSINFO));
#else
  const char* insn = "none"; /* x86_64 programs have no __kernel_vsyscall */
#endif
  say("entry", sysgate_entry_name());
  say("__kernel_vsyscall enters with", insn);
  CHECK(strcmp(insn, expected_insn) == 0, "__kernel_vsyscall's instruction is the expected one");
  say("expected", expected_insn);

  int has_vdso = getauxval(AT_SYSINFO_EHDR) != 0;
  /* The same name and version in both ELF classes' vDSOs. */
  void* vdso_time = sysgate_vdso_sym("__vdso_clock_gettime", "LINUX_2.6");
  say("vDSO clock_gettime", vdso_time ? "present" : "absent");
  int want_vdso = strcmp(expected_vdso, "yes") == 0;
  CHECK_EQ(has_vdso, want_vdso, "AT_SYSINFO_EHDR is there exactly when expected");
  CHECK_EQ(vdso_time != 0, want_vdso, "the vDSO clock_gettime is there exactly when expected");
  /* With or without the vDSO, time works: the fallback is the syscall. */
  struct timespec a, b;
  CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0 && clock_gettime(CLOCK_MONOTONIC, &b) == 0,
        "clock_gettime answers");
  CHECK(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec),
        "CLOCK_MONOTONIC does not go back");

  int time_status = time_path_status();
  if (want_vdso)
    CHECK_EQ(time_status, 0, "no time call enters the kernel (seccomp forbids them)");
  else
    CHECK_EQ(time_status & 0x7f, time_path_sigsys, "time calls enter the kernel (SIGSYS)");

  if (getenv("SYSGATE_EXPECT_NO_SSE2")) {
    int status = sse2_child_status();
    CHECK_EQ(status & 0x7f, sigill, "an SSE2 instruction dies of SIGILL on this CPU");
  }
  return check_summary();
}

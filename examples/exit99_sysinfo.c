/* exit(99) through the i386 fast entry: `call *` the address the kernel passed as
 * AT_SYSINFO, its vDSO's __kernel_vsyscall, which enters with sysenter, syscall or
 * int $0x80, whichever this CPU and kernel do best. Same registers as int $0x80.
 *
 * qemu-user 7.2 and kernels booted with vdso32=0 pass no AT_SYSINFO. There the
 * program says so on stderr and takes int $0x80 instead, so it still exits 99: a
 * missing vDSO is a normal environment, not a failure. i386 only. */
#include <sys/auxv.h>

#include "print.h"

/* exit on i386: numbers are kernel ABI and never change. Spelled out rather than
 * taken from <sys/syscall.h>, whose glibc version needs the i386 kernel headers
 * (linux-libc-dev:i386) that a -m32 host build may lack. */
enum { nr_exit = 1 };

int main(void) {
  unsigned long kernel_vsyscall = getauxval(AT_SYSINFO);
  if (!kernel_vsyscall) {
    put(2, "exit99_sysinfo: no AT_SYSINFO (qemu-user? vdso32=0?): falling back to int $0x80\n");
    __asm__ volatile("int $0x80" : : "a"(nr_exit), "b"(99) : "memory");
    __builtin_unreachable();
  }
  put(1, "exit99_sysinfo: exit(99) via call *AT_SYSINFO = ");
  put_hex(1, kernel_vsyscall);
  put(1, "\n");
  /* "r" keeps the pointer out of %eax and %ebx, which the call needs. */
  __asm__ volatile("call *%2" : : "a"(nr_exit), "b"(99), "r"(kernel_vsyscall) : "memory");
  __builtin_unreachable();
}

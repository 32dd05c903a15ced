// 0- to 6-argument syscalls through the raw C++ layer, each with a value that proves
// every argument reached the kernel in the right register. Built in the whole
// compiler/flags matrix (tests/syscall_matrix.sh): this is where %ebx as the PIC
// register and %ebp as the frame pointer would bite.
#include <sys/syscall.h>

#include "check.h"

#ifdef SYSGATE_HOST_LIBC
#include <errno.h>
// glibc's syscall() answers -1/errno; turn that back into the kernel's word.
template <class... A>
static long raw(long nr, A... a) {
  long r = syscall(nr, (long)a...);
  return r == -1 ? -errno : r;
}
#else
#include <sysgate/syscall.hpp>
template <class... A>
static long raw(long nr, A... a) {
  return sysgate::syscall(nr, a...);
}
#endif

static const long ebadf = 9, einval = 22;

int main() {
  // 0: the main thread's id is the process id.
  long pid = raw(SYS_getpid);
  CHECK(pid > 0, "0 args: getpid is positive");
  CHECK_EQ(raw(SYS_gettid), pid, "0 args: gettid equals getpid in the main thread");

  // 1: the argument decides the error.
  CHECK_EQ(raw(SYS_close, -1), -ebadf, "1 arg: close(-1) is -EBADF");
  long dup = raw(SYS_dup, 1);
  CHECK(dup > 2, "1 arg: dup(1) gives a new descriptor");

  // 2: the second argument is the exact answer.
  CHECK_EQ(raw(SYS_dup2, dup, 77), 77, "2 args: dup2(fd, 77) is 77");
  CHECK_EQ(raw(SYS_close, 77), 0, "1 arg: close(77)");
  CHECK_EQ(raw(SYS_close, dup), 0, "1 arg: close(dup)");

  // 3: write and read through a pipe; the count is the third argument.
  int fds[2] = {-1, -1};
  CHECK_EQ(raw(SYS_pipe2, fds, 0), 0, "2 args: pipe2");
  CHECK_EQ(raw(SYS_write, fds[1], "sysgate!", 7), 7, "3 args: write returns its count");
  char in[8] = {0};
  CHECK_EQ(raw(SYS_read, fds[0], in, sizeof in), 7, "3 args: read gets what was written");
  CHECK(in[0] == 's' && in[6] == 'e' && in[7] == 0, "3 args: the bytes arrived");

  // 4: rt_sigprocmask rejects any sigsetsize but 8, so the fourth must arrive intact.
  unsigned long set[2] = {1ul << 9, 0}, old[2] = {~0ul, ~0ul};
  CHECK_EQ(raw(SYS_rt_sigprocmask, 0, set, old, 4), -einval, "4 args: a wrong 4th is EINVAL");
  CHECK_EQ(raw(SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, set, old, 8), 0, "4 args: sigsetsize 8");
  CHECK_EQ(raw(SYS_rt_sigprocmask, 1 /* SIG_UNBLOCK */, set, old, 8), 0, "4 args: unblock");
  CHECK(old[0] & (1ul << 9), "4 args: the old mask came back through the 3rd");

  // 5: mremap with MREMAP_FIXED moves a page to the address in the fifth argument.
  const long page = 4096, prot_rw = 3, map_private_anon = 0x22;
#ifdef SYS_mmap2
  const long sys_mmap = SYS_mmap2, file_offset = 1;  // in pages
#else
  const long sys_mmap = SYS_mmap, file_offset = page;  // in bytes
#endif
  long area = raw(sys_mmap, 0, 3 * page, prot_rw, map_private_anon, -1, 0);
  CHECK(area > 0 || area < -4095, "6 args: anonymous mmap");
  char* a = (char*)area;
  a[0] = 'M';
  long target = area + 2 * page;
  long moved = raw(SYS_mremap, area, page, page, 1 | 2 /* MAYMOVE|FIXED */, target);
  CHECK_EQ(moved, target, "5 args: mremap lands at the 5th argument");
  CHECK(moved == target && ((char*)target)[0] == 'M', "5 args: the page moved with its data");

  // 6: map a file at a page offset; only the sixth argument says which page.
  long fd = raw(SYS_memfd_create, "sysgate-test", 0);
  CHECK(fd >= 0, "2 args: memfd_create");
  static char pages[2 * 4096];
  pages[0] = 'A';
  pages[page] = 'B';
  CHECK_EQ(raw(SYS_write, fd, pages, sizeof pages), (long)sizeof pages, "3 args: fill the file");
  long mapped = raw(sys_mmap, 0, page, 1 /* PROT_READ */, 2 /* MAP_PRIVATE */, fd, file_offset);
  CHECK(mapped > 0 || mapped < -4095, "6 args: file mmap succeeds");
  CHECK(((const char*)mapped)[0] == 'B', "6 args: the mapping starts at the offset in the 6th");
  CHECK_EQ(raw(SYS_munmap, mapped, page), 0, "2 args: munmap");

  // A number the kernel does not know.
  CHECK_EQ(raw(100000), -38, "an unknown number is -ENOSYS");
  return check_summary();
}

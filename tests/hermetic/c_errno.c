/* The C ABI: -1 and errno on each kind of bad input, nothing lost on good input. */
#include <errno.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"

/* Not a valid user address; volatile so the compiler cannot see through it. */
static void* volatile bad_pointer = (void*)16;

int main(void) {
  errno = 0;
  CHECK_EQ(write(-1, "x", 1), -1, "write to fd -1 fails");
  CHECK_EQ(errno, EBADF, "... with EBADF");

  errno = 0;
  CHECK_EQ(write(1, bad_pointer, 8), -1, "write from a bad pointer fails, no crash");
  CHECK_EQ(errno, EFAULT, "... with EFAULT");

  errno = 0;
  CHECK_EQ(read(0, bad_pointer, 8) == -1 ? errno == EFAULT || errno == EBADF : 1, 1,
           "read into a bad pointer is EFAULT (or EBADF when stdin is closed)");

  errno = 0;
  CHECK_EQ(syscall(100000), -1, "an unknown syscall number fails");
  CHECK_EQ(errno, ENOSYS, "... with ENOSYS");

  errno = 0;
  CHECK_EQ(syscall(SYS_close, -5), -1, "syscall(SYS_close, -5) fails");
  CHECK_EQ(errno, EBADF, "... with EBADF");

  errno = 1234;
  CHECK_EQ(syscall(SYS_getpid), getpid(), "syscall(SYS_getpid) equals getpid()");
  CHECK_EQ(errno, 1234, "success leaves errno alone");
  CHECK(getppid() > 0, "getppid is positive");

  int fds[2];
  CHECK_EQ(syscall(SYS_pipe2, fds, 0), 0, "pipe2 through syscall()");
  CHECK_EQ(write(fds[1], "abc", 3), 3, "write returns its count");
  char buf[4] = {0};
  CHECK_EQ(read(fds[0], buf, sizeof buf), 3, "read returns what is there");
  CHECK(buf[0] == 'a' && buf[2] == 'c', "the bytes arrived");
  CHECK_EQ(close(fds[0]), 0, "close");
  CHECK_EQ(close(fds[0]), -1, "a second close fails");
  CHECK_EQ(errno, EBADF, "... with EBADF");

  errno = 0;
  CHECK_EQ(getauxval(0x7fff), 0, "getauxval of an absent tag is 0");
  CHECK_EQ(errno, ENOENT, "... with ENOENT, as glibc");
  CHECK_EQ(getauxval(AT_PAGESZ), 4096, "AT_PAGESZ is 4096");

  /* errno is per thread: it lives in static TLS, next to the thread pointer. */
  CHECK(&errno != 0, "errno has an address");
  return check_summary();
}

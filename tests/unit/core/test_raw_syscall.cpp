// The raw template inside an ordinary glibc process: it enters the kernel itself and
// returns the kernel's word, never touching errno.
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"

namespace {
enum class Fd : int { stdout_fd = 1 };
}

TEST_CASE("raw syscalls agree with glibc's") {
  CHECK(sysgate::syscall(SYS_getpid) == getpid());
  CHECK(sysgate::syscall(SYS_getppid) == getppid());
  int fds[2];
  REQUIRE(sysgate::syscall(SYS_pipe2, fds, 0) == 0);
  CHECK(sysgate::syscall(SYS_write, fds[1], "abc", 3u) == 3);
  char buf[3];
  CHECK(::read(fds[0], buf, 3) == 3);
  CHECK(sysgate::syscall(SYS_close, fds[0]) == 0);
  CHECK(sysgate::syscall(SYS_close, fds[1]) == 0);
}

TEST_CASE("errors come back as the negated errno, and errno stays") {
  errno = 321;
  CHECK(sysgate::syscall(SYS_close, -1) == -EBADF);
  CHECK(sysgate::syscall(SYS_write, Fd::stdout_fd, nullptr, 1) == -EFAULT);
  CHECK(sysgate::syscall(99999) == -ENOSYS);
  CHECK(errno == 321);
  auto r = sysgate::checked_syscall<int>(SYS_close, -1);
  CHECK(r.error() == EBADF);
}

TEST_CASE("six arguments: an anonymous mapping through the raw layer") {
  long sys_mmap = sysgate::arch::sys_mmap;
  long page = sysgate::syscall(sys_mmap, nullptr, 4096, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE_FALSE(sysgate::is_error_word(page));
  static_cast<char*>(reinterpret_cast<void*>(page))[4095] = 1;
  CHECK(sysgate::syscall(SYS_munmap, page, 4096) == 0);
}

TEST_CASE("to_word carries pointers, integers and enums as one word") {
  int x = 0;
  CHECK(sysgate::to_word(&x) == reinterpret_cast<long>(&x));
  CHECK(sysgate::to_word(nullptr) == 0);
  CHECK(sysgate::to_word(-1) == -1L);
  CHECK(sysgate::to_word(Fd::stdout_fd) == 1);
  CHECK(sysgate::to_word(static_cast<unsigned char>(255)) == 255);
}

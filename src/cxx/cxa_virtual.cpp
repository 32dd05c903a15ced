// Called through a vtable slot that has no body: a pure virtual function called from
// a constructor or destructor, or a deleted virtual. Always a program bug.
#include <sys/syscall.h>

#include "raise_abort.hpp"
#include "sysgate/syscall.hpp"

namespace {
[[noreturn]] void die(const char* message, unsigned long length) {
  sysgate::syscall(SYS_write, 2, message, length);
  sysgate::stdlib::raise_abort();
}
}  // namespace

extern "C" [[noreturn]] void __cxa_pure_virtual() {
  static constexpr char message[] = "sysgate: pure virtual function called\n";
  die(message, sizeof message - 1);
}

extern "C" [[noreturn]] void __cxa_deleted_virtual() {
  static constexpr char message[] = "sysgate: deleted virtual function called\n";
  die(message, sizeof message - 1);
}

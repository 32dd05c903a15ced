// One socket call: its own syscall, or on i386 socketcall(call, args[]) where the
// kernel has none (Linux < 4.3 answers ENOSYS). The first ENOSYS sets
// __sysgate_socketcall_only, so later calls go straight to socketcall; the hermetic
// test `sockets` sets it itself to run the fallback in every environment.
#pragma once
#include <bits/kernel_socketcall.h>
#include <errno.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"

// Nonzero: enter through socketcall only (src/sys_socket/socketcall_only.cpp).
extern "C" int __sysgate_socketcall_only;

namespace sysgate::c {

// The kernel's word. `direct` is the syscall number, `call` socketcall's SYS_* number.
template <class... Args>
inline long socket_syscall(long direct, int call, Args... args) noexcept {
  if constexpr (arch::has_socketcall) {
    if (!__sysgate_socketcall_only) {
      long word = sysgate::syscall(direct, args...);
      if (word != -ENOSYS) return word;
      __sysgate_socketcall_only = 1;
    }
    // socketcall reads its arguments from user memory, one word each.
    long words[sizeof...(Args)] = {sysgate::to_word(args)...};
    return sysgate::syscall(arch::sys_socketcall, call, words);
  } else {
    (void)call;
    return sysgate::syscall(direct, args...);
  }
}

}  // namespace sysgate::c

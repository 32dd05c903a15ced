// The handlers at_quick_exit() registers and quick_exit() runs: their own list, apart
// from atexit's (exit() never runs them). C11 asks room for 32; more are refused.
#pragma once

#include "src/internal/lock.hpp"

namespace sysgate::stdlib {

struct QuickExitHandlers {
  static constexpr int capacity = 32;
  void (*functions[capacity])();
  int count;
};

// Process-global, guarded by quick_exit_lock.
extern QuickExitHandlers quick_exit_handlers;
extern internal::Lock quick_exit_lock;

}  // namespace sysgate::stdlib

// The vDSO the kernel mapped into this process (AT_SYSINFO_EHDR), parsed on first
// use. Used by the time functions and exported as sysgate::vdso::lookup.
#pragma once
#include "error.hpp"
#include "sysgate/vdso.hpp"

namespace sysgate::vdso {

// Why the live vDSO is unusable (Error::none when it is fine or was never looked at;
// Error::null_image when there is none).
Error live_status() noexcept;

// Calls f(context, name, version_or_null, address) for each exported symbol.
void for_each_symbol(void (*f)(void* context, const char* name, const char* version, void* address),
                     void* context) noexcept;

// A vDSO function looked up on first call and remembered: constant-initialised, so
// globals of this type cost nothing at start-up.
template <class Fn>
class Function {
 public:
  constexpr Function(const char* name, const char* version) : name_(name), version_(version) {}

  Fn get() noexcept {
    if (function_) return function_;  // the hot path: one load, one test
    if (!resolved_) {
      function_ = reinterpret_cast<Fn>(lookup(name_, version_));
      resolved_ = true;
    }
    return function_;
  }

 private:
  const char* name_;
  const char* version_;
  Fn function_ = nullptr;
  bool resolved_ = false;
};

// The vDSO's answer is final when it succeeded or rejected the clock (EINVAL);
// anything else (the symbol missing, another error) means: ask the kernel.
template <class Fn, class... Args>
inline bool answered_by_vdso(Function<Fn>& function, long* result, Args... args) noexcept {
  constexpr long einval = 22;
  Fn f = function.get();
  if (!f) return false;
  *result = f(args...);
  return *result == 0 || *result == -einval;
}

}  // namespace sysgate::vdso

// The vDSO the kernel mapped into this process (AT_SYSINFO_EHDR), parsed on first
// use. Used by the time functions and exported as sysgate::vdso::lookup.
#pragma once
#include <bits/kernel_errno.h>

#include <sysgate/vdso.hpp>

namespace sysgate::vdso {

// Calls f(context, name, version_or_null, address) for each exported symbol.
void for_each_symbol(void (*f)(void* context, const char* name, const char* version, void* address),
                     void* context) noexcept;

// A vDSO function looked up on first call and remembered: constant-initialised, so
// globals of this type cost nothing at start-up. A null name is a function this
// arch's vDSO does not have.
//
// Process-global state, thread-ready without a lock: the answer is published with
// release stores and read with acquire loads (plain moves on x86). Two threads that
// race on the first call both look the symbol up and store the same pointer.
template <class Fn>
class Function {
 public:
  constexpr Function(const char* name, const char* version) : name_(name), version_(version) {}

  Fn get() noexcept {
    // The hot path: one load, one test.
    if (Fn f = __atomic_load_n(&function_, __ATOMIC_ACQUIRE)) return f;
    if (__atomic_load_n(&resolved_, __ATOMIC_ACQUIRE)) return nullptr;
    Fn f = name_ ? reinterpret_cast<Fn>(lookup(name_, version_)) : nullptr;
    __atomic_store_n(&function_, f, __ATOMIC_RELEASE);
    __atomic_store_n(&resolved_, true, __ATOMIC_RELEASE);
    return f;
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
  Fn f = function.get();
  if (!f) return false;
  *result = f(args...);
  return *result == 0 || *result == -EINVAL;
}

}  // namespace sysgate::vdso

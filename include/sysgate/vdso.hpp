// The kernel's vDSO, as this process sees it: parsed on first use, bounds-checked.
#pragma once

namespace sysgate::vdso {

// Address of `name` at `version` (nullptr: any version), or nullptr when absent or
// when there is no usable vDSO (qemu-user 7.2 has none).
void* lookup(const char* name, const char* version) noexcept;

// The same, typed: auto f = sysgate::vdso::function<int (*)(int, timespec*)>(
//     "__vdso_clock_gettime", "LINUX_2.6");
template <class Fn>
inline Fn function(const char* name, const char* version) noexcept {
  return reinterpret_cast<Fn>(lookup(name, version));
}

}  // namespace sysgate::vdso

#include "src/startup/initial_stack.hpp"

#include <sys/auxv.h>

namespace sysgate::startup {

InitialStack process;

InitialStack read_initial_stack(const unsigned long* sp) noexcept {
  InitialStack s;
  s.argc = static_cast<int>(sp[0]);
  s.argv = reinterpret_cast<char**>(const_cast<unsigned long*>(sp + 1));
  s.envp = s.argv + s.argc + 1;
  char** p = s.envp;
  while (*p) ++p;
  s.auxv = reinterpret_cast<const unsigned long*>(p + 1);
  return s;
}

unsigned long find_aux(const unsigned long* auxv, unsigned long type, bool* found) noexcept {
  for (const unsigned long* a = auxv; a && a[0] != AT_NULL; a += 2) {
    if (a[0] == type) {
      *found = true;
      return a[1];
    }
  }
  *found = false;
  return 0;
}

bool entry_forced_int80(char* const* envp, bool secure) noexcept {
  if (secure) return false;
  static constexpr char wanted[] = "SYSGATE_ENTRY=int80";
  for (char* const* e = envp; *e; ++e) {
    const char* s = *e;
    unsigned i = 0;
    while (i < sizeof wanted && s[i] == wanted[i]) ++i;
    if (i == sizeof wanted) return true;  // matched through the terminating NUL
  }
  return false;
}

}  // namespace sysgate::startup

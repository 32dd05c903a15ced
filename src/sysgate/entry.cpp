#include <sysgate.h>

#include <sysgate/entry.hpp>

#include "arch_entry.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate {

Entry entry() noexcept { return arch::current_entry(); }

const char* entry_name(Entry e) noexcept {
  switch (e) {
    case Entry::vsyscall:
      return "vsyscall";
    case Entry::int80:
      return "int80";
    case Entry::syscall:
      return "syscall";
  }
  return "unknown";
}

namespace c {
SYSGATE_C_FUNCTION(const char*, sysgate_entry_name, () noexcept) { return entry_name(entry()); }
}  // namespace c

}  // namespace sysgate

#include <sysgate.h>

#include <sysgate/entry.hpp>

#include "arch_entry.hpp"
#include "src/internal/c_export.hpp"
#include "src/startup/full_start.hpp"

// A program that can tell which entry it takes honours SYSGATE_ENTRY=int80, which
// start-up reads in start_full.cpp.
SYSGATE_NEEDS_FULL_START;

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

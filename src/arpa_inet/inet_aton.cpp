#include <arpa/inet.h>

#include "src/arpa_inet/dotted.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Anything after a white-space character is ignored (glibc's inet_aton, for old callers).
SYSGATE_C_FUNCTION(int, inet_aton, (const char* text, struct in_addr* address) noexcept) {
  in_addr_t value;
  const char* end;
  if (!dotted::parse(text, &value, &end)) return 0;
  if (address) address->s_addr = value;
  return 1;
}

}  // namespace sysgate::c

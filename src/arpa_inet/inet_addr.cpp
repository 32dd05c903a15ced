#include <arpa/inet.h>

#include "src/arpa_inet/dotted.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// inet_aton's text, trailing white space and anything after it included (glibc 2.36).
SYSGATE_C_FUNCTION(in_addr_t, inet_addr, (const char* text) noexcept) {
  in_addr_t value;
  const char* end;
  if (!dotted::parse(text, &value, &end)) return INADDR_NONE;
  return value;
}

}  // namespace sysgate::c

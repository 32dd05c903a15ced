#include <arpa/inet.h>

#include "src/arpa_inet/dotted.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Up to four parts of at most 0xff each (0 octal, 0x or a bare x hex), packed from the
// low byte up; trailing white space is allowed; a part wraps at 2^32 before the check. Host byte
// order; INADDR_NONE on bad text.
SYSGATE_C_FUNCTION(in_addr_t, inet_network, (const char* text) noexcept) {
  in_addr_t result = 0;
  for (int count = 0;; ++count) {
    unsigned base = 10;
    bool digit = false;
    if (*text == '0') digit = true, base = 8, ++text;
    if (*text == 'x' || *text == 'X') digit = false, base = 16, ++text;
    uint32_t value = 0;  // wraps as glibc's does: "4294967296" is 0
    for (;; ++text) {
      int d = dotted::hex_value(*text);
      if (d < 0 || (base != 16 && d > 9)) break;
      if (base == 8 && d > 7) return INADDR_NONE;
      value = value * base + static_cast<unsigned>(d);
      digit = true;
    }
    if (!digit || count == 4 || value > 0xff) return INADDR_NONE;
    result = result << 8 | value;
    if (*text != '.') break;
    if (count == 3) return INADDR_NONE;
    ++text;
  }
  while (dotted::is_space(*text)) ++text;
  return *text ? INADDR_NONE : result;
}

}  // namespace sysgate::c

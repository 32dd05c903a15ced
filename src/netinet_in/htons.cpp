#include <netinet/in.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Network byte order is big-endian; x86 is little-endian.
SYSGATE_C_FUNCTION(uint16_t, htons, (uint16_t host) noexcept) { return __builtin_bswap16(host); }

}  // namespace sysgate::c

#include <netinet/in.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Network byte order is big-endian; x86 is little-endian.
SYSGATE_C_FUNCTION(uint32_t, htonl, (uint32_t host) noexcept) { return __builtin_bswap32(host); }

}  // namespace sysgate::c

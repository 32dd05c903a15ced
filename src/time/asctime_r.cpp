#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/asctime_format.hpp"

namespace sysgate::c {

// The buffer is only promised 26 bytes: a longer text (a 5-digit year) is EOVERFLOW.
SYSGATE_C_FUNCTION(char*, asctime_r, (const tm* tp, char* buf) noexcept) {
  return civil::asctime_into(tp, buf, 26);
}

}  // namespace sysgate::c

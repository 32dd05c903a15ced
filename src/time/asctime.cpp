#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/asctime_format.hpp"

namespace sysgate::c {
namespace {
char text[3 + 1 + 3 + 1 + 20 + 1 + 20 + 1 + 20 + 1 + 20 + 1 + 20 + 1 + 1];  // glibc's size
}

SYSGATE_C_FUNCTION(char*, asctime, (const tm* tp) noexcept) {
  return civil::asctime_into(tp, text, sizeof text);
}

}  // namespace sysgate::c

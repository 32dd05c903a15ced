#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// The terminating zero is part of the string: strrchr(s, 0) finds it.
SYSGATE_C_FUNCTION(char*, strrchr, (const char* s, int c) noexcept) {
  return static_cast<char*>(memrchr(s, c, strlen(s) + 1));
}

}  // namespace sysgate::c

#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strchr, (const char* s, int c) noexcept) {
  char* p = strchrnul(s, c);
  return *p == static_cast<char>(c) ? p : nullptr;
}

}  // namespace sysgate::c

#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strpbrk, (const char* s, const char* accept) noexcept) {
  s += strcspn(s, accept);
  return *s ? const_cast<char*>(s) : nullptr;
}

}  // namespace sysgate::c

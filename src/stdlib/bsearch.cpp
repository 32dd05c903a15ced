#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, bsearch,
                   (const void* key, const void* base, size_t count, size_t size,
                    int (*compare)(const void*, const void*))) {
  const char* lo = static_cast<const char*>(base);
  while (count > 0) {
    const char* mid = lo + (count / 2) * size;
    int order = compare(key, mid);
    if (order == 0) return const_cast<char*>(mid);
    if (order > 0) {
      lo = mid + size;
      count -= count / 2 + 1;
    } else {
      count /= 2;
    }
  }
  return nullptr;
}

}  // namespace sysgate::c

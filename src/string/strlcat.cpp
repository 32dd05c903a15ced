#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc 2.38 semantics: the initial length of dest (at most size) plus strlen(src);
// a dest with no zero in its first size bytes is left alone.
SYSGATE_C_FUNCTION(size_t, strlcat,
                   (char* __restrict dest, const char* __restrict src, size_t size) noexcept) {
  size_t src_len = strlen(src);
  if (size == 0) return src_len;  // glibc 2.38: dest may then be NULL; not size + src_len
  size_t dest_len = strnlen(dest, size);
  if (dest_len != size) {
    size_t copy = size - dest_len - 1;
    if (copy > src_len) copy = src_len;
    memcpy(dest + dest_len, src, copy);
    dest[dest_len + copy] = 0;
  }
  return dest_len + src_len;
}

}  // namespace sysgate::c

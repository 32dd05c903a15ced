#include <errno.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/error_text.hpp"
#include "src/string/unknown_text.hpp"

namespace sysgate::c {

// The XSI strerror_r (glibc's __xpg_strerror_r), byte for byte: an unknown number gets
// "Unknown error N" (cut to fit) and EINVAL; a known one is copied, cut to fit and
// terminated, with ERANGE when it did not fit.
SYSGATE_C_FUNCTION(int, strerror_r, (int errnum, char* buf, size_t size) noexcept) {
  const char* text = string::error_text(errnum);
  if (!text) {
    string::format_number(buf, size, "Unknown error ", errnum);
    return EINVAL;
  }
  size_t len = strlen(text);
  if (size) {
    size_t copy = len < size ? len : size - 1;
    memcpy(buf, text, copy);
    buf[copy] = 0;
  }
  return size <= len ? ERANGE : 0;
}

}  // namespace sysgate::c

#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/error_text.hpp"
#include "src/string/unknown_text.hpp"

namespace sysgate::c {
namespace {
char unknown[sizeof "Unknown error -2147483648"];
}  // namespace

// An unknown number's text lives in one static buffer, overwritten by the next call
// (glibc's is per thread; sysgate has no threads yet).
SYSGATE_C_FUNCTION(char*, strerror, (int errnum) noexcept) {
  if (const char* text = string::error_text(errnum)) return const_cast<char*>(text);
  string::format_number(unknown, sizeof unknown, "Unknown error ", errnum);
  return unknown;
}

}  // namespace sysgate::c

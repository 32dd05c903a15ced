#include <signal.h>

#include "src/internal/c_export.hpp"
#include "src/signal/signal_names.hpp"

namespace sysgate::c {
namespace {

bool equal(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}

// A decimal number 0..999 (the whole string), or -1.
int decimal(const char* s) {
  if (!*s) return -1;
  int n = 0;
  for (; *s; ++s) {
    if (*s < '0' || *s > '9' || n > 99) return -1;
    n = n * 10 + (*s - '0');
  }
  return n;
}

}  // namespace

// The inverse of sig2str, which also takes a signal number in decimal.
SYSGATE_C_FUNCTION(int, str2sig, (const char* __restrict name, int* __restrict sig) noexcept) {
  for (int i = 1; i < signal::named_count; ++i) {
    if (signal::names[i][0] && equal(name, signal::names[i])) {
      *sig = i;
      return 0;
    }
  }
  int n = decimal(name);
  if (n > 0 && n <= SIGRTMAX) {
    *sig = n;
    return 0;
  }
  if (equal(name, "RTMIN")) return *sig = SIGRTMIN, 0;
  if (equal(name, "RTMAX")) return *sig = SIGRTMAX, 0;
  const bool relative = name[0] == 'R' && name[1] == 'T' && name[2] == 'M' &&
                        ((name[3] == 'I' && name[4] == 'N' && name[5] == '+') ||
                         (name[3] == 'A' && name[4] == 'X' && name[5] == '-'));
  if (!relative) return -1;
  n = decimal(name + 6);
  if (n < 1 || n > SIGRTMAX - SIGRTMIN) return -1;
  *sig = name[3] == 'I' ? SIGRTMIN + n : SIGRTMAX - n;
  return 0;
}

}  // namespace sysgate::c

#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc's: three steps of the ANSI LCG, 11 + 10 + 10 bits of their high halves.
SYSGATE_C_FUNCTION(int, rand_r, (unsigned* seed) noexcept) {
  unsigned next = *seed;
  next = next * 1103515245u + 12345u;
  unsigned result = (next / 65536) % 2048;
  next = next * 1103515245u + 12345u;
  result = (result << 10) ^ ((next / 65536) % 1024);
  next = next * 1103515245u + 12345u;
  result = (result << 10) ^ ((next / 65536) % 1024);
  *seed = next;
  return static_cast<int>(result);
}

}  // namespace sysgate::c

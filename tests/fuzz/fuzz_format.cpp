// libFuzzer target over the printf engine (src/stdio/format*.cpp): the input's first
// byte picks the arguments, the rest up to a NUL is the format, what follows seeds the
// argument values. The engine's output and count must be glibc's vsnprintf's, byte for
// byte, with the same arguments; a mismatch or a sanitizer report is a failure.
//
// The format is tamed only where glibc itself would crash, run for a long time or where
// src/stdio/README.md lists a known difference: no '$' or '*', at most 3 digits per
// width or precision, at most 10 conversions; %s and %n only when every integer
// argument points at a string; no L, %lc, %ls, %C, %S, %m; no unknown conversion
// (after one, glibc's result for a lone '%' at the end depends on its stack: "%w|%"
// gives -1 or 4 from one build of a program to the next).
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "src/stdio/format.hpp"

namespace {

constexpr int kArgs = 12;
char text_arg[64];

bool is_flag(char c) { return c && strchr("-+ #0'I", c) != nullptr; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Copies `in` to `out` tamed as described above.
void tame(const char* in, char* out, bool pointers) {
  int conversions = 0;
  while (*in) {
    char c = *in++;
    if (c == '$' || c == '*') continue;
    *out++ = c;
    if (c != '%') continue;
    if (++conversions > 10) {
      --out;
      break;
    }
    while (is_flag(*in)) *out++ = *in++;
    for (int pass = 0; pass < 2; ++pass) {
      int digits = 0;
      while (is_digit(*in) || *in == '$' || *in == '*') {
        char d = *in++;
        if (is_digit(d) && ++digits <= 3) *out++ = d;
      }
      if (pass == 0 && *in == '.')
        *out++ = *in++;
      else
        break;
    }
    // One valid length modifier or none: glibc prints an invalid combination ("tl")
    // as an unknown conversion.
    char length[8] = {};
    size_t length_size = 0;
    while (*in && strchr("hlLqjzt", *in)) {
      char l = *in++;
      if (length_size < sizeof length - 1) length[length_size++] = l;
    }
    static const char* const valid[] = {"h", "hh", "l", "ll", "q", "j", "z", "t"};
    bool known = false;
    for (const char* v : valid) known = known || strcmp(length, v) == 0;
    char conversion = *in;
    if (!conversion) break;
    ++in;
    bool dangerous = !strchr("diouxXeEfFgGaAcspn%", conversion) || conversion == 'm' ||
                     (!pointers && (conversion == 's' || conversion == 'n'));
    if (dangerous) conversion = 'd';
    // A modifier glibc's fast path takes with this conversion (%hA, %zs, %lc are not:
    // they send glibc down its positional path, whose answers differ as above).
    bool fits = strchr("diouxXn", conversion) ||
                (strcmp(length, "l") == 0 && strchr("eEfFgGaA", conversion));
    if (known && fits)
      for (const char* p = length; *p; ++p) *out++ = *p;
    *out++ = conversion;
  }
  *out = 0;
}

void compare(const char* format, ...) {
  char ours[512], theirs[512];
  va_list args, copy;
  va_start(args, format);
  va_copy(copy, args);
  // %n writes into text_arg: each engine starts from the same text.
  char saved[sizeof text_arg];
  memcpy(saved, text_arg, sizeof saved);
  long got = sysgate::stdio::format_buffer(ours, sizeof ours, format, args);
  memcpy(text_arg, saved, sizeof saved);
  int want = vsnprintf(theirs, sizeof theirs, format, copy);
  va_end(copy);
  va_end(args);
  if (want < 0) return;  // glibc refused (EOVERFLOW, EINVAL): its errno is not compared
  size_t n = static_cast<size_t>(want) < sizeof ours ? static_cast<size_t>(want) : sizeof ours - 1;
  if (got != want || memcmp(ours, theirs, n) != 0) {
    fprintf(stderr, "format \"%s\": sysgate %ld \"%s\", glibc %d \"%s\"\n", format, got,
            got >= 0 ? ours : "", want, theirs);
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  bool pointers = data[0] & 1;
  ++data, --size;
  char raw[256], format[512];
  size_t n = 0;
  while (n < size && n < sizeof raw - 1 && data[n]) raw[n] = static_cast<char>(data[n]), ++n;
  raw[n] = 0;
  tame(raw, format, pointers);
  const uint8_t* seed = data + n;
  size_t seed_size = size - n;

  long ints[kArgs];
  double doubles[8];
  uint8_t pool[kArgs * 16] = {};
  memcpy(pool, seed, seed_size < sizeof pool ? seed_size : sizeof pool);
  memcpy(ints, pool, sizeof ints);
  memcpy(doubles, pool + sizeof ints, sizeof doubles);
  memset(text_arg, 0, sizeof text_arg);
  memcpy(text_arg, pool + 40, 40);
  if (pointers)
    for (long& i : ints) i = reinterpret_cast<long>(text_arg);
  // Eight doubles travel in xmm0-7 and the integers beyond the fifth on the stack: so
  // the stack holds integers only, and a %n or %s never reads a double's bits as its
  // pointer.
  compare(format, ints[0], doubles[0], ints[1], doubles[1], ints[2], doubles[2], ints[3],
          doubles[3], ints[4], doubles[4], ints[5], doubles[5], ints[6], doubles[6], ints[7],
          doubles[7], ints[8], ints[9], ints[10], ints[11]);
  return 0;
}

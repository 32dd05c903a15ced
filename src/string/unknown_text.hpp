// "Unknown error N" and its kin without printf: prefix and decimal number into a
// buffer, cut to fit as snprintf would (always terminated when size > 0).
#pragma once

#include <stddef.h>

namespace sysgate::string {

// Returns the length the whole text has (what snprintf would return).
inline size_t format_number(char* buf, size_t size, const char* prefix, int n) {
  char text[64];
  size_t len = 0;
  while (prefix[len]) text[len] = prefix[len], ++len;
  // Unsigned, so INT_MIN negates without overflow.
  unsigned magnitude = n < 0 ? 0u - static_cast<unsigned>(n) : static_cast<unsigned>(n);
  if (n < 0) text[len++] = '-';
  char digits[10];
  int count = 0;
  do digits[count++] = static_cast<char>('0' + magnitude % 10);
  while (magnitude /= 10);
  while (count) text[len++] = digits[--count];
  if (size) {
    size_t copy = len < size ? len : size - 1;
    for (size_t i = 0; i < copy; ++i) buf[i] = text[i];
    buf[copy] = 0;
  }
  return len;
}

}  // namespace sysgate::string

#include <arpa/inet.h>
#include <errno.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

char* put_decimal(char* at, unsigned value) noexcept {
  if (value >= 100) *at++ = static_cast<char>('0' + value / 100);
  if (value >= 10) *at++ = static_cast<char>('0' + value / 10 % 10);
  *at++ = static_cast<char>('0' + value % 10);
  return at;
}

char* put_dotted(char* at, const unsigned char* bytes) noexcept {
  for (int i = 0; i < 4; ++i) {
    if (i) *at++ = '.';
    at = put_decimal(at, bytes[i]);
  }
  return at;
}

// glibc's form: lowercase hex without leading zeros; the first longest run of two or
// more zero groups becomes "::"; ::a.b.c.d and ::ffff:a.b.c.d keep an IPv4 tail.
char* put_ipv6(char* at, const unsigned char* bytes) noexcept {
  unsigned words[8];
  for (int i = 0; i < 8; ++i) words[i] = bytes[2 * i] << 8 | bytes[2 * i + 1];
  int best = -1, best_length = 0;
  for (int i = 0; i < 8;) {
    if (words[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && words[j] == 0) ++j;
    if (j - i > best_length) best = i, best_length = j - i;
    i = j;
  }
  if (best_length < 2) best = -1;
  for (int i = 0; i < 8; ++i) {
    if (best >= 0 && i >= best && i < best + best_length) {
      if (i == best) *at++ = ':';
      continue;
    }
    if (i) *at++ = ':';
    if (i == 6 && best == 0 && (best_length == 6 || (best_length == 5 && words[5] == 0xffff)))
      return put_dotted(at, bytes + 12);
    static constexpr char hex[] = "0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      unsigned d = words[i] >> shift & 0xf;
      if (d || started || shift == 0) *at++ = hex[d], started = true;
    }
  }
  if (best >= 0 && best + best_length == 8) *at++ = ':';
  return at;
}

}  // namespace

// NULL with ENOSPC when the text and its NUL do not fit in `size`.
SYSGATE_C_FUNCTION(const char*, inet_ntop,
                   (int family, const void* __restrict address, char* __restrict text,
                    socklen_t size) noexcept) {
  char buf[INET6_ADDRSTRLEN];
  char* end;
  if (family == AF_INET) {
    end = put_dotted(buf, static_cast<const unsigned char*>(address));
  } else if (family == AF_INET6) {
    end = put_ipv6(buf, static_cast<const unsigned char*>(address));
  } else {
    errno = EAFNOSUPPORT;
    return nullptr;
  }
  socklen_t length = static_cast<socklen_t>(end - buf);
  if (length >= size) {
    errno = ENOSPC;
    return nullptr;
  }
  for (socklen_t i = 0; i < length; ++i) text[i] = buf[i];
  text[length] = '\0';
  return text;
}

}  // namespace sysgate::c

#include <arpa/inet.h>
#include <errno.h>

#include "src/arpa_inet/dotted.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

// Exactly four decimal parts of 0..255, no leading zeros, up to `end`.
bool parse4(const char* text, const char* end, unsigned char* out) noexcept {
  int parts = 0;
  unsigned value = 0;
  bool in_part = false;
  for (; text < end; ++text) {
    char c = *text;
    if (dotted::is_digit(c)) {
      if (in_part && value == 0) return false;  // a leading zero
      value = value * 10 + static_cast<unsigned>(c - '0');
      if (value > 255) return false;
      if (!in_part && ++parts > 4) return false;
      in_part = true;
      out[parts - 1] = static_cast<unsigned char>(value);
    } else if (c == '.' && in_part && parts < 4) {
      in_part = false;
      value = 0;
    } else {
      return false;
    }
  }
  return parts == 4 && in_part;
}

// Eight groups of up to four hex digits; one "::" stands for one or more zero groups;
// the last 32 bits may be dotted IPv4.
bool parse6(const char* text, const char* end, unsigned char* out) noexcept {
  unsigned char bytes[16] = {};
  int at = 0, gap = -1, digits = 0;
  unsigned value = 0;
  if (text == end) return false;
  if (*text == ':' && (++text == end || *text != ':')) return false;
  const char* group = text;
  while (text < end) {
    char c = *text++;
    int d = dotted::hex_value(c);
    if (d >= 0) {
      if (digits == 4) return false;
      value = value << 4 | static_cast<unsigned>(d);
      ++digits;
    } else if (c == ':') {
      group = text;
      if (digits == 0) {
        if (gap >= 0) return false;
        gap = at;
        continue;
      }
      if (text == end || at + 2 > 16) return false;
      bytes[at++] = static_cast<unsigned char>(value >> 8);
      bytes[at++] = static_cast<unsigned char>(value);
      digits = 0;
      value = 0;
    } else if (c == '.' && at + 4 <= 16 && parse4(group, end, bytes + at)) {
      at += 4;
      digits = 0;
      break;
    } else {
      return false;
    }
  }
  if (digits > 0) {
    if (at + 2 > 16) return false;
    bytes[at++] = static_cast<unsigned char>(value >> 8);
    bytes[at++] = static_cast<unsigned char>(value);
  }
  if (gap >= 0) {
    if (at == 16) return false;  // "::" must stand for at least one group
    int tail = at - gap;
    for (int i = 1; i <= tail; ++i) {
      bytes[16 - i] = bytes[at - i];
      bytes[at - i] = 0;
    }
    at = 16;
  }
  if (at != 16) return false;
  for (int i = 0; i < 16; ++i) out[i] = bytes[i];
  return true;
}

}  // namespace

SYSGATE_C_FUNCTION(int, inet_pton,
                   (int family, const char* __restrict text, void* __restrict address) noexcept) {
  const char* end = text + __builtin_strlen(text);
  auto* out = static_cast<unsigned char*>(address);
  if (family == AF_INET) {
    unsigned char bytes[4];
    if (!parse4(text, end, bytes)) return 0;
    for (int i = 0; i < 4; ++i) out[i] = bytes[i];
    return 1;
  }
  if (family == AF_INET6) return parse6(text, end, out) ? 1 : 0;
  errno = EAFNOSUPPORT;
  return -1;
}

}  // namespace sysgate::c

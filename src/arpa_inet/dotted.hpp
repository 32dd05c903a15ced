// The classic IPv4 text of inet_aton and inet_addr (and inet_network's variant):
// one to four parts split by '.', each decimal, 0x hex or 0 octal; the last part fills
// all the bytes the others leave.
#pragma once
#include <arpa/inet.h>
#include <stdint.h>

namespace sysgate::c::dotted {

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_space(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

inline int hex_value(char c) noexcept {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One part as strtoul(text, &end, 0) reads it after a digit: false when it overflows
// 32 bits (glibc's strtoul answers ERANGE on i386; on x86_64 the value is over every
// part's limit anyway).
inline bool number(const char*& text, uint32_t* value) noexcept {
  unsigned base = 10;
  if (text[0] == '0') {
    base = 8;
    if ((text[1] == 'x' || text[1] == 'X') && hex_value(text[2]) >= 0) {
      base = 16;
      text += 2;
    }
  }
  uint64_t v = 0;
  bool overflow = false;
  for (;; ++text) {
    int d = hex_value(*text);
    if (d < 0 || static_cast<unsigned>(d) >= base) break;
    v = v * base + static_cast<unsigned>(d);
    if (v > 0xffffffffu) overflow = true, v = 0x100000000u;
  }
  *value = static_cast<uint32_t>(v);
  return !overflow;
}

// inet_aton's parse: the address in network order, and where the text stopped (at
// the NUL, or at a white-space character after which anything may follow).
inline bool parse(const char* text, in_addr_t* address, const char** end) noexcept {
  static constexpr uint32_t last_max[] = {0xffffffffu, 0xffffffu, 0xffffu, 0xffu};
  uint32_t parts = 0, value = 0;
  int count = 0;
  for (;;) {
    if (!is_digit(*text) || !number(text, &value)) return false;
    if (*text != '.') break;
    if (count == 3 || value > 0xff) return false;
    parts |= value << (24 - 8 * count++);
    ++text;
  }
  if (*text != '\0' && !is_space(*text)) return false;
  if (value > last_max[count]) return false;
  *address = __builtin_bswap32(parts | value);
  *end = text;
  return true;
}

}  // namespace sysgate::c::dotted

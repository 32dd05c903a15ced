// The strtol family's one parser (strtol ... strtoumax, wcstoimax), for char and
// wchar_t, with glibc's behaviour in the C locale: leading white space, a sign, a
// "0x" prefix for base 0 and 16 only when a hex digit follows it, ERANGE with the
// type's limit on overflow, and an unsigned result negated for a leading '-'.
#pragma once
#include <errno.h>
#include <stdint.h>

namespace sysgate::internal {

template <class Char>
constexpr bool is_c_space(Char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The value of c as a digit in any base up to 36, or 36 when it is none.
template <class Char>
constexpr unsigned digit_value(Char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A' + 10);
  return 36;
}

// T is the result type: signed or unsigned, up to 64 bits.
template <class T, class Char>
T parse_integer(const Char* s, Char** end, int base) noexcept {
  if (base < 0 || base == 1 || base > 36) {
    errno = EINVAL;  // as glibc: *end is left alone
    return 0;
  }
  constexpr bool is_signed = static_cast<T>(-1) < static_cast<T>(0);
  constexpr uintmax_t type_max =
      sizeof(T) == sizeof(uintmax_t) ? ~uintmax_t{0} : (uintmax_t{1} << (8 * sizeof(T))) - 1;
  constexpr uintmax_t max = is_signed ? type_max >> 1 : type_max;

  const Char* p = s;
  while (is_c_space(*p)) ++p;
  bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
      digit_value(p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = *p == '0' ? 8 : 10;
  }

  // A negative signed result may reach one past max.
  const uintmax_t limit = is_signed && negative ? max + 1 : max;
  uintmax_t magnitude = 0;
  bool overflow = false;
  const Char* digits = p;
  for (unsigned d; (d = digit_value(*p)) < static_cast<unsigned>(base); ++p) {
    if (magnitude > (limit - d) / static_cast<unsigned>(base))
      overflow = true;
    else
      magnitude = magnitude * static_cast<unsigned>(base) + d;
  }
  if (end) *end = const_cast<Char*>(p == digits ? s : p);
  if (overflow) {
    errno = ERANGE;
    if (!is_signed) return static_cast<T>(max);
    return negative ? static_cast<T>(-static_cast<T>(max) - 1) : static_cast<T>(max);
  }
  return negative ? static_cast<T>(-magnitude) : static_cast<T>(magnitude);
}

}  // namespace sysgate::internal

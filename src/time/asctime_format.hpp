// glibc's asctime layout, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", written without printf.
#pragma once
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <time.h>

namespace sysgate::civil {

inline constexpr char day_abbrev[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr char month_abbrev[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Appends v as printf's %<width>.<precision>d would; returns the new end.
inline char* put_int(char* p, long long v, int width, int precision) {
  char digits[24];
  int n = 0;
  unsigned long long u =
      v < 0 ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  do digits[n++] = static_cast<char>('0' + u % 10);
  while (u /= 10);
  int zeros = precision > n ? precision - n : 0;
  int len = n + zeros + (v < 0);
  for (; len < width; ++len) *p++ = ' ';
  if (v < 0) *p++ = '-';
  while (zeros--) *p++ = '0';
  while (n) *p++ = digits[--n];
  return p;
}

// Writes into buf (size bytes); null with errno EOVERFLOW when it does not fit, EINVAL
// for a null tm.
inline char* asctime_into(const tm* tp, char* buf, size_t size) {
  if (!tp) {
    errno = EINVAL;
    return nullptr;
  }
  if (tp->tm_year > INT_MAX - 1900) {
    errno = EOVERFLOW;
    return nullptr;
  }
  char text[128];
  char* p = text;
  const char* day = tp->tm_wday < 0 || tp->tm_wday >= 7 ? "???" : day_abbrev[tp->tm_wday];
  const char* mon = tp->tm_mon < 0 || tp->tm_mon >= 12 ? "???" : month_abbrev[tp->tm_mon];
  for (int i = 0; i < 3; ++i) *p++ = day[i];
  *p++ = ' ';
  for (int i = 0; i < 3; ++i) *p++ = mon[i];
  p = put_int(p, tp->tm_mday, 3, 1);
  *p++ = ' ';
  p = put_int(p, tp->tm_hour, 0, 2);
  *p++ = ':';
  p = put_int(p, tp->tm_min, 0, 2);
  *p++ = ':';
  p = put_int(p, tp->tm_sec, 0, 2);
  *p++ = ' ';
  p = put_int(p, 1900 + tp->tm_year, 0, 1);
  *p++ = '\n';
  size_t n = static_cast<size_t>(p - text);
  if (n >= size) {
    errno = EOVERFLOW;
    return nullptr;
  }
  for (size_t i = 0; i < n; ++i) buf[i] = text[i];
  buf[n] = 0;
  return buf;
}

}  // namespace sysgate::civil

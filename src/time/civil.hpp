// Calendar arithmetic shared by the <time.h> functions: proleptic Gregorian days and
// seconds, 64-bit throughout, correct before 1970 and far past 2038.
#pragma once
#include <stdint.h>
#include <time.h>

namespace sysgate::civil {

inline constexpr long seconds_per_day = 86400;

inline constexpr bool is_leap(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// Days before each month (0-12), in common and leap years.
inline constexpr unsigned short month_yday[2][13] = {
    {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
    {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};

inline constexpr int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b < 0); }

// Days from 1970-01-01 to year-month-day (month 1-12), for any 64-bit-safe year.
inline constexpr int64_t days_from_civil(int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const int64_t era = floor_div(year, 400);
  const int64_t yoe = year - era * 400;                                          // [0, 399]
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;  // [0, 365]
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                     // [0, 146096]
  return era * 146097 + doe - 719468;
}

// glibc's __offtime: t + offset seconds as broken-down time (tm_isdst, tm_gmtoff and
// tm_zone untouched). False when the year does not fit an int (EOVERFLOW).
inline bool to_tm(int64_t t, long offset, tm* out) {
  int64_t days = floor_div(t, seconds_per_day);
  int64_t rem = t - days * seconds_per_day + offset;
  days += floor_div(rem, seconds_per_day);
  rem -= floor_div(rem, seconds_per_day) * seconds_per_day;
  // Hinnant's civil_from_days.
  const int64_t z = days + 719468;
  const int64_t era = floor_div(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t mday = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = yoe + era * 400 + (month <= 2);
  const int64_t tm_year = year - 1900;
  if (tm_year != static_cast<int>(tm_year)) return false;
  out->tm_year = static_cast<int>(tm_year);
  out->tm_mon = static_cast<int>(month - 1);
  out->tm_mday = static_cast<int>(mday);
  out->tm_yday = static_cast<int>(month_yday[is_leap(year)][month - 1] + mday - 1);
  int64_t wday = (days + 4) % 7;
  out->tm_wday = static_cast<int>(wday < 0 ? wday + 7 : wday);
  out->tm_hour = static_cast<int>(rem / 3600);
  out->tm_min = static_cast<int>(rem / 60 % 60);
  out->tm_sec = static_cast<int>(rem % 60);
  return true;
}

}  // namespace sysgate::civil

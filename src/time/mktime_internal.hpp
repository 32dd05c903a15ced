// glibc's __mktime_internal: invert a conversion (localtime_r or gmtime_r) by probing,
// with the same guesses, the same preference inside a spring-forward gap and the same
// search for a neighbouring time with the requested tm_isdst, so that mktime answers
// what glibc's does even for times that do not exist or exist twice.
#pragma once
#include <stdint.h>
#include <time.h>

#include "src/time/civil.hpp"

namespace sysgate::civil {

// Converts t (local or UTC); false on overflow.
using Convert = bool (*)(int64_t t, tm* out);

// Seconds from (year0, yday0, hour0:min0:sec0) to (year1, ...), tm_year numbering.
inline int64_t ydhms_diff(int64_t year1, int64_t yday1, int hour1, int min1, int sec1, int year0,
                          int yday0, int hour0, int min0, int sec0) {
  int64_t a4 = (year1 >> 2) + (1900 >> 2) - !(year1 & 3);
  int64_t b4 = (year0 >> 2) + (1900 >> 2) - !(year0 & 3);
  int64_t a100 = a4 / 25 - (a4 % 25 < 0);
  int64_t b100 = b4 / 25 - (b4 % 25 < 0);
  int64_t a400 = a100 >> 2;
  int64_t b400 = b100 >> 2;
  int64_t leap_days = (a4 - b4) - (a100 - b100) + (a400 - b400);
  int64_t days = 365 * (year1 - year0) + yday1 - yday0 + leap_days;
  int64_t hours = 24 * days + hour1 - hour0;
  int64_t minutes = 60 * hours + min1 - min0;
  return 60 * minutes + sec1 - sec0;
}

inline bool isdst_differ(int a, int b) { return (!a != !b) && a >= 0 && b >= 0; }

// A t too far out to convert moves to the nearest convertible one (binary search).
inline bool ranged_convert(Convert convert, int64_t* t, tm* tp) {
  if (convert(*t, tp)) return true;
  int64_t bad = *t, ok = 0;
  tm oktm;
  oktm.tm_sec = -1;
  for (;;) {
    int64_t mid = (ok >> 1) + (bad >> 1) + ((ok | bad) & 1);
    if (mid == ok || mid == bad) break;
    if (convert(mid, tp)) {
      ok = mid;
      oktm = *tp;
    } else {
      bad = mid;
    }
  }
  if (oktm.tm_sec < 0) return false;
  *t = ok;
  *tp = oktm;
  return true;
}

// False (EOVERFLOW) when no time matches; else *tp normalised and *out the time.
// `offset` is the caller's remembered guess (glibc keeps one per function).
inline bool mktime_internal(tm* tp, Convert convert, int* offset, int64_t* out) {
  tm tm;
  int remaining_probes = 6;
  int sec = tp->tm_sec, min = tp->tm_min, hour = tp->tm_hour, mday = tp->tm_mday;
  int mon = tp->tm_mon, isdst = tp->tm_isdst;
  int dst2 = 0;
  int mon_remainder = mon % 12;
  int negative_mon_remainder = mon_remainder < 0;
  int mon_years = mon / 12 - negative_mon_remainder;
  int64_t year = static_cast<int64_t>(tp->tm_year) + mon_years;
  int mon_yday = month_yday[is_leap(year + 1900)][mon_remainder + 12 * negative_mon_remainder] - 1;
  int64_t yday = mon_yday + static_cast<int64_t>(mday);
  int off = *offset;
  int sec_requested = sec;
  if (sec < 0) sec = 0;
  if (sec > 59) sec = 59;
  int negative_offset_guess = static_cast<int>(0u - static_cast<unsigned>(off));
  int64_t t0 = ydhms_diff(year, yday, hour, min, sec, 70, 0, 0, 0, negative_offset_guess);
  int64_t t = t0, t1 = t0, t2 = t0;
  for (;;) {
    if (!ranged_convert(convert, &t, &tm)) return false;
    int64_t dt = ydhms_diff(year, yday, hour, min, sec, tm.tm_year, tm.tm_yday, tm.tm_hour,
                            tm.tm_min, tm.tm_sec);
    if (dt == 0) break;
    if (t == t1 && t != t2 &&
        (tm.tm_isdst < 0 ||
         (isdst < 0 ? dst2 <= (tm.tm_isdst != 0) : (isdst != 0) != (tm.tm_isdst != 0))))
      goto offset_found;
    if (--remaining_probes == 0) return false;
    t1 = t2;
    t2 = t;
    t += dt;
    dst2 = tm.tm_isdst != 0;
  }
  if (isdst_differ(isdst, tm.tm_isdst)) {
    // Look for a neighbouring time with the requested tm_isdst, and use its offset.
    const int stride = 601200;
    const int delta_bound = 536454000 / 2 + stride;
    for (int delta = stride; delta < delta_bound; delta += stride)
      for (int direction = -1; direction <= 1; direction += 2) {
        int64_t ot = t + static_cast<int64_t>(delta) * direction;
        struct tm otm;
        if (!ranged_convert(convert, &ot, &otm)) return false;
        if (!isdst_differ(isdst, otm.tm_isdst)) {
          int64_t gt = ot + ydhms_diff(year, yday, hour, min, sec, otm.tm_year, otm.tm_yday,
                                       otm.tm_hour, otm.tm_min, otm.tm_sec);
          if (convert(gt, &tm)) {
            t = gt;
            goto offset_found;
          }
        }
      }
    // None nearby: assume DST is one hour ahead.
    int dst_difference = (isdst == 0) - (tm.tm_isdst == 0);
    t += 3600 * dst_difference;
    if (convert(t, &tm)) goto offset_found;
    return false;
  }
offset_found:
  *offset = static_cast<int>(static_cast<unsigned>(t - t0) -
                             static_cast<unsigned>(negative_offset_guess));
  if (sec_requested != tm.tm_sec) {
    int64_t adjust = (sec == 0 && tm.tm_sec == 60) - sec + static_cast<int64_t>(sec_requested);
    t += adjust;
    if (!convert(t, &tm)) return false;
  }
  *tp = tm;
  *out = t;
  return true;
}

}  // namespace sysgate::civil

#include <limits.h>
#include <string.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/asctime_format.hpp"
#include "src/time/zone.hpp"

// glibc 2.36's strftime in the C locale, conversion for conversion: the flags _ - 0 ^ #,
// a field width, the E and O modifiers (no era and no alternative digits in the C
// locale, so they change nothing where they are allowed), and an unknown conversion
// copied out as written.
namespace sysgate::c {
namespace {

constexpr const char* day_names[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                      "Thursday", "Friday", "Saturday"};
constexpr const char* month_names[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};

char to_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool is_digit(char c) { return static_cast<unsigned>(c - '0') <= 9; }

// The days from the first day of the first ISO week of the year (the week with the
// year's first Thursday) to day yday with weekday wday.
int iso_week_days(int yday, int wday) {
  const int big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
  return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1;
}

bool is_leap_tm(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// One output in progress: s (null: only count), maxsize, and i written so far.
struct Out {
  char* p;
  size_t maxsize;
  size_t i;
};

size_t format(char* s, size_t maxsize, const char* format, const tm* tp, bool* tzset_called);

size_t format(char* s, size_t maxsize, const char* f, const tm* tp, bool* tzset_called) {
  int hour12 = tp->tm_hour;
  const char* zone = tp->tm_zone;
  if (hour12 > 12)
    hour12 -= 12;
  else if (hour12 == 0)
    hour12 = 12;
  size_t i = 0;
  char* p = s;

  // glibc's add(): n bytes, right-aligned in width (zeros under the '0' flag).
  int width, pad, to_lowcase, to_uppcase;
  auto room = [&](int n) {
    int delta = width - n;
    int incr = n + (delta > 0 ? delta : 0);
    if (static_cast<size_t>(incr) >= maxsize - i) return -1;
    if (p && delta > 0) {
      memset(p, pad == '0' ? '0' : ' ', static_cast<size_t>(delta));
      p += delta;
    }
    i += static_cast<size_t>(incr);
    return 0;
  };
  auto cpy = [&](size_t n, const char* text) {
    if (room(static_cast<int>(n)) < 0) return false;
    if (p) {
      for (size_t k = 0; k < n; ++k)
        p[k] = to_lowcase ? to_lower(text[k]) : to_uppcase ? to_upper(text[k]) : text[k];
      p += n;
    }
    return true;
  };

  for (; *f; ++f) {
    pad = 0;
    width = -1;
    to_lowcase = to_uppcase = 0;
    int change_case = 0, modifier = 0, digits = 0;
    int number_value = 0;
    bool negative = false;
    char buf[32];
    char* bufp;
    const char* subfmt;

    if (*f != '%') {
      if (room(1) < 0) return 0;
      if (p) *p++ = *f;
      continue;
    }
    for (;;) {
      char c = *++f;
      if (c == '_' || c == '-' || c == '0')
        pad = c;
      else if (c == '^')
        to_uppcase = 1;
      else if (c == '#')
        change_case = 1;
      else
        break;
    }
    if (is_digit(*f)) {
      width = 0;
      do {
        if (width > INT_MAX / 10 || (width == INT_MAX / 10 && *f - '0' > INT_MAX % 10))
          width = INT_MAX;
        else
          width = width * 10 + (*f - '0');
        ++f;
      } while (is_digit(*f));
    }
    if (*f == 'E' || *f == 'O') modifier = *f++;

    switch (*f) {
#define DO_NUMBER(d, v)                 \
  do {                                  \
    digits = (d) > width ? (d) : width; \
    number_value = (v);                 \
    goto do_number;                     \
  } while (0)
#define DO_NUMBER_SPACEPAD(d, v)        \
  do {                                  \
    digits = (d) > width ? (d) : width; \
    number_value = (v);                 \
    goto do_number_spacepad;            \
  } while (0)
      case '%':
        if (modifier != 0) goto bad_format;
        if (!cpy(1, "%")) return 0;
        break;
      case 'a':
      case 'A': {
        if (modifier != 0) goto bad_format;
        if (change_case) to_uppcase = 1, to_lowcase = 0;
        bool bad = tp->tm_wday < 0 || tp->tm_wday > 6;
        const char* name = bad         ? "?"
                           : *f == 'a' ? civil::day_abbrev[tp->tm_wday]
                                       : day_names[tp->tm_wday];
        if (!cpy(strlen(name), name)) return 0;
        break;
      }
      case 'b':
      case 'h':
      case 'B': {
        if (*f != 'B' && change_case) to_uppcase = 1, to_lowcase = 0;
        if (modifier == 'E') goto bad_format;
        if (*f == 'B' && change_case) to_uppcase = 1, to_lowcase = 0;
        bool bad = tp->tm_mon < 0 || tp->tm_mon > 11;
        const char* name = bad         ? "?"
                           : *f == 'B' ? month_names[tp->tm_mon]
                                       : civil::month_abbrev[tp->tm_mon];
        if (!cpy(strlen(name), name)) return 0;
        break;
      }
      case 'c':
        if (modifier == 'O') goto bad_format;
        subfmt = "%a %b %e %H:%M:%S %Y";
        goto subformat;
      subformat : {
        char* old_start = p;
        size_t len = format(nullptr, static_cast<size_t>(-1), subfmt, tp, tzset_called);
        if (room(static_cast<int>(len)) < 0) return 0;
        if (p) {
          format(p, maxsize - (i - len), subfmt, tp, tzset_called);
          p += len;
        }
        if (to_uppcase && old_start)
          for (; old_start < p; ++old_start) *old_start = to_upper(*old_start);
        break;
      }
      case 'C': {
        int year = static_cast<int>(static_cast<unsigned>(tp->tm_year) + 1900u);
        DO_NUMBER(1, year / 100 - (year % 100 < 0));
      }
      case 'x':
        if (modifier == 'O') goto bad_format;
        subfmt = "%m/%d/%y";
        goto subformat;
      case 'D':
        if (modifier != 0) goto bad_format;
        subfmt = "%m/%d/%y";
        goto subformat;
      case 'd':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, tp->tm_mday);
      case 'e':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER_SPACEPAD(2, tp->tm_mday);
      do_number_spacepad:
        if (pad != '0' && pad != '-') pad = '_';
      do_number : {
        unsigned u = static_cast<unsigned>(number_value);
        bufp = buf + sizeof buf;
        negative = number_value < 0;
        if (negative) u = 0u - u;
        do *--bufp = static_cast<char>('0' + u % 10);
        while ((u /= 10) != 0);
      }
      do_number_sign_and_padding:
        if (negative) *--bufp = '-';
        if (pad != '-') {
          int padding = digits - static_cast<int>(buf + sizeof buf - bufp);
          if (padding > 0) {
            if (pad == '_') {
              if (static_cast<size_t>(padding) >= maxsize - i) return 0;
              if (p) {
                memset(p, ' ', static_cast<size_t>(padding));
                p += padding;
              }
              i += static_cast<size_t>(padding);
              width = width > padding ? width - padding : 0;
            } else {
              if (static_cast<size_t>(digits) >= maxsize - i) return 0;
              if (negative) {
                ++bufp;
                if (p) *p++ = '-';
                ++i;
              }
              if (p) {
                memset(p, '0', static_cast<size_t>(padding));
                p += padding;
              }
              i += static_cast<size_t>(padding);
              width = 0;
            }
          }
        }
        if (!cpy(static_cast<size_t>(buf + sizeof buf - bufp), bufp)) return 0;
        break;
      case 'F':
        if (modifier != 0) goto bad_format;
        subfmt = "%Y-%m-%d";
        goto subformat;
      case 'H':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, tp->tm_hour);
      case 'I':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, hour12);
      case 'k':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER_SPACEPAD(2, tp->tm_hour);
      case 'l':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER_SPACEPAD(2, hour12);
      case 'j':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(3, 1 + tp->tm_yday);
      case 'M':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, tp->tm_min);
      case 'm':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, tp->tm_mon + 1);
      case 'n':
        if (!cpy(1, "\n")) return 0;
        break;
      case 'P':
      case 'p':
        if (*f == 'P') to_lowcase = 1;
        if (change_case) to_uppcase = 0, to_lowcase = 1;
        if (!cpy(2, tp->tm_hour > 11 ? "PM" : "AM")) return 0;
        break;
      case 'R':
        subfmt = "%H:%M";
        goto subformat;
      case 'r':
        subfmt = "%I:%M:%S %p";
        goto subformat;
      case 'S':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, tp->tm_sec);
      case 's': {
        tm ltm = *tp;
        time_t t = ::mktime(&ltm);
        bufp = buf + sizeof buf;
        negative = t < 0;
        do {
          int d = static_cast<int>(t % 10);
          t /= 10;
          *--bufp = static_cast<char>('0' + (negative ? -d : d));
        } while (t != 0);
        digits = 1;
        goto do_number_sign_and_padding;
      }
      case 'X':
        if (modifier == 'O') goto bad_format;
        subfmt = "%H:%M:%S";
        goto subformat;
      case 'T':
        subfmt = "%H:%M:%S";
        goto subformat;
      case 't':
        if (!cpy(1, "\t")) return 0;
        break;
      case 'u':
        DO_NUMBER(1, (tp->tm_wday - 1 + 7) % 7 + 1);
      case 'U':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, (tp->tm_yday - tp->tm_wday + 7) / 7);
      case 'V':
      case 'g':
      case 'G': {
        if (modifier == 'E') goto bad_format;
        int year = static_cast<int>(static_cast<unsigned>(tp->tm_year) + 1900u);
        int days = iso_week_days(tp->tm_yday, tp->tm_wday);
        if (days < 0) {
          --year;
          days = iso_week_days(tp->tm_yday + (365 + is_leap_tm(year)), tp->tm_wday);
        } else {
          int d = iso_week_days(tp->tm_yday - (365 + is_leap_tm(year)), tp->tm_wday);
          if (d >= 0) {
            ++year;
            days = d;
          }
        }
        if (*f == 'g') DO_NUMBER(2, (year % 100 + 100) % 100);
        if (*f == 'G') DO_NUMBER(1, year);
        DO_NUMBER(2, days / 7 + 1);
      }
      case 'W':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(2, (tp->tm_yday - (tp->tm_wday - 1 + 7) % 7 + 7) / 7);
      case 'w':
        if (modifier == 'E') goto bad_format;
        DO_NUMBER(1, tp->tm_wday);
      case 'Y':
        if (modifier == 'O') goto bad_format;
        DO_NUMBER(1, static_cast<int>(static_cast<unsigned>(tp->tm_year) + 1900u));
      case 'y':
        DO_NUMBER(2, (tp->tm_year % 100 + 100) % 100);
      case 'Z':
        if (change_case) to_uppcase = 0, to_lowcase = 1;
        if (!(zone && *zone) && tp->tm_isdst >= 0) {
          if (!*tzset_called) {
            zone::tzset();
            *tzset_called = true;
          }
          zone = tp->tm_isdst <= 1 ? tzname[tp->tm_isdst] : "?";
        }
        if (!zone) zone = "";
        if (!cpy(strlen(zone), zone)) return 0;
        break;
      case 'z': {
        if (tp->tm_isdst < 0) break;
        int diff = static_cast<int>(tp->tm_gmtoff);
        if (!cpy(1, diff < 0 ? "-" : "+")) return 0;
        if (diff < 0) diff = -diff;
        diff /= 60;
        DO_NUMBER(4, (diff / 60) * 100 + diff % 60);
      }
      case '\0':
        --f;
        [[fallthrough]];
      default:
      bad_format : {
        int flen = 1;
        while (f[1 - flen] != '%') ++flen;
        if (!cpy(static_cast<size_t>(flen), &f[1 - flen])) return 0;
        break;
      }
#undef DO_NUMBER
#undef DO_NUMBER_SPACEPAD
    }
  }
  if (p && maxsize != 0) *p = 0;
  return i;
}

}  // namespace

SYSGATE_C_FUNCTION(size_t, strftime,
                   (char* s, size_t max, const char* fmt, const tm* tp) noexcept) {
  bool tzset_called = false;
  return format(s, max, fmt, tp, &tzset_called);
}

}  // namespace sysgate::c

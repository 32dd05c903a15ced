#include <string.h>
#include <strings.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/asctime_format.hpp"
#include "src/time/civil.hpp"

// glibc 2.36's strptime in the C locale: the same conversions, the same number widths
// and ranges, names matched case-blind and longest first, %y's 69-99 century, %z's four
// forms, and the same fields derived at the end (weekday, day of year, and the date
// from %U/%W with a weekday).
namespace sysgate::c {
namespace {

constexpr const char* day_names[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                      "Thursday", "Friday", "Saturday"};
constexpr const char* month_names[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};

struct State {
  bool have_I, is_pm;
  int century;
  bool want_century, want_xday;
  bool have_wday, have_yday, have_mon, have_mday, have_uweek, have_wweek;
  int week_no;
};

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Case-blind prefix match of name at *rp; advances *rp past it.
bool match_string(const char* name, const char** rp) {
  size_t len = strlen(name);
  if (strncasecmp(name, *rp, len) != 0) return false;
  *rp += len;
  return true;
}

// The longest of full and abbreviated names matching at rp, or -1.
int match_name(const char* const* full, const char (*abbrev)[4], int count, const char** rp) {
  const char* longest = nullptr;
  int which = -1;
  for (int k = 0; k < count; ++k) {
    const char* trp = *rp;
    if (match_string(full[k], &trp) && trp > longest) longest = trp, which = k;
    trp = *rp;
    if (match_string(abbrev[k], &trp) && trp > longest) longest = trp, which = k;
  }
  if (which >= 0) *rp = longest;
  return which;
}

// glibc's get_number: spaces, then up to n digits while the value can still grow
// within `to`; false when none or out of [from, to].
bool get_number(const char** rp, int from, int to, int n, int* val) {
  const char* p = *rp;
  while (is_space(*p)) ++p;
  if (!is_digit(*p)) return false;
  int v = 0;
  do v = v * 10 + (*p++ - '0');
  while (--n > 0 && v * 10 <= to && is_digit(*p));
  if (v < from || v > to) return false;
  *val = v;
  *rp = p;
  return true;
}

void day_of_the_week(tm* tm) {
  int corr_year = 1900 + tm->tm_year - (tm->tm_mon < 2);
  int wday = (-473 + (365 * (tm->tm_year - 70)) + (corr_year / 4) - ((corr_year / 4) / 25) +
              ((corr_year / 4) % 25 < 0) + (((corr_year / 4) / 25) / 4) +
              civil::month_yday[0][tm->tm_mon] + tm->tm_mday - 1);
  tm->tm_wday = ((wday % 7) + 7) % 7;
}

void day_of_the_year(tm* tm) {
  tm->tm_yday =
      civil::month_yday[civil::is_leap(1900 + tm->tm_year)][tm->tm_mon] + (tm->tm_mday - 1);
}

// Month and day from tm_yday, for whichever of them was not given.
void month_and_day_from_yday(tm* tm, const State& s) {
  const unsigned short* yday = civil::month_yday[civil::is_leap(1900 + tm->tm_year)];
  int t_mon = 0;
  while (t_mon < 13 && yday[t_mon] <= tm->tm_yday) ++t_mon;
  if (!s.have_mon) tm->tm_mon = t_mon - 1;
  if (!s.have_mday) tm->tm_mday = tm->tm_yday - yday[t_mon - 1] + 1;
}

const char* parse(const char* rp, const char* fmt, tm* tm, State* s);

bool recursive(const char** rp, const char* fmt, tm* tm, State* s) {
  const char* r = parse(*rp, fmt, tm, s);
  if (!r) return false;
  *rp = r;
  return true;
}

const char* parse(const char* rp, const char* fmt, tm* tm, State* s) {
  int val;
  while (*fmt) {
    if (is_space(*fmt)) {
      while (is_space(*rp)) ++rp;
      ++fmt;
      continue;
    }
    if (*fmt != '%') {
      if (*fmt++ != *rp++) return nullptr;
      continue;
    }
    ++fmt;
    // strftime's flags and widths mean nothing here.
    while (*fmt == '-' || *fmt == '_' || *fmt == '0' || *fmt == '^' || *fmt == '#') ++fmt;
    while (is_digit(*fmt)) ++fmt;
  start_over:
    switch (*fmt++) {
      case '%':
        if (*rp++ != '%') return nullptr;
        break;
      case 'a':
      case 'A': {
        int k = match_name(day_names, civil::day_abbrev, 7, &rp);
        if (k < 0) return nullptr;
        tm->tm_wday = k;
        s->have_wday = true;
        break;
      }
      case 'b':
      case 'B':
      case 'h': {
        int k = match_name(month_names, civil::month_abbrev, 12, &rp);
        if (k < 0) return nullptr;
        tm->tm_mon = k;
        s->have_mon = true;
        s->want_xday = true;
        break;
      }
      case 'c':
        if (!recursive(&rp, "%a %b %e %H:%M:%S %Y", tm, s)) return nullptr;
        s->want_xday = true;
        break;
      case 'C':
        if (!get_number(&rp, 0, 99, 2, &val)) return nullptr;
        s->century = val;
        s->want_xday = true;
        break;
      case 'd':
      case 'e':
        if (!get_number(&rp, 1, 31, 2, &val)) return nullptr;
        tm->tm_mday = val;
        s->have_mday = true;
        s->want_xday = true;
        break;
      case 'F':
        if (!recursive(&rp, "%Y-%m-%d", tm, s)) return nullptr;
        s->want_xday = true;
        break;
      case 'x':
      case 'D':
        if (!recursive(&rp, "%m/%d/%y", tm, s)) return nullptr;
        s->want_xday = true;
        break;
      case 'k':
      case 'H':
        if (!get_number(&rp, 0, 23, 2, &val)) return nullptr;
        tm->tm_hour = val;
        s->have_I = false;
        break;
      case 'l':
      case 'I':
        if (!get_number(&rp, 1, 12, 2, &val)) return nullptr;
        tm->tm_hour = val % 12;
        s->have_I = true;
        break;
      case 'j':
        if (!get_number(&rp, 1, 366, 3, &val)) return nullptr;
        tm->tm_yday = val - 1;
        s->have_yday = true;
        break;
      case 'm':
        if (!get_number(&rp, 1, 12, 2, &val)) return nullptr;
        tm->tm_mon = val - 1;
        s->have_mon = true;
        s->want_xday = true;
        break;
      case 'M':
        if (!get_number(&rp, 0, 59, 2, &val)) return nullptr;
        tm->tm_min = val;
        break;
      case 'n':
      case 't':
        while (is_space(*rp)) ++rp;
        break;
      case 'p':
        if (match_string("AM", &rp))
          s->is_pm = false;
        else if (match_string("PM", &rp))
          s->is_pm = true;
        else
          return nullptr;
        break;
      case 'r':
        if (!recursive(&rp, "%I:%M:%S %p", tm, s)) return nullptr;
        break;
      case 'R':
        if (!recursive(&rp, "%H:%M", tm, s)) return nullptr;
        break;
      case 's': {
        if (!is_digit(*rp)) return nullptr;
        unsigned long long secs = 0;  // wraps as glibc's time_t does, without the UB
        do secs = secs * 10 + static_cast<unsigned>(*rp++ - '0');
        while (is_digit(*rp));
        time_t t = static_cast<time_t>(secs);
        if (!::localtime_r(&t, tm)) return nullptr;
        break;
      }
      case 'S':
        if (!get_number(&rp, 0, 61, 2, &val)) return nullptr;
        tm->tm_sec = val;
        break;
      case 'X':
      case 'T':
        if (!recursive(&rp, "%H:%M:%S", tm, s)) return nullptr;
        break;
      case 'u':
        if (!get_number(&rp, 1, 7, 1, &val)) return nullptr;
        tm->tm_wday = val % 7;
        s->have_wday = true;
        break;
      case 'g':
        if (!get_number(&rp, 0, 99, 2, &val)) return nullptr;
        break;
      case 'G':
        if (!is_digit(*rp)) return nullptr;
        do ++rp;
        while (is_digit(*rp));
        break;
      case 'U':
      case 'W':
        if (!get_number(&rp, 0, 53, 2, &val)) return nullptr;
        s->week_no = val;
        s->have_uweek = fmt[-1] == 'U';
        s->have_wweek = fmt[-1] == 'W';
        break;
      case 'V':
        if (!get_number(&rp, 0, 53, 2, &val)) return nullptr;
        break;
      case 'w':
        if (!get_number(&rp, 0, 6, 1, &val)) return nullptr;
        tm->tm_wday = val;
        s->have_wday = true;
        break;
      case 'y':
        if (!get_number(&rp, 0, 99, 2, &val)) return nullptr;
        // 69-99 are the twentieth century, 00-68 the twenty-first.
        tm->tm_year = val >= 69 ? val : val + 100;
        s->want_century = true;
        s->want_xday = true;
        break;
      case 'Y':
        if (!get_number(&rp, 0, 9999, 4, &val)) return nullptr;
        tm->tm_year = val - 1900;
        s->want_century = false;
        s->want_xday = true;
        break;
      case 'Z':
        while (is_space(*rp)) ++rp;
        while (!is_space(*rp) && *rp) ++rp;
        break;
      case 'z': {
        while (is_space(*rp)) ++rp;
        if (*rp == 'Z') {
          ++rp;
          tm->tm_gmtoff = 0;
          break;
        }
        if (*rp != '+' && *rp != '-') return nullptr;
        bool negative = *rp++ == '-';
        int n = 0;
        val = 0;
        while (n < 4 && is_digit(*rp)) {
          val = val * 10 + (*rp++ - '0');
          ++n;
          if (*rp == ':' && n == 2 && is_digit(rp[1])) ++rp;
        }
        if (n == 2)
          val *= 100;
        else if (n != 4 || val % 100 >= 60)
          return nullptr;
        tm->tm_gmtoff = (val / 100) * 3600 + (val % 100) * 60;
        if (negative) tm->tm_gmtoff = -tm->tm_gmtoff;
        break;
      }
      case 'E':
        // No eras in the C locale: the plain conversion, except that glibc's %Ey reads
        // its number and then fails for want of an era.
        if (*fmt == 'y') {
          if (get_number(&rp, 0, 9999, 4, &val)) tm->tm_year = val;
          return nullptr;
        }
        if (*fmt != 'c' && *fmt != 'C' && *fmt != 'Y' && *fmt != 'x' && *fmt != 'X') return nullptr;
        goto start_over;
      case 'O':
        // No alternative digits in the C locale: the plain conversion.
        switch (*fmt) {
          case 'b':
          case 'B':
          case 'h':
          case 'd':
          case 'e':
          case 'H':
          case 'I':
          case 'm':
          case 'M':
          case 'S':
          case 'U':
          case 'W':
          case 'V':
          case 'w':
          case 'y':
            goto start_over;
          default:
            return nullptr;
        }
      default:
        return nullptr;
    }
  }
  return rp;
}

}  // namespace

SYSGATE_C_FUNCTION(char*, strptime, (const char* buf, const char* format, tm* tm) noexcept) {
  State s{};
  s.century = -1;
  const char* rp = parse(buf, format, tm, &s);
  if (!rp) return nullptr;
  if (s.have_I && s.is_pm) tm->tm_hour += 12;
  if (s.century != -1) {
    if (s.want_century)
      tm->tm_year = tm->tm_year % 100 + (s.century - 19) * 100;
    else
      tm->tm_year = (s.century - 19) * 100;
  }
  if (s.want_xday && !s.have_wday) {
    if (!(s.have_mon && s.have_mday) && s.have_yday) {
      month_and_day_from_yday(tm, s);
      s.have_mon = s.have_mday = true;
    }
    if (tm->tm_year >= -1900) day_of_the_week(tm);
  }
  if (s.want_xday && !s.have_yday) day_of_the_year(tm);
  if ((s.have_uweek || s.have_wweek) && s.have_wday) {
    int save_wday = tm->tm_wday, save_mday = tm->tm_mday, save_mon = tm->tm_mon;
    int w_offset = s.have_uweek ? 0 : 1;
    tm->tm_mday = 1;
    tm->tm_mon = 0;
    day_of_the_week(tm);
    if (s.have_mday) tm->tm_mday = save_mday;
    if (s.have_mon) tm->tm_mon = save_mon;
    if (!s.have_yday)
      tm->tm_yday = ((7 - (tm->tm_wday - w_offset)) % 7 + (s.week_no - 1) * 7 +
                     (save_wday - w_offset + 7) % 7);
    if (!s.have_mday || !s.have_mon) month_and_day_from_yday(tm, s);
    tm->tm_wday = save_wday;
  }
  return const_cast<char*>(rp);
}

}  // namespace sysgate::c

#include "src/time/zone.hpp"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/lock.hpp"
#include "src/time/civil.hpp"

// The variables <time.h> declares, with glibc's initial values.
char* tzname[2] = {const_cast<char*>("GMT"), const_cast<char*>("GMT")};
long timezone = 0;
int daylight = 0;

namespace sysgate::zone {
namespace {

internal::Lock zone_lock;  // guards everything below

// Zone names live forever (a struct tm's tm_zone may point at one), once each.
struct Name {
  Name* next;
  char text[];
};
Name* names;

const char* intern(const char* s, size_t len) {
  for (Name* n = names; n; n = n->next)
    if (strncmp(n->text, s, len) == 0 && n->text[len] == 0) return n->text;
  Name* n = static_cast<Name*>(malloc(sizeof(Name) + len + 1));
  if (!n) return nullptr;
  memcpy(n->text, s, len);
  n->text[len] = 0;
  n->next = names;
  names = n;
  return n->text;
}

// A POSIX TZ rule half: when standard (0) or daylight (1) time starts.
struct Rule {
  const char* name;
  long offset;  // seconds east of UTC
  enum Type { J0, J1, M } type;
  unsigned short m, n, d;  // month, week, weekday (M); day (J0, J1)
  long secs;               // time of day of the change, local
  int64_t change;          // the change in the year computed_for, UTC
  int computed_for;
};

Rule rules[2];
bool initialized;
char* old_tz;  // the TZ last read, as given (after a leading ':')

// The TZif file in use, if any: one allocation.
struct TimeType {
  long offset;
  unsigned char isdst;
  unsigned char idx;    // into zone_names
  unsigned char isstd;  // its transitions are given in standard time
  unsigned char isut;   // its transitions are given in UTC
};
// A leap-second record (right/ zones): from `transition` on, `change` seconds of
// correction.
struct Leap {
  int64_t transition;
  long change;
};
bool use_file;
void* file_memory;
size_t num_transitions;
int64_t* transitions;
unsigned char* type_idxs;
size_t num_types;
TimeType* types;
char* zone_names;
size_t num_leaps;
Leap* leaps;
const char* tzspec;  // the footer rule, or null
dev_t file_dev;      // the file's identity when it was read
ino_t file_ino;
time_t file_mtime;
long rule_stdoff, rule_dstoff;

void set_names(const char* n0, const char* n1) {
  tzname[0] = const_cast<char*>(n0);
  tzname[1] = const_cast<char*>(n1);
}

void update_vars() {
  daylight = rules[0].offset != rules[1].offset;
  timezone = -rules[0].offset;
  set_names(rules[0].name, rules[1].name);
}

bool is_digit(char c) { return static_cast<unsigned>(c - '0') <= 9; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// sscanf's "%hu": spaces, a sign, digits; false when no digit. `end` after the digits.
bool scan_hu(const char* s, unsigned short* value, const char** end) {
  while (is_space(*s)) ++s;
  bool negative = *s == '-';
  if (*s == '+' || *s == '-') ++s;
  if (!is_digit(*s)) return false;
  unsigned long v = 0;
  bool overflow = false;
  for (; is_digit(*s); ++s) {
    unsigned long next = v * 10 + static_cast<unsigned long>(*s - '0');
    if (next / 10 != v) overflow = true;
    v = next;
  }
  if (overflow) v = ~0UL;
  if (negative) v = -v;
  *value = static_cast<unsigned short>(v);
  *end = s;
  return true;
}

// sscanf(s, "%hu%n:%hu%n:%hu%n", ...): the conversions made, `consumed` after the last.
int scan_hms(const char* s, unsigned short* hh, unsigned short* mm, unsigned short* ss,
             int* consumed) {
  // glibc's sscanf at the end of its input (spaces at most) sets errno to 0, which
  // its mktime's caller sees when TZ is read again (with posixrules, each time).
  const char* rest = s;
  while (is_space(*rest)) ++rest;
  if (*rest == 0) errno = 0;
  const char* end;
  unsigned short* slots[3] = {hh, mm, ss};
  int count = 0;
  const char* p = s;
  for (int k = 0; k < 3; ++k) {
    if (k > 0) {
      if (*p != ':') break;
      ++p;
    }
    if (!scan_hu(p, slots[k], &end)) break;
    p = end;
    ++count;
    *consumed = static_cast<int>(p - s);
  }
  return count;
}

long compute_offset(unsigned ss, unsigned mm, unsigned hh) {
  return (ss < 59 ? ss : 59) + (mm < 59 ? mm : 59) * 60L + (hh < 24 ? hh : 24) * 3600L;
}

bool parse_tzname(const char** tzp, int which) {
  const char* start = *tzp;
  const char* p = start;
  while (is_alpha(*p)) ++p;
  size_t len = static_cast<size_t>(p - start);
  if (len < 3) {
    p = *tzp;
    if (*p++ != '<') return false;
    start = p;
    while (is_alpha(*p) || is_digit(*p) || *p == '+' || *p == '-') ++p;
    len = static_cast<size_t>(p - start);
    if (*p++ != '>' || len < 3) return false;
  }
  const char* name = intern(start, len);
  if (!name) return false;
  rules[which].name = name;
  *tzp = p;
  return true;
}

bool parse_offset(const char** tzp, int which) {
  const char* tz = *tzp;
  if (which == 0 && (*tz == 0 || (*tz != '+' && *tz != '-' && !is_digit(*tz)))) return false;
  long sign = -1;
  if (*tz == '+' || *tz == '-') sign = *tz++ == '-' ? 1 : -1;
  *tzp = tz;
  unsigned short hh, mm = 0, ss = 0;
  int consumed = 0;
  if (scan_hms(tz, &hh, &mm, &ss, &consumed) > 0) {
    rules[which].offset = sign * compute_offset(ss, mm, hh);
  } else if (which == 0) {
    rules[0].offset = 0;
    return false;
  } else {
    rules[1].offset = rules[0].offset + 3600;
  }
  *tzp = tz + consumed;
  return true;
}

bool parse_rule(const char** tzp, int which) {
  const char* tz = *tzp;
  Rule* r = &rules[which];
  tz += *tz == ',';
  if (*tz == 'J' || is_digit(*tz)) {
    r->type = *tz == 'J' ? Rule::J1 : Rule::J0;
    if (r->type == Rule::J1 && !is_digit(*++tz)) return false;
    unsigned long d = 0;
    const char* start = tz;
    while (is_digit(*tz)) {
      d = d * 10 + static_cast<unsigned long>(*tz - '0');
      if (d > 100000) d = 100000;
      ++tz;
    }
    if (tz == start || d > 365) return false;
    if (r->type == Rule::J1 && d == 0) return false;
    r->d = static_cast<unsigned short>(d);
  } else if (*tz == 'M') {
    r->type = Rule::M;
    const char* p = tz + 1;
    const char* end;
    unsigned short* slots[3] = {&r->m, &r->n, &r->d};
    for (int k = 0; k < 3; ++k) {
      if (k > 0) {
        if (*p != '.') return false;
        ++p;
      }
      if (!scan_hu(p, slots[k], &end)) return false;
      p = end;
    }
    if (r->m < 1 || r->m > 12 || r->n < 1 || r->n > 5 || r->d > 6) return false;
    tz = p;
  } else if (*tz == 0) {
    // The US rules (the Energy Policy Act of 2005): M3.2.0,M11.1.0.
    r->type = Rule::M;
    r->m = which == 0 ? 3 : 11;
    r->n = which == 0 ? 2 : 1;
    r->d = 0;
  } else {
    return false;
  }
  if (*tz != 0 && *tz != '/' && *tz != ',') return false;
  if (*tz == '/') {
    ++tz;
    if (*tz == 0) return false;
    bool negative = *tz == '-';
    tz += negative;
    unsigned short hh = 2, mm = 0, ss = 0;
    int consumed = 0;
    scan_hms(tz, &hh, &mm, &ss, &consumed);
    tz += consumed;
    r->secs = (negative ? -1 : 1) * (hh * 3600L + mm * 60L + ss);
  } else {
    r->secs = 2 * 3600;
  }
  r->computed_for = -1;
  *tzp = tz;
  return true;
}

bool tzfile_default(const char* std, const char* dst, long stdoff, long dstoff);

// __tzset_parse_tz. A DST zone without rules ("EST5EDT", "XYZ3ABC,") takes them from
// TZDIR/posixrules when that file is usable (with_default; true is returned and the
// file is in use), else the US rules (M3.2.0,M11.1.0).
bool parse_tz(const char* tz, bool with_default) {
  memset(rules, 0, sizeof rules);
  rules[0].name = rules[1].name = "";
  if (parse_tzname(&tz, 0) && parse_offset(&tz, 0)) {
    if (*tz != 0) {
      if (parse_tzname(&tz, 1)) {
        parse_offset(&tz, 1);
        if (with_default && (*tz == 0 || (tz[0] == ',' && tz[1] == 0)) &&
            tzfile_default(rules[0].name, rules[1].name, rules[0].offset, rules[1].offset))
          return true;
      }
      if (parse_rule(&tz, 0)) parse_rule(&tz, 1);
    } else {
      rules[1].name = rules[0].name;
      rules[1].offset = rules[0].offset;
    }
  }
  update_vars();
  return false;
}

// compute_change, with glibc's quirk: a year before 1971 counts from 1970-01-01.
void compute_change(Rule* rule, int year) {
  if (year != -1 && rule->computed_for == year) return;
  int64_t t = 0;
  if (year > 1970) {
    // glibc counts these days in an int: for far years they wrap, and so must ours.
    uint32_t y = static_cast<uint32_t>(year);
    uint32_t days = (y - 1970) * 365 + ((y - 1) / 4 - 1970 / 4) - ((y - 1) / 100 - 1970 / 100) +
                    ((y - 1) / 400 - 1970 / 400);
    t = static_cast<int64_t>(static_cast<int32_t>(days)) * civil::seconds_per_day;
  }
  const bool leap = civil::is_leap(year);
  switch (rule->type) {
    case Rule::J1:
      t += (rule->d - 1) * civil::seconds_per_day;
      if (rule->d >= 60 && leap) t += civil::seconds_per_day;
      break;
    case Rule::J0:
      t += rule->d * civil::seconds_per_day;
      break;
    case Rule::M: {
      const unsigned short* myday = &civil::month_yday[leap][rule->m];
      t += myday[-1] * civil::seconds_per_day;
      // Zeller's congruence: the weekday of the month's first day.
      int m1 = (rule->m + 9) % 12 + 1;
      int yy0 = rule->m <= 2 ? year - 1 : year;
      int yy1 = yy0 / 100;
      int yy2 = yy0 % 100;
      int dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
      if (dow < 0) dow += 7;
      int d = rule->d - dow;
      if (d < 0) d += 7;
      for (unsigned i = 1; i < rule->n; ++i) {
        if (d + 7 >= static_cast<int>(myday[0]) - myday[-1]) break;
        d += 7;
      }
      t += d * civil::seconds_per_day;
      break;
    }
  }
  rule->change = t - rule->offset + rule->secs;
  rule->computed_for = year;
}

// __tz_compute.
void tz_compute(int64_t timer, tm* tp, bool local) {
  const int year = static_cast<int>(1900u + static_cast<unsigned>(tp->tm_year));
  compute_change(&rules[0], year);
  compute_change(&rules[1], year);
  if (!local) return;
  int isdst;
  if (rules[0].change > rules[1].change)
    isdst = timer < rules[1].change || timer >= rules[0].change;
  else
    isdst = timer >= rules[0].change && timer < rules[1].change;
  tp->tm_isdst = isdst;
  tp->tm_zone = tzname[isdst];
  tp->tm_gmtoff = rules[isdst].offset;
}

// ---- TZif files ----

void drop_file() {
  free(file_memory);
  file_memory = nullptr;
  use_file = false;
  tzspec = nullptr;
}

uint32_t be32(const unsigned char* p) {
  return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16 |
         static_cast<uint32_t>(p[2]) << 8 | p[3];
}
int64_t be64(const unsigned char* p) {
  return static_cast<int64_t>(static_cast<uint64_t>(be32(p)) << 32 | be32(p + 4));
}

// The whole file in a malloc'd buffer, or null.
unsigned char* read_file(const char* path, size_t* size) {
  long fd = sysgate::syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    // glibc's fopen leaves its errno, which a caller of mktime sees when TZ is read
    // again (each time with posixrules in use).
    errno = static_cast<int>(-fd);
    return nullptr;
  }
  size_t cap = 4096, len = 0;
  unsigned char* buf = static_cast<unsigned char*>(malloc(cap));
  while (buf) {
    if (len == cap) {
      // No zone file is this large; refuse rather than grow without bound.
      if (cap >= (1u << 22)) {
        free(buf);
        buf = nullptr;
        break;
      }
      unsigned char* bigger = static_cast<unsigned char*>(realloc(buf, cap * 2));
      if (!bigger) {
        free(buf);
        buf = nullptr;
        break;
      }
      buf = bigger;
      cap *= 2;
    }
    long n = sysgate::syscall(SYS_read, fd, buf + len, cap - len);
    if (n == -EINTR) continue;
    if (n < 0) {
      free(buf);
      buf = nullptr;
    }
    if (n <= 0) break;
    len += static_cast<size_t>(n);
  }
  sysgate::syscall(SYS_close, fd);
  *size = len;
  return buf;
}

struct Counts {
  uint32_t isut, isstd, leap, time, type, chars;
};

bool read_counts(const unsigned char* p, size_t avail, Counts* c) {
  if (avail < 44 || memcmp(p, "TZif", 4) != 0) return false;
  c->isut = be32(p + 20);
  c->isstd = be32(p + 24);
  c->leap = be32(p + 28);
  c->time = be32(p + 32);
  c->type = be32(p + 36);
  c->chars = be32(p + 40);
  // Absurd counts cannot fit the file: refuse before multiplying.
  return c->time < (1u << 24) && c->type <= 256 && c->chars < (1u << 24) && c->leap < (1u << 24) &&
         c->isut < (1u << 24) && c->isstd < (1u << 24);
}

size_t data_size(const Counts& c, size_t time_size) {
  return c.time * time_size + c.time + c.type * 6 + c.chars + c.leap * (time_size + 4) + c.isstd +
         c.isut;
}

// __tzfile_read: true when `file` was a usable TZif file (then it is in use). `extra`
// bytes more are allocated with it, at *extra_out.
bool read_tzfile(const char* file, size_t extra = 0, char** extra_out = nullptr) {
  const bool was_using_file = use_file;
  use_file = false;
  char path_buf[4096];
  if (*file != '/') {
    const char* dir = getenv("TZDIR");
    if (!dir || !*dir) dir = "/usr/share/zoneinfo";
    size_t dl = strlen(dir), fl = strlen(file);
    if (dl + 1 + fl + 1 > sizeof path_buf) return false;
    memcpy(path_buf, dir, dl);
    path_buf[dl] = '/';
    memcpy(path_buf + dl + 1, file, fl + 1);
    file = path_buf;
  }
  // The file in use again (TZ unset, or another name for it): kept as it is, unless it
  // changed on disk.
  struct stat st;
  const int saved_errno = errno;
  const bool stat_ok = ::stat(file, &st) == 0;
  errno = saved_errno;
  if (was_using_file && stat_ok && st.st_dev == file_dev && st.st_ino == file_ino &&
      st.st_mtime == file_mtime) {
    use_file = true;
    return true;
  }
  drop_file();
  file_dev = stat_ok ? st.st_dev : 0;
  file_ino = stat_ok ? st.st_ino : 0;
  file_mtime = stat_ok ? st.st_mtime : -1;
  size_t size;
  unsigned char* data = read_file(file, &size);
  if (!data) return false;
  Counts c;
  const unsigned char* p = data;
  size_t time_size = 4;
  bool ok = read_counts(p, size, &c);
  if (ok && p[4] >= '2') {
    // Skip the 32-bit part for the 64-bit one.
    size_t skip = 44 + data_size(c, 4);
    ok = skip < size && read_counts(p + skip, size - skip, &c);
    p += skip;
    time_size = 8;
  }
  size_t avail = size - static_cast<size_t>(p - data);
  ok = ok && c.type > 0 && 44 + data_size(c, time_size) <= avail;
  if (!ok) {
    free(data);
    return false;
  }
  const unsigned char* q = p + 44;
  // One allocation for what is kept: transitions, their types, the types, the names
  // (NUL-terminated), the footer.
  const unsigned char* footer = q + data_size(c, time_size);
  size_t footer_len = 0;
  const unsigned char* end = data + size;
  if (time_size == 8 && footer < end && *footer == '\n') {
    const unsigned char* f = footer + 1;
    while (f + footer_len < end && f[footer_len] != '\n') ++footer_len;
    if (f + footer_len == end) footer_len = 0;  // no closing newline: no rule
    footer = f;
  }
  size_t bytes = c.leap * sizeof(Leap) + c.time * sizeof(int64_t) + c.type * sizeof(TimeType) +
                 c.time + c.chars + 1 + footer_len + 1 + extra;
  unsigned char* mem = static_cast<unsigned char*>(malloc(bytes));
  if (!mem) {
    free(data);
    return false;
  }
  leaps = reinterpret_cast<Leap*>(mem);
  transitions = reinterpret_cast<int64_t*>(leaps + c.leap);
  types = reinterpret_cast<TimeType*>(transitions + c.time);
  type_idxs = reinterpret_cast<unsigned char*>(types + c.type);
  zone_names = reinterpret_cast<char*>(type_idxs + c.time);
  char* spec = zone_names + c.chars + 1;
  for (uint32_t i = 0; i < c.time; ++i, q += time_size)
    transitions[i] = time_size == 8 ? be64(q) : static_cast<int32_t>(be32(q));
  for (uint32_t i = 0; i < c.time; ++i) {
    type_idxs[i] = *q++;
    if (type_idxs[i] >= c.type) ok = false;
  }
  for (uint32_t i = 0; i < c.type; ++i, q += 6) {
    types[i].offset = static_cast<int32_t>(be32(q));
    types[i].isdst = q[4];
    types[i].idx = q[5];
    types[i].isstd = types[i].isut = 0;
    if (types[i].isdst > 1 || types[i].idx > c.chars) ok = false;
  }
  memcpy(zone_names, q, c.chars);
  zone_names[c.chars] = 0;
  q += c.chars;
  for (uint32_t i = 0; i < c.leap; ++i, q += time_size + 4) {
    leaps[i].transition = time_size == 8 ? be64(q) : static_cast<int32_t>(be32(q));
    leaps[i].change = static_cast<int32_t>(be32(q + time_size));
  }
  // glibc takes one flag per type, and refuses more flags than types.
  if (c.isstd > c.type || c.isut > c.type) ok = false;
  for (uint32_t i = 0; ok && i < c.isstd; ++i) types[i].isstd = *q++ != 0;
  for (uint32_t i = 0; ok && i < c.isut; ++i) types[i].isut = *q++ != 0;
  memcpy(spec, footer, footer_len);
  spec[footer_len] = 0;
  if (extra_out) *extra_out = spec + footer_len + 1;
  free(data);
  if (!ok) {
    free(mem);
    return false;
  }
  file_memory = mem;
  num_transitions = c.time;
  num_types = c.type;
  num_leaps = c.leap;
  tzspec = *spec ? spec : nullptr;
  use_file = true;

  // The names and offsets of the types transitioned to last.
  const char* n[2] = {nullptr, nullptr};
  for (size_t i = num_transitions; i > 0;) {
    const TimeType& t = types[type_idxs[--i]];
    if (!n[t.isdst]) {
      n[t.isdst] = intern(zone_names + t.idx, strlen(zone_names + t.idx));
      if (n[1 - t.isdst]) break;
    }
  }
  if (!n[0]) n[0] = intern(zone_names, strlen(zone_names));
  if (!n[1]) n[1] = n[0];
  set_names(n[0], n[1]);
  if (num_transitions == 0) {
    rule_stdoff = rule_dstoff = types[0].offset;
  } else {
    bool std_set = false, dst_set = false;
    rule_stdoff = rule_dstoff = 0;
    size_t i = num_transitions - 1;
    do {
      const TimeType& t = types[type_idxs[i]];
      if (!std_set && !t.isdst) {
        std_set = true;
        rule_stdoff = t.offset;
      } else if (!dst_set && t.isdst) {
        dst_set = true;
        rule_dstoff = t.offset;
      }
      if (std_set && dst_set) break;
    } while (i-- > 0);
    if (!dst_set) rule_dstoff = rule_stdoff;
  }
  daylight = rule_stdoff != rule_dstoff;
  timezone = -rule_stdoff;
  return true;
}

// What glibc 2.36 (this host's, x86_64) does, measured: a transition out of DST in wall
// clock time moves by dstoff less the dstoff of the previous such zone (0 at first),
// not less posixrules' own DST offset, and posixrules' DST offset stays the one daylight
// is computed from. (Its source reads as if rule_dstoff were both; the binary is the
// reference.)
long previous_default_dstoff;

// __tzfile_default: TZ named a DST zone without its rules ("XYZ3ABC"). The rules are
// posixrules' transitions, moved by the difference of the offsets, with the given names
// and offsets; its footer rule, with its own names and offsets, as it is (glibc 2.36).
// False when posixrules is missing or has fewer than two types.
bool tzfile_default(const char* std, const char* dst, long stdoff, long dstoff) {
  const size_t stdlen = strlen(std) + 1, dstlen = strlen(dst) + 1;
  char* names;
  if (!read_tzfile("posixrules", stdlen + dstlen, &names)) return false;
  if (num_types < 2) {
    use_file = false;
    return false;
  }
  memcpy(names, std, stdlen);
  memcpy(names + stdlen, dst, dstlen);
  zone_names = names;
  num_types = 2;
  bool isdst = false;
  for (size_t i = 0; i < num_transitions; ++i) {
    const TimeType& type = types[type_idxs[i]];
    type_idxs[i] = type.isdst;
    if (type.isut) {
      // given in UTC: no correction
    } else if (isdst && !type.isstd) {
      transitions[i] += dstoff - previous_default_dstoff;
    } else {
      transitions[i] += stdoff - rule_stdoff;
    }
    isdst = type.isdst;
  }
  rule_stdoff = stdoff;
  previous_default_dstoff = dstoff;
  types[0] = TimeType{stdoff, 0, 0, 0, 0};
  types[1] = TimeType{dstoff, 1, static_cast<unsigned char>(stdlen), 0, 0};
  set_names(std, dst);
  timezone = -stdoff;
  // Read posixrules again next time.
  file_dev = 0;
  file_ino = 0;
  file_mtime = 0;
  return true;
}

const char* type_name(size_t type) {
  const char* s = zone_names + types[type].idx;
  return intern(s, strlen(s));
}

void file_compute_type(int64_t timer, tm* tp);

// __tzfile_compute: the local type (when `local`), and the leap-second correction at
// timer (subtracted from the offset) and how many inserted seconds timer is (the 60th,
// 61st... second of a minute: added to tm_sec).
void file_compute(int64_t timer, bool local, tm* tp, long* leap_correct, int* leap_hit) {
  *leap_correct = 0;
  *leap_hit = 0;
  if (local) file_compute_type(timer, tp);
  size_t i = num_leaps;
  do {
    if (i-- == 0) return;
  } while (timer < leaps[i].transition);
  *leap_correct = leaps[i].change;
  if (timer == leaps[i].transition &&
      ((i == 0 && leaps[i].change > 0) || (i > 0 && leaps[i].change > leaps[i - 1].change))) {
    *leap_hit = 1;
    while (i > 0 && leaps[i].transition == leaps[i - 1].transition + 1 &&
           leaps[i].change == leaps[i - 1].change + 1) {
      ++*leap_hit;
      --i;
    }
  }
}

// __tzfile_compute's local type.
void file_compute_type(int64_t timer, tm* tp) {
  const char* n[2] = {nullptr, nullptr};
  size_t i;
  if (num_transitions == 0 || timer < transitions[0]) {
    // Before the table: the first standard type.
    i = 0;
    while (i < num_types && types[i].isdst) {
      if (!n[1]) n[1] = type_name(i);
      ++i;
    }
    if (i == num_types) i = 0;
    n[0] = type_name(i);
    if (!n[1]) {
      for (size_t j = i; j < num_types; ++j)
        if (types[j].isdst) {
          n[1] = type_name(j);
          break;
        }
    }
  } else {
    if (timer >= transitions[num_transitions - 1]) {
      if (tzspec && civil::to_tm(timer, 0, tp)) {
        parse_tz(tzspec, false);
        tz_compute(timer, tp, true);
        return;
      }
      i = num_transitions;
    } else {
      // The first transition after timer.
      size_t lo = 0, hi = num_transitions - 1;
      while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (timer < transitions[mid])
          hi = mid;
        else
          lo = mid;
      }
      i = hi;
    }
    n[types[type_idxs[i - 1]].isdst] = type_name(type_idxs[i - 1]);
    for (size_t j = i; j < num_transitions; ++j) {
      const TimeType& t = types[type_idxs[j]];
      if (!n[t.isdst]) {
        n[t.isdst] = type_name(type_idxs[j]);
        if (n[1 - t.isdst]) break;
      }
    }
    if (!n[0]) n[0] = n[1];
    i = type_idxs[i - 1];
  }
  const TimeType& info = types[i];
  daylight = rule_stdoff != rule_dstoff;
  timezone = -rule_stdoff;
  if (!n[0]) n[0] = type_name(0);
  if (!n[1]) n[1] = n[0];
  set_names(n[0], n[1]);
  tp->tm_isdst = info.isdst;
  tp->tm_zone = tzname[info.isdst];
  tp->tm_gmtoff = info.offset;
}

void update_locked(bool always) {
  if (initialized && !always) return;
  initialized = true;
  const char* tz = getenv("TZ");
  if (tz && *tz == 0) tz = "Universal";
  if (tz && *tz == ':') ++tz;
  if (old_tz && tz && strcmp(tz, old_tz) == 0) return;
  if (!tz) tz = "/etc/localtime";
  rules[0].name = rules[1].name = nullptr;
  free(old_tz);
  size_t len = strlen(tz);
  old_tz = static_cast<char*>(malloc(len + 1));
  if (old_tz) memcpy(old_tz, tz, len + 1);
  if (read_tzfile(tz)) return;
  if (*tz == 0 || strcmp(tz, "/etc/localtime") == 0) {
    memset(rules, 0, sizeof rules);
    rules[0].name = rules[1].name = "UTC";
    rules[0].change = rules[1].change = -1;
    update_vars();
    return;
  }
  if (parse_tz(tz, true)) {
    // posixrules in use: TZ is read again each time (glibc).
    free(old_tz);
    old_tz = nullptr;
  }
}

}  // namespace

void update(bool always) noexcept {
  internal::LockGuard guard(zone_lock);
  update_locked(always);
}

void tzset() noexcept {
  internal::LockGuard guard(zone_lock);
  update_locked(true);
  if (!use_file) set_names(rules[0].name, rules[1].name);
}

bool convert(time_t t, bool local, bool always, tm* tp) noexcept {
  long leap_correct = 0;
  int leap_hit = 0;
  {
    internal::LockGuard guard(zone_lock);
    update_locked(always);
    if (use_file) {
      file_compute(t, local, tp, &leap_correct, &leap_hit);
    } else {
      if (!civil::to_tm(t, 0, tp)) return false;
      tz_compute(t, tp, local);
    }
  }
  if (!local) {
    tp->tm_isdst = 0;
    tp->tm_zone = "GMT";
    tp->tm_gmtoff = 0;
  }
  if (!civil::to_tm(t, tp->tm_gmtoff - leap_correct, tp)) return false;
  tp->tm_sec += leap_hit;
  return true;
}

}  // namespace sysgate::zone

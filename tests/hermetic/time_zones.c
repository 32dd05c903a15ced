/* <time.h> against glibc: gmtime/timegm, localtime/mktime, strftime (every conversion,
 * flags, widths, E and O), asctime/ctime, tzset's tzname/timezone/daylight, in UTC, in
 * TZif zones with DST (every transition between 1900 and 2100 found by sweeping, and
 * the wall-clock times around each through mktime with tm_isdst -1, 0 and 1), in the
 * footer rule past 2037, and in POSIX TZ strings; a TZif version 1 file written here;
 * DST without rules from posixrules (or without it, the US rules); the leap seconds of
 * right/UTC and right/Europe/Berlin.
 * Prints one hash of every line and their count (the -glibc twin must print the same);
 * "-v" prints the lines ("-v ZONE" only that zone's). Zone files: /usr/share/zoneinfo, or the
 * copies the kernel tests' initramfs carries. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int verbose;
static const char* argv0_empty = "";
static unsigned hash = 2166136261u;
static unsigned lines;

static void line(const char* text) {
  for (const char* p = text; *p; ++p) hash = (hash ^ (unsigned char)*p) * 16777619u;
  hash = (hash ^ '\n') * 16777619u;
  ++lines;
  if (verbose) printf("%s\n", text);
}

static char out[4096];
#define LINE(...)                           \
  do {                                      \
    snprintf(out, sizeof out, __VA_ARGS__); \
    line(out);                              \
  } while (0)

static const char* every =
    "%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|"
    "%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%|%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|"
    "%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy|%Ob|%OB|%Oh|%+|%q|%Ea|%Ed|%-d|%_H|%010Y|%^a|%#A|%#Z|%^B|"
    "%#b|%#p|%^P|%-5j|%_10z|%05e|%3C|%:z|%-y|%_m|%0e|%-k|%12c|%-12D|%^10r|%5%|%E%|%Ez|%";

static const char* tm_text(const struct tm* tm) {
  static char text[8192];
  char f[4096];
  size_t n = strftime(f, sizeof f, every, tm);
  snprintf(text, sizeof text, "%d-%d-%d %d:%d:%d wd%d yd%d dst%d off%ld %s [%zu %s]", tm->tm_year,
           tm->tm_mon, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday,
           tm->tm_isdst, (long)tm->tm_gmtoff, tm->tm_zone ? tm->tm_zone : "(null)", n, f);
  return text;
}

static const char* short_tm(const struct tm* tm) {
  static char text[256];
  snprintf(text, sizeof text, "%d-%d-%d %d:%d:%d wd%d yd%d dst%d off%ld %s", tm->tm_year,
           tm->tm_mon, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday,
           tm->tm_isdst, (long)tm->tm_gmtoff, tm->tm_zone ? tm->tm_zone : "-");
  return text;
}

static void vars(const char* where) {
  LINE("%s: tzname %s/%s timezone %ld daylight %d", where, tzname[0], tzname[1], (long)timezone,
       daylight);
}

static const long long fixed_times[] = {0,
                                        -1,
                                        1,
                                        59,
                                        60,
                                        86399,
                                        86400,
                                        -86400,
                                        -86401,
                                        951782400,
                                        951868800,
                                        978307199,
                                        2147483647LL,
                                        2147483648LL,
                                        -2147483648LL,
                                        -2147483649LL,
                                        4102444800LL,
                                        4107542400LL,
                                        253402300799LL,
                                        253402300800LL,
                                        1000000000000LL,
                                        -62135596800LL,
                                        -62167219200LL,
                                        -62167219201LL,
                                        -100000000000LL,
                                        67767976233532799LL,
                                        67767976233532800LL,
                                        -67768040609740800LL,
                                        -67768040609740801LL,
                                        1700000000,
                                        1234567890,
                                        -2208988800LL,
                                        -2208988801LL,
                                        -5364662400LL,
                                        32503680000LL,
                                        1583020800,
                                        1609459199,
                                        1609459200};

static void utc_sweep(void) {
  struct tm tm, back;
  for (size_t i = 0; i < sizeof fixed_times / sizeof *fixed_times; ++i) {
    time_t t = (time_t)fixed_times[i];
    errno = 0;
    if (!gmtime_r(&t, &tm)) {
      LINE("gmtime %lld: NULL errno %d", (long long)t, errno);
      continue;
    }
    LINE("gmtime %lld: %s", (long long)t, tm_text(&tm));
    back = tm;
    errno = 0;
    time_t r = timegm(&back);
    LINE("timegm: %lld errno %d", (long long)r, r == -1 ? errno : 0);
    char* a = asctime(&tm);
    LINE("asctime: %s", a ? a : "NULL");
    char buf[26];
    errno = 0;
    a = asctime_r(&tm, buf);
    LINE("asctime_r: %s errno %d", a ? a : "NULL", a ? 0 : errno);
  }
  for (long long t = -2208988800LL; t < 4102444800LL; t += 86400LL * 29 + 3607) {
    time_t tt = (time_t)t;
    gmtime_r(&tt, &tm);
    char f[512];
    strftime(f, sizeof f, "%Y %m %d %H %M %S %j %U %V %W %G %g %u %w %a %b %C %y %e", &tm);
    back = tm;
    LINE("%lld %s %lld", t, f, (long long)timegm(&back));
  }
}

/* Normalisation by mktime and timegm of out-of-range fields. */
static void normalise(const char* name) {
  static const int cases[][7] = {{70, 0, 1, 0, 0, 0, -1},
                                 {70, 0, 0, 0, 0, 0, -1},
                                 {70, 12, 1, 0, 0, 0, -1},
                                 {70, -1, 1, 0, 0, 0, -1},
                                 {100, 1, 29, 0, 0, 0, -1},
                                 {101, 1, 29, 0, 0, 0, -1},
                                 {138, 0, 19, 3, 14, 8, -1},
                                 {0, 0, 1, 0, 0, 0, -1},
                                 {-1900, 0, 1, 0, 0, 0, -1},
                                 {120, 5, 15, 25, 61, 61, -1},
                                 {120, 5, 15, -1, -1, -1, -1},
                                 {120, 40, 400, 100, 100, 100, 0},
                                 {120, -40, -400, -100, -100, -100, 1},
                                 {120, 6, 1, 12, 0, 60, -1},
                                 {120, 0, 1, 0, 0, 0, 1},
                                 {120, 6, 1, 0, 0, 0, 0},
                                 {8099, 11, 31, 23, 59, 59, -1},
                                 {INT_MAX, 0, 1, 0, 0, 0, -1},
                                 {INT_MAX, 12, 1, 0, 0, 0, -1},
                                 {INT_MIN, 0, 1, 0, 0, 0, -1},
                                 {INT_MAX - 1900, 11, 31, 23, 59, 59, 0},
                                 {2147481747, 11, 31, 23, 59, 59, 0},
                                 {120, 0, INT_MAX, 0, 0, 0, -1},
                                 {120, 0, 1, 0, 0, INT_MAX, -1},
                                 {120, 0, 1, 0, 0, INT_MIN, -1},
                                 {120, INT_MAX, 1, 0, 0, 0, -1},
                                 {120, INT_MIN, 1, 0, 0, 0, -1}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; ++i) {
    for (int which = 0; which < 2; ++which) {
      struct tm tm;
      memset(&tm, 0, sizeof tm);
      tm.tm_year = cases[i][0];
      tm.tm_mon = cases[i][1];
      tm.tm_mday = cases[i][2];
      tm.tm_hour = cases[i][3];
      tm.tm_min = cases[i][4];
      tm.tm_sec = cases[i][5];
      tm.tm_isdst = cases[i][6];
      errno = 0;
      time_t t = which ? timegm(&tm) : mktime(&tm);
      int e = errno;
      LINE("%s %s case %zu: %lld errno %d -> %s", name, which ? "timegm" : "mktime", i,
           (long long)t, t == -1 ? e : 0, short_tm(&tm));
    }
  }
}

/* Every change of offset or isdst between 1900 and 2100, found by sweeping and bisecting,
 * and the times and wall clocks around it (around every `mktime_every`th: with posixrules
 * in use each mktime reads the file again). */
static void transitions(const char* name, int mktime_every) {
  struct tm a, b, tm;
  long long step = 86400LL * 6 + 3599;
  long long prev = -2208988800LL;
  time_t t = (time_t)prev;
  localtime_r(&t, &a);
  int found = 0;
  for (long long next = prev + step; next < 4102444800LL; prev = next, next += step) {
    t = (time_t)next;
    localtime_r(&t, &b);
    if (b.tm_gmtoff == a.tm_gmtoff && b.tm_isdst == a.tm_isdst &&
        strcmp(b.tm_zone, a.tm_zone) == 0) {
      a = b;
      continue;
    }
    long long lo = prev, hi = next; /* a at lo, b at hi */
    while (hi - lo > 1) {
      long long mid = lo + (hi - lo) / 2;
      t = (time_t)mid;
      localtime_r(&t, &tm);
      if (tm.tm_gmtoff == a.tm_gmtoff && tm.tm_isdst == a.tm_isdst &&
          strcmp(tm.tm_zone, a.tm_zone) == 0)
        lo = mid;
      else
        hi = mid;
    }
    ++found;
    for (long long d = -1; d <= 1; ++d) {
      t = (time_t)(hi + d);
      localtime_r(&t, &tm);
      LINE("%s %lld: %s", name, (long long)t, short_tm(&tm));
    }
    if (found % 5 == 1) {
      t = (time_t)hi;
      localtime_r(&t, &tm);
      LINE("%s full %lld: %s", name, (long long)t, tm_text(&tm));
    }
    /* Wall clocks from 90 minutes before to 90 after the change, in the old offset. */
    for (int minutes = -90; minutes <= 90 && found % mktime_every < 2; minutes += 30) {
      t = (time_t)hi;
      struct tm wall;
      time_t shifted = (time_t)(hi + a.tm_gmtoff + minutes * 60);
      gmtime_r(&shifted, &wall);
      (void)t;
      for (int isdst = -1; isdst <= 1; ++isdst) {
        struct tm m = wall;
        m.tm_isdst = isdst;
        errno = 0;
        time_t r = mktime(&m);
        LINE("%s mktime %+d isdst %d: %lld %s", name, minutes, isdst, (long long)r, short_tm(&m));
      }
    }
    a = b;
  }
  LINE("%s: %d transitions", name, found);
}

static void sample(const char* name) {
  struct tm tm;
  for (size_t i = 0; i < sizeof fixed_times / sizeof *fixed_times; ++i) {
    time_t t = (time_t)fixed_times[i];
    errno = 0;
    if (!localtime_r(&t, &tm)) {
      LINE("%s localtime %lld: NULL errno %d", name, (long long)t, errno);
      continue;
    }
    LINE("%s localtime %lld: %s", name, (long long)t, tm_text(&tm));
    struct tm back = tm;
    back.tm_isdst = -1;
    errno = 0;
    time_t r = mktime(&back);
    /* With TZ unset, mktime reads /etc/localtime again each time and leaves its open's
     * errno (glibc; sysgate likewise): ENOENT where there is none (the kernel tests'
     * initramfs), 0 where there is. Not printed for it. */
    int unset = strcmp(name, "(unset)") == 0;
    LINE("%s mktime: %lld errno %d", name, (long long)r, r == -1 && !unset ? errno : 0);
    char buf[26];
    char* c = ctime_r(&t, buf);
    LINE("%s ctime_r: %s", name, c ? c : "NULL");
  }
  /* The footer rule: far past the table, every month of a few years. */
  for (long long t = 2114380800LL; t < 4133894400LL; t += 86400LL * 31 + 7) {
    time_t tt = (time_t)t;
    localtime_r(&tt, &tm);
    LINE("%s late %lld: %s", name, t, short_tm(&tm));
  }
}

static void use_zone(const char* tz) {
  if (tz)
    setenv("TZ", tz, 1);
  else
    unsetenv("TZ");
  tzset();
  vars(tz ? tz : "(unset)");
}

/* A version 1 TZif file: no 64-bit part, no footer. Two types, three transitions. */
static void write_v1(const char* path) {
  unsigned char f[256];
  size_t n = 0;
  memcpy(f, "TZif", 4);
  memset(f + 4, 0, 16); /* version 0 (v1), reserved */
  n = 20;
  const unsigned counts[6] = {0, 0, 0, 3, 2, 8}; /* isut isstd leap time type char */
  for (int i = 0; i < 6; ++i) {
    f[n++] = 0, f[n++] = 0, f[n++] = 0, f[n++] = (unsigned char)counts[i];
  }
  const long trans[3] = {-100000000L, 200000000L, 1000000000L};
  for (int i = 0; i < 3; ++i) {
    unsigned long v = (unsigned long)trans[i];
    f[n++] = (unsigned char)(v >> 24), f[n++] = (unsigned char)(v >> 16);
    f[n++] = (unsigned char)(v >> 8), f[n++] = (unsigned char)v;
  }
  f[n++] = 1, f[n++] = 0, f[n++] = 1; /* type per transition */
  /* type 0: +01:00 std "ABC"; type 1: +02:30 dst "ABD" */
  const long offs[2] = {3600, 9000};
  for (int i = 0; i < 2; ++i) {
    unsigned long v = (unsigned long)offs[i];
    f[n++] = (unsigned char)(v >> 24), f[n++] = (unsigned char)(v >> 16);
    f[n++] = (unsigned char)(v >> 8), f[n++] = (unsigned char)v;
    f[n++] = (unsigned char)i;       /* isdst */
    f[n++] = (unsigned char)(i * 4); /* name index */
  }
  memcpy(f + n, "ABC\0ABD\0", 8);
  n += 8;
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, f, n) != (ssize_t)n) {
    printf("cannot write %s\n", path);
    exit(1);
  }
  close(fd);
}

/* TIME_ZONES_LIGHT in the environment: no transition sweeps (the kernel tests' run, where
 * emulation makes them take seconds). */
static int light;

/* sweep: 0 none, else transitions with mktime around every sweep-th (and the next). */
static void zone_run(const char* tz, int sweep) {
  if (light) sweep = 0;
  use_zone(tz);
  normalise(tz ? tz : "(unset)");
  sample(tz ? tz : "(unset)");
  if (sweep) transitions(tz ? tz : "(unset)", sweep);
  vars("after");
}

/* Leap seconds (right/ zones): the seconds around every June 30 and December 31 end,
 * through gmtime, localtime, and back through timegm and mktime, 23:59:60 included. */
static void leap_seconds(const char* name) {
  use_zone(name);
  for (int year = 1971; year < 2030; ++year)
    for (int half = 0; half < 2; ++half) {
      struct tm tm;
      memset(&tm, 0, sizeof tm);
      tm.tm_year = year - 1900;
      tm.tm_mon = half ? 11 : 5;
      tm.tm_mday = half ? 31 : 30;
      tm.tm_hour = 23;
      tm.tm_min = 59;
      tm.tm_sec = 59;
      time_t t0 = timegm(&tm);
      for (int d = -1; d <= 2; ++d) {
        time_t t = t0 + d;
        struct tm g, l;
        gmtime_r(&t, &g);
        localtime_r(&t, &l);
        struct tm gb = g, lb = l;
        time_t rg = timegm(&gb);
        lb.tm_isdst = -1;
        time_t rl = mktime(&lb);
        LINE("%s %lld: gm %s back %lld; local %s back %lld", name, (long long)t, short_tm(&g),
             (long long)rg, short_tm(&l), (long long)rl);
      }
      for (int sec = 59; sec <= 61; ++sec) {
        struct tm m = tm;
        m.tm_sec = sec;
        time_t r = timegm(&m);
        LINE("%s timegm :%d: %lld %s", name, sec, (long long)r, short_tm(&m));
        m = tm;
        m.tm_sec = sec;
        m.tm_isdst = -1;
        r = mktime(&m);
        LINE("%s mktime :%d: %lld %s", name, sec, (long long)r, short_tm(&m));
      }
    }
  LINE("%s: %s", name, tm_text(gmtime(&(time_t){1483228826})));
  vars("after");
}

static void strftime_edges(void) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  char buf[64];
  time_t t = 1700000000;
  gmtime_r(&t, &tm);
  for (size_t size = 0; size <= 12; ++size)
    LINE("strftime size %zu: %zu", size, strftime(buf, size, "%Y-%m-%d %H", &tm));
  const char* empty = argv0_empty;
  LINE("strftime empty: %zu", strftime(buf, sizeof buf, empty, &tm));
  LINE("strftime width huge: %zu", strftime(buf, sizeof buf, "%1000Y", &tm));
  LINE("strftime subformat small: %zu", strftime(buf, 10, "%c", &tm));
  /* Odd fields: out of range, negative, huge years, no zone. */
  static const int odd[][9] = {
      {-5, -5, -5, -5, -5, -5, -5, -5, -1}, {61, 99, 30, 40, 13, INT_MAX, 7, 400, 0},
      {0, 0, 0, 1, 0, INT_MIN, 0, 0, 1},    {0, 0, 12, 1, 0, -1901, 3, 0, 2},
      {0, 0, 0, 1, 0, -2000, 6, 364, 0},    {0, 0, 0, 1, 0, 8100, 1, 0, 0},
      {0, 0, 24, 1, 0, 99, 0, 365, 0}};
  for (size_t i = 0; i < sizeof odd / sizeof *odd; ++i) {
    memset(&tm, 0, sizeof tm);
    tm.tm_sec = odd[i][0];
    tm.tm_min = odd[i][1];
    tm.tm_hour = odd[i][2];
    tm.tm_mday = odd[i][3];
    tm.tm_mon = odd[i][4];
    tm.tm_year = odd[i][5];
    tm.tm_wday = odd[i][6];
    tm.tm_yday = odd[i][7];
    tm.tm_isdst = odd[i][8];
    tm.tm_gmtoff = i * 1234 - 4000;
    tm.tm_zone = i % 2 ? "ODD" : NULL;
    LINE("odd %zu: %s", i, tm_text(&tm));
    char* a = asctime(&tm);
    LINE("odd asctime: %s", a ? a : "NULL");
  }
  /* Every ISO week-year edge: Dec 25 to Jan 7 across 40 years. */
  for (int year = 1995; year < 2035; ++year)
    for (int d = -7; d < 7; ++d) {
      memset(&tm, 0, sizeof tm);
      tm.tm_year = year - 1900;
      tm.tm_mday = 1 + d;
      tm.tm_hour = 12;
      timegm(&tm);
      strftime(buf, sizeof buf, "%F %G-W%V-%u %g %U %W %j", &tm);
      line(buf);
    }
}

int main(int argc, char** argv) {
  verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
  light = getenv("TIME_ZONES_LIGHT") != NULL;
  const char* only = argc > 2 ? argv[2] : NULL;

  if (!only) {
    use_zone("UTC0");
    utc_sweep();
    strftime_edges();
    LINE("difftime %.17g %.17g %.17g", difftime(1, 0), difftime(0, 1),
         difftime((time_t)9007199254740993LL, 0));
    errno = 0;
    LINE("asctime(NULL): %s errno %d", asctime(NULL) ? "text" : "NULL", errno);
    clock_t c = clock();
    LINE("clock: %s", c >= 0 ? "non-negative" : "negative");
  }

  static const char* zones[] = {"America/New_York",  "Europe/London", "Australia/Lord_Howe",
                                "America/Sao_Paulo", "Asia/Kolkata",  "Europe/Dublin"};
  for (size_t i = 0; i < sizeof zones / sizeof *zones; ++i)
    if (!only || strcmp(only, zones[i]) == 0) zone_run(zones[i], 1);
  static const char* rules[] = {
      "XST5XDT,M3.2.0,M11.1.0",
      "<+0330>-3:30<+0430>,J79/24,J263/24",
      "AAA-10BBB,M10.1.0,M4.1.0/3",
      "CCC3DDD2,0/1:30,300/-1",
      "EEE-5:45",
      "FFF+12:34:56GGG+11:00:01,M1.5.6/25,M12.1.1/-3",
      "HHH1III,J60,J300",
      "JJJ0KKK-1,M5.5.0/0,M9.5.6/167",
      "Foo/Bar",
      "AB1",
      "ABC",
      "ABC+",
      "ABC1DEF,M13.1.0,M1.1.0",
      "ABC1DEF,X",
      "<A>1",
      "<ABC-12>12<DEF+1>,M3.5.0,M10.5.0",
      ":XST5XDT,M3.2.0,M11.1.0",
  };
  for (size_t i = 0; i < sizeof rules / sizeof *rules; ++i)
    if (!only || strcmp(only, rules[i]) == 0) zone_run(rules[i], i < 8);

  /* DST without rules: posixrules' (tzdata: America/New_York), moved to these offsets,
   * until its last transition, then its footer rule as it is, names and offsets
   * (glibc 2.36); the US rules when there is no posixrules. */
  static const char* no_rules[] = {"XYZ3ABC", "ABC-2DEF-4,", "XYZ3ABC3"};
  for (size_t i = 0; i < sizeof no_rules / sizeof *no_rules; ++i)
    if (!only || strcmp(only, no_rules[i]) == 0) zone_run(no_rules[i], i == 0 ? 16 : 0);
  if (!only || strncmp(only, "right/", 6) == 0) {
    leap_seconds("right/UTC");
    zone_run("right/UTC", 0);
    zone_run("right/Europe/Berlin", 8);
    leap_seconds("right/Europe/Berlin");
  }

  if (!only) {
    /* posixrules from TZDIR: none (the US rules), then a version 1 file of two types
     * (no footer, no isstd/isut flags). Both are read again on each localtime. */
    setenv("TZDIR", "/no/such/dir", 1);
    zone_run("XYZ3ABC", 0);
    mkdir("/tmp/sysgate-tzdir", 0755);
    write_v1("/tmp/sysgate-tzdir/posixrules");
    setenv("TZDIR", "/tmp/sysgate-tzdir", 1);
    zone_run("XYZ3ABC", 1);
    unlink("/tmp/sysgate-tzdir/posixrules");
    rmdir("/tmp/sysgate-tzdir");
    unsetenv("TZDIR");

    write_v1("/tmp/sysgate-tzif-v1");
    zone_run(":/tmp/sysgate-tzif-v1", 1);
    unlink("/tmp/sysgate-tzif-v1");
    zone_run("/no/such/zone", 0);
    zone_run("", 0);
    zone_run(NULL, 0);
    /* localtime_r does not read TZ again; localtime does (glibc). */
    use_zone("Asia/Kolkata");
    setenv("TZ", "Europe/London", 1);
    time_t t = 1700000000;
    struct tm tm;
    localtime_r(&t, &tm);
    LINE("after setenv, localtime_r: %s", short_tm(&tm));
    LINE("after setenv, localtime: %s", short_tm(localtime(&t)));
    LINE("ctime: %s", ctime(&t));
    t = (time_t)67767976233532800LL;
    errno = 0;
    LINE("ctime huge: %s errno %d", ctime(&t) ? "text" : "NULL", errno);
    LINE("gmtime and localtime share a buffer: %d", gmtime(&t) == localtime(&t));
  }
  printf("time-zones: hash %08x lines %u\n", hash, lines);
  return 0;
}

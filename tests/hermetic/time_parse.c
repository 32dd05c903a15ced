/* strptime against glibc: every conversion, flags and widths, E and O, spaces, names
 * case-blind and longest first, %y's centuries, %z's forms, the fields derived at the
 * end (weekday, day of year, the date from %U/%W and a weekday, from %j), failures; and
 * strftime -> strptime round trips over a sweep of dates. Prints one hash of every line
 * and their count (the -glibc twin must print the same); "-v" prints the lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int verbose;
static unsigned hash = 2166136261u;
static unsigned lines;

static void line(const char* text) {
  for (const char* p = text; *p; ++p) hash = (hash ^ (unsigned char)*p) * 16777619u;
  hash = (hash ^ '\n') * 16777619u;
  ++lines;
  if (verbose) printf("%s\n", text);
}

static void parse(const char* input, const char* format) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  tm.tm_year = 99;
  tm.tm_mday = 7;
  tm.tm_wday = 5;
  tm.tm_yday = 11;
  tm.tm_isdst = -1;
  char* end = strptime(input, format, &tm);
  char text[512];
  if (!end)
    snprintf(text, sizeof text, "[%s] [%s]: NULL", input, format);
  else
    snprintf(text, sizeof text, "[%s] [%s]: +%d %d-%d-%d %d:%d:%d wd%d yd%d dst%d off%ld", input,
             format, (int)(end - input), tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
             tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_isdst, (long)tm.tm_gmtoff);
  line(text);
}

int main(int argc, char** argv) {
  verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
  setenv("TZ", "UTC0", 1);
  tzset();
  static const char* cases[][2] = {
      {"2024-02-29 13:45:59", "%Y-%m-%d %H:%M:%S"},
      {"2024-02-29T13:45:59Z", "%FT%T%z"},
      {"  2024 - 2 - 9", "%Y - %m - %d"},
      {"Thu Nov 14 22:13:20 2023", "%c"},
      {"thursday NOVEMBER 14", "%A %B %d"},
      {"Thurs", "%a"},
      {"Thursdays", "%a"},
      {"Septemb", "%b"},
      {"September", "%h"},
      {"Sept", "%B"},
      {"Xyz", "%a"},
      {"12/31/99", "%D"},
      {"12/31/68", "%x"},
      {"12/31/69", "%x"},
      {"01:02:03 PM", "%r"},
      {"12:00:00 am", "%r"},
      {"12:00:00 pm", "%I:%M:%S %p"},
      {"7 pm", "%l %p"},
      {"23:59", "%R"},
      {"23:59:60", "%T"},
      {"23:59:62", "%T"},
      {"24:00", "%H:%M"},
      {"9", "%k"},
      {"366", "%j"},
      {"367", "%j"},
      {"60", "%j"},
      {"2024 60", "%Y %j"},
      {"2023 60", "%Y %j"},
      {"2024 1 3", "%Y %U %w"},
      {"2024 0 0", "%Y %U %w"},
      {"2024 52 6", "%Y %W %u"},
      {"2024 10 7", "%Y %W %u"},
      {"2024 10 1 Mar", "%Y %W %u %b"},
      {"20 24", "%C %y"},
      {"19", "%C"},
      {"20 1999", "%C %Y"},
      {"1999 20", "%Y %C"},
      {"99", "%y"},
      {"00", "%y"},
      {"1234567890", "%s"},
      {"0", "%s"},
      {"x", "%s"},
      {"+0530", "%z"},
      {"-05:30", "%z"},
      {"+05", "%z"},
      {"Z", "%z"},
      {"+5", "%z"},
      {"+0560", "%z"},
      {"+12345", "%z"},
      {"EST rest", "%Z rest"},
      {"%", "%%"},
      {"a%b", "a%%b"},
      {"abc", "abd"},
      {"\t\n 5", "%n%t%d"},
      {"2024", "%G"},
      {"24 33", "%g %V"},
      {"2024 12 05", "%EY %Om %Od"},
      {"2024", "%Ey"},
      {"2024", "%Ez"},
      {"5", "%Oq"},
      {"2024-1-1", "%-Y-%_m-%0d"},
      {"2024-1-1", "%10Y-%3m-%2d"},
      {"12345", "%Y"},
      {"0", "%Y"},
      {"", ""},
      {"", "%"},
      {"trailing", ""},
      {"3 Mar 2021", "%e %b %Y"},
      {"Sat 3 2024", "%a %U %Y"},
      {"10", "%q"},
      {"1 2 3 4 5 6", "%d %m %y %H %M %S"},
      {"0", "%d"},
      {"32", "%d"},
      {"13", "%m"},
      {"123", "%d"},
      {"07", "%u"},
      {"7", "%w"},
      {"Mon Jan  1 00:00:00 1900", "%c"},
      {"20", "%EC"},
      {"20 24", "%EC %y"},
      {"2024", "%EY"},
      {"24", "%Ey"},
      {"12", "%OH"},
      {"12", "%Oy"},
      {"Mar", "%Ob"},
      {"5", "%Ou"},
      {"5", "%OS"},
      {"5", "%Ok"},
      {"5", "%Oj"},
      {"5", "%OC"},
      {"5", "%OY"},
      {"5", "%Ow"},
      {"5", "%OV"},
      {"5", "%Oe"},
      {"5", "%OI"},
      {"5", "%OM"},
      {"5", "%OU"},
      {"5", "%OW"},
      {"5", "%Og"},
      {"12:00:01", "%EX"},
      {"1/2/3", "%Ex"},
      {"Tue Mar  5 01:02:03 2024", "%Ec"},
      {"5", "%El"},
      {"5", "%Ed"},
      {" Mar", "%b"},
      {" 5", "%d"},
      {"  PM", "%p"},
      {" Tue", "%a"},
      {"MAR", "%OB"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; ++i) parse(cases[i][0], cases[i][1]);

  /* Round trips: strftime then strptime, every 97 hours and 13 seconds over 70 years. */
  static const char* formats[] = {
      "%Y-%m-%d %H:%M:%S", "%c",          "%a %d %b %Y %r", "%D %T",
      "%Y %j %T",          "%Y %U %w %T", "%Y %W %u %R",    "%C%y %B %e %k %M"};
  int mismatches = 0, trips = 0;
  for (long long t = 0; t < 2208988800LL; t += 97 * 3600 + 13) {
    time_t tt = (time_t)t;
    struct tm tm, back;
    gmtime_r(&tt, &tm);
    for (size_t f = 0; f < sizeof formats / sizeof *formats; ++f) {
      char text[128];
      strftime(text, sizeof text, formats[f], &tm);
      memset(&back, 0, sizeof back);
      char* end = strptime(text, formats[f], &back);
      ++trips;
      if (!end || *end || back.tm_year != tm.tm_year || back.tm_mon != tm.tm_mon ||
          back.tm_mday != tm.tm_mday || back.tm_hour != tm.tm_hour || back.tm_min != tm.tm_min ||
          back.tm_wday != tm.tm_wday || back.tm_yday != tm.tm_yday) {
        char msg[256];
        snprintf(msg, sizeof msg, "round trip %s [%s]: %d-%d-%d wd%d yd%d", formats[f], text,
                 back.tm_year, back.tm_mon, back.tm_mday, back.tm_wday, back.tm_yday);
        line(msg);
        ++mismatches;
      }
    }
  }
  printf("round trips: %d, %d differ\n", trips, mismatches);
  printf("time-parse: hash %08x lines %u\n", hash, lines);
  return 0;
}

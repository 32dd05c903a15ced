/* The C faces of the printf engine (snprintf, sprintf, asprintf, dprintf and their v
 * forms): return values, truncation, errno, %m, allocation. The engine's own output is
 * compared with glibc's over millions of cases in tests/unit/format; this pins the C
 * layer, and the glibc build of this file pins the expectations. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "check.h"

static int call_vsnprintf(char* s, size_t n, const char* format, ...) {
  va_list args;
  va_start(args, format);
  int r = vsnprintf(s, n, format, args);
  va_end(args);
  return r;
}

int main(void) {
  char buf[64];
  CHECK_EQ(snprintf(buf, sizeof buf, "%d|%5.2f|%-4s|%x", -42, 3.14159, "ab", 255), 17,
           "snprintf returns the length");
  CHECK(strcmp(buf, "-42| 3.14|ab  |ff") == 0, "snprintf writes the text");

  memset(buf, 'Z', sizeof buf);
  CHECK(snprintf(buf, 5, "%s", "truncated") == 9, "an overlong snprintf returns the full length");
  CHECK(strcmp(buf, "trun") == 0 && buf[5] == 'Z', "it keeps n-1 bytes, a NUL, nothing more");
  CHECK(snprintf(NULL, 0, "%d", 123456) == 6, "snprintf(NULL, 0) only counts");
  buf[0] = 'Z';
  CHECK(call_vsnprintf(buf, 1, "abc") == 3 && buf[0] == 0, "size 1 writes only the NUL");

  CHECK(sprintf(buf, "%s %p %c", (char*)NULL, (void*)0, 'x') == 14, "sprintf returns the length");
  CHECK(strcmp(buf, "(null) (nil) x") == 0, "NULL %s is (null), NULL %p is (nil), as glibc");

  errno = ENOENT;
  snprintf(buf, sizeof buf, "[%m]");
  CHECK(strcmp(buf, "[No such file or directory]") == 0, "%m is strerror(errno)");
  /* <stdio.h> sends a literal format without an 'm' to twins that cannot print %m;
   * every other way in must still print strerror(errno). */
  const char* volatile format_m = "[%m]";
  errno = EACCES;
  snprintf(buf, sizeof buf, format_m);
  CHECK(strcmp(buf, "[Permission denied]") == 0, "%m through a variable format");
  errno = EBADF;
  sprintf(buf, "%s%m", "<");
  CHECK(strcmp(buf, "<Bad file descriptor") == 0, "sprintf with a literal %m");
  int (*through)(char*, size_t, const char*, ...) = snprintf;
  errno = EINTR;
  through(buf, sizeof buf, "%m");
  CHECK(strcmp(buf, "Interrupted system call") == 0, "%m through a pointer to snprintf");
  errno = ENOMEM;
  (snprintf)(buf, sizeof buf, "%.6m");
  CHECK(strcmp(buf, "Cannot") == 0, "%m through (snprintf)(...)");
  int calls = 0, next = 0;
  const char* formats[] = {"<%d>", "%m"};
  CHECK(snprintf(buf, sizeof buf, "%d|%s", ++calls, "x") == 3 && calls == 1 &&
            strcmp(buf, "1|x") == 0,
        "a literal format without 'm': each argument evaluated once");
  CHECK(snprintf(buf, sizeof buf, formats[next++], 7) == 3 && next == 1 && strcmp(buf, "<7>") == 0,
        "a variable format: evaluated once");
#ifdef __SYSGATE_NO_M
  CHECK(__SYSGATE_NO_M("%d %s %.3f\n") && !__SYSGATE_NO_M("%m") && !__SYSGATE_NO_M("[%-9m]") &&
            !__SYSGATE_NO_M(format_m),
        "only a literal without an 'm' takes the twin");
  CHECK(__SYSGATE_LEAN("%d %s %.3f\n") && __SYSGATE_LEAN("%-5c|%.2s|%lld|%zu|%Lg") &&
            !__SYSGATE_LEAN("%m") && !__SYSGATE_LEAN("%2$d") && !__SYSGATE_LEAN("%*1$d") &&
            !__SYSGATE_LEAN("%a") && !__SYSGATE_LEAN("%LA") && !__SYSGATE_LEAN("%-3lc") &&
            !__SYSGATE_LEAN("%.2ls") && !__SYSGATE_LEAN("%C") && !__SYSGATE_LEAN("%S") &&
            !__SYSGATE_LEAN(format_m),
        "only a literal without %m, $, %a, %lc or %ls takes the lean twin");
  /* The lean twins leave out the rare conversions: called directly with one, they fail
   * (EINVAL) rather than print something else. */
  errno = 0;
  CHECK(__snprintf_lean(buf, sizeof buf, "%a|%2$d", 1.0, 2) == -1 && errno == EINVAL,
        "a lean twin refuses what it left out");
#endif
  /* The same conversions through the macros: each reaches a face that prints it. */
  snprintf(buf, sizeof buf, "%a|%A|%lc|%ls|%C|%S", 1.0, 0.5, (wint_t)'w', L"ide", (wint_t)'C',
           L"S");
  CHECK(strcmp(buf, "0x1p+0|0X1P-1|w|ide|C|S") == 0, "a literal with a rare conversion");
  snprintf(buf, sizeof buf, "%2$s%1$s", "b", "a");
  CHECK(strcmp(buf, "ab") == 0, "a literal with a positional argument");

  char* s = NULL;
  CHECK(asprintf(&s, "%s-%0*d", "id", 6, 42) == 9 && s && strcmp(s, "id-000042") == 0,
        "asprintf allocates the string");
  free(s);
  s = NULL;
  CHECK(asprintf(&s, "%s", "") == 0 && s && s[0] == 0, "asprintf of nothing is an empty string");
  free(s);
  char big[5000];
  memset(big, 'q', sizeof big - 1);
  big[sizeof big - 1] = 0;
  CHECK(asprintf(&s, "<%s>", big) == 5001 && s && s[5000] == '>' && s[5001] == 0,
        "asprintf grows past its first buffer");
  free(s);

  CHECK(dprintf(1, "dprintf to stdout: %d%%\n", 100) == 24, "dprintf returns the length");
  errno = 0;
  CHECK(dprintf(-1, "lost") == -1 && errno == EBADF, "dprintf to a bad fd is -1 with EBADF");
  errno = 0;
  CHECK(snprintf(buf, sizeof buf, "%2147483648d", 1) == -1 && errno == EOVERFLOW,
        "a width over INT_MAX is EOVERFLOW");
  return check_summary();
}

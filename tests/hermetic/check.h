/* A tiny checker for hermetic tests, built against sysgate or (with
 * SYSGATE_HOST_LIBC) the host glibc: it needs only write() and strlen().
 *
 *   CHECK(cond, "what it pins");  CHECK_EQ(a, b, "...");  return check_summary();
 *
 * Prints one "ok"/"not ok" line per check and a summary; check_summary() returns
 * 1 if any failed. */
#ifndef SYSGATE_TEST_CHECK_H
#define SYSGATE_TEST_CHECK_H
#include <string.h>
#include <unistd.h>

static int check_count, check_failures;

static void check_put(const char* s) { write(1, s, strlen(s)); }

static void check_put_number(long long value) {
  char buf[24];
  int i = sizeof buf;
  unsigned long long v = value < 0 ? 0ull - (unsigned long long)value : (unsigned long long)value;
  do buf[--i] = (char)('0' + v % 10);
  while (v /= 10);
  if (value < 0) buf[--i] = '-';
  write(1, buf + i, sizeof buf - i);
}

static int check_report(int ok, const char* what, const char* file, int line) {
  ++check_count;
  if (!ok) ++check_failures;
  check_put(ok ? "ok " : "not ok ");
  check_put_number(check_count);
  check_put(" - ");
  check_put(what);
  if (!ok) {
    check_put("  (");
    check_put(file);
    check_put(":");
    check_put_number(line);
    check_put(")");
  }
  check_put("\n");
  return ok;
}

static void check_report_values(long long got, long long want) {
  check_put("    got ");
  check_put_number(got);
  check_put(", want ");
  check_put_number(want);
  check_put("\n");
}

#define CHECK(cond, what) check_report((cond) != 0, what, __FILE__, __LINE__)
#define CHECK_EQ(got, want, what)                                             \
  do {                                                                        \
    long long check_got_ = (long long)(got), check_want_ = (long long)(want); \
    if (!check_report(check_got_ == check_want_, what, __FILE__, __LINE__))   \
      check_report_values(check_got_, check_want_);                           \
  } while (0)

static int check_summary(void) {
  check_put_number(check_count - check_failures);
  check_put(" passed, ");
  check_put_number(check_failures);
  check_put(" failed\n");
  return check_failures != 0;
}

#endif

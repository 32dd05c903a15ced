/* setenv, unsetenv, putenv and clearenv over the kernel's environment: adding,
 * replacing, keeping (overwrite 0), removing duplicates, putenv's string used in
 * place, clearing, and the names glibc refuses (empty, NULL, with '='). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static int count_environ(void) {
  int n = 0;
  if (environ)
    while (environ[n]) ++n;
  return n;
}

static int text_is(const char* s, const char* want) { return s && strcmp(s, want) == 0; }

int main(void) {
  const char* original = getenv("SYSGATE_ENV_TEST");
  CHECK(text_is(original, "from-kernel"), "getenv sees the kernel's environment");
  int before = count_environ();

  CHECK_EQ(setenv("SYSGATE_NEW", "1", 0), 0, "setenv adds a variable");
  CHECK(text_is(getenv("SYSGATE_NEW"), "1"), "getenv finds it");
  CHECK_EQ(count_environ(), before + 1, "environ grew by one");
  CHECK_EQ(setenv("SYSGATE_NEW", "2", 0), 0, "setenv with overwrite 0 succeeds");
  CHECK(text_is(getenv("SYSGATE_NEW"), "1"), "and keeps the old value");
  CHECK_EQ(setenv("SYSGATE_ENV_TEST", "replaced", 1), 0, "setenv replaces");
  CHECK(text_is(getenv("SYSGATE_ENV_TEST"), "replaced"), "getenv sees the new value");
  CHECK(text_is(original, "from-kernel"), "the old value's pointer stays valid");
  CHECK_EQ(count_environ(), before + 1, "replacing does not grow environ");
  CHECK_EQ(setenv("SYSGATE_EMPTY", "", 1), 0, "an empty value");
  CHECK(text_is(getenv("SYSGATE_EMPTY"), ""), "getenv of an empty value is \"\"");
  CHECK(getenv("SYSGATE_NE") == NULL && getenv("SYSGATE_NEWX") == NULL, "no prefix matches");

  static const char* bad_names[] = {"A=B", "", "=", "=A"};
  for (int i = 0; i < 4; ++i) {
    errno = 0;
    int r = setenv(bad_names[i], "v", 1);
    dprintf(1, "setenv(\"%s\"): %d errno %d\n", bad_names[i], r, errno);
    errno = 0;
    r = unsetenv(bad_names[i]);
    dprintf(1, "unsetenv(\"%s\"): %d errno %d\n", bad_names[i], r, errno);
  }
  const char* volatile null_name = NULL;
  errno = 0;
  CHECK(setenv(null_name, "v", 1) == -1 && errno == EINVAL, "setenv(NULL): EINVAL");
  errno = 0;
  CHECK(unsetenv(null_name) == -1 && errno == EINVAL, "unsetenv(NULL): EINVAL");

  static char put[] = "SYSGATE_PUT=first";
  CHECK_EQ(putenv(put), 0, "putenv adds");
  CHECK(getenv("SYSGATE_PUT") == put + 12, "putenv's string is the entry itself");
  memcpy(put + 12, "other", 6);
  CHECK(text_is(getenv("SYSGATE_PUT"), "other"), "changing the string changes the variable");
  static char unset[] = "SYSGATE_PUT";
  CHECK_EQ(putenv(unset), 0, "putenv without '=' unsets");
  CHECK(getenv("SYSGATE_PUT") == NULL, "the variable is gone");
  errno = 0;
  static char empty[] = "";
  int put_empty = putenv(empty);
  dprintf(1, "putenv(\"\"): %d errno %d\n", put_empty, errno);

  CHECK_EQ(unsetenv("SYSGATE_NOT_THERE"), 0, "unsetenv of a missing name succeeds");
  CHECK_EQ(unsetenv("SYSGATE_NEW"), 0, "unsetenv removes");
  CHECK(getenv("SYSGATE_NEW") == NULL && text_is(getenv("SYSGATE_EMPTY"), ""),
        "only that variable");

  char name[32], value[32];
  for (int i = 0; i < 200; ++i) {
    snprintf(name, sizeof name, "SYSGATE_MANY_%d", i);
    snprintf(value, sizeof value, "value %d", i * 7);
    setenv(name, value, 1);
  }
  int all = 1;
  for (int i = 0; i < 200; ++i) {
    snprintf(name, sizeof name, "SYSGATE_MANY_%d", i);
    snprintf(value, sizeof value, "value %d", i * 7);
    if (!text_is(getenv(name), value)) all = 0;
  }
  CHECK(all, "200 variables, each found");

  CHECK_EQ(clearenv(), 0, "clearenv");
  CHECK(environ == NULL && getenv("PATH") == NULL && getenv("SYSGATE_EMPTY") == NULL,
        "clearenv empties environ");
  CHECK_EQ(setenv("SYSGATE_AFTER", "yes", 0), 0, "setenv after clearenv");
  CHECK(count_environ() == 1 && text_is(environ[0], "SYSGATE_AFTER=yes"), "one entry");
  return check_summary();
}

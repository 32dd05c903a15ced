/* mkstemp, mkostemp, mkstemps and mkdtemp (glibc's template rules: EINVAL without
 * six X before the suffix) and realpath over a tree of links made in the current
 * directory: ".", "..", runs of '/', relative and absolute links, loops (ELOOP),
 * missing files (ENOENT), files used as directories (ENOTDIR). Paths are printed
 * relative to the tree, so glibc's lines are the expected ones wherever it runs. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"

enum { at_fdcwd = -100, at_removedir = 0x200, o_cloexec = 02000000, f_getfd = 1 };

static char top[] = "sysgate-tmp-XXXXXX";
static char top_real[PATH_MAX];
static const char* file_base; /* random: printed as <file> */

static void make_link(const char* target, const char* name) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", top, name);
  syscall(SYS_symlinkat, target, at_fdcwd, path);
}

static void show(const char* relative) {
  char path[512], out[PATH_MAX];
  snprintf(path, sizeof path, "%s%s", relative[0] == '/' ? top_real : top, relative);
  errno = 0;
  char* r = realpath(path, out);
  size_t n = strlen(top_real);
  if (r && file_base && strcmp(strrchr(r, '/') + 1, file_base) == 0)
    dprintf(1, "realpath %s: <top>/<file>\n", relative);
  else if (r && strncmp(r, top_real, n) == 0)
    dprintf(1, "realpath %s: <top>%s\n", relative, r + n);
  else if (r)
    dprintf(1, "realpath %s: %s\n", relative, r);
  else
    dprintf(1, "realpath %s: NULL errno %d\n", relative, errno);
}

static void bad_template(const char* text, int suffix) {
  char name[64];
  strcpy(name, text);
  errno = 0;
  int fd = suffix < 0 ? mkstemp(name) : mkstemps(name, suffix);
  dprintf(1, "template \"%s\" suffix %d: %d errno %d, left \"%s\"\n", text, suffix, fd, errno,
          name);
}

int main(void) {
  CHECK(mkdtemp(top) == top && strncmp(top, "sysgate-tmp-", 12) == 0 &&
                strcmp(top + 12, "XXXXXX") != 0
            ? 1
            : 0,
        "mkdtemp fills the six X");
  CHECK(realpath(top, top_real) == top_real, "realpath of the new directory");

  char file[64], file2[64], file3[64];
  snprintf(file, sizeof file, "%s/fileXXXXXX", top);
  int fd = mkstemp(file);
  CHECK(fd >= 0 && strlen(file) == strlen(top) + 11, "mkstemp opens a new file");
  CHECK(write(fd, "x", 1) == 1, "opened for writing");
  char file_again[64];
  strcpy(file_again, file);
  CHECK_EQ(syscall(SYS_fcntl, fd, f_getfd), 0, "mkstemp: no close-on-exec");
  snprintf(file2, sizeof file2, "%s/oXXXXXX", top);
  int fd2 = mkostemp(file2, o_cloexec);
  CHECK(fd2 >= 0 && syscall(SYS_fcntl, fd2, f_getfd) == 1, "mkostemp(O_CLOEXEC)");
  snprintf(file3, sizeof file3, "%s/sXXXXXX.txt", top);
  int fd3 = mkstemps(file3, 4);
  CHECK(fd3 >= 0 && strcmp(file3 + strlen(file3) - 4, ".txt") == 0 &&
            strncmp(file3 + strlen(file3) - 10, "XXXXXX", 6) != 0,
        "mkstemps keeps the suffix");
  char many[64];
  int distinct = 1;
  for (int i = 0; i < 20; ++i) {
    snprintf(many, sizeof many, "%s/fileXXXXXX", top);
    int f = mkstemp(many);
    if (f < 0 || strcmp(many, file) == 0) distinct = 0;
    close(f);
    syscall(SYS_unlinkat, at_fdcwd, many, 0);
  }
  CHECK(distinct, "twenty more names, each new");

  bad_template("abcXXXXX", -1);
  bad_template("XXXXX", -1);
  bad_template("", -1);
  bad_template("abcXXXXXXy", -1);
  bad_template("abcXXXXXX.c", 3);
  bad_template("abcXXXXXX.c", 1);
  bad_template("XXXXXX", 1);
  char dir_bad[] = "nodirXXXXX";
  errno = 0;
  const char* made = mkdtemp(dir_bad) ? "made" : "NULL";
  dprintf(1, "mkdtemp bad: %s errno %d\n", made, errno);
  char in_missing[] = "sysgate-missing-dir/XXXXXX";
  errno = 0;
  int missing_fd = mkstemp(in_missing);
  dprintf(1, "mkstemp in a missing directory: %d errno %d\n", missing_fd, errno);

  char sub[64];
  snprintf(sub, sizeof sub, "%s/dir", top);
  syscall(SYS_mkdirat, at_fdcwd, sub, 0700);
  file_base = strrchr(file, '/') + 1;
  char rel[80];
  snprintf(rel, sizeof rel, "../%s", file_base);
  make_link("dir", "to-dir");
  make_link(rel, "dir/up-to-file");
  make_link(top_real, "absolute");
  make_link("loop-b", "loop-a");
  make_link("loop-a", "loop-b");
  make_link("missing", "dangling");
  make_link("to-dir/../dir/./", "winding");

  static const char* paths[] = {"",
                                "/",
                                "/.",
                                "//dir//",
                                "/dir/.",
                                "/dir/..",
                                "/to-dir",
                                "/to-dir/",
                                "/to-dir/..",
                                "/winding",
                                "/winding/up-to-file",
                                "/absolute",
                                "/absolute/dir",
                                "/loop-a",
                                "/loop-a/x",
                                "/dangling",
                                "/missing",
                                "/missing/..",
                                "/dir/missing",
                                "/dir/up-to-file",
                                "/dir/up-to-file/",
                                "/dir/up-to-file/.",
                                "/dir/up-to-file/..",
                                "/dir/up-to-file/x",
                                "/../../../../../.."};
  for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; ++i) show(paths[i]);
  char file_real[PATH_MAX];
  char* got = realpath(file, file_real);
  dprintf(
      1, "realpath of the mkstemp file: %s\n",
      got ? (strcmp(got + strlen(top_real), file + strlen(top)) == 0 ? "same name" : got) : "NULL");
  char* allocated = realpath(top, NULL);
  CHECK(allocated && strcmp(allocated, top_real) == 0, "realpath(path, NULL) allocates");
  free(allocated);
  errno = 0;
  const char* volatile null_path = NULL;
  CHECK(realpath(null_path, file_real) == NULL && errno == EINVAL, "realpath(NULL): EINVAL");
  errno = 0;
  CHECK(realpath("", file_real) == NULL && errno == ENOENT, "realpath(\"\"): ENOENT");

  static const char* links[] = {"to-dir", "dir/up-to-file", "absolute", "loop-a",
                                "loop-b", "dangling",       "winding",  NULL};
  for (int i = 0; links[i]; ++i) {
    char path[128];
    snprintf(path, sizeof path, "%s/%s", top, links[i]);
    syscall(SYS_unlinkat, at_fdcwd, path, 0);
  }
  syscall(SYS_unlinkat, at_fdcwd, sub, at_removedir);
  syscall(SYS_unlinkat, at_fdcwd, file, 0);
  syscall(SYS_unlinkat, at_fdcwd, file2, 0);
  syscall(SYS_unlinkat, at_fdcwd, file3, 0);
  CHECK_EQ(syscall(SYS_unlinkat, at_fdcwd, top, at_removedir), 0, "the tree is removed");
  return check_summary();
}

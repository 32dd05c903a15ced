/* <pwd.h> and <grp.h> against glibc, byte for byte. The lookups read /etc/passwd and
 * /etc/group, which differ between machines (a kernel's initramfs has none): so a
 * forked child (root only) chroots into a fresh directory holding its own files (and
 * an nsswitch.conf saying "files", for glibc), with the edges in them: comments, blank
 * and malformed lines, empty fields, long member lists. The last line is a hash
 * tests/hermetic/meson.build pins (glibc 2.36's, both arches).
 *
 * A mismatch: run this program and its -glibc twin and compare the lines. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned hash = 2166136261u;
static int lines;

static void say(const char* format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char* format, ...) {
  char line[1024];
  va_list args;
  va_start(args, format);
  int n = vsnprintf(line, sizeof line - 1, format, args);
  va_end(args);
  if (n > (int)sizeof line - 2) n = sizeof line - 2;
  line[n++] = '\n';
  for (int i = 0; i < n; ++i) hash = (hash ^ (unsigned char)line[i]) * 16777619u;
  write(1, line, n);
  ++lines;
}

static const char passwd_text[] =
    "root:x:0:0:root:/root:/bin/sh\n"
    "# a comment:x:1:1::/:/bin/false\n"
    "\n"
    "daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
    "empty::2:2:::\n"
    "toofew:x:3:3:/\n"
    "toomany:x:4:4:a:b:c:d\n"
    "badid:x:x5:5:a:/:/bin/sh\n"
    "bigid:x:4294967295:4294967294:big:/big:/bin/big\n"
    "huge:x:4294967296:1:huge:/:/bin/sh\n"
    "dup:x:7:7:first:/:/bin/sh\n"
    "dup:x:8:8:second:/:/bin/sh\n"
    "long:x:9:9:a rather long gecos field, repeated to make the line long enough to matter "
    "for small buffers, repeated to make the line long enough:/home/long:/bin/sh\n"
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
    "last:x:10:10:no newline:/:/bin/sh";

static const char group_text[] =
    "root:x:0:\n"
    "#comment:x:1:\n"
    "daemon:x:1:alice,bob\n"
    "one:x:2:carol\n"
    "empty::3:\n"
    "trailing:x:4:a,b,\n"
    "toofew:x:5\n"
    "badid:x:-6:a\n"
    "many:x:7:m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20\n"
    "dup:x:8:first\n"
    "dup:x:9:second\n"
    "nogroup:x:65534:\n"
    "more:x:11:a,alice\n"
    "again:x:11:a\n"
    "last:x:10:z";

static void show_passwd(const char* what, const struct passwd* p) {
  if (!p) {
    say("%s: NULL", what);
    return;
  }
  say("%s: \"%s\" \"%s\" %u %u \"%s\" \"%s\" \"%s\"", what, p->pw_name, p->pw_passwd, p->pw_uid,
      p->pw_gid, p->pw_gecos, p->pw_dir, p->pw_shell);
}

static void show_group(const char* what, const struct group* g) {
  if (!g) {
    say("%s: NULL", what);
    return;
  }
  char members[512] = "";
  for (char** m = g->gr_mem; *m; ++m) {
    strcat(members, "[");
    strcat(members, *m);
    strcat(members, "]");
  }
  say("%s: \"%s\" \"%s\" %u %s", what, g->gr_name, g->gr_passwd, g->gr_gid, members);
}

static void write_file(const char* path, const char* text) {
  FILE* f = fopen(path, "w");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

static void lookups(void) {
  static const char* const names[] = {
      "root", "daemon", "empty", "toofew",  "toomany", "badid",       "bigid", "huge", "dup",
      "long", "nobody", "last",  "missing", "",        "# a comment", "ro",    "rootx"};
  char what[96];
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i) {
    snprintf(what, sizeof what, "getpwnam(\"%s\")", names[i]);
    errno = 0;
    show_passwd(what, getpwnam(names[i]));
  }
  static const unsigned uids[] = {0, 1, 2, 3, 5, 7, 8, 9, 10, 65534, 4294967295u, 12345};
  for (size_t i = 0; i < sizeof uids / sizeof *uids; ++i) {
    snprintf(what, sizeof what, "getpwuid(%u)", uids[i]);
    show_passwd(what, getpwuid(uids[i]));
  }
  static const char* const groups[] = {"root",   "daemon",  "one",  "empty", "trailing",
                                       "toofew", "badid",   "many", "dup",   "nogroup",
                                       "last",   "missing", ""};
  for (size_t i = 0; i < sizeof groups / sizeof *groups; ++i) {
    snprintf(what, sizeof what, "getgrnam(\"%s\")", groups[i]);
    show_group(what, getgrnam(groups[i]));
  }
  static const unsigned gids[] = {0, 1, 3, 4, 6, 7, 8, 9, 10, 65534, 4294967295u};
  for (size_t i = 0; i < sizeof gids / sizeof *gids; ++i) {
    snprintf(what, sizeof what, "getgrgid(%u)", gids[i]);
    show_group(what, getgrgid(gids[i]));
  }

  /* The reentrant calls: a small buffer answers ERANGE, a big one the entry. */
  struct passwd pw, *pr = &pw;
  struct group gr, *gres = &gr;
  char small[16], big[4096];
  say("getpwnam_r small: %d %s", getpwnam_r("long", &pw, small, sizeof small, &pr),
      pr ? "entry" : "NULL");
  say("getpwnam_r big: %d %s", getpwnam_r("long", &pw, big, sizeof big, &pr),
      pr ? "entry" : "NULL");
  show_passwd("  entry", pr);
  say("getpwnam_r missing: %d %s", getpwnam_r("missing", &pw, big, sizeof big, &pr),
      pr ? "entry" : "NULL");
  say("getpwuid_r small: %d %s", getpwuid_r(0, &pw, small, 4, &pr), pr ? "entry" : "NULL");
  say("getpwuid_r big: %d %s", getpwuid_r(65534, &pw, big, sizeof big, &pr), pr ? "entry" : "NULL");
  show_passwd("  entry", pr);
  say("getgrnam_r small: %d %s", getgrnam_r("many", &gr, small, sizeof small, &gres),
      gres ? "entry" : "NULL");
  say("getgrnam_r big: %d %s", getgrnam_r("many", &gr, big, sizeof big, &gres),
      gres ? "entry" : "NULL");
  show_group("  entry", gres);
  say("getgrgid_r small: %d %s", getgrgid_r(7, &gr, small, 8, &gres), gres ? "entry" : "NULL");
  say("getgrgid_r big: %d %s", getgrgid_r(1, &gr, big, sizeof big, &gres), gres ? "entry" : "NULL");
  show_group("  entry", gres);
  say("getgrgid_r missing: %d %s", getgrgid_r(12345, &gr, big, sizeof big, &gres),
      gres ? "entry" : "NULL");

  /* Walking: every entry in order, setpwent rewinds, endpwent closes. */
  struct passwd* p;
  int n = 0;
  setpwent();
  while ((p = getpwent())) {
    snprintf(what, sizeof what, "getpwent %d", n++);
    show_passwd(what, p);
  }
  show_passwd("getpwent after the end", getpwent());
  setpwent();
  show_passwd("getpwent after setpwent", getpwent());
  endpwent();
  show_passwd("getpwent after endpwent", getpwent());
  endpwent();
  struct group* g;
  n = 0;
  while ((g = getgrent())) {
    snprintf(what, sizeof what, "getgrent %d", n++);
    show_group(what, g);
  }
  show_group("getgrent after the end", getgrent());
  setgrent();
  show_group("getgrent after setgrent", getgrent());
  endgrent();
}

/* getgrouplist: `group` first, then the lines naming the user (not `group`'s own);
 * the count when the array is too small. initgroups then getgroups (sorted by the
 * kernel). */
static void show_list(const char* user, gid_t group, int room) {
  gid_t list[32];
  for (int i = 0; i < 32; ++i) list[i] = 12345;
  int n = room;
  int r = getgrouplist(user, group, list, &n);
  char text[512];
  int used = snprintf(text, sizeof text, "getgrouplist(\"%s\", %u, %d): %d, n %d:", user,
                      (unsigned)group, room, r, n);
  for (int i = 0; i < room && i < 32 && used < 480; ++i)
    used += snprintf(text + used, sizeof text - used, " %u", (unsigned)list[i]);
  say("%s", text);
}

static void group_lists(void) {
  show_list("alice", 100, 8);
  show_list("a", 100, 8);
  show_list("a", 4, 8);
  show_list("m05", 100, 8);
  show_list("m05", 7, 8);
  show_list("first", 0, 8);
  show_list("z", 10, 8);
  show_list("z", 99, 8);
  show_list("nosuchuser", 5, 8);
  show_list("a", 100, 1);
  show_list("a", 100, 0);
  show_list("", 100, 8);
  int r = initgroups("a", 100);
  gid_t now[32];
  int n = getgroups(32, now);
  char text[256];
  int used = snprintf(text, sizeof text, "initgroups(\"a\", 100): %d; getgroups %d:", r, n);
  for (int i = 0; i < n && used < 200; ++i)
    used += snprintf(text + used, sizeof text - used, " %u", (unsigned)now[i]);
  say("%s", text);
  r = initgroups("nosuchuser", 3);
  n = getgroups(32, now);
  say("initgroups(\"nosuchuser\", 3): %d; getgroups %d: %u", r, n, n > 0 ? (unsigned)now[0] : 0u);
}

int main(void) {
  if (getuid() != 0) {
    say("users: needs root (chroot)");
    return 1;
  }
  char dir[] = "/tmp/sysgate-users-XXXXXX";
  if (!mkdtemp(dir)) return 1;
  char path[128];
  snprintf(path, sizeof path, "%s/etc", dir);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/etc/passwd", dir);
  write_file(path, passwd_text);
  snprintf(path, sizeof path, "%s/etc/group", dir);
  write_file(path, group_text);
  snprintf(path, sizeof path, "%s/etc/nsswitch.conf", dir);
  write_file(path, "passwd: files\ngroup: files\n");
  pid_t child = fork();
  if (child == 0) {
    if (chroot(dir) != 0 || chdir("/") != 0) _exit(2);
    lookups();
    group_lists();
    say("users: hash %08x lines %d", hash, lines + 1);
    _exit(0);
  }
  int status = -1;
  waitpid(child, &status, 0);
  const char* names[] = {"passwd", "group", "nsswitch.conf"};
  for (int i = 0; i < 3; ++i) {
    snprintf(path, sizeof path, "%s/etc/%s", dir, names[i]);
    unlink(path);
  }
  snprintf(path, sizeof path, "%s/etc", dir);
  rmdir(path);
  rmdir(dir);
  return status == 0 ? 0 : 1;
}

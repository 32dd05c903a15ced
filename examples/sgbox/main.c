/* sgbox: the multi-call entry (argv[0]'s base name, or `sgbox APPLET ARGS...`), the
 * helpers the applets share, and the small applets: echo true false pwd sleep env uname
 * kill. The others: files.c (cat ls mkdir rm cp mv ln stat), text.c (wc head tail sort
 * uniq), system.c (ps mount umount dmesg). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "sgbox.h"

const char* applet = "sgbox";
unsigned char opt[128];
char* optarg_of[128];

static const struct {
  const char* name;
  applet_main* main;
} applets[] = {
    {"cat", cat_main},     {"cp", cp_main},         {"dmesg", dmesg_main}, {"echo", echo_main},
    {"env", env_main},     {"false", false_main},   {"head", head_main},   {"kill", kill_main},
    {"ln", ln_main},       {"ls", ls_main},         {"mkdir", mkdir_main}, {"mount", mount_main},
    {"mv", mv_main},       {"ps", ps_main},         {"pwd", pwd_main},     {"rm", rm_main},
    {"sleep", sleep_main}, {"sort", sort_main},     {"stat", stat_main},   {"tail", tail_main},
    {"true", true_main},   {"umount", umount_main}, {"uname", uname_main}, {"uniq", uniq_main},
    {"wc", wc_main},
};

static applet_main* find_applet(const char* name) {
  for (size_t i = 0; i < sizeof applets / sizeof *applets; ++i)
    if (strcmp(name, applets[i].name) == 0) {
      applet = applets[i].name;
      return applets[i].main;
    }
  return 0;
}

/* Called by an applet's name (a link to sgbox) it runs that applet; called by any
 * other name (sgbox, sgbox-global, example-sgbox...) the first argument names it. */
int main(int argc, char** argv) {
  applet_main* run = argc > 0 ? find_applet(base_name(argv[0])) : 0;
  if (!run) {
    if (argc < 2) {
      fputs("usage: sgbox APPLET [ARGUMENT]...\napplets:", stderr);
      for (size_t i = 0; i < sizeof applets / sizeof *applets; ++i)
        fprintf(stderr, " %s", applets[i].name);
      fputc('\n', stderr);
      return 1;
    }
    --argc, ++argv;
    run = find_applet(base_name(argv[0]));
    if (!run) {
      fprintf(stderr, "sgbox: %s: applet not found\n", argv[0]);
      return 127;
    }
  }
  int status = run(argc, argv);
  if (fflush(stdout) != 0 && status == 0) {
    complain_errno("write error");
    status = 1;
  }
  return status;
}

/* ---- shared helpers ---- */

int parse(int argc, char** argv, const char* spec, int bad_status) {
  memset(opt, 0, sizeof opt);
  memset(optarg_of, 0, sizeof optarg_of);
  int operands = 0, only_operands = 0;
  for (int i = 1; i < argc; ++i) {
    char* word = argv[i];
    if (only_operands || word[0] != '-' || word[1] == 0) {
      argv[operands++] = word;
      continue;
    }
    if (strcmp(word, "--") == 0) {
      only_operands = 1;
      continue;
    }
    for (char* c = word + 1; *c; ++c) {
      const char* at = (unsigned char)*c < 128 && *c != ':' ? strchr(spec, *c) : 0;
      if (!at) {
        if (word[1] == '-')
          fprintf(stderr, "%s: unrecognized option '%s'\n", applet, word);
        else
          fprintf(stderr, "%s: invalid option -- '%c'\n", applet, *c);
        usage_exit(bad_status);
      }
      ++opt[(unsigned char)*c];
      if (at[1] == ':') {
        if (c[1]) {
          optarg_of[(unsigned char)*c] = c + 1;
        } else if (i + 1 < argc) {
          optarg_of[(unsigned char)*c] = argv[++i];
        } else {
          fprintf(stderr, "%s: option requires an argument -- '%c'\n", applet, *c);
          usage_exit(bad_status);
        }
        break;
      }
    }
  }
  argv[operands] = 0;
  return operands;
}

static void say(int with_errno, const char* format, va_list args) {
  int saved = errno;
  fflush(stdout);
  fprintf(stderr, "%s: ", applet);
  vfprintf(stderr, format, args);
  if (with_errno) fprintf(stderr, ": %s", strerror(saved));
  fputc('\n', stderr);
}

void complain(const char* format, ...) {
  va_list args;
  va_start(args, format);
  say(0, format, args);
  va_end(args);
}

void complain_errno(const char* format, ...) {
  va_list args;
  va_start(args, format);
  say(1, format, args);
  va_end(args);
}

void usage_exit(int status) {
  fprintf(stderr, "Try '%s --help' for more information.\n", applet);
  exit(status);
}

const char* quoted(const char* name) {
  static char buffers[4][512];
  static int next;
  char* out = buffers[next++ & 3];
  snprintf(out, sizeof buffers[0], "'%s'", name);
  return out;
}

long slurp(int fd, char** out) {
  size_t size = 0, capacity = 4096;
  char* buf = malloc(capacity);
  if (!buf) return -1;
  for (;;) {
    if (size == capacity) {
      char* bigger = realloc(buf, capacity *= 2);
      if (!bigger) {
        free(buf);
        return -1;
      }
      buf = bigger;
    }
    ssize_t got = read(fd, buf + size, capacity - size);
    if (got < 0) {
      if (errno == EINTR) continue;
      free(buf);
      return -1;
    }
    if (got == 0) break;
    size += (size_t)got;
  }
  *out = buf;
  return (long)size;
}

int write_all(int fd, const char* buf, size_t n) {
  while (n) {
    ssize_t done = write(fd, buf, n);
    if (done < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    buf += done;
    n -= (size_t)done;
  }
  return 0;
}

char* join_path(const char* dir, const char* name) {
  size_t d = strlen(dir), n = strlen(name);
  char* path = malloc(d + n + 2);
  if (!path) return 0;
  memcpy(path, dir, d);
  size_t at = d;
  if (d && dir[d - 1] != '/') path[at++] = '/';
  memcpy(path + at, name, n + 1);
  return path;
}

const char* base_name(const char* path) {
  static char buf[256];
  size_t n = strlen(path);
  while (n > 1 && path[n - 1] == '/') --n;
  size_t start = n;
  while (start && path[start - 1] != '/') --start;
  if (n - start >= sizeof buf) return path + start;
  memcpy(buf, path + start, n - start);
  buf[n - start] = 0;
  return buf;
}

/* NAME:x:ID:... lines of /etc/passwd or /etc/group. */
static const char* name_of(const char* file, unsigned id, char* out, size_t size) {
  FILE* f = fopen(file, "r");
  if (!f) return 0;
  char line[512];
  const char* found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    char* first = strchr(line, ':');
    char* second = first ? strchr(first + 1, ':') : 0;
    if (!second) continue;
    char* end;
    unsigned long value = strtoul(second + 1, &end, 10);
    if (end == second + 1 || *end != ':' || value != id) continue;
    *first = 0;
    size_t n = strlen(line) < size - 1 ? strlen(line) : size - 1;
    memcpy(out, line, n);
    out[n] = 0;
    found = out;
  }
  fclose(f);
  return found;
}

const char* user_name(unsigned id) {
  static char name[64];
  static unsigned cached = (unsigned)-1;
  static const char* answer;
  if (id != cached) cached = id, answer = name_of("/etc/passwd", id, name, sizeof name);
  return answer;
}

const char* group_name(unsigned id) {
  static char name[64];
  static unsigned cached = (unsigned)-1;
  static const char* answer;
  if (id != cached) cached = id, answer = name_of("/etc/group", id, name, sizeof name);
  return answer;
}

/* ---- small applets ---- */

int true_main(int argc, char** argv) {
  (void)argc, (void)argv;
  return 0;
}

int false_main(int argc, char** argv) {
  (void)argc, (void)argv;
  return 1;
}

/* GNU echo: leading words made only of n, e, E are options; -e turns escapes on. */
int echo_main(int argc, char** argv) {
  int newline = 1, escapes = 0, i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; ++i) {
    if (strspn(argv[i] + 1, "neE") != strlen(argv[i] + 1)) break;
    for (const char* c = argv[i] + 1; *c; ++c)
      *c == 'n' ? (newline = 0) : *c == 'e' ? (escapes = 1) : (escapes = 0);
  }
  for (int first = i; i < argc; ++i) {
    if (i > first) putchar(' ');
    for (const char* s = argv[i]; *s; ++s) {
      if (!escapes || *s != '\\' || !s[1]) {
        putchar(*s);
        continue;
      }
      int c = *++s;
      switch (c) {
        case 'a':
          c = '\a';
          break;
        case 'b':
          c = '\b';
          break;
        case 'c':
          return 0;
        case 'e':
          c = 033;
          break;
        case 'f':
          c = '\f';
          break;
        case 'n':
          c = '\n';
          break;
        case 'r':
          c = '\r';
          break;
        case 't':
          c = '\t';
          break;
        case 'v':
          c = '\v';
          break;
        case '\\':
          break;
        case 'x':
          if (!strchr("0123456789abcdefABCDEF", s[1]) || !s[1]) {
            putchar('\\');
            break;
          }
          c = 0;
          for (int n = 0; n < 2 && s[1] && strchr("0123456789abcdefABCDEF", s[1]); ++n) {
            char d = *++s;
            c = c * 16 + (d <= '9' ? d - '0' : (d | 32) - 'a' + 10);
          }
          break;
        case '0':
          c = 0;
          for (int n = 0; n < 3 && s[1] >= '0' && s[1] <= '7'; ++n) c = c * 8 + (*++s - '0');
          break;
        default:
          putchar('\\');
          break;
      }
      putchar(c);
    }
  }
  if (newline) putchar('\n');
  return 0;
}

int pwd_main(int argc, char** argv) {
  parse(argc, argv, "LP", 1);
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) {
    complain_errno("error retrieving current directory");
    return 1;
  }
  puts(buf);
  return 0;
}

/* sleep NUMBER[smhd]...: the sum of the intervals. */
int sleep_main(int argc, char** argv) {
  int n = parse(argc, argv, "", 1);
  if (n == 0) {
    complain("missing operand");
    usage_exit(1);
  }
  double total = 0;
  int bad = 0;
  for (int i = 0; i < n; ++i) {
    char* end;
    double value = strtod(argv[i], &end);
    double scale = *end == 0 || *end == 's' ? 1
                   : *end == 'm'            ? 60
                   : *end == 'h'            ? 3600
                   : *end == 'd'            ? 86400
                                            : -1;
    if (end == argv[i] || value < 0 || scale < 0 || (*end && end[1])) {
      complain("invalid time interval %s", quoted(argv[i]));
      bad = 1;
      continue;
    }
    total += value * scale;
  }
  if (bad) usage_exit(1);
  struct timespec left = {(time_t)total, (long)((total - (double)(time_t)total) * 1e9)};
  while (nanosleep(&left, &left) != 0 && errno == EINTR) {
  }
  return 0;
}

/* env [-i] [-u NAME]... [NAME=VALUE]... [COMMAND [ARG]...] */
int env_main(int argc, char** argv) {
  extern char** environ;
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; ++i) {
    if (strcmp(argv[i], "--") == 0) {
      ++i;
      break;
    }
    if (strcmp(argv[i], "-i") == 0 || strcmp(argv[i], "--ignore-environment") == 0) {
      clearenv();
    } else if (strcmp(argv[i], "-u") == 0 && i + 1 < argc) {
      unsetenv(argv[++i]);
    } else if (strncmp(argv[i], "-u", 2) == 0 && argv[i][2]) {
      unsetenv(argv[i] + 2);
    } else {
      fprintf(stderr, "env: invalid option -- '%c'\n", argv[i][1]);
      usage_exit(125);
    }
  }
  if (i < argc && strcmp(argv[i], "-") == 0) clearenv(), ++i;
  for (; i < argc && strchr(argv[i], '='); ++i)
    if (putenv(argv[i]) != 0) {
      complain_errno("cannot set %s", quoted(argv[i]));
      return 125;
    }
  if (i == argc) {
    for (char** e = environ; e && *e; ++e) puts(*e);
    return 0;
  }
  fflush(stdout);
  execvp(argv[i], argv + i);
  int status = errno == ENOENT ? 127 : 126;
  complain_errno("%s", quoted(argv[i]));
  return status;
}

/* uname [-asnrvmpio]: GNU's order; -p and -i say "unknown", which -a leaves out. */
int uname_main(int argc, char** argv) {
  if (parse(argc, argv, "asnrvmpio", 1) > 0) {
    complain("extra operand %s", quoted(argv[0]));
    usage_exit(1);
  }
  struct utsname u;
  if (uname(&u) != 0) {
    complain_errno("cannot get system name");
    return 1;
  }
  int all = opt['a'] != 0, any = 0;
  const char* fields[] = {u.sysname, u.nodename, u.release, u.version,
                          u.machine, "unknown",  "unknown", "GNU/Linux"};
  const char letters[] = "snrvmpio";
  for (int i = 0; i < 8; ++i) any |= opt[(unsigned char)letters[i]];
  if (!any && !all) opt['s'] = 1;
  int printed = 0;
  for (int i = 0; i < 8; ++i) {
    int want = opt[(unsigned char)letters[i]] || (all && i != 5 && i != 6);
    if (!want) continue;
    if (printed++) putchar(' ');
    fputs(fields[i], stdout);
  }
  putchar('\n');
  return 0;
}

/* kill [-s SIGNAL | -SIGNAL] PID... ; kill -l [SIGNAL]... */
static int signal_number(const char* name) {
  char* end;
  long n = strtol(name, &end, 10);
  if (*name && !*end) return n > 0 && n < 65 ? (int)n : -1;
  if (strncmp(name, "SIG", 3) == 0) name += 3;
  int number;
  return str2sig(name, &number) == 0 ? number : -1;
}

int kill_main(int argc, char** argv) {
  int sig = SIGTERM, i = 1;
  if (i < argc && (strcmp(argv[i], "-l") == 0 || strcmp(argv[i], "-L") == 0)) {
    char name[SIG2STR_MAX];
    if (i + 1 == argc) {
      for (int s = 1; s < 32; ++s)
        if (sig2str(s, name) == 0) puts(name);
      return 0;
    }
    int status = 0;
    for (++i; i < argc; ++i) {
      int s = signal_number(argv[i]);
      char* end;
      strtol(argv[i], &end, 10);
      if (s < 0 || sig2str(s, name) != 0) {
        complain("%s: invalid signal", quoted(argv[i]));
        status = 1;
      } else if (*end) {
        printf("%d\n", s);
      } else {
        puts(name);
      }
    }
    return status;
  }
  if (i < argc && strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
    sig = signal_number(argv[i + 1]);
    if (sig < 0) {
      complain("%s: invalid signal", quoted(argv[i + 1]));
      return 1;
    }
    i += 2;
  } else if (i < argc && argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0) {
    sig = signal_number(argv[i] + 1);
    if (sig < 0) {
      complain("%s: invalid signal", quoted(argv[i] + 1));
      return 1;
    }
    ++i;
  }
  if (i < argc && strcmp(argv[i], "--") == 0) ++i;
  if (i == argc) {
    complain("no process ID specified");
    usage_exit(1);
  }
  int status = 0;
  for (; i < argc; ++i) {
    char* end;
    long pid = strtol(argv[i], &end, 10);
    if (!*argv[i] || *end) {
      complain("%s: invalid process id", quoted(argv[i]));
      status = 1;
    } else if (kill((pid_t)pid, sig) != 0) {
      complain_errno("%s", argv[i]);
      status = 1;
    }
  }
  return status;
}

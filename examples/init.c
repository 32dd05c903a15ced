/* A small initramfs /init (issue 8): what PID 1 has to do, and no more.
 *
 *   1. mounts /proc, /sys, /dev (devtmpfs) and /run (tmpfs), sets the hostname
 *      (hostname=NAME on the kernel command line, else "sysgate");
 *   2. prints uname and the kernel command line;
 *   3. runs its commands, one after another, each in the foreground:
 *        - the words the kernel passes as arguments (those after "--" on the kernel
 *          command line, and any bare word it does not know), commands separated by a
 *          lone ";" word, e.g.   -- poweroff /bin/sgbox uname -a ; /bin/sgbox sleep 1
 *        - else the file named by rc=FILE (default /etc/rc) if it exists: a program or a
 *          #! script is run, any other file is read as one command a line (words split
 *          at blanks, # starts a comment);
 *        - else the built-in list: /bin/sh, if there is one;
 *      leading words "poweroff", "reboot", "halt" or "wait" choose what happens after
 *      the last command (default: power off; wait: stay up until a signal); other
 *      leading words without a '/' are kernel parameters the kernel did not know and
 *      passed on: they are ignored, so the first command must name its path;
 *   4. reaps every child, orphans included, and says so for the orphans;
 *   5. shuts down as busybox's init does on SIGTERM (reboot), SIGUSR2 (power off),
 *      SIGUSR1 (halt) and SIGINT (Ctrl-Alt-Del: reboot): everything left gets SIGTERM,
 *      then SIGKILL a second later, the disks are synced, then reboot(2).
 *
 * Signals are never handled asynchronously: init blocks the ones it cares about and takes
 * them from sigwaitinfo() (SIGCHLD included), so nothing races; its children get the
 * mask and dispositions of a fresh process back before execve. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { max_words = 64, max_commands = 32, rc_size = 8192 };
enum end_action { end_poweroff, end_reboot, end_halt, end_wait };

struct command {
  char* argv[max_words + 1];
};

static sigset_t init_signals; /* blocked in init, taken by sigwaitinfo */
static struct command commands[max_commands];
static int command_count;
static char rc_text[rc_size];

static void say(const char* format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char* format, ...) {
  char line[512];
  va_list args;
  va_start(args, format);
  int n = vsnprintf(line, sizeof line - 1, format, args);
  va_end(args);
  if (n < 0) return;
  if (n > (int)sizeof line - 2) n = (int)sizeof line - 2;
  line[n++] = '\n';
  write(1, "init: ", 6);
  write(1, line, (size_t)n);
}

static void mount_one(const char* source, const char* target, const char* type, const char* data) {
  mkdir(target, 0755); /* the initramfs may lack it; EEXIST is the usual answer */
  if (mount(source, target, type, MS_NOSUID | (strcmp(type, "devtmpfs") ? MS_NODEV : 0), data) !=
          0 &&
      errno != EBUSY)
    say("cannot mount %s on %s: %s", type, target, strerror(errno));
}

/* The whole of a small file, NUL-terminated; its length or -1. */
static long read_small_file(const char* path, char* buf, long size) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  long n = 0, got = 0;
  while (n < size - 1 && (got = read(fd, buf + n, (size_t)(size - 1 - n))) > 0) n += got;
  close(fd);
  buf[n] = 0;
  return got < 0 ? -1 : n;
}

static void show_system(void) {
  /* Linux >= 5.19 sets it from hostname= itself (and keeps the word); older kernels
   * pass hostname=NAME on to init's environment. */
  struct utsname u;
  const char* name = getenv("hostname");
  if ((!name || !*name) && uname(&u) == 0 && strcmp(u.nodename, "(none)") == 0) name = "sysgate";
  if (name && *name && sethostname(name, strlen(name)) != 0)
    say("sethostname: %s", strerror(errno));
  if (uname(&u) == 0)
    say("uname: %s %s %s %s %s", u.sysname, u.nodename, u.release, u.version, u.machine);
  char cmdline[1024];
  long n = read_small_file("/proc/cmdline", cmdline, sizeof cmdline);
  if (n > 0 && cmdline[n - 1] == '\n') cmdline[n - 1] = 0;
  if (n >= 0) say("kernel command line: %s", cmdline);
}

/* Splits argv-style words into commands at lone ";" words. */
static void commands_from_words(char** words) {
  int argc = 0;
  for (; *words; ++words) {
    if (strcmp(*words, ";") == 0) {
      if (argc) ++command_count, argc = 0;
      continue;
    }
    if (command_count == max_commands) break;
    if (argc < max_words) commands[command_count].argv[argc++] = *words;
  }
  if (argc && command_count < max_commands) ++command_count;
}

/* An rc file that is not a program: one command a line. */
static void commands_from_text(char* text) {
  char* words[max_words * 4 + 1];
  int n = 0;
  for (char* line = text; line && *line;) {
    char* next = strchr(line, '\n');
    if (next) *next++ = 0;
    char* hash = strchr(line, '#');
    if (hash) *hash = 0;
    int line_words = 0;
    for (char* word = strtok(line, " \t"); word && n < max_words * 4 - 1; word = strtok(0, " \t"))
      words[n++] = word, ++line_words;
    if (line_words && n < max_words * 4) words[n++] = (char*)";";
    line = next;
  }
  words[n] = 0;
  commands_from_words(words);
}

static void choose_commands(char** argv, enum end_action* end) {
  for (; *argv; ++argv) {
    if (strcmp(*argv, "poweroff") == 0)
      *end = end_poweroff;
    else if (strcmp(*argv, "reboot") == 0)
      *end = end_reboot;
    else if (strcmp(*argv, "halt") == 0)
      *end = end_halt;
    else if (strcmp(*argv, "wait") == 0)
      *end = end_wait;
    else if (!strchr(*argv, '/')) /* a kernel parameter it passed on, not a command */
      say("ignoring argument %s", *argv);
    else
      break;
  }
  if (*argv) {
    commands_from_words(argv);
    return;
  }
  const char* rc = getenv("rc");
  if (!rc || !*rc) rc = "/etc/rc";
  long n = read_small_file(rc, rc_text, sizeof rc_text);
  if (n > 0) {
    if (strncmp(rc_text, "#!", 2) == 0 || strncmp(rc_text, "\177ELF", 4) == 0) {
      commands[0].argv[0] = (char*)rc;
      command_count = 1;
    } else {
      commands_from_text(rc_text);
    }
    return;
  }
  static char* builtin[] = {(char*)"/bin/sh", 0};
  if (access(builtin[0], X_OK) == 0) commands_from_words(builtin);
}

/* The child side of a command: a fresh process's signal state, the console, execve. */
static void start(char** argv) {
  for (int s = 1; s < NSIG; ++s)
    if (sigismember(&init_signals, s) == 1) signal(s, SIG_DFL);
  sigprocmask(SIG_UNBLOCK, &init_signals, 0);
  extern char** environ;
  execve(argv[0], argv, environ);
  say("cannot run %s: %s", argv[0], strerror(errno));
  _exit(127);
}

static void describe(const char* what, pid_t pid, int status) {
  if (WIFEXITED(status))
    say("%s %d exited with status %d", what, (int)pid, WEXITSTATUS(status));
  else
    say("%s %d killed by signal %d", what, (int)pid, WTERMSIG(status));
}

/* The command running in the foreground, if any: the others init reaps are orphans. */
static pid_t foreground;
static const char* foreground_name;

/* Reaps every child that has ended; returns 1 if one of them was the foreground. */
static int reap(void) {
  int found = 0, status;
  pid_t pid;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
    if (pid == foreground) {
      found = 1;
      foreground = 0;
      describe(foreground_name, pid, status);
    } else {
      describe("reaped orphan", pid, status);
    }
  }
  return found;
}

/* Every user process descends from init: no child left means nobody is left. */
static int children_left(void) {
  reap();
  return !(waitpid(-1, 0, WNOHANG) < 0 && errno == ECHILD);
}

/* Waits for a signal; SIGCHLD reaps. Returns the shutdown signal that came, or 0 once
 * the foreground command has been reaped (when `watching`; else any child) or the
 * timeout ran out. */
static int wait_for(int watching, const struct timespec* timeout) {
  for (;;) {
    siginfo_t info;
    int s =
        timeout ? sigtimedwait(&init_signals, &info, timeout) : sigwaitinfo(&init_signals, &info);
    if (s < 0) {
      if (errno == EINTR) continue;
      return 0; /* EAGAIN: the timeout ran out */
    }
    if (s == SIGHUP) continue; /* busybox re-reads inittab; there is nothing to re-read */
    if (s != SIGCHLD) return s;
    if (reap() || !watching) return 0;
  }
}

/* Reaps until no child is left or a second has passed. */
static void reap_for_a_second(void) {
  struct timespec until, now, tenth = {0, 100000000};
  clock_gettime(CLOCK_MONOTONIC, &until);
  until.tv_sec += 1;
  while (children_left()) {
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec > until.tv_sec || (now.tv_sec == until.tv_sec && now.tv_nsec >= until.tv_nsec))
      return;
    wait_for(0, &tenth);
  }
}

static __attribute__((noreturn)) void shut_down(int how) {
  const char* word = how == (int)RB_AUTOBOOT      ? "reboot"
                     : how == (int)RB_HALT_SYSTEM ? "halt"
                                                  : "power off";
  say("%s: sending SIGTERM to every process", word);
  kill(-1, SIGTERM);
  reap_for_a_second();
  if (children_left()) {
    say("%s: sending SIGKILL to the rest", word);
    kill(-1, SIGKILL);
    reap_for_a_second();
  }
  sync();
  say("%s", word);
  reboot(how);
  say("reboot(2) failed: %s", strerror(errno));
  for (;;) pause(); /* PID 1 must never exit: that would be a kernel panic */
}

static int shutdown_command(int s) {
  return s == SIGTERM || s == SIGINT ? RB_AUTOBOOT : s == SIGUSR1 ? RB_HALT_SYSTEM : RB_POWER_OFF;
}

int main(int argc, char** argv) {
  (void)argc;
  if (getpid() != 1) {
    fprintf(stderr, "init: must run as process 1\n");
    return 1;
  }
  sigemptyset(&init_signals);
  int taken[] = {SIGCHLD, SIGTERM, SIGUSR1, SIGUSR2, SIGINT, SIGHUP};
  for (unsigned i = 0; i < sizeof taken / sizeof *taken; ++i) sigaddset(&init_signals, taken[i]);
  sigprocmask(SIG_BLOCK, &init_signals, 0);
  reboot(RB_DISABLE_CAD); /* Ctrl-Alt-Del sends SIGINT instead of rebooting at once */

  write(1, "\n", 1); /* ends whatever the kernel left on the console's last line */
  say("sysgate init starting");
  mount_one("proc", "/proc", "proc", 0);
  mount_one("sysfs", "/sys", "sysfs", 0);
  mount_one("devtmpfs", "/dev", "devtmpfs", 0);
  mount_one("tmpfs", "/run", "tmpfs", "mode=0755");
  show_system();

  enum end_action end = end_poweroff;
  choose_commands(argv + 1, &end);
  for (int i = 0; i < command_count; ++i) {
    char** words = commands[i].argv;
    char line[256];
    size_t used = 0;
    for (char** w = words; *w && used < sizeof line; ++w)
      used += (size_t)snprintf(line + used, sizeof line - used, "%s%s", w == words ? "" : " ", *w);
    say("running %s", line);
    pid_t pid = fork();
    if (pid < 0) {
      say("fork: %s", strerror(errno));
      continue;
    }
    if (pid == 0) start(words);
    foreground = pid;
    foreground_name = words[0];
    int s = wait_for(1, 0);
    if (s) {
      say("signal %d", s);
      shut_down(shutdown_command(s));
    }
  }
  if (end == end_wait) {
    say("commands done; waiting for a signal");
    int s;
    while (!(s = wait_for(0, 0))) {
    }
    say("signal %d", s);
    shut_down(shutdown_command(s));
  }
  say("commands done");
  shut_down(end == end_reboot ? RB_AUTOBOOT : end == end_halt ? RB_HALT_SYSTEM : RB_POWER_OFF);
}

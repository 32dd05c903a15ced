/* /init of a kernel test: runs every program /manifest lists, judges each as
 * tests/run_program.c does natively (exit status or signal, text it must print), prints
 * one block per test on the console, and ends qemu through isa-debug-exit with a status
 * that says whether all passed.
 *
 * Console protocol (tests/kernel/kernel_test.sh and kernel_boot.py read it):
 *   sysgate-kernel: begin NAME
 *   ...the program's stdout, then its stderr, then why it failed if it did...
 *   sysgate-kernel: result NAME pass|fail (status N | signal N, T ms)
 *   sysgate-kernel: done P passed, F failed
 * Environment variables SYSGATE_* on the kernel command line reach /init's environment
 * (the kernel passes unknown name=value parameters on): each test gets them too, so one
 * initramfs serves every environment.
 *
 * Built with sysgate-cc alone: raw syscalls through syscall(), no stdio. */
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sysgate.h>
#include <time.h>
#include <unistd.h>

/* Kernel ABI numbers sysgate has no header for yet (<fcntl.h>, <sys/wait.h>,
 * <sys/reboot.h>); the values are the same on i386 and x86_64. */
enum {
  open_read_only = 00,                /* O_RDONLY */
  open_write_new = 01 | 0100 | 01000, /* O_WRONLY | O_CREAT | O_TRUNC */
  debug_exit_port = 0xf4,             /* qemu -device isa-debug-exit,iobase=0xf4 */
  reboot_magic1 = (int)0xfee1dead,    /* LINUX_REBOOT_MAGIC1 */
  reboot_magic2 = 672274793,          /* LINUX_REBOOT_MAGIC2 */
  reboot_power_off = (int)0x4321fedc, /* LINUX_REBOOT_CMD_POWER_OFF */
};
enum { max_words = 128, capture_size = 64 * 1024 };

static void put(const char* s) { write(1, s, strlen(s)); }

static void put_dec(long value) {
  char buf[24];
  int i = sizeof buf;
  unsigned long v = value < 0 ? 0ul - (unsigned long)value : (unsigned long)value;
  do buf[--i] = (char)('0' + v % 10);
  while (v /= 10);
  if (value < 0) buf[--i] = '-';
  write(1, buf + i, sizeof buf - i);
}

/* qemu exits with (value << 1) | 1: 1 when all passed, 3 when one failed. Without the
 * device (another machine) the write goes nowhere and the power-off ends the boot. */
static __attribute__((noreturn)) void finish(int all_passed) {
  if (syscall(SYS_ioperm, debug_exit_port, 4, 1) == 0) {
    unsigned char value = all_passed ? 0 : 1;
    __asm__ volatile("outb %0, %w1" : : "a"(value), "Nd"(debug_exit_port));
  }
  syscall(SYS_reboot, reboot_magic1, reboot_magic2, reboot_power_off, 0);
  for (;;) syscall(SYS_pause); /* /init must never return: that is a kernel panic */
}

static int mount_or_say(const char* type, const char* target) {
  if (syscall(SYS_mount, type, target, type, 0, 0) == 0) return 1;
  put("sysgate-kernel: cannot mount ");
  put(type);
  put(" on ");
  put(target);
  put("\n");
  return 0;
}

/* The whole of a small file, NUL-terminated; its length, or -1. */
static long read_file(const char* path, char* buf, long size) {
  long fd = syscall(SYS_open, path, open_read_only, 0), n = 0, got = 0;
  if (fd < 0) return -1;
  while (n < size - 1 && (got = read((int)fd, buf + n, (size_t)(size - 1 - n))) > 0) n += got;
  close((int)fd);
  buf[n] = 0;
  return got < 0 ? -1 : n;
}

/* Undoes make_initramfs.py's escaping (\\ \n \t) in place. */
static void unescape(char* s) {
  char* out = s;
  for (; *s; ++s) {
    if (*s == '\\' && s[1]) {
      ++s;
      *out++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
    } else {
      *out++ = *s;
    }
  }
  *out = 0;
}

/* A small non-negative decimal: an exit status or a signal number. */
static int atoi_small(const char* s) {
  int value = 0;
  while (*s >= '0' && *s <= '9') value = value * 10 + (*s++ - '0');
  return value;
}

static int contains(const char* haystack, long length, const char* needle) {
  long n = (long)strlen(needle);
  for (long i = 0; i + n <= length; ++i)
    if (memcmp(haystack + i, needle, (size_t)n) == 0) return 1;
  return 0;
}

/* One manifest record, its strings pointing into the manifest buffer. */
struct test {
  const char* name;
  const char* path;
  const char* argv[max_words + 1];
  const char* envp[max_words + 1];
  const char* stdout_has[max_words + 1];
  const char* stderr_has[max_words + 1];
  int argc, envc, stdout_count, stderr_count;
  int status, signal; /* signal 0: it must exit with status */
};

static int add(const char** list, int* count, const char* value) {
  if (*count == max_words) return 0;
  list[(*count)++] = value;
  list[*count] = 0;
  return 1;
}

static void child(const struct test* t) {
  long out = syscall(SYS_open, "/tmp/stdout", open_write_new, 0644);
  long err = syscall(SYS_open, "/tmp/stderr", open_write_new, 0644);
  long in = syscall(SYS_open, "/dev/null", open_read_only, 0);
  if (out < 0 || err < 0 || in < 0 || syscall(SYS_dup2, in, 0) < 0 ||
      syscall(SYS_dup2, out, 1) < 0 || syscall(SYS_dup2, err, 2) < 0)
    _exit(126);
  syscall(SYS_execve, t->path, t->argv, t->envp);
  put("sysgate-kernel: execve failed\n");
  _exit(127);
}

static char captured_stdout[capture_size], captured_stderr[capture_size];

static void show(const char* text, long length) {
  if (length <= 0) return;
  write(1, text, (size_t)length);
  if (text[length - 1] != '\n') put("\n");
}

static void complain(const struct test* t, const char* what, const char* detail) {
  put("sysgate-kernel: ");
  put(t->name);
  put(": ");
  put(what);
  put(detail);
  put("\n");
}

static long milliseconds(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* Runs one test and prints its block; 1 if it passed. */
static int run(const struct test* t) {
  put("sysgate-kernel: begin ");
  put(t->name);
  put("\n");
  long started = milliseconds();
  long pid = syscall(SYS_fork);
  if (pid == 0) child(t);
  int status = 0;
  if (pid < 0 || syscall(SYS_wait4, pid, &status, 0, 0) != pid) {
    complain(t, "fork or wait4 failed", "");
    return 0;
  }
  long out_length = read_file("/tmp/stdout", captured_stdout, capture_size);
  long err_length = read_file("/tmp/stderr", captured_stderr, capture_size);
  show(captured_stdout, out_length);
  show(captured_stderr, err_length);

  /* wait4's status word: the low 7 bits are the signal (0: it exited), bits 8-15 the
   * exit status. */
  int signal = status & 0x7f, exit_status = (status >> 8) & 0xff;
  int ok = signal ? signal == t->signal : t->signal == 0 && exit_status == t->status;
  if (!ok) complain(t, "did not end as it must", "");
  for (int i = 0; i < t->stdout_count; ++i)
    if (!contains(captured_stdout, out_length, t->stdout_has[i])) {
      complain(t, "stdout lacks ", t->stdout_has[i]);
      ok = 0;
    }
  for (int i = 0; i < t->stderr_count; ++i)
    if (!contains(captured_stderr, err_length, t->stderr_has[i])) {
      complain(t, "stderr lacks ", t->stderr_has[i]);
      ok = 0;
    }
  put("sysgate-kernel: result ");
  put(t->name);
  put(ok ? " pass (" : " fail (");
  put(signal ? "signal " : "status ");
  put_dec(signal ? signal : exit_status);
  put(", ");
  put_dec(milliseconds() - started);
  put(" ms)\n");
  return ok;
}

/* Fills *t from the manifest lines at *cursor, up to "end"; 0 at the end or on error. */
static int next_test(char** cursor, struct test* t) {
  memset(t, 0, sizeof *t);
  extern char** environ;
  /* What the kernel command line said for this environment reaches every test. */
  for (char** e = environ; *e; ++e)
    if (strncmp(*e, "SYSGATE_", 8) == 0) add(t->envp, &t->envc, *e);
  while (**cursor) {
    char* line = *cursor;
    char* end = line;
    while (*end && *end != '\n') ++end;
    *cursor = *end ? end + 1 : end;
    *end = 0;
    char* value = line;
    while (*value && *value != ' ') ++value;
    if (*value) *value++ = 0;
    unescape(value);
    int fits = 1;
    if (strcmp(line, "end") == 0) return t->name && t->path;
    if (strcmp(line, "test") == 0)
      t->name = value;
    else if (strcmp(line, "path") == 0)
      fits = add(t->argv, &t->argc, t->path = value);
    else if (strcmp(line, "arg") == 0)
      fits = add(t->argv, &t->argc, value);
    else if (strcmp(line, "env") == 0)
      fits = add(t->envp, &t->envc, value);
    else if (strcmp(line, "status") == 0)
      t->status = atoi_small(value);
    else if (strcmp(line, "signal") == 0)
      t->signal = atoi_small(value);
    else if (strcmp(line, "stdout") == 0)
      fits = add(t->stdout_has, &t->stdout_count, value);
    else if (strcmp(line, "stderr") == 0)
      fits = add(t->stderr_has, &t->stderr_count, value);
    else
      fits = 0;
    if (!fits) {
      put("sysgate-kernel: bad manifest line: ");
      put(line);
      put("\n");
      return 0;
    }
  }
  return 0;
}

static char manifest[256 * 1024];

int main(void) {
  /* CLOCK_MONOTONIC starts near boot: how long the kernel took to get here. */
  /* The newline ends whatever the kernel left on the console's last line. */
  put("\nsysgate-kernel: runner up after ");
  put_dec(milliseconds());
  put(" ms, entry ");
  put(sysgate_entry_name());
  put("\n");
  /* proc for the tests that read /proc, devtmpfs for /dev/null, tmpfs for the output. */
  if (!mount_or_say("proc", "/proc") || !mount_or_say("devtmpfs", "/dev") ||
      !mount_or_say("tmpfs", "/tmp"))
    finish(0);
  long length = read_file("/manifest", manifest, sizeof manifest);
  if (length < 0 || length == (long)sizeof manifest - 1) {
    put("sysgate-kernel: cannot read /manifest\n");
    finish(0);
  }
  int passed = 0, failed = 0;
  char* cursor = manifest;
  struct test t;
  while (next_test(&cursor, &t)) run(&t) ? ++passed : ++failed;
  if (*cursor) ++failed; /* a record next_test could not read */
  put("sysgate-kernel: done ");
  put_dec(passed);
  put(" passed, ");
  put_dec(failed);
  put(" failed\n");
  finish(failed == 0 && passed > 0);
}

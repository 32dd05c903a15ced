/*
 * Run one test program and judge how it ended (a host program: built for the build
 * machine, it starts in a millisecond where a Python checker took tens, hundreds behind
 * a version manager's shim, and there are hundreds of these tests per build).
 *
 * usage: run-program [--status N | --signal NAME] [--stdout-has TEXT]...
 *                    [--stderr-has TEXT]... -- [WRAPPER...] PROGRAM [ARGS...]
 *
 * Meson's own verdict knows only "exit 0" and a few magic codes (77 is a skip, 99 an
 * error), so every hermetic program runs through this: the exact status or the exact
 * signal it must end with, and what it must print. Its output is passed through
 * (stdout, then stderr), and each failure is one line naming the command and what
 * differed: "run_program: CMD: stdout lacks 'TEXT'".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { timeout_seconds = 120 };

struct buffer {
  char *data;
  size_t size, capacity;
};

static void append(struct buffer *b, const char *data, size_t size) {
  if (b->size + size + 1 > b->capacity) {
    b->capacity = (b->size + size + 1) * 2;
    b->data = realloc(b->data, b->capacity);
    if (!b->data) {
      perror("run_program: realloc");
      exit(2);
    }
  }
  memcpy(b->data + b->size, data, size);
  b->size += size;
}

static void write_all(int fd, const char *data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data += n;
    size -= (size_t)n;
  }
}

static int signal_number(const char *name) {
  if (strncmp(name, "SIG", 3) == 0) name += 3;
  for (int s = 1; s < NSIG; s++) {
    const char *abbrev = sigabbrev_np(s);
    if (abbrev && strcmp(abbrev, name) == 0) return s;
  }
  return -1;
}

static void describe(char *out, size_t size, int status) {
  if (WIFSIGNALED(status)) {
    const char *abbrev = sigabbrev_np(WTERMSIG(status));
    if (abbrev)
      snprintf(out, size, "SIG%s", abbrev);
    else
      snprintf(out, size, "signal %d", WTERMSIG(status));
  } else {
    snprintf(out, size, "status %d", WEXITSTATUS(status));
  }
}

/* One failure line, as tests/run_program.py printed it: the command, then what. */
static int failures;
static char **command;

static void fail(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void fail(const char *format, ...) {
  fputs("run_program:", stderr);
  for (char **word = command; *word; word++) fprintf(stderr, " %s", *word);
  fputs(": ", stderr);
  va_list args;
  va_start(args, format);
  vfprintf(stderr, format, args);
  va_end(args);
  fputc('\n', stderr);
  failures++;
}

static void lacks(const char *stream, const struct buffer *b, const char *text) {
  size_t length = strlen(text);
  if (length == 0 || memmem(b->data ? b->data : "", b->size, text, length)) return;
  /* repr()-like: newlines and quotes shown escaped, as Python's !r did. */
  char shown[4096];
  size_t n = 0;
  for (const char *c = text; *c && n + 8 < sizeof shown; c++) {
    if (*c == '\n')
      n += (size_t)snprintf(shown + n, sizeof shown - n, "\\n");
    else if (*c == '\t')
      n += (size_t)snprintf(shown + n, sizeof shown - n, "\\t");
    else if (*c == '\'' || *c == '\\')
      n += (size_t)snprintf(shown + n, sizeof shown - n, "\\%c", *c);
    else
      shown[n++] = *c;
  }
  shown[n] = 0;
  fail("%s lacks '%s'", stream, shown);
}

int main(int argc, char **argv) {
  int want_status = 0, want_signal = 0;
  const char *signal_name = NULL;
  const char **stdout_has = calloc((size_t)argc, sizeof *stdout_has);
  const char **stderr_has = calloc((size_t)argc, sizeof *stderr_has);
  int n_stdout = 0, n_stderr = 0, i = 1;
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, "run_program: %s wants a value\n", argv[i]);
      return 2;
    }
    if (strcmp(argv[i], "--status") == 0) {
      want_status = atoi(argv[++i]);
    } else if (strcmp(argv[i], "--signal") == 0) {
      signal_name = argv[++i];
      want_signal = signal_number(signal_name);
      if (want_signal < 0) {
        fprintf(stderr, "run_program: unknown signal %s\n", signal_name);
        return 2;
      }
    } else if (strcmp(argv[i], "--stdout-has") == 0) {
      stdout_has[n_stdout++] = argv[++i];
    } else if (strcmp(argv[i], "--stderr-has") == 0) {
      stderr_has[n_stderr++] = argv[++i];
    } else {
      fprintf(stderr, "run_program: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if (i >= argc) {
    fputs("run_program: no command\n", stderr);
    return 2;
  }
  command = argv + i;

  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
    perror("run_program: pipe2");
    return 2;
  }
  pid_t child = fork();
  if (child < 0) {
    perror("run_program: fork");
    return 2;
  }
  if (child == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    execvp(command[0], command);
    fprintf(stderr, "run_program: cannot run %s: %s\n", command[0], strerror(errno));
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);

  struct buffer out = {0}, err = {0};
  struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  struct buffer *buffers[2] = {&out, &err};
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  int open_fds = 2, timed_out = 0;
  while (open_fds > 0) {
    clock_gettime(CLOCK_MONOTONIC, &now);
    long left = (long)(start.tv_sec + timeout_seconds - now.tv_sec) * 1000;
    if (left <= 0) {
      timed_out = 1;
      kill(child, SIGKILL);
      break;
    }
    int ready = poll(fds, 2, (int)(left > 1000 ? 1000 : left));
    if (ready < 0 && errno != EINTR) {
      perror("run_program: poll");
      return 2;
    }
    for (int f = 0; f < 2 && ready > 0; f++) {
      if (fds[f].fd < 0 || !fds[f].revents) continue;
      char chunk[65536];
      ssize_t n = read(fds[f].fd, chunk, sizeof chunk);
      if (n > 0) {
        append(buffers[f], chunk, (size_t)n);
      } else if (n == 0 || errno != EINTR) {
        close(fds[f].fd);
        fds[f].fd = -1;
        open_fds--;
      }
    }
  }
  int status;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  write_all(1, out.data, out.size);
  write_all(2, err.data, err.size);
  fflush(stderr);

  if (timed_out) {
    fail("did not end within %d seconds", timeout_seconds);
  } else if (signal_name) {
    if (!WIFSIGNALED(status) || WTERMSIG(status) != want_signal) {
      char how[64];
      describe(how, sizeof how, status);
      fail("ended with %s, wanted %s", how, signal_name);
    }
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != want_status) {
    char how[64];
    describe(how, sizeof how, status);
    fail("ended with %s, wanted status %d", how, want_status);
  }
  for (int t = 0; t < n_stdout; t++) lacks("stdout", &out, stdout_has[t]);
  for (int t = 0; t < n_stderr; t++) lacks("stderr", &err, stderr_has[t]);
  return failures ? 1 : 0;
}

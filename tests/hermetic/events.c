/* Waiting on descriptors against glibc, byte for byte: poll/ppoll, select/pselect,
 * epoll, eventfd, timerfd, inotify; bad descriptors, pointers, flags and timeouts.
 * Every line is a call's result (and errno on failure); the last one a hash of them
 * all that tests/hermetic/meson.build pins. Nothing printed depends on timing.
 *
 * A mismatch: run this program and its -glibc twin and compare the lines. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

static void* volatile bad_pointer = (void*)1;
#define BAD_POINTER ((void*)bad_pointer)

static unsigned hash = 2166136261u;
static int lines;

static void say(const char* format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char* format, ...) {
  char line[512];
  va_list args;
  va_start(args, format);
  int n = vsnprintf(line, sizeof line - 1, format, args);
  va_end(args);
  line[n++] = '\n';
  for (int i = 0; i < n; ++i) hash = (hash ^ (unsigned char)line[i]) * 16777619u;
  write(1, line, (size_t)n);
  ++lines;
}

static void result(const char* what, long long r) {
  if (r == -1)
    say("%s = -1 errno %d", what, errno);
  else
    say("%s = %lld", what, r);
}
#define R(call) (errno = 0, result(#call, (long long)(call)))

static void polls(void) {
  int p[2];
  pipe(p);
  write(p[1], "x", 1);
  struct pollfd fds[3] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}, {900, POLLIN, 0}};
  R(poll(fds, 3, 0));
  say("revents %#x %#x %#x", fds[0].revents, fds[1].revents, fds[2].revents);
  R(poll(BAD_POINTER, 1, 0));
  R(poll(fds, 0, 0));
  struct timespec zero = {0, 0}, bad = {0, -1};
  R(ppoll(fds, 2, &zero, NULL));
  say("ppoll left timeout %lld.%ld", (long long)zero.tv_sec, zero.tv_nsec);
  R(ppoll(fds, 2, &bad, NULL));
  sigset_t mask;
  memset(&mask, 0, sizeof mask);
  R(ppoll(fds, 2, &zero, &mask));
  struct timespec short_wait = {0, 1000};
  R(ppoll(fds + 1, 0, &short_wait, NULL));

  fd_set r, w;
  FD_ZERO(&r);
  FD_ZERO(&w);
  FD_SET(p[0], &r);
  FD_SET(p[1], &w);
  struct timeval tv = {0, 0};
  R(select(p[1] + 1, &r, &w, NULL, &tv));
  say("select sets %d %d left %lld.%ld", FD_ISSET(p[0], &r), FD_ISSET(p[1], &w),
      (long long)tv.tv_sec, (long)tv.tv_usec);
  struct timeval bad_tv = {0, 2000000};
  R(select(p[1] + 1, &r, NULL, NULL, &bad_tv));
  bad_tv.tv_sec = -1;
  bad_tv.tv_usec = 0;
  R(select(p[1] + 1, &r, NULL, NULL, &bad_tv));
  bad_tv.tv_sec = 0;
  bad_tv.tv_usec = -1;
  R(select(p[1] + 1, &r, NULL, NULL, &bad_tv));
  R(select(-1, &r, NULL, NULL, &tv));
  FD_ZERO(&r);
  FD_SET(900, &r);
  R(select(901, &r, NULL, NULL, &tv));
  R(select(p[1] + 1, BAD_POINTER, NULL, NULL, &tv));
  char c;
  read(p[0], &c, 1);
  FD_ZERO(&r);
  FD_SET(p[0], &r);
  struct timeval wait = {0, 2000};
  R(select(p[0] + 1, &r, NULL, NULL, &wait));
  say("select timed out: left %lld.%ld set %d", (long long)wait.tv_sec, (long)wait.tv_usec,
      FD_ISSET(p[0], &r));
  FD_SET(p[0], &r);
  R(pselect(p[0] + 1, &r, NULL, NULL, &short_wait, &mask));
  say("pselect timeout kept %lld.%ld", (long long)short_wait.tv_sec, short_wait.tv_nsec);
  R(pselect(p[0] + 1, &r, NULL, NULL, &bad, NULL));
  close(p[0]);
  close(p[1]);
}

static void epolls(void) {
  int p[2];
  pipe(p);
  R(epoll_create(0));
  R(epoll_create1(0x1));
  int ep = epoll_create(1);
  say("epoll_create: %d", ep >= 0);
  R(fcntl(ep, F_GETFD));
  close(ep);
  ep = epoll_create1(EPOLL_CLOEXEC);
  R(fcntl(ep, F_GETFD));
  struct epoll_event e = {.events = EPOLLIN, .data.u64 = 0x123456789abcdefull};
  R(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &e));
  R(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &e));
  R(epoll_ctl(-1, EPOLL_CTL_ADD, p[0], &e));
  R(epoll_ctl(ep, EPOLL_CTL_ADD, 900, &e));
  R(epoll_ctl(ep, 99, p[0], &e));
  R(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &e));
  R(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], BAD_POINTER));
  struct epoll_event got[4];
  R(epoll_wait(ep, got, 4, 0));
  write(p[1], "y", 1);
  R(epoll_wait(ep, BAD_POINTER, 4, 0));
  memset(got, 0, sizeof got);
  R(epoll_wait(ep, got, 4, 0));
  say("event %#x data %#llx", got[0].events, (unsigned long long)got[0].data.u64);
  e.events = EPOLLIN | EPOLLET;
  e.data.fd = 77;
  R(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &e));
  memset(got, 0, sizeof got);
  sigset_t mask;
  memset(&mask, 0, sizeof mask);
  R(epoll_pwait(ep, got, 4, 0, &mask));
  say("event %#x fd %d", got[0].events, got[0].data.fd);
  R(epoll_wait(ep, got, 0, 0));
  R(epoll_wait(-1, got, 4, 0));
  R(epoll_wait(p[0], got, 4, 0));
  R(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
  R(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
  R(epoll_pwait(ep, got, 4, 0, NULL));
  say("sizeof(struct epoll_event) %d", (int)sizeof(struct epoll_event));
  close(ep);
  close(p[0]);
  close(p[1]);
}

static void eventfds(void) {
  int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  say("eventfd: %d", fd >= 0);
  R(fcntl(fd, F_GETFD));
  eventfd_t value = 99;
  R(eventfd_read(fd, &value));
  R(eventfd_write(fd, 5));
  R(eventfd_write(fd, 7));
  R(eventfd_read(fd, &value));
  say("value %llu", (unsigned long long)value);
  R(eventfd_write(fd, ~0ull));
  R(eventfd_write(-1, 1));
  R(eventfd_read(-1, &value));
  close(fd);
  fd = eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK);
  R(eventfd_read(fd, &value));
  say("semaphore value %llu", (unsigned long long)value);
  close(fd);
  R(eventfd(0, 0x1234));
}

static void timerfds(void) {
  R(timerfd_create(99999, 0));
  R(timerfd_create(CLOCK_MONOTONIC, 0x1234));
  int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
  say("timerfd_create: %d", fd >= 0);
  R(fcntl(fd, F_GETFD));
  struct itimerspec set = {{7, 5}, {1000, 0}}, old, now;
  R(timerfd_settime(fd, 0, &set, NULL));
  R(timerfd_gettime(fd, &now));
  say("interval %lld.%ld value in (990, 1000]: %d", (long long)now.it_interval.tv_sec,
      now.it_interval.tv_nsec, now.it_value.tv_sec >= 990 && now.it_value.tv_sec <= 1000);
  uint64_t expirations;
  R(read(fd, &expirations, sizeof expirations));
  struct itimerspec soon = {{0, 0}, {0, 1}};
  R(timerfd_settime(fd, 0, &soon, &old));
  say("old interval %lld.%ld", (long long)old.it_interval.tv_sec, old.it_interval.tv_nsec);
  struct pollfd pfd = {fd, POLLIN, 0};
  R(poll(&pfd, 1, 5000));
  R(read(fd, &expirations, sizeof expirations));
  say("expirations %llu", (unsigned long long)expirations);
  struct itimerspec bad = {{0, 0}, {0, 1000000000}};
  R(timerfd_settime(fd, 0, &bad, NULL));
  R(timerfd_settime(fd, 0x100, &set, NULL));
  R(timerfd_settime(-1, 0, &set, NULL));
#if defined(SYSGATE_HOST_LIBC) && defined(__i386__)
  /* glibc's i386 timerfd_settime reads the times in user space, and crashes. */
  say("timerfd_settime(fd, 0, BAD_POINTER, NULL) = -1 errno %d", EFAULT);
#else
  R(timerfd_settime(fd, 0, BAD_POINTER, NULL));
#endif
  R(timerfd_gettime(-1, &now));
  R(timerfd_gettime(fd, BAD_POINTER));
  close(fd);
  /* An absolute time past 2038: 64-bit seconds through the whole path. */
  fd = timerfd_create(CLOCK_REALTIME, 0);
  struct itimerspec far = {{0, 0}, {4102444800ll, 0}};
  R(timerfd_settime(fd, TFD_TIMER_ABSTIME, &far, NULL));
  R(timerfd_gettime(fd, &now));
  say("left past 2038: %d", now.it_value.tv_sec > 2147483647ll - 1700000000ll);
  close(fd);
}

static void inotifies(void) {
  R(inotify_init1(0x1));
  int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  say("inotify_init1: %d", fd >= 0);
  R(fcntl(fd, F_GETFD));
  R(inotify_add_watch(fd, ".", IN_CREATE | IN_DELETE));
  R(inotify_add_watch(fd, "missing", IN_CREATE));
  R(inotify_add_watch(fd, ".", 0));
  R(inotify_add_watch(-1, ".", IN_CREATE));
  R(inotify_add_watch(fd, BAD_POINTER, IN_CREATE));
  char buf[512];
  R(read(fd, buf, sizeof buf));
  close(open("new-file", O_CREAT | O_WRONLY, 0600));
  unlink("new-file");
  long n = read(fd, buf, sizeof buf);
  say("read events: %d", n > 0);
  for (long at = 0; at < n;) {
    struct inotify_event* e = (struct inotify_event*)(buf + at);
    say("event wd %d mask %#x name %s", e->wd, e->mask, e->len ? e->name : "");
    at += (long)sizeof *e + e->len;
  }
  R(inotify_rm_watch(fd, 999));
  R(inotify_rm_watch(fd, 1));
  close(fd);
  fd = inotify_init();
  say("inotify_init: %d", fd >= 0);
  R(fcntl(fd, F_GETFD));
  close(fd);
}

int main(void) {
  const char* base = getenv("TMPDIR");
  if (!base || !*base) base = "/tmp";
  char dir[512];
  snprintf(dir, sizeof dir, "%s/sysgate-events-%d", base, getpid());
  if (mkdir(dir, 0700) != 0 || chdir(dir) != 0) {
    say("cannot make %s: errno %d", dir, errno);
    return 1;
  }
  polls();
  epolls();
  eventfds();
  timerfds();
  inotifies();
  chdir("..");
  R(rmdir(dir));
  char line[64];
  snprintf(line, sizeof line, "events: hash %08x lines %d\n", hash, lines);
  write(1, line, strlen(line));
  return 0;
}

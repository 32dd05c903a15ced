/* Time, with a 64-bit time_t on both arches (no 2038 problem on i386). */
#ifndef SYSGATE_TIME_H
#define SYSGATE_TIME_H
#include <bits/cdefs.h>
#include <bits/kernel_time.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED_time_t
#define __NEED_clock_t
#define __NEED_clockid_t
#define __NEED_timer_t
#define __NEED_pid_t
#define __NEED_struct_timespec
#define __NEED_struct_itimerspec
#include <bits/alltypes.h>

/* glibc's layout, with the BSD fields: tm_gmtoff (seconds east of UTC) and tm_zone. */
struct tm {
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
  long tm_gmtoff;
  const char* tm_zone;
};

/* glibc's value: clock() counts microseconds. */
#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

struct sigevent;

SYSGATE_BEGIN_C
/* Through the vDSO where the kernel offers it, else the syscall. */
int clock_gettime(clockid_t clock, struct timespec* ts) SYSGATE_NOEXCEPT;
int clock_getres(clockid_t clock, struct timespec* res) SYSGATE_NOEXCEPT;
time_t time(time_t* out) SYSGATE_NOEXCEPT;
int nanosleep(const struct timespec* request, struct timespec* remaining) SYSGATE_NOEXCEPT;

/* Broken-down time (branch time): UTC, or local time from TZ (a POSIX rule or a TZif
 * file), /etc/localtime when TZ is unset; glibc's answers byte for byte. */
extern char* tzname[2];
extern long timezone;
extern int daylight;
void tzset(void) SYSGATE_NOEXCEPT;
struct tm* gmtime(const time_t* t) SYSGATE_NOEXCEPT;
struct tm* gmtime_r(const time_t* __restrict t, struct tm* __restrict out) SYSGATE_NOEXCEPT;
struct tm* localtime(const time_t* t) SYSGATE_NOEXCEPT;
struct tm* localtime_r(const time_t* __restrict t, struct tm* __restrict out) SYSGATE_NOEXCEPT;
time_t mktime(struct tm* tm) SYSGATE_NOEXCEPT;
time_t timegm(struct tm* tm) SYSGATE_NOEXCEPT;
char* asctime(const struct tm* tm) SYSGATE_NOEXCEPT;
char* asctime_r(const struct tm* __restrict tm, char* __restrict buf) SYSGATE_NOEXCEPT;
char* ctime(const time_t* t) SYSGATE_NOEXCEPT;
char* ctime_r(const time_t* __restrict t, char* __restrict buf) SYSGATE_NOEXCEPT;
size_t strftime(char* __restrict s, size_t max, const char* __restrict format,
                const struct tm* __restrict tm) SYSGATE_NOEXCEPT;
/* glibc's conversions, C locale. */
char* strptime(const char* __restrict s, const char* __restrict format,
               struct tm* __restrict tm) SYSGATE_NOEXCEPT;
double difftime(time_t end, time_t start) SYSGATE_NOEXCEPT;
clock_t clock(void) SYSGATE_NOEXCEPT;

SYSGATE_END_C
#endif

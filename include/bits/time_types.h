/* time_t, timespec and timeval, shared by <time.h> and <sys/time.h>.
 * time_t is 64-bit everywhere. On i386 the unnamed bit-field pads tv_nsec/tv_usec to
 * 8 bytes, so struct timespec has the kernel's __kernel_timespec layout (what
 * clock_gettime64 and __vdso_clock_gettime64 write) on both arches. */
#ifndef SYSGATE_BITS_TIME_TYPES_H
#define SYSGATE_BITS_TIME_TYPES_H
typedef __INT64_TYPE__ time_t;
typedef long suseconds_t;
typedef int clockid_t;

struct timespec {
  time_t tv_sec;
  long tv_nsec;
  int : 8 * (sizeof(time_t) - sizeof(long));
};

struct timeval {
  time_t tv_sec;
  suseconds_t tv_usec;
  int : 8 * (sizeof(time_t) - sizeof(long));
};
#endif

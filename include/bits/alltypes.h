/* Every public type of sysgate, each defined once, here. A header names what it needs
 * and includes this file (musl's scheme; no include guard, by design):
 *
 *     #define __NEED_size_t
 *     #define __NEED_struct_timespec
 *     #include <bits/alltypes.h>
 *
 * One ABI only: off_t, ino_t, blkcnt_t and time_t are 64-bit on i386 too, so there
 * is no _FILE_OFFSET_BITS or _TIME_BITS. Widths come from the compiler's predefined
 * macros, so the same file serves both arches. */

/* What the structs below are made of. */
#ifdef __NEED_struct_itimerspec
#define __NEED_struct_timespec
#endif
#if defined(__NEED_struct_timespec) || defined(__NEED_struct_timeval)
#define __NEED_time_t
#endif
#ifdef __NEED_struct_timeval
#define __NEED_suseconds_t
#endif
#ifdef __NEED_struct_iovec
#define __NEED_size_t
#endif

#if defined(__NEED_size_t) && !defined(__DEFINED_size_t)
typedef __SIZE_TYPE__ size_t;
#define __DEFINED_size_t
#endif

/* The signed size_t: int on i386, long on x86_64, as glibc's. */
#if defined(__NEED_ssize_t) && !defined(__DEFINED_ssize_t)
typedef __INTPTR_TYPE__ ssize_t;
#define __DEFINED_ssize_t
#endif

#if defined(__NEED_ptrdiff_t) && !defined(__DEFINED_ptrdiff_t)
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#define __DEFINED_ptrdiff_t
#endif

/* C++ has wchar_t built in. */
#if defined(__NEED_wchar_t) && !defined(__DEFINED_wchar_t) && !defined(__cplusplus)
typedef __WCHAR_TYPE__ wchar_t;
#define __DEFINED_wchar_t
#endif

#if defined(__NEED_wint_t) && !defined(__DEFINED_wint_t)
typedef __WINT_TYPE__ wint_t;
#define __DEFINED_wint_t
#endif

#if defined(__NEED_va_list) && !defined(__DEFINED_va_list)
typedef __builtin_va_list va_list;
#define __DEFINED_va_list
#endif

/* va_list under a reserved name, for headers that may not define va_list itself
 * (<stdio.h> declares vprintf without making va_list visible, as C11 says). */
#if defined(__NEED___isoc_va_list) && !defined(__DEFINED___isoc_va_list)
typedef __builtin_va_list __isoc_va_list;
#define __DEFINED___isoc_va_list
#endif

#if defined(__NEED_off_t) && !defined(__DEFINED_off_t)
typedef __INT64_TYPE__ off_t;
#define __DEFINED_off_t
#endif

#if defined(__NEED_ino_t) && !defined(__DEFINED_ino_t)
typedef __UINT64_TYPE__ ino_t;
#define __DEFINED_ino_t
#endif

#if defined(__NEED_dev_t) && !defined(__DEFINED_dev_t)
typedef __UINT64_TYPE__ dev_t;
#define __DEFINED_dev_t
#endif

#if defined(__NEED_mode_t) && !defined(__DEFINED_mode_t)
typedef unsigned mode_t;
#define __DEFINED_mode_t
#endif

/* A machine word, as the kernel's st_nlink is on each arch. */
#if defined(__NEED_nlink_t) && !defined(__DEFINED_nlink_t)
typedef unsigned long nlink_t;
#define __DEFINED_nlink_t
#endif

#if defined(__NEED_uid_t) && !defined(__DEFINED_uid_t)
typedef unsigned uid_t;
#define __DEFINED_uid_t
#endif

#if defined(__NEED_gid_t) && !defined(__DEFINED_gid_t)
typedef unsigned gid_t;
#define __DEFINED_gid_t
#endif

#if defined(__NEED_id_t) && !defined(__DEFINED_id_t)
typedef unsigned id_t;
#define __DEFINED_id_t
#endif

#if defined(__NEED_pid_t) && !defined(__DEFINED_pid_t)
typedef int pid_t;
#define __DEFINED_pid_t
#endif

#if defined(__NEED_blksize_t) && !defined(__DEFINED_blksize_t)
typedef long blksize_t;
#define __DEFINED_blksize_t
#endif

#if defined(__NEED_blkcnt_t) && !defined(__DEFINED_blkcnt_t)
typedef __INT64_TYPE__ blkcnt_t;
#define __DEFINED_blkcnt_t
#endif

#if defined(__NEED_fsblkcnt_t) && !defined(__DEFINED_fsblkcnt_t)
typedef __UINT64_TYPE__ fsblkcnt_t;
#define __DEFINED_fsblkcnt_t
#endif

#if defined(__NEED_fsfilcnt_t) && !defined(__DEFINED_fsfilcnt_t)
typedef __UINT64_TYPE__ fsfilcnt_t;
#define __DEFINED_fsfilcnt_t
#endif

#if defined(__NEED_time_t) && !defined(__DEFINED_time_t)
typedef __INT64_TYPE__ time_t;
#define __DEFINED_time_t
#endif

#if defined(__NEED_suseconds_t) && !defined(__DEFINED_suseconds_t)
typedef long suseconds_t;
#define __DEFINED_suseconds_t
#endif

#if defined(__NEED_useconds_t) && !defined(__DEFINED_useconds_t)
typedef unsigned useconds_t;
#define __DEFINED_useconds_t
#endif

#if defined(__NEED_clock_t) && !defined(__DEFINED_clock_t)
typedef long clock_t;
#define __DEFINED_clock_t
#endif

#if defined(__NEED_clockid_t) && !defined(__DEFINED_clockid_t)
typedef int clockid_t;
#define __DEFINED_clockid_t
#endif

#if defined(__NEED_timer_t) && !defined(__DEFINED_timer_t)
typedef void* timer_t;
#define __DEFINED_timer_t
#endif

#if defined(__NEED_key_t) && !defined(__DEFINED_key_t)
typedef int key_t;
#define __DEFINED_key_t
#endif

#if defined(__NEED_socklen_t) && !defined(__DEFINED_socklen_t)
typedef unsigned socklen_t;
#define __DEFINED_socklen_t
#endif

#if defined(__NEED_sa_family_t) && !defined(__DEFINED_sa_family_t)
typedef unsigned short sa_family_t;
#define __DEFINED_sa_family_t
#endif

/* glibc's size (1024 bits); the kernel reads the first _NSIG bits. */
#if defined(__NEED_sigset_t) && !defined(__DEFINED_sigset_t)
typedef struct {
  unsigned long __bits[128 / sizeof(long)];
} sigset_t;
#define __DEFINED_sigset_t
#endif

/* Declared here, defined with its fields by <signal.h>. */
#if defined(__NEED_siginfo_t) && !defined(__DEFINED_siginfo_t)
typedef struct __siginfo siginfo_t;
#define __DEFINED_siginfo_t
#endif

/* On i386 the unnamed bit-field pads tv_nsec to 8 bytes, so struct timespec has the
 * kernel's __kernel_timespec layout (what clock_gettime64 and __vdso_clock_gettime64
 * write) on both arches. */
#if defined(__NEED_struct_timespec) && !defined(__DEFINED_struct_timespec)
struct timespec {
  time_t tv_sec;
  long tv_nsec;
  int : 8 * (sizeof(time_t) - sizeof(long));
};
#define __DEFINED_struct_timespec
#endif

/* The kernel's __kernel_itimerspec on both arches (two 64-bit timespecs). */
#if defined(__NEED_struct_itimerspec) && !defined(__DEFINED_struct_itimerspec)
struct itimerspec {
  struct timespec it_interval;
  struct timespec it_value;
};
#define __DEFINED_struct_itimerspec
#endif

#if defined(__NEED_struct_timeval) && !defined(__DEFINED_struct_timeval)
struct timeval {
  time_t tv_sec;
  suseconds_t tv_usec;
  int : 8 * (sizeof(time_t) - sizeof(suseconds_t));
};
#define __DEFINED_struct_timeval
#endif

#if defined(__NEED_struct_iovec) && !defined(__DEFINED_struct_iovec)
struct iovec {
  void* iov_base;
  size_t iov_len;
};
#define __DEFINED_struct_iovec
#endif

/* glibc's __mbstate_t layout (8 bytes). sysgate's UTF-8 decoder keeps the bytes of an
 * unfinished sequence in __value.__wchb and their number in __count. */
#if defined(__NEED_mbstate_t) && !defined(__DEFINED_mbstate_t)
typedef struct {
  int __count;
  union {
    unsigned int __wch;
    char __wchb[4];
  } __value;
} mbstate_t;
#define __DEFINED_mbstate_t
#endif

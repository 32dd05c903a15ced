/* C11 and POSIX limits. The integer limits come from the compiler's predefined macros
 * (gcc's own <limits.h> lives in include-fixed and chains to the host libc's, so it
 * cannot serve a libc that replaces glibc); the kernel's file-system limits come from
 * the kernel's UAPI; the rest are the values glibc 2.36 gives. */
#ifndef SYSGATE_LIMITS_H
#define SYSGATE_LIMITS_H
#include <bits/kernel_limits.h>

#define CHAR_BIT __CHAR_BIT__
#define SCHAR_MAX __SCHAR_MAX__
#define SCHAR_MIN (-SCHAR_MAX - 1)
#define UCHAR_MAX (SCHAR_MAX * 2 + 1)
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif
#define MB_LEN_MAX 16 /* glibc's; UTF-8 needs 4 */
#define SHRT_MAX __SHRT_MAX__
#define SHRT_MIN (-SHRT_MAX - 1)
#define USHRT_MAX (SHRT_MAX * 2 + 1)
#define INT_MAX __INT_MAX__
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX (INT_MAX * 2U + 1U)
#define LONG_MAX __LONG_MAX__
#define LONG_MIN (-LONG_MAX - 1L)
#define ULONG_MAX (LONG_MAX * 2UL + 1UL)
#define LLONG_MAX __LONG_LONG_MAX__
#define LLONG_MIN (-LLONG_MAX - 1LL)
#define ULLONG_MAX (LLONG_MAX * 2ULL + 1ULL)

/* C2x widths (clang 14 predefines none of the __*_WIDTH__ macros). */
#define CHAR_WIDTH CHAR_BIT
#define SCHAR_WIDTH CHAR_BIT
#define UCHAR_WIDTH CHAR_BIT
#define SHRT_WIDTH (__SIZEOF_SHORT__ * CHAR_BIT)
#define USHRT_WIDTH SHRT_WIDTH
#define INT_WIDTH (__SIZEOF_INT__ * CHAR_BIT)
#define UINT_WIDTH INT_WIDTH
#define LONG_WIDTH (__SIZEOF_LONG__ * CHAR_BIT)
#define ULONG_WIDTH LONG_WIDTH
#define LLONG_WIDTH (__SIZEOF_LONG_LONG__ * CHAR_BIT)
#define ULLONG_WIDTH LLONG_WIDTH

/* POSIX: this system's values. */
#define SSIZE_MAX __INTPTR_MAX__
#define LONG_BIT (__SIZEOF_LONG__ * CHAR_BIT)
#define WORD_BIT (__SIZEOF_INT__ * CHAR_BIT)
#define IOV_MAX 1024 /* the kernel's UIO_MAXIOV */
#define HOST_NAME_MAX 64
#define LOGIN_NAME_MAX 256
#define TTY_NAME_MAX 32
#define PTHREAD_KEYS_MAX 1024
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 16384
#define SEM_VALUE_MAX 2147483647
#define DELAYTIMER_MAX 2147483647
#define AIO_PRIO_DELTA_MAX 20
#define MQ_PRIO_MAX 32768
#define BC_BASE_MAX 99
#define BC_DIM_MAX 2048
#define BC_SCALE_MAX 99
#define BC_STRING_MAX 1000
#define CHARCLASS_NAME_MAX 2048
#define COLL_WEIGHTS_MAX 255
#define EXPR_NEST_MAX 32
#define LINE_MAX 2048
#define RE_DUP_MAX 0x7fff
#define NL_ARGMAX 4096
#define NL_LANGMAX 2048
#define NL_MSGMAX 0x7fffffff
#define NL_NMAX 0x7fffffff
#define NL_SETMAX 0x7fffffff
#define NL_TEXTMAX 0x7fffffff
#define NZERO 20

/* POSIX: the least any conforming system allows. */
#define _POSIX_AIO_LISTIO_MAX 2
#define _POSIX_AIO_MAX 1
#define _POSIX_ARG_MAX 4096
#define _POSIX_CHILD_MAX 25
#define _POSIX_CLOCKRES_MIN 20000000
#define _POSIX_DELAYTIMER_MAX 32
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_LINK_MAX 8
#define _POSIX_LOGIN_NAME_MAX 9
#define _POSIX_MAX_CANON 255
#define _POSIX_MAX_INPUT 255
#define _POSIX_MQ_OPEN_MAX 8
#define _POSIX_MQ_PRIO_MAX 32
#define _POSIX_NAME_MAX 14
#define _POSIX_NGROUPS_MAX 8
#define _POSIX_OPEN_MAX 20
#define _POSIX_PATH_MAX 256
#define _POSIX_PIPE_BUF 512
#define _POSIX_RE_DUP_MAX 255
#define _POSIX_RTSIG_MAX 8
#define _POSIX_SEM_NSEMS_MAX 256
#define _POSIX_SEM_VALUE_MAX 32767
#define _POSIX_SIGQUEUE_MAX 32
#define _POSIX_SSIZE_MAX 32767
#define _POSIX_SS_REPL_MAX 4
#define _POSIX_STREAM_MAX 8
#define _POSIX_SYMLINK_MAX 255
#define _POSIX_SYMLOOP_MAX 8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX 128
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_TIMER_MAX 32
#define _POSIX_TTY_NAME_MAX 9
#define _POSIX_TZNAME_MAX 6
#define _POSIX2_BC_BASE_MAX 99
#define _POSIX2_BC_DIM_MAX 2048
#define _POSIX2_BC_SCALE_MAX 99
#define _POSIX2_BC_STRING_MAX 1000
#define _POSIX2_CHARCLASS_NAME_MAX 14
#define _POSIX2_COLL_WEIGHTS_MAX 2
#define _POSIX2_EXPR_NEST_MAX 32
#define _POSIX2_LINE_MAX 2048
#define _POSIX2_RE_DUP_MAX 255
#define _XOPEN_IOV_MAX 16
#define _XOPEN_NAME_MAX 255
#define _XOPEN_PATH_MAX 1024
#endif

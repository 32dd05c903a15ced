/* Signals: the kernel's numbers and flags (bits/kernel_signal.h, kernel_siginfo.h),
 * glibc's types (a 1024-bit sigset_t, its struct sigaction and siginfo_t layouts).
 * Signals 32 and 33 are glibc's own (SIGRTMIN is 34): the set functions refuse them,
 * as glibc's do, so a program sees the same sets under both. */
#ifndef SYSGATE_SIGNAL_H
#define SYSGATE_SIGNAL_H
#include <bits/cdefs.h>
#include <bits/kernel_siginfo.h>
#include <bits/kernel_signal.h>
#define __NEED_size_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_clock_t
#define __NEED_sigset_t
#define __NEED_siginfo_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>
#include <bits/sigaction_struct.h>

/* glibc's: the kernel's 64 signals and signal 0. */
#define NSIG 65
#define _NSIG NSIG
#define SIGRTMIN 34
#define SIGRTMAX 64
/* The longest sig2str() name ("RTMIN+30" and the like) with its NUL. */
#define SIG2STR_MAX 32

typedef int sig_atomic_t;
typedef void (*sighandler_t)(int);
typedef sighandler_t __sighandler_t;

#define SIG_ERR ((sighandler_t)-1)
#ifndef SIG_DFL
#define SIG_DFL ((sighandler_t)0)
#endif
#ifndef SIG_IGN
#define SIG_IGN ((sighandler_t)1)
#endif

union sigval {
  int sival_int;
  void* sival_ptr;
};

/* The kernel's siginfo, 128 bytes, with glibc's field names. */
struct __siginfo {
  int si_signo;
  int si_errno;
  int si_code;
  union {
    char __pad[128 - 2 * sizeof(int) - sizeof(long)];
    struct {
      pid_t __pid;
      uid_t __uid;
      union sigval __value;
    } __kill;
    struct {
      int __tid;
      int __overrun;
      union sigval __value;
    } __timer;
    struct {
      pid_t __pid;
      uid_t __uid;
      int __status;
      clock_t __utime;
      clock_t __stime;
    } __child;
    struct {
      void* __addr;
      short __addr_lsb;
    } __fault;
    struct {
      long __band;
      int __fd;
    } __poll;
    struct {
      void* __call_addr;
      int __syscall;
      unsigned __arch;
    } __sys;
  } __fields;
};
#define si_pid __fields.__kill.__pid
#define si_uid __fields.__kill.__uid
#define si_value __fields.__kill.__value
#define si_int si_value.sival_int
#define si_ptr si_value.sival_ptr
#define si_timerid __fields.__timer.__tid
#define si_overrun __fields.__timer.__overrun
#define si_status __fields.__child.__status
#define si_utime __fields.__child.__utime
#define si_stime __fields.__child.__stime
#define si_addr __fields.__fault.__addr
#define si_addr_lsb __fields.__fault.__addr_lsb
#define si_band __fields.__poll.__band
#define si_fd __fields.__poll.__fd
#define si_call_addr __fields.__sys.__call_addr
#define si_syscall __fields.__sys.__syscall
#define si_arch __fields.__sys.__arch

/* The kernel's sigevent, 64 bytes (glibc's layout). */
typedef struct sigevent {
  union sigval sigev_value;
  int sigev_signo;
  int sigev_notify;
  union {
    int __pad[(64 - 2 * sizeof(int) - sizeof(union sigval)) / sizeof(int)];
    int _tid;
    struct {
      void (*_function)(union sigval);
      void* _attribute;
    } _sigev_thread;
  } _sigev_un;
} sigevent_t;
#define sigev_notify_thread_id _sigev_un._tid
#define sigev_notify_function _sigev_un._sigev_thread._function
#define sigev_notify_attributes _sigev_un._sigev_thread._attribute

/* sigaltstack's stack, as the kernel reads it. */
typedef struct sigaltstack {
  void* ss_sp;
  int ss_flags;
  size_t ss_size;
} stack_t;

SYSGATE_BEGIN_C
int sigaction(int sig, const struct sigaction* __restrict action,
              struct sigaction* __restrict old) SYSGATE_NOEXCEPT;
/* BSD semantics, as glibc's: the handler stays installed, the signal is blocked while
 * it runs, and interrupted system calls restart (SA_RESTART). */
sighandler_t signal(int sig, sighandler_t handler) SYSGATE_NOEXCEPT;
int raise(int sig) SYSGATE_NOEXCEPT;
int kill(pid_t pid, int sig) SYSGATE_NOEXCEPT;
int killpg(pid_t group, int sig) SYSGATE_NOEXCEPT;

int sigprocmask(int how, const sigset_t* __restrict set, sigset_t* __restrict old) SYSGATE_NOEXCEPT;
/* The same for the calling thread; answers the error number, errno untouched. */
int pthread_sigmask(int how, const sigset_t* __restrict set,
                    sigset_t* __restrict old) SYSGATE_NOEXCEPT;
int sigpending(sigset_t* set) SYSGATE_NOEXCEPT;
int sigsuspend(const sigset_t* mask) SYSGATE_NOEXCEPT;
int sigwait(const sigset_t* __restrict set, int* __restrict sig) SYSGATE_NOEXCEPT;
int sigwaitinfo(const sigset_t* __restrict set, siginfo_t* __restrict info) SYSGATE_NOEXCEPT;
int sigtimedwait(const sigset_t* __restrict set, siginfo_t* __restrict info,
                 const struct timespec* __restrict timeout) SYSGATE_NOEXCEPT;

int sigemptyset(sigset_t* set) SYSGATE_NOEXCEPT;
int sigfillset(sigset_t* set) SYSGATE_NOEXCEPT;
int sigaddset(sigset_t* set, int sig) SYSGATE_NOEXCEPT;
int sigdelset(sigset_t* set, int sig) SYSGATE_NOEXCEPT;
int sigismember(const sigset_t* set, int sig) SYSGATE_NOEXCEPT;

int sigaltstack(const stack_t* __restrict stack, stack_t* __restrict old) SYSGATE_NOEXCEPT;

/* glibc's text on stderr: "s: Interrupt\n". */
void psignal(int sig, const char* s) SYSGATE_NOEXCEPT;
/* glibc's text on stderr: "s: Segmentation fault (Address not mapped to object [0x8])\n". */
void psiginfo(const siginfo_t* info, const char* s) SYSGATE_NOEXCEPT;
/* POSIX 2024: the name without "SIG" ("INT", "RTMIN+2"), and back. */
int sig2str(int sig, char* name) SYSGATE_NOEXCEPT;
int str2sig(const char* __restrict name, int* __restrict sig) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

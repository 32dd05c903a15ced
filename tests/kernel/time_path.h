/* Which way sysgate's time calls go: through the vDSO without entering the kernel, or
 * through the syscall fallback. A child forbids itself every time syscall with seccomp
 * (the kernel then kills it with SIGSYS) and calls clock_gettime, gettimeofday and time:
 * it lives only if none of them entered the kernel. No strace needed, so it works as
 * the child of /init. */
#ifndef SYSGATE_TESTS_KERNEL_TIME_PATH_H
#define SYSGATE_TESTS_KERNEL_TIME_PATH_H
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* Kernel ABI with no sysgate header (<linux/filter.h>, <linux/seccomp.h>, <sys/prctl.h>). */
struct time_path_bpf {
  uint16_t code;
  uint8_t jump_true, jump_false;
  uint32_t k;
};
struct time_path_program {
  unsigned short length;
  const struct time_path_bpf* filter;
};
enum {
  bpf_load_word = 0x20,                    /* BPF_LD | BPF_W | BPF_ABS: A = seccomp_data[k] */
  bpf_jump_equal = 0x15,                   /* BPF_JMP | BPF_JEQ | BPF_K */
  bpf_return = 0x06,                       /* BPF_RET | BPF_K */
  seccomp_data_nr = 0,                     /* offsetof(struct seccomp_data, nr) */
  seccomp_kill_process = (int)0x80000000u, /* SECCOMP_RET_KILL_PROCESS */
  seccomp_allow = 0x7fff0000,              /* SECCOMP_RET_ALLOW */
  seccomp_set_mode_filter = 1,             /* SECCOMP_SET_MODE_FILTER */
  pr_set_no_new_privs = 38,                /* PR_SET_NO_NEW_PRIVS */
  time_path_sigsys = 31,                   /* SIGSYS */
};

/* The child's end: 0 if it lived (no time syscall), else how wait4 saw it. */
static int time_path_status(void) {
  static const struct time_path_bpf filter[] = {
      {bpf_load_word, 0, 0, seccomp_data_nr},
#ifdef SYS_clock_gettime64
      {bpf_jump_equal, 4, 0, SYS_clock_gettime64},
#else
      {bpf_jump_equal, 4, 0, SYS_clock_gettime},
#endif
      {bpf_jump_equal, 3, 0, SYS_clock_gettime},
      {bpf_jump_equal, 2, 0, SYS_gettimeofday},
      {bpf_jump_equal, 1, 0, SYS_time},
      {bpf_return, 0, 0, seccomp_allow},
      {bpf_return, 0, 0, seccomp_kill_process},
  };
  static const struct time_path_program program = {sizeof filter / sizeof filter[0], filter};
  long pid = syscall(SYS_fork);
  if (pid == 0) {
    if (syscall(SYS_prctl, pr_set_no_new_privs, 1, 0, 0, 0) != 0 ||
        syscall(SYS_seccomp, seccomp_set_mode_filter, 0, &program) != 0)
      _exit(2);
    struct timespec ts;
    struct timeval tv;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    clock_gettime(CLOCK_REALTIME, &ts);
    gettimeofday(&tv, 0);
    time(0);
    _exit(0);
  }
  int status = -1;
  if (pid < 0 || syscall(SYS_wait4, pid, &status, 0, 0) != pid) return -1;
  return status;
}

#endif

/* Waiting for children: the kernel's W* options and P_* id types, glibc's status
 * macros (the kernel's wait status word: exit code in bits 8-15, signal in 0-6). */
#ifndef SYSGATE_SYS_WAIT_H
#define SYSGATE_SYS_WAIT_H
#include <bits/cdefs.h>
#include <bits/kernel_wait.h>
#define __NEED_pid_t
#define __NEED_id_t
#define __NEED_siginfo_t
#include <bits/alltypes.h>
#include <signal.h>

typedef int idtype_t;

#define WEXITSTATUS(s) (((s)&0xff00) >> 8)
#define WTERMSIG(s) ((s)&0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WIFEXITED(s) (WTERMSIG(s) == 0)
#define WIFSIGNALED(s) (((signed char)(((s)&0x7f) + 1) >> 1) > 0)
#define WIFSTOPPED(s) (((s)&0xff) == 0x7f)
#define WIFCONTINUED(s) ((s) == 0xffff)
#define WCOREDUMP(s) ((s)&0x80)
#define W_EXITCODE(ret, sig) ((ret) << 8 | (sig))
#define W_STOPCODE(sig) ((sig) << 8 | 0x7f)
#define WCOREFLAG 0x80

struct rusage;

SYSGATE_BEGIN_C
pid_t wait(int* status) SYSGATE_NOEXCEPT;
pid_t waitpid(pid_t pid, int* status, int options) SYSGATE_NOEXCEPT;
int waitid(idtype_t type, id_t id, siginfo_t* info, int options) SYSGATE_NOEXCEPT;
pid_t wait4(pid_t pid, int* status, int options, struct rusage* usage) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

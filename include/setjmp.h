/* <setjmp.h>: jmp_buf laid out as glibc's (the registers, whether the signal mask was
 * saved, the mask), 200 bytes on x86_64 and 156 on i386. As in glibc, setjmp and
 * _setjmp keep no mask; sigsetjmp(env, nonzero) keeps it and every longjmp restores
 * a kept mask. */
#ifndef SYSGATE_SETJMP_H
#define SYSGATE_SETJMP_H
#include <bits/cdefs.h>
#include <bits/setjmp_buf.h>
#define __NEED_sigset_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
struct __jmp_buf_tag {
  __jmp_buf __jmpbuf;
  int __mask_was_saved;
  sigset_t __saved_mask;
};
typedef struct __jmp_buf_tag jmp_buf[1];
typedef struct __jmp_buf_tag sigjmp_buf[1];

int setjmp(jmp_buf env) SYSGATE_NOEXCEPT __attribute__((__returns_twice__));
int _setjmp(jmp_buf env) SYSGATE_NOEXCEPT __attribute__((__returns_twice__));
int sigsetjmp(sigjmp_buf env, int save_mask) SYSGATE_NOEXCEPT __attribute__((__returns_twice__));
SYSGATE_NORETURN void longjmp(jmp_buf env, int value) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void _longjmp(jmp_buf env, int value) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void siglongjmp(sigjmp_buf env, int value) SYSGATE_NOEXCEPT;
SYSGATE_END_C

#endif

/* setjmp/longjmp and sigsetjmp/siglongjmp: out of nested calls, a value of 0 arriving
 * as 1, callee-saved registers as they were at setjmp even when the frames skipped
 * had changed them, and the signal mask restored only when sigsetjmp kept it. */
#include <setjmp.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"

static jmp_buf env;
static sigjmp_buf sigenv;
static int depth_reached;

__attribute__((noinline)) static void dive(int depth, int value) {
  depth_reached = depth;
  if (depth == 5) longjmp(env, value);
  dive(depth + 1, value);
  depth_reached = -1; /* never: the jump skips every return */
}

/* Puts garbage in every callee-saved register (the compiler saves them in this
 * frame's prologue, which the jump never unwinds) and jumps. */
__attribute__((noinline)) static void clobber_and_jump(void) {
#ifdef __x86_64__
  __asm__ volatile(
      "mov $0x5a5a5a5a, %%ebx\n\tmov %%rbx, %%r12\n\tmov %%rbx, %%r13\n\t"
      "mov %%rbx, %%r14\n\tmov %%rbx, %%r15" ::
          : "rbx", "r12", "r13", "r14", "r15");
#else
  __asm__ volatile("mov $0x5a5a5a5a, %%ebx\n\tmov %%ebx, %%esi\n\tmov %%ebx, %%edi" ::
                       : "ebx", "esi", "edi");
#endif
  longjmp(env, 7);
}

static unsigned long mask_now(void) {
  unsigned long mask[2] = {0, 0};
  syscall(SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, NULL, mask, 8);
  return mask[0];
}

static void block_usr1(int block) {
  unsigned long set[2] = {1ul << (10 - 1), 0}; /* SIGUSR1 */
  syscall(SYS_rt_sigprocmask, block ? 0 : 1 /* SIG_UNBLOCK */, set, NULL, 8);
}

int main(int argc, char** argv) {
  (void)argv;
  volatile int rounds = 0;
  int r = setjmp(env);
  ++rounds;
  if (r == 0) dive(1, 42);
  CHECK(r == 42 && depth_reached == 5 && rounds == 2, "longjmp out of five nested calls");

  r = setjmp(env);
  if (r == 0) dive(1, 0);
  CHECK_EQ(r, 1, "longjmp(env, 0) makes setjmp return 1");

  /* Values the compiler cannot know, live across setjmp and the jump. */
  long a = argc * 3, b = argc * 5, c = argc * 7, d = argc * 11, e = argc * 13, f = argc * 17;
  r = setjmp(env);
  if (r == 0) clobber_and_jump();
  CHECK(r == 7 && a == 3 && b == 5 && c == 7 && d == 11 && e == 13 && f == 17,
        "callee-saved registers hold their values at setjmp");

  unsigned long before = mask_now();
  if (sigsetjmp(sigenv, 1) == 0) {
    block_usr1(1);
    siglongjmp(sigenv, 1);
  }
  CHECK(mask_now() == before, "siglongjmp restores the mask sigsetjmp(env, 1) kept");

  if (sigsetjmp(sigenv, 0) == 0) {
    block_usr1(1);
    siglongjmp(sigenv, 1);
  }
  CHECK(mask_now() == (before | 1ul << 9), "sigsetjmp(env, 0) keeps no mask");
  block_usr1(0);

  if (setjmp(env) == 0) {
    block_usr1(1);
    longjmp(env, 1);
  }
  CHECK(mask_now() == (before | 1ul << 9), "setjmp keeps no mask (glibc's _setjmp)");
  block_usr1(0);

  if (_setjmp(env) == 0) _longjmp(env, 3);
  CHECK(1, "_setjmp and _longjmp");

  CHECK(sizeof(jmp_buf) == (sizeof(long) == 8 ? 200 : 156) && sizeof(sigjmp_buf) == sizeof(jmp_buf),
        "jmp_buf has glibc's size");
  return check_summary();
}

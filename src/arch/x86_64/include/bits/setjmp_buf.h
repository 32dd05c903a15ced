/* The registers setjmp keeps on x86_64, in glibc's order (setjmp.S reads this too):
 * rbx rbp r12 r13 r14 r15 rsp pc. */
#ifndef SYSGATE_BITS_SETJMP_BUF_H
#define SYSGATE_BITS_SETJMP_BUF_H
typedef long __jmp_buf[8];
#endif

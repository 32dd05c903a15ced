/* The registers setjmp keeps on i386, in glibc's order (setjmp.S reads this too):
 * ebx esi edi ebp esp pc. */
#ifndef SYSGATE_BITS_SETJMP_BUF_H
#define SYSGATE_BITS_SETJMP_BUF_H
typedef int __jmp_buf[6];
#endif

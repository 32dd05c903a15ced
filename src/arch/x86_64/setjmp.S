/* setjmp, _setjmp, sigsetjmp and the register restore behind longjmp, x86_64.
 *
 * SysV calling convention: env in rdi, the second argument in esi, the result in eax.
 * The callee-saved registers rbx rbp r12-r15, the stack pointer as the caller sees it
 * after the return, and the return address go in jmp_buf's words in the order of
 * bits/setjmp_buf.h; mask_was_saved (offset 64) says whether the signal mask at 72
 * is to be restored. */
	.text
	.globl setjmp, _setjmp, sigsetjmp
	.type setjmp, @function
	.type _setjmp, @function
	.type sigsetjmp, @function
setjmp:
_setjmp:
	xor %esi, %esi              /* no mask */
sigsetjmp:
	mov %rbx, 0(%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx           /* rsp once this call has returned */
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx            /* the return address */
	mov %rdx, 56(%rdi)
	/* Tail call with the stack as at entry: it records the mask if esi != 0 and
	 * returns 0 to setjmp's caller. */
	jmp __sysgate_sigsetjmp_tail
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size sigsetjmp, . - sigsetjmp

/* [[noreturn]] void __sysgate_longjmp(jmp_buf env, int value): back into setjmp's
 * caller with value, 0 becoming 1. The mask is longjmp's (C++) business. */
	.globl __sysgate_longjmp
	.type __sysgate_longjmp, @function
__sysgate_longjmp:
	mov %esi, %eax
	test %eax, %eax
	jnz 1f
	inc %eax
1:	mov 0(%rdi), %rbx
	mov 8(%rdi), %rbp
	mov 16(%rdi), %r12
	mov 24(%rdi), %r13
	mov 32(%rdi), %r14
	mov 40(%rdi), %r15
	mov 48(%rdi), %rsp
	jmp *56(%rdi)
	.size __sysgate_longjmp, . - __sysgate_longjmp

	.section .note.GNU-stack, "", @progbits

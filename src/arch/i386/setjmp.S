/* setjmp, _setjmp, sigsetjmp and the register restore behind longjmp, i386.
 *
 * cdecl: the arguments on the stack above the return address (env at 4(%esp), the
 * second at 8(%esp)), the result in eax; eax, ecx and edx are ours to clobber. The
 * callee-saved registers ebx esi edi ebp, the stack pointer as the caller sees it
 * after the return, and the return address go in jmp_buf's words in the order of
 * bits/setjmp_buf.h; mask_was_saved (offset 24) says whether the signal mask at 28
 * is to be restored. */
	.text
	.globl setjmp, _setjmp, sigsetjmp
	.type setjmp, @function
	.type _setjmp, @function
	.type sigsetjmp, @function
setjmp:
_setjmp:
	mov 4(%esp), %eax
	movl $0, 24(%eax)           /* no mask */
	call 1f
	xor %eax, %eax
	ret
sigsetjmp:
	mov 4(%esp), %eax
	call 1f
	/* Tail call with the stack as at entry (env, save_mask above the return
	 * address): it records the mask if save_mask != 0 and returns 0. */
	jmp __sysgate_sigsetjmp_tail
/* Saves the registers into the jmp_buf at eax; called with one more word (its own
 * return address) on the stack. */
1:	mov %ebx, 0(%eax)
	mov %esi, 4(%eax)
	mov %edi, 8(%eax)
	mov %ebp, 12(%eax)
	lea 8(%esp), %ecx           /* esp once the outer call has returned */
	mov %ecx, 16(%eax)
	mov 4(%esp), %ecx           /* the outer return address */
	mov %ecx, 20(%eax)
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size sigsetjmp, . - sigsetjmp

/* [[noreturn]] void __sysgate_longjmp(jmp_buf env, int value): back into setjmp's
 * caller with value, 0 becoming 1. The mask is longjmp's (C++) business. */
	.globl __sysgate_longjmp
	.type __sysgate_longjmp, @function
__sysgate_longjmp:
	mov 4(%esp), %edx
	mov 8(%esp), %eax
	test %eax, %eax
	jnz 1f
	inc %eax
1:	mov 0(%edx), %ebx
	mov 4(%edx), %esi
	mov 8(%edx), %edi
	mov 12(%edx), %ebp
	mov 16(%edx), %esp
	jmp *20(%edx)
	.size __sysgate_longjmp, . - __sysgate_longjmp

	.section .note.GNU-stack, "", @progbits

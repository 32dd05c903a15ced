/* x86_64 process entry.
 *
 * The kernel starts _start with rsp pointing at the initial stack:
 *     rsp -> argc | argv[0..argc-1] | 0 | envp[...] | 0 | auxv pairs | AT_NULL
 * rdx may hold an atexit pointer from a dynamic loader; there is none here. */
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp             /* outermost frame, for debuggers and backtraces */
	mov %rsp, %rdi             /* the original stack pointer, for start_c */
	and $-16, %rsp             /* 16-byte aligned at the call, as the ABI wants */
	call sysgate_start_c       /* does not return */
	hlt
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits

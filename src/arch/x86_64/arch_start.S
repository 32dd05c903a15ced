/* x86_64 process entry.
 *
 * The kernel starts _start with rsp pointing at the initial stack:
 *     rsp -> argc | argv[0..argc-1] | 0 | envp[...] | 0 | auxv pairs | AT_NULL
 * rdx may hold an atexit pointer from a dynamic loader; there is none here. */
/* The call frame information says _start has no caller (the return address is
 * undefined), so debuggers and unwinders stop here instead of walking the stack's
 * argc and argv as frames. In .debug_frame: strip removes it with the debug info. */
/* Built twice: crt1.o calls sysgate_start_c(sp, 0); rcrt1.o, the static-pie's, calls
 * sysgate_static_pie_start_c, which relocates the program first. Either call is
 * PC-relative, so _start itself needs no relocation. */
#ifdef SYSGATE_STATIC_PIE
#define START_C sysgate_static_pie_start_c
#else
#define START_C sysgate_start_c
#endif
	.cfi_sections .debug_frame
	.text
	.globl _start
	.type _start, @function
_start:
	.cfi_startproc
	.cfi_undefined rip
	xor %ebp, %ebp             /* outermost frame, for debuggers and backtraces */
	mov %rsp, %rdi             /* the original stack pointer, for start_c */
	xor %esi, %esi             /* the load bias: 0, where it was linked (rcrt1.o: unused) */
	and $-16, %rsp             /* 16-byte aligned at the call, as the ABI wants */
	call START_C               /* does not return */
	hlt
	.cfi_endproc
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits

/* i386 process entry.
 *
 * The kernel starts _start with esp pointing at the initial stack:
 *     esp -> argc | argv[0..argc-1] | 0 | envp[...] | 0 | auxv pairs | AT_NULL
 * and every other register undefined (edx may hold an atexit pointer from a
 * dynamic loader; there is none here). */
/* The call frame information says _start has no caller (the return address is
 * undefined), so debuggers and unwinders stop here instead of walking the stack's
 * argc and argv as frames. In .debug_frame: strip removes it with the debug info. */
/* Start-up's C functions take their arguments in registers (src/startup/full_start.hpp).
 * Built twice: crt1.o calls sysgate_start_c(sp, 0); rcrt1.o, the static-pie's, calls
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
	.cfi_undefined eip
	xor %ebp, %ebp             /* outermost frame, for debuggers and backtraces */
	mov %esp, %eax             /* the original stack pointer, for start_c (regparm: eax) */
	xor %edx, %edx             /* the load bias: 0, where it was linked (rcrt1.o: unused) */
	and $-16, %esp             /* the kernel's alignment is not promised: make it 16 */
	call START_C               /* does not return */
	hlt
	.cfi_endproc
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits

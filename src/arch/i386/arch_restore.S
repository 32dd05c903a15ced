/* i386 signal return: the SA_RESTORER trampolines sigaction() installs, one per frame
 * kind. The kernel builds a non-RT sigframe for a handler without SA_SIGINFO and an
 * rt_sigframe for one with it; each must be undone by its own call (sigreturn,
 * rt_sigreturn). Both enter with int $0x80, not __kernel_vsyscall: the call could not
 * return anyway, and the vDSO may be absent.
 *
 * The handler returns here with esp just past its return address:
 *     sigframe:    esp -> sig | struct sigcontext ...          (sigcontext at esp + 4)
 *     rt_sigframe: esp -> sig | pinfo | puc | siginfo (128 bytes) | struct ucontext:
 *                  uc_flags, uc_link, uc_stack (12 bytes), uc_mcontext = sigcontext
 *                                                              (sigcontext at esp + 160)
 * struct sigcontext: gs fs es ds edi esi ebp esp ebx edx ecx eax trapno err eip ...,
 * 4 bytes each: edi at +16, eip at +56.
 *
 * The CFI describes the frame, as glibc's do, so that debuggers and unwinders step out
 * of a handler: .cfi_signal_frame, the CFA the interrupted esp saved in the frame, each
 * register at its place in the sigcontext. gdb also knows these trampolines by name
 * (__restore, __restore_rt) and by their exact bytes (58 b8 77 00 00 00 cd 80 and
 * b8 ad 00 00 00 cd 80). Each FDE starts one byte early, at a nop, for unwinders that
 * look up pc - 1. */
#include <bits/kernel_syscalls.h>

#define DW_OP_breg_esp 0x74
#define DW_CFA_expression 0x10
#define DW_CFA_def_cfa_expression 0x0f
#define DW_OP_deref 0x06

/* One register (DWARF number reg) saved at esp + offset; offset < 8192. */
.macro saved reg, offset
	.if \offset < 64
	.cfi_escape DW_CFA_expression, \reg, 2, DW_OP_breg_esp, \offset
	.else
	.cfi_escape DW_CFA_expression, \reg, 3, DW_OP_breg_esp, ((\offset) & 0x7f) | 0x80, (\offset) >> 7
	.endif
.endm

/* The whole frame, for a struct sigcontext at esp + sc. */
.macro frame sc
	.if \sc + 28 < 64
	.cfi_escape DW_CFA_def_cfa_expression, 3, DW_OP_breg_esp, \sc + 28, DW_OP_deref
	.else
	.cfi_escape DW_CFA_def_cfa_expression, 4, DW_OP_breg_esp, ((\sc + 28) & 0x7f) | 0x80, (\sc + 28) >> 7, DW_OP_deref
	.endif
	saved 7, \sc + 16  /* edi */
	saved 6, \sc + 20  /* esi */
	saved 5, \sc + 24  /* ebp */
	saved 4, \sc + 28  /* esp */
	saved 3, \sc + 32  /* ebx */
	saved 2, \sc + 36  /* edx */
	saved 1, \sc + 40  /* ecx */
	saved 0, \sc + 44  /* eax */
	saved 8, \sc + 56  /* eip, the return address column */
.endm

	.text
	.cfi_startproc
	.cfi_signal_frame
	frame 4
	nop
	.globl __restore
	.type __restore, @function
__restore:
	popl %eax            /* sigreturn finds its frame at esp - 8: past sig */
	frame 0
	movl $__NR_sigreturn, %eax
	int $0x80
	hlt                  /* sigreturn does not return */
	.cfi_endproc
	.size __restore, . - __restore

	.cfi_startproc
	.cfi_signal_frame
	frame 160
	nop
	.globl __restore_rt
	.type __restore_rt, @function
__restore_rt:
	movl $__NR_rt_sigreturn, %eax
	int $0x80
	hlt
	.cfi_endproc
	.size __restore_rt, . - __restore_rt

	.section .note.GNU-stack, "", @progbits

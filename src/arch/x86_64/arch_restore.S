/* x86_64 signal return: the SA_RESTORER trampoline sigaction() installs.
 *
 * The kernel builds an rt_sigframe on the (alternate) stack and enters the handler
 * with its first word, the return address, pointing here:
 *     rsp at entry to the handler -> pretcode (= __restore_rt)
 *     rsp here, after its ret     -> struct ucontext: uc_flags, uc_link, uc_stack (24
 *                                    bytes), then uc_mcontext = struct sigcontext:
 *                                    r8..r15, rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp,
 *                                    rip, each 8 bytes, from offset 40
 * rt_sigreturn reads that frame back and resumes the interrupted code.
 *
 * The CFI describes the frame, as glibc's __restore_rt does, so debuggers and unwinders
 * step out of a handler: .cfi_signal_frame (the 'S' augmentation: the return address is
 * the interrupted instruction itself, not a call's), the CFA is the interrupted rsp
 * saved in the frame, and every register is found at its place in uc_mcontext. gdb
 * also recognises the trampoline by its name and its exact bytes (48 c7 c0 0f 00 00 00
 * 0f 05: movq $15, %rax; syscall).
 *
 * The FDE starts one byte early, at a nop: an unwinder looks up pc - 1 for ordinary
 * frames, and this way one that ignores 'S' still finds these rules. */
#include <bits/kernel_syscalls.h>

#define UC_MCONTEXT 40
#define DW_OP_breg_rsp 0x77
#define DW_CFA_expression 0x10
#define DW_CFA_def_cfa_expression 0x0f
#define DW_OP_deref 0x06

/* Register DWARF number `reg` saved at rsp + UC_MCONTEXT + 8 * slot. All these
 * offsets lie in 40..168: two bytes of SLEB128 past 63. */
.macro saved reg, slot
	.if UC_MCONTEXT + 8 * \slot < 64
	.cfi_escape DW_CFA_expression, \reg, 2, DW_OP_breg_rsp, UC_MCONTEXT + 8 * \slot
	.else
	.cfi_escape DW_CFA_expression, \reg, 3, DW_OP_breg_rsp, ((UC_MCONTEXT + 8 * \slot) & 0x7f) | 0x80, (UC_MCONTEXT + 8 * \slot) >> 7
	.endif
.endm

	.text
	.cfi_startproc
	.cfi_signal_frame
	/* CFA = *(rsp + offsetof(uc_mcontext.rsp)) = *(rsp + 160) */
	.cfi_escape DW_CFA_def_cfa_expression, 4, DW_OP_breg_rsp, 0xa0, 0x01, DW_OP_deref
	saved 8, 0    /* r8 */
	saved 9, 1
	saved 10, 2
	saved 11, 3
	saved 12, 4
	saved 13, 5
	saved 14, 6
	saved 15, 7   /* r15 */
	saved 5, 8    /* rdi */
	saved 4, 9    /* rsi */
	saved 6, 10   /* rbp */
	saved 3, 11   /* rbx */
	saved 1, 12   /* rdx */
	saved 0, 13   /* rax */
	saved 2, 14   /* rcx */
	saved 7, 15   /* rsp */
	saved 16, 16  /* rip, the return address column */
	nop
	.globl __restore_rt
	.type __restore_rt, @function
__restore_rt:
	movq $__NR_rt_sigreturn, %rax
	syscall
	hlt                  /* rt_sigreturn does not return */
	.cfi_endproc
	.size __restore_rt, . - __restore_rt

	.section .note.GNU-stack, "", @progbits

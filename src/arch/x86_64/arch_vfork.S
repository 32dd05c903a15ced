/* x86_64 vfork: the child runs on the parent's stack until it calls execve or _exit,
 * and the parent resumes only then. A C function's return address would be on that
 * stack, where the child's own calls overwrite it: it is popped into rdx (which the
 * syscall instruction preserves) before the kernel is entered, and pushed back after,
 * by each process on its own.
 *
 * syscall: rax = number, returns in rax (-4095..-1: error); clobbers rcx and r11. */
#include <bits/kernel_syscalls.h>

	.text
	.globl vfork
	.type vfork, @function
vfork:
	.cfi_startproc
	pop %rdx                       /* the return address, kept in a register */
	.cfi_adjust_cfa_offset -8
	.cfi_register rip, rdx
	mov $__NR_vfork, %eax
	syscall
	push %rdx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rip, 0
	cmp $-4095, %rax
	jae 1f
	ret
1:	mov %rax, %rdi
	jmp sysgate_syscall_error      /* sets errno, returns -1 to our caller */
	.cfi_endproc
	.size vfork, . - vfork

	.section .note.GNU-stack, "", @progbits

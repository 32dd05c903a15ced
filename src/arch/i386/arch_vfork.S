/* i386 vfork: the child runs on the parent's stack until it calls execve or _exit,
 * and the parent resumes only then. The return address is popped into edx (int $0x80
 * preserves it) before the kernel is entered and pushed back after, by each process on
 * its own. int $0x80, not __kernel_vsyscall: a call would leave its return address
 * below esp, where the child overwrites it before the parent's call returns.
 *
 * int $0x80: eax = number, returns in eax (-4095..-1: error). */
#include <bits/kernel_syscalls.h>

	.text
	.globl vfork
	.type vfork, @function
vfork:
	.cfi_startproc
	pop %edx                       /* the return address, kept in a register */
	.cfi_adjust_cfa_offset -4
	.cfi_register eip, edx
	mov $__NR_vfork, %eax
	int $0x80
	push %edx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset eip, 0
	cmp $-4095, %eax
	jae 1f
	ret
1:	push %eax
	.cfi_adjust_cfa_offset 4
	call sysgate_syscall_error     /* sets errno, returns -1 */
	add $4, %esp
	.cfi_adjust_cfa_offset -4
	ret
	.cfi_endproc
	.size vfork, . - vfork

	.section .note.GNU-stack, "", @progbits

/* The global flavour's kernel entry (glibc 2.3.3's names): `call *_dl_sysinfo` goes through
 * this pointer, which start-up sets to AT_SYSINFO's __kernel_vsyscall, or leaves at
 * the int $0x80 stub below. The TLS flavour copies it into the TCB's sysinfo word. */
	.text
/* First value of _dl_sysinfo; the target of `call *_dl_sysinfo` when the kernel
 * gives no AT_SYSINFO. Same contract as __kernel_vsyscall. */
	.globl _dl_sysinfo_int80
	.type _dl_sysinfo_int80, @function
_dl_sysinfo_int80:
	int $0x80
	ret
	.size _dl_sysinfo_int80, . - _dl_sysinfo_int80

/* The global flavour's entry for position-independent code (a static-pie), which
 * cannot name _dl_sysinfo's absolute address and has no register to spare (all six
 * carry arguments): `call _dl_sysinfo_pic` reaches here PC-relative. It turns its own
 * return address into _dl_sysinfo's value and returns there, so __kernel_vsyscall (or
 * the stub) returns straight to the caller. Only the flags change, as
 * __kernel_vsyscall's contract allows. */
	.section .text._dl_sysinfo_pic, "ax", @progbits  /* its own: --gc-sections drops it from non-PIC programs */
	.globl _dl_sysinfo_pic
	.hidden _dl_sysinfo_pic
	.type _dl_sysinfo_pic, @function
_dl_sysinfo_pic:
	call 1f
1:	addl $_dl_sysinfo - 1b, (%esp)  /* &_dl_sysinfo at run time, from this PC */
	push %eax
	mov 4(%esp), %eax
	mov (%eax), %eax
	mov %eax, 4(%esp)                /* ... replaced by _dl_sysinfo itself */
	pop %eax
	ret
	.size _dl_sysinfo_pic, . - _dl_sysinfo_pic

	.data
	.balign 4
	.globl _dl_sysinfo
	.type _dl_sysinfo, @object
_dl_sysinfo:
	.long _dl_sysinfo_int80
	.size _dl_sysinfo, 4

	.section .note.GNU-stack, "", @progbits

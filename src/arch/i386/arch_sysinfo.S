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

	.data
	.balign 4
	.globl _dl_sysinfo
	.type _dl_sysinfo, @object
_dl_sysinfo:
	.long _dl_sysinfo_int80
	.size _dl_sysinfo, 4

	.section .note.GNU-stack, "", @progbits

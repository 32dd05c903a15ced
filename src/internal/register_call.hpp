// i386's C convention passes every argument on the stack: each call pushes them and each
// callee reloads them. The library's internal functions that many call sites reach
// (never exported, never called through a plain function pointer) take their first three
// in registers instead (eax, edx, ecx), as gcc already does for functions local to one
// file: smaller call sites and bodies. x86_64 passes arguments in registers anyway.
#pragma once

#if defined(__i386__)
#define SYSGATE_REGISTER_CALL __attribute__((regparm(3)))
#else
#define SYSGATE_REGISTER_CALL
#endif

/* <ctype.h>: the C locale only. Every function accepts EOF and every unsigned char
 * value; bytes 128..255 belong to no class (as glibc's C locale). */
#ifndef SYSGATE_CTYPE_H
#define SYSGATE_CTYPE_H
#include <bits/cdefs.h>

SYSGATE_BEGIN_C
int isalnum(int c) SYSGATE_NOEXCEPT;
int isalpha(int c) SYSGATE_NOEXCEPT;
int isblank(int c) SYSGATE_NOEXCEPT;
int iscntrl(int c) SYSGATE_NOEXCEPT;
int isdigit(int c) SYSGATE_NOEXCEPT;
int isgraph(int c) SYSGATE_NOEXCEPT;
int islower(int c) SYSGATE_NOEXCEPT;
int isprint(int c) SYSGATE_NOEXCEPT;
int ispunct(int c) SYSGATE_NOEXCEPT;
int isspace(int c) SYSGATE_NOEXCEPT;
int isupper(int c) SYSGATE_NOEXCEPT;
int isxdigit(int c) SYSGATE_NOEXCEPT;
int tolower(int c) SYSGATE_NOEXCEPT;
int toupper(int c) SYSGATE_NOEXCEPT;
int isascii(int c) SYSGATE_NOEXCEPT;
int toascii(int c) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

/* <wchar.h>: the types, the wide-string basics, and the restartable conversions.
 *
 * Multibyte text is always UTF-8 (RFC 3629: at most U+10FFFF, no surrogates, no
 * overlong forms), whatever setlocale says. This differs from glibc's "C" locale,
 * which is ASCII: there mbrtowc fails with EILSEQ on every byte above 0x7f and
 * wcrtomb on every character above U+007F. It is close to glibc's "C.UTF-8", which
 * differs only in accepting 4-byte sequences above U+10FFFF and in reporting a bad
 * continuation byte once the sequence is complete rather than when it arrives.
 * btowc and wctob agree with both: single bytes above 0x7f are no characters. */
#ifndef SYSGATE_WCHAR_H
#define SYSGATE_WCHAR_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED_wchar_t
#define __NEED_wint_t
#define __NEED_mbstate_t
#include <bits/alltypes.h>

#define WCHAR_MIN (-WCHAR_MAX - 1) /* as <stdint.h>: the same definition */
#define WCHAR_MAX __WCHAR_MAX__
#define WEOF (0xffffffffu)

SYSGATE_BEGIN_C
size_t wcslen(const wchar_t* s) SYSGATE_NOEXCEPT;
wchar_t* wmemcpy(wchar_t* __restrict d, const wchar_t* __restrict s, size_t n) SYSGATE_NOEXCEPT;
wchar_t* wmemmove(wchar_t* d, const wchar_t* s, size_t n) SYSGATE_NOEXCEPT;
wchar_t* wmemset(wchar_t* d, wchar_t c, size_t n) SYSGATE_NOEXCEPT;
int wmemcmp(const wchar_t* a, const wchar_t* b, size_t n) SYSGATE_NOEXCEPT;
int wcscmp(const wchar_t* a, const wchar_t* b) SYSGATE_NOEXCEPT;
int wcsncmp(const wchar_t* a, const wchar_t* b, size_t n) SYSGATE_NOEXCEPT;
wchar_t* wcscpy(wchar_t* __restrict d, const wchar_t* __restrict s) SYSGATE_NOEXCEPT;
wchar_t* wcschr(const wchar_t* s, wchar_t c) SYSGATE_NOEXCEPT;

size_t mbrtowc(wchar_t* __restrict wc, const char* __restrict s, size_t n,
               mbstate_t* __restrict state) SYSGATE_NOEXCEPT;
size_t wcrtomb(char* __restrict s, wchar_t wc, mbstate_t* __restrict state) SYSGATE_NOEXCEPT;
size_t mbrlen(const char* __restrict s, size_t n, mbstate_t* __restrict state) SYSGATE_NOEXCEPT;
int mbsinit(const mbstate_t* state) SYSGATE_NOEXCEPT;
wint_t btowc(int c) SYSGATE_NOEXCEPT;
int wctob(wint_t c) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

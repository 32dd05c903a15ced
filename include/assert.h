/* <assert.h>. No include guard around assert itself: C11 7.2 has each inclusion read
 * NDEBUG anew. A failed assertion prints glibc's message to stderr,
 *   prog: file:line: function: Assertion `expression' failed.
 * and aborts. */
#include <bits/cdefs.h>

#ifndef SYSGATE_ASSERT_H_DECLARATIONS
#define SYSGATE_ASSERT_H_DECLARATIONS
SYSGATE_BEGIN_C
SYSGATE_NORETURN void __assert_fail(const char* expression, const char* file, unsigned int line,
                                    const char* function) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#undef static_assert
#define static_assert _Static_assert
#endif
#endif

#undef assert
#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
/* As glibc: the function's name as __PRETTY_FUNCTION__ gives it (in C++, with its
 * signature). */
#define assert(expression) \
  ((expression)            \
       ? (void)0           \
       : __assert_fail(#expression, __FILE__, __LINE__, __extension__ __PRETTY_FUNCTION__))
#endif

/* <wctype.h>: the types so far (glibc's); the classification functions are to come. */
#ifndef SYSGATE_WCTYPE_H
#define SYSGATE_WCTYPE_H
#define __NEED_wint_t
#include <bits/alltypes.h>

typedef unsigned long wctype_t;
typedef const int* wctrans_t;

#define WEOF (0xffffffffu)
#endif

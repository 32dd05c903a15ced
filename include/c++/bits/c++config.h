// libstdc++'s configuration (from the installed g++), less what sysgate's C library
// does not provide: no wide-character functions, no gets, no threads (the thread layer
// is libstdc++'s single-threaded one, bits/gthr-default.h).
#pragma once
#include_next <bits/c++config.h>
#undef _GLIBCXX_USE_WCHAR_T
#undef _GLIBCXX_HAVE_WCHAR_H
#undef _GLIBCXX_USE_C99_WCHAR
#undef _GLIBCXX_HAVE_GETS
#undef _GLIBCXX_HAS_GTHREADS

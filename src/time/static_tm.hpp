// The one struct tm gmtime and localtime both return (glibc's _tmbuf: a gmtime call
// overwrites what localtime returned, and the other way round).
#pragma once
#include <time.h>

namespace sysgate::civil {
inline tm static_tm;
}

/* C11 <inttypes.h>: printf/scanf macros for <stdint.h>'s types, and the intmax_t
 * functions. The 64-bit prefix follows the width of long: int64_t is long on x86_64
 * and long long on i386, and intptr_t is long or int (as glibc's). */
#ifndef SYSGATE_INTTYPES_H
#define SYSGATE_INTTYPES_H
#include <bits/cdefs.h>
#include <stdint.h>
#define __NEED_wchar_t
#include <bits/alltypes.h>

#if __SIZEOF_LONG__ == 8
#define __SYSGATE_PRI64 "l"
#define __SYSGATE_PRIPTR "l"
#else
#define __SYSGATE_PRI64 "ll"
#define __SYSGATE_PRIPTR ""
#endif

#define PRId8 "d"
#define PRId16 "d"
#define PRId32 "d"
#define PRId64 __SYSGATE_PRI64 "d"
#define PRIdLEAST8 "d"
#define PRIdLEAST16 "d"
#define PRIdLEAST32 "d"
#define PRIdLEAST64 __SYSGATE_PRI64 "d"
#define PRIdFAST8 "d"
#define PRIdFAST16 __SYSGATE_PRIPTR "d"
#define PRIdFAST32 __SYSGATE_PRIPTR "d"
#define PRIdFAST64 __SYSGATE_PRI64 "d"
#define PRIdMAX __SYSGATE_PRI64 "d"
#define PRIdPTR __SYSGATE_PRIPTR "d"

#define PRIi8 "i"
#define PRIi16 "i"
#define PRIi32 "i"
#define PRIi64 __SYSGATE_PRI64 "i"
#define PRIiLEAST8 "i"
#define PRIiLEAST16 "i"
#define PRIiLEAST32 "i"
#define PRIiLEAST64 __SYSGATE_PRI64 "i"
#define PRIiFAST8 "i"
#define PRIiFAST16 __SYSGATE_PRIPTR "i"
#define PRIiFAST32 __SYSGATE_PRIPTR "i"
#define PRIiFAST64 __SYSGATE_PRI64 "i"
#define PRIiMAX __SYSGATE_PRI64 "i"
#define PRIiPTR __SYSGATE_PRIPTR "i"

#define PRIo8 "o"
#define PRIo16 "o"
#define PRIo32 "o"
#define PRIo64 __SYSGATE_PRI64 "o"
#define PRIoLEAST8 "o"
#define PRIoLEAST16 "o"
#define PRIoLEAST32 "o"
#define PRIoLEAST64 __SYSGATE_PRI64 "o"
#define PRIoFAST8 "o"
#define PRIoFAST16 __SYSGATE_PRIPTR "o"
#define PRIoFAST32 __SYSGATE_PRIPTR "o"
#define PRIoFAST64 __SYSGATE_PRI64 "o"
#define PRIoMAX __SYSGATE_PRI64 "o"
#define PRIoPTR __SYSGATE_PRIPTR "o"

#define PRIu8 "u"
#define PRIu16 "u"
#define PRIu32 "u"
#define PRIu64 __SYSGATE_PRI64 "u"
#define PRIuLEAST8 "u"
#define PRIuLEAST16 "u"
#define PRIuLEAST32 "u"
#define PRIuLEAST64 __SYSGATE_PRI64 "u"
#define PRIuFAST8 "u"
#define PRIuFAST16 __SYSGATE_PRIPTR "u"
#define PRIuFAST32 __SYSGATE_PRIPTR "u"
#define PRIuFAST64 __SYSGATE_PRI64 "u"
#define PRIuMAX __SYSGATE_PRI64 "u"
#define PRIuPTR __SYSGATE_PRIPTR "u"

#define PRIx8 "x"
#define PRIx16 "x"
#define PRIx32 "x"
#define PRIx64 __SYSGATE_PRI64 "x"
#define PRIxLEAST8 "x"
#define PRIxLEAST16 "x"
#define PRIxLEAST32 "x"
#define PRIxLEAST64 __SYSGATE_PRI64 "x"
#define PRIxFAST8 "x"
#define PRIxFAST16 __SYSGATE_PRIPTR "x"
#define PRIxFAST32 __SYSGATE_PRIPTR "x"
#define PRIxFAST64 __SYSGATE_PRI64 "x"
#define PRIxMAX __SYSGATE_PRI64 "x"
#define PRIxPTR __SYSGATE_PRIPTR "x"

#define PRIX8 "X"
#define PRIX16 "X"
#define PRIX32 "X"
#define PRIX64 __SYSGATE_PRI64 "X"
#define PRIXLEAST8 "X"
#define PRIXLEAST16 "X"
#define PRIXLEAST32 "X"
#define PRIXLEAST64 __SYSGATE_PRI64 "X"
#define PRIXFAST8 "X"
#define PRIXFAST16 __SYSGATE_PRIPTR "X"
#define PRIXFAST32 __SYSGATE_PRIPTR "X"
#define PRIXFAST64 __SYSGATE_PRI64 "X"
#define PRIXMAX __SYSGATE_PRI64 "X"
#define PRIXPTR __SYSGATE_PRIPTR "X"

/* scanf needs the exact width: hh for 8-bit, h for 16-bit. */
#define SCNd8 "hhd"
#define SCNd16 "hd"
#define SCNd32 "d"
#define SCNd64 __SYSGATE_PRI64 "d"
#define SCNdLEAST8 "hhd"
#define SCNdLEAST16 "hd"
#define SCNdLEAST32 "d"
#define SCNdLEAST64 __SYSGATE_PRI64 "d"
#define SCNdFAST8 "hhd"
#define SCNdFAST16 __SYSGATE_PRIPTR "d"
#define SCNdFAST32 __SYSGATE_PRIPTR "d"
#define SCNdFAST64 __SYSGATE_PRI64 "d"
#define SCNdMAX __SYSGATE_PRI64 "d"
#define SCNdPTR __SYSGATE_PRIPTR "d"

#define SCNi8 "hhi"
#define SCNi16 "hi"
#define SCNi32 "i"
#define SCNi64 __SYSGATE_PRI64 "i"
#define SCNiLEAST8 "hhi"
#define SCNiLEAST16 "hi"
#define SCNiLEAST32 "i"
#define SCNiLEAST64 __SYSGATE_PRI64 "i"
#define SCNiFAST8 "hhi"
#define SCNiFAST16 __SYSGATE_PRIPTR "i"
#define SCNiFAST32 __SYSGATE_PRIPTR "i"
#define SCNiFAST64 __SYSGATE_PRI64 "i"
#define SCNiMAX __SYSGATE_PRI64 "i"
#define SCNiPTR __SYSGATE_PRIPTR "i"

#define SCNo8 "hho"
#define SCNo16 "ho"
#define SCNo32 "o"
#define SCNo64 __SYSGATE_PRI64 "o"
#define SCNoLEAST8 "hho"
#define SCNoLEAST16 "ho"
#define SCNoLEAST32 "o"
#define SCNoLEAST64 __SYSGATE_PRI64 "o"
#define SCNoFAST8 "hho"
#define SCNoFAST16 __SYSGATE_PRIPTR "o"
#define SCNoFAST32 __SYSGATE_PRIPTR "o"
#define SCNoFAST64 __SYSGATE_PRI64 "o"
#define SCNoMAX __SYSGATE_PRI64 "o"
#define SCNoPTR __SYSGATE_PRIPTR "o"

#define SCNu8 "hhu"
#define SCNu16 "hu"
#define SCNu32 "u"
#define SCNu64 __SYSGATE_PRI64 "u"
#define SCNuLEAST8 "hhu"
#define SCNuLEAST16 "hu"
#define SCNuLEAST32 "u"
#define SCNuLEAST64 __SYSGATE_PRI64 "u"
#define SCNuFAST8 "hhu"
#define SCNuFAST16 __SYSGATE_PRIPTR "u"
#define SCNuFAST32 __SYSGATE_PRIPTR "u"
#define SCNuFAST64 __SYSGATE_PRI64 "u"
#define SCNuMAX __SYSGATE_PRI64 "u"
#define SCNuPTR __SYSGATE_PRIPTR "u"

#define SCNx8 "hhx"
#define SCNx16 "hx"
#define SCNx32 "x"
#define SCNx64 __SYSGATE_PRI64 "x"
#define SCNxLEAST8 "hhx"
#define SCNxLEAST16 "hx"
#define SCNxLEAST32 "x"
#define SCNxLEAST64 __SYSGATE_PRI64 "x"
#define SCNxFAST8 "hhx"
#define SCNxFAST16 __SYSGATE_PRIPTR "x"
#define SCNxFAST32 __SYSGATE_PRIPTR "x"
#define SCNxFAST64 __SYSGATE_PRI64 "x"
#define SCNxMAX __SYSGATE_PRI64 "x"
#define SCNxPTR __SYSGATE_PRIPTR "x"

SYSGATE_BEGIN_C
typedef struct {
  intmax_t quot;
  intmax_t rem;
} imaxdiv_t;

intmax_t imaxabs(intmax_t value) SYSGATE_NOEXCEPT;
imaxdiv_t imaxdiv(intmax_t numerator, intmax_t denominator) SYSGATE_NOEXCEPT;
intmax_t strtoimax(const char* __restrict s, char** __restrict end, int base) SYSGATE_NOEXCEPT;
uintmax_t strtoumax(const char* __restrict s, char** __restrict end, int base) SYSGATE_NOEXCEPT;
intmax_t wcstoimax(const wchar_t* __restrict s, wchar_t** __restrict end,
                   int base) SYSGATE_NOEXCEPT;
uintmax_t wcstoumax(const wchar_t* __restrict s, wchar_t** __restrict end,
                    int base) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

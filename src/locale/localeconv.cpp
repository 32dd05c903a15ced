#include <limits.h>
#include <locale.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

char point[] = ".";
char empty[] = "";
// C's values (C11 7.11.1.1): "." and empty strings, CHAR_MAX for "not available".
lconv c_conventions = {point,    empty,    empty,    empty,    empty,    empty,
                       empty,    empty,    empty,    empty,    CHAR_MAX, CHAR_MAX,
                       CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
                       CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX};

}  // namespace

SYSGATE_C_FUNCTION(lconv*, localeconv, () noexcept) { return &c_conventions; }

}  // namespace sysgate::c

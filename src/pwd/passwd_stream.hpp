// setpwent/getpwent/endpwent's open file (src/pwd/passwd_stream.cpp).
#pragma once
#include <stdio.h>

namespace sysgate::c::users {
extern FILE* passwd_stream;
}

// setgrent/getgrent/endgrent's open file (src/grp/group_stream.cpp).
#pragma once
#include <stdio.h>

namespace sysgate::c::users {
extern FILE* group_stream;
}

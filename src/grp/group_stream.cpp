#include "src/grp/group_stream.hpp"

namespace sysgate::c::users {
FILE* group_stream;
}

#include "src/pwd/passwd_stream.hpp"

namespace sysgate::c::users {
FILE* passwd_stream;
}

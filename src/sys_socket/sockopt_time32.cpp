#include "src/sys_socket/sockopt_time.hpp"

// Read and written by setsockopt and getsockopt alone (and by the sockets test, to force
// the fallback); a program without them never links it.
extern "C" {
int __sysgate_sockopt_time32 = 0;
}

#include "src/sys_socket/socket_call.hpp"

// Read and written by socket_syscall() alone (and by the sockets test, to force the
// fallback); a program without socket calls never links it.
extern "C" {
int __sysgate_socketcall_only = 0;
}

#ifndef SYSGATE_NETINET_TCP_H
#define SYSGATE_NETINET_TCP_H
/* The TCP_* socket options (level IPPROTO_TCP, or SOL_TCP). */
#include <bits/kernel_tcp.h>

#define SOL_TCP 6
#endif

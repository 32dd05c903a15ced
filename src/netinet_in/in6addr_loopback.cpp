#include <netinet/in.h>

extern "C" const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;

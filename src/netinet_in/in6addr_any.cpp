#include <netinet/in.h>

extern "C" const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;

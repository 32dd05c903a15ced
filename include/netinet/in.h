#ifndef SYSGATE_NETINET_IN_H
#define SYSGATE_NETINET_IN_H
#include <bits/cdefs.h>
#include <bits/kernel_in.h>
#include <stdint.h>
#include <sys/socket.h>

typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

struct in_addr {
  in_addr_t s_addr;
};

struct in6_addr {
  union {
    uint8_t __u6_addr8[16];
    uint16_t __u6_addr16[8];
    uint32_t __u6_addr32[4];
  } __in6_u;
};
#define s6_addr __in6_u.__u6_addr8
#define s6_addr16 __in6_u.__u6_addr16
#define s6_addr32 __in6_u.__u6_addr32

struct sockaddr_in {
  sa_family_t sin_family;
  in_port_t sin_port; /* network byte order */
  struct in_addr sin_addr;
  unsigned char sin_zero[8];
};

struct sockaddr_in6 {
  sa_family_t sin6_family;
  in_port_t sin6_port;
  uint32_t sin6_flowinfo;
  struct in6_addr sin6_addr;
  uint32_t sin6_scope_id;
};

struct ip_mreq {
  struct in_addr imr_multiaddr;
  struct in_addr imr_interface;
};

struct ip_mreqn {
  struct in_addr imr_multiaddr;
  struct in_addr imr_address;
  int imr_ifindex;
};

struct ipv6_mreq {
  struct in6_addr ipv6mr_multiaddr;
  unsigned int ipv6mr_interface;
};

struct in_pktinfo {
  int ipi_ifindex;
  struct in_addr ipi_spec_dst;
  struct in_addr ipi_addr;
};

struct in6_pktinfo {
  struct in6_addr ipi6_addr;
  unsigned int ipi6_ifindex;
};

#define INET_ADDRSTRLEN 16
#define INET6_ADDRSTRLEN 46
#define IPPORT_RESERVED 1024
#define IPPROTO_MAX 263

#define IN6ADDR_ANY_INIT \
  {                      \
    {                    \
      { 0 }              \
    }                    \
  }
#define IN6ADDR_LOOPBACK_INIT                            \
  {                                                      \
    {                                                    \
      { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 } \
    }                                                    \
  }

#define IN_CLASSA(a) ((((in_addr_t)(a)) & 0x80000000) == 0)
#define IN_CLASSB(a) ((((in_addr_t)(a)) & 0xc0000000) == 0x80000000)
#define IN_CLASSC(a) ((((in_addr_t)(a)) & 0xe0000000) == 0xc0000000)
#define IN_CLASSD(a) ((((in_addr_t)(a)) & 0xf0000000) == 0xe0000000)
#define IN_MULTICAST(a) IN_CLASSD(a)
#define IN_EXPERIMENTAL(a) ((((in_addr_t)(a)) & 0xe0000000) == 0xe0000000)
#define IN_BADCLASS(a) ((((in_addr_t)(a)) & 0xf0000000) == 0xf0000000)

#define IN6_IS_ADDR_UNSPECIFIED(a)                                     \
  (((const uint32_t*)(a))[0] == 0 && ((const uint32_t*)(a))[1] == 0 && \
   ((const uint32_t*)(a))[2] == 0 && ((const uint32_t*)(a))[3] == 0)
#define IN6_IS_ADDR_LOOPBACK(a)                                        \
  (((const uint32_t*)(a))[0] == 0 && ((const uint32_t*)(a))[1] == 0 && \
   ((const uint32_t*)(a))[2] == 0 && ((const uint8_t*)(a))[12] == 0 && \
   ((const uint8_t*)(a))[13] == 0 && ((const uint8_t*)(a))[14] == 0 && \
   ((const uint8_t*)(a))[15] == 1)
#define IN6_IS_ADDR_MULTICAST(a) (((const uint8_t*)(a))[0] == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) \
  (((const uint8_t*)(a))[0] == 0xfe && (((const uint8_t*)(a))[1] & 0xc0) == 0x80)
#define IN6_IS_ADDR_SITELOCAL(a) \
  (((const uint8_t*)(a))[0] == 0xfe && (((const uint8_t*)(a))[1] & 0xc0) == 0xc0)
#define IN6_IS_ADDR_V4MAPPED(a)                                        \
  (((const uint32_t*)(a))[0] == 0 && ((const uint32_t*)(a))[1] == 0 && \
   ((const uint8_t*)(a))[8] == 0 && ((const uint8_t*)(a))[9] == 0 &&   \
   ((const uint8_t*)(a))[10] == 0xff && ((const uint8_t*)(a))[11] == 0xff)
#define IN6_IS_ADDR_V4COMPAT(a)                                        \
  (((const uint32_t*)(a))[0] == 0 && ((const uint32_t*)(a))[1] == 0 && \
   ((const uint32_t*)(a))[2] == 0 && !IN6_IS_ADDR_UNSPECIFIED(a) && !IN6_IS_ADDR_LOOPBACK(a))
#define IN6_ARE_ADDR_EQUAL(a, b)                             \
  (((const uint32_t*)(a))[0] == ((const uint32_t*)(b))[0] && \
   ((const uint32_t*)(a))[1] == ((const uint32_t*)(b))[1] && \
   ((const uint32_t*)(a))[2] == ((const uint32_t*)(b))[2] && \
   ((const uint32_t*)(a))[3] == ((const uint32_t*)(b))[3])

SYSGATE_BEGIN_C
extern const struct in6_addr in6addr_any;      /* :: */
extern const struct in6_addr in6addr_loopback; /* ::1 */

uint32_t htonl(uint32_t host) SYSGATE_NOEXCEPT;
uint16_t htons(uint16_t host) SYSGATE_NOEXCEPT;
uint32_t ntohl(uint32_t net) SYSGATE_NOEXCEPT;
uint16_t ntohs(uint16_t net) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

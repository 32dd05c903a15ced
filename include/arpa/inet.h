#ifndef SYSGATE_ARPA_INET_H
#define SYSGATE_ARPA_INET_H
#include <bits/cdefs.h>
#include <netinet/in.h>

SYSGATE_BEGIN_C
/* Dotted IPv4 text, each part decimal, 0x hex or 0 octal, in the forms a, a.b, a.b.c,
 * a.b.c.d, ended by NUL or white space (anything after it is ignored, as glibc does);
 * INADDR_NONE (also 255.255.255.255's value) on bad text. */
in_addr_t inet_addr(const char* text) SYSGATE_NOEXCEPT;
/* The same; 1 and *address set on success, 0 on bad text. */
int inet_aton(const char* text, struct in_addr* address) SYSGATE_NOEXCEPT;
/* "a.b.c.d" in a static buffer, overwritten by the next call. */
char* inet_ntoa(struct in_addr address) SYSGATE_NOEXCEPT;
/* The same forms as inet_addr, in host byte order, parts taken as the network part. */
in_addr_t inet_network(const char* text) SYSGATE_NOEXCEPT;
/* AF_INET: strict dotted decimal; AF_INET6: RFC 4291 text. 1, 0 on bad text, -1 with
 * EAFNOSUPPORT on another family. */
int inet_pton(int family, const char* __restrict text, void* __restrict address) SYSGATE_NOEXCEPT;
/* glibc's forms: the longest run of two or more zero groups is "::", an IPv4 tail for
 * ::a.b.c.d and ::ffff:a.b.c.d. NULL with ENOSPC when `size` is short. */
const char* inet_ntop(int family, const void* __restrict address, char* __restrict text,
                      socklen_t size) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

#ifndef SYSGATE_SYS_SOCKET_H
#define SYSGATE_SYS_SOCKET_H
#include <bits/cdefs.h>
#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_socklen_t
#define __NEED_sa_family_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_time_t
#define __NEED_struct_iovec
#define __NEED_struct_timespec
#include <bits/alltypes.h>
#include <bits/kernel_socket.h>

/* asm/socket.h gives these as numbers on x86_64; on i386 it picks by sizeof(time_t):
 * the 64-bit-time numbers, as sysgate's time_t is wider than long there. */
#ifndef SO_TIMESTAMP
#define SO_TIMESTAMP SO_TIMESTAMP_NEW
#define SO_TIMESTAMPNS SO_TIMESTAMPNS_NEW
#define SO_TIMESTAMPING SO_TIMESTAMPING_NEW
#define SO_RCVTIMEO SO_RCVTIMEO_NEW
#define SO_SNDTIMEO SO_SNDTIMEO_NEW
#endif
#ifndef SCM_TIMESTAMP
#define SCM_TIMESTAMP SO_TIMESTAMP
#define SCM_TIMESTAMPNS SO_TIMESTAMPNS
#define SCM_TIMESTAMPING SO_TIMESTAMPING
#endif

/* Not in the UAPI (the kernel's include/linux/socket.h and net.h are internal): the
 * values every libc writes by hand, glibc 2.36's set. */
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP 6
#define SOCK_PACKET 10
#define SOCK_CLOEXEC 02000000 /* O_CLOEXEC; src/sys_socket/socket.cpp checks */
#define SOCK_NONBLOCK 04000   /* O_NONBLOCK */

#define PF_UNSPEC 0
#define PF_LOCAL 1
#define PF_UNIX PF_LOCAL
#define PF_FILE PF_LOCAL
#define PF_INET 2
#define PF_AX25 3
#define PF_IPX 4
#define PF_APPLETALK 5
#define PF_NETROM 6
#define PF_BRIDGE 7
#define PF_ATMPVC 8
#define PF_X25 9
#define PF_INET6 10
#define PF_ROSE 11
#define PF_DECnet 12
#define PF_NETBEUI 13
#define PF_SECURITY 14
#define PF_KEY 15
#define PF_NETLINK 16
#define PF_ROUTE PF_NETLINK
#define PF_PACKET 17
#define PF_ASH 18
#define PF_ECONET 19
#define PF_ATMSVC 20
#define PF_RDS 21
#define PF_SNA 22
#define PF_IRDA 23
#define PF_PPPOX 24
#define PF_WANPIPE 25
#define PF_LLC 26
#define PF_IB 27
#define PF_MPLS 28
#define PF_CAN 29
#define PF_TIPC 30
#define PF_BLUETOOTH 31
#define PF_IUCV 32
#define PF_RXRPC 33
#define PF_ISDN 34
#define PF_PHONET 35
#define PF_IEEE802154 36
#define PF_CAIF 37
#define PF_ALG 38
#define PF_NFC 39
#define PF_VSOCK 40
#define PF_KCM 41
#define PF_QIPCRTR 42
#define PF_SMC 43
#define PF_XDP 44
#define PF_MCTP 45
#define PF_MAX 46

#define AF_UNSPEC PF_UNSPEC
#define AF_LOCAL PF_LOCAL
#define AF_UNIX PF_UNIX
#define AF_FILE PF_FILE
#define AF_INET PF_INET
#define AF_AX25 PF_AX25
#define AF_IPX PF_IPX
#define AF_APPLETALK PF_APPLETALK
#define AF_NETROM PF_NETROM
#define AF_BRIDGE PF_BRIDGE
#define AF_ATMPVC PF_ATMPVC
#define AF_X25 PF_X25
#define AF_INET6 PF_INET6
#define AF_ROSE PF_ROSE
#define AF_DECnet PF_DECnet
#define AF_NETBEUI PF_NETBEUI
#define AF_SECURITY PF_SECURITY
#define AF_KEY PF_KEY
#define AF_NETLINK PF_NETLINK
#define AF_ROUTE PF_ROUTE
#define AF_PACKET PF_PACKET
#define AF_ASH PF_ASH
#define AF_ECONET PF_ECONET
#define AF_ATMSVC PF_ATMSVC
#define AF_RDS PF_RDS
#define AF_SNA PF_SNA
#define AF_IRDA PF_IRDA
#define AF_PPPOX PF_PPPOX
#define AF_WANPIPE PF_WANPIPE
#define AF_LLC PF_LLC
#define AF_IB PF_IB
#define AF_MPLS PF_MPLS
#define AF_CAN PF_CAN
#define AF_TIPC PF_TIPC
#define AF_BLUETOOTH PF_BLUETOOTH
#define AF_IUCV PF_IUCV
#define AF_RXRPC PF_RXRPC
#define AF_ISDN PF_ISDN
#define AF_PHONET PF_PHONET
#define AF_IEEE802154 PF_IEEE802154
#define AF_CAIF PF_CAIF
#define AF_ALG PF_ALG
#define AF_NFC PF_NFC
#define AF_VSOCK PF_VSOCK
#define AF_KCM PF_KCM
#define AF_QIPCRTR PF_QIPCRTR
#define AF_SMC PF_SMC
#define AF_XDP PF_XDP
#define AF_MCTP PF_MCTP
#define AF_MAX PF_MAX

#define SOL_RAW 255
#define SOL_DECNET 261
#define SOL_X25 262
#define SOL_PACKET 263
#define SOL_ATM 264
#define SOL_AAL 265
#define SOL_IRDA 266
#define SOL_NETBEUI 267
#define SOL_LLC 268
#define SOL_DCCP 269
#define SOL_NETLINK 270
#define SOL_TIPC 271
#define SOL_RXRPC 272
#define SOL_PPPOL2TP 273
#define SOL_BLUETOOTH 274
#define SOL_PNPIPE 275
#define SOL_RDS 276
#define SOL_IUCV 277
#define SOL_CAIF 278
#define SOL_ALG 279
#define SOL_NFC 280
#define SOL_KCM 281
#define SOL_TLS 282
#define SOL_XDP 283

#define SOMAXCONN 4096

#define MSG_OOB 0x01
#define MSG_PEEK 0x02
#define MSG_DONTROUTE 0x04
#define MSG_CTRUNC 0x08
#define MSG_PROXY 0x10
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40
#define MSG_EOR 0x80
#define MSG_WAITALL 0x100
#define MSG_FIN 0x200
#define MSG_SYN 0x400
#define MSG_CONFIRM 0x800
#define MSG_RST 0x1000
#define MSG_ERRQUEUE 0x2000
#define MSG_NOSIGNAL 0x4000
#define MSG_MORE 0x8000
#define MSG_WAITFORONE 0x10000
#define MSG_BATCH 0x40000
#define MSG_ZEROCOPY 0x4000000
#define MSG_FASTOPEN 0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

#define SHUT_RD 0
#define SHUT_WR 1
#define SHUT_RDWR 2

#define SCM_RIGHTS 0x01
#define SCM_CREDENTIALS 0x02

struct sockaddr {
  sa_family_t sa_family;
  char sa_data[14];
};

/* Big enough and aligned for every address family's sockaddr: 128 bytes. */
struct sockaddr_storage {
  sa_family_t ss_family;
  char __ss_padding[128 - sizeof(sa_family_t) - sizeof(unsigned long)];
  unsigned long __ss_align;
};

/* The kernel's layout (struct user_msghdr): iovlen and controllen are size_t. */
struct msghdr {
  void* msg_name;
  socklen_t msg_namelen;
  struct iovec* msg_iov;
  size_t msg_iovlen;
  void* msg_control;
  size_t msg_controllen;
  int msg_flags;
};

struct cmsghdr {
  size_t cmsg_len;
  int cmsg_level;
  int cmsg_type;
};

struct mmsghdr {
  struct msghdr msg_hdr;
  unsigned int msg_len;
};

struct linger {
  int l_onoff;
  int l_linger;
};

struct ucred {
  pid_t pid;
  uid_t uid;
  gid_t gid;
};

/* Control messages: headers and data each padded to a multiple of size_t. */
#define CMSG_ALIGN(len) (((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_DATA(cmsg) ((unsigned char*)((struct cmsghdr*)(cmsg) + 1))
#define CMSG_SPACE(len) (CMSG_ALIGN(len) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_FIRSTHDR(mhdr)                                                                        \
  ((size_t)(mhdr)->msg_controllen >= sizeof(struct cmsghdr) ? (struct cmsghdr*)(mhdr)->msg_control \
                                                            : (struct cmsghdr*)0)
/* The next header, or NULL when it (or this one's length) would run past the buffer. */
#define CMSG_NXTHDR(mhdr, cmsg) __cmsg_nxthdr(mhdr, cmsg)

SYSGATE_BEGIN_C
struct cmsghdr* __cmsg_nxthdr(struct msghdr* message, struct cmsghdr* header) SYSGATE_NOEXCEPT;

int socket(int domain, int type, int protocol) SYSGATE_NOEXCEPT;
int socketpair(int domain, int type, int protocol, int fds[2]) SYSGATE_NOEXCEPT;
int bind(int fd, const struct sockaddr* address, socklen_t length) SYSGATE_NOEXCEPT;
int listen(int fd, int backlog) SYSGATE_NOEXCEPT;
int accept(int fd, struct sockaddr* address, socklen_t* length) SYSGATE_NOEXCEPT;
int accept4(int fd, struct sockaddr* address, socklen_t* length, int flags) SYSGATE_NOEXCEPT;
int connect(int fd, const struct sockaddr* address, socklen_t length) SYSGATE_NOEXCEPT;
int shutdown(int fd, int how) SYSGATE_NOEXCEPT;
ssize_t send(int fd, const void* buf, size_t n, int flags) SYSGATE_NOEXCEPT;
ssize_t recv(int fd, void* buf, size_t n, int flags) SYSGATE_NOEXCEPT;
ssize_t sendto(int fd, const void* buf, size_t n, int flags, const struct sockaddr* address,
               socklen_t length) SYSGATE_NOEXCEPT;
ssize_t recvfrom(int fd, void* buf, size_t n, int flags, struct sockaddr* address,
                 socklen_t* length) SYSGATE_NOEXCEPT;
ssize_t sendmsg(int fd, const struct msghdr* message, int flags) SYSGATE_NOEXCEPT;
ssize_t recvmsg(int fd, struct msghdr* message, int flags) SYSGATE_NOEXCEPT;
int sendmmsg(int fd, struct mmsghdr* messages, unsigned int count, int flags) SYSGATE_NOEXCEPT;
/* timeout: NULL, or waits at most that long (64-bit time_t on both arches). */
int recvmmsg(int fd, struct mmsghdr* messages, unsigned int count, int flags,
             struct timespec* timeout) SYSGATE_NOEXCEPT;
int getsockopt(int fd, int level, int name, void* value, socklen_t* length) SYSGATE_NOEXCEPT;
int setsockopt(int fd, int level, int name, const void* value, socklen_t length) SYSGATE_NOEXCEPT;
int getsockname(int fd, struct sockaddr* address, socklen_t* length) SYSGATE_NOEXCEPT;
int getpeername(int fd, struct sockaddr* address, socklen_t* length) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif

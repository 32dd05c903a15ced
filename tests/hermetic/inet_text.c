/* inet_pton/inet_ntop/inet_aton/inet_addr/inet_network/inet_ntoa and the byte-order
 * calls against glibc, byte for byte: every line is one call on one tricky input, the
 * last a hash of them all that tests/hermetic/meson.build pins (glibc 2.36's).
 *
 * A mismatch: run this program and its -glibc twin and compare the lines. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned hash = 2166136261u;
static int lines;

static void say(const char* format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char* format, ...) {
  char line[512];
  va_list args;
  va_start(args, format);
  int n = vsnprintf(line, sizeof line - 1, format, args);
  va_end(args);
  line[n++] = '\n';
  for (int i = 0; i < n; ++i) hash = (hash ^ (unsigned char)line[i]) * 16777619u;
  write(1, line, n);
  ++lines;
}

static const char* const v4_texts[] = {
    "0.0.0.0",
    "1.2.3.4",
    "255.255.255.255",
    "256.1.1.1",
    "1.2.3",
    "1.2",
    "1",
    "01.2.3.4",
    "1.02.3.4",
    "0.0.0.00",
    "1.2.3.4.",
    ".1.2.3.4",
    "1..2.3",
    "1.2.3.4.5",
    "0x1.2.3.4",
    "0x7f.1",
    "0x7f000001",
    "017700000001",
    "4294967295",
    "4294967296",
    "99999999999",
    "1.2.3.4 ",
    "1.2.3.4 junk",
    "1.2.3.4\tx",
    "1.2.3.4\n",
    " 1.2.3.4",
    "1.2.3.4x",
    "",
    "1.2.3.-4",
    "+1.2.3.4",
    "1.2.3.256",
    "1.2.65535",
    "1.2.65536",
    "1.16777215",
    "1.16777216",
    "0x",
    "0x.1.2.3",
    "0xg",
    "08",
    "0.8",
    "09.1",
    "0377.0377.0377.0377",
    "0400.1.1.1",
    "0xff.0xff.0xff.0xff",
    "0x100.1.1.1",
    "00000000001.2.3.4",
    "1.2.3.04",
    "127.1",
    "10.0.0.1",
    "192.168.1.1 ",
    "1.2.3.4\v",
    "x1",
    "X12.1",
    "1.x2",
    "0x1x",
    "1.2.3.4.",
    "12345678901234567890",
    "1.1.1.1\x80",
    "0.0.0.0x0",
    "1e1",
};

static const char* const v6_texts[] = {
    "::",
    "::1",
    "1::",
    "1::2",
    "::ffff:1.2.3.4",
    "::1.2.3.4",
    "1:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "1:2:3:4:5:6::7:8",
    "1::2::3",
    ":::",
    ":1::",
    "1:",
    ":1",
    "::1:",
    "1::2:",
    "12345::",
    "01234::",
    "0001:0002:0003:0004:0005:0006:0007:0008",
    "FFFF:ffff::",
    "fe80::1%eth0",
    "1:2:3:4:5:6:1.2.3.4",
    "1:2:3:4:5:1.2.3.4",
    "1:2:3:4:5:6:7:1.2.3.4",
    "::1.2.3",
    "::1.2.3.4.5",
    "::01.2.3.4",
    "::256.1.1.1",
    "1.2.3.4",
    "::ffff:0:0",
    "::ffff:0.0.0.0",
    "::ffff:ffff:1.2.3.4",
    "::0.0.0.1",
    "::0:1.2.3.4",
    "0:0:0:0:0:0:1.2.3.4",
    "0:0:0:0:0:ffff:1.2.3.4",
    "1:0:0:2::3",
    "1:0:0:2:0:0:0:3",
    "1:0:2:0:0:3:0:0",
    "0:1:0:0:2:0:0:0",
    "1:0:2:0:3:0:4:0",
    "::a:b:c:d:e:f:1",
    "a::b:c:d:e:f:1",
    "",
    " ::1",
    "::1 ",
    "::g",
    "::1.2.3.4:1",
    "::1.2.3.4::",
    "1::1.2.3.4",
    "::ffff:1.2.3.4x",
    "0::0",
    "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789",
    "2001:db8::ff00:42:8329",
    "2001:0db8:0000:0000:0000:ff00:0042:8329",
    ":::1",
    "1:::2",
    "::0:0:0:0:0:0:1",
    "0:0:0:0:0:0:0:0",
    "0:0:0:0:0:0:0:1",
    "0:0:0:0:0:0:0:0:0",
    "::x",
    "1:2:3:4:5:6:7::",
    "::2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7:8::",
    "0:0:0:0:0:1:0:0",
    "0:0:0:0:ffff:0:0:0",
    "0:0:0:0:0:ffff:0:1",
    "0:0:0:0:1:ffff:1:1",
};

static void show_v6(const unsigned char* a) {
  char text[INET6_ADDRSTRLEN];
  const char* r = inet_ntop(AF_INET6, a, text, sizeof text);
  say("  ntop %s", r ? r : "NULL");
}

int main(void) {
  for (size_t i = 0; i < sizeof v4_texts / sizeof *v4_texts; ++i) {
    const char* t = v4_texts[i];
    unsigned char b[4] = {0xaa, 0xaa, 0xaa, 0xaa};
    struct in_addr a = {0x5a5a5a5a};
    int pton = inet_pton(AF_INET, t, b);
    int aton = inet_aton(t, &a);
    in_addr_t addr = inet_addr(t);
    in_addr_t net = inet_network(t);
    say("v4 \"%s\": pton %d %u.%u.%u.%u aton %d %08x addr %08x network %08x", t, pton, b[0], b[1],
        b[2], b[3], aton, ntohl(a.s_addr), ntohl(addr), net);
  }
  say("inet_aton NULL address: %d", inet_aton("1.2.3.4", NULL));
  for (size_t i = 0; i < sizeof v6_texts / sizeof *v6_texts; ++i) {
    unsigned char b[16];
    memset(b, 0xaa, sizeof b);
    int r = inet_pton(AF_INET6, v6_texts[i], b);
    char hex[40];
    for (int k = 0; k < 16; ++k) snprintf(hex + 2 * k, 3, "%02x", b[k]);
    say("v6 \"%s\": %d %s", v6_texts[i], r, hex);
    if (r == 1) show_v6(b);
  }
  /* Every pattern of zero and nonzero groups, and the IPv4-tail cases around them. */
  for (unsigned mask = 0; mask < 256; ++mask) {
    unsigned char b[16] = {0};
    for (int k = 0; k < 8; ++k)
      if (mask & (1u << k)) b[2 * k] = (unsigned char)(k * 17), b[2 * k + 1] = (unsigned char)k + 1;
    show_v6(b);
    b[10] = b[11] = 0xff;
    show_v6(b);
  }
  /* Buffer sizes around the text's length: ENOSPC, never a write past. */
  unsigned char full[16];
  memset(full, 0xab, sizeof full);
  for (socklen_t size = 0; size <= 41; ++size) {
    char text[64];
    memset(text, '#', sizeof text);
    errno = 0;
    const char* r = inet_ntop(AF_INET6, full, text, size);
    say("ntop6 size %u: %s errno %d guard %c", size, r ? r : "NULL", errno, text[size]);
  }
  unsigned char v4[4] = {255, 255, 255, 255};
  for (socklen_t size = 14; size <= 17; ++size) {
    char text[32];
    memset(text, '#', sizeof text);
    errno = 0;
    const char* r = inet_ntop(AF_INET, v4, text, size);
    say("ntop4 size %u: %s errno %d guard %c", size, r ? r : "NULL", errno, text[size]);
  }
  unsigned char some[16] = {1, 2, 3, 4};
  char text[64];
  errno = 0;
  say("ntop family 99: %s errno %d", inet_ntop(99, some, text, sizeof text) ? "ok" : "NULL", errno);
  errno = 0;
  say("pton family 99: %d errno %d", inet_pton(99, "1.2.3.4", some), errno);
  errno = 0;
  say("pton AF_UNIX: %d errno %d", inet_pton(AF_UNIX, "1.2.3.4", some), errno);
  struct in_addr a = {htonl(0x7f000001)};
  say("ntoa %s", inet_ntoa(a));
  a.s_addr = htonl(0xffffffff);
  say("ntoa %s", inet_ntoa(a));
  a.s_addr = 0;
  say("ntoa %s", inet_ntoa(a));
  say("htons %04x htonl %08x ntohs %04x ntohl %08x", htons(0x1234), htonl(0x12345678u),
      ntohs(0xabcd), ntohl(0xdeadbeefu));
  say("in6addr_any %d loopback %d", IN6_IS_ADDR_UNSPECIFIED(&in6addr_any),
      IN6_IS_ADDR_LOOPBACK(&in6addr_loopback));
  say("inet-text: hash %08x lines %d", hash, lines + 1);
  return 0;
}

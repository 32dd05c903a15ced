// After recvmsg on an arch with the 64-bit time socket options (sockopt_time.hpp): a
// kernel before 5.1 (SO_TIMESTAMP set through the old option) hands the old 32-bit
// SCM_TIMESTAMP/SCM_TIMESTAMPNS; as glibc 2.36 does, the last one is appended as the
// _NEW message a program looks for (two 64-bit words), where the caller's control
// buffer has room, else MSG_CTRUNC is set. Nothing is done for a kernel that sent the
// new messages.
#pragma once
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

namespace sysgate::c {

inline void convert_scm_time32(msghdr* message, socklen_t size) noexcept {
  if (!message->msg_control || message->msg_controllen == 0) return;
  int64_t values[2];
  int32_t values32[2];
  cmsghdr* last = nullptr;
  int type = 0;
  for (cmsghdr* c = CMSG_FIRSTHDR(message); c; c = CMSG_NXTHDR(message, c)) {
    last = c;
    if (c->cmsg_level != SOL_SOCKET) continue;
    if (c->cmsg_type == SO_TIMESTAMP_OLD) {
      if (type != 0) continue;
      type = SO_TIMESTAMP_NEW;
    } else if (c->cmsg_type == SO_TIMESTAMPNS_OLD) {
      type = SO_TIMESTAMPNS_NEW;
    } else {
      continue;
    }
    memcpy(values32, CMSG_DATA(c), sizeof values32);
    values[0] = values32[0];
    values[1] = values32[1];
  }
  if (type == 0) return;
  if (CMSG_SPACE(sizeof values) > size - message->msg_controllen) {
    message->msg_flags |= MSG_CTRUNC;
    return;
  }
  message->msg_controllen += CMSG_SPACE(sizeof values);
  cmsghdr* c = CMSG_NXTHDR(message, last);
  if (!c) return;
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = type;
  c->cmsg_len = CMSG_LEN(sizeof values);
  memcpy(CMSG_DATA(c), values, sizeof values);
}

}  // namespace sysgate::c

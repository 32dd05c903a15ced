#include <sys/socket.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// CMSG_NXTHDR: the header after `header`, or NULL when this one's length is too small
// to be a header, or this one (padded) and a next header do not both fit in what is
// left of msg_control (glibc 2.36's rule: the next header's own length is the caller's
// to check). Sizes, not pointers: a huge cmsg_len must not wrap past the end.
SYSGATE_C_FUNCTION(struct cmsghdr*, __cmsg_nxthdr,
                   (struct msghdr * message, struct cmsghdr* header) noexcept) {
  size_t length = header->cmsg_len;
  if (length < sizeof(struct cmsghdr)) return nullptr;
  auto* at = reinterpret_cast<unsigned char*>(header);
  size_t left = static_cast<size_t>(static_cast<unsigned char*>(message->msg_control) +
                                    message->msg_controllen - at);
  size_t padding = CMSG_ALIGN(length) - length;
  size_t needed = sizeof(struct cmsghdr) + padding;
  if (left < needed || left - needed < length) return nullptr;
  return reinterpret_cast<struct cmsghdr*>(at + CMSG_ALIGN(length));
}

}  // namespace sysgate::c

// glibc 2.36's text for each errno, keyed by the kernel's names (bits/kernel_errno.h),
// written once from glibc's strerror and checked against it entry by entry by
// tests/hermetic/string_tables.c. Numbers the kernel leaves unnamed (41, 58) and those
// past the last have no text: strerror says "Unknown error N" for them, as glibc.
#pragma once

#include <errno.h>

namespace sysgate::string {

struct ErrorTexts {
  static constexpr int kCount = EHWPOISON + 1;
  const char* text[kCount] = {};
};

inline constexpr ErrorTexts kErrorTexts = [] {
  ErrorTexts table;
  auto& t = table.text;
  t[0] = "Success";
  t[EPERM] = "Operation not permitted";
  t[ENOENT] = "No such file or directory";
  t[ESRCH] = "No such process";
  t[EINTR] = "Interrupted system call";
  t[EIO] = "Input/output error";
  t[ENXIO] = "No such device or address";
  t[E2BIG] = "Argument list too long";
  t[ENOEXEC] = "Exec format error";
  t[EBADF] = "Bad file descriptor";
  t[ECHILD] = "No child processes";
  t[EAGAIN] = "Resource temporarily unavailable";
  t[ENOMEM] = "Cannot allocate memory";
  t[EACCES] = "Permission denied";
  t[EFAULT] = "Bad address";
  t[ENOTBLK] = "Block device required";
  t[EBUSY] = "Device or resource busy";
  t[EEXIST] = "File exists";
  t[EXDEV] = "Invalid cross-device link";
  t[ENODEV] = "No such device";
  t[ENOTDIR] = "Not a directory";
  t[EISDIR] = "Is a directory";
  t[EINVAL] = "Invalid argument";
  t[ENFILE] = "Too many open files in system";
  t[EMFILE] = "Too many open files";
  t[ENOTTY] = "Inappropriate ioctl for device";
  t[ETXTBSY] = "Text file busy";
  t[EFBIG] = "File too large";
  t[ENOSPC] = "No space left on device";
  t[ESPIPE] = "Illegal seek";
  t[EROFS] = "Read-only file system";
  t[EMLINK] = "Too many links";
  t[EPIPE] = "Broken pipe";
  t[EDOM] = "Numerical argument out of domain";
  t[ERANGE] = "Numerical result out of range";
  t[EDEADLK] = "Resource deadlock avoided";
  t[ENAMETOOLONG] = "File name too long";
  t[ENOLCK] = "No locks available";
  t[ENOSYS] = "Function not implemented";
  t[ENOTEMPTY] = "Directory not empty";
  t[ELOOP] = "Too many levels of symbolic links";
  t[ENOMSG] = "No message of desired type";
  t[EIDRM] = "Identifier removed";
  t[ECHRNG] = "Channel number out of range";
  t[EL2NSYNC] = "Level 2 not synchronized";
  t[EL3HLT] = "Level 3 halted";
  t[EL3RST] = "Level 3 reset";
  t[ELNRNG] = "Link number out of range";
  t[EUNATCH] = "Protocol driver not attached";
  t[ENOCSI] = "No CSI structure available";
  t[EL2HLT] = "Level 2 halted";
  t[EBADE] = "Invalid exchange";
  t[EBADR] = "Invalid request descriptor";
  t[EXFULL] = "Exchange full";
  t[ENOANO] = "No anode";
  t[EBADRQC] = "Invalid request code";
  t[EBADSLT] = "Invalid slot";
  t[EBFONT] = "Bad font file format";
  t[ENOSTR] = "Device not a stream";
  t[ENODATA] = "No data available";
  t[ETIME] = "Timer expired";
  t[ENOSR] = "Out of streams resources";
  t[ENONET] = "Machine is not on the network";
  t[ENOPKG] = "Package not installed";
  t[EREMOTE] = "Object is remote";
  t[ENOLINK] = "Link has been severed";
  t[EADV] = "Advertise error";
  t[ESRMNT] = "Srmount error";
  t[ECOMM] = "Communication error on send";
  t[EPROTO] = "Protocol error";
  t[EMULTIHOP] = "Multihop attempted";
  t[EDOTDOT] = "RFS specific error";
  t[EBADMSG] = "Bad message";
  t[EOVERFLOW] = "Value too large for defined data type";
  t[ENOTUNIQ] = "Name not unique on network";
  t[EBADFD] = "File descriptor in bad state";
  t[EREMCHG] = "Remote address changed";
  t[ELIBACC] = "Can not access a needed shared library";
  t[ELIBBAD] = "Accessing a corrupted shared library";
  t[ELIBSCN] = ".lib section in a.out corrupted";
  t[ELIBMAX] = "Attempting to link in too many shared libraries";
  t[ELIBEXEC] = "Cannot exec a shared library directly";
  t[EILSEQ] = "Invalid or incomplete multibyte or wide character";
  t[ERESTART] = "Interrupted system call should be restarted";
  t[ESTRPIPE] = "Streams pipe error";
  t[EUSERS] = "Too many users";
  t[ENOTSOCK] = "Socket operation on non-socket";
  t[EDESTADDRREQ] = "Destination address required";
  t[EMSGSIZE] = "Message too long";
  t[EPROTOTYPE] = "Protocol wrong type for socket";
  t[ENOPROTOOPT] = "Protocol not available";
  t[EPROTONOSUPPORT] = "Protocol not supported";
  t[ESOCKTNOSUPPORT] = "Socket type not supported";
  t[EOPNOTSUPP] = "Operation not supported";
  t[EPFNOSUPPORT] = "Protocol family not supported";
  t[EAFNOSUPPORT] = "Address family not supported by protocol";
  t[EADDRINUSE] = "Address already in use";
  t[EADDRNOTAVAIL] = "Cannot assign requested address";
  t[ENETDOWN] = "Network is down";
  t[ENETUNREACH] = "Network is unreachable";
  t[ENETRESET] = "Network dropped connection on reset";
  t[ECONNABORTED] = "Software caused connection abort";
  t[ECONNRESET] = "Connection reset by peer";
  t[ENOBUFS] = "No buffer space available";
  t[EISCONN] = "Transport endpoint is already connected";
  t[ENOTCONN] = "Transport endpoint is not connected";
  t[ESHUTDOWN] = "Cannot send after transport endpoint shutdown";
  t[ETOOMANYREFS] = "Too many references: cannot splice";
  t[ETIMEDOUT] = "Connection timed out";
  t[ECONNREFUSED] = "Connection refused";
  t[EHOSTDOWN] = "Host is down";
  t[EHOSTUNREACH] = "No route to host";
  t[EALREADY] = "Operation already in progress";
  t[EINPROGRESS] = "Operation now in progress";
  t[ESTALE] = "Stale file handle";
  t[EUCLEAN] = "Structure needs cleaning";
  t[ENOTNAM] = "Not a XENIX named type file";
  t[ENAVAIL] = "No XENIX semaphores available";
  t[EISNAM] = "Is a named type file";
  t[EREMOTEIO] = "Remote I/O error";
  t[EDQUOT] = "Disk quota exceeded";
  t[ENOMEDIUM] = "No medium found";
  t[EMEDIUMTYPE] = "Wrong medium type";
  t[ECANCELED] = "Operation canceled";
  t[ENOKEY] = "Required key not available";
  t[EKEYEXPIRED] = "Key has expired";
  t[EKEYREVOKED] = "Key has been revoked";
  t[EKEYREJECTED] = "Key was rejected by service";
  t[EOWNERDEAD] = "Owner died";
  t[ENOTRECOVERABLE] = "State not recoverable";
  t[ERFKILL] = "Operation not possible due to RF-kill";
  t[EHWPOISON] = "Memory page has hardware error";
  return table;
}();

// The text of errnum, or nullptr when glibc has none.
inline const char* error_text(int errnum) {
  if (errnum < 0 || errnum >= ErrorTexts::kCount) return nullptr;
  return kErrorTexts.text[errnum];
}

}  // namespace sysgate::string

// The libc structs sysgate writes by hand (bits/*_struct.h) against glibc's, field by
// field: offsets and sizes. On i386 glibc is compiled with _FILE_OFFSET_BITS=64 and
// _TIME_BITS=64 (meson.build), the one ABI sysgate has.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <termios.h>

#include <catch2/catch.hpp>

// glibc's header and ours both define these member macros after declaring the union
// they name into: ours needs them undefined while it declares its own.
#undef sa_handler
#undef sa_sigaction
namespace ours {
#include "bits/stat_struct.h"
#include "include/bits/dirent_struct.h"
#include "include/bits/sigaction_struct.h"
#include "include/bits/statvfs_struct.h"
#include "include/bits/termios_struct.h"
#include "include/bits/utsname_struct.h"
}  // namespace ours

#define SAME_FIELD(Ours, Theirs, field)                            \
  static_assert(offsetof(Ours, field) == offsetof(Theirs, field)); \
  static_assert(sizeof(Ours::field) == sizeof(Theirs::field));

namespace {
using OurStat = struct ours::stat;
using GlibcStat = struct ::stat;
SAME_FIELD(OurStat, GlibcStat, st_dev)
SAME_FIELD(OurStat, GlibcStat, st_ino)
SAME_FIELD(OurStat, GlibcStat, st_mode)
SAME_FIELD(OurStat, GlibcStat, st_nlink)
SAME_FIELD(OurStat, GlibcStat, st_uid)
SAME_FIELD(OurStat, GlibcStat, st_gid)
SAME_FIELD(OurStat, GlibcStat, st_rdev)
SAME_FIELD(OurStat, GlibcStat, st_size)
SAME_FIELD(OurStat, GlibcStat, st_blksize)
SAME_FIELD(OurStat, GlibcStat, st_blocks)
SAME_FIELD(OurStat, GlibcStat, st_atim)
SAME_FIELD(OurStat, GlibcStat, st_mtim)
SAME_FIELD(OurStat, GlibcStat, st_ctim)

using OurDirent = struct ours::dirent;
using GlibcDirent = struct ::dirent;
SAME_FIELD(OurDirent, GlibcDirent, d_ino)
SAME_FIELD(OurDirent, GlibcDirent, d_off)
SAME_FIELD(OurDirent, GlibcDirent, d_reclen)
SAME_FIELD(OurDirent, GlibcDirent, d_type)
SAME_FIELD(OurDirent, GlibcDirent, d_name)

using OurTermios = struct ours::termios;
using GlibcTermios = struct ::termios;
SAME_FIELD(OurTermios, GlibcTermios, c_iflag)
SAME_FIELD(OurTermios, GlibcTermios, c_oflag)
SAME_FIELD(OurTermios, GlibcTermios, c_cflag)
SAME_FIELD(OurTermios, GlibcTermios, c_lflag)
SAME_FIELD(OurTermios, GlibcTermios, c_line)
SAME_FIELD(OurTermios, GlibcTermios, c_cc)
SAME_FIELD(OurTermios, GlibcTermios, c_ispeed)
SAME_FIELD(OurTermios, GlibcTermios, c_ospeed)

using OurSigaction = struct ours::sigaction;
using GlibcSigaction = struct ::sigaction;
SAME_FIELD(OurSigaction, GlibcSigaction, sa_handler)
SAME_FIELD(OurSigaction, GlibcSigaction, sa_sigaction)
SAME_FIELD(OurSigaction, GlibcSigaction, sa_mask)
SAME_FIELD(OurSigaction, GlibcSigaction, sa_flags)
SAME_FIELD(OurSigaction, GlibcSigaction, sa_restorer)
using OurStatvfs = struct ours::statvfs;
using GlibcStatvfs = struct ::statvfs;
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_bsize)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_frsize)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_blocks)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_bfree)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_bavail)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_files)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_ffree)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_favail)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_fsid)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_flag)
SAME_FIELD(OurStatvfs, GlibcStatvfs, f_namemax)

using OurUtsname = struct ours::utsname;
using GlibcUtsname = struct ::utsname;
SAME_FIELD(OurUtsname, GlibcUtsname, sysname)
SAME_FIELD(OurUtsname, GlibcUtsname, nodename)
SAME_FIELD(OurUtsname, GlibcUtsname, release)
SAME_FIELD(OurUtsname, GlibcUtsname, version)
SAME_FIELD(OurUtsname, GlibcUtsname, machine)
SAME_FIELD(OurUtsname, GlibcUtsname, domainname)
}  // namespace

TEST_CASE("hand-written libc structs have glibc's sizes", "[layout]") {
  CHECK(sizeof(OurStat) == sizeof(GlibcStat));
  CHECK(sizeof(OurDirent) == sizeof(GlibcDirent));
  CHECK(sizeof(OurTermios) == sizeof(GlibcTermios));
  CHECK(sizeof(OurSigaction) == sizeof(GlibcSigaction));
  CHECK(sizeof(OurStatvfs) == sizeof(GlibcStatvfs));
  CHECK(sizeof(OurUtsname) == sizeof(GlibcUtsname));
  CHECK(sizeof(ours::sigset_t) == sizeof(::sigset_t));
  CHECK(sizeof(ours::timespec) == sizeof(::timespec));
}

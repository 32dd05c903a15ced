// The local time zone, as glibc 2.36 keeps it (time/tzset.c, time/tzfile.c): TZ names a
// TZif file (relative to TZDIR or /usr/share/zoneinfo, or absolute; a leading ':' is
// dropped) or else is a POSIX rule; unset means /etc/localtime; empty, or nothing
// found for an unset TZ, means UTC. A TZif file's 64-bit section is used, and its
// footer rule for times past its last transition. tzname, timezone and daylight change
// as glibc changes them, including on each localtime of a TZif zone.
#pragma once
#include <time.h>

namespace sysgate::zone {

// tzset_internal: reads TZ again when `always` (localtime, mktime, tzset) or the first
// time; a TZ equal to the last one read costs a string compare.
void update(bool always) noexcept;
// tzset(): update(true), and tzname from the rule when there is no file.
void tzset() noexcept;
// __tz_convert: t as local time (`local`) or UTC; `always` as for update(). False
// (EOVERFLOW) when the year does not fit an int.
bool convert(time_t t, bool local, bool always, tm* out) noexcept;

}  // namespace sysgate::zone

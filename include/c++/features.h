/* <features.h> for libstdc++'s headers (its os_defines.h includes it and asks the glibc
 * version): sysgate is not glibc, so every glibc version test is false. */
#pragma once
#define __GLIBC_PREREQ(major, minor) 0

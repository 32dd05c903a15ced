// The typed C++ API of sysgate, in one include.
#pragma once
#include <sysgate/entry.hpp>
#include <sysgate/result.hpp>
#include <sysgate/syscall.hpp>
#include <sysgate/time.hpp>
#include <sysgate/unistd.hpp>
#include <sysgate/vdso.hpp>

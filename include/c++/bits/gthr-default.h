// libstdc++'s thread layer for sysgate-c++: the single-threaded one (sysgate has no
// pthreads). What <iterator>, <ranges> and <atomic> reach of it compiles; its mutexes
// and once flags do nothing, so nothing built on them is thread-safe (README, "C++").
#pragma once
#include <bits/gthr-single.h>

// libstdc++'s <bits/std_mutex.h> for sysgate-c++: nothing. sysgate has no threads, so
// no std::mutex (<mutex> fails with an #error; README, "C++"); libstdc++'s atomic waits
// (<atomic>, and <memory> through them) include this header but, waiting on the futex
// (SYS_futex through syscall()), use nothing of it, and its <system_error> would need
// exceptions and std::string.
#pragma once

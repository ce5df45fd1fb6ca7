#pragma once

#include <sys/fsuid.h>
#include <unistd.h>

namespace SafeScan::Test {

// Root ignores file permissions. Switching the file-system user and group ids of this thread to
// "nobody" drops that privilege (the kernel clears CAP_DAC_OVERRIDE with it) until the guard ends,
// so "permission denied" and read-only folders can be tested as root too. Does nothing when not
// root.
class AsUnprivilegedUser
{
public:
    static constexpr uid_t nobody = 65534;

    AsUnprivilegedUser()
        : m_active(geteuid() == 0)
    {
        if (m_active) {
            setfsgid(nobody);
            setfsuid(nobody);
        }
    }
    ~AsUnprivilegedUser()
    {
        if (m_active) {
            setfsuid(0);
            setfsgid(0);
        }
    }
    AsUnprivilegedUser(const AsUnprivilegedUser&) = delete;
    AsUnprivilegedUser& operator=(const AsUnprivilegedUser&) = delete;

private:
    bool m_active;
};

} // namespace SafeScan::Test

#include "output.hpp"

#include <cerrno>
#include <cstring>

namespace tool {

void output::write(std::string_view text) {
    if (text.empty()) return;
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
        throw io_error{std::string("write error: ") + (errno != 0 ? std::strerror(errno) : "short write")};
}

void output::finish() {
    errno = 0;
    if (std::fflush(file_) != 0 || std::ferror(file_) != 0)
        throw io_error{std::string("write error: ") + (errno != 0 ? std::strerror(errno) : "cannot flush")};
}

}  // namespace tool

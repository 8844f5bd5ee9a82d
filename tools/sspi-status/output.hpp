// Checked output: every write of sspi-status goes through here, so that a full disk or a closed pipe
// ends the run with a message instead of losing output silently.
#ifndef SSPI_STATUS_TOOL_OUTPUT_HPP
#define SSPI_STATUS_TOOL_OUTPUT_HPP

#include <cstdio>
#include <string>
#include <string_view>

namespace tool {

// A read or write that failed; message says which and why ("write error: No space left on device").
struct io_error {
    std::string message;
};

class output {
public:
    // On Windows, a file that is a console is written as UTF-16, so that every script shows.
    explicit output(std::FILE* file) noexcept;

    // Throws io_error at the first failure; nothing is written after it.
    void write(std::string_view text);
    // Flushes what is buffered; throws io_error if the file does not take it.
    void finish();

private:
    std::FILE* file_;
#ifdef _WIN32
    void* console_ = nullptr;  // the console handle, when file_ is one
    std::string pending_;      // the start of a UTF-8 sequence the next write completes
#endif
};

}  // namespace tool

#endif

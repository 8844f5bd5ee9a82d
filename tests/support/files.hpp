// Whole-file reads and writes for the tests.
#ifndef SSPI_STATUS_TESTS_FILES_HPP
#define SSPI_STATUS_TESTS_FILES_HPP

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace files {

// Throws when the file cannot be opened, so that a missing file fails the test instead of reading as "".
inline std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace files

#endif

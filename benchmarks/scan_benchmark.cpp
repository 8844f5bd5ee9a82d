// --scan against grep and ripgrep with the pattern a user would grep a log for, on logs written here
// from a fixed seed: the time of each, in turns, and the ratios to grep's and ripgrep's time in the
// same turn. Every program writes its matches to a file, as a user keeps them. Then records a second
// of an event log (the 2 MB security.evtx of the tests), against evtxexport -f xml of the same file.
//   sspi_status_scan_benchmark [ROUNDS [MEGABYTES]]
#include "medians.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

const std::string tool = SSPI_STATUS_TOOL;
const char* const pattern = "0[xX][0-9A-Fa-f]{8}|-?[0-9]{10}|(SEC|CERT|CRYPT|TRUST)_[EIei]_[A-Za-z0-9_]+";

// A small fixed-seed generator (xorshift), so that every run writes the same logs.
struct random_numbers {
    std::uint64_t state = 0x9E3779B97F4A7C15u;
    std::uint64_t next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    unsigned below(unsigned n) { return static_cast<unsigned>(next() % n); }
};

std::string timestamp(random_numbers& r) {
    char text[64];
    std::snprintf(text, sizeof text, "2024-03-%02u %02u:%02u:%02u.%03u [worker-%u] ", 1 + r.below(28), r.below(24), r.below(60),
                  r.below(60), r.below(1000), 1 + r.below(64));
    return text;
}

// The mix of the issue: 5 % lines with a code and the call that returned it, 25 % with hex values
// that are no codes (handles, flags, pointers), the rest an application's plain lines.
std::string mixed_line(random_numbers& r, unsigned n) {
    static const char* const codes[] = {"0x80090322",      "0x8009030C",  "0x80090326",
                                        "0x80092012",      "-2146893022", "SEC_E_WRONG_PRINCIPAL",
                                        "CRYPT_E_REVOKED", "0xC000006D"};
    static const char* const calls[] = {"InitializeSecurityContext", "AcceptSecurityContext", "AcquireCredentialsHandle",
                                        "DecryptMessage"};
    static const char* const packages[] = {"schannel:", "Kerberos", "NTLM", "Negotiate"};
    char text[256];
    const unsigned kind = r.below(100);
    if (kind < 5)
        std::snprintf(text, sizeof text, "ERROR %s %s returned %s while connecting to host%u.example.com", packages[r.below(4)],
                      calls[r.below(4)], codes[r.below(8)], n % 100);
    else if (kind < 30)
        std::snprintf(text, sizeof text, "DEBUG handle=0x%08x flags=0x%08X size=%u ptr 0x%012llx done",
                      static_cast<unsigned>(r.next()), static_cast<unsigned>(r.next() & 0x7FFFFFFF), r.below(100000),
                      static_cast<unsigned long long>(r.next() >> 20));
    else
        std::snprintf(text, sizeof text, "INFO request %u completed in %u ms for user u%u status ok bytes %u", n, r.below(900),
                      r.below(5000), r.below(1000000));
    return timestamp(r) + text;
}

// An application's log with no hex at all: the lines most logs are made of.
std::string plain_line(random_numbers& r, unsigned n) {
    static const char* const words[] = {"request", "completed",  "user",        "session", "opened", "closed", "cache", "miss",
                                        "retry",   "connection", "established", "timeout", "queue",  "length", "ok"};
    std::string text = timestamp(r) + "INFO";
    for (unsigned k = 0, count = 6 + r.below(10); k < count; ++k) text += std::string(" ") + words[r.below(15)];
    return text + " id=" + std::to_string(n);
}

void write_log(const fs::path& path, std::size_t bytes, const std::function<std::string(random_numbers&, unsigned)>& line) {
    random_numbers r;
    std::ofstream out(path, std::ios::binary);
    std::string block;
    for (unsigned n = 0; static_cast<std::size_t>(out.tellp()) + block.size() < bytes; ++n) {
        block += line(r, n) + "\n";
        if (block.size() > (1u << 20)) {
            out << block;
            block.clear();
        }
    }
    out << block;
}

// The time a command takes; grep and rg exit 1 when nothing matches, which is no failure.
double seconds_of(const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    if (const int status = std::system(command.c_str()); !WIFEXITED(status) || WEXITSTATUS(status) > 1) {
        std::fprintf(stderr, "failed: %s\n", command.c_str());
        std::exit(1);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

bool installed(const char* program) { return std::system((std::string("command -v ") + program + " > /dev/null").c_str()) == 0; }

// sspi-status --scan --all-lines (every record) against evtxexport -f xml, in turns.
void evtx_case(const fs::path& folder, int rounds) {
    const std::string log = SSPI_STATUS_SAMPLE_EVTX, out = (folder / "out.txt").string();
    if (!installed("evtxexport")) {
        std::printf("\nevtx: evtxexport not installed (Debian's libevtx-utils)\n");
        return;
    }
    const std::string scan = "'" + tool + "' --scan --all-lines '" + log + "' > '" + out + "'";
    const std::string records_of = "'" + tool + "' --scan --all-lines '" + log + "' | wc -l > '" + out + "'";
    if (std::system(records_of.c_str()) != 0) return;
    double records = 0;
    std::ifstream(out) >> records;
    if (records == 0) {
        std::printf("\nevtx: this sspi-status reads no event log (built without libevtx)\n");
        return;
    }
    const std::string exported = "evtxexport -f xml '" + log + "' > '" + out + "' 2> /dev/null";
    std::vector<double> ours, theirs;
    for (int round = 0; round < rounds; ++round) {
        ours.push_back(seconds_of(scan));
        theirs.push_back(seconds_of(exported));
    }
    std::printf("\nevtx: %s, %.0f records\n", log.c_str(), records);
    std::printf("  %-40s %6.3f s %8.0f records/s  %5.2fx evtxexport\n", "sspi-status --scan --all-lines", median(ours),
                records / median(ours), median_ratio(ours, theirs));
    std::printf("  %-40s %6.3f s %8.0f records/s\n", "evtxexport -f xml", median(theirs), records / median(theirs));
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
    const std::size_t megabytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 100;
    const fs::path folder = fs::temp_directory_path() / "sspi_status_scan_benchmark";
    fs::create_directories(folder);
    const bool rg = installed("rg");
    struct log_case {
        const char* name;
        std::function<std::string(random_numbers&, unsigned)> line;
    } cases[] = {{"mixed (5 % codes, 25 % other hex)", mixed_line}, {"plain (no hex, no code)", plain_line}};
    std::printf("%d rounds, %zu MB logs; time in s (median), MB/s, and the median of the ratios within a round\n", rounds,
                megabytes);
    for (const auto& c : cases) {
        const fs::path log = folder / "log.txt", out = folder / "out.txt";
        write_log(log, megabytes << 20, c.line);
        const double size = static_cast<double>(fs::file_size(log)) / (1 << 20);
        const std::string file = " '" + log.string() + "' > '" + out.string() + "'";
        std::vector<std::pair<std::string, std::string>> commands{
            {"sspi-status --scan", "'" + tool + "' --scan" + file},
            {"sspi-status --scan --all-lines --json", "'" + tool + "' --scan --all-lines --json" + file},
            {"grep -E", std::string("LC_ALL=C grep -E '") + pattern + "'" + file}};
        if (rg) commands.push_back({"rg -j1", std::string("rg -j1 '") + pattern + "'" + file});
        std::vector<std::vector<double>> samples(commands.size());
        for (int round = 0; round < rounds; ++round)
            for (std::size_t i = 0; i < commands.size(); ++i) samples[i].push_back(seconds_of(commands[i].second));
        std::printf("\n%s: %.0f MB\n", c.name, size);
        for (std::size_t i = 0; i < commands.size(); ++i) {
            std::printf("  %-40s %6.3f s %6.0f MB/s  %5.2fx grep", commands[i].first.c_str(), median(samples[i]),
                        size / median(samples[i]), median_ratio(samples[i], samples[2]));
            if (rg) std::printf("  %5.2fx rg", median_ratio(samples[i], samples[3]));
            std::printf("\n");
        }
        if (!rg) std::printf("  rg: not installed (Debian's ripgrep)\n");
    }
    evtx_case(folder, rounds);
    fs::remove_all(folder);
}

// `safescan check` speed: process time of one check including start-up, against the start-up of
// `safescan --version` alone; and 10,000 payloads through one process on stdin.
//
//   check_bench PATH_TO_SAFESCAN [--runs N] [--urls N]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Usage
{
    double cpuMs = 0; // user + system
    double wallMs = 0;
    int status = -1;
};

double toMs(const timeval& t)
{
    return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
}

// Runs argv with `input` on stdin and stdout discarded; measures the child's own resource usage.
Usage run(const std::vector<std::string>& args, const std::string& input)
{
    int in[2];
    if (pipe(in) != 0)
        std::exit(1);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        close(in[1]);
        FILE* devnull = std::fopen("/dev/null", "w");
        dup2(fileno(devnull), 1);
        std::vector<char*> argv;
        for (const std::string& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(in[0]);
    size_t written = 0;
    while (written < input.size()) {
        const ssize_t n = write(in[1], input.data() + written, input.size() - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    close(in[1]);
    Usage usage;
    rusage ru{};
    wait4(pid, &usage.status, 0, &ru);
    usage.wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    usage.cpuMs = toMs(ru.ru_utime) + toMs(ru.ru_stime);
    return usage;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

std::string payloads(int count)
{
    const char* templates[] = {
        "https://www.example%d.com/path/to/page?id=%d",
        "http://192.0.2.%d/login?session=%d",
        "https://paypa1-%d.com/signin?u=%d",
        "https://shop.example.org/item/%d?ref=qr%d",
        "https://bit.ly/a%dB%d",
        "WIFI:T:WPA;S:Net%d;P:secret%d;;",
        "tel:+4930%d%d",
        "https://news.example.net/%d/article-%d.html",
    };
    std::string out;
    char line[256];
    for (int i = 0; i < count; ++i) {
        std::snprintf(line, sizeof line, templates[i % 8], i, i * 7);
        out += line;
        out += '\n';
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: check_bench PATH_TO_SAFESCAN [--runs N] [--urls N]\n");
        return 1;
    }
    const std::string safescan = argv[1];
    int runs = 20;
    int urls = 10000;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--urls") == 0)
            urls = std::atoi(argv[i + 1]);
    }
    char dataDir[] = "/tmp/safescan-bench-XXXXXX";
    if (!mkdtemp(dataDir))
        return 1;

    // A realistic store: one imported blocklist of 20,000 hosts, consulted for every link.
    const std::string listPath = std::string(dataDir) + "/hosts.txt";
    if (FILE* list = std::fopen(listPath.c_str(), "w")) {
        for (int i = 0; i < 20000; ++i)
            std::fprintf(list, "0.0.0.0 malware-%d.example\n", i);
        std::fclose(list);
    }
    const Usage import = run({safescan, "blocklist", "import", "--data-dir", dataDir, listPath}, "");
    std::printf("blocklist of 20000 hosts imported in %.0f ms (status %d)\n\n", import.wallMs, import.status);

    std::vector<double> versionCpu, checkCpu, checkWall;
    for (int i = 0; i < runs; ++i) {
        versionCpu.push_back(run({safescan, "--version"}, "").cpuMs);
        const Usage u = run({safescan, "check", "--data-dir", dataDir, "https://paypa1.com/signin"}, "");
        checkCpu.push_back(u.cpuMs);
        checkWall.push_back(u.wallMs);
    }
    std::printf("== safescan check, one URL (%d runs, median)\n", runs);
    std::printf("%-40s %10s %10s\n", "", "cpu ms", "wall ms");
    std::printf("%-40s %10.1f\n", "start-up only (safescan --version)", median(versionCpu));
    std::printf("%-40s %10.1f %10.1f\n", "check one URL", median(checkCpu), median(checkWall));
    std::printf("ratio check/start-up: %.2fx (target: under 50 ms of process time)\n\n",
                median(checkCpu) / std::max(0.01, median(versionCpu)));

    const std::string input = payloads(urls);
    const Usage bulk = run({safescan, "check", "--json", "--data-dir", dataDir, "-"}, input);
    const Usage bulkText = run({safescan, "check", "--data-dir", dataDir, "-"}, input);
    std::printf("== safescan check, %d payloads on stdin (one process)\n", urls);
    std::printf("%-40s %10.1f %10.1f   %.1f us per payload\n", "--json", bulk.cpuMs, bulk.wallMs,
                bulk.wallMs * 1000 / urls);
    std::printf("%-40s %10.1f %10.1f   %.1f us per payload\n", "text", bulkText.cpuMs, bulkText.wallMs,
                bulkText.wallMs * 1000 / urls);
    std::printf("ratio bulk/one check: %.1fx for %dx the work (target: under 2 s)\n",
                bulk.wallMs / std::max(0.01, median(checkWall)), urls);
    std::string cleanup = std::string("rm -rf ") + dataDir;
    return std::system(cleanup.c_str()) == 0 && bulk.status == 0 ? 0 : 1;
}

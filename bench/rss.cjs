// Preloaded (node --require) into every process the start-up bench times: at exit, it writes
// the process's peak resident set size in kilobytes to the file named by PE_BENCH_RSS.
// resourceUsage().maxRSS is getrusage's ru_maxrss, the kernel's own high-water mark, read
// after the last of the work, so it is exact. Polling /proc/<pid>/status for VmHWM is not:
// the process may grow after the last poll, and `node -e 0` can end before the first one.
// CommonJS, not an --import'ed ES module: that one costs ~10 ms more per process, which is
// a fifth of `node -e 0`, the baseline every figure is divided by; this one costs ~1 ms.
const file = process.env.PE_BENCH_RSS;
if (file) {
  const { writeFileSync } = process.getBuiltinModule('node:fs');
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}

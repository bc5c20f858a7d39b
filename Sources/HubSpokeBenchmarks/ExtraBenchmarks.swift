/// Benchmarks of the Bicep reader, reachability and the TUI frame join this list as those
/// areas land.
let extraBenchmarks: [ExtraBenchmark] = []

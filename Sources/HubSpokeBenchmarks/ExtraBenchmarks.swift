import HubSpokeBicep
import HubSpokeCore
import HubSpokeTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Benchmarks of the Bicep reader, reachability and the TUI frame, beside the validator's.
@MainActor let extraBenchmarks: [ExtraBenchmark] = [reachBenchmark, bicepBenchmark, importBenchmark]

/// One "would this connection work?" query across the 1,000-VNet design: spoke to spoke
/// through the hub firewall (the longest path). The analyzer (and its index) is built once,
/// as the TUI and `reach` do per design value.
@MainActor let reachBenchmark: ExtraBenchmark = {
    let analyzer = ReachabilityAnalyzer(design: BenchmarkDesign.make())
    let query = ReachabilityQuery(source: "10.1.0.10", destination: "10.2.0.10", port: 1000)
    return ExtraBenchmark(name: "reach/spoke-firewall-spoke/1000-vnets", iterations: 2000) {
        _ = try? analyzer.analyze(query)
    }
}()

/// The generated 5 MB Bicep file with 1,000 VNets: parse and evaluate.
@MainActor let bicepSource = BicepBenchmarkSource.generate(vnets: 1000)

/// The generated file from text to evaluated template: its UTF-8 bytes, the syntax tree and
/// the template, which together are what the mapping to a design reads. Tree and template
/// are kept until the run ends, so the time is the reader's until they are in hand; freeing
/// them is their user's (`bicep-phases` times it, as "release").
@MainActor let bicepBenchmark: ExtraBenchmark = {
    let source = bicepSource
    return ExtraBenchmark(name: "bicep/parse+evaluate/1000-vnets-\(source.utf8.count / 1024)KiB", iterations: 10) {
        guard let document = try? BicepDocument.parse(source, file: "bench.bicep") else { return }
        keptResults.append((document, BicepEvaluator(fileLoader: nil).evaluate(document)))
    }
}()

/// Documents and templates made by `bicepBenchmark`, kept so that freeing them is not timed
/// (benchmarks run one at a time on the main thread).
nonisolated(unsafe) var keptResults: [(BicepDocument, EvaluatedTemplate)] = []

/// The same file all the way to a design document (parse, evaluate, map).
@MainActor let importBenchmark: ExtraBenchmark = {
    let source = bicepSource
    return ExtraBenchmark(name: "bicep/import-to-design/1000-vnets", iterations: 5) {
        _ = try? BicepReader.read(text: source, file: "bench.bicep")
    }
}()

/// Keystroke -> frame on the 1,000-VNet design (issue 5): Space on a peering flag in the
/// inspector, the reducer, validation of the new design, and rendering into the cell grid.
@MainActor func runKeystrokeBenchmark(filter: String?) {
    if let filter, !"tui/keystroke-frame".contains(filter) { return }
    let bench = KeystrokeFrameBenchmark(design: BenchmarkDesign.make())
    let timings = bench.measure(iterations: 200)
    print(Measurement(name: "tui/keystroke-frame (reducer + render)", samples: timings.framePath).line)
    print(Measurement(name: "tui/keystroke-validation (off the loop)", samples: timings.validation).line)
    print(Measurement(name: "tui/keystroke-total", samples: timings.total).line)
    for (name, key) in [("Space: allow/deny", KeyEvent(.character(" "))), ("j: move", KeyEvent(.character("j")))] {
        let nsg = KeystrokeFrameBenchmark.securityRuleEditor(rules: 1000, key: key).measure(iterations: 200)
        print(
            Measurement(name: "tui/keystroke-frame/nsg-1000-rules \(name) (reducer + render)", samples: nsg.framePath)
                .line)
        print(Measurement(name: "tui/keystroke-validation/nsg-1000-rules \(name)", samples: nsg.validation).line)
    }
    let first = (0..<20).map { _ in KeystrokeFrameBenchmark.firstFrame(design: Examples.hubAndSpoke) }
    print(Measurement(name: "tui/first-frame/hub-and-spoke (in process)", samples: first).line)
}

/// `hubspoke-bench per-rule`: each rule alone on the 1,000-VNet design (index built once per
/// run, as in a full validation), slowest first: where the full-catalog time goes.
@MainActor func runPerRuleBenchmark(filter: String?) {
    guard filter == "per-rule" else { return }
    let context = ValidationContext(design: BenchmarkDesign.make())
    let clock = ContinuousClock()
    var rows: [(String, Duration)] = []
    for rule in RuleCatalog.rules {
        var findings: [Finding] = []
        rule.check(context, into: &findings)
        let best = (0..<5).map { _ in
            clock.measure {
                findings.removeAll(keepingCapacity: true)
                rule.check(context, into: &findings)
            }
        }.min()!
        rows.append((type(of: rule).id, best))
    }
    for (id, time) in rows.sorted(by: { $0.1 > $1.1 }).prefix(15) { print("\(id): \(Measurement.ms(time))") }
}

/// `hubspoke-bench bicep-phases`: the import of the generated file split into its phases, each
/// timed alone (results kept alive so that freeing them is timed separately, as "release").
/// Besides wall-clock time it reports the thread's CPU time, which stays comparable when other
/// processes compete for the machine's two cores.
@MainActor func runBicepPhaseBenchmark(filter: String?) {
    guard filter == "bicep-phases" else { return }
    let bytes = Array(bicepSource.utf8)
    let file = "bench.bicep"
    let phases = [
        "lex", "parse (lex included)", "evaluate", "map", "release (import)", "release (document, template)",
        "parse+evaluate+release (a whole read, freeing included)",
    ]
    var wall = [[Duration]](repeating: [], count: phases.count)
    var cpu = [[Duration]](repeating: [], count: phases.count)
    var freshPages = [Int](repeating: 0, count: phases.count)
    func time(_ phase: Int, _ body: () -> Void) {
        let clock = ContinuousClock()
        let cpuStart = threadCPUTime()
        let faultsStart = minorFaults()
        let start = clock.now
        body()
        wall[phase].append(clock.now - start)
        cpu[phase].append(threadCPUTime() - cpuStart)
        freshPages[phase] = max(freshPages[phase], minorFaults() - faultsStart)
    }
    var tokens = 0
    for _ in 0...10 {
        time(0) { tokens = (try? BicepReaderPhases.lex(bytes, file: file)) ?? 0 }
        var document: BicepDocument?
        time(1) { document = try? BicepDocument.parse(bytes: bytes, file: file) }
        guard let parsed = document else { return print("bicep-phases: the generated file does not parse") }
        var template: EvaluatedTemplate?
        time(2) { template = BicepEvaluator().evaluate(parsed) }
        var imported: BicepImport?
        time(3) { imported = BicepReaderPhases.map(template!, document: parsed) }
        time(4) { imported = nil }
        time(5) {
            template = nil
            document = nil
        }
        _ = (imported, template, document)
        time(6) { _ = try? BicepEvaluator().evaluate(text: bicepSource, file: file) }
    }
    print("bicep file: \(bytes.count / 1024) KiB, \(tokens) tokens")
    // The first round warms up; the other ten are the samples.
    for (index, name) in phases.enumerated() {
        print(Measurement(name: "bicep-phases/\(name)", samples: Array(wall[index].dropFirst())).line)
        print(Measurement(name: "bicep-phases/\(name) (thread CPU)", samples: Array(cpu[index].dropFirst())).line)
        print("bicep-phases/\(name) (fresh memory, most in one round): \(freshPages[index] * pageSize / 1_048_576) MiB")
    }
}

/// The process's minor page faults so far: each is a fresh page the kernel zeroed, so the
/// difference over a phase shows how much new memory it touched.
func minorFaults() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_minflt
}

/// The size of the pages `minorFaults` counts.
let pageSize = sysconf(Int32(_SC_PAGESIZE))

/// CPU time used by the calling thread so far.
func threadCPUTime() -> Duration {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
}

/// `hubspoke-bench bicep-evaluate`: only the evaluation of the generated file, parsed once,
/// many times over, for a profiler (`perf record`) to see evaluation alone.
@MainActor func runBicepEvaluateBenchmark(filter: String?) {
    guard filter == "bicep-evaluate" else { return }
    guard let document = try? BicepDocument.parse(bytes: Array(bicepSource.utf8), file: "bench.bicep") else {
        return print("bicep-evaluate: the generated file does not parse")
    }
    timeKeepingResults("bicep-evaluate") { BicepEvaluator().evaluate(document) }
}

/// `hubspoke-bench bicep-parse`: only the parse of the generated file, many times over.
@MainActor func runBicepParseBenchmark(filter: String?) {
    guard filter == "bicep-parse" else { return }
    let bytes = Array(bicepSource.utf8)
    timeKeepingResults("bicep-parse") { try? BicepDocument.parse(bytes: bytes, file: "bench.bicep") }
}

/// Times `body` 20 times and prints the last 19 (the first warms up). The results are kept
/// until all runs end, so that freeing them is neither timed nor in a profile.
@MainActor func timeKeepingResults<Result>(_ name: String, _ body: () -> Result) {
    var kept: [Result] = []
    var samples: [Duration] = []
    let clock = ContinuousClock()
    for _ in 0..<20 {
        samples.append(clock.measure { kept.append(body()) })
    }
    print(Measurement(name: "\(name)/\(kept.count) runs", samples: Array(samples.dropFirst())).line)
}

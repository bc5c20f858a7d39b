import HubSpokeCore

/// Benchmarks of the Bicep reader, reachability and the TUI frame, beside the validator's.
/// Built lazily so that a filtered run only pays for what it measures.
@MainActor let extraBenchmarks: [ExtraBenchmark] = [reachBenchmark]

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

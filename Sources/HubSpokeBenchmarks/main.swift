import HubSpokeCore
import HubSpokeDesignFile

// `swift run -c release hubspoke-bench [filter]`: the figures reported in issue notes.
// Each benchmark runs a warm-up, then enough iterations for a stable median; times are wall
// clock on this machine, so run it on an otherwise idle machine.

let filter = CommandLine.arguments.dropFirst().first

@MainActor func run(_ name: String, iterations: Int, _ body: () -> Void) {
    if let filter, !name.contains(filter) { return }
    body()
    var samples: [Duration] = []
    samples.reserveCapacity(iterations)
    let clock = ContinuousClock()
    for _ in 0..<iterations {
        samples.append(clock.measure(body))
    }
    let m = Measurement(name: name, samples: samples)
    print(m.line)

}

let design = BenchmarkDesign.make()
let subnetCount = design.virtualNetworks.reduce(0) { $0 + $1.subnets.count }
let ruleCount = design.networkSecurityGroups.reduce(0) { $0 + $1.securityRules.count }
print("benchmark design: \(design.virtualNetworks.count) VNets, \(subnetCount) subnets, \(ruleCount) NSG rules")

nonisolated(unsafe) var sink = 0
run("validate/full-catalog/1000-vnets", iterations: 30) {
    sink &+= Validator().validate(design).count
}
run("validate/index-only/1000-vnets", iterations: 30) {
    sink &+= DesignIndex(design).vnetPrefixes.count
}
if filter == nil || "designfile".contains(filter!) {
    let text = DesignFile.encode(design)
    print("design file: \(text.utf8.count / 1024) KiB")
    run("designfile/decode/1000-vnets", iterations: 5) {
        sink &+= (try? DesignFile.decode(text, fileName: "bench"))?.virtualNetworks.count ?? 0
    }
}
for benchmark in extraBenchmarks {
    run(benchmark.name, iterations: benchmark.iterations, benchmark.body)
    keptResults.removeAll()
}
runKeystrokeBenchmark(filter: filter)
runPerRuleBenchmark(filter: filter)
runBicepPhaseBenchmark(filter: filter)
runBicepEvaluateBenchmark(filter: filter)
runBicepParseBenchmark(filter: filter)
print("(sink \(sink))")

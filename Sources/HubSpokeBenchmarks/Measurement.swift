/// Summary statistics of one benchmark's samples.
struct Measurement {
    var name: String
    var samples: [Duration]

    func quantile(_ q: Double) -> Duration {
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded(.up)))
        return sorted[index]
    }

    static func ms(_ d: Duration) -> String {
        let (seconds, attoseconds) = d.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let rounded = (value * 1000).rounded() / 1000
        return "\(rounded) ms"
    }

    var line: String {
        "\(name): min \(Measurement.ms(samples.min()!)), p50 \(Measurement.ms(quantile(0.5))), "
            + "p99 \(Measurement.ms(quantile(0.99))) over \(samples.count) runs"
    }
}

/// A benchmark contributed by another area (Bicep reader, reachability, TUI frame).
struct ExtraBenchmark: Sendable {
    var name: String
    var iterations: Int
    var body: @Sendable () -> Void
}

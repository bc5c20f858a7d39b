import HubSpokeCore

extension ReachabilityView {
    /// How an answer fits the pane: the reason of a block wrapped under the verdict, then the
    /// hops with their details wrapped when they all fit (one line each, scrolled, when they do
    /// not), then the notes in what is left.
    struct AnswerLayout {
        /// Word wrap (the inspector's), with words wider than a line (long resource paths)
        /// cut into pieces instead of running past the edge.
        static func wrap(_ text: String, width: Int) -> [String] {
            InspectorView.wrap(text, width: width).flatMap { line -> [String] in
                guard width > 4, line.terminalWidth > width else { return [line] }
                var pieces: [String] = []
                var current = ""
                for character in line {
                    if current.terminalWidth + character.terminalWidth > width {
                        pieces.append(current)
                        current = ""
                    }
                    current.append(character)
                }
                if !current.isEmpty { pieces.append(current) }
                return pieces
            }
        }

        struct NoteLine {
            var text: String
            var isFirst: Bool
        }

        var reasonLines: [String] = []
        var resourceWidth: Int
        var wrapsDetails: Bool
        var detailLines: [[String]]
        var hopRows: Int
        var noteLines: [NoteLine] = []

        /// One hop on screen: its row under the column header and the detail lines it shows.
        struct Slot {
            var hop: Int
            var row: Int
            var lines: [String]
        }

        /// Rows from the top of the pane's inner area to the first hop: form, verdict, the
        /// reason's lines, decided-by, column header.
        var hopsTop: Int { ReachabilityView.headerRows + reasonLines.count }

        /// How many hops fit with the selected one expanded (all of them when details wrap).
        func visibleHops(for pane: ReachabilityPane) -> Int {
            if wrapsDetails { return detailLines.count }
            var extra = 0
            if !pane.isEditing, pane.hopSelection < detailLines.count {
                extra = min(ReachabilityView.selectedHopLines, detailLines[pane.hopSelection].count) - 1
            }
            return max(1, hopRows - extra)
        }

        /// The hops on screen for the pane's scroll and selection. The scroll is clamped here
        /// too, so a resize never leaves the selected hop out of view.
        func slots(for pane: ReachabilityPane, hops: [Hop]) -> [Slot] {
            var first = 0
            if !wrapsDetails {
                let visible = visibleHops(for: pane)
                first = min(pane.hopScroll, pane.hopSelection)
                if pane.hopSelection >= first + visible { first = pane.hopSelection - visible + 1 }
                first = max(0, min(first, hops.count - 1))
            }
            var slots: [Slot] = []
            var row = 0
            var index = first
            while index < hops.count, row < hopRows {
                var lines = [hops[index].detail]
                if wrapsDetails {
                    lines = detailLines[index]
                } else if index == pane.hopSelection, !pane.isEditing {
                    lines = Array(detailLines[index].prefix(ReachabilityView.selectedHopLines))
                }
                lines = Array(lines.prefix(hopRows - row))
                slots.append(Slot(hop: index, row: row, lines: lines))
                row += lines.count
                index += 1
            }
            return slots
        }

        init(_ result: ReachabilityResult, inner: Rect) {
            let width = max(1, inner.width - 1)
            if result.reachable != true, !result.decidedBy.reason.isEmpty {
                reasonLines = Array(
                    AnswerLayout.wrap(result.decidedBy.reason, width: width - 2).prefix(max(3, inner.height / 4)))
            }
            resourceWidth = min(
                max(12, inner.width / 3), (result.hops.map(\.resource.terminalWidth).max() ?? 10) + 2)
            let detailWidth = max(8, width - 4 - ReachabilityView.kindWidth - resourceWidth)
            detailLines = result.hops.map { hop in
                let lines = AnswerLayout.wrap(hop.detail, width: detailWidth)
                return lines.isEmpty ? [""] : lines
            }
            let notes = result.notes.map { AnswerLayout.wrap($0, width: width - 6) }
            let available = max(1, inner.height - ReachabilityView.headerRows - reasonLines.count)
            let wrappedRows = detailLines.map(\.count).reduce(0, +)
            let firstNoteRows = notes.isEmpty ? 0 : notes[0].count
            wrapsDetails = wrappedRows + firstNoteRows <= available
            if wrapsDetails {
                hopRows = wrappedRows
            } else {
                let noteRows = notes.isEmpty ? 0 : max(1, min(result.notes.count, 3, available - result.hops.count))
                hopRows = max(1, available - noteRows)
            }
            var left = available - hopRows
            for note in notes {
                for (i, line) in note.enumerated() where left > 0 {
                    noteLines.append(NoteLine(text: line, isFirst: i == 0))
                    left -= 1
                }
            }
        }
    }
}

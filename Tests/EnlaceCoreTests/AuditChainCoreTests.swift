import Testing
@testable import EnlaceCore

@Suite struct AuditChainCoreTests {
    static let row = AuditRecordBytes(id: 7, actorId: 2, at: 1_800_000_000, entity: "person", entityId: 42,
                                      action: "viewed", fromState: nil, toState: nil, reason: "a;b",
                                      changedFields: #"{"x":["1"]}"#)

    @Test func frameIsLengthPrefixedAndBigEndian() {
        var expected = Array("enlace-audit-frame/1".utf8)
        expected += [1, 0, 0, 0, 0, 0, 0, 0, 7]                  // id
        expected += [1, 0, 0, 0, 0, 0, 0, 0, 2]                  // actor
        expected += [1, 0, 0, 0, 0, 0x6b, 0x49, 0xd2, 0x00]      // 1_800_000_000
        expected += [2, 0, 0, 0, 6] + Array("person".utf8)
        expected += [1, 0, 0, 0, 0, 0, 0, 0, 42]
        expected += [2, 0, 0, 0, 6] + Array("viewed".utf8)
        #expect(Self.row.frame == expected)
    }

    @Test func valuesTellNullFromEmptyAndKeepFieldBoundaries() {
        var empty = Self.row
        empty.reason = ""
        var none = Self.row
        none.reason = nil
        #expect(empty.values != none.values)
        // "a;b" in reason and nothing in changed fields is not "a" and ";b..." split differently.
        var shifted = Self.row
        shifted.fromState = "a"
        shifted.reason = ";b"
        #expect(shifted.values != Self.row.values)
        var moved = Self.row
        moved.fromState = moved.reason
        moved.reason = nil
        #expect(moved.values != Self.row.values)
        #expect(Array(Self.row.values.prefix(21)) == Array("enlace-audit-values/1".utf8))
        // Multi-byte text is counted in UTF-8 bytes.
        var accented = Self.row
        accented.reason = "ñ"
        #expect(Array(accented.values.suffix(from: 21).dropFirst(2)).prefix(7) == [2, 0, 0, 0, 2, 0xc3, 0xb1])
    }

    @Test func negativeAndNullIntegersDiffer() {
        var negative = Self.row
        negative.entityId = -1
        var none = Self.row
        none.entityId = nil
        #expect(negative.frame != none.frame)
        #expect(negative.frame.suffix(20).prefix(9) == [1, 255, 255, 255, 255, 255, 255, 255, 255])
    }

    @Test func hashInputChainsLabelPreviousFrameAndDigest() {
        let prev = [UInt8](repeating: 9, count: 32)
        let digest = [UInt8](repeating: 4, count: 32)
        let input = Self.row.hashInput(prevHash: prev, digest: digest)
        #expect(input == Array("enlace-audit-chain/1".utf8) + prev + Self.row.frame + digest)
        #expect(Self.row.digestInput(salt: [1, 2]) == [1, 2] + Self.row.values)
        #expect(AuditRecordBytes.genesis == [UInt8](repeating: 0, count: 32))
    }

    @Test(arguments: [
        ([Int64](), [String]()),
        ([5], ["5"]),
        ([3, 1, 2, 9, 7, 8, 8, 20], ["1-3", "7-9", "20"]),
    ])
    func rangesAreCompactAndRoundTrip(ids: [Int64], encoded: [String]) {
        #expect(RowRanges.encode(ids) == encoded)
        let back = RowRanges.decode(encoded)!.flatMap { Array($0) }
        #expect(back == Array(Set(ids)).sorted())
    }

    @Test func badRangesAreRefused() {
        for bad in [["a"], ["9-3"], ["-2"], ["1-2-3"], ["0"], [""]] {
            #expect(RowRanges.decode(bad) == nil, "\(bad)")
        }
    }

    @Test func checkpointParsesAndPrints() {
        let hash = [UInt8](repeating: 0x9f, count: 32)
        let point = AuditCheckpoint(id: 12345, hash: hash)
        #expect(point.argument == "12345:" + String(repeating: "9f", count: 32))
        #expect(point.short == "#12345 9f9f9f9f9f9f…")
        #expect(AuditCheckpoint.parse(point.argument) == point)
        #expect(AuditCheckpoint.parse("#12345:9F9F9F9F")?.hex == "9f9f9f9f")
        #expect(AuditCheckpoint.parse("12345:9f9f9f9f")!.matches(hash))
        #expect(!AuditCheckpoint.parse("12345:9f9f9f9e")!.matches(hash))
        for bad in ["12345", "12345:9f9f9f9", "0:9f9f9f9f", "-1:9f9f9f9f", "x:9f9f9f9f", "1:9f9f9f9g",
                    "1:" + String(repeating: "a", count: 65), "1:2:3"] {
            #expect(AuditCheckpoint.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func breakTextsNameTheRowAndKindInBothLanguages() {
        #expect(AuditBreak(.deleted, row: 9, from: 5, to: 8).text(.es) == "Fila #9: faltan las filas #5 a #8 (se borraron).")
        #expect(AuditBreak(.deleted, row: 9).text(.en) == "Row #9: the row before it is missing (it was deleted).")
        #expect(AuditBreak(.outOfOrder, row: 30, from: 3, to: 29).text(.en)
                == "Row #30: it is out of order or inserted (it says it follows #3, but the row before it is #29).")
        #expect(AuditBreak(.truncated, row: 40, to: 35).text(.es).contains("la última es la #35"))
        for kind in AuditBreak.Kind.allCases {
            let text = AuditBreak(kind, row: 3, from: 1, to: 2).text
            #expect(text.es.hasPrefix("Fila #3") && text.en.hasPrefix("Row #3"))
        }
    }
}

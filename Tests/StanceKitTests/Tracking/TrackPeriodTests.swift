import Testing
@testable import StanceKit

/// Period keys of `stance track`: days, ISO weeks, months; bad dates are errors.
@Suite struct TrackPeriodTests {
    @Test func monthsAndDays() throws {
        #expect(try TrackPeriod.month.key(for: "2026-03-09") == "2026-03")
        #expect(try TrackPeriod.day.key(for: "2026-03-09") == "2026-03-09")
        #expect(try TrackPeriod.day.key(for: "2026-03-09T14:30:00Z") == "2026-03-09")
        #expect(try TrackPeriod.month.key(for: "2024-02-29 08:00") == "2024-02")
    }

    /// ISO 8601 weeks, checked against calendar facts: 2026-01-01 is a Thursday (week 1),
    /// 2021-01-03 is a Sunday in week 53 of 2020, 2024-12-30 is a Monday in week 1 of 2025.
    @Test func isoWeeks() throws {
        #expect(try TrackPeriod.week.key(for: "2026-01-01") == "2026-W01")
        #expect(try TrackPeriod.week.key(for: "2026-03-09") == "2026-W11")
        #expect(try TrackPeriod.week.key(for: "2021-01-03") == "2020-W53")
        #expect(try TrackPeriod.week.key(for: "2024-12-30") == "2025-W01")
        #expect(try TrackPeriod.week.key(for: "2026-12-31") == "2026-W53")
        #expect(TrackPeriod.weekday(year: 2026, month: 11, day: 28) == 6)   // a Saturday
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "2026-04-31", "26-03-09", "2026/03/09", "", "2026-03-09x", "tomorrow"])
    func badDatesAreErrors(_ date: String) {
        #expect(throws: TrackPeriod.DateError.self) { try TrackPeriod.month.key(for: date) }
    }

    @Test func keysSortInTimeOrder() throws {
        let dates = ["2025-12-29", "2026-01-05", "2026-02-10", "2026-11-30"]
        for p in TrackPeriod.allCases {
            let keys = try dates.map { try p.key(for: $0) }
            #expect(keys == keys.sorted(), "\(p)")
        }
    }
}

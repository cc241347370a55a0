/// The period a dated document falls in, for `stance track --by day|week|month`.
/// Keys sort in time order as strings: days `2026-03-09`, ISO weeks `2026-W11`,
/// months `2026-03`.
///
///     try TrackPeriod.month.key(for: "2026-03-09")            // "2026-03"
///     try TrackPeriod.week.key(for: "2026-03-09")             // "2026-W11"
///     try TrackPeriod.day.key(for: "2026-03-09T14:00:00Z")    // "2026-03-09"
public enum TrackPeriod: String, Sendable, CaseIterable {
    case day, week, month

    /// Why a date was not understood.
    public struct DateError: Error, Equatable, CustomStringConvertible {
        public var date: String
        public var description: String {
            "date \"\(date)\" is not a calendar date YYYY-MM-DD (a time may follow after \"T\" or a space)"
        }
    }

    /// The key of the period containing `date` (`YYYY-MM-DD`, optionally followed by a time).
    public func key(for date: String) throws -> String {
        let (y, m, d) = try TrackPeriod.parse(date)
        switch self {
        case .day: return "\(TrackPeriod.pad(y, 4))-\(TrackPeriod.pad(m, 2))-\(TrackPeriod.pad(d, 2))"
        case .month: return "\(TrackPeriod.pad(y, 4))-\(TrackPeriod.pad(m, 2))"
        case .week:
            let (wy, w) = TrackPeriod.isoWeek(year: y, month: m, day: d)
            return "\(TrackPeriod.pad(wy, 4))-W\(TrackPeriod.pad(w, 2))"
        }
    }

    /// Year, month and day of `YYYY-MM-DD[T...]`, validated against the calendar.
    static func parse(_ date: String) throws -> (Int, Int, Int) {
        let bytes = Array(date.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= bytes.count else { return nil }
            var v = 0
            for b in bytes[r] {
                guard b >= 48 && b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              y >= 1, (1...12).contains(m), d >= 1, d <= daysIn(year: y, month: m) else {
            throw DateError(date: date)
        }
        return (y, m, d)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(year y: Int, month m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Day of the week, 1 = Monday ... 7 = Sunday (Sakamoto's method).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7   // 0 = Sunday
        return w == 0 ? 7 : w
    }

    static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        var n = day
        for m in 1..<month { n += daysIn(year: year, month: m) }
        return n
    }

    /// ISO 8601 week-numbering year and week.
    static func isoWeek(year: Int, month: Int, day: Int) -> (Int, Int) {
        let ordinal = dayOfYear(year: year, month: month, day: day)
        let w = (ordinal - weekday(year: year, month: month, day: day) + 10) / 7
        if w < 1 {
            let prev = year - 1
            return (prev, weeksIn(prev))
        }
        if w > weeksIn(year) { return (year + 1, 1) }
        return (year, w)
    }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year.
    static func weeksIn(_ year: Int) -> Int {
        let jan1 = weekday(year: year, month: 1, day: 1)
        return jan1 == 4 || (jan1 == 3 && isLeap(year)) ? 53 : 52
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

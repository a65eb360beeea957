import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moments as people read them, in this machine's time zone (the C
/// library's, as TZ and /etc/localtime say), without loading ICU.
public enum LocalTime {
    /// "2026-03-31 14:05"; a moment the C library cannot place (nan, far
    /// outside any calendar) is written as seconds since 1970.
    public static func minuteText(_ date: Date) -> String {
        var parts = tm()
        guard var seconds = time_t(exactly: date.timeIntervalSince1970.rounded(.down)),
              localtime_r(&seconds, &parts) != nil, (1...9999).contains(parts.tm_year + 1900) else {
            return "\(date.timeIntervalSince1970) s after 1970"
        }
        return zeroPadded(parts.tm_year + 1900, 4) + "-" + zeroPadded(parts.tm_mon + 1, 2) + "-" + zeroPadded(parts.tm_mday, 2)
            + " " + zeroPadded(parts.tm_hour, 2) + ":" + zeroPadded(parts.tm_min, 2)
    }
}

import FoundationEssentials

/// How many cores this process may use, asked once: each asking reads the
/// cgroup's quota and cpuset files (four system calls), and a load of many
/// stages or a printout of many bands asked again for every part.
public enum Cores {
    public static let available = ProcessInfo.processInfo.activeProcessorCount
}

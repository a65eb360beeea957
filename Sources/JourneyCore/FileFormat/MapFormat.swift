/// The name and version written at the top of every map file.
public enum MapFormat {
    public static let name = "journey-map"
    public static let version = 3
}

import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// The user's own settings, for every map: `$XDG_CONFIG_HOME/journey/config.json`
/// (by default `~/.config/journey/config.json`). Only `:set` writes it; it
/// holds `mouse` for now, and keeps whatever else it holds as it was.
///
/// A config that cannot be used never stops journey: `load` answers the
/// defaults and one sentence saying what is wrong (garbage, too big, wrong
/// types, a symbolic link, not a file, unreadable), and `update` refuses to
/// write over a file it could not read, rather than lose what is in it.
public struct UserConfig: Equatable, Sendable {
    /// Whether the mouse is reported from the start; nil when never set.
    public var mouse: Bool?
    /// Every member as read, those journey does not know included, written back as they were.
    var members: [String: JSONValue] = [:]

    public init(mouse: Bool? = nil) {
        self.mouse = mouse
    }

    /// A settings file is a few lines; anything larger is not one.
    public static let maxBytes = 64 * 1024

    /// Where the config is for this environment; nil without XDG_CONFIG_HOME
    /// or HOME. A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    public static func path(environment: Environment) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/journey/config.json" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.config/journey/config.json"
    }

    /// What became of reading the config: the settings (defaults where it
    /// could not be used) and, if something is wrong, a sentence to show once.
    public struct Loaded: Equatable, Sendable {
        public var config: UserConfig
        public var problem: String?
        /// What is wrong with the file, without the path (for a write that was refused).
        var reason: String?
        /// Whether the file's members were read, so writing it back loses nothing.
        var canRewrite: Bool
    }

    public static func load(from path: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Loaded {
        func unusable(_ what: String) -> Loaded {
            Loaded(config: UserConfig(), problem: Self.problem(path, what), reason: what, canRewrite: false)
        }
        let fd: Int32
        do {
            // O_NONBLOCK: a FIFO planted there must not hang journey at start.
            fd = try fs.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK, 0)
        } catch where error.code == ENOENT {
            return Loaded(config: UserConfig(), problem: nil, canRewrite: true)
        } catch where error.code == ELOOP {
            return unusable("it is a symbolic link, which journey neither follows nor replaces")
        } catch {
            return unusable("cannot read it (\(error.reason))")
        }
        defer { try? fs.close(fd, path: path) }
        let bytes: [UInt8]
        do {
            guard try fs.fstat(fd, path: path).st_mode & S_IFMT == S_IFREG else { return unusable("it is not a regular file") }
            bytes = try fs.readAll(fd, path: path, limit: maxBytes)
        } catch where error.code == EFBIG {
            return unusable("it is larger than \(maxBytes / 1024) KiB")
        } catch {
            return unusable("cannot read it (\(error.reason))")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x09 || $0 == 0x0d }) {
            return Loaded(config: UserConfig(), problem: nil, canRewrite: true)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return unusable("it is not JSON (line \(error.line), column \(error.column): \(error.message))")
        }
        guard case .object(let members) = value else { return unusable("it holds \(value.typeName), not an object") }
        var config = UserConfig()
        config.members = members
        var problem: String?
        switch members["mouse"] {
        case nil: break
        case .bool(let on)?: config.mouse = on
        case let other?:
            problem = Self.problem(path, "\"mouse\" is \(other.typeName), not true or false")
        }
        return Loaded(config: config, problem: problem, canRewrite: true)
    }

    /// Reads the config as it is now, changes it, and writes it back
    /// atomically (a new file beside it, flushed, renamed over it), making its
    /// folder if missing. Answers nil, or what went wrong.
    public static func update(at path: String, fileSystem fs: FileSystem = PosixFileSystem.shared,
                              _ change: (inout UserConfig) -> Void) -> String? {
        let loaded = load(from: path, fileSystem: fs)
        guard loaded.canRewrite else { return "\(Self.shown(path)) left as it is: " + (loaded.reason ?? "") }
        var config = loaded.config
        change(&config)
        return config.save(to: path, fileSystem: fs)
    }

    func save(to path: String, fileSystem fs: FileSystem) -> String? {
        var members = self.members
        if let mouse { members["mouse"] = .bool(mouse) } else { members["mouse"] = nil }
        guard let bytes = try? JSONWriter.write(.object(members)) else { return "cannot write \(Self.shown(path))" }
        let folder = MapPaths.folder(of: path)
        do throws(FileSystemError) {
            try Self.makeFolders(folder, fs: fs)
            let (fd, temporary) = try fs.createUnique(in: folder, prefix: ".config.json.journey-save-", mode: 0o600)
            do throws(FileSystemError) {
                try fs.writeAndClose(fd, bytes, path: temporary)
                try fs.rename(temporary, path)
            } catch {
                try? fs.unlink(temporary)
                throw error
            }
        } catch {
            return "cannot write \(Self.shown(error.path)): \(error.reason)"
        }
        return nil
    }

    /// `mkdir -p` of an absolute path, private to the user for what it makes.
    static func makeFolders(_ folder: String, fs: FileSystem) throws(FileSystemError) {
        var path = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            do {
                try fs.mkdir(path, 0o700)
            } catch where error.code == EEXIST {
            }
        }
    }

    static func problem(_ path: String, _ what: String) -> String {
        "config \(shown(path)) not used: \(what); defaults instead (fix or delete it)"
    }

    /// The path with the home folder as `~`, as people write it.
    static func shown(_ path: String) -> String {
        guard let home = Environment.process["HOME"], home.count > 1, path.hasPrefix(home + "/") else {
            return path
        }
        return "~" + path.dropFirst(home.count)
    }
}

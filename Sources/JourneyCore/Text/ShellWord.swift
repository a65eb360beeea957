/// A word as a POSIX shell reads it back (git runs drivers with one; a user pastes a command into one):
/// as it is when that is safe, else in single quotes.
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) } ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }
}

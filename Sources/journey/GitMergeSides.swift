import FoundationEssentials
import JourneyCore

/// Which branch each side is, from what git 2.39 gives a merge driver (no
/// labels of its own): `git merge` sets GITHEAD_<sha> to the name of what it
/// merges in and HEAD names ours; a rebase keeps its state in rebase-merge/
/// (rebase-apply/ for --apply): head-name the branch being replayed, onto
/// the upstream, done's last line the commit being replayed, and there ours
/// is the upstream. A cherry-pick or revert says only ours.
enum GitMergeSides {
    /// Nil unless git is running the driver (git's temporary file, or GITHEAD_ set), so a merge by hand names nothing.
    static func find(oursFile: String) -> MergeSides? {
        let merged = ProcessInfo.processInfo.environment.first { $0.key.hasPrefix("GITHEAD_") }?.value
        guard merged != nil || oursFile.split(separator: "/").last?.hasPrefix(".merge_file_") == true else { return nil }
        if let rebase = rebase() { return rebase }
        let sides = MergeSides(ours: git("symbolic-ref", "-q", "--short", "HEAD").map(label), theirs: merged.map(label))
        return sides.ours == nil && sides.theirs == nil ? nil : sides
    }

    private static func rebase() -> MergeSides? {
        for folder in ["rebase-merge", "rebase-apply"] {
            guard let path = git("rev-parse", "--git-path", folder), let branch = read(path + "/head-name") else { continue }
            let name = label(branch.hasPrefix("refs/heads/") ? String(branch.dropFirst("refs/heads/".count)) : branch)
            let onto = read(path + "/onto")
            let upstream = onto.flatMap { git("for-each-ref", "--points-at", $0, "--format=%(refname:short)", "refs/heads", "refs/remotes")?
                .split(separator: "\n").first.map(String.init) } ?? onto.map { String($0.prefix(7)) }
            let replaying = read(path + "/done").flatMap(replayed)
            return MergeSides(ours: "upstream" + (upstream.map { " " + label($0) } ?? ""),
                              theirs: (replaying.map { "\($0) of " } ?? "") + name + ", being replayed")
        }
        return nil
    }

    /// The commit in the last line of a rebase's done list, `pick 1a2b3c4… Subject`, shortened.
    private static func replayed(_ done: String) -> String? {
        guard let line = done.split(separator: "\n").last else { return nil }
        let words = line.split(separator: " ")
        guard words.count > 1, words[1].allSatisfy(\.isHexDigit) else { return nil }
        return String(words[1].prefix(7))
    }

    private static func git(_ arguments: String...) -> String? {
        guard case .success(let output) = Git.run(arguments) else { return nil }
        let line = output.trimmingWhitespace()
        return line.isEmpty ? nil : line
    }

    private static func read(_ path: String) -> String? {
        let text = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingWhitespace()
        return text?.isEmpty == false ? text : nil
    }

    /// A name fit for one line of the editor, whatever the branch is called.
    private static func label(_ name: String) -> String {
        let line = DisplayText.singleLine(name)
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}

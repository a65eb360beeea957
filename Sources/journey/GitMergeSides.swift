import FoundationEssentials
import JourneyCore

/// Which branch each side is, from what git 2.39 gives a merge driver (no
/// labels of its own): `git merge` sets GITHEAD_<sha> to the name of what it
/// merges in and HEAD names ours; a rebase keeps its state in rebase-merge/
/// (rebase-apply/ for --apply): head-name the branch being replayed, onto
/// the upstream, done's last line the commit being replayed, and there ours
/// is the upstream. `git checkout --merge` sets nothing, but a merge in
/// progress has MERGE_HEAD. A cherry-pick or revert says only ours.
enum GitMergeSides {
    /// Nil unless git is running the driver (git's temporary file, or GITHEAD_ set), so a merge by hand names nothing.
    static func find(oursFile: String) -> MergeSides? {
        let merging = ProcessInfo.processInfo.environment.first { $0.key.hasPrefix("GITHEAD_") }?.value
        guard merging != nil || oursFile.split(separator: "/").last?.hasPrefix(".merge_file_") == true else { return nil }
        if let rebase = rebase() { return rebase }
        let theirs = merging ?? git("rev-parse", "-q", "--verify", "MERGE_HEAD").map(name)
        let sides = MergeSides(ours: git("symbolic-ref", "-q", "--short", "HEAD").map(label), theirs: theirs.map(label))
        return sides.ours == nil && sides.theirs == nil ? nil : sides
    }

    private static func rebase() -> MergeSides? {
        for folder in ["rebase-merge", "rebase-apply"] {
            guard let path = git("rev-parse", "--git-path", folder), let branch = read(path + "/head-name") else { continue }
            let replayed = label(branch.hasPrefix("refs/heads/") ? String(branch.dropFirst("refs/heads/".count)) : branch)
            let upstream = read(path + "/onto").map(name)
            let commit = read(path + "/done").flatMap(lastCommit)
            return MergeSides(ours: "upstream" + (upstream.map { " " + label($0) } ?? ""),
                              theirs: (commit.map { "\($0) of " } ?? "") + replayed + ", being replayed")
        }
        return nil
    }

    /// A branch at this commit, else the commit shortened.
    private static func name(_ commit: String) -> String {
        git("for-each-ref", "--points-at", commit, "--format=%(refname:short)", "refs/heads", "refs/remotes")?
            .split(separator: "\n").first.map(String.init) ?? String(commit.prefix(7))
    }

    /// The commit in the last line of a rebase's done list, `pick 1a2b3c4… Subject`, shortened.
    private static func lastCommit(_ done: String) -> String? {
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

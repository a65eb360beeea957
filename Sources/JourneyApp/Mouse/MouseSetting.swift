/// Whether the editor takes the mouse.
/// Off by default: while the terminal reports the mouse, its own selection
/// (copy and paste) needs Shift held in most terminals.
struct MouseSetting {
    var on = false
    /// The user asked for a change (not the start with `--mouse`): say what became of it.
    var asked = false
}

// The themes in Themes/, compiled in so that journey never fails for a
// missing theme file. A test checks that these copies match the files.
public enum BuiltinThemes {
    public static let sources: [String: String] = [
        "default": defaultJSON, "mono": monoJSON, "projector-dark": projectorDarkJSON, "projector-light": projectorLightJSON,
    ]

    public static let defaultJSON = #"""
{
  "name": "default",
  "personas": [
    {"attrs": ["bold"], "fg": "bright-yellow"},
    {"attrs": ["bold"], "fg": "bright-cyan"},
    {"attrs": ["bold"], "fg": "bright-magenta"},
    {"attrs": ["bold"], "fg": "bright-green"}
  ],
  "styles": {
    "cell": {},
    "channel": {"fg": "cyan"},
    "currentLabel": {"attrs": ["bold", "reverse"]},
    "cursor": {"attrs": ["bold"], "bg": "blue", "fg": "bright-white"},
    "detail": {},
    "detailTitle": {"attrs": ["bold"], "fg": "cyan"},
    "help": {"bg": "black", "fg": "white"},
    "helpKey": {"attrs": ["bold"], "bg": "black", "fg": "bright-yellow"},
    "helpTitle": {"attrs": ["bold"], "bg": "black", "fg": "bright-cyan"},
    "laneLabel": {"attrs": ["bold"]},
    "midline": {"fg": "bright-black"},
    "mode": {"attrs": ["bold"], "bg": "yellow", "fg": "black"},
    "modified": {"attrs": ["bold"], "bg": "blue", "fg": "bright-yellow"},
    "momentOfTruth": {"attrs": ["bold"], "fg": "bright-yellow"},
    "muted": {"fg": "bright-black"},
    "scale": {"fg": "bright-black"},
    "separator": {"fg": "bright-black"},
    "stageHeader": {"attrs": ["bold"], "fg": "bright-white", "bg": "magenta"},
    "status": {"bg": "blue", "fg": "bright-white"},
    "statusKey": {"attrs": ["bold"], "bg": "blue", "fg": "bright-yellow"},
    "title": {"attrs": ["bold"], "bg": "blue", "fg": "bright-white"},
    "touchpointHeader": {"attrs": ["bold"]},
    "warning": {"attrs": ["bold"], "fg": "bright-red"}
  }
}
"""#

    public static let monoJSON = #"""
{
  "name": "mono",
  "personas": [
    {"attrs": ["bold"]},
    {},
    {"attrs": ["underline"]},
    {"attrs": ["dim"]}
  ],
  "styles": {
    "cell": {},
    "channel": {"attrs": ["dim"]},
    "currentLabel": {"attrs": ["bold", "reverse"]},
    "cursor": {"attrs": ["reverse"]},
    "detail": {},
    "detailTitle": {"attrs": ["bold"]},
    "help": {},
    "helpKey": {"attrs": ["bold"]},
    "helpTitle": {"attrs": ["bold", "underline"]},
    "laneLabel": {"attrs": ["bold"]},
    "midline": {"attrs": ["dim"]},
    "mode": {"attrs": ["bold", "reverse"]},
    "modified": {"attrs": ["bold", "reverse"]},
    "momentOfTruth": {"attrs": ["bold"]},
    "muted": {"attrs": ["dim"]},
    "scale": {"attrs": ["dim"]},
    "separator": {"attrs": ["dim"]},
    "stageHeader": {"attrs": ["bold", "reverse"]},
    "status": {"attrs": ["reverse"]},
    "statusKey": {"attrs": ["bold", "reverse"]},
    "title": {"attrs": ["bold", "reverse"]},
    "touchpointHeader": {"attrs": ["bold"]},
    "warning": {"attrs": ["bold"]}
  }
}
"""#

    /// High contrast for a projector in a dark room; readable in 16 colours and monochrome.
    public static let projectorDarkJSON = #"""
{
  "name": "projector-dark",
  "personas": [
    {"attrs": ["bold"], "fg": "bright-yellow"},
    {"attrs": ["bold"], "fg": "bright-cyan"},
    {"attrs": ["bold", "underline"], "fg": "bright-magenta"},
    {"attrs": ["bold"], "fg": "bright-green"}
  ],
  "styles": {
    "cell": {"attrs": ["bold"], "fg": "bright-white"},
    "channel": {"attrs": ["bold"], "fg": "bright-cyan"},
    "currentLabel": {"attrs": ["bold", "reverse"]},
    "cursor": {"attrs": ["bold"], "bg": "bright-yellow", "fg": "black"},
    "detail": {"fg": "bright-white"},
    "detailTitle": {"attrs": ["bold"], "fg": "bright-yellow"},
    "help": {"bg": "black", "fg": "bright-white"},
    "helpKey": {"attrs": ["bold"], "bg": "black", "fg": "bright-yellow"},
    "helpTitle": {"attrs": ["bold", "underline"], "bg": "black", "fg": "bright-cyan"},
    "laneLabel": {"attrs": ["bold", "underline"], "fg": "bright-cyan"},
    "midline": {"fg": "white"},
    "mode": {"attrs": ["bold"], "bg": "bright-yellow", "fg": "black"},
    "modified": {"attrs": ["bold"], "bg": "black", "fg": "bright-yellow"},
    "momentOfTruth": {"attrs": ["bold"], "fg": "bright-yellow"},
    "muted": {"fg": "white"},
    "scale": {"attrs": ["bold"], "fg": "white"},
    "separator": {"fg": "white"},
    "stageHeader": {"attrs": ["bold", "reverse"]},
    "status": {"attrs": ["reverse"]},
    "statusKey": {"attrs": ["bold", "reverse"]},
    "title": {"attrs": ["bold", "reverse"]},
    "touchpointHeader": {"attrs": ["bold"], "fg": "bright-white"},
    "warning": {"attrs": ["bold", "reverse"], "fg": "bright-red"}
  }
}
"""#

    /// High contrast for a projector in a light room; readable in 16 colours and monochrome.
    public static let projectorLightJSON = #"""
{
  "name": "projector-light",
  "personas": [
    {"attrs": ["bold"], "fg": "blue"},
    {"attrs": ["bold"], "fg": "red"},
    {"attrs": ["bold", "underline"], "fg": "magenta"},
    {"attrs": ["bold"], "fg": "green"}
  ],
  "styles": {
    "cell": {"attrs": ["bold"], "bg": "bright-white", "fg": "black"},
    "channel": {"attrs": ["bold"], "bg": "bright-white", "fg": "blue"},
    "currentLabel": {"attrs": ["bold", "reverse"], "bg": "bright-white", "fg": "black"},
    "cursor": {"attrs": ["bold"], "bg": "blue", "fg": "bright-white"},
    "detail": {"bg": "bright-white", "fg": "black"},
    "detailTitle": {"attrs": ["bold"], "bg": "bright-white", "fg": "blue"},
    "help": {"bg": "bright-white", "fg": "black"},
    "helpKey": {"attrs": ["bold"], "bg": "bright-white", "fg": "blue"},
    "helpTitle": {"attrs": ["bold", "underline"], "bg": "bright-white", "fg": "black"},
    "laneLabel": {"attrs": ["bold", "underline"], "bg": "bright-white", "fg": "black"},
    "midline": {"bg": "bright-white", "fg": "black"},
    "mode": {"attrs": ["bold"], "bg": "blue", "fg": "bright-white"},
    "modified": {"attrs": ["bold"], "bg": "black", "fg": "bright-white"},
    "momentOfTruth": {"attrs": ["bold"], "bg": "bright-white", "fg": "red"},
    "muted": {"bg": "bright-white", "fg": "black", "attrs": ["dim"]},
    "scale": {"attrs": ["bold"], "bg": "bright-white", "fg": "black"},
    "separator": {"bg": "bright-white", "fg": "black"},
    "stageHeader": {"attrs": ["bold"], "bg": "black", "fg": "bright-white"},
    "status": {"bg": "black", "fg": "bright-white"},
    "statusKey": {"attrs": ["bold"], "bg": "black", "fg": "bright-yellow"},
    "title": {"attrs": ["bold"], "bg": "black", "fg": "bright-white"},
    "touchpointHeader": {"attrs": ["bold"], "bg": "bright-white", "fg": "black"},
    "warning": {"attrs": ["bold"], "bg": "bright-white", "fg": "red"}
  }
}
"""#
}

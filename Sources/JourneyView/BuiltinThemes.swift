// The themes in Themes/, compiled in so that journey never fails for a
// missing theme file. A test checks that these copies match the files.
public enum BuiltinThemes {
    public static let sources: [String: String] = ["default": defaultJSON, "mono": monoJSON]

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
}

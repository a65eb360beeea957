import Foundation
import Testing

/// A real JSON Schema validator: Python's jsonschema (draft 2020-12), with
/// `format` asserted, as an editor or a CI job would check a map.
enum SchemaValidator {
    /// Checks the schema, then prints "valid" or "invalid" for each file, one a line.
    static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit("install python3 jsonschema (pip install jsonschema, or apt-get install python3-jsonschema)")
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        formats = jsonschema.Draft202012Validator.FORMAT_CHECKER
        if "date" not in formats.checkers:
            sys.exit("this jsonschema cannot check the format date; update it (pip install -U jsonschema)")
        validator = jsonschema.Draft202012Validator(schema, format_checker=formats)
        for path in sys.argv[2:]:
            print("valid" if validator.is_valid(json.load(open(path))) else "invalid")
        """

    /// Whether each file is valid against the schema in `schema`, in order.
    static func verdicts(schema: String, files: [String]) throws -> [Bool] {
        let result = try Spawn.run("/usr/bin/env", ["python3", "-c", script, schema] + files,
                                   environment: ProcessInfo.processInfo.environment)
        try #require(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        try #require(lines.count == files.count, "\(result.stdout)")
        return lines.map { $0 == "valid" }
    }
}

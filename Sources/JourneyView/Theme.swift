import JourneyCore
import JourneyJSON

/// The parts of the screen a theme gives a style to.
public enum ThemeRole: String, CaseIterable, Sendable {
    case title, stageHeader, touchpointHeader, channel, momentOfTruth, separator, laneLabel, currentLabel
    case cell, muted, cursor, midline, scale, detailTitle, detail, status, statusKey, modified
    case help, helpTitle, helpKey, warning, mode
}

/// Colours and attributes by role, plus one style per persona curve. Read
/// from a JSON file; the built-in themes (Resources/Themes/*.json) are
/// compiled in so journey never fails for a missing theme file.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]
    public var personas: [Style]
    /// Not read from the file: what the terminal can show (`CurveStyle`),
    /// here because everything that draws is given the theme.
    public var curve: CurveStyle = .braille

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    public func persona(_ index: Int) -> Style {
        personas.isEmpty ? .plain : personas[index % personas.count]
    }

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    public static func parse(_ bytes: [UInt8], source: String) throws(LoadError) -> Theme {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw LoadError(message: "theme \(source):\(error.line):\(error.column): not valid JSON: \(error.message)")
        }
        guard case .object(let root) = document else { throw LoadError(message: "theme \(source): expected an object") }
        var theme = Theme(name: source, styles: [:], personas: [])
        if case .string(let name)? = root["name"] { theme.name = name }
        if case .object(let styles)? = root["styles"] {
            for (key, value) in styles {
                guard let role = ThemeRole(rawValue: key) else {
                    throw LoadError(message: "theme \(source): styles.\(key): unknown role; known roles: "
                                        + ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))
                }
                theme.styles[role] = try style(value, at: "styles.\(key)", source: source)
            }
        }
        if case .array(let personas)? = root["personas"] {
            for (index, value) in personas.enumerated() {
                theme.personas.append(try style(value, at: "personas[\(index)]", source: source))
            }
        }
        return theme
    }

    private static func style(_ value: JSONValue, at path: String, source: String) throws(LoadError) -> Style {
        guard case .object(let members) = value else { throw LoadError(message: "theme \(source): \(path): expected an object") }
        var style = Style()
        for (key, slot) in [("fg", \Style.foreground), ("bg", \Style.background)] {
            guard let member = members[key] else { continue }
            let name: String
            switch member {
            case .string(let text): name = text
            case .number(let text): name = text
            default: throw LoadError(message: "theme \(source): \(path).\(key): expected a colour name or number")
            }
            guard let color = TerminalColor(name: name) else {
                throw LoadError(message: "theme \(source): \(path).\(key): unknown colour \"\(name)\"; use default, "
                                    + TerminalColor.names.joined(separator: ", ") + ", bright-NAME or 0-255")
            }
            style[keyPath: slot] = color
        }
        if case .array(let attributes)? = members["attrs"] {
            for attribute in attributes {
                guard case .string(let name) = attribute,
                      let flag = TextAttributes.byName.first(where: { $0.0 == name })?.1 else {
                    throw LoadError(message: "theme \(source): \(path).attrs: unknown attribute; use "
                                        + TextAttributes.byName.map(\.0).joined(separator: ", "))
                }
                style.attributes.insert(flag)
            }
        }
        return style
    }

    /// The same theme with colours removed, for NO_COLOR and monochrome terminals.
    public var withoutColor: Theme {
        var copy = self
        copy.styles = styles.mapValues { Style(attributes: $0.attributes) }
        copy.personas = personas.map { Style(attributes: $0.attributes) }
        return copy
    }
}

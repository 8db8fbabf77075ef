import Foundation
import EnlaceCore
import EnlaceThemes
import TOMLKit

/// A theme file that could not be used, with the file and the problem named.
public struct ThemeError: Error, Sendable, Equatable {
    public let file: String
    public let problem: LocalizedText

    public func message(_ language: Language) -> String {
        ThemeText.brokenTheme.format(language, ["file": file, "problem": problem(language)])
    }
}

public enum ThemeText: String, MessageCatalog {
    case brokenTheme, notToml, unknownRole, badColour, badAttribute, unknownTheme, notATable

    public var text: LocalizedText {
        switch self {
        case .brokenTheme:
            return .init(es: "No se pudo usar el tema {file}: {problem}. Se usa el tema predeterminado.",
                         en: "The theme {file} could not be used: {problem}. The default theme is used.")
        case .notToml: return .init(es: "no es TOML válido ({detail})", en: "it is not valid TOML ({detail})")
        case .unknownRole:
            return .init(es: "el rol «{role}» no existe (roles: {roles})", en: "the role “{role}” does not exist (roles: {roles})")
        case .badColour:
            return .init(es: "el color «{value}» de {role} no es un nombre de color ni un número de 0 a 255",
                         en: "the colour “{value}” of {role} is neither a colour name nor a number from 0 to 255")
        case .badAttribute:
            return .init(es: "«{key}» de {role} debe ser true o false, o no es un atributo conocido",
                         en: "“{key}” of {role} must be true or false, or is not a known attribute")
        case .unknownTheme:
            return .init(es: "no existe un tema con ese nombre (temas: {names})", en: "there is no theme by that name (themes: {names})")
        case .notATable:
            return .init(es: "«roles.{role}» debe ser una tabla [roles.{role}]", en: "“roles.{role}” must be a table [roles.{role}]")
        }
    }
}

/// Reads themes from TOML: the shipped ones, the user's folder, or a path.
public enum ThemeLoader {
    public static var shippedNames: [String] { ShippedThemes.all.map(\.name) }

    /// The built-in default; always available, used whenever a chosen theme cannot be.
    public static var fallback: Theme {
        // The shipped default parses (a test checks it); if it ever did not, plain normal styles.
        (try? parse(ShippedThemes.all[0].source, file: "default.toml")) ?? Theme(name: "default", styles: [:])
    }

    public static var mono: Theme {
        (try? shipped("mono")) ?? Theme(name: "mono", styles: [.selection: RoleStyle(reverse: true)])
    }

    public static func shipped(_ name: String) throws -> Theme {
        guard let entry = ShippedThemes.all.first(where: { $0.name == name }) else {
            throw ThemeError(file: name, problem: .init(
                es: ThemeText.unknownTheme.format(.es, ["names": shippedNames.joined(separator: ", ")]),
                en: ThemeText.unknownTheme.format(.en, ["names": shippedNames.joined(separator: ", ")])))
        }
        return try parse(entry.source, file: "\(name).toml")
    }

    /// A theme by name or path: a path (contains "/" or ends in .toml) is read as a file; a name
    /// is looked up in `userFolder` first, then among the shipped themes.
    public static func load(_ nameOrPath: String, userFolder: String?) throws -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try parseFile(nameOrPath)
        }
        if let folder = userFolder {
            let path = (folder as NSString).appendingPathComponent(nameOrPath + ".toml")
            if FileManager.default.fileExists(atPath: path) { return try parseFile(path) }
        }
        return try shipped(nameOrPath)
    }

    public static func parseFile(_ path: String) throws -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, problem: .init(es: "no se puede leer el archivo", en: "the file cannot be read"))
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, problem: .init(es: "el archivo no es texto UTF-8", en: "the file is not UTF-8 text"))
        }
        return try parse(source, file: path)
    }

    public static func parse(_ source: String, file: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try SafeTOML.table(source)
        } catch let error as TOMLParseError {
            let detail = "\(error.description), línea \(error.source.begin.line)"
            let detailEn = "\(error.description), line \(error.source.begin.line)"
            throw ThemeError(file: file, problem: .init(es: ThemeText.notToml.format(.es, ["detail": detail]),
                                                        en: ThemeText.notToml.format(.en, ["detail": detailEn])))
        } catch {
            throw ThemeError(file: file, problem: .init(es: ThemeText.notToml.format(.es, ["detail": "\(error)"]),
                                                        en: ThemeText.notToml.format(.en, ["detail": "\(error)"])))
        }
        let name = table["name"]?.string ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var styles: [StyleRole: RoleStyle] = [:]
        guard let roles = table["roles"]?.table else { return Theme(name: name, styles: [:]) }
        for key in roles.keys {
            guard let role = StyleRole(rawValue: key) else {
                let all = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, problem: .init(es: ThemeText.unknownRole.format(.es, ["role": key, "roles": all]),
                                                            en: ThemeText.unknownRole.format(.en, ["role": key, "roles": all])))
            }
            guard let entry = roles[key]?.table else {
                throw ThemeError(file: file, problem: .init(es: ThemeText.notATable.format(.es, ["role": key]),
                                                            en: ThemeText.notATable.format(.en, ["role": key])))
            }
            var style = RoleStyle()
            for attr in entry.keys {
                let value = entry[attr]
                switch attr {
                case "fg", "bg":
                    let colour = try parseColour(value, role: key, file: file)
                    if attr == "fg" { style.foreground = colour } else { style.background = colour }
                case "bold", "reverse", "underline", "dim":
                    guard let flag = value?.bool else { throw attributeError(attr, role: key, file: file) }
                    switch attr {
                    case "bold": style.bold = flag
                    case "reverse": style.reverse = flag
                    case "underline": style.underline = flag
                    default: style.dim = flag
                    }
                default:
                    throw attributeError(attr, role: key, file: file)
                }
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }

    private static func parseColour(_ value: TOMLValueConvertible?, role: String, file: String) throws -> ThemeColor {
        if let n = value?.int, (0...255).contains(n) { return .indexed(n) }
        if let s = value?.string?.lowercased() {
            if s == "default" { return .terminalDefault }
            if let i = ThemeColor.names.firstIndex(of: s) { return .indexed(i) }
        }
        let shown = value.map { "\($0)" } ?? "?"
        throw ThemeError(file: file, problem: .init(es: ThemeText.badColour.format(.es, ["value": shown, "role": role]),
                                                    en: ThemeText.badColour.format(.en, ["value": shown, "role": role])))
    }

    private static func attributeError(_ key: String, role: String, file: String) -> ThemeError {
        ThemeError(file: file, problem: .init(es: ThemeText.badAttribute.format(.es, ["key": key, "role": role]),
                                              en: ThemeText.badAttribute.format(.en, ["key": key, "role": role])))
    }
}

import Foundation
import EnlaceCore
import TOMLKit

/// Settings from `$XDG_CONFIG_HOME/enlace/config.toml` (or `~/.config/enlace/config.toml`).
/// Every key is optional; an unreadable or wrong file is reported and the defaults are used.
public struct AppConfig: Sendable, Equatable {
    public var language: Language?
    public var theme: String?
    public var database: String?
    public var lockMinutes: Int?

    public init(language: Language? = nil, theme: String? = nil, database: String? = nil, lockMinutes: Int? = nil) {
        self.language = language
        self.theme = theme
        self.database = database
        self.lockMinutes = lockMinutes
    }

    public static func configFolder(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/enlace" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/enlace"
    }

    public static func path(environment: [String: String]) -> String {
        configFolder(environment: environment) + "/config.toml"
    }

    /// Reads the config file if there is one. Returns the config and, when the file was wrong,
    /// a warning to show (the person's settings are never silently ignored).
    public static func load(path: String) -> (config: AppConfig, warning: LocalizedText?) {
        guard FileManager.default.fileExists(atPath: path) else { return (AppConfig(), nil) }
        guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
            return (AppConfig(), ConfigText.unreadable.format(path: path, detail: ""))
        }
        let table: TOMLTable
        do {
            table = try SafeTOML.table(source)
        } catch let error as TOMLParseError {
            return (AppConfig(), ConfigText.invalid.format(path: path, detail: "\(error.description) (\(error.source.begin.line))"))
        } catch {
            return (AppConfig(), ConfigText.invalid.format(path: path, detail: "\(error)"))
        }
        var config = AppConfig()
        var problems: [String] = []
        for key in table.keys {
            let value = table[key]
            switch key {
            case "language":
                if let s = value?.string, let l = Language(code: s) { config.language = l } else { problems.append(key) }
            case "theme":
                if let s = value?.string { config.theme = s } else { problems.append(key) }
            case "database", "db":
                if let s = value?.string { config.database = s } else { problems.append(key) }
            case "lock_minutes":
                if let n = value?.int, n >= 0 { config.lockMinutes = n } else { problems.append(key) }
            default:
                problems.append(key)
            }
        }
        let warning = problems.isEmpty ? nil : ConfigText.badKeys.format(path: path, detail: problems.joined(separator: ", "))
        return (config, warning)
    }
}

public enum ConfigText: String, MessageCatalog {
    case unreadable, invalid, badKeys

    public var text: LocalizedText {
        switch self {
        case .unreadable:
            return .init(es: "No se puede leer la configuración {path}; se usan los valores predeterminados.",
                         en: "The configuration {path} cannot be read; defaults are used.")
        case .invalid:
            return .init(es: "La configuración {path} no es TOML válido ({detail}); se usan los valores predeterminados.",
                         en: "The configuration {path} is not valid TOML ({detail}); defaults are used.")
        case .badKeys:
            return .init(es: "La configuración {path} tiene claves desconocidas o con valores incorrectos: {detail}. Claves válidas: language, theme, database, lock_minutes.",
                         en: "The configuration {path} has unknown keys or wrong values: {detail}. Valid keys: language, theme, database, lock_minutes.")
        }
    }

    func format(path: String, detail: String) -> LocalizedText {
        LocalizedText(es: format(.es, ["path": path, "detail": detail]), en: format(.en, ["path": path, "detail": detail]))
    }
}

import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceTUI

/// The command line's own refusals, before any command runs, in the person's language:
/// arguments that are not UTF-8 text (exit 65) and the argument parser's errors (unknown
/// option, missing or invalid value: exit 64), followed by the parser's usage lines.
enum ArgumentErrors {
    /// The language asked for with --lang, ENLACE_LANG or the config file, read before the
    /// arguments are parsed (an unknown code falls back to the default).
    static func language(_ arguments: [String] = CommandLine.arguments,
                         environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let l = Language(code: arguments[index + 1]) { return l }
            if argument.hasPrefix("--lang="), let l = Language(code: String(argument.dropFirst(7))) { return l }
        }
        if let code = environment["ENLACE_LANG"], let l = Language(code: code) { return l }
        return AppConfig.load(path: AppConfig.path(environment: environment)).config.language ?? .default
    }

    /// Exits 65 when an argument's bytes are not UTF-8: Swift would otherwise read them with
    /// replacement characters and save a name nobody typed.
    static func refuseInvalidUTF8(_ language: Language) {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) == nil else { continue }
            Console.error(ArgumentText.notUTF8.format(language, ["n": String(index)]))
            Foundation.exit(65)
        }
    }

    /// Prints `error` as the parser would, with its first line in `language`, and exits.
    static func fail(_ error: Error, command: ParsableCommand.Type, _ language: Language) -> Never {
        let code = command.exitCode(for: error)
        if error is ExitCode || code == .success { command.exit(withError: error) }
        let message = command.message(for: error)
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        Console.error(localized(lines.first ?? "", language))
        for line in lines.dropFirst() where !line.isEmpty { Console.error(line) }
        let full = command.fullMessage(for: error)
        let usage = full.range(of: message).map { String(full[$0.upperBound...]) } ?? ""
        for line in usage.split(separator: "\n") {
            let text = String(line)
            if let help = text.firstMatch(of: /See '(.+)' for more information\./) {
                Console.error("  " + ArgumentText.seeHelp.format(language, ["help": String(help.1)]))
            } else {
                Console.error(text)
            }
        }
        Foundation.exit(code.rawValue)
    }

    /// The parser's one-line message in `language`.
    static func localized(_ message: String, _ language: Language) -> String {
        if let m = message.wholeMatch(of: /Unknown option '(.+?)'(?:\. Did you mean '(.+)'\?)?/) {
            let line = ArgumentText.unknownOption.format(language, ["value": String(m.1)])
            guard let suggestion = m.2 else { return line }
            return line + " " + ArgumentText.didYouMean.format(language, ["value": String(suggestion)])
        }
        if let m = message.wholeMatch(of: /(?:Unexpected argument|\d+ unexpected arguments:) '(.+)'/) {
            return ArgumentText.unexpectedArgument.format(language, ["value": String(m.1)])
        }
        if let m = message.wholeMatch(of: /(?:Missing expected argument|Missing one of:) '(.+)'/) {
            return ArgumentText.missingArgument.format(language, ["value": String(m.1)])
        }
        if let m = message.wholeMatch(of: /Missing value for '(.+)'/) {
            return ArgumentText.missingValue.format(language, ["value": String(m.1)])
        }
        if let m = message.firstMatch(of: /^The value '(.*)' is invalid for '(.+?)'/) {
            let line = ArgumentText.invalidValue.format(language, ["value": String(m.1), "option": String(m.2)])
            let rest = String(message[m.range.upperBound...])
            if let values = rest.wholeMatch(of: /\. Please provide one of (.+?)\.?/) {
                let list = language == .es ? values.1.replacingOccurrences(of: "' or '", with: "' o '") : String(values.1)
                return line + " " + ArgumentText.validValues.format(language, ["values": list])
            }
            return rest.isEmpty ? line : line + " (\(rest.drop { $0 == ":" || $0 == " " }))"
        }
        return ArgumentText.otherProblem.format(language, ["detail": message])
    }
}

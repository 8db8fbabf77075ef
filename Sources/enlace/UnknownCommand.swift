import ArgumentParser
import EnlaceTUI

/// The first word after `enlace` must be a command: `open` is the default only when no word
/// is given, so that `enlace serch` or `enlace buscar --help` gets a usage error (exit 64)
/// naming the commands, not the default command's help or its complaint about an argument.
enum UnknownCommand {
    /// Options of `enlace` and its default command that take a value (the value is not a word).
    static let valueOptions: Set<String> = ["--db", "--lang", "--theme", "--user"]

    /// Every command name and alias `enlace` accepts as its first word.
    static var names: [String] {
        Enlace.configuration.subcommands.flatMap { command in
            [command.configuration.commandName ?? ""] + command.configuration.aliases
        }.filter { !$0.isEmpty } + ["help"]
    }

    /// The first word that is not an option or an option's value, if it names no command.
    static func unknown(in arguments: [String]) -> String? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                if valueOptions.contains(argument) { index += 1 }
                index += 1
                continue
            }
            return names.contains(argument) ? nil : argument
        }
        return nil
    }

    /// Prints the refusal in the person's language (`--lang`, ENLACE_LANG, the config) and exits 64.
    static func refuse(_ word: String, arguments: [String]) -> Never {
        var language = ["--lang"].compactMap { flag -> String? in
            guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }.first
        if language == nil {
            language = arguments.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst(7)) }
        }
        let options = (try? GlobalOptions.parse(language.map { ["--lang", $0] } ?? [])) ?? GlobalOptions()
        let lang = (try? Context(options))?.language ?? .default
        let shown = String(word.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(60))
        Console.error(CLIText.unknownCommand.format(lang, ["name": shown]))
        Console.error(CLIText.knownCommands.format(lang, ["list": names.filter { $0 != "help" }.joined(separator: ", ")]))
        Enlace.exit(withError: ExitCode(64))
    }
}

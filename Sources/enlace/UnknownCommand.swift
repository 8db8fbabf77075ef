import ArgumentParser
import EnlaceCore
import EnlaceTUI

/// The first word after `enlace` (and after a command that has subcommands, such as `case`)
/// must be a command: `open` is the default only when no word is given, so that `enlace serch`
/// or `enlace buscar --help` gets a usage error (exit 64) naming the commands, not the default
/// command's help or its complaint about an argument.
enum UnknownCommand {
    /// Options of `enlace` and its default command that take a value (the value is not a word).
    static let valueOptions: Set<String> = ["--db", "--lang", "--theme", "--user"]

    /// The names and aliases of a command.
    static func names(of command: ParsableCommand.Type) -> [String] {
        // `_commandName`: the declared name, or the one the parser derives from the type's name.
        [command._commandName] + command.configuration.aliases
    }

    /// An unknown word where a command was due: the word, the command it was given to
    /// ("enlace", "enlace case") and that command's subcommand names. A command with a default
    /// subcommand takes any word as the default's argument, except at the top, where the
    /// default (`open`) takes none.
    static func unknown(in arguments: [String]) -> (word: String, command: String, names: [String])? {
        var command: ParsableCommand.Type = Enlace.self
        var path = "enlace"
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                if valueOptions.contains(argument) { index += 1 }
                index += 1
                continue
            }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty { return nil }
            if let next = subcommands.first(where: { names(of: $0).contains(argument) }) {
                command = next
                path += " " + argument
                index += 1
                continue
            }
            if command == Enlace.self, argument == "help" { return nil }
            guard command == Enlace.self || command.configuration.defaultSubcommand == nil else { return nil }
            return (argument, path, subcommands.flatMap(names(of:)).filter { !$0.isEmpty })
        }
        return nil
    }

    /// Prints the refusal in the person's language and exits 64.
    static func refuse(_ unknown: (word: String, command: String, names: [String]), _ lang: Language) -> Never {
        let shown = String(unknown.word.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(60))
        Console.error(CLIText.unknownCommand.format(lang, ["name": shown, "command": unknown.command]))
        Console.error(CLIText.knownCommands.format(lang, ["list": unknown.names.joined(separator: ", "),
                                                          "command": unknown.command]))
        Enlace.exit(withError: ExitCode(64))
    }
}

import ArgumentParser
import EnlaceCore
import EnlaceTUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Prints every command and its keys, and the keys handled inside screens and fields, as Markdown.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = try Context(options)
        print(CommandRegistry.standard.keysMarkdown(context.language), terminator: "")
    }
}

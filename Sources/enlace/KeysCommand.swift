import ArgumentParser
import EnlaceCore
import EnlaceTUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Prints every command and its keys as Markdown (from the command registry).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = try Context(options)
        print(CommandRegistry.standard.markdown(context.language), terminator: "")
    }
}

import Foundation
import Testing

/// `enlace search` is `enlace find`; a first word that names no command is a usage error
/// (exit 64, two lines naming the commands), never the default command's help.
struct CommandNameCLITests {
    @Test func searchIsFindAndUnknownWordsAreRefused() throws {
        let demo = try DemoDatabase(folderPrefix: "enlace-names", people: 60)
        let search = try runEnlace(["search", "hernandez", "--db", demo.db, "--user", "maria"], environment: demo.env)
        let find = try runEnlace(["find", "hernandez", "--db", demo.db, "--user", "maria"], environment: demo.env)
        #expect(search.status == 0, "\(search.err)")
        #expect(search.out == find.out)
        #expect(search.out.lowercased().contains("hern"))

        let help = try runEnlace(["search", "--help"], environment: demo.env)
        #expect(help.status == 0)
        #expect(help.out.contains("Finds people"), "\(help.out)")
        #expect(!help.out.contains("Opens"))

        for arguments in [["serch", "hernandez"], ["buscar", "--help"], ["--db", demo.db, "serch"]] {
            let r = try runEnlace(arguments, environment: demo.env)
            #expect(r.status == 64, "\(arguments): \(r.err)")
            #expect(r.err.contains("no es una orden de enlace"), "\(arguments): \(r.err)")
            #expect(r.err.contains("find") && r.err.contains("search") && r.err.contains("intake"))
            #expect(r.out.isEmpty)
        }
        let nested = try runEnlace(["case", "explode", "1", "--db", demo.db, "--user", "maria"], environment: demo.env)
        #expect(nested.status == 64)
        #expect(nested.err.contains("«explode» no es una orden de enlace case."), "\(nested.err)")
        #expect(nested.err.contains("assign") && nested.err.contains("enlace case --help"))
        let english = try runEnlace(["serch", "--lang", "en"], environment: demo.env)
        #expect(english.status == 64)
        #expect(english.err.contains("“serch” is not an enlace command."), "\(english.err)")
        #expect(english.err.split(separator: "\n").count == 2)
    }
}

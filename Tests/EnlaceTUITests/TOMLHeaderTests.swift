import Foundation
import Testing
import EnlaceCore
@testable import EnlaceTUI

/// Table headers that stopped the program inside the TOML parser (an assertion in toml++):
/// a config or theme file with one is named with its line, and the defaults are used.
struct TOMLHeaderTests {
    static let crashing = ["[[[ nope\n", "[[\n", "[#x]\n", "[=]\n", "[[.a]]\n", "idioma = \"es\"\r\n[ñoño]\r\n", "[ä]\n"]

    @Test(arguments: crashing)
    func aConfigWithTheHeaderWarnsWithItsLine(_ source: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-toml-\(UUID().uuidString).toml").path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (config, warning) = AppConfig.load(path: path)
        #expect(config == AppConfig())
        let line = source.hasPrefix("idioma") ? 2 : 1
        #expect(warning?(.es).contains("no es TOML válido") == true)
        #expect(warning?(.en).contains("(line \(line))") == true, "\(warning?(.en) ?? "")")
    }

    @Test(arguments: crashing)
    func aThemeWithTheHeaderIsRefusedByName(_ source: String) {
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(source, file: "roto.toml") }
    }

    @Test func headersAndArraysThatParseAreLeftAlone() {
        #expect(SafeTOML.badHeaderLine("[roles.title]\nfg = \"red\"\n[[x]]\n[\"a b\"]\n['c']\n[ d ]\nv = [\n  [1, 2],\n  [\"a\"],\n]\n") == nil)
    }
}

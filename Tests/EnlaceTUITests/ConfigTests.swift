import Foundation
import Testing
import EnlaceCore
@testable import EnlaceTUI

struct ConfigTests {
    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-config-\(UUID().uuidString).toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsEveryKey() throws {
        let path = try write("language = \"en\"\ntheme = \"mono\"\ndatabase = \"/tmp/x.sqlite\"\nlock_minutes = 5\n")
        let (config, warning) = AppConfig.load(path: path)
        #expect(warning == nil)
        #expect(config == AppConfig(language: .en, theme: "mono", database: "/tmp/x.sqlite", lockMinutes: 5))
    }

    @Test func missingFileIsNoProblem() {
        let (config, warning) = AppConfig.load(path: "/nonexistent/enlace/config.toml")
        #expect(config == AppConfig())
        #expect(warning == nil)
    }

    @Test func brokenFileWarnsAndKeepsDefaults() throws {
        let path = try write("language = \n")
        let (config, warning) = AppConfig.load(path: path)
        #expect(config == AppConfig())
        #expect(warning?(.es).contains(path) == true)
    }

    @Test func unknownKeysAreNamedAndGoodKeysKept() throws {
        let path = try write("language = \"es\"\ncolour = \"red\"\nlock_minutes = -3\n")
        let (config, warning) = AppConfig.load(path: path)
        #expect(config.language == .es)
        #expect(config.lockMinutes == nil)
        #expect(warning?(.en).contains("colour, lock_minutes") == true || warning?(.en).contains("lock_minutes, colour") == true)
    }

    @Test func folderFollowsXDG() {
        #expect(AppConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/enlace/config.toml")
        #expect(AppConfig.path(environment: ["HOME": "/h"]) == "/h/.config/enlace/config.toml")
    }
}

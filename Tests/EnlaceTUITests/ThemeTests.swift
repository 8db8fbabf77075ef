import Foundation
import Testing
import EnlaceCore
import EnlaceThemes
@testable import EnlaceTUI

struct ThemeTests {
    @Test(arguments: ["default", "high-contrast", "mono"])
    func shippedThemeParsesAndStylesEveryRole(name: String) throws {
        let theme = try ThemeLoader.shipped(name)
        #expect(theme.name == name)
        for role in StyleRole.allCases {
            #expect(theme.styles[role] != nil, "\(name) lacks \(role)")
        }
    }

    @Test func monoUsesNoColourButShowsFocusSelectionErrorsAndRequired() throws {
        let mono = try ThemeLoader.shipped("mono")
        #expect(!mono.styles.values.contains { $0.usesColour })
        let plain = RoleStyle()
        for role in [StyleRole.focus, .selection, .error, .required, .urgent, .overdue] {
            #expect(mono.style(role) != plain, "\(role) is invisible in mono")
        }
        #expect(mono.style(.selection) != mono.style(.focus))
    }

    @Test func shippedFilesAreTheOnesInThemesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes")
        for (name, source) in ShippedThemes.all {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name + ".toml"), encoding: .utf8)
            #expect(onDisk == source)
        }
    }

    private func write(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("roto.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func invalidTomlNamesTheFileAndLine() throws {
        let path = try write("name = \"roto\"\n[roles.title\nfg = 1\n")
        #expect(throws: ThemeError.self) { try ThemeLoader.parseFile(path) }
        do {
            _ = try ThemeLoader.parseFile(path)
        } catch let error as ThemeError {
            #expect(error.file == path)
            #expect(error.message(.es).contains(path))
            #expect(error.message(.es).contains("no es TOML válido"))
            #expect(error.message(.en).contains("line 2"))
            #expect(error.message(.es).contains("Se usa el tema predeterminado"))
        }
    }

    @Test func unknownRoleAndBadColourAreNamed() throws {
        let unknown = try write("[roles.titel]\nfg = \"red\"\n")
        do { _ = try ThemeLoader.parseFile(unknown); Issue.record("accepted unknown role") } catch let e as ThemeError {
            #expect(e.message(.en).contains("titel"))
        }
        let badColour = try write("[roles.title]\nfg = \"purpleish\"\n")
        do { _ = try ThemeLoader.parseFile(badColour); Issue.record("accepted bad colour") } catch let e as ThemeError {
            #expect(e.message(.es).contains("purpleish"))
        }
        let bigNumber = try write("[roles.title]\nbg = 300\n")
        #expect(throws: ThemeError.self) { try ThemeLoader.parseFile(bigNumber) }
        let badFlag = try write("[roles.title]\nbold = \"yes\"\n")
        #expect(throws: ThemeError.self) { try ThemeLoader.parseFile(badFlag) }
    }

    @Test func loadFindsUserThemesBeforeShippedOnes() throws {
        let path = try write("name = \"roto\"\n[roles.title]\nfg = 200\nbold = true\n")
        let folder = (path as NSString).deletingLastPathComponent
        let theme = try ThemeLoader.load("roto", userFolder: folder)
        #expect(theme.style(.title) == RoleStyle(foreground: .indexed(200), bold: true))
        #expect(try ThemeLoader.load("mono", userFolder: folder).name == "mono")
        #expect(throws: ThemeError.self) { try ThemeLoader.load("nonexistent", userFolder: folder) }
    }

    @Test func coloursFitEightColourTerminals() {
        #expect(ThemeColor.indexed(9).basic == .indexed(1))
        #expect(ThemeColor.indexed(196).basic == .indexed(1))   // bright red
        #expect(ThemeColor.indexed(21).basic == .indexed(4))    // blue
        #expect(ThemeColor.indexed(236).basic == .indexed(0))   // dark grey
        #expect(ThemeColor.indexed(250).basic == .indexed(7))   // light grey
        #expect(ThemeColor.terminalDefault.basic == .terminalDefault)
    }
}

import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace person languages N`: prints, or sets in one audited step, the languages a person
/// speaks, the one they prefer and whether they need an interpreter.
struct PersonLanguagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "languages",
        abstract: "Prints or sets the languages a person speaks (Spanish, English, Mixteco, Zapoteco, Purépecha, Náhuatl, Triqui, Tzotzil, Mam, K'iche', Maya, other) and whether they need an interpreter (one versioned, audited step).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The person's id.") var id: Int64
    @Option(name: .long, help: "The languages, separated by commas: mixteco,es (replaces the list; empty clears it).") var set: String?
    @Option(name: .long, help: "The language preferred for a service (added to the list; empty: none).") var prefer: String?
    @Option(name: .long, help: "yes or no.") var interpreter: String?
    @Option(name: .long, help: "The version read (from `enlace person show`); without it, the current one.") var ifVersion: Int?

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        let lang = s.language
        let page = try s.run { try s.desk.personPage(id: id, by: s.user) }
        let current = page.documents.languages
        guard set != nil || prefer != nil || interpreter != nil else {
            Console.print(Self.describe(current, lang))
            return
        }
        var spoken = current.spoken
        if let set {
            switch LanguageProfile.parseList(set) {
            case .success(let list): spoken = list
            case .failure(let problem):
                Console.error(problem.message(lang))
                throw ExitCode(DeskExit.validation)
            }
        }
        var preferred = current.preferred
        if let prefer {
            let trimmed = prefer.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                preferred = nil
            } else if let language = SpokenLanguage.named(trimmed) {
                preferred = language
            } else {
                Console.error(DocumentProblem.unknownLanguage(trimmed).message(lang))
                throw ExitCode(DeskExit.validation)
            }
        }
        if set != nil, prefer == nil, let kept = preferred, !spoken.contains(kept) { preferred = nil }
        var needs = current.needsInterpreter
        if let interpreter {
            switch interpreter.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "y", "si", "sí", "true", "1": needs = true
            case "no", "n", "false", "0": needs = false
            default:
                Console.error(PersonDocumentCLIText.badInterpreter.format(lang, ["value": String(interpreter.prefix(60))]))
                throw ExitCode(DeskExit.validation)
            }
        }
        let profile = LanguageProfile(spoken: spoken, preferred: preferred, needsInterpreter: needs)
        let saved = try s.run {
            try s.desk.setLanguages(personId: id, profile, version: ifVersion ?? page.record.version, by: s.user)
        }
        let text: PersonDocumentCLIText = saved.changed.isEmpty ? .languagesUnchanged : .languagesSaved
        Console.print(text.format(lang, ["languages": Self.describe(saved.languages, lang)]))
    }

    /// "Mixteco, Español · prefiere Mixteco · Necesita intérprete".
    static func describe(_ profile: LanguageProfile, _ lang: Language) -> String {
        var parts = [profile.spoken.isEmpty ? PersonDocumentCLIText.languagesNone(lang)
                     : profile.spoken.map { $0.label(lang) }.joined(separator: ", ")]
        if let preferred = profile.preferred {
            parts.append(PersonDocumentCLIText.preferredLine.format(lang, ["language": preferred.label(lang)]))
        }
        parts.append((profile.needsInterpreter ? DocumentText.interpreterNeeded : .interpreterNotNeeded)(lang))
        return parts.joined(separator: " · ")
    }
}

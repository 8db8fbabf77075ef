import ArgumentParser
import EnlaceCore
import EnlaceStore

/// `enlace intake`: the intake use case (`CaseDesk.intake`, as the intake screen): registers a
/// person, opens a case, takes it for a caseworker and records the consent, in one step;
/// prints the case number.
struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Registers a person and opens a case (a caseworker takes it); prints the new case number.",
        discussion: """
            The same step as the intake screen: a caseworker's intake is theirs at once; a \
            volunteer's or supervisor's stays unassigned. With --consent, the consent given now \
            is recorded with the case. Every problem is printed, one per line as \
            "field: problem", in the chosen language, and the command exits 65. Exit codes: 65 \
            invalid input, 77 not allowed or not signed in, 74 database.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?

    @Option(name: .long, help: "Given names (required).") var given: String = ""
    @Option(name: .long, help: "First surname (paterno).") var surname1: String = ""
    @Option(name: .long, help: "Second surname (materno).") var surname2: String = ""
    @Option(name: .long, help: "Preferred name or nickname.") var preferred: String = ""
    @Option(name: .long, help: "Date of birth: YYYY-MM-DD or DD/MM/YYYY.") var birth: String = ""
    @Option(name: .long, help: "Approximate age in years, when the date of birth is not known.") var age: Int?
    @Option(name: .long, help: "female, male, nonBinary, other or notStated.") var sex: String?
    @Option(name: .long, help: "A phone, US or Mexico (repeatable): \"+52 55 1234 5678\".") var phone: [String] = []
    @Option(name: .long, help: "The phone the person uses on WhatsApp (added to the phones).") var whatsapp: String?
    @Option(name: .long, help: "Email.") var email: String = ""
    @Option(name: .long, help: "CURP (18 characters).") var curp: String = ""
    @Option(name: .long, help: "US city.") var city: String = ""
    @Option(name: .long, help: "US state, two letters.") var usState: String = ""
    @Option(name: .long, help: "ZIP code.") var zip: String = ""
    @Option(name: .long, help: "State of origin in Mexico: name, INEGI code or CURP code.") var originState: String = ""
    @Option(name: .long, help: "Municipality of origin.") var originMunicipality: String = ""
    @Option(name: .long, help: "Hometown association or federation.") var hometown: String = ""
    @Option(name: .long, help: "Service area: health, education or legal.") var area: String = "health"
    @Option(name: .long, help: "Priority: normal, high or urgent.") var priority: String = "normal"
    @Option(name: .long, help: "What the person needs.") var description: String = ""
    @Option(name: .long, help: "The person consented to the privacy notice: verbal or written (recorded with the case).")
    var consent: String?

    func run() throws {
        let session = try Session(options, user: user)
        let lang = session.language
        guard let area = ServiceArea(rawValue: area) else {
            Console.error("\(CaseStoreText.cliArea(lang)): health | education | legal")
            throw ExitCode(65)
        }
        guard let priority = CasePriority(rawValue: priority) else {
            Console.error("\(CaseStoreText.fieldPriority(lang)): normal | high | urgent")
            throw ExitCode(65)
        }
        var consentGiven: ConsentGiven?
        if let consent {
            guard let method = ConsentMethod(rawValue: consent.lowercased()) else {
                Console.error(CaseStoreText.cliConsentInvalid.format(lang, ["value": consent]))
                throw ExitCode(65)
            }
            consentGiven = ConsentGiven(method: method, scope: [.keepRecord])
        }
        var sexValue: SexGender?
        if let sex {
            guard let s = SexGender(rawValue: sex) else {
                Console.error("\(CaseStoreText.fieldSex(lang)): " + SexGender.allCases.map(\.rawValue).joined(separator: " | "))
                throw ExitCode(65)
            }
            sexValue = s
        }
        var phones = phone.map { PhoneDraft($0) }
        if let whatsapp { phones.append(PhoneDraft(whatsapp, whatsApp: true)) }
        let draft = PersonDraft(
            givenNames: given, firstSurname: surname1, secondSurname: surname2, preferredName: preferred,
            birthDate: birth, approximateAge: age, sex: sexValue, phones: phones, email: email, curp: curp,
            city: city, usState: usState, zip: zip, originState: originState,
            originMunicipality: originMunicipality, hometownAssociation: hometown)
        let result = try StoreExit.run(lang) {
            try session.desk.intake(IntakeRequest(person: .new(draft), area: area, priority: priority,
                                                  description: description, consent: consentGiven),
                                    by: session.user)
        }
        for warning in result.warnings {
            Console.error("\(CaseStoreText.cliWarning(lang)): \(warning.line(lang))")
        }
        if result.taken { Console.error(CaseStoreText.cliTaken.format(lang, ["number": result.opened.number])) }
        Console.print(result.opened.number)
    }
}

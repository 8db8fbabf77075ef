import ArgumentParser
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace referral create --kin-from person:<id>|contact:<id>`: the funeral referral's next
/// of kin taken from the household of the case's person.
enum ReferralKinChoice {
    static func pick(_ key: String, case caseText: String, _ s: DeskSession) throws -> NextOfKinContact {
        let caseId = try s.caseId(caseText)
        let household = try s.run { try s.desk.household(ofCase: caseId, by: s.user) }
        guard let choice = household.nextOfKinChoices(s.language).first(where: { $0.key == key }) else {
            Console.error(FamilyCLIText.notInHousehold.format(s.language, ["key": key]))
            throw ExitCode(DeskExit.validation)
        }
        return choice.contact
    }
}

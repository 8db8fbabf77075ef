import EnlaceCore

/// The message catalogs defined in EnlaceTUI (the command registry included); the catalog test
/// checks every listed one.
public enum TUICatalogs {
    public static var all: [CatalogListing] {
        [
            CatalogListing(TUIText.self),
            CatalogListing(FormText.self),
            CatalogListing(ThemeText.self),
            CatalogListing(TerminalText.self),
            CatalogListing(ConfigText.self),
            CatalogListing(CLIText.self),
            CatalogListing(KeysCLIText.self),
            CatalogListing(ArgumentText.self),
            CatalogListing(BenchText.self),
            CatalogListing(FaultBenchText.self),
            CatalogListing(FaultScreenText.self),
            CatalogListing(FrameBenchText.self),
            CatalogListing(FuzzBenchText.self),
            CatalogListing(DeskCLIText.self),
            CatalogListing(StaffCLIText.self),
            CatalogListing(PersonCLIText.self),
            CatalogListing(FamilyCLIText.self),
            CatalogListing(RightsCLIText.self),
            CatalogListing(PersonRightsTabText.self),
            CatalogListing(PersonAccessTabText.self),
            CatalogListing(AuditChainBenchText.self),
            CatalogListing(AdminText.self),
            CatalogListing(StaffTabText.self),
            CatalogListing(PartnersTabText.self),
            CatalogListing(PartnerCLIText.self),
            CatalogListing(BackupDeskText.self),
            CatalogListing(BackupsTabText.self),
            CatalogListing(ChecklistTabText.self),
            CatalogListing(OrganizationTabText.self),
            CatalogListing(CaseDetailText.self),
            CatalogListing(PersonScreenText.self),
            CatalogListing(FamilyText.self),
            CatalogListing(PersonDocumentsTabText.self),
            CatalogListing(PersonFileText.self),
            CatalogListing(PersonFileDocumentsText.self),
            CatalogListing(PersonDocumentCLIText.self),
            CatalogListing(HomeText.self),
            CatalogListing(FollowUpsText.self),
            CatalogListing(LockText.self),
            CatalogListing(SignInText.self),
            CatalogListing(SearchText.self),
            CatalogListing(ReferralScreenText.self),
            CatalogListing(ReviewText.self),
            CatalogListing(ReportsText.self),
            CatalogListing(IntakeText.self),
            CatalogListing(ImportDeskText.self),
            CatalogListing(HelpText.self),
            CatalogListing(name: "KeyBindings", texts: HelpText.sections.flatMap { entry in
                entry.section.keys.enumerated().map { (id: "\(entry.section.title.en).\($0.offset)", text: $0.element.help) }
                    + [(id: entry.section.title.en, text: entry.section.title)]
            }),
            CatalogListing(name: "CommandRegistry", texts: CommandRegistry.standard.commands.flatMap {
                [(id: $0.id.rawValue + ".label", text: $0.label), (id: $0.id.rawValue + ".help", text: $0.help)]
            }),
        ]
    }
}

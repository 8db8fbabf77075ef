/// The message catalogs defined in EnlaceCore. Add each new catalog here; the catalog test
/// checks every text of every listed catalog.
public enum CoreCatalogs {
    public static var all: [CatalogListing] {
        [
            CatalogListing(DomainText.self),
            CatalogListing(CURPMessage.self),
            CatalogListing(PhoneMessage.self),
            CatalogListing(DateMessage.self),
            CatalogListing(MonthName.self),
            CatalogListing(PersonText.self),
            CatalogListing(CaseText.self),
            CatalogListing(ReferralText.self),
            CatalogListing(ChecklistText.self),
            CatalogListing(FollowUpText.self),
            CatalogListing(AuditText.self),
            CatalogListing(WorkflowText.self),
            CatalogListing(PermissionText.self),
            CatalogListing(ReportText.self),
            CatalogListing(PasswordMessage.self),
            CatalogListing(PartnerText.self),
            CatalogListing(DataRightsText.self),
            CatalogListing(DocumentText.self),
            CatalogListing(ImportText.self),
            CatalogListing(AuditChainText.self),
            CatalogListing(PersonAccessText.self),
        ]
    }
}

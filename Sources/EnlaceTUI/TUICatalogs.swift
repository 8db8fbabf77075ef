import EnlaceCore

/// The message catalogs defined in EnlaceTUI; the catalog test checks every listed one.
public enum TUICatalogs {
    public static var all: [CatalogListing] {
        []
    }
}

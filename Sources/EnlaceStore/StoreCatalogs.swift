import EnlaceCore

/// The message catalogs defined in EnlaceStore; the catalog test checks every listed one.
public enum StoreCatalogs {
    public static var all: [CatalogListing] {
        []
    }
}

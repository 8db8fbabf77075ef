import EnlaceCore

/// Texts of `enlace seed` and `enlace bench`.
public enum BenchText: String, MessageCatalog {
    case needDb, badSizes, seeded, reusing, seeding, header, sizeLine, releaseHint

    public var text: LocalizedText {
        switch self {
        case .needDb:
            return .init(es: "Indique el archivo con --db RUTA.", en: "Name the file with --db PATH.")
        case .badSizes:
            return .init(es: "--people espera uno o más números positivos separados por comas, no «{value}».",
                         en: "--people takes one or more positive numbers separated by commas, not “{value}”.")
        case .seeded:
            return .init(es: "{people} {people|persona|personas}, {cases} {cases|caso|casos}, {referrals} {referrals|canalización|canalizaciones} y {followups} {followups|seguimiento|seguimientos} en {seconds} s: {path}",
                         en: "{people} {people|person|people}, {cases} {cases|case|cases}, {referrals} {referrals|referral|referrals} and {followups} {followups|follow-up|follow-ups} in {seconds} s: {path}")
        case .reusing:
            return .init(es: "Se usa la base existente {path}.", en: "Reusing the existing database {path}.")
        case .seeding:
            return .init(es: "Generando {people} {people|persona|personas} en {path}…", en: "Generating {people} {people|person|people} at {path}…")
        case .header:
            return .init(es: "operación", en: "operation")
        case .sizeLine:
            return .init(es: "Tamaño: {people} {people|persona|personas}, {cases} {cases|caso|casos}, {referrals} {referrals|canalización|canalizaciones}, {followups} {followups|seguimiento|seguimientos}, {mb} MB. Muestras por operación: {samples}.",
                         en: "Size: {people} {people|person|people}, {cases} {cases|case|cases}, {referrals} {referrals|referral|referrals}, {followups} {followups|follow-up|follow-ups}, {mb} MB. Samples per operation: {samples}.")
        case .releaseHint:
            return .init(es: "Para cifras representativas compile en modo release: swift run -c release enlace bench …",
                         en: "For representative figures build in release mode: swift run -c release enlace bench …")
        }
    }
}

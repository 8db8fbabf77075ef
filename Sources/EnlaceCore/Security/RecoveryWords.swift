import Foundation

/// The organization's recovery key written as words, for paper: 16 random bytes (128 bits)
/// as 16 words of a list of 256 plain Spanish words (one byte each), then one check word (a
/// CRC-8 of the bytes) that catches a word written wrong or two words swapped.
///
/// Every word's first four letters are unique in the list, so typing four letters is enough;
/// capitals, accents, commas, hyphens and line breaks between words do not matter. Pure: the
/// caller brings the random bytes (the system's generator, at the edge).
public enum RecoveryWords {
    /// Bytes of the key the words carry.
    public static let byteCount = 16
    /// Words written: the key's, then the check word.
    public static let wordCount = byteCount + 1

    /// Why typed words were refused: each says where to look, never what the key is.
    public enum Problem: Error, Sendable, Equatable {
        /// Not 17 words.
        case count(found: Int)
        /// The word at `position` (1-based) is not in the list.
        case unknownWord(position: Int, word: String)
        /// Every word is in the list but the check word does not match: one is wrong or two
        /// are swapped.
        case checksum
    }

    /// The 17 words for `bytes` (which must be `byteCount` long).
    public static func encode(_ bytes: [UInt8]) -> [String] {
        precondition(bytes.count == byteCount, "a recovery key has \(byteCount) bytes")
        return (bytes + [crc8(bytes)]).map { list[Int($0)] }
    }

    /// The key's bytes from typed words.
    public static func decode(_ typed: String) -> Result<[UInt8], Problem> {
        let words = typed.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.count == wordCount else { return .failure(.count(found: words.count)) }
        var bytes: [UInt8] = []
        for (index, word) in words.enumerated() {
            guard let value = byte(of: word) else {
                return .failure(.unknownWord(position: index + 1, word: word))
            }
            bytes.append(value)
        }
        let key = Array(bytes.prefix(byteCount))
        guard crc8(key) == bytes[byteCount] else { return .failure(.checksum) }
        return .success(key)
    }

    /// The list position of a typed word: the whole word, or its first four letters or more.
    static func byte(of typed: String) -> UInt8? {
        let folded = typed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if let exact = list.firstIndex(of: folded) { return UInt8(exact) }
        guard folded.count >= 4 else { return nil }
        return list.firstIndex { $0.hasPrefix(folded) }.map { UInt8($0) }
    }

    /// CRC-8 (polynomial 0x07) of `bytes`.
    static func crc8(_ bytes: [UInt8]) -> UInt8 {
        var crc: UInt8 = 0
        for byte in bytes {
            crc ^= byte
            for _ in 0..<8 { crc = crc & 0x80 != 0 ? (crc << 1) ^ 0x07 : crc << 1 }
        }
        return crc
    }

    /// 256 words, sorted, ASCII, no two sharing their first four letters.
    static let list: [String] = [
        "abeja", "aguacate", "aguila", "aguja", "ajo", "alce", "aldea", "anillo", "ardilla",
        "arena", "arroz", "atole", "avenida", "azucar", "azul", "bahia", "balcon",
        "ballena", "banco", "barco", "barrio", "blanco", "bolsa", "bosque", "botella",
        "brisa", "brocha", "buho", "burro", "caballo", "cable", "cabra", "cacao", "cadena",
        "cafe", "cajon", "calabaza", "calle", "camello", "camino", "campana", "canario",
        "candado", "canela", "cangrejo", "capilla", "carta", "cascada", "castor", "cebolla",
        "cebra", "cepillo", "cerdo", "cereza", "cerro", "chile", "cielo", "ciervo", "cinta",
        "ciruela", "cisne", "ciudad", "clavo", "cobija", "cocina", "coco", "colina",
        "cometa", "conejo", "coyote", "cuaderno", "cuchara", "cueva", "delfin", "desierto",
        "duna", "durazno", "elefante", "elote", "escuela", "espejo", "establo", "estrella",
        "faro", "flor", "foca", "fresa", "frijol", "fuego", "gallina", "ganso", "garza",
        "gaviota", "glaciar", "globo", "gorila", "granizo", "grillo", "guayaba", "guitarra",
        "halcon", "hamaca", "harina", "helado", "hielo", "hilo", "hoja", "hormiga",
        "huerta", "huevo", "iglesia", "iguana", "isla", "jabali", "jaguar", "jamon",
        "jardin", "jarra", "jicama", "jirafa", "koala", "lagarto", "lago", "laguna",
        "lampara", "lapiz", "leon", "libro", "liebre", "limon", "linterna", "llano",
        "llave", "lluvia", "lobo", "loro", "luna", "maleta", "mango", "manzana", "mapache",
        "marea", "mariposa", "martillo", "medusa", "melon", "mercado", "mesa", "miel",
        "mochila", "mole", "molino", "moneda", "mono", "monte", "mosca", "muelle", "mula",
        "museo", "musgo", "naranja", "niebla", "nieve", "nopal", "nube", "nuez", "nutria",
        "oasis", "oceano", "ola", "oveja", "pala", "palma", "paloma", "panda", "pantera",
        "papaya", "papel", "parque", "pasto", "patio", "pato", "pavo", "peine", "pelota",
        "pepino", "pera", "perico", "piano", "piedra", "pincel", "pinguino", "planeta",
        "platano", "playa", "plaza", "pozole", "pradera", "pueblo", "puente", "puerta",
        "pulpo", "puma", "queso", "radio", "rana", "rancho", "raton", "rayo", "reloj",
        "rio", "roble", "roca", "rocio", "salmon", "sandia", "sapo", "sauce", "selva",
        "sendero", "sierra", "silla", "sol", "sombrero", "sopa", "tamal", "tambor", "taza",
        "tiburon", "tienda", "tierra", "tigre", "tijera", "tomate", "topo", "toro", "torre",
        "tortuga", "trompo", "trucha", "trueno", "uva", "vaca", "vainilla", "valle", "vaso",
        "vela", "venado", "ventana", "viento", "violin", "volcan", "yogur", "zanahoria",
        "zapato", "zorro",
    ]
}

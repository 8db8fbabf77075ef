/// A temporary password an admin reads to a new colleague or one who forgot theirs: three
/// short Spanish words and two digits ("maiz-cerro-luna-47"), easy to say aloud and to type,
/// about 30 bits from the generator. It only has to last until the first sign-in, which
/// replaces it. Pure: the caller passes the random source (the system's at the edge).
public enum TemporaryPassword {
    static let words = [
        "agua", "arena", "arroz", "bahia", "barco", "boca", "bosque", "cafe", "calle", "campo",
        "canto", "cerro", "cielo", "cobre", "color", "dulce", "flor", "fruta", "fuego", "gato",
        "hoja", "huerta", "isla", "jardin", "lago", "lapiz", "leche", "libro", "lima", "llave",
        "luna", "maiz", "mango", "mar", "mesa", "miel", "monte", "nieve", "nopal", "nube",
        "olivo", "palma", "pan", "papel", "perro", "piedra", "playa", "plaza", "puente", "radio",
        "rio", "roble", "rosa", "sal", "selva", "sol", "taco", "tierra", "trigo", "valle",
        "verde", "viento", "vino", "zorro",
    ]

    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let picked = (0..<3).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }
        let digits = Int.random(in: 10...99, using: &generator)
        return (picked + ["\(digits)"]).joined(separator: "-")
    }
}

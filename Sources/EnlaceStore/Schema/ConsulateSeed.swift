import GRDB

/// Mexican consulates shipped in every new database's partner directory (public offices).
/// Addresses and phones are the published ones at the time of writing; admins edit them.
enum ConsulateSeed {
    struct Consulate {
        let name, city, state, phone, address: String
    }

    static let all: [Consulate] = [
        .init(name: "Consulado General de México en Chicago", city: "Chicago", state: "IL",
              phone: "+13127382383", address: "204 S Ashland Ave, Chicago, IL 60607"),
        .init(name: "Consulado General de México en Los Ángeles", city: "Los Angeles", state: "CA",
              phone: "+12133516800", address: "2401 W 6th St, Los Angeles, CA 90057"),
        .init(name: "Consulado General de México en Houston", city: "Houston", state: "TX",
              phone: "+17132716800", address: "4506 Caroline St, Houston, TX 77004"),
        .init(name: "Consulado General de México en Dallas", city: "Dallas", state: "TX",
              phone: "+12149328670", address: "1210 River Bend Dr, Dallas, TX 75247"),
        .init(name: "Consulado General de México en Nueva York", city: "New York", state: "NY",
              phone: "+12122176400", address: "27 E 39th St, New York, NY 10016"),
        .init(name: "Consulado General de México en Atlanta", city: "Atlanta", state: "GA",
              phone: "+14042662233", address: "1700 Chantilly Dr NE, Atlanta, GA 30324"),
        .init(name: "Consulado General de México en Phoenix", city: "Phoenix", state: "AZ",
              phone: "+16022427398", address: "320 E McDowell Rd, Phoenix, AZ 85004"),
        .init(name: "Consulado General de México en San Diego", city: "San Diego", state: "CA",
              phone: "+16192318414", address: "1549 India St, San Diego, CA 92101"),
        .init(name: "Consulado General de México en Denver", city: "Denver", state: "CO",
              phone: "+13033311110", address: "5350 Leetsdale Dr, Denver, CO 80246"),
        .init(name: "Consulado General de México en San Antonio", city: "San Antonio", state: "TX",
              phone: "+12102279145", address: "127 Navarro St, San Antonio, TX 78205"),
        .init(name: "Consulado General de México en San José", city: "San Jose", state: "CA",
              phone: "+14082943414", address: "2125 Zanker Rd, San Jose, CA 95131"),
        .init(name: "Consulado de México en Raleigh", city: "Raleigh", state: "NC",
              phone: "+19196153653", address: "431 Raleigh View Rd, Raleigh, NC 27610"),
        .init(name: "Consulado General de México en Miami", city: "Miami", state: "FL",
              phone: "+17867167800", address: "1399 SW 1st Ave, Miami, FL 33130"),
    ]

    static func insert(into db: Database) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO partners (name, kinds, city, us_state, phone, address, is_consulate,
                                  notes, created_at, updated_at)
            VALUES (?, '["consularOrientation","funeralAssistance","legalAid"]', ?, ?, ?, ?, 1,
                    'Verifique dirección y teléfono antes de enviar a alguien.', 0, 0)
            """)
        for c in all {
            try statement.execute(arguments: [c.name, c.city, c.state, c.phone, c.address])
        }
    }
}

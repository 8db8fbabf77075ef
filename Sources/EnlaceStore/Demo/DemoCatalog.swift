/// The raw material of the demo data: names, places and texts with rough real-world weights.
enum DemoCatalog {
    typealias Weighted<T> = [(T, Int)]

    static let maleGiven: Weighted<String> = [
        ("José", 6), ("Juan", 6), ("Luis", 4), ("Carlos", 4), ("Jorge", 3), ("Miguel", 3),
        ("Francisco", 4), ("Jesús", 4), ("Antonio", 3), ("Alejandro", 3), ("Pedro", 2),
        ("Manuel", 2), ("Ricardo", 2), ("Fernando", 2), ("Javier", 2), ("Roberto", 2),
        ("Eduardo", 2), ("Raúl", 2), ("Sergio", 2), ("Martín", 2), ("Rafael", 2), ("Arturo", 2),
        ("Daniel", 2), ("Víctor", 2), ("Alberto", 2), ("Andrés", 1), ("Héctor", 1),
        ("Salvador", 1), ("Ignacio", 1), ("Guillermo", 1), ("Rubén", 1), ("Efraín", 1),
        ("Joaquín", 1), ("Julián", 1), ("Ángel", 1), ("Ramón", 1), ("Gerardo", 1),
        ("Armando", 1), ("Enrique", 1), ("Óscar", 1), ("Lorenzo", 1),
        ("José Luis", 4), ("Juan Carlos", 3), ("José María", 2), ("José Ángel", 2),
        ("Juan Manuel", 2), ("Luis Fernando", 1), ("Miguel Ángel", 3), ("José de Jesús", 2),
        ("Juan Pablo", 1), ("José Antonio", 2), ("Jesús Alberto", 1), ("Francisco Javier", 2),
    ]

    static let femaleGiven: Weighted<String> = [
        ("María", 5), ("Guadalupe", 4), ("Juana", 2), ("Margarita", 2), ("Verónica", 2),
        ("Leticia", 2), ("Rosa", 2), ("Patricia", 2), ("Alejandra", 2), ("Elizabeth", 2),
        ("Gabriela", 2), ("Adriana", 2), ("Claudia", 2), ("Silvia", 1), ("Sofía", 2),
        ("Mónica", 1), ("Araceli", 1), ("Yolanda", 1), ("Beatriz", 1), ("Lucía", 2), ("Ana", 2),
        ("Carmen", 1), ("Dolores", 1), ("Teresa", 1), ("Norma", 1), ("Rocío", 1),
        ("Consuelo", 1), ("Esperanza", 1), ("Xóchitl", 1), ("Itzel", 1), ("Fernanda", 1),
        ("Daniela", 1), ("Ximena", 1), ("Concepción", 1),
        ("María de Jesús", 3), ("María Guadalupe", 4), ("María del Carmen", 2),
        ("María Elena", 2), ("Ana María", 2), ("María de los Ángeles", 1),
        ("María Fernanda", 1), ("Rosa María", 2), ("María José", 1), ("Martha Patricia", 1),
    ]

    /// Nicknames a person may go by, keyed by given names.
    static let nicknames: [String: [String]] = [
        "José": ["Pepe"], "José María": ["Chema"], "Jesús": ["Chuy"], "José de Jesús": ["Chuy"],
        "Guadalupe": ["Lupe"], "María Guadalupe": ["Lupita", "Lupe"],
        "Francisco": ["Paco", "Pancho"], "Francisco Javier": ["Paco"], "Ignacio": ["Nacho"],
        "Guillermo": ["Memo"], "Eduardo": ["Lalo"], "Antonio": ["Toño"], "José Antonio": ["Toño"],
        "Alberto": ["Beto"], "Roberto": ["Beto"], "Consuelo": ["Chelo"], "Dolores": ["Lola"],
        "Concepción": ["Concha"], "Rocío": ["Chío"], "Lorenzo": ["Lencho"],
    ]

    static let surnames: Weighted<String> = [
        ("Hernández", 10), ("García", 9), ("Martínez", 8), ("López", 8), ("González", 8),
        ("Pérez", 6), ("Rodríguez", 6), ("Sánchez", 6), ("Ramírez", 6), ("Cruz", 4),
        ("Flores", 4), ("Gómez", 4), ("Morales", 3), ("Vázquez", 3), ("Reyes", 3),
        ("Jiménez", 3), ("Torres", 3), ("Díaz", 3), ("Gutiérrez", 3), ("Ruiz", 2),
        ("Mendoza", 2), ("Aguilar", 2), ("Ortiz", 2), ("Moreno", 2), ("Castillo", 2),
        ("Romero", 2), ("Álvarez", 2), ("Méndez", 2), ("Chávez", 2), ("Rivera", 2),
        ("Juárez", 2), ("Ramos", 2), ("Domínguez", 2), ("Herrera", 2), ("Medina", 2),
        ("Castro", 2), ("Vargas", 2), ("Guzmán", 2), ("Velázquez", 2), ("Muñoz", 2),
        ("Núñez", 1), ("Ibarra", 1), ("Peña", 1), ("Salazar", 1), ("Contreras", 1), ("Luna", 1),
        ("Delgado", 1), ("Ríos", 1), ("Estrada", 1), ("Cervantes", 1), ("Solís", 1),
        ("Ávila", 1), ("Maldonado", 1), ("Orozco", 1), ("Zúñiga", 1), ("Espinoza", 1),
        ("de la Cruz", 1), ("de León", 1), ("Villanueva", 1), ("Santiago", 1), ("Bautista", 1),
        ("Cisneros", 1), ("Ochoa", 1), ("Carrillo", 1), ("Sandoval", 1), ("Trejo", 1),
    ]

    struct OriginState {
        let code: String, curp: String, name: String
        let municipalities: [String]
    }

    static let originStates: Weighted<OriginState> = [
        (.init(code: "11", curp: "GT", name: "Guanajuato", municipalities: [
            "León", "Irapuato", "Celaya", "Dolores Hidalgo", "Pénjamo", "Acámbaro", "Salvatierra",
            "San Miguel de Allende", "Moroleón", "Yuriria"]), 14),
        (.init(code: "16", curp: "MN", name: "Michoacán", municipalities: [
            "Morelia", "Uruapan", "Zamora", "Apatzingán", "Zitácuaro", "Huetamo", "Sahuayo",
            "Jiquilpan", "Tlalpujahua"]), 13),
        (.init(code: "14", curp: "JC", name: "Jalisco", municipalities: [
            "Guadalajara", "Tepatitlán de Morelos", "Arandas", "Lagos de Moreno",
            "San Juan de los Lagos", "Jalostotitlán", "Ameca", "Autlán de Navarro"]), 12),
        (.init(code: "32", curp: "ZS", name: "Zacatecas", municipalities: [
            "Zacatecas", "Fresnillo", "Jerez", "Jalpa", "Tlaltenango de Sánchez Román",
            "Nochistlán de Mejía"]), 7),
        (.init(code: "20", curp: "OC", name: "Oaxaca", municipalities: [
            "Oaxaca de Juárez", "Juchitán de Zaragoza", "Heroica Ciudad de Tlaxiaco",
            "Heroica Ciudad de Huajuapan de León", "Santiago Juxtlahuaca"]), 6),
        (.init(code: "12", curp: "GR", name: "Guerrero", municipalities: [
            "Acapulco de Juárez", "Chilpancingo de los Bravo", "Iguala de la Independencia",
            "Taxco de Alarcón", "Tlapa de Comonfort"]), 6),
        (.init(code: "21", curp: "PL", name: "Puebla", municipalities: [
            "Puebla", "Atlixco", "Tehuacán", "Izúcar de Matamoros", "Piaxtla"]), 6),
        (.init(code: "15", curp: "MC", name: "Estado de México", municipalities: [
            "Toluca", "Ecatepec de Morelos", "Nezahualcóyotl", "Tejupilco", "Ixtapan de la Sal"]), 6),
        (.init(code: "13", curp: "HG", name: "Hidalgo", municipalities: [
            "Pachuca de Soto", "Ixmiquilpan", "Actopan", "Tulancingo de Bravo", "Zimapán"]), 5),
        (.init(code: "24", curp: "SP", name: "San Luis Potosí", municipalities: [
            "San Luis Potosí", "Rioverde", "Matehuala", "Ciudad Valles"]), 4),
        (.init(code: "10", curp: "DG", name: "Durango", municipalities: [
            "Durango", "Gómez Palacio", "Santiago Papasquiaro"]), 3),
        (.init(code: "30", curp: "VZ", name: "Veracruz", municipalities: [
            "Veracruz", "Xalapa", "Córdoba", "Papantla"]), 3),
        (.init(code: "09", curp: "DF", name: "Ciudad de México", municipalities: [
            "Iztapalapa", "Gustavo A. Madero", "Coyoacán"]), 3),
        (.init(code: "19", curp: "NL", name: "Nuevo León", municipalities: [
            "Monterrey", "Guadalupe"]), 2),
        (.init(code: "07", curp: "CS", name: "Chiapas", municipalities: [
            "Tuxtla Gutiérrez", "Tapachula"]), 2),
        (.init(code: "08", curp: "CH", name: "Chihuahua", municipalities: [
            "Juárez", "Chihuahua"]), 2),
    ]

    struct USCity {
        let city: String, state: String
        let zips: [String]
        let areaCodes: [String]
    }

    static let usCities: Weighted<USCity> = [
        (.init(city: "Chicago", state: "IL", zips: ["60608", "60623", "60632", "60629", "60609", "60647"],
               areaCodes: ["773", "312", "872"]), 20),
        (.init(city: "Cicero", state: "IL", zips: ["60804"], areaCodes: ["708"]), 3),
        (.init(city: "Aurora", state: "IL", zips: ["60505", "60506"], areaCodes: ["630"]), 2),
        (.init(city: "Los Angeles", state: "CA", zips: ["90011", "90033", "90022", "90063"],
               areaCodes: ["213", "323"]), 14),
        (.init(city: "Houston", state: "TX", zips: ["77011", "77023", "77036"],
               areaCodes: ["713", "832", "281"]), 10),
        (.init(city: "Dallas", state: "TX", zips: ["75211", "75212", "75216"],
               areaCodes: ["214", "469", "972"]), 8),
        (.init(city: "San Antonio", state: "TX", zips: ["78207", "78237"], areaCodes: ["210"]), 4),
        (.init(city: "Atlanta", state: "GA", zips: ["30340", "30341"], areaCodes: ["404", "678", "770"]), 5),
        (.init(city: "Phoenix", state: "AZ", zips: ["85009", "85033", "85035"],
               areaCodes: ["602", "480", "623"]), 6),
        (.init(city: "New York", state: "NY", zips: ["10029", "11372", "11220"],
               areaCodes: ["718", "347", "917"]), 6),
        (.init(city: "Denver", state: "CO", zips: ["80219", "80204"], areaCodes: ["303", "720"]), 4),
        (.init(city: "Raleigh", state: "NC", zips: ["27610", "27604"], areaCodes: ["919", "984"]), 3),
        (.init(city: "Charlotte", state: "NC", zips: ["28205", "28212"], areaCodes: ["704", "980"]), 2),
        (.init(city: "San Jose", state: "CA", zips: ["95122", "95116"], areaCodes: ["408"]), 3),
        (.init(city: "San Diego", state: "CA", zips: ["92113", "92105"], areaCodes: ["619"]), 3),
        (.init(city: "Milwaukee", state: "WI", zips: ["53204", "53215"], areaCodes: ["414"]), 2),
        (.init(city: "Las Vegas", state: "NV", zips: ["89115", "89101"], areaCodes: ["702"]), 2),
    ]

    static let descriptions: [String: [String]] = [
        "health": [
            "Solicita cita de telemedicina por dolor de espalda persistente.",
            "Orientación sobre clínicas comunitarias para personas sin seguro médico.",
            "Acompañamiento a sala de emergencias; seguimiento de la factura del hospital.",
            "Fallecimiento de un familiar; pide apoyo para repatriar los restos.",
            "Control de diabetes; quiere consulta médica en español.",
            "Vacunas de los niños; orientación sobre el programa del condado.",
            "Consulta por presión alta; no tiene médico de cabecera.",
        ],
        "legal": [
            "Orientación para tramitar matrícula consular y pasaporte.",
            "Robo de salario en una obra de construcción; pide asesoría laboral.",
            "Aviso de desalojo; necesita asesoría de vivienda.",
            "Renovación de DACA; revisar documentos y fechas.",
            "Familiar detenido por ICE; busca representación legal.",
            "Registro de nacimiento de su hija nacida en EE. UU. (doble nacionalidad).",
            "Poder notarial para un trámite de terreno en México.",
            "Credencial para votar desde el extranjero.",
        ],
        "education": [
            "Inscripción de sus hijos en la escuela pública; orientación.",
            "Busca clases de inglés para adultos en la tarde.",
            "Información sobre el examen GED en español.",
            "Quiere asistir al taller de derechos laborales.",
            "Orientación sobre becas para estudiantes de preparatoria.",
        ],
    ]

    static let outcomes = ["resolved", "serviceCompleted", "clientWithdrew", "unreachable",
                           "ineligible", "transferred"]
    static let waitingOn = ["client", "provider", "consulate", "documents"]
    static let channels = ["call", "whatsapp", "sms", "visit"]

    struct DemoPartner {
        let name: String, kinds: String, city: String, state: String
    }

    /// Fictitious partners, for demo databases only.
    static let partners: [DemoPartner] = [
        .init(name: "Red de Telemedicina Salud Sin Fronteras", kinds: #"["telemedicine"]"#,
              city: "Chicago", state: "IL"),
        .init(name: "Telesalud Latina del Suroeste", kinds: #"["telemedicine"]"#,
              city: "Phoenix", state: "AZ"),
        .init(name: "Centro Legal Comunitario del Medio Oeste", kinds: #"["legalAid"]"#,
              city: "Chicago", state: "IL"),
        .init(name: "Defensa Migrante de Texas", kinds: #"["legalAid"]"#,
              city: "Houston", state: "TX"),
        .init(name: "Abogados por los Derechos Laborales", kinds: #"["legalAid"]"#,
              city: "Los Angeles", state: "CA"),
        .init(name: "Funeraria Nuestra Señora de Guadalupe", kinds: #"["funeralAssistance"]"#,
              city: "Chicago", state: "IL"),
        .init(name: "Servicios Funerarios y Traslados del Bajío", kinds: #"["funeralAssistance"]"#,
              city: "Houston", state: "TX"),
    ]
}

/// Names as a person types them by ear, and the name meant: the commonest Mexican surnames
/// (INEGI/RENAPO frequency lists, our own selection of 100) and common given names, with the
/// respellings of Mexican Spanish: b/v, c/s/z, ll/y/l, silent h, h for j, g/j before e/i,
/// gue/gui written ge/gi, qu/k, x/j/s, a final z/s, the d dropped in -ado.
enum SoundAlikeCases {
    /// The commonest surnames, as registered.
    static let surnames = [
        "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
        "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres",
        "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero",
        "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina",
        "Castro", "Vargas", "Guzmán", "Velázquez", "Muñoz", "Rojas", "Contreras", "Salazar", "Luna",
        "Ortega", "Santiago", "Guerrero", "Estrada", "Bautista", "Cortés", "Soto", "Alvarado",
        "Espinoza", "Lara", "Ávila", "Ríos", "Cervantes", "Silva", "Delgado", "Vega", "Márquez",
        "Sandoval", "Fernández", "León", "Carrillo", "Mejía", "Solís", "Núñez", "Rosas", "Valdez",
        "Ibarra", "Campos", "Santos", "Camacho", "Navarro", "Peña", "Maldonado", "Rosales", "Acosta",
        "Miranda", "Trejo", "Valencia", "Nava", "Pacheco", "Robles", "Molina", "Rangel", "Huerta",
        "Fuentes", "Cabrera", "Villanueva", "Ayala", "Salinas", "Cárdenas", "Zúñiga", "Galván",
        "Benítez", "Cisneros", "Escobar", "Villegas",
    ]

    /// Given names of the population (the first word of each person's given names).
    static let givenNames = [
        "Gerardo", "Guillermo", "Javier", "Yolanda", "Silvia", "Verónica", "Eduardo", "Jorge",
        "Gilberto", "Gisela", "Xóchitl", "Héctor", "Hugo", "Ximena", "Cecilia", "Lucía", "Esteban",
        "Víctor", "Alberto", "Jesús", "Rogelio", "Angélica", "Higinio", "Elvira", "Sergio",
    ]

    /// (typed, meant): a surname or a given name of the lists above.
    static let pairs: [(String, String)] = [
        // The issue's own.
        ("rodriges", "Rodríguez"), ("rodrigez", "Rodríguez"), ("dominges", "Domínguez"),
        ("bilanueva", "Villanueva"), ("maldonao", "Maldonado"), ("huarez", "Juárez"),
        // gue/gui written ge/gi, and a final z/s.
        ("rodrigues", "Rodríguez"), ("rodriguess", "Rodríguez"), ("domingez", "Domínguez"),
        ("domingues", "Domínguez"), ("gerrero", "Guerrero"),
        // b/v, w.
        ("basquez", "Vázquez"), ("vazques", "Vázquez"), ("barjas", "Vargas"), ("bargas", "Vargas"),
        ("bega", "Vega"), ("belazquez", "Velázquez"), ("velasques", "Velázquez"), ("rivera", "Rivera"),
        ("ribera", "Rivera"), ("alvarado", "Alvarado"), ("albarado", "Alvarado"), ("alvares", "Álvarez"),
        ("albarez", "Álvarez"), ("chabez", "Chávez"), ("chaves", "Chávez"), ("nabarro", "Navarro"), ("robles", "Robles"), ("rovles", "Robles"), ("cervantes", "Cervantes"),
        ("serbantes", "Cervantes"), ("servantes", "Cervantes"), ("nava", "Nava"), ("naba", "Nava"),
        ("galvan", "Galván"), ("galban", "Galván"), ("venites", "Benítez"), ("benitez", "Benítez"),
        ("escovar", "Escobar"), ("billegas", "Villegas"), ("viyegas", "Villegas"),
        ("valensia", "Valencia"), ("balencia", "Valencia"), ("baldez", "Valdez"), ("baldes", "Valdez"),
        ("silba", "Silva"), ("cavrera", "Cabrera"),
        // c/s/z, x.
        ("gonsales", "González"), ("gonzales", "González"), ("sanches", "Sánchez"), ("zanchez", "Sánchez"),
        ("martines", "Martínez"), ("martinex", "Martínez"), ("peres", "Pérez"), ("lopes", "López"),
        ("ramires", "Ramírez"), ("crus", "Cruz"), ("gomes", "Gómez"), ("reyez", "Reyes"),
        ("jimenes", "Jiménez"), ("gimenez", "Jiménez"), ("ximenez", "Jiménez"), ("dias", "Díaz"),
        ("gutierres", "Gutiérrez"), ("ruis", "Ruiz"), ("mendosa", "Mendoza"), ("ortis", "Ortiz"),
        ("mendes", "Méndez"), ("munos", "Muñoz"), ("salasar", "Salazar"), ("zalazar", "Salazar"),
        ("cortez", "Cortés"), ("espinosa", "Espinoza"), ("marques", "Márquez"), ("markez", "Márquez"),
        ("fernandes", "Fernández"), ("solis", "Solís"), ("soliz", "Solís"), ("nunes", "Núñez"),
        ("rozas", "Rosas"), ("rosaz", "Rosas"), ("santoz", "Santos"), ("rosalez", "Rosales"),
        ("cardenaz", "Cárdenas"), ("cardenas", "Cárdenas"), ("zuniga", "Zúñiga"), ("suniga", "Zúñiga"),
        ("sisneros", "Cisneros"), ("cisnerox", "Cisneros"), ("acozta", "Acosta"), ("salinaz", "Salinas"),
        ("sesilia", "Cecilia"), ("cesilia", "Cecilia"), ("lusia", "Lucía"), ("sochitl", "Xóchitl"),
        ("jimena", "Ximena"), ("simena", "Ximena"),
        // silent h, h for j, j for h.
        ("ernandez", "Hernández"), ("ernandes", "Hernández"), ("jernandez", "Hernández"),
        ("erera", "Herrera"), ("errera", "Herrera"), ("jerrera", "Herrera"), ("uerta", "Huerta"),
        ("juerta", "Huerta"), ("ector", "Héctor"), ("ugo", "Hugo"), ("juarez", "Juárez"),
         ("himénez", "Jiménez"), ("trejo", "Trejo"),
        ("treho", "Trejo"), ("mejia", "Mejía"), ("mehia", "Mejía"), ("megia", "Mejía"),
        ("javier", "Javier"), ("havier", "Javier"), ("jorje", "Jorge"), ("horge", "Jorge"),
        ("ijinio", "Higinio"), ("iginio", "Higinio"),
        // g/j before e/i.
        ("jerardo", "Gerardo"), ("jilberto", "Gilberto"), ("jisela", "Gisela"), ("anjelica", "Angélica"),
        ("rojelio", "Rogelio"), ("serjio", "Sergio"), ("rangel", "Rangel"), ("ranjel", "Rangel"),
        ("gillermo", "Guillermo"), ("guiyermo", "Guillermo"),
        // ll / y / l.
        ("castiyo", "Castillo"), ("castilo", "Castillo"), ("carriyo", "Carrillo"), ("carrilo", "Carrillo"),
        ("carillo", "Carrillo"), ("llolanda", "Yolanda"), ("ayala", "Ayala"), ("allala", "Ayala"),
        ("vilanueva", "Villanueva"), ("villanueba", "Villanueva"), ("biyanueva", "Villanueva"),
        ("vilegas", "Villegas"),
        // qu / k / c.
        ("vazkez", "Vázquez"), ("basques", "Vázquez"), ("markes", "Márquez"), ("camacho", "Camacho"),
        ("kamacho", "Camacho"), ("campoz", "Campos"), ("kampos", "Campos"), ("pacheko", "Pacheco"),
        ("kastro", "Castro"), ("castrro", "Castro"),
        // The d dropped in speech, and other everyday slips of the ear.
        ("delgao", "Delgado"), ("alvarao", "Alvarado"), ("estra", "Estrada"), 
        ("mollina", "Molina"), ("molína", "Molina"), ("medína", "Medina"), ("meddina", "Medina"),
        ("morrales", "Morales"), ("moralez", "Morales"), ("florez", "Flores"), ("flores", "Flores"),
        ("torrez", "Torres"), ("tores", "Torres"), ("romerro", "Romero"), ("rramos", "Ramos"),
        ("rramoz", "Ramos"), ("castro", "Castro"), ("guzman", "Guzmán"), ("gusman", "Guzmán"),
        ("rojaz", "Rojas"), ("roxas", "Rojas"), ("contrerras", "Contreras"), ("contreraz", "Contreras"),
        ("lunna", "Luna"), ("ortega", "Ortega"), ("hortega", "Ortega"), ("santiago", "Santiago"),
        ("zantiago", "Santiago"), ("bautizta", "Bautista"), ("vautista", "Bautista"), ("zoto", "Soto"),
        ("larra", "Lara"), ("abila", "Ávila"), ("havila", "Ávila"),
        ("rios", "Ríos"), ("rioz", "Ríos"), ("leon", "León"), ("ivarra", "Ibarra"),
        ("hibarra", "Ibarra"), ("penna", "Peña"), ("pena", "Peña"), ("mirranda", "Miranda"),
        ("fuentez", "Fuentes"), ("zandoval", "Sandoval"),
        ("sandobal", "Sandoval"), ("garsia", "García"), ("garcía", "García"),
        ("moreno", "Moreno"), ("morreno", "Moreno"), ("aguilar", "Aguilar"), ("agilar", "Aguilar"),
        ("medina", "Medina"), ("ramos", "Ramos"), ("santos", "Santos"),
        ("veronica", "Verónica"), ("beronica", "Verónica"), ("silbia", "Silvia"), ("cilvia", "Silvia"),
        ("eduardo", "Eduardo"), ("estevan", "Esteban"), ("ezteban", "Esteban"),
        ("bictor", "Víctor"), ("viktor", "Víctor"), ("alverto", "Alberto"), ("jezus", "Jesús"),
        ("elbira", "Elvira"), ("helvira", "Elvira"), ("yolanda", "Yolanda"),
    ]
}

import EnlaceCore
import EnlaceStore

/// What `enlace import` and the import screen say about a sheet under review.
public enum ImportDeskText: String, MessageCatalog {
    case sheetLine, columnsTitle, columnLine, encodingUTF8, encodingWindows1252, separatorComma, separatorSemicolon
    case separatorTab, rowProblems, rowCandidates, rowSameAsLine, candidateLine, wouldAdd, summary
    case nothingWritten, undecidedLeft, committed, undone, listLine, listUndone, noImports
    case badMap, badSeparator, cannotRead, decisionsHeader, decisionsHelp, decisionsBad, decisionsUndecided
    case decisionsWritten, decisionNew, decisionSame, decisionSkip, decisionUndecided, eventClosedOrMissing
    case benchReview, benchDuplicates, benchCommit
    case title, refusal, onlySupervisors, fileTitle, fileQuestion, fileMissing, onlyInMapping, onlyInReview
    case noCandidate, onlySkip, stillUndecided, mappingSaved, mappingGuessed, onSheet, candidateTitle, noCandidates, likeEarlierLine

    public var text: LocalizedText {
        switch self {
        case .sheetLine:
            return .init(es: "Hoja {file}: {encoding}, separada por {separator}, {rows} {rows|fila|filas}.",
                         en: "Sheet {file}: {encoding}, separated by {separator}, {rows} {rows|row|rows}.")
        case .columnsTitle: return .init(es: "Columnas:", en: "Columns:")
        case .columnLine: return .init(es: "  {n}. «{header}» → {field}", en: "  {n}. “{header}” → {field}")
        case .encodingUTF8: return .init(es: "UTF-8", en: "UTF-8")
        case .encodingWindows1252: return .init(es: "Windows-1252 (Excel), convertida", en: "Windows-1252 (Excel), converted")
        case .separatorComma: return .init(es: "comas", en: "commas")
        case .separatorSemicolon: return .init(es: "punto y coma", en: "semicolons")
        case .separatorTab: return .init(es: "tabuladores", en: "tabs")
        case .rowProblems:
            return .init(es: "Línea {line}: con errores, se omite — {problems}", en: "Line {line}: has errors, skipped — {problems}")
        case .rowCandidates:
            return .init(es: "Línea {line}: puede ser alguien ya registrado — en la hoja: {row}",
                         en: "Line {line}: may be someone already registered — on the sheet: {row}")
        case .rowSameAsLine:
            return .init(es: "Línea {line}: parece la misma persona que la línea {other} — {row}",
                         en: "Line {line}: looks like the same person as line {other} — {row}")
        case .candidateLine:
            return .init(es: "    {n}) persona {id}: {name} · {details} — {reasons}",
                         en: "    {n}) person {id}: {name} · {details} — {reasons}")
        case .wouldAdd: return .init(es: "agregaría: {fields}", en: "would add: {fields}")
        case .summary:
            return .init(es: "{rows} {rows|fila|filas}: {new} {new|nueva|nuevas}, {same} igual a un registro, {skip} {skip|omitida|omitidas}, {undecided} por decidir ({problems} con errores).",
                         en: "{rows} {rows|row|rows}: {new} new, {same} same as a record, {skip} skipped, {undecided} to decide ({problems} with errors).")
        case .nothingWritten: return .init(es: "No se escribió nada.", en: "Nothing was written.")
        case .undecidedLeft:
            return .init(es: "{n} {n|fila puede ser|filas pueden ser} alguien ya registrado. Decida con --decisions ARCHIVO (prepárelo con --write-decisions ARCHIVO) o importe solo las filas nuevas con --new-only. No se escribió nada.",
                         en: "{n} {n|row may be|rows may be} someone already registered. Decide with --decisions FILE (prepare it with --write-decisions FILE) or import only the new rows with --new-only. Nothing was written.")
        case .committed:
            return .init(es: "Importación {id}: {created} {created|persona nueva|personas nuevas}, {updated} {updated|registro completado|registros completados}, {skipped} {skipped|fila omitida|filas omitidas}. Para deshacerla: enlace import undo {id}",
                         en: "Import {id}: {created} new {created|person|people}, {updated} {updated|record|records} completed, {skipped} {skipped|row|rows} skipped. To undo it: enlace import undo {id}")
        case .undone:
            return .init(es: "Importación {id} deshecha: {removed} {removed|persona quitada|personas quitadas}, {restored} {restored|registro devuelto|registros devueltos} a como estaba, {attendance} {attendance|asistencia quitada|asistencias quitadas}.",
                         en: "Import {id} undone: {removed} {removed|person|people} removed, {restored} {restored|record|records} put back as it was, {attendance} attendance {attendance|line|lines} removed.")
        case .listLine:
            return .init(es: "#{id} · {date} · {file} · {user} · {created} nuevas, {updated} completadas, {skipped} omitidas",
                         en: "#{id} · {date} · {file} · {user} · {created} new, {updated} completed, {skipped} skipped")
        case .listUndone: return .init(es: "deshecha", en: "undone")
        case .noImports: return .init(es: "Todavía no hay importaciones.", en: "No imports yet.")
        case .badMap:
            return .init(es: "No se entiende --map «{value}»: use «Encabezado=campo» o «número=campo», separados por comas (campos: {fields}).",
                         en: "Cannot read --map “{value}”: use “Header=field” or “number=field”, separated by commas (fields: {fields}).")
        case .badSeparator:
            return .init(es: "Separador desconocido «{value}»: use coma, punto-y-coma o tab.",
                         en: "Unknown separator “{value}”: use comma, semicolon or tab.")
        case .cannotRead:
            return .init(es: "No se pudo leer {path}: {reason}. No se escribió nada.",
                         en: "Could not read {path}: {reason}. Nothing was written.")
        case .decisionsHeader:
            return .init(es: "# Decisiones para importar {file}. Edite la palabra tras cada número de línea y use: enlace import people {file} --decisions ESTE-ARCHIVO",
                         en: "# Decisions to import {file}. Edit the word after each line number, then run: enlace import people {file} --decisions THIS-FILE")
        case .decisionsHelp:
            return .init(es: "# nueva = registrar persona nueva · igual N = es la persona N (se agrega lo que le falta) · omitir = no importar · ? = por decidir",
                         en: "# new = register a new person · same N = it is person N (what the record lacks is added) · skip = leave out · ? = to decide")
        case .decisionsBad:
            return .init(es: "{path}, renglón {n}: no se entiende «{value}». Use «LÍNEA nueva», «LÍNEA igual ID» u «LÍNEA omitir». No se escribió nada.",
                         en: "{path}, line {n}: cannot read “{value}”. Use “LINE new”, “LINE same ID” or “LINE skip”. Nothing was written.")
        case .decisionsUndecided:
            return .init(es: "Línea {line} de la hoja: la decisión no vale (una fila con errores solo se omite; «igual» debe nombrar uno de sus candidatos) o falta. No se escribió nada.",
                         en: "Line {line} of the sheet: the decision is not valid (a row with errors can only be skipped; “same” must name one of its candidates) or is missing. Nothing was written.")
        case .decisionsWritten:
            return .init(es: "Decisiones escritas en {path}: revíselas y vuelva a correr con --decisions {path}.",
                         en: "Decisions written to {path}: review them and run again with --decisions {path}.")
        case .decisionNew: return .init(es: "nueva", en: "new")
        case .decisionSame: return .init(es: "igual", en: "same")
        case .decisionSkip: return .init(es: "omitir", en: "skip")
        case .decisionUndecided: return .init(es: "por decidir", en: "to decide")
        case .benchReview:
            return .init(es: "Revisión de {rows} filas: lectura {parse} s + comprobaciones de intake {check} s = {rate} filas/s ({problems} con errores).",
                         en: "Review of {rows} rows: parse {parse} s + intake checks {check} s = {rate} rows/s ({problems} with errors).")
        case .benchDuplicates:
            return .init(es: "Búsqueda de duplicados entre {people} personas: {seconds} s = {rate} filas/s ({candidates} filas con candidatos).",
                         en: "Duplicate lookup among {people} people: {seconds} s = {rate} rows/s ({candidates} rows with candidates).")
        case .benchCommit:
            return .init(es: "Escritura del lote (una transacción): {n} personas en {seconds} s = {rate} filas/s; deshacerlo: {undo} s.",
                         en: "Commit of the batch (one transaction): {n} people in {seconds} s = {rate} rows/s; undoing it: {undo} s.")
        case .title: return .init(es: "Importar hoja de registro", en: "Import a sign-in sheet")
        case .refusal:
            return .init(es: "Importar hojas de registro es para supervisión; su rol es {role}.",
                         en: "Importing sign-in sheets is for supervisors; your role is {role}.")
        case .onlySupervisors: return .init(es: "solo supervisión importa hojas.", en: "only supervisors import sheets.")
        case .fileTitle: return .init(es: "Hoja de registro (CSV)", en: "Sign-in sheet (CSV)")
        case .fileQuestion:
            return .init(es: "Escriba la ruta del archivo CSV (guardado desde la hoja de cálculo).",
                         en: "Type the path of the CSV file (saved from the spreadsheet).")
        case .fileMissing: return .init(es: "No se pudo leer {path}: revise la ruta.", en: "Could not read {path}: check the path.")
        case .onlyInMapping: return .init(es: "solo al asignar las columnas.", en: "only while assigning the columns.")
        case .onlyInReview: return .init(es: "solo al revisar las filas.", en: "only while reviewing the rows.")
        case .noCandidate:
            return .init(es: "Esta fila no se parece a nadie registrado: elija «n» (nueva) u «o» (omitir).",
                         en: "This row looks like nobody registered: choose “n” (new) or “o” (skip).")
        case .onlySkip:
            return .init(es: "Una fila con errores solo se omite; corríjala en la hoja y vuelva a importarla.",
                         en: "A row with errors can only be skipped; correct it on the sheet and import it again.")
        case .stillUndecided:
            return .init(es: "Faltan {n} {n|fila|filas} por decidir (n nueva, i igual, o omitir; N u O para todas).",
                         en: "{n} {n|row is|rows are} still to decide (n new, i same, o skip; N or O for all).")
        case .mappingSaved:
            return .init(es: "Columnas como se guardaron la última vez para estos encabezados. ←/→ cambia el campo; Enter revisa.",
                         en: "Columns as saved last time for these headers. ←/→ changes the field; Enter reviews.")
        case .mappingGuessed:
            return .init(es: "Columnas adivinadas por sus encabezados. ←/→ cambia el campo; Enter revisa.",
                         en: "Columns guessed from their headers. ←/→ changes the field; Enter reviews.")
        case .onSheet: return .init(es: "En la hoja (línea {line}):", en: "On the sheet (line {line}):")
        case .candidateTitle:
            return .init(es: "Ya registrada ({n} de {count}): persona {id}", en: "Already registered ({n} of {count}): person {id}")
        case .likeEarlierLine:
            return .init(es: "Se parece a la línea {other} de esta hoja.", en: "Looks like line {other} of this sheet.")
        case .noCandidates: return .init(es: "No se parece a nadie registrado.", en: "Looks like nobody registered.")
        case .eventClosedOrMissing:
            return .init(es: "El evento {id} no existe o está cerrado.", en: "Event {id} does not exist or is closed.")
        }
    }
}

/// How a row and its candidates read, for the command line and the import screen alike.
public enum ImportWording {
    /// "Rosa Ávila Cruz · 04/05/1980 · 312-555-0101"
    public static func row(_ draft: PersonDraft) -> String {
        let name = [draft.givenNames, draft.firstSurname, draft.secondSurname].filter { !$0.isEmpty }.joined(separator: " ")
        return ([name, draft.birthDate] + draft.phones.map(\.text) + [draft.email, draft.curp])
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// "1980-05-04 · +13125550101"
    public static func record(_ record: PersonRecord) -> String {
        ([record.birthDate?.iso ?? record.approximateAge.map { "\($0)" } ?? ""] + record.phones.map(\.e164)
            + [record.email ?? "", record.curp ?? ""]).filter { !$0.isEmpty }.joined(separator: " · ")
    }

    public static func reasons(_ candidate: DuplicateCandidate, _ language: Language) -> String {
        candidate.reasons.map { $0.label(language) }.joined(separator: ", ")
    }

    /// The labels of field ids ("phones", "email") in `language`.
    public static func fields(_ ids: [String], _ language: Language) -> String {
        ids.compactMap { ImportField(rawValue: $0 == "phones" ? "phone" : $0)?.label(language) }.joined(separator: ", ")
    }

    public static func problems(_ row: ImportRow, _ language: Language) -> String {
        row.problems.map { $0.line(language) }.joined(separator: "; ")
    }

    public static func encoding(_ encoding: SheetBytes.Encoding) -> ImportDeskText {
        encoding == .windows1252 ? .encodingWindows1252 : .encodingUTF8
    }

    public static func separator(_ byte: UInt8) -> ImportDeskText {
        byte == 0x09 ? .separatorTab : byte == UInt8(ascii: ";") ? .separatorSemicolon : .separatorComma
    }

    /// "nueva", "igual 12", "omitir", "por decidir".
    public static func decision(_ decision: ImportDecision?, _ language: Language) -> String {
        switch decision {
        case .new: return ImportDeskText.decisionNew(language)
        case .same(let id): return ImportDeskText.decisionSame(language) + " \(id)"
        case .skip: return ImportDeskText.decisionSkip(language)
        case nil: return ImportDeskText.decisionUndecided(language)
        }
    }

    /// The summary line of a review.
    public static func summary(_ review: ImportReview, _ language: Language) -> String {
        let same = review.rows.count { if case .same = $0.decision { return true }; return false }
        return ImportDeskText.summary.format(language, [
            "rows": "\(review.rows.count)", "new": "\(review.readyCount)", "same": "\(same)",
            "skip": "\(review.rows.count { $0.decision == .skip })", "undecided": "\(review.undecidedCount)",
            "problems": "\(review.problemCount)"])
    }

    /// A column override "Encabezado=campo" / "3=campo": the field named by its raw value,
    /// a header word the guess knows ("telefono"), its label, or "ignorar"/"ignore".
    public static func field(named text: String) -> ImportField? {
        let folded = NameFolding.searchForm(text)
        if ["ignorar", "ignore", "no", "ninguno", "none", "omitir", "skip"].contains(folded) { return .ignore }
        if let field = ImportField.allCases.first(where: { NameFolding.searchForm($0.rawValue) == folded }) { return field }
        if let field = ImportField.allCases.first(where: {
            NameFolding.searchForm($0.label.es) == folded || NameFolding.searchForm($0.label.en) == folded }) { return field }
        let guessed = ImportField.guess(text)
        return guessed == .ignore ? nil : guessed
    }
}

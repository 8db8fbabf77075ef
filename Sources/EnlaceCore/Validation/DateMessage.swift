/// Messages about dates typed at the desk.
public enum DateMessage: String, MessageCatalog {
    case empty
    case tooLong
    case unrecognized
    case unknownMonthName
    case monthOutOfRange
    case dayZero
    case dayOutOfRange
    case february29NotLeap
    case yearOutOfRange
    case birthInFuture
    case birthTooOld
    case ambiguous
    case ageOutOfRange
    case dateInWords

    public var text: LocalizedText {
        switch self {
        case .empty:
            return .init(es: "Escriba una fecha, por ejemplo 12/03/1985 o 12 mar 1985.",
                         en: "Type a date, for example 12/03/1985 or 12 mar 1985.")
        case .tooLong:
            return .init(es: "El texto es demasiado largo para ser una fecha ({count} caracteres).",
                         en: "The text is too long to be a date ({count} characters).")
        case .unrecognized:
            return .init(es: "No se reconoce «{input}» como fecha. Use día/mes/año (12/03/1985), 1985-03-12 o 12 de marzo de 1985.",
                         en: "“{input}” is not recognised as a date. Use day/month/year (12/03/1985), 1985-03-12 or March 12, 1985.")
        case .unknownMonthName:
            return .init(es: "«{word}» no es un nombre de mes.",
                         en: "“{word}” is not a month name.")
        case .monthOutOfRange:
            return .init(es: "El mes {month} no existe: los meses van del 1 al 12.",
                         en: "Month {month} does not exist: months go from 1 to 12.")
        case .dayZero:
            return .init(es: "El día 0 no existe: los días empiezan en 1.",
                         en: "Day 0 does not exist: days start at 1.")
        case .dayOutOfRange:
            return .init(es: "El mes de {monthName} tiene {days} días; no existe el día {day}.",
                         en: "{monthName} has {days} days; there is no day {day}.")
        case .february29NotLeap:
            return .init(es: "{year} no es año bisiesto: febrero de {year} tiene 28 días.",
                         en: "{year} is not a leap year: February {year} has 28 days.")
        case .yearOutOfRange:
            return .init(es: "El año {year} está fuera del rango aceptado ({min} a {max}).",
                         en: "The year {year} is outside the accepted range ({min} to {max}).")
        case .birthInFuture:
            return .init(es: "La fecha de nacimiento {date} es posterior a hoy.",
                         en: "The birth date {date} is after today.")
        case .birthTooOld:
            return .init(es: "La fecha de nacimiento {date} daría más de {years} años de edad; revise el año.",
                         en: "The birth date {date} would mean an age over {years}; check the year.")
        case .ambiguous:
            return .init(es: "Fecha ambigua: se leyó {chosen}; también podría ser {other}.",
                         en: "Ambiguous date: read as {chosen}; it could also be {other}.")
        case .ageOutOfRange:
            return .init(es: "La edad debe estar entre 0 y {max} años.",
                         en: "The age must be between 0 and {max} years.")
        case .dateInWords:
            return .init(es: "{day} de {monthName} de {year}", en: "{monthName} {day}, {year}")
        }
    }
}

/// Month names, lowercase in Spanish and capitalised in English as each language writes them
/// inside a date.
public enum MonthName: Int, MessageCatalog {
    case january = 1, february, march, april, may, june
    case july, august, september, october, november, december

    public var text: LocalizedText {
        switch self {
        case .january: return .init(es: "enero", en: "January")
        case .february: return .init(es: "febrero", en: "February")
        case .march: return .init(es: "marzo", en: "March")
        case .april: return .init(es: "abril", en: "April")
        case .may: return .init(es: "mayo", en: "May")
        case .june: return .init(es: "junio", en: "June")
        case .july: return .init(es: "julio", en: "July")
        case .august: return .init(es: "agosto", en: "August")
        case .september: return .init(es: "septiembre", en: "September")
        case .october: return .init(es: "octubre", en: "October")
        case .november: return .init(es: "noviembre", en: "November")
        case .december: return .init(es: "diciembre", en: "December")
        }
    }
}

/// A row of numbered tabs, the one shown bracketed so it reads without colour:
/// "[1 Datos]  2 Documentos ". Used by every screen with tabs (administration, person).
enum TabStrip {
    static func draw(_ labels: [String], chosen: Int, y: Int, into buffer: inout ScreenBuffer) {
        var x = 2
        for (i, label) in labels.enumerated() {
            let text = i == chosen ? "[\(i + 1) \(label)]" : " \(i + 1) \(label) "
            x += buffer.put(text, x: x, y: y, role: i == chosen ? .focus : .normal, maxWidth: max(0, buffer.width - 2 - x))
        }
    }
}

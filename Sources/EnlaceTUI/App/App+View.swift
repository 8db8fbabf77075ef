/// The Elm loop's drawing half.
extension App {
    public func view(_ state: AppState, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: buffer.height), role: .normal)
        buffer.cursor = nil
        if state.isTooSmall || buffer.width < AppState.minimumWidth || buffer.height < AppState.minimumHeight {
            Chrome.drawTooSmall(state, into: &buffer)
            return
        }
        if let lock = state.privacy.lock {
            LockView.draw(state, lock: lock, registry: registry, into: &buffer)
            return
        }
        Chrome.draw(state, registry: registry, into: &buffer)
        ScreenDispatch.draw(state, into: &buffer)
        switch state.overlay {
        case .none: break
        case .help(let scroll):
            buffer.cursor = nil
            HelpOverlay.draw(state, scroll: scroll, registry: registry, into: &buffer)
        case .palette(let palette):
            PaletteOverlay.draw(state, palette: palette, app: self, into: &buffer)
        case .dialog(let dialog):
            buffer.cursor = nil
            DialogView.draw(state, dialog: dialog, into: &buffer)
        }
    }

    /// A fresh buffer of the state's size with the state drawn in it.
    public func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        view(state, into: &buffer)
        return buffer
    }
}

// The one C header Swift sees for ncurses. Function-like macros and mutable C globals do not
// import into Swift 6, so each one we need is wrapped here in a static inline function.
#ifndef ENLACE_CNCURSES_SHIM_H
#define ENLACE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t enlace_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t enlace_A_BOLD(void) { return A_BOLD; }
static inline attr_t enlace_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t enlace_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t enlace_A_DIM(void) { return A_DIM; }
static inline attr_t enlace_A_ITALIC(void) { return A_ITALIC; }
static inline int enlace_KEY_F(int n) { return KEY_F(n); }

static inline WINDOW *enlace_stdscr(void) { return stdscr; }
static inline int enlace_lines(void) { return LINES; }
static inline int enlace_cols(void) { return COLS; }
static inline int enlace_colors(void) { return COLORS; }
static inline int enlace_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *enlace_stdout(void) { return stdout; }
static inline FILE *enlace_stdin(void) { return stdin; }

/// True when the terminal can move the cursor anywhere (TERM=dumb cannot).
static inline int enlace_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/// Writes one cell: a grapheme given as wide characters, with attributes and a colour pair.
static inline int enlace_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Reads one key: returns KEY_CODE_YES for a function key, OK for a character, ERR otherwise.
static inline int enlace_get_wch(wint_t *out) { return get_wch(out); }

#endif

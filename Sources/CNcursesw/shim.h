#ifndef JOURNEY_CNCURSESW_SHIM_H
#define JOURNEY_CNCURSESW_SHIM_H
/* SwiftPM drops -D_XOPEN_SOURCE from pkg-config; without these the
   wide-character API (add_wch, setcchar, wget_wch) is not declared. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Attribute macros built from casts are not imported into Swift. */
static inline attr_t journey_attr_bold(void) { return A_BOLD; }
static inline attr_t journey_attr_reverse(void) { return A_REVERSE; }
static inline attr_t journey_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t journey_attr_dim(void) { return A_DIM; }
static inline attr_t journey_attr_italic(void) { return A_ITALIC; }
static inline int journey_key_code_yes(void) { return KEY_CODE_YES; }
static inline int journey_err(void) { return ERR; }
static inline int journey_color_pairs(void) { return COLOR_PAIRS; }
static inline int journey_colors(void) { return COLORS; }
static inline FILE *journey_stdin(void) { return stdin; }
static inline WINDOW *journey_stdscr(void) { return stdscr; }
static inline FILE *journey_stdout(void) { return stdout; }

/* The mouse: the mask macros are not imported either. journey asks for
   button 1 and the wheel (buttons 4 and 5) with Shift, and tells
   double-clicks itself, so a click is never held back to wait for a second.
   A click counts when the button comes up: with mouseinterval(0), a press
   and its release that arrive in one read are reported as the release alone. */
static inline mmask_t journey_mouse_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED | BUTTON_SHIFT;
}
/* Reads the mouse event behind a KEY_MOUSE: 1 button 1 came up (a click),
   2 wheel up, 3 wheel down, 0 anything else (the press), -1 none; +8 with Shift held. */
static inline int journey_mouse_read(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    int kind = 0;
    if (event.bstate & BUTTON1_RELEASED) kind = 1;
    else if (event.bstate & BUTTON4_PRESSED) kind = 2;
    else if (event.bstate & BUTTON5_PRESSED) kind = 3;
    if (kind && (event.bstate & BUTTON_SHIFT)) kind += 8;
    return kind;
}
#endif

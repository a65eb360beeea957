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
static inline int journey_color_pairs(void) { return COLOR_PAIRS; }
static inline int journey_colors(void) { return COLORS; }
static inline FILE *journey_stdin(void) { return stdin; }
static inline WINDOW *journey_stdscr(void) { return stdscr; }
static inline FILE *journey_stdout(void) { return stdout; }

/* tigetstr's answer for a capability the terminal does not have. */
static inline int journey_is_string_capability(const char *value) {
    return value != NULL && value != (const char *)-1;
}
#endif

/*
 * lex.c — Go tokens, as gc's scanner delivers them.
 *
 * This is a C rendering of the algorithm of gc's syntax scanner
 * (cmd/compile/internal/syntax: scanner.go over source.go), because every
 * error text, every error position and every automatic semicolon must come
 * out exactly as gc produces them.  The shape is the same: a current
 * character `ch` read one rune ahead, a token switch on it, and `nlsemi`
 * deciding whether the next newline or EOF becomes a ';'.
 *
 * Reading.  nextch() makes the next rune current.  It is inline and handles
 * the common case of one ASCII byte; everything else (EOF, NUL, multibyte
 * UTF-8, invalid UTF-8, BOM) goes to nextch_slow(), which reports the
 * problem at the offending byte and skips it, as gc does wherever it reads
 * (so a NUL inside a comment or string is still reported).  Hot loops
 * (identifiers, white space, comments, strings) do not call nextch() per
 * byte: skip_run() and skip_text() hop over a run of bytes that need no
 * attention in the current context, and then read the next rune normally.
 *
 * Positions.  Line and byte column, 1-based.  Instead of counting columns
 * per character we remember where the current line starts (lineOff) and
 * derive the column from the offset: col = chOff - lineOff + 1.  Bytes that
 * are skipped (NUL, invalid UTF-8, BOM) still count, as in gc.  nextch()
 * does not know about newlines: the only places that step over a '\n' are
 * white space, the newline token, block comments and raw strings, and each
 * calls nextline() there.  (Everything else stops in front of a newline.)
 * An error is reported either at the current character (gc's errorf) or
 * at an offset from the start of the token or comment (gc's errorAtf).
 *
 * Comments produce no token, except that a block comment spanning lines
 * becomes a ';' when nlsemi is set.  Line comments starting "//go:" or
 * "// +build" are handed to on_directive.  Line directives ("//line " at
 * column 1, or a block comment starting "line " anywhere) are parsed here
 * with the rules of gc's parser (updateBase) and recorded in the file's
 * LineDirective table; token positions are never adjusted, the table is
 * applied when a position is printed.
 *
 * Two oddities of gc are reproduced because they show in its output: the
 * read buffer (a NUL that is the first byte read after a refill is not
 * reported as such; see "gc's read buffer"), and the rewind after "..",
 * which counts a following newline twice (see case '.').
 *
 * Left out: gc's "comments" scanning mode (every comment reported) and
 * I/O errors (the file is in memory).  Error messages and line directive
 * file names are C strings, so where gc would show a NUL byte from the
 * source in them (malformed //line text), ours stop short.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "goescape.h"

/* ------------------------------------------------------------------ */
/* Character classes                                                    */
/* ------------------------------------------------------------------ */

/* Byte classes for the fast paths: a set bit means "this byte needs no
 * attention here, keep going".  NUL and bytes >= 0x80 are in no class, so
 * every fast loop stops on them and lets nextch_slow() deal with them. */
enum {
	B_IDENT = 1 << 0, /* identifier continues: [A-Za-z0-9_] */
	B_SPACE = 1 << 1, /* ' ', '\t', '\r' */
	B_LINE = 1 << 2,  /* line comment text: not '\n' */
	B_BLOCK = 1 << 3, /* block comment text: not '\n', '*' */
	B_STR = 1 << 4,   /* interpreted string: not '\n', '"', '\\' */
	B_RAW = 1 << 5,   /* raw string: not '\n', '`' */
};
#define T (B_LINE | B_BLOCK | B_STR | B_RAW) /* ordinary text */
#define I (T | B_IDENT)
#define S (T | B_SPACE)
static const unsigned char bcls[256] = {
	/* 0x00: NUL, controls; '\t' S, '\n' 0, '\r' S */
	0, T, T, T, T, T, T, T, T, S, 0, T, T, S, T, T,
	/* 0x10: controls */
	T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T,
	/* 0x20:  ! " # $ % & ' ( ) * + , - . / */
	S, T, T & ~B_STR, T, T, T, T, T, T, T, T & ~B_BLOCK, T, T, T, T, T,
	/* 0x30: 0-9 : ; < = > ? */
	I, I, I, I, I, I, I, I, I, I, T, T, T, T, T, T,
	/* 0x40: @ A-O */
	T, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I,
	/* 0x50: P-Z [ \ ] ^ _ */
	I, I, I, I, I, I, I, I, I, I, I, T, T & ~B_STR, T, T, I,
	/* 0x60: ` a-o */
	T & ~B_RAW, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I,
	/* 0x70: p-z { | } ~ DEL */
	I, I, I, I, I, I, I, I, I, I, I, T, T, T, T, T,
	/* 0x80-0xff: none */
};
#undef T
#undef I
#undef S

/* lower(c) is the lower-case letter for an ASCII letter c, and for other
 * c something that is not an ASCII letter. */
static inline int lower(int c) { return c | ('a' - 'A'); }
static inline bool is_letter(int c) { return ('a' <= lower(c) && lower(c) <= 'z') || c == '_'; }
static inline bool is_decimal(int c) { return '0' <= c && c <= '9'; }
static inline bool is_hex(int c) { return is_decimal(c) || ('a' <= lower(c) && lower(c) <= 'f'); }


/* ------------------------------------------------------------------ */
/* Messages                                                             */
/* ------------------------------------------------------------------ */

/* Go's fmt formats that appear in scanner messages are built here as
 * plain strings and passed on with %s. */

/* Go's %#U: "U+0024 '$'"; the quoted character only if it is printable
 * (strconv.IsPrint), so "U+0000" for NUL.  buf needs 20 bytes. */
static const char *fmt_U(char *buf, uint32_t r)
{
	int n = snprintf(buf, 20, "U+%04X", (unsigned)r);
	if (r <= 0x10FFFF && uni_is_print(r)) {
		buf[n++] = ' ';
		buf[n++] = '\'';
		n += uni_encode_utf8(buf + n, r);
		buf[n++] = '\'';
	}
	buf[n] = 0;
	return buf;
}

/* Go's %q of a rune (strconv.QuoteRune): 'x', '\n', '\x00', '\u00ad'...
 * buf needs 16 bytes. */
static const char *fmt_q(char *buf, int32_t r)
{
	uint32_t u = (uint32_t)r;
	int n = 0;
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
		u = 0xFFFD;
	buf[n++] = '\'';
	n += uni_quote_rune(buf + n, u, '\'');
	buf[n++] = '\'';
	buf[n] = 0;
	return buf;
}

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 10: return "decimal";
	case 16: return "hexadecimal";
	}
	fatal_internal("invalid base %d", base);
}

/* Report an error at (line, col) of the lexer's file. */
static void error_at(Lexer *lx, uint32_t line, uint32_t col, const char *fmt, ...)
{
	char small[256];
	char *msg = small;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal_internal("bad error format %s", fmt);
	if ((size_t)n >= sizeof small) {
		msg = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	Pos pos = {lx->file, line, col};
	if (lx->on_error)
		lx->on_error(lx->ctx, pos, msg);
	else
		diag_error(pos, "%s", msg);
	if (msg != small)
		free(msg);
}

static inline uint32_t col_of(const Lexer *lx, size_t off)
{
	return (uint32_t)(off - lx->lineOff + 1);
}

/* gc's errorf: at the current character.  errorAt: at a byte offset from
 * the start of the current token (or comment). */
#define error_here(lx, ...) error_at((lx), (lx)->line, col_of((lx), (lx)->chOff), __VA_ARGS__)
#define error_tok(lx, delta, ...) error_at((lx), (lx)->pos.line, (lx)->pos.col + (uint32_t)(delta), __VA_ARGS__)

/* ------------------------------------------------------------------ */
/* Reading runes                                                        */
/* ------------------------------------------------------------------ */

/* Decode the UTF-8 sequence at s[0..n), s[0] >= 0x80, as Go's
 * utf8.DecodeRune accepts it (shortest form, no surrogates, at most
 * U+10FFFF).  Returns the width, or 0 if the bytes are invalid. */
static int decode_utf8(const unsigned char *s, size_t n, int32_t *r)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	int w;
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0) {
		w = 2;
		*r = (int32_t)(c & 0x1F);
	} else if (c < 0xF0) {
		w = 3;
		*r = (int32_t)(c & 0x0F);
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else {
		w = 4;
		*r = (int32_t)(c & 0x07);
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	}
	if (n < (size_t)w || s[1] < lo || s[1] > hi)
		return 0;
	for (int i = 1; i < w; i++) {
		if (i > 1 && (s[i] < 0x80 || s[i] > 0xBF))
			return 0;
		*r = (*r << 6) | (s[i] & 0x3F);
	}
	return w;
}

/* gc's read buffer.  gc's source reader (syntax/source.go) reads the file
 * in chunks into a buffer and checks for NUL only on its fast path; the
 * first byte read after a refill goes through the slow path, where a NUL
 * is an ordinary character (so "invalid character U+0000" at a token
 * start, nothing at all inside a string or comment) instead of an
 * "invalid NUL character" error.  To say the same we follow where gc's
 * refills happen: `limit` is the file offset up to which gc's buffer is
 * filled, and a refill happens when gc needs a byte at or beyond it.  A
 * refill keeps the active segment (the current token, or a comment that
 * might be a directive: `seg`) and grows the buffer when that is more than
 * half of it.  gc reads a file as a reader returning everything asked
 * for, as os.File does, so this is deterministic: for files under 4095
 * bytes only offset 0 is such a byte. */
#define NO_SEG SIZE_MAX

static void refill(Lexer *lx, size_t r)
{
	size_t b = lx->seg != NO_SEG ? lx->seg : r;
	if ((lx->limit - b) * 2 > lx->bufLen) {
		/* gc's nextSize: double up to 1 MiB, then grow by 1 MiB */
		if (lx->bufLen <= (1u << 20))
			lx->bufLen *= 2;
		else
			lx->bufLen += 1u << 20;
	}
	/* one byte of the buffer is kept for gc's sentinel */
	lx->limit = b + lx->bufLen - 1;
	if (lx->limit > lx->size)
		lx->limit = lx->size;
}

/* utf8.FullRune: do s[0..n) begin with a complete (or surely invalid)
 * encoding? */
static bool full_rune(const unsigned char *s, size_t n)
{
	if (n == 0)
		return false;
	unsigned c = s[0], lo, hi;
	size_t w = c < 0xC2 || c > 0xF4 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (n >= w)
		return true;
	uni_utf8_second(c, &lo, &hi);
	if (n > 1 && (s[1] < lo || s[1] > hi))
		return true;
	if (n > 2 && (s[2] < 0x80 || s[2] > 0xBF))
		return true;
	return false;
}

/* Everything but a plain ASCII byte inside gc's buffer: EOF, refills,
 * NUL, multibyte runes, invalid UTF-8 and BOMs.  Bad bytes are reported
 * where they are and skipped. */
static void nextch_slow(Lexer *lx)
{
	const unsigned char *s = (const unsigned char *)lx->src;
	size_t off = lx->off, w;
	for (;;) {
		w = 1;
		if (off >= lx->limit) {
			if (off >= lx->size) {
				lx->ch = -1;
				lx->chOff = lx->off = lx->size;
				return;
			}
			refill(lx, off);
			if (s[off] < 0x80) {
				/* gc's slow path: even a NUL is a character */
				lx->ch = s[off];
				break;
			}
		}
		unsigned c = s[off];
		if (c == 0) {
			error_at(lx, lx->line, col_of(lx, off), "invalid NUL character");
			off++;
			continue;
		}
		if (c < 0x80) {
			lx->ch = (int)c;
			break;
		}
		if (lx->limit - off < 4 && lx->limit < lx->size &&
		    !full_rune(s + off, lx->limit - off))
			refill(lx, off);
		int32_t r;
		w = (size_t)decode_utf8(s + off, lx->size - off, &r);
		if (w == 0) {
			error_at(lx, lx->line, col_of(lx, off), "invalid UTF-8 encoding");
			off++;
			continue;
		}
		if (r == 0xFEFF) {
			/* allowed only as the very first character of the file */
			if (off > 0)
				error_at(lx, lx->line, col_of(lx, off),
				         "invalid BOM in the middle of the file");
			off += w;
			continue;
		}
		lx->ch = r;
		break;
	}
	lx->chOff = off;
	lx->off = off + w;
}

/* Make the next rune current.  Does not count lines: see nextline. */
static inline void nextch(Lexer *lx)
{
	size_t off = lx->off;
	if (off < lx->limit) {
		unsigned c = (unsigned char)lx->src[off];
		if (c - 1 < 0x7f) { /* 0x01..0x7f */
			lx->ch = (int)c;
			lx->chOff = off;
			lx->off = off + 1;
			return;
		}
	}
	nextch_slow(lx);
}

/* Step over the current '\n'. */
static inline void nextline(Lexer *lx)
{
	lx->line++;
	lx->lineOff = lx->off;
	nextch(lx);
}

/* Step over the current character (which the caller has judged ordinary
 * and which is not '\n') and every following byte in class `cls`. */
static inline void skip_run(Lexer *lx, unsigned cls)
{
	const unsigned char *s = (const unsigned char *)lx->src;
	size_t off = lx->off, n = lx->limit;
	while (off < n && (bcls[s[off]] & cls))
		off++;
	lx->off = off;
	nextch(lx);
}

/* skip_run for the long runs of comments and strings: first hop eight
 * bytes at a time over words that hold no NUL, no byte >= 0x80 and none
 * of the stop bytes a, b, c (together: the bytes `cls` leaves out).  A
 * word that might hold one is left to the byte loop, so the bit tricks
 * need not be exact, only never miss (and the byte order does not
 * matter). */
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

static inline uint64_t zero_byte_bits(uint64_t v)
{
	return (v - ONES) & ~v & HIGHS;
}

static inline void skip_text(Lexer *lx, unsigned cls, unsigned char a,
                             unsigned char b, unsigned char c)
{
	const unsigned char *s = (const unsigned char *)lx->src;
	size_t off = lx->off, n = lx->limit;
	uint64_t ka = ONES * a, kb = ONES * b, kc = ONES * c;
	while (off + 8 <= n) {
		uint64_t v;
		memcpy(&v, s + off, 8);
		if ((v & HIGHS) | zero_byte_bits(v) | zero_byte_bits(v ^ ka) |
		    zero_byte_bits(v ^ kb) | zero_byte_bits(v ^ kc))
			break;
		off += 8;
	}
	while (off < n && (bcls[s[off]] & cls))
		off++;
	lx->off = off;
	nextch(lx);
}

/* ------------------------------------------------------------------ */
/* Identifiers and keywords                                             */
/* ------------------------------------------------------------------ */

/* Check a non-ASCII rune met in an identifier (gc: atIdentChar).  Every
 * such rune belongs to the identifier; the ones that are neither letters
 * nor digits are errors, and so is a digit at the start. */
static void check_ident_rune(Lexer *lx, bool first)
{
	char buf[20];
	int32_t r = lx->ch;
	if (uni_is_letter(r))
		return;
	if (uni_is_digit(r)) {
		if (first)
			error_here(lx, "identifier cannot begin with digit %s", fmt_U(buf, (uint32_t)r));
		return;
	}
	error_here(lx, "invalid character %s in identifier", fmt_U(buf, (uint32_t)r));
}

/* The current character starts an identifier (already checked). */
static void scan_ident(Lexer *lx, size_t start)
{
	for (;;) {
		skip_run(lx, B_IDENT);
		/* an ASCII letter or digit here followed a skipped bad byte */
		if (is_letter(lx->ch) || is_decimal(lx->ch))
			continue;
		if (lx->ch < 0x80)
			break;
		check_ident_rune(lx, false);
	}
	size_t len = lx->chOff - start;
	Sym *sym = sym_intern_in(lx->src + start, len, lx->size - start);
	lx->lit = lx->src + start;
	lx->litlen = len;
	if (sym->tok != 0) {
		lx->tok = (Tok)sym->tok;
		lx->nlsemi = sym->tok == T_BREAK || sym->tok == T_CONTINUE ||
		             sym->tok == T_FALLTHROUGH || sym->tok == T_RETURN;
		return;
	}
	lx->tok = T_NAME;
	lx->sym = sym;
	lx->nlsemi = true;
}

/* ------------------------------------------------------------------ */
/* Literals                                                             */
/* ------------------------------------------------------------------ */

static void set_lit(Lexer *lx, size_t start, LitKind kind, bool ok)
{
	lx->nlsemi = true;
	lx->tok = T_LITERAL;
	lx->lit = lx->src + start;
	lx->litlen = lx->chOff - start;
	lx->bad = !ok;
	lx->kind = kind;
}

/* Accept { digit | '_' } in `base` and return a bit set: 1 if there were
 * digits, 2 if there were separators.  For base <= 10 any decimal digit
 * is accepted, and the offset (from start) of the first one too large
 * for the base is stored in *invalid if that is still < 0. */
static int scan_digits(Lexer *lx, size_t start, int base, long *invalid)
{
	int digsep = 0;
	if (base <= 10) {
		int max = '0' + base;
		while (is_decimal(lx->ch) || lx->ch == '_') {
			int ds = 1;
			if (lx->ch == '_')
				ds = 2;
			else if (lx->ch >= max && *invalid < 0)
				*invalid = (long)(lx->chOff - start);
			digsep |= ds;
			nextch(lx);
		}
	} else {
		while (is_hex(lx->ch) || lx->ch == '_') {
			digsep |= lx->ch == '_' ? 2 : 1;
			nextch(lx);
		}
	}
	return digsep;
}

/* The index of the first misplaced '_' in the number literal x, or -1.
 * A '_' must sit between two digits, or between the base prefix and a
 * digit. */
static long invalid_sep(const char *x, size_t n)
{
	int x1 = ' '; /* the prefix letter; only 'x' matters */
	int d = '.';  /* previous: '_', '0' (any digit) or '.' (anything else) */
	size_t i = 0;

	if (n >= 2 && x[0] == '0') {
		x1 = lower((unsigned char)x[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0'; /* the prefix counts as a digit */
			i = 2;
		}
	}
	for (; i < n; i++) {
		int p = d;
		d = (unsigned char)x[i];
		if (d == '_') {
			if (p != '0')
				return (long)i;
		} else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return (long)i - 1;
			d = '.';
		}
	}
	if (d == '_')
		return (long)n - 1;
	return -1;
}

/* int_lit, float_lit, imaginary_lit.  If seen_point, the literal started
 * with '.' (at start) and the current character is the first fraction
 * digit. */
static void scan_number(Lexer *lx, size_t start, bool seen_point)
{
	bool ok = true;
	LitKind kind = LIT_INT;
	int base = 10;
	int prefix = 0; /* 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b' */
	int digsep = 0;
	long invalid = -1;
	char buf[20];

	if (!seen_point) {
		if (lx->ch == '0') {
			nextch(lx);
			switch (lower(lx->ch)) {
			case 'x':
				nextch(lx);
				base = 16, prefix = 'x';
				break;
			case 'o':
				nextch(lx);
				base = 8, prefix = 'o';
				break;
			case 'b':
				nextch(lx);
				base = 2, prefix = 'b';
				break;
			default:
				base = 8, prefix = '0';
				digsep = 1; /* the leading 0 */
			}
		}
		digsep |= scan_digits(lx, start, base, &invalid);
		if (lx->ch == '.') {
			if (prefix == 'o' || prefix == 'b') {
				error_here(lx, "invalid radix point in %s literal", base_name(base));
				ok = false;
			}
			nextch(lx);
			seen_point = true;
		}
	}

	if (seen_point) {
		kind = LIT_FLOAT;
		digsep |= scan_digits(lx, start, base, &invalid);
	}

	if ((digsep & 1) == 0 && ok) {
		error_here(lx, "%s literal has no digits", base_name(base));
		ok = false;
	}

	int e = lower(lx->ch);
	if (e == 'e' || e == 'p') {
		if (ok) {
			if (e == 'e' && prefix != 0 && prefix != '0') {
				error_here(lx, "%s exponent requires decimal mantissa", fmt_q(buf, lx->ch));
				ok = false;
			} else if (e == 'p' && prefix != 'x') {
				error_here(lx, "%s exponent requires hexadecimal mantissa", fmt_q(buf, lx->ch));
				ok = false;
			}
		}
		nextch(lx);
		kind = LIT_FLOAT;
		if (lx->ch == '+' || lx->ch == '-')
			nextch(lx);
		long unused = 0;
		digsep = scan_digits(lx, start, 10, &unused) | (digsep & 2);
		if ((digsep & 1) == 0 && ok) {
			error_here(lx, "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && kind == LIT_FLOAT && ok) {
		error_here(lx, "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}

	if (lx->ch == 'i') {
		kind = LIT_IMAG;
		nextch(lx);
	}

	set_lit(lx, start, kind, ok);

	if (kind == LIT_INT && invalid >= 0 && ok) {
		error_tok(lx, invalid, "invalid digit %s in %s literal",
		          fmt_q(buf, (unsigned char)lx->lit[invalid]), base_name(base));
		ok = false;
	}
	if ((digsep & 2) != 0 && ok) {
		long i = invalid_sep(lx->lit, lx->litlen);
		if (i >= 0) {
			error_tok(lx, i, "'_' must separate successive digits");
			ok = false;
		}
	}
	lx->bad = !ok;
}

/* An escape sequence after '\' in a rune (quote '\'') or string (quote
 * '"') literal.  Reports and returns false if it is malformed; at EOF it
 * returns true and leaves the complaint to the caller. */
static bool scan_escape(Lexer *lx, int quote)
{
	int n;
	uint32_t base, max;
	char buf[20];

	switch (lx->ch) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
		nextch(lx);
		return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x':
		nextch(lx);
		n = 2, base = 16, max = 255;
		break;
	case 'u':
		nextch(lx);
		n = 4, base = 16, max = 0x10FFFF;
		break;
	case 'U':
		nextch(lx);
		n = 8, base = 16, max = 0x10FFFF;
		break;
	default:
		if (lx->ch == quote) {
			nextch(lx);
			return true;
		}
		if (lx->ch < 0)
			return true;
		error_here(lx, "unknown escape");
		return false;
	}

	uint32_t x = 0;
	for (int i = n; i > 0; i--) {
		if (lx->ch < 0)
			return true;
		uint32_t d = base;
		if (is_decimal(lx->ch))
			d = (uint32_t)(lx->ch - '0');
		else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f')
			d = (uint32_t)(lower(lx->ch) - 'a' + 10);
		if (d >= base) {
			error_here(lx, "invalid character %s in %s escape",
			           fmt_q(buf, lx->ch), base_name((int)base));
			return false;
		}
		x = x * base + d;
		nextch(lx);
	}

	if (x > max && base == 8) {
		error_here(lx, "octal escape value %u > 255", (unsigned)x);
		return false;
	}
	if (x > max || (0xD800 <= x && x < 0xE000)) {
		error_here(lx, "escape is invalid Unicode code point %s", fmt_U(buf, x));
		return false;
	}
	return true;
}

/* rune_lit: the current character is the opening quote. */
static void scan_rune(Lexer *lx, size_t start)
{
	bool ok = true;
	nextch(lx);
	for (int n = 0;; n++) {
		if (lx->ch == '\'') {
			if (ok) {
				if (n == 0) {
					error_here(lx, "empty rune literal or unescaped '");
					ok = false;
				} else if (n != 1) {
					error_tok(lx, 0, "more than one character in rune literal");
					ok = false;
				}
			}
			nextch(lx);
			break;
		}
		if (lx->ch == '\\') {
			nextch(lx);
			if (!scan_escape(lx, '\''))
				ok = false;
			continue;
		}
		if (lx->ch == '\n') {
			if (ok) {
				error_here(lx, "newline in rune literal");
				ok = false;
			}
			break;
		}
		if (lx->ch < 0) {
			if (ok) {
				error_tok(lx, 0, "rune literal not terminated");
				ok = false;
			}
			break;
		}
		nextch(lx);
	}
	set_lit(lx, start, LIT_RUNE, ok);
}

/* interpreted_string_lit: the current character is the opening '"'. */
static void scan_string(Lexer *lx, size_t start)
{
	bool ok = true;
	nextch(lx);
	for (;;) {
		int c = lx->ch;
		if (c == '"') {
			nextch(lx);
			break;
		}
		if (c == '\\') {
			nextch(lx);
			if (!scan_escape(lx, '"'))
				ok = false;
			continue;
		}
		if (c == '\n') {
			error_here(lx, "newline in string");
			ok = false;
			break;
		}
		if (c < 0) {
			error_tok(lx, 0, "string not terminated");
			ok = false;
			break;
		}
		skip_text(lx, B_STR, '"', '\\', '\n');
	}
	set_lit(lx, start, LIT_STRING, ok);
}

/* raw_string_lit: the current character is the opening '`'.  Carriage
 * returns stay in the literal text. */
static void scan_raw_string(Lexer *lx, size_t start)
{
	bool ok = true;
	nextch(lx);
	for (;;) {
		int c = lx->ch;
		if (c == '`') {
			nextch(lx);
			break;
		}
		if (c < 0) {
			error_tok(lx, 0, "string not terminated");
			ok = false;
			break;
		}
		if (c == '\n')
			nextline(lx);
		else
			skip_text(lx, B_RAW, '`', '\n', '\n');
	}
	set_lit(lx, start, LIT_STRING, ok);
}

/* ------------------------------------------------------------------ */
/* Comments, directives, line directives                                */
/* ------------------------------------------------------------------ */

static bool has_prefix(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

/* gc's trailingDigits: find the last ':' in text[0..n).  Returns the
 * index just after it (0 if there is none); *ok tells whether the rest is
 * a decimal number that fits 64 bits (strconv.ParseUint), stored in *val. */
static size_t trailing_digits(const char *text, size_t n, uint64_t *val, bool *ok)
{
	size_t i = n;
	while (i > 0 && text[i - 1] != ':')
		i--;
	*val = 0;
	*ok = false;
	if (i == 0)
		return 0;
	if (i == n)
		return i; /* empty number */
	uint64_t v = 0;
	for (size_t k = i; k < n; k++) {
		unsigned d = (unsigned char)text[k] - '0';
		if (d > 9 || v > (UINT64_MAX - d) / 10)
			return i;
		v = v * 10 + d;
	}
	*val = v;
	*ok = true;
	return i;
}

/* gc's PosMax: the largest line or column a position base may name. */
#define POS_MAX (1u << 30)

/* A line directive, with gc's rules (parser.go, updateBase).  `text` is
 * what follows "line " in the comment (for //line without the trailing
 * '\r', for the block form without the closing delimiter); (tline, tcol)
 * is the position of text[0], for error messages.  Text without any ':' is
 * not a line directive and is ignored.
 *
 * (at_line, at_col) is where the new base starts, and is what the
 * LineDirective records as (line, col): the raw position of the first
 * character after the comment.  For "//line" that is column 1 of the next
 * line (the newline belongs to the comment), even at EOF; for the block
 * form, the column just after the closing delimiter on the comment's
 * first line.  The directive applies to every position >= (line, col). */
static void line_directive(Lexer *lx, const char *text, size_t n,
                           uint32_t tline, uint32_t tcol,
                           uint32_t at_line, uint32_t at_col)
{
	uint64_t v, v2;
	bool ok, ok2;
	size_t i = trailing_digits(text, n, &v, &ok);
	if (i == 0)
		return;
	if (!ok) {
		error_at(lx, tline, tcol + (uint32_t)i, "invalid line number: %.*s",
		         (int)(n - i), text + i);
		return;
	}

	uint64_t line, col = 0;
	size_t i2 = trailing_digits(text, i - 1, &v2, &ok2);
	if (ok2) {
		/* filename:line:col — i now indexes line, i2 col */
		size_t t = i;
		i = i2, i2 = t;
		line = v2, col = v;
		if (col == 0 || col > POS_MAX) {
			error_at(lx, tline, tcol + (uint32_t)i2, "invalid column number: %.*s",
			         (int)(n - i2), text + i2);
			return;
		}
		n = i2 - 1; /* drop ":col" */
	} else {
		line = v;
	}
	if (line == 0 || line > POS_MAX) {
		error_at(lx, tline, tcol + (uint32_t)i, "invalid line number: %.*s",
		         (int)(n - i), text + i);
		return;
	}

	/* The table owns its file names (file_free_all frees each). */
	SrcFile *f = file_get(lx->file);
	char *filename;
	size_t flen = i - 1; /* drop ":line" */
	if (flen == 0 && ok2) {
		/* with a column, an empty filename keeps the current one */
		filename = xstrdup(f->nlines > 0 ? f->lines[f->nlines - 1].filename : f->path);
	} else {
		filename = xmalloc(flen + 1);
		memcpy(filename, text, flen);
		filename[flen] = 0;
	}
	if (f->nlines == f->caplines) {
		f->caplines = f->caplines ? 2 * f->caplines : 8;
		f->lines = xrealloc(f->lines, (size_t)f->caplines * sizeof f->lines[0]);
	}
	f->lines[f->nlines++] = (LineDirective){
		.line = at_line, .col = at_col, .filename = filename,
		.rline = (uint32_t)line, .rcol = (uint32_t)col,
	};
}

/* gc keeps a comment as its buffer segment only while the comment may
 * still be a directive (scanner.go, lineComment and fullComment): match
 * `prefix` character by character and drop the segment at the first
 * mismatch.  Only the read buffer model cares. */
static void keep_if_prefix(Lexer *lx, const char *prefix)
{
	for (const char *p = prefix; *p; p++) {
		if (lx->ch != *p) {
			lx->seg = NO_SEG;
			return;
		}
		nextch(lx);
	}
}

/* A line comment; the current character follows the "//" at `start`
 * (= lx->pos).  The newline is left for the caller: it may be a ';'. */
static void line_comment(Lexer *lx, size_t start)
{
	keep_if_prefix(lx, lx->ch == 'g' ? "go:" : "line ");
	while (lx->ch >= 0 && lx->ch != '\n')
		skip_text(lx, B_LINE, '\n', '\n', '\n');

	const char *text = lx->src + start;
	size_t n = lx->chOff - start;
	if (n > 2 && text[n - 1] == '\r')
		n--;
	if (n < 5 || (text[2] != 'g' && text[2] != 'l' && text[2] != ' '))
		return;
	if (has_prefix(text, n, "//go:") || has_prefix(text, n, "// +build")) {
		if (lx->on_directive) {
			Directive d = {lx->pos, text, (int)n, lx->blank, 0};
			lx->on_directive(lx->ctx, &d);
		}
	} else if (lx->pos.col == 1 && has_prefix(text, n, "//line ")) {
		/* //line only counts at the start of a line; the new base
		 * starts with the next line (the newline belongs to the
		 * comment) */
		line_directive(lx, text + 7, n - 7, lx->pos.line, lx->pos.col + 7,
		               lx->pos.line + 1, 1);
	}
}

/* A block comment; the current character follows the opening at `start`
 * (= lx->pos).  Reports and returns false if it is not terminated. */
static bool block_comment(Lexer *lx, size_t start)
{
	keep_if_prefix(lx, "line ");
	for (;;) {
		int c = lx->ch;
		if (c == '*') {
			nextch(lx);
			if (lx->ch == '/') {
				nextch(lx);
				break;
			}
			continue;
		}
		if (c < 0) {
			error_tok(lx, 0, "comment not terminated");
			return false;
		}
		if (c == '\n')
			nextline(lx);
		else
			skip_text(lx, B_BLOCK, '*', '\n', '\n');
	}

	const char *text = lx->src + start;
	size_t n = lx->chOff - start;
	if (has_prefix(text, n, "/*line ")) {
		/* The new base starts right after the comment.  Like gc we
		 * compute that column from the comment's start and length;
		 * a comment spanning lines gives a meaningless column, but
		 * such a directive is malformed unless a newline hides
		 * inside its file name. */
		line_directive(lx, text + 7, n - 9, lx->pos.line, lx->pos.col + 7,
		               lx->pos.line, lx->pos.col + (uint32_t)n);
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */
/* ------------------------------------------------------------------ */

void lex_init(Lexer *lx, uint32_t file)
{
	SrcFile *f = file_get(file);
	memset(lx, 0, sizeof *lx);
	lx->file = file;
	lx->src = f->data;
	lx->size = f->size;
	/* As in gc, start on a pretend blank of width 0: the first
	 * lex_next reads byte 0, and skips a BOM there silently. */
	lx->ch = ' ';
	lx->line = 1;
	lx->tok = T_EOF;
	lx->limit = 0; /* gc's buffer starts empty, 4 KiB large */
	lx->seg = NO_SEG;
	lx->bufLen = 4096;
}

/* An operator that may be followed by '=' to make an assignment. */
static void assign_op(Lexer *lx, Op op, int prec)
{
	lx->op = op;
	lx->prec = prec;
	if (lx->ch == '=') {
		nextch(lx);
		lx->tok = T_ASSIGNOP;
		return;
	}
	lx->tok = T_OPERATOR;
}

static void set_op(Lexer *lx, Op op, int prec)
{
	nextch(lx);
	lx->op = op;
	lx->prec = prec;
	lx->tok = T_OPERATOR;
}

static void set_semi(Lexer *lx, const char *why)
{
	lx->tok = T_SEMI;
	lx->lit = why;
	lx->litlen = strlen(why);
}

/* One switch on the current character dispatches white space as well as
 * tokens, so that the common case costs one indirect jump.  `redo` is
 * gc's: after a comment or an invalid character the search for a token
 * starts over, and "blank" is judged from there. */
void lex_next(Lexer *lx)
{
	bool nlsemi = lx->nlsemi;
	lx->nlsemi = false;
	uint32_t start_line, start_col;

redo:
	start_line = lx->line;
	start_col = col_of(lx, lx->chOff);
	for (;;) {
		/* assume a token starts here; white space undoes this */
		size_t start = lx->chOff;
		int c = lx->ch;
		lx->seg = start;
		lx->pos = (Pos){lx->file, lx->line, col_of(lx, start)};

		switch (c) {
		case ' ':
		case '\t':
		case '\r':
			lx->seg = NO_SEG;
			skip_run(lx, B_SPACE);
			continue;
		case -1:
			if (nlsemi) {
				set_semi(lx, "EOF");
				return;
			}
			lx->tok = T_EOF;
			return;
		case '\n':
			if (!nlsemi) {
				lx->seg = NO_SEG;
				nextline(lx);
				continue;
			}
			nextline(lx);
			set_semi(lx, "newline");
			return;
		case '0': case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			scan_number(lx, start, false);
			return;
		case '"':
			scan_string(lx, start);
			return;
		case '`':
			scan_raw_string(lx, start);
			return;
		case '\'':
			scan_rune(lx, start);
			return;
		case '(':
			nextch(lx);
			lx->tok = T_LPAREN;
			return;
		case '[':
			nextch(lx);
			lx->tok = T_LBRACK;
			return;
		case '{':
			nextch(lx);
			lx->tok = T_LBRACE;
			return;
		case ',':
			nextch(lx);
			lx->tok = T_COMMA;
			return;
		case ';':
			nextch(lx);
			set_semi(lx, "semicolon");
			return;
		case ')':
			nextch(lx);
			lx->nlsemi = true;
			lx->tok = T_RPAREN;
			return;
		case ']':
			nextch(lx);
			lx->nlsemi = true;
			lx->tok = T_RBRACK;
			return;
		case '}':
			nextch(lx);
			lx->nlsemi = true;
			lx->tok = T_RBRACE;
			return;
		case ':':
			nextch(lx);
			if (lx->ch == '=') {
				nextch(lx);
				lx->tok = T_DEFINE;
				return;
			}
			lx->tok = T_COLON;
			return;
		case '.':
			nextch(lx);
			if (is_decimal(lx->ch)) {
				scan_number(lx, start, true);
				return;
			}
			if (lx->ch == '.') {
				nextch(lx);
				if (lx->ch == '.') {
					nextch(lx);
					lx->tok = T_DOTDOTDOT;
					return;
				}
				/* ".." is a '.' followed by a '.': back up to
				 * reread the second one, like gc's rewind, which
				 * reports bad bytes on the way again.  And when
				 * it backs up from a '\n', its reread counts that
				 * newline: the second '.' lands in column 2 of
				 * the next line, and every line after is
				 * numbered one too high. */
				if (lx->ch == '\n') {
					lx->line++;
					lx->lineOff = start;
				}
				lx->off = start + 1;
				nextch(lx);
			}
			lx->tok = T_DOT;
			return;
		case '+':
		case '-':
			nextch(lx);
			if (lx->ch == c) {
				nextch(lx);
				lx->op = c == '+' ? OP_ADD : OP_SUB;
				lx->prec = PREC_ADD;
				lx->nlsemi = true;
				lx->tok = T_INCOP;
				return;
			}
			assign_op(lx, c == '+' ? OP_ADD : OP_SUB, PREC_ADD);
			return;
		case '*':
			nextch(lx);
			lx->op = OP_MUL;
			lx->prec = PREC_MUL;
			if (lx->ch == '=') {
				nextch(lx);
				lx->tok = T_ASSIGNOP;
				return;
			}
			lx->tok = T_STAR;
			return;
		case '/':
			nextch(lx);
			if (lx->ch == '/') {
				/* only a directive asks whether its line is blank
				 * up to it */
				lx->blank = lx->pos.line > start_line || start_col == 1;
				nextch(lx);
				line_comment(lx, start);
				goto redo;
			}
			if (lx->ch == '*') {
				nextch(lx);
				block_comment(lx, start);
				if (lx->line > lx->pos.line && nlsemi) {
					/* a comment spanning lines acts as a newline */
					set_semi(lx, "newline");
					return;
				}
				goto redo;
			}
			assign_op(lx, OP_DIV, PREC_MUL);
			return;
		case '%':
			nextch(lx);
			assign_op(lx, OP_REM, PREC_MUL);
			return;
		case '&':
			nextch(lx);
			if (lx->ch == '&') {
				set_op(lx, OP_ANDAND, PREC_ANDAND);
				return;
			}
			if (lx->ch == '^') {
				nextch(lx);
				assign_op(lx, OP_ANDNOT, PREC_MUL);
				return;
			}
			assign_op(lx, OP_AND, PREC_MUL);
			return;
		case '|':
			nextch(lx);
			if (lx->ch == '|') {
				set_op(lx, OP_OROR, PREC_OROR);
				return;
			}
			assign_op(lx, OP_OR, PREC_ADD);
			return;
		case '^':
			nextch(lx);
			assign_op(lx, OP_XOR, PREC_ADD);
			return;
		case '<':
			nextch(lx);
			if (lx->ch == '=') {
				set_op(lx, OP_LEQ, PREC_CMP);
				return;
			}
			if (lx->ch == '<') {
				nextch(lx);
				assign_op(lx, OP_SHL, PREC_MUL);
				return;
			}
			if (lx->ch == '-') {
				nextch(lx);
				lx->op = OP_RECV;
				lx->prec = PREC_NONE;
				lx->tok = T_ARROW;
				return;
			}
			lx->op = OP_LSS;
			lx->prec = PREC_CMP;
			lx->tok = T_OPERATOR;
			return;
		case '>':
			nextch(lx);
			if (lx->ch == '=') {
				set_op(lx, OP_GEQ, PREC_CMP);
				return;
			}
			if (lx->ch == '>') {
				nextch(lx);
				assign_op(lx, OP_SHR, PREC_MUL);
				return;
			}
			lx->op = OP_GTR;
			lx->prec = PREC_CMP;
			lx->tok = T_OPERATOR;
			return;
		case '=':
			nextch(lx);
			if (lx->ch == '=') {
				set_op(lx, OP_EQL, PREC_CMP);
				return;
			}
			lx->tok = T_ASSIGN;
			return;
		case '!':
			nextch(lx);
			if (lx->ch == '=') {
				set_op(lx, OP_NEQ, PREC_CMP);
				return;
			}
			lx->op = OP_NOT;
			lx->prec = PREC_NONE;
			lx->tok = T_OPERATOR;
			return;
		case '~':
			nextch(lx);
			lx->op = OP_TILDE;
			lx->prec = PREC_NONE;
			lx->tok = T_OPERATOR;
			return;
		default:
			if (is_letter(c)) {
				scan_ident(lx, start);
				return;
			}
			if (c >= 0x80) {
				check_ident_rune(lx, true);
				scan_ident(lx, start);
				return;
			}
			char buf[20];
			error_here(lx, "invalid character %s", fmt_U(buf, (uint32_t)c));
			nextch(lx);
			goto redo;
		}
	}
}

/* ------------------------------------------------------------------ */
/* Names of tokens and operators                                        */
/* ------------------------------------------------------------------ */

static const char *const tok_names[T_NTOKENS] = {
	[T_EOF] = "EOF",
	[T_NAME] = "name", [T_LITERAL] = "literal",
	[T_OPERATOR] = "op", [T_ASSIGNOP] = "op=", [T_INCOP] = "opop",
	[T_ASSIGN] = "=", [T_DEFINE] = ":=", [T_ARROW] = "<-", [T_STAR] = "*",
	[T_LPAREN] = "(", [T_LBRACK] = "[", [T_LBRACE] = "{",
	[T_RPAREN] = ")", [T_RBRACK] = "]", [T_RBRACE] = "}",
	[T_COMMA] = ",", [T_SEMI] = ";", [T_COLON] = ":", [T_DOT] = ".",
	[T_DOTDOTDOT] = "...",
	[T_BREAK] = "break", [T_CASE] = "case", [T_CHAN] = "chan",
	[T_CONST] = "const", [T_CONTINUE] = "continue", [T_DEFAULT] = "default",
	[T_DEFER] = "defer", [T_ELSE] = "else", [T_FALLTHROUGH] = "fallthrough",
	[T_FOR] = "for", [T_FUNC] = "func", [T_GO] = "go", [T_GOTO] = "goto",
	[T_IF] = "if", [T_IMPORT] = "import", [T_INTERFACE] = "interface",
	[T_MAP] = "map", [T_PACKAGE] = "package", [T_RANGE] = "range",
	[T_RETURN] = "return", [T_SELECT] = "select", [T_STRUCT] = "struct",
	[T_SWITCH] = "switch", [T_TYPE] = "type", [T_VAR] = "var",
};

const char *lex_tokstr(Tok t)
{
	if ((unsigned)t >= T_NTOKENS)
		return "";
	return tok_names[t];
}

static const char *const op_names[OP_COUNT] = {
	[OP_NONE] = "",
	[OP_DEF] = ":", [OP_NOT] = "!", [OP_RECV] = "<-", [OP_TILDE] = "~",
	[OP_OROR] = "||", [OP_ANDAND] = "&&",
	[OP_EQL] = "==", [OP_NEQ] = "!=", [OP_LSS] = "<", [OP_LEQ] = "<=",
	[OP_GTR] = ">", [OP_GEQ] = ">=",
	[OP_ADD] = "+", [OP_SUB] = "-", [OP_OR] = "|", [OP_XOR] = "^",
	[OP_MUL] = "*", [OP_DIV] = "/", [OP_REM] = "%", [OP_AND] = "&",
	[OP_ANDNOT] = "&^", [OP_SHL] = "<<", [OP_SHR] = ">>",
};

const char *lex_opstr(Op op)
{
	if ((unsigned)op >= OP_COUNT)
		return "";
	return op_names[op];
}

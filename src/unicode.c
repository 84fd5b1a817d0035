/*
 * unicode.c — the character classes of Go 1.19 that goescape needs:
 * unicode.IsLetter and unicode.IsDigit (what an identifier may hold) and
 * strconv.IsPrint (what quoting leaves as it is); and the two encodings
 * built on them that messages and constants print: UTF-8 and Go's
 * quoting of one rune (strconv.Quote and QuoteRune).
 *
 * The tables in unicode_tables.h are generated from Go 1.19's unicode and
 * strconv packages (tests/lex/gen/unicode_tables.go) as sorted ranges of
 * code points; ASCII is answered without them.
 */
#include "goescape.h"

#include "unicode_tables.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const uint32_t (*t)[2], size_t n, uint32_t r)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t m = lo + (hi - lo) / 2;
		if (r < t[m][0])
			hi = m;
		else if (r > t[m][1])
			lo = m + 1;
		else
			return true;
	}
	return false;
}

bool uni_is_letter(int32_t r)
{
	if (r < 0x80)
		return ('a' <= (r | 0x20) && (r | 0x20) <= 'z');
	return in_ranges(uni_letter, NELEM(uni_letter), (uint32_t)r);
}

bool uni_is_digit(int32_t r)
{
	if (r < 0x80)
		return '0' <= r && r <= '9';
	return in_ranges(uni_digit, NELEM(uni_digit), (uint32_t)r);
}

bool uni_is_print(uint32_t r)
{
	if (r < 0x80)
		return r >= 0x20 && r < 0x7f;
	return in_ranges(uni_print, NELEM(uni_print), r);
}

void uni_utf8_second(unsigned c, unsigned *lo, unsigned *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (c == 0xE0)
		*lo = 0xA0;
	else if (c == 0xED)
		*hi = 0x9F;
	else if (c == 0xF0)
		*lo = 0x90;
	else if (c == 0xF4)
		*hi = 0x8F;
}

int uni_decode_utf8(const char *s, size_t n, uint32_t *r)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[0], lo, hi;
	int w;
	if (c < 0x80) {
		*r = c;
		return 1;
	}
	*r = 0xFFFD;
	if (c < 0xC2 || c > 0xF4)
		return 1;
	w = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	uint32_t v = c & (w == 2 ? 0x1F : w == 3 ? 0x0F : 0x07);
	uni_utf8_second(c, &lo, &hi);
	if (n < (size_t)w || u[1] < lo || u[1] > hi)
		return 1;
	for (int i = 1; i < w; i++) {
		if (i > 1 && (u[i] < 0x80 || u[i] > 0xBF))
			return 1;
		v = (v << 6) | (u[i] & 0x3F);
	}
	*r = v;
	return w;
}

int uni_encode_utf8(char *b, uint32_t r)
{
	if (r < 0x80) {
		b[0] = (char)r;
		return 1;
	}
	if (r < 0x800) {
		b[0] = (char)(0xC0 | (r >> 6));
		b[1] = (char)(0x80 | (r & 0x3F));
		return 2;
	}
	if (r < 0x10000) {
		b[0] = (char)(0xE0 | (r >> 12));
		b[1] = (char)(0x80 | ((r >> 6) & 0x3F));
		b[2] = (char)(0x80 | (r & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | (r >> 18));
	b[1] = (char)(0x80 | ((r >> 12) & 0x3F));
	b[2] = (char)(0x80 | ((r >> 6) & 0x3F));
	b[3] = (char)(0x80 | (r & 0x3F));
	return 4;
}

int uni_quote_rune(char *e, uint32_t r, char quote)
{
	static const char hex[] = "0123456789abcdef";
	int k = 0;
	if (r == (uint32_t)quote || r == '\\') {
		e[k++] = '\\';
		e[k++] = (char)r;
		return k;
	}
	if (uni_is_print(r))
		return uni_encode_utf8(e, r);
	const char *esc = NULL;
	switch (r) {
	case '\a': esc = "\\a"; break;
	case '\b': esc = "\\b"; break;
	case '\f': esc = "\\f"; break;
	case '\n': esc = "\\n"; break;
	case '\r': esc = "\\r"; break;
	case '\t': esc = "\\t"; break;
	case '\v': esc = "\\v"; break;
	}
	if (esc) {
		e[k++] = esc[0];
		e[k++] = esc[1];
	} else if (r < ' ' || r == 0x7f) {
		e[k++] = '\\';
		e[k++] = 'x';
		e[k++] = hex[r >> 4];
		e[k++] = hex[r & 0xF];
	} else {
		int digits = r < 0x10000 ? 4 : 8;
		e[k++] = '\\';
		e[k++] = r < 0x10000 ? 'u' : 'U';
		for (int sh = 4 * (digits - 1); sh >= 0; sh -= 4)
			e[k++] = hex[(r >> sh) & 0xF];
	}
	return k;
}

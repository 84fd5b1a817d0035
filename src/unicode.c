/*
 * unicode.c — the character classes of Go 1.19 that goescape needs:
 * unicode.IsLetter and unicode.IsDigit (what an identifier may hold) and
 * strconv.IsPrint (what quoting leaves as it is).
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

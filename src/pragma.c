/*
 * pragma.c — compiler directives (//go:...) as gc's noder checks them
 * while parsing.
 *
 * The parser hands every //go: comment that stands alone on its line to
 * pragma_classify, which reports malformed or forbidden directives and
 * says what the directive is: a flag for the next declaration, a
 * //go:embed, a //go:linkname, or nothing the declaration keeps.  Which
 * directives are allowed depends on the package being compiled (-std,
 * the runtime, cgo-generated files), given by ParseOpts.
 *
 * Checks that need more than one comment (a linkname in a file that does
 * not import unsafe, an embed on a non-variable) belong to later phases.
 */
#include "goescape.h"

#include <string.h>

static bool is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

typedef struct Field {
	const char *s;
	int len;
} Field;

enum { MAX_FIELDS = 8 };

/* gc's pragmaFields: white-space separated fields, where a double-quoted
 * run (no escapes) is always a field of its own; an unclosed quote drops
 * the rest.  Returns the number of fields (counting past MAX_FIELDS). */
static int fields(const char *s, int n, Field *f)
{
	int count = 0, start = -1;
	bool quote = false;
#define ADD(from, to) do { if (count < MAX_FIELDS) { f[count].s = s + (from); f[count].len = (to) - (from); } count++; } while (0)
	for (int i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"') {
			if (quote) {
				quote = false;
				ADD(start, i + 1);
				start = -1;
			} else {
				quote = true;
				if (start >= 0)
					ADD(start, i);
				start = i;
			}
		} else if (!quote && is_space(c)) {
			if (start >= 0)
				ADD(start, i);
			start = -1;
		} else if (start == -1) {
			start = i;
		}
	}
	if (!quote && start >= 0)
		ADD(start, n);
#undef ADD
	return count;
}

static bool quoted(Field f)
{
	return f.len >= 2 && f.s[0] == '"' && f.s[f.len - 1] == '"';
}

static bool field_is(Field f, const char *s)
{
	return (int)strlen(s) == f.len && memcmp(f.s, s, f.len) == 0;
}

/* cmd/go's SafeArg: a library name that cannot pass for an option. */
static bool safe_arg(const char *s, int n)
{
	if (n == 0)
		return false;
	unsigned char c = (unsigned char)s[0];
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		c == '.' || c == '_' || c == '/' || c >= 0x80;
}

/* The usage check of gc's pragcgo for //go:cgo_* directives. */
static void check_cgo(Pos pos, const char *text, int n, PragmaReport report, void *ctx)
{
	Field f[MAX_FIELDS];
	int nf = fields(text, n, f);
	if (nf == 0)
		return;
	Field verb = {f[0].s + 3, f[0].len - 3}; /* drop "go:" */
	bool q1 = nf > 1 && quoted(f[1]), q2 = nf > 2 && quoted(f[2]), q3 = nf > 3 && quoted(f[3]);
	char msg[128];
	if (field_is(verb, "cgo_export_static") || field_is(verb, "cgo_export_dynamic")) {
		if (!((nf == 2 && !q1) || (nf == 3 && !q1 && !q2))) {
			snprintf(msg, sizeof msg, "usage: //go:%.*s local [remote]", verb.len, verb.s);
			report(ctx, pos, msg);
		}
	} else if (field_is(verb, "cgo_import_dynamic")) {
		if (!((nf == 2 && !q1) || (nf == 3 && !q1 && !q2) || (nf == 4 && !q1 && !q2 && q3)))
			report(ctx, pos, "usage: //go:cgo_import_dynamic local [remote [\"library\"]]");
	} else if (field_is(verb, "cgo_import_static")) {
		if (!(nf == 2 && !q1))
			report(ctx, pos, "usage: //go:cgo_import_static local");
	} else if (field_is(verb, "cgo_dynamic_linker")) {
		if (!(nf == 2 && q1))
			report(ctx, pos, "usage: //go:cgo_dynamic_linker \"path\"");
	} else if (field_is(verb, "cgo_ldflag")) {
		if (!(nf == 2 && q1))
			report(ctx, pos, "usage: //go:cgo_ldflag \"arg\"");
	}
}

/* A Go-quoted string's validity, as strconv.Unquote judges "..." with the
 * escapes of the spec.  Only used to reject bad //go:embed patterns. */
static bool valid_dquoted(const char *s, int n)
{
	for (int i = 1; i < n - 1; i++) {
		if (s[i] == '\n')
			return false;
		if (s[i] != '\\')
			continue;
		i++;
		if (i >= n - 1)
			return false;
		int digits = 0;
		switch (s[i]) {
		case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
		case '\\': case '"':
			continue;
		case 'x': digits = 2; break;
		case 'u': digits = 4; break;
		case 'U': digits = 8; break;
		case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
			if (i + 2 >= n - 1)
				return false;
			for (int k = 1; k <= 2; k++)
				if (s[i + k] < '0' || s[i + k] > '7')
					return false;
			if ((s[i] - '0') * 64 + (s[i + 1] - '0') * 8 + (s[i + 2] - '0') > 255)
				return false;
			i += 2;
			continue;
		default:
			return false;
		}
		for (int k = 1; k <= digits; k++) {
			char c = i + k < n - 1 ? s[i + k] : 0;
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
				return false;
		}
		i += digits;
	}
	return true;
}

/* gc's parseGoEmbed: count the patterns after //go:embed, reporting the
 * first malformed one.  ASCII white space only (Unicode spaces in a
 * pattern are vanishingly rare and would only change the message). */
static int embed_patterns(Pos pos, const char *s, int n, PragmaReport report, void *ctx)
{
	int count = 0, i = 0;
	char msg[600];
	for (;;) {
		while (i < n && is_space(s[i]))
			i++;
		if (i >= n)
			return count;
		const char *rest = s + i;
		int restn = n - i;
		if (s[i] == '`') {
			const char *end = memchr(s + i + 1, '`', n - i - 1);
			if (!end)
				goto bad;
			i = (int)(end - s) + 1;
		} else if (s[i] == '"') {
			int j = i + 1;
			for (; j < n; j++) {
				if (s[j] == '\\') {
					j++;
					continue;
				}
				if (s[j] == '"')
					break;
			}
			if (j >= n)
				goto bad;
			if (!valid_dquoted(s + i, j - i + 1)) {
				restn = j - i + 1;
				goto bad;
			}
			i = j + 1;
		} else {
			while (i < n && !is_space(s[i]))
				i++;
		}
		if (i < n && !is_space(s[i])) {
			rest = s + i;
			restn = n - i;
			goto bad;
		}
		count++;
		continue;
	bad:
		snprintf(msg, sizeof msg, "invalid quoted string in //go:embed: %.*s", restn, rest);
		report(ctx, pos, msg);
		return 0;
	}
}

static uint32_t flag_of(const char *verb, int len)
{
	static const struct { const char *name; uint32_t flag; } tab[] = {
		{"go:build", PRAG_GOBUILD},
		{"go:noescape", PRAG_NOESCAPE},
		{"go:norace", PRAG_NORACE},
		{"go:nosplit", PRAG_NOSPLIT | PRAG_NOCHECKPTR},
		{"go:noinline", PRAG_NOINLINE},
		{"go:nocheckptr", PRAG_NOCHECKPTR},
		{"go:systemstack", PRAG_SYSTEMSTACK},
		{"go:nowritebarrier", PRAG_NOWRITEBARRIER},
		{"go:nowritebarrierrec", PRAG_NOWRITEBARRIERREC | PRAG_NOWRITEBARRIER},
		{"go:yeswritebarrierrec", PRAG_YESWRITEBARRIERREC},
		{"go:cgo_unsafe_args", PRAG_CGOUNSAFEARGS | PRAG_NOCHECKPTR},
		{"go:uintptrkeepalive", PRAG_UINTPTRKEEPALIVE},
		{"go:uintptrescapes", PRAG_UINTPTRESCAPES | PRAG_UINTPTRKEEPALIVE},
		{"go:registerparams", PRAG_REGISTERPARAMS},
		{"go:notinheap", PRAG_NOTINHEAP},
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if ((int)strlen(tab[i].name) == len && memcmp(tab[i].name, verb, len) == 0)
			return tab[i].flag;
	return 0;
}

static bool allowed_in_std(const char *verb, int len)
{
	static const char *ok[] = {
		"go:cgo_export_static", "go:cgo_export_dynamic", "go:cgo_import_static",
		"go:cgo_import_dynamic", "go:cgo_ldflag", "go:cgo_dynamic_linker",
		"go:embed", "go:generate",
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if ((int)strlen(ok[i]) == len && memcmp(ok[i], verb, len) == 0)
			return true;
	return false;
}

static bool starts(const char *s, int n, const char *pre)
{
	int m = (int)strlen(pre);
	return n >= m && memcmp(s, pre, m) == 0;
}

PragmaKind pragma_classify(const ParseOpts *opts, Pos pos, const char *text, int n,
	bool cgo_file, uint32_t *flag, PragmaReport report, void *ctx)
{
	char msg[600];
	*flag = 0;
	if (starts(text, n, "go:linkname ")) {
		Field f[MAX_FIELDS];
		int nf = fields(text, n, f);
		(void)f;
		if (nf < 2 || nf > 3)
			report(ctx, pos, "usage: //go:linkname localname [linkname]");
		return PK_LINKNAME;
	}
	if ((n == 8 && memcmp(text, "go:embed", 8) == 0) || starts(text, n, "go:embed ")) {
		if (embed_patterns(pos, text + 8, n - 8, report, ctx) == 0) {
			report(ctx, pos, "usage: //go:embed pattern...");
			return PK_NONE;
		}
		return PK_EMBED;
	}
	if (starts(text, n, "go:cgo_import_dynamic ")) {
		Field f[MAX_FIELDS];
		if (fields(text, n, f) >= 4) {
			Field lib = f[3];
			while (lib.len && lib.s[0] == '"')
				lib.s++, lib.len--;
			while (lib.len && lib.s[lib.len - 1] == '"')
				lib.len--;
			if (lib.len && !safe_arg(lib.s, lib.len) && !cgo_file) {
				snprintf(msg, sizeof msg, "invalid library name \"%.*s\" in cgo_import_dynamic directive",
					lib.len, lib.s);
				report(ctx, pos, msg);
			}
			check_cgo(pos, text, n, report, ctx);
			return PK_NONE;
		}
	}
	if (starts(text, n, "go:cgo_")) {
		if (!cgo_file && !opts->std) {
			snprintf(msg, sizeof msg, "//%.*s only allowed in cgo-generated code", n, text);
			report(ctx, pos, msg);
		}
		check_cgo(pos, text, n, report, ctx);
	}
	int verb = 0;
	while (verb < n && text[verb] != ' ')
		verb++;
	uint32_t fl = flag_of(text, verb);
	const uint32_t runtime_only = PRAG_SYSTEMSTACK | PRAG_NOWRITEBARRIER |
		PRAG_NOWRITEBARRIERREC | PRAG_YESWRITEBARRIERREC;
	if (!opts->runtime && (fl & runtime_only)) {
		snprintf(msg, sizeof msg, "//%.*s only allowed in runtime", verb, text);
		report(ctx, pos, msg);
	}
	if (fl == PRAG_UINTPTRKEEPALIVE && !opts->std) {
		snprintf(msg, sizeof msg, "//%.*s is only allowed in the standard library", verb, text);
		report(ctx, pos, msg);
	}
	if (fl == 0 && opts->std && !allowed_in_std(text, verb)) {
		snprintf(msg, sizeof msg, "//%.*s is not allowed in the standard library", verb, text);
		report(ctx, pos, msg);
	}
	*flag = fl;
	return PK_FLAG;
}

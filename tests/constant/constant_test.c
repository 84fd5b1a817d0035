/*
 * constant_test.c — tests of the constant arithmetic (src/constant.c).
 *
 * Two kinds of tests:
 *   - hand-written ones (below, "unit"), for what the oracle cannot see:
 *     pools and copying, deep string concatenations, Unknown results of
 *     division by zero, representability of untyped kinds, limits;
 *   - differential ones: a file of cases in the query language of
 *     tests/tools/constoracle (see its main.go), evaluated here and by
 *     the oracle (go/constant, go/types); the results must be equal line
 *     for line.  tests/suites/constant.sh runs the oracle.
 *
 * Usage:
 *   constant_test                          the hand-written tests
 *   constant_test -cases F -expect E       and the cases of F, against the
 *                                          oracle's results E
 *   constant_test -eval F                  print our result for each case
 * Prints "PASS constant/<name>" or "FAIL constant/<name>: why" per test
 * (per group of cases); details of mismatches go to stderr.  Exit status
 * 1 if any test failed.
 */
#define _POSIX_C_SOURCE 200809L /* getline */
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "goescape.h"
#include "constant.h"

static int nfail;

/* ---- a growable string ---------------------------------------------- */

typedef struct Buf {
	char *s;
	size_t len, cap;
} Buf;

static void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (b->len + (size_t)n + 1 > b->cap) {
		b->cap = 2 * (b->len + (size_t)n + 1);
		b->s = xrealloc(b->s, b->cap);
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Append a malloc'd string and free it. */
static void buf_take(Buf *b, char *s)
{
	buf_printf(b, "%s", s);
	free(s);
}

/* ---- describing values as the oracle does ------------------------------ */

static void put_rep(Buf *b, Const x)
{
	if (const_kind(x) == CONST_COMPLEX) {
		buf_printf(b, "complex(");
		put_rep(b, const_real(x));
		buf_printf(b, ",");
		put_rep(b, const_imag(x));
		buf_printf(b, ")");
	} else {
		buf_printf(b, "%s", const_repr_name(x));
	}
}

static void put_brief(Buf *b, Const x)
{
	put_rep(b, x);
	buf_printf(b, ":");
	buf_take(b, const_exact_string(x));
}

static const char *tf(bool b)
{
	return b ? "true" : "false";
}

static uint64_t bits64(double d)
{
	uint64_t u;
	memcpy(&u, &d, 8);
	return u;
}

static uint32_t bits32(float f)
{
	uint32_t u;
	memcpy(&u, &f, 4);
	return u;
}

static void put_desc(Buf *b, ConstPool *p, Const x)
{
	put_rep(b, x);
	buf_printf(b, "|");
	buf_take(b, const_string(x));
	buf_printf(b, "|");
	buf_take(b, const_exact_string(x));
	bool e1, e2, e3, e4;
	switch (const_kind(x)) {
	case CONST_INT: {
		int64_t i = const_int64_val(x, &e1);
		uint64_t u = const_uint64_val(x, &e2);
		double f = const_float64_val(x, &e3);
		float g = const_float32_val(x, &e4);
		buf_printf(b, "|i64=%" PRId64 "/%s u64=%" PRIu64 "/%s bl=%" PRId64 " sg=%d f64=%016" PRIx64
			"/%s f32=%08" PRIx32 "/%s", i, tf(e1), u, tf(e2), const_bitlen(x), const_sign(x),
			bits64(f), tf(e3), bits32(g), tf(e4));
		break;
	}
	case CONST_FLOAT: {
		double f = const_float64_val(x, &e3);
		float g = const_float32_val(x, &e4);
		buf_printf(b, "|sg=%d f64=%016" PRIx64 "/%s f32=%08" PRIx32 "/%s toint=", const_sign(x),
			bits64(f), tf(e3), bits32(g), tf(e4));
		put_brief(b, const_to_int(p, x));
		buf_printf(b, " num=");
		put_brief(b, const_num(p, x));
		buf_printf(b, " den=");
		put_brief(b, const_denom(p, x));
		break;
	}
	case CONST_COMPLEX:
		buf_printf(b, "|sg=%d tofloat=", const_sign(x));
		put_brief(b, const_to_float(p, x));
		buf_printf(b, " toint=");
		put_brief(b, const_to_int(p, x));
		break;
	case CONST_STRING: {
		size_t n;
		const_string_val(x, &n);
		buf_printf(b, "|len=%zu", n);
		break;
	}
	default:
		break;
	}
}

/* ---- the query language ------------------------------------------------ */

typedef struct Eval {
	ConstPool *p;
	char **tok;
	int ntok, at;
	const char *err;   /* "divzero" or "badcase" */
} Eval;

static const char *next_tok(Eval *e)
{
	if (e->at >= e->ntok) {
		e->err = "badcase";
		return "unknown";
	}
	return e->tok[e->at++];
}

static char *unhex(const char *s, size_t *n)
{
	size_t len = strlen(s);
	char *out = xmalloc(len / 2 + 1);
	for (size_t i = 0; i + 1 < len; i += 2) {
		char t[3] = {s[i], s[i + 1], 0};
		out[i / 2] = (char)strtoul(t, NULL, 16);
	}
	*n = len / 2;
	return out;
}

static const struct {
	const char *name;
	Op op;
} binops[] = {
	{"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MUL}, {"/", OP_DIV}, {"quo", OP_DIV},
	{"%", OP_REM}, {"&", OP_AND}, {"|", OP_OR}, {"^", OP_XOR}, {"&^", OP_ANDNOT},
	{"&&", OP_ANDAND}, {"||", OP_OROR},
};

static const struct {
	const char *name;
	Op op;
} cmpops[] = {
	{"==", OP_EQL}, {"!=", OP_NEQ}, {"<", OP_LSS}, {"<=", OP_LEQ}, {">", OP_GTR}, {">=", OP_GEQ},
};

static Const expr(Eval *e)
{
	if (e->err)
		return const_make_unknown();
	const char *t = next_tok(e);
	for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++) {
		if (strcmp(t, binops[i].name) != 0)
			continue;
		Const x = expr(e), y = expr(e);
		if (e->err)
			return const_make_unknown();
		Op op = binops[i].op;
		if (op == OP_DIV || op == OP_REM) {
			bool cplx = const_kind(x) == CONST_COMPLEX || const_kind(y) == CONST_COMPLEX;
			if (const_sign(y) == 0 || (cplx && const_complex_divisor_zero(y))) {
				e->err = "divzero";
				return const_make_unknown();
			}
		}
		if (strcmp(t, "quo") == 0)
			return const_quo_int(e->p, x, y);
		return const_binary(e->p, x, op, y);
	}
	if (!strcmp(t, "neg") || !strcmp(t, "pos") || !strcmp(t, "not")) {
		Const x = expr(e);
		if (e->err)
			return x;
		Op op = t[0] == 'n' ? (t[1] == 'e' ? OP_SUB : OP_NOT) : OP_ADD;
		return const_unary(e->p, op, x, 0);
	}
	if (!strcmp(t, "cpl")) {
		unsigned prec = (unsigned)strtoul(next_tok(e), NULL, 10);
		Const x = expr(e);
		if (e->err)
			return x;
		return const_unary(e->p, OP_XOR, x, prec);
	}
	if (!strcmp(t, "<<") || !strcmp(t, ">>")) {
		uint64_t s = strtoull(next_tok(e), NULL, 10);
		Const x = expr(e);
		if (e->err)
			return x;
		return const_shift(e->p, x, t[0] == '<' ? OP_SHL : OP_SHR, s);
	}
	static const char *const convs[] = {"toint", "tofloat", "tocomplex", "real", "imag",
		"mkimag", "num", "denom"};
	for (int i = 0; i < 8; i++) {
		if (strcmp(t, convs[i]) != 0)
			continue;
		Const x = expr(e);
		if (e->err)
			return x;
		switch (i) {
		case 0: return const_to_int(e->p, x);
		case 1: return const_to_float(e->p, x);
		case 2: return const_to_complex(e->p, x);
		case 3: return const_real(x);
		case 4: return const_imag(x);
		case 5: return const_make_imag(e->p, x);
		case 6: return const_num(e->p, x);
		default: return const_denom(e->p, x);
		}
	}
	if (!strcmp(t, "unknown"))
		return const_make_unknown();
	const char *colon = strchr(t, ':');
	if (!colon) {
		e->err = "badcase";
		return const_make_unknown();
	}
	const char *arg = colon + 1;
	size_t klen = (size_t)(colon - t);
#define IS(k) (klen == strlen(k) && !strncmp(t, k, klen))
	if (IS("int"))
		return const_from_literal(e->p, LIT_INT, arg, strlen(arg));
	if (IS("float"))
		return const_from_literal(e->p, LIT_FLOAT, arg, strlen(arg));
	if (IS("imag"))
		return const_from_literal(e->p, LIT_IMAG, arg, strlen(arg));
	if (IS("rune") || IS("str") || IS("s")) {
		size_t n;
		char *lit = unhex(arg, &n);
		Const c = IS("rune") ? const_from_literal(e->p, LIT_RUNE, lit, n)
			: IS("str") ? const_from_literal(e->p, LIT_STRING, lit, n)
			: const_make_string(e->p, lit, n);
		free(lit);
		return c;
	}
	if (IS("i64"))
		return const_make_int64(strtoll(arg, NULL, 10));
	if (IS("u64"))
		return const_make_uint64(e->p, strtoull(arg, NULL, 10));
	if (IS("f64")) {
		uint64_t u = strtoull(arg, NULL, 16);
		double d;
		memcpy(&d, &u, 8);
		return const_make_float64(e->p, d);
	}
	if (IS("bool"))
		return const_make_bool(!strcmp(arg, "true"));
#undef IS
	e->err = "badcase";
	return const_make_unknown();
}

static const struct {
	const char *name;
	ConstType t;
} types[] = {
	{"int", CT_INT}, {"int8", CT_INT8}, {"int16", CT_INT16}, {"int32", CT_INT32},
	{"int64", CT_INT64}, {"uint", CT_UINT}, {"uint8", CT_UINT8}, {"uint16", CT_UINT16},
	{"uint32", CT_UINT32}, {"uint64", CT_UINT64}, {"uintptr", CT_UINTPTR},
	{"float32", CT_FLOAT32}, {"float64", CT_FLOAT64}, {"complex64", CT_COMPLEX64},
	{"complex128", CT_COMPLEX128}, {"bool", CT_BOOL}, {"string", CT_STRING},
};

/* The result of one query (the part of a case line after the tab). */
static void run_query(Buf *b, ConstPool *p, char *q)
{
	char *tok[4096];
	int n = 0;
	for (char *s = strtok(q, " "); s && n < 4096; s = strtok(NULL, " "))
		tok[n++] = s;
	Eval e = {p, tok, n, 1, NULL};
	if (n == 0) {
		buf_printf(b, "badcase");
		return;
	}
	const char *what = tok[0];
	if (!strcmp(what, "desc") || !strcmp(what, "cz")) {
		Const x = expr(&e);
		if (!e.err && e.at != n)
			e.err = "badcase";
		if (e.err)
			buf_printf(b, "%s", e.err);
		else if (what[0] == 'c')
			buf_printf(b, "%s", tf(const_complex_divisor_zero(x)));
		else
			put_desc(b, p, x);
	} else if (!strcmp(what, "cmp")) {
		const char *opname = next_tok(&e);
		int k = -1;
		for (int i = 0; i < 6; i++)
			if (!strcmp(opname, cmpops[i].name))
				k = i;
		Const x = expr(&e), y = expr(&e);
		if (!e.err && (k < 0 || e.at != n))
			e.err = "badcase";
		if (e.err)
			buf_printf(b, "%s", e.err);
		else
			buf_printf(b, "%s", tf(const_compare(x, cmpops[k].op, y)));
	} else if (!strcmp(what, "repr")) {
		const char *tname = next_tok(&e);
		int word = atoi(next_tok(&e));
		int k = -1;
		for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
			if (!strcmp(tname, types[i].name))
				k = (int)i;
		Const x = expr(&e);
		if (!e.err && (k < 0 || e.at != n || (word != 4 && word != 8)))
			e.err = "badcase";
		if (e.err) {
			buf_printf(b, "%s", e.err);
			return;
		}
		Const r = x;
		if (const_representable(p, x, types[k].t, word, &r)) {
			buf_printf(b, "ok ");
			put_desc(b, p, r);
		} else {
			buf_printf(b, "no");
		}
	} else {
		buf_printf(b, "badcase");
	}
}

/* ---- case files ----------------------------------------------------------- */

typedef struct Lines {
	char **line;
	int n, cap;
} Lines;

static bool read_lines(const char *path, bool skip_comments, Lines *ls)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = 0;
		if (skip_comments && (len == 0 || line[0] == '#'))
			continue;
		if (ls->n == ls->cap) {
			ls->cap = ls->cap ? 2 * ls->cap : 1024;
			ls->line = xrealloc(ls->line, (size_t)ls->cap * sizeof *ls->line);
		}
		ls->line[ls->n++] = xstrdup(line);
	}
	free(line);
	fclose(f);
	return true;
}

static void free_lines(Lines *ls)
{
	for (int i = 0; i < ls->n; i++)
		free(ls->line[i]);
	free(ls->line);
}

/* Our result for case line (group TAB query). */
static char *eval_case(const char *line)
{
	Buf b = {0};
	const char *tab = strchr(line, '\t');
	if (!tab) {
		buf_printf(&b, "badcase");
		return b.s;
	}
	char *q = xstrdup(tab + 1);
	ConstPool *p = const_pool_new();
	run_query(&b, p, q);
	const_pool_free(p);
	free(q);
	if (!b.s)
		buf_printf(&b, "%s", "");
	return b.s;
}

typedef struct Group {
	char *name;
	int n, bad;
	char *first;   /* first mismatch, for the FAIL line */
} Group;

static int eval_file(const char *path)
{
	Lines cases = {0};
	if (!read_lines(path, true, &cases)) {
		perror(path);
		return 2;
	}
	for (int i = 0; i < cases.n; i++) {
		char *r = eval_case(cases.line[i]);
		printf("%s\n", r);
		free(r);
	}
	free_lines(&cases);
	return 0;
}

static void compare_files(const char *cpath, const char *epath)
{
	Lines cases = {0}, want = {0};
	if (!read_lines(cpath, true, &cases) || !read_lines(epath, false, &want)) {
		printf("FAIL constant/oracle: cannot read %s or %s\n", cpath, epath);
		nfail++;
		return;
	}
	if (cases.n != want.n) {
		printf("FAIL constant/oracle: %d cases but %d results in %s\n", cases.n, want.n, epath);
		nfail++;
		free_lines(&cases);
		free_lines(&want);
		return;
	}
	Group *groups = NULL;
	int ngroups = 0, logged = 0;
	for (int i = 0; i < cases.n; i++) {
		const char *line = cases.line[i];
		const char *tab = strchr(line, '\t');
		size_t glen = tab ? (size_t)(tab - line) : strlen(line);
		Group *g = NULL;
		for (int k = 0; k < ngroups; k++)
			if (strlen(groups[k].name) == glen && !strncmp(groups[k].name, line, glen))
				g = &groups[k];
		if (!g) {
			groups = xrealloc(groups, (size_t)(ngroups + 1) * sizeof *groups);
			g = &groups[ngroups++];
			memset(g, 0, sizeof *g);
			g->name = xmalloc(glen + 1);
			memcpy(g->name, line, glen);
			g->name[glen] = 0;
		}
		g->n++;
		char *got = eval_case(line);
		if (strcmp(got, want.line[i]) != 0) {
			if (g->bad++ == 0) {
				Buf b = {0};
				buf_printf(&b, "case %d: %.120s: want %.120s, got %.120s", i + 1,
					tab ? tab + 1 : line, want.line[i], got);
				g->first = b.s;
			}
			if (logged++ < 40)
				fprintf(stderr, "== mismatch, case %d (%s)\n  case: %.400s\n  want: %.400s\n  got:  %.400s\n",
					i + 1, g->name, tab ? tab + 1 : line, want.line[i], got);
		}
		free(got);
	}
	for (int k = 0; k < ngroups; k++) {
		Group *g = &groups[k];
		if (g->bad) {
			printf("FAIL constant/oracle/%s: %d of %d cases differ; first %s\n", g->name, g->bad, g->n, g->first);
			nfail++;
		} else {
			printf("PASS constant/oracle/%s (%d cases)\n", g->name, g->n);
		}
		free(g->name);
		free(g->first);
	}
	free(groups);
	free_lines(&cases);
	free_lines(&want);
}

/* ==================================================================== */
/* Hand-written tests                                                     */
/* ==================================================================== */

static const char *failed;   /* first failure of the current test */
static char failbuf[512];

#define CHECK(cond, ...) \
	do { \
		if (!(cond) && !failed) { \
			snprintf(failbuf, sizeof failbuf, __VA_ARGS__); \
			failed = failbuf; \
		} \
	} while (0)

static void report(const char *name)
{
	if (failed) {
		printf("FAIL constant/unit/%s: %s\n", name, failed);
		nfail++;
	} else {
		printf("PASS constant/unit/%s\n", name);
	}
	failed = NULL;
}

/* The short and exact forms of x, compared with the expected ones. */
static void check_text(Const x, const char *want, const char *want_exact)
{
	char *s = const_string(x), *e = const_exact_string(x);
	CHECK(!strcmp(s, want), "String() = %s, want %s", s, want);
	CHECK(!strcmp(e, want_exact), "ExactString() = %s, want %s", e, want_exact);
	free(s);
	free(e);
}

static Const lit(ConstPool *p, LitKind k, const char *s)
{
	return const_from_literal(p, k, s, strlen(s));
}

static void test_small_ints(void)
{
	ConstPool *p = const_pool_new();
	Const zero = {0};
	CHECK(const_kind(zero) == CONST_UNKNOWN, "zero Const is not Unknown");
	Const a = lit(p, LIT_INT, "0x_7fff_ffff_ffff_ffff");
	CHECK(!strcmp(const_repr_name(a), "int64"), "MaxInt64 is %s", const_repr_name(a));
	Const b = const_binary(p, a, OP_ADD, const_make_int64(1));
	CHECK(!strcmp(const_repr_name(b), "int"), "MaxInt64+1 is %s", const_repr_name(b));
	check_text(b, "9223372036854775808", "9223372036854775808");
	Const c = const_binary(p, b, OP_SUB, const_make_int64(1));
	CHECK(!strcmp(const_repr_name(c), "int64") && const_compare(a, OP_EQL, c), "back to int64");
	Const d = const_binary(p, const_make_int64(7), OP_DIV, const_make_int64(2));
	CHECK(const_kind(d) == CONST_FLOAT, "7/2 is not a Float");
	check_text(d, "3.5", "7/2");
	Const q = const_quo_int(p, const_make_int64(-7), const_make_int64(2));
	check_text(q, "-3", "-3");
	Const r = const_binary(p, const_make_int64(-7), OP_REM, const_make_int64(2));
	check_text(r, "-1", "-1");
	/* go/constant's int64 division wraps for MinInt64 / -1 */
	Const m = const_quo_int(p, const_make_int64(INT64_MIN), const_make_int64(-1));
	check_text(m, "-9223372036854775808", "-9223372036854775808");
	check_text(const_binary(p, const_make_int64(INT64_MIN), OP_REM, const_make_int64(-1)), "0", "0");
	check_text(const_unary(p, OP_SUB, const_make_int64(INT64_MIN), 0), "9223372036854775808", "9223372036854775808");
	check_text(const_unary(p, OP_XOR, const_make_int64(0), 8), "255", "255");
	check_text(const_unary(p, OP_XOR, const_make_int64(0), 64), "18446744073709551615", "18446744073709551615");
	check_text(const_unary(p, OP_XOR, const_make_int64(5), 0), "-6", "-6");
	CHECK(const_sign(const_make_unknown()) == 1, "Sign(Unknown) != 1");
	CHECK(const_bitlen(const_make_unknown()) == 0, "BitLen(Unknown) != 0");
	const_pool_free(p);
	report("small-ints");
}

static void test_div_zero(void)
{
	ConstPool *p = const_pool_new();
	Const one = const_make_int64(1), zero = const_make_int64(0);
	Const fz = lit(p, LIT_FLOAT, "0.0"), cz = lit(p, LIT_IMAG, "0i");
	Const big = lit(p, LIT_INT, "100000000000000000000000");
	Const huge = lit(p, LIT_FLOAT, "1e5000");
	CHECK(const_kind(const_binary(p, one, OP_DIV, zero)) == CONST_UNKNOWN, "1/0");
	CHECK(const_kind(const_quo_int(p, big, zero)) == CONST_UNKNOWN, "big quo 0");
	CHECK(const_kind(const_binary(p, big, OP_REM, zero)) == CONST_UNKNOWN, "big %% 0");
	CHECK(const_kind(const_binary(p, one, OP_DIV, fz)) == CONST_UNKNOWN, "1/0.0");
	CHECK(const_kind(const_binary(p, huge, OP_DIV, fz)) == CONST_UNKNOWN, "1e5000/0.0");
	CHECK(const_kind(const_binary(p, cz, OP_DIV, cz)) == CONST_UNKNOWN, "0i/0i");
	/* a divisor whose square underflows */
	Const tiny = lit(p, LIT_FLOAT, "1e-400000000");
	CHECK(!strcmp(const_repr_name(tiny), "float") && const_sign(tiny) == 1, "1e-400000000 is a float");
	CHECK(const_complex_divisor_zero(tiny), "1e-400000000 squared is not 0");
	CHECK(const_complex_divisor_zero(const_make_imag(p, tiny)), "1e-400000000i squared is not 0");
	CHECK(!const_complex_divisor_zero(lit(p, LIT_FLOAT, "1e-300000000")), "1e-300000000 squared is 0");
	CHECK(!const_complex_divisor_zero(const_make_unknown()), "Unknown divisor");
	/* an overflowing float is Unknown */
	Const sq = const_binary(p, lit(p, LIT_FLOAT, "1e400000000"), OP_MUL, lit(p, LIT_FLOAT, "1e400000000"));
	CHECK(const_kind(sq) == CONST_UNKNOWN, "1e400000000 squared is %s", const_repr_name(sq));
	const_pool_free(p);
	report("division-by-zero");
}

static void test_shift_limits(void)
{
	ConstPool *p = const_pool_new();
	Const one = const_make_int64(1);
	CHECK(const_kind(const_shift(p, one, OP_SHL, CONST_MAX_SHIFT + 1)) == CONST_UNKNOWN, "huge shift");
	CHECK(const_sign(const_shift(p, const_make_int64(0), OP_SHL, UINT64_MAX)) == 0, "0 << huge");
	check_text(const_shift(p, const_make_int64(-5), OP_SHR, UINT64_MAX), "-1", "-1");
	check_text(const_shift(p, const_make_int64(-5), OP_SHR, 1), "-3", "-3");
	Const s = const_shift(p, one, OP_SHL, 1074);
	CHECK(const_bitlen(s) == 1075, "BitLen(1<<1074) = %" PRId64, const_bitlen(s));
	check_text(const_shift(p, s, OP_SHR, 1074), "1", "1");
	const_pool_free(p);
	report("shift-limits");
}

static void test_strings(void)
{
	ConstPool *p = const_pool_new();
	/* a left-deep and a right-deep chain of 200000 concatenations */
	enum { N = 200000 };
	Const l = const_make_string(p, "", 0), r = l;
	for (int i = 0; i < N; i++) {
		Const piece = const_make_string(p, i % 2 ? "b" : "a", 1);
		l = const_binary(p, l, OP_ADD, piece);
		r = const_binary(p, piece, OP_ADD, r);
	}
	size_t n;
	const char *s = const_string_val(l, &n);
	CHECK(n == N && s[0] == 'a' && s[1] == 'b' && s[N - 1] == 'b', "left chain: %zu bytes", n);
	s = const_string_val(r, &n);
	CHECK(n == N && s[0] == 'b' && s[N - 1] == 'a', "right chain: %zu bytes", n);
	CHECK(!const_compare(l, OP_EQL, r) && const_compare(l, OP_LSS, r), "compare chains");
	char *short_form = const_string(l);
	CHECK(strlen(short_form) == 72 && !strcmp(short_form + 69, "..."), "short form %s", short_form);
	free(short_form);
	/* NULs and invalid UTF-8 survive */
	Const z = lit(p, LIT_STRING, "\"a\\x00b\\xff\"");
	s = const_string_val(z, &n);
	CHECK(n == 4 && s[1] == 0 && (unsigned char)s[3] == 0xff, "\\x00 and \\xff");
	check_text(z, "\"a\\x00b\\xff\"", "\"a\\x00b\\xff\"");
	check_text(lit(p, LIT_STRING, "`a\r\nb`"), "\"a\\nb\"", "\"a\\nb\"");
	check_text(lit(p, LIT_RUNE, "'\\U0001F600'"), "128512", "128512");
	CHECK(const_kind(lit(p, LIT_RUNE, "'\\ud800'")) == CONST_UNKNOWN, "surrogate rune");
	CHECK(const_kind(lit(p, LIT_STRING, "\"\\'\"")) == CONST_UNKNOWN, "\\' in a string");
	const_pool_free(p);
	report("strings");
}

static void test_pools(void)
{
	ConstPool *a = const_pool_new(), *b = const_pool_new();
	Const vals[] = {
		lit(a, LIT_INT, "123456789012345678901234567890"),
		lit(a, LIT_FLOAT, "0.1"),
		lit(a, LIT_FLOAT, "1e5000"),
		lit(a, LIT_IMAG, "2.5i"),
		const_binary(a, lit(a, LIT_STRING, "\"ab\""), OP_ADD, lit(a, LIT_STRING, "`cd`")),
		const_make_bool(true),
		const_make_int64(-3),
		const_make_unknown(),
	};
	enum { NV = sizeof vals / sizeof vals[0] };
	char *want[NV];
	Const copy[NV];
	for (int i = 0; i < NV; i++) {
		want[i] = const_exact_string(vals[i]);
		copy[i] = const_copy(b, vals[i]);
	}
	const_pool_free(a);
	for (int i = 0; i < NV; i++) {
		char *got = const_exact_string(copy[i]);
		CHECK(!strcmp(got, want[i]), "copy %d: %s, want %s", i, got, want[i]);
		free(got);
		free(want[i]);
	}
	const_pool_free(b);
	const_pool_free(NULL);
	report("pools");
}

static void test_representable(void)
{
	ConstPool *p = const_pool_new();
	Const big = lit(p, LIT_INT, "300");
	Const r = const_make_unknown();
	CHECK(!const_representable(p, big, CT_INT8, 8, &r), "300 is an int8");
	check_text(r, "300", "300");   /* rounded is set even when out of range */
	Const h = lit(p, LIT_FLOAT, "2.5");
	r = h;
	CHECK(!const_representable(p, h, CT_INT, 8, &r), "2.5 is an int");
	CHECK(const_representable(p, h, CT_UNTYPED_FLOAT, 8, &r) && r.u.big == h.u.big, "untyped float");
	Const w = lit(p, LIT_INT, "0x80000000");
	CHECK(!const_representable(p, w, CT_INT, 4, NULL), "1<<31 is a 32-bit int");
	CHECK(const_representable(p, w, CT_INT, 8, NULL), "1<<31 is not a 64-bit int");
	CHECK(const_representable(p, w, CT_UINTPTR, 4, NULL), "1<<31 is not a 32-bit uintptr");
	Const huge = const_shift(p, const_make_int64(1), OP_SHL, 600);
	CHECK(const_representable(p, huge, CT_UNTYPED_INT, 8, NULL), "1<<600 untyped int");
	CHECK(const_representable(p, huge, CT_UNTYPED_RUNE, 8, NULL), "1<<600 untyped rune");
	CHECK(const_representable(p, huge, CT_UNTYPED_COMPLEX, 8, NULL), "1<<600 untyped complex");
	CHECK(!const_representable(p, huge, CT_UNTYPED_STRING, 8, NULL), "1<<600 untyped string");
	CHECK(const_representable(p, const_make_unknown(), CT_INT8, 8, NULL), "Unknown");
	r = const_make_unknown();
	CHECK(const_representable(p, lit(p, LIT_FLOAT, "0.1"), CT_FLOAT32, 8, &r), "0.1 float32");
	check_text(r, "0.1", "13421773/134217728");
	CHECK(!const_representable(p, lit(p, LIT_FLOAT, "1e39"), CT_COMPLEX64, 8, NULL), "1e39 complex64");
	const_pool_free(p);
	report("representable");
}

static void test_text(void)
{
	ConstPool *p = const_pool_new();
	check_text(lit(p, LIT_FLOAT, "1e1000000"), "1e+1000000", "0x.88b3a28a05eade3a491af84cc6ed472beec34f3c10ec25e0a887eeb435958a9160e66aa303080c427ad996cdf57043d61f0160a1ae50186818bebb792fd78cbap+3321929");
	check_text(lit(p, LIT_FLOAT, "1e100"), "1e+100", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
	check_text(lit(p, LIT_FLOAT, "0x1p-2"), "0.25", "1/4");
	check_text(lit(p, LIT_IMAG, "1.5i"), "(0 + 1.5i)", "(0 + 3/2i)");
	check_text(const_make_bool(false), "false", "false");
	check_text(const_make_unknown(), "unknown", "unknown");
	check_text(const_to_float(p, const_make_int64(3)), "3", "3");
	const_pool_free(p);
	report("text");
}

/* MPFR's exponent range is per thread: a pool made on one thread must
 * work on another (goescape runs its pipeline on a big-stack thread). */
typedef struct ThreadArg {
	ConstPool *p;
	char *text;
} ThreadArg;

static void *thread_body(void *arg)
{
	ThreadArg *a = arg;
	Const x = lit(a->p, LIT_FLOAT, "1e646456992");
	Const y = const_binary(a->p, x, OP_MUL, lit(a->p, LIT_FLOAT, "1e-646456992"));
	Buf b = {0};
	buf_take(&b, const_exact_string(x));
	buf_printf(&b, " ");
	buf_take(&b, const_string(y));
	a->text = b.s;
	return NULL;
}

static void test_threads(void)
{
	ThreadArg main_side = {const_pool_new(), NULL}, other = {const_pool_new(), NULL};
	thread_body(&main_side);
	pthread_t t;
	if (pthread_create(&t, NULL, thread_body, &other) != 0) {
		CHECK(false, "pthread_create failed");
	} else {
		pthread_join(t, NULL);
		CHECK(other.text && !strcmp(main_side.text, other.text), "thread: %.60s, main: %.60s",
			other.text ? other.text : "(none)", main_side.text);
		CHECK(strstr(main_side.text, "p+2147483644 1") != NULL, "1e646456992: %.60s", main_side.text);
	}
	free(main_side.text);
	free(other.text);
	const_pool_free(main_side.p);
	const_pool_free(other.p);
	report("threads");
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "-eval"))
		return eval_file(argv[2]);
	test_small_ints();
	test_div_zero();
	test_shift_limits();
	test_strings();
	test_pools();
	test_representable();
	test_text();
	test_threads();
	if (argc == 5 && !strcmp(argv[1], "-cases") && !strcmp(argv[3], "-expect"))
		compare_files(argv[2], argv[4]);
	else if (argc != 1)
		fprintf(stderr, "usage: constant_test [-cases FILE -expect FILE | -eval FILE]\n"), nfail++;
	arena_release_pool();
	return nfail ? 1 : 0;
}

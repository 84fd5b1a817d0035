/*
 * lex_test.c — unit tests of the lexer (src/lex.c).
 *
 * Most cases are data: tests/lex/cases.txt lists source texts, and
 * tests/lex/cases.h (generated from it by tests/lex/gen/regen.sh) holds
 * what gc's own scanner makes of each — tokens with positions, errors,
 * //go: directives and line directives — rendered as text.  We lex the same
 * source, render it the same way and compare.  A few things gc's scanner
 * cannot tell us (operator precedences as we store them, "// +build"
 * reporting, token and operator spellings, the diag_error path) are
 * checked by hand-written tests at the end.
 *
 * Usage:
 *   lex_test                 run all tests: "PASS lex/<name>" or
 *                            "FAIL lex/<name>: why" per test; exit 1 if
 *                            any failed
 *   lex_test -dump FILE...   print every token, error, //go: directive and
 *                            line directive, in the format of
 *                            build/tools/lexoracle FILE... (for diffing)
 *   lex_test -bench FILE...  lex the files, report MB/s
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "goescape.h"

typedef struct Case {
	const char *name;
	const char *src;
	size_t len;
	const char *toks;  /* every token, "render@line:col", space separated */
	const char *errs;  /* "line:col: msg" joined by " | "; NULL: none */
	const char *dirs;  /* "line:col b|- text" joined by " | "; NULL: none */
	const char *lines; /* "line:col file:rline:rcol" joined by " | " */
} Case;

static const Case cases[] = {
#include "cases.h"
};

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

static void buf_sep(Buf *b, const char *sep)
{
	if (b->len > 0)
		buf_printf(b, "%s", sep);
}

/* Bytes of names and literals as the oracle renders them: everything
 * outside 0x20..0x7e, and '\', as \xHH. */
static void buf_quote(Buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c >= 0x7f || c == '\\')
			buf_printf(b, "\\x%02x", c);
		else
			buf_printf(b, "%c", c);
	}
}

static const char *cstr(Buf *b) { return b->len ? b->s : ""; }

/* ---- lexing a text and rendering the outcome -------------------------- */

typedef struct Result {
	Buf toks, errs, dirs, lines;
	bool builds;   /* also report "// +build" directives */
	const char *sep;
	Buf problems;  /* internal inconsistencies found while lexing */
} Result;

static void on_error(void *ctx, Pos pos, const char *msg)
{
	Result *r = ctx;
	buf_sep(&r->errs, r->sep);
	buf_printf(&r->errs, "%u:%u: %s", pos.line, pos.col, msg);
}

static void on_directive(void *ctx, const Directive *d)
{
	Result *r = ctx;
	if (!r->builds && !(d->len >= 5 && memcmp(d->text, "//go:", 5) == 0))
		return;
	buf_sep(&r->dirs, r->sep);
	buf_printf(&r->dirs, "%u:%u %c ", d->pos.line, d->pos.col, d->blank ? 'b' : '-');
	buf_quote(&r->dirs, d->text, (size_t)d->len);
}

static const char *const kind_names[] = {"int", "float", "imag", "rune", "string"};

static void render_token(Buf *b, const Lexer *lx)
{
	switch (lx->tok) {
	case T_NAME:
		buf_printf(b, "name(");
		buf_quote(b, lx->lit, lx->litlen);
		buf_printf(b, ")");
		break;
	case T_LITERAL:
		buf_printf(b, "%s(", kind_names[lx->kind]);
		buf_quote(b, lx->lit, lx->litlen);
		buf_printf(b, ")%s", lx->bad ? "!" : "");
		break;
	case T_SEMI:
		buf_printf(b, ";(%.*s)", (int)lx->litlen, lx->lit);
		break;
	case T_OPERATOR:
		buf_printf(b, "op(%s)", lex_opstr(lx->op));
		break;
	case T_ASSIGNOP:
		buf_printf(b, "op=(%s)", lex_opstr(lx->op));
		break;
	case T_INCOP:
		buf_printf(b, "opop(%s)", lex_opstr(lx->op));
		break;
	default:
		buf_printf(b, "%s", lex_tokstr(lx->tok));
	}
	buf_printf(b, "@%u:%u", lx->pos.line, lx->pos.col);
}

/* Lex file `file` to EOF into r; tok_sep separates rendered tokens. */
static void lex_file(uint32_t file, Result *r, const char *tok_sep)
{
	Lexer lx;
	lex_init(&lx, file);
	lx.on_error = on_error;
	lx.on_directive = on_directive;
	lx.ctx = r;
	SrcFile *f = file_get(file);
	for (int guard = 0;; guard++) {
		lex_next(&lx);
		buf_sep(&r->toks, tok_sep);
		render_token(&r->toks, &lx);
		if (lx.tok == T_NAME &&
		    (!lx.sym || (size_t)lx.sym->len != lx.litlen ||
		     memcmp(lx.sym->name, lx.lit, lx.litlen) != 0))
			buf_printf(&r->problems, "name token without its Sym; ");
		if ((lx.tok == T_LITERAL || lx.tok == T_NAME) &&
		    (lx.lit < f->data || lx.lit + lx.litlen > f->data + f->size))
			buf_printf(&r->problems, "literal text outside the source; ");
		if (lx.tok == T_EOF)
			break;
		if ((size_t)guard > 2 * f->size + 10) {
			buf_printf(&r->problems, "no EOF; ");
			break;
		}
	}
	for (int i = 0; i < f->nlines; i++) {
		LineDirective *d = &f->lines[i];
		buf_sep(&r->lines, r->sep);
		buf_printf(&r->lines, "%u:%u ", d->line, d->col);
		buf_quote(&r->lines, d->filename, strlen(d->filename));
		buf_printf(&r->lines, ":%u:%u", d->rline, d->rcol);
	}
}

static uint32_t add_source(const char *path, const char *src, size_t len)
{
	char *copy = xmalloc(len + 1);
	memcpy(copy, src, len);
	copy[len] = 0;
	return file_add(path, copy, len);
}

static void result_free(Result *r)
{
	free(r->toks.s);
	free(r->errs.s);
	free(r->dirs.s);
	free(r->lines.s);
	free(r->problems.s);
}

/* ---- reporting -------------------------------------------------------- */

static int npass, nfail;

static void report(const char *name, const char *why)
{
	if (why) {
		printf("FAIL lex/%s: %s\n", name, why);
		nfail++;
	} else {
		printf("PASS lex/%s\n", name);
		npass++;
	}
}

/* Compare one rendered part with its expectation; append a description
 * of the first mismatch to why. */
static void compare(Buf *why, const char *what, const char *got, const char *want)
{
	if (!want)
		want = "";
	if (strcmp(got, want) == 0)
		return;
	buf_sep(why, "; ");
	buf_printf(why, "%s: got \"%s\", want \"%s\"", what, got, want);
}

static void run_case(const Case *c)
{
	Result r = {.sep = " | "};
	lex_file(add_source("test.go", c->src, c->len), &r, " ");
	Buf why = {0};
	compare(&why, "tokens", cstr(&r.toks), c->toks);
	compare(&why, "errors", cstr(&r.errs), c->errs);
	compare(&why, "directives", cstr(&r.dirs), c->dirs);
	compare(&why, "line directives", cstr(&r.lines), c->lines);
	if (r.problems.len) {
		buf_sep(&why, "; ");
		buf_printf(&why, "%s", r.problems.s);
	}
	report(c->name, why.len ? why.s : NULL);
	free(why.s);
	result_free(&r);
}

/* ---- hand-written tests ------------------------------------------------ */

/* Every operator token with the Op and precedence gc's scanner gives it
 * (and '<-', for which we also set OP_RECV). */
static void test_operators(void)
{
	static const struct {
		Tok tok;
		Op op;
		int prec;
	} want[] = {
		{T_OPERATOR, OP_ADD, PREC_ADD}, {T_OPERATOR, OP_SUB, PREC_ADD},
		{T_STAR, OP_MUL, PREC_MUL}, {T_OPERATOR, OP_DIV, PREC_MUL},
		{T_OPERATOR, OP_REM, PREC_MUL}, {T_OPERATOR, OP_AND, PREC_MUL},
		{T_OPERATOR, OP_OR, PREC_ADD}, {T_OPERATOR, OP_XOR, PREC_ADD},
		{T_OPERATOR, OP_SHL, PREC_MUL}, {T_OPERATOR, OP_SHR, PREC_MUL},
		{T_OPERATOR, OP_ANDNOT, PREC_MUL}, {T_OPERATOR, OP_ANDAND, PREC_ANDAND},
		{T_OPERATOR, OP_OROR, PREC_OROR}, {T_OPERATOR, OP_EQL, PREC_CMP},
		{T_OPERATOR, OP_NEQ, PREC_CMP}, {T_OPERATOR, OP_LSS, PREC_CMP},
		{T_OPERATOR, OP_LEQ, PREC_CMP}, {T_OPERATOR, OP_GTR, PREC_CMP},
		{T_OPERATOR, OP_GEQ, PREC_CMP}, {T_OPERATOR, OP_NOT, PREC_NONE},
		{T_OPERATOR, OP_TILDE, PREC_NONE}, {T_ARROW, OP_RECV, PREC_NONE},
		{T_INCOP, OP_ADD, PREC_ADD}, {T_INCOP, OP_SUB, PREC_ADD},
		{T_ASSIGNOP, OP_ADD, PREC_ADD}, {T_ASSIGNOP, OP_SUB, PREC_ADD},
		{T_ASSIGNOP, OP_MUL, PREC_MUL}, {T_ASSIGNOP, OP_DIV, PREC_MUL},
		{T_ASSIGNOP, OP_REM, PREC_MUL}, {T_ASSIGNOP, OP_AND, PREC_MUL},
		{T_ASSIGNOP, OP_OR, PREC_ADD}, {T_ASSIGNOP, OP_XOR, PREC_ADD},
		{T_ASSIGNOP, OP_SHL, PREC_MUL}, {T_ASSIGNOP, OP_SHR, PREC_MUL},
		{T_ASSIGNOP, OP_ANDNOT, PREC_MUL},
	};
	static const char src[] =
		"+ - * / % & | ^ << >> &^ && || == != < <= > >= ! ~ <- ++ -- "
		"+= -= *= /= %= &= |= ^= <<= >>= &^=";
	Lexer lx;
	lex_init(&lx, add_source("ops.go", src, sizeof src - 1));
	Buf why = {0};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		lex_next(&lx);
		if (lx.tok != want[i].tok || lx.op != want[i].op || lx.prec != want[i].prec) {
			buf_sep(&why, "; ");
			buf_printf(&why, "operator %zu at col %u: got %s %s prec %d, want %s %s prec %d",
			           i, lx.pos.col, lex_tokstr(lx.tok), lex_opstr(lx.op), lx.prec,
			           lex_tokstr(want[i].tok), lex_opstr(want[i].op), want[i].prec);
		}
	}
	lex_next(&lx);
	if (lx.tok != T_EOF)
		buf_printf(&why, "%sno EOF after the operators", why.len ? "; " : "");
	report("hand/operators", why.len ? why.s : NULL);
	free(why.s);
}

/* Spellings as gc's token and Operator String methods give them. */
static void test_spellings(void)
{
	static const char *const toks =
		"EOF name literal op op= opop = := <- * ( [ { ) ] } , ; : . ... "
		"break case chan const continue default defer else fallthrough for "
		"func go goto if import interface map package range return select "
		"struct switch type var";
	static const char *const ops =
		" : ! <- ~ || && == != < <= > >= + - | ^ * / % & &^ << >>";
	Buf got = {0}, gotops = {0}, why = {0};
	for (int t = 0; t < T_NTOKENS; t++) {
		buf_sep(&got, " ");
		buf_printf(&got, "%s", lex_tokstr((Tok)t));
	}
	for (int o = 0; o < OP_COUNT; o++)
		buf_printf(&gotops, "%s%s", o ? " " : "", lex_opstr((Op)o));
	compare(&why, "tokens", cstr(&got), toks);
	compare(&why, "operators", cstr(&gotops), ops);
	if (strcmp(lex_tokstr(T_NTOKENS), "") != 0 || strcmp(lex_opstr(OP_COUNT), "") != 0)
		buf_printf(&why, "%sout-of-range spelling not empty", why.len ? "; " : "");
	report("hand/spellings", why.len ? why.s : NULL);
	free(got.s);
	free(gotops.s);
	free(why.s);
}

/* "// +build" lines are reported like //go: directives (gc's scanner does
 * not report them; the go command reads them). */
static void test_build_directives(void)
{
	static const char src[] =
		"// +build linux\r\n"
		"//+build darwin\n"
		"x // +build late\n"
		"//go:build linux\n"
		"/* +build no */\n";
	Result r = {.sep = " | ", .builds = true};
	lex_file(add_source("build.go", src, sizeof src - 1), &r, " ");
	Buf why = {0};
	compare(&why, "directives", cstr(&r.dirs),
	        "1:1 b // +build linux | 3:3 - // +build late | 4:1 b //go:build linux");
	report("hand/build_directives", why.len ? why.s : NULL);
	free(why.s);
	result_free(&r);
}

/* Names are interned: one Sym per spelling; keywords carry their token. */
static void test_interning(void)
{
	static const char src[] = "abc x abc héllo héllo";
	Lexer lx;
	lex_init(&lx, add_source("sym.go", src, sizeof src - 1));
	Sym *s[5];
	const char *why = NULL;
	for (int i = 0; i < 5; i++) {
		lex_next(&lx);
		if (lx.tok != T_NAME)
			why = "expected a name";
		s[i] = lx.sym;
	}
	if (!why && (s[0] != s[2] || s[3] != s[4] || s[0] == s[1]))
		why = "same spelling, different Sym (or the reverse)";
	if (!why && (s[0] != sym_intern("abc", 3) || s[0]->tok != 0))
		why = "the lexer's Sym is not sym_intern's";
	if (!why && sym_intern("func", 4)->tok != T_FUNC)
		why = "keyword Sym without its token";
	report("hand/interning", why);
}

/* Without on_error, errors go to diag_error. */
static void test_diag_path(void)
{
	static const char src[] = "x $\n";
	Lexer lx;
	lex_init(&lx, add_source("diag.go", src, sizeof src - 1));
	int before = diag_count();
	do
		lex_next(&lx);
	while (lx.tok != T_EOF);
	const char *why = NULL;
	char text[256] = "";
	FILE *f = tmpfile();
	if (diag_count() != before + 1) {
		why = "diag_count did not grow by one";
	} else if (!f) {
		why = "tmpfile failed";
	} else {
		diag_flush(f);
		rewind(f);
		if (!fgets(text, sizeof text, f) ||
		    strcmp(text, "diag.go:1:3: invalid character U+0024 '$'\n") != 0)
			why = "unexpected diagnostic text";
	}
	if (f)
		fclose(f);
	if (why && text[0])
		printf("FAIL lex/hand/diag_path: %s: %s", why, text), nfail++;
	else
		report("hand/diag_path", why);
}

/* The table of line directives gets one entry per valid directive even
 * across several files, and the lexer keeps going after bad ones. */
static void test_line_table(void)
{
	static const char a[] = "//line a.go:3\n//line :4:5\nx\n//line bad:0\n//line b.go:9:1\n";
	static const char b[] = "/*line c.go:7:2*/y\n";
	uint32_t fa = add_source("a_orig.go", a, sizeof a - 1);
	uint32_t fb = add_source("b_orig.go", b, sizeof b - 1);
	Result ra = {.sep = " | "}, rb = {.sep = " | "};
	lex_file(fa, &ra, " ");
	lex_file(fb, &rb, " ");
	Buf why = {0};
	compare(&why, "file a", cstr(&ra.lines), "2:1 a.go:3:0 | 3:1 a.go:4:5 | 6:1 b.go:9:1");
	compare(&why, "file a errors", cstr(&ra.errs), "4:12: invalid line number: 0");
	compare(&why, "file b", cstr(&rb.lines), "1:18 c.go:7:2");
	report("hand/line_table", why.len ? why.s : NULL);
	free(why.s);
	result_free(&ra);
	result_free(&rb);
}

/* ---- file modes --------------------------------------------------------- */

static int dump_files(int n, char **paths)
{
	for (int i = 0; i < n; i++) {
		size_t size;
		char *data = util_read_file(paths[i], &size);
		if (!data) {
			perror(paths[i]);
			return 1;
		}
		Result r = {.sep = "\n"};
		lex_file(file_add(paths[i], data, size), &r, "\n");
		printf("== %s\n%s\n", paths[i], cstr(&r.toks));
		if (r.errs.len)
			printf("%s\n", r.errs.s);
		if (r.dirs.len)
			printf("%s\n", r.dirs.s);
		if (r.lines.len)
			printf("%s\n", r.lines.s);
		if (r.problems.len)
			printf("PROBLEM %s\n", r.problems.s);
		result_free(&r);
	}
	return 0;
}

static void count_error(void *ctx, Pos pos, const char *msg)
{
	(void)pos, (void)msg;
	++*(long *)ctx;
}

static int bench_files(int n, char **paths)
{
	uint32_t *ids = xmalloc((size_t)n * sizeof *ids);
	size_t total = 0;
	for (int i = 0; i < n; i++) {
		size_t size;
		char *data = util_read_file(paths[i], &size);
		if (!data) {
			perror(paths[i]);
			return 1;
		}
		ids[i] = file_add(paths[i], data, size);
		total += size;
	}
	/* best of five rounds */
	long ntok = 0, nerr = 0;
	double best = 0;
	for (int round = 0; round < 5; round++) {
		struct timespec t0, t1;
		ntok = nerr = 0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (int i = 0; i < n; i++) {
			Lexer lx;
			lex_init(&lx, ids[i]);
			lx.on_error = count_error;
			lx.ctx = &nerr;
			do {
				lex_next(&lx);
				ntok++;
			} while (lx.tok != T_EOF);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double sec = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (round == 0 || sec < best)
			best = sec;
	}
	printf("INFO lexed %d files, %.1f MB, %ld tokens, %ld errors in %.3f s: %.0f MB/s\n",
	       n, (double)total / 1e6, ntok, nerr, best, (double)total / 1e6 / best);
	free(ids);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "-dump") == 0)
		return dump_files(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "-bench") == 0)
		return bench_files(argc - 2, argv + 2);
	if (argc != 1) {
		fprintf(stderr, "usage: lex_test [-dump|-bench FILE...]\n");
		return 2;
	}
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(&cases[i]);
	test_operators();
	test_spellings();
	test_build_directives();
	test_interning();
	test_diag_path();
	test_line_table();
	file_free_all();
	sym_free_all();
	fflush(stdout);
	fprintf(stderr, "lex_test: %d passed, %d failed\n", npass, nfail);
	return nfail > 0;
}

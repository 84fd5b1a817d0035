/*
 * symabis.c — what a package's assembly files define and reference, as
 * `go tool asm -gensymabis` tells gc (-symabis), for the ABI wrappers
 * (ssagen.GenABIWrappers; irgen_abi_wrappers).
 *
 * The go command runs the assembler over the package's SFiles with
 * -D GOOS_<goos> -D GOARCH_<goarch> (and GOAMD64_v1 on amd64), and the
 * assembler writes, for each TEXT symbol, "def NAME ABI" (ABI0 unless
 * the name says <ABIInternal>) and, for each operand that is a function
 * address (`[$*]name[<ABI>][+N](SB)`, not a static name<>), "ref NAME
 * ABI".  Names are kept in full: "path.name" (`·name` is this
 * package's).
 *
 * The preprocessor, as far as it matters: #ifdef/#ifndef/#else/#endif
 * are followed for the GOOS/GOARCH defines and the names the files
 * #define; a file's macros are expanded where a statement invokes one
 * (the runtime's CALLFN(·call16, 16) defines ·call16), their
 * parameters replaced token by token.  Not followed: #include (the std
 * headers define no TEXT symbols, only constants), #undef, #if.
 */
#include "irgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void push(AsmSyms *s, bool def, const char *name, size_t n, int abi)
{
	AsmSym **v = def ? &s->defs : &s->refs;
	int *len = def ? &s->ndefs : &s->nrefs;
	int *cap = def ? &s->capdefs : &s->caprefs;
	if (*len == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		*v = xrealloc(*v, (size_t)*cap * sizeof **v);
	}
	char *c = xmalloc(n + 1);
	memcpy(c, name, n);
	c[n] = 0;
	(*v)[*len].name = c;
	(*v)[*len].abi = abi;
	(*len)++;
}

static bool ident_byte(unsigned char c)
{
	return c == '_' || c == '.' || c == '/' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static const char *skip_space(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	return p;
}

/* Whether [p, e) is a function address (funcAddress): its full linker
 * name into buf ("path.name": `·name` is this package's, `a∕b·name`
 * package a/b's) and ABI (0, 1 for <ABIInternal>). */
static bool func_address(const AsmSyms *s, const char *p, const char *e, char *buf, size_t nbuf, int *abi)
{
	p = skip_space(p, e);
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (p < e && (*p == '$' || *p == '*'))
		p++;
	const char *id = p;
	while (p < e && ident_byte((unsigned char)*p))
		p++;
	const char *idend = p;
	*abi = 0;
	if (p < e && *p == '<') {
		const char *q = memchr(p, '>', (size_t)(e - p));
		if (!q || q == p + 1)
			return false;   /* name<>: static */
		if ((size_t)(q - p - 1) == strlen("ABIInternal") && memcmp(p + 1, "ABIInternal", (size_t)(q - p - 1)) == 0)
			*abi = 1;
		p = q + 1;
	}
	if (p < e && *p == '+') {
		p++;
		const char *d = p;
		while (p < e && *p >= '0' && *p <= '9')
			p++;
		if (p == d)
			return false;
	}
	if ((size_t)(e - p) != 4 || memcmp(p, "(SB)", 4) != 0)
		return false;
	/* the middle dot (U+00B7) ends the package part; the division
	 * slash (U+2215) stands for '/' */
	const char *dot = NULL;
	for (const char *q = id; q + 1 < idend; q++)
		if ((unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xB7) {
			dot = q;
			break;
		}
	if (!dot || dot + 2 >= idend)
		return false;
	size_t k = 0;
	if (dot == id) {
		k = (size_t)snprintf(buf, nbuf, "%s", s->path);
	} else {
		for (const char *q = id; q < dot && k + 1 < nbuf; q++) {
			if ((unsigned char)q[0] == 0xE2 && q + 2 < dot && (unsigned char)q[1] == 0x88 &&
			    (unsigned char)q[2] == 0x95) {
				buf[k++] = '/';
				q += 2;
			} else {
				buf[k++] = *q;
			}
		}
	}
	size_t n = (size_t)(idend - dot - 2);
	if (k + 1 + n + 1 > nbuf)
		return false;
	buf[k++] = '.';
	memcpy(buf + k, dot + 2, n);
	buf[k + n] = 0;
	return true;
}

/* One statement (no comments, no newline). */
static void statement(AsmSyms *s, const char *p, const char *e)
{
	p = skip_space(p, e);
	/* labels */
	for (;;) {
		const char *q = p;
		while (q < e && ident_byte((unsigned char)*q))
			q++;
		if (q > p && q < e && *q == ':') {
			p = skip_space(q + 1, e);
			continue;
		}
		break;
	}
	const char *w = p;
	while (p < e && ident_byte((unsigned char)*p))
		p++;
	size_t wn = (size_t)(p - w);
	if (!wn)
		return;
	/* the operands, split at top-level commas */
	const char *ops[16][2];
	int nops = 0, depth = 0;
	const char *start = p;
	for (const char *q = p; q <= e; q++) {
		if (q == e || (*q == ',' && depth == 0)) {
			if (nops < 16) {
				ops[nops][0] = start;
				ops[nops][1] = q;
				nops++;
			}
			start = q + 1;
		} else if (*q == '(') {
			depth++;
		} else if (*q == ')') {
			depth--;
		}
	}
	char name[512];
	int abi;
	if (wn == 4 && memcmp(w, "TEXT", 4) == 0) {
		if (nops > 0 && func_address(s, ops[0][0], ops[0][1], name, sizeof name, &abi))
			push(s, true, name, strlen(name), abi);
		return;
	}
	if ((wn == 5 && memcmp(w, "GLOBL", 5) == 0) || (wn == 6 && memcmp(w, "PCDATA", 6) == 0))
		return;
	int first = 0;
	if ((wn == 4 && memcmp(w, "DATA", 4) == 0) || (wn == 8 && memcmp(w, "FUNCDATA", 8) == 0))
		first = 1;
	for (int i = first; i < nops; i++)
		if (func_address(s, ops[i][0], ops[i][1], name, sizeof name, &abi))
			push(s, false, name, strlen(name), abi);
}

typedef struct Cond {
	bool on;                /* this branch is assembled */
	bool outer;             /* the enclosing branch is */
} Cond;

static bool defined(char **defs, int ndefs, const char *p, size_t n)
{
	for (int i = 0; i < ndefs; i++)
		if (strlen(defs[i]) == n && memcmp(defs[i], p, n) == 0)
			return true;
	return false;
}

/* A #define of the file: its parameters (function-like) and body. */
typedef struct Macro {
	char *name;
	char *params[16];
	int nparams;            /* -1: object-like */
	char *body;             /* continuation lines joined */
} Macro;

typedef struct Macros {
	Macro *v;
	int n;
} Macros;

static const Macro *find_macro(const Macros *ms, const char *p, size_t n)
{
	for (int i = 0; i < ms->n; i++)
		if (strlen(ms->v[i].name) == n && memcmp(ms->v[i].name, p, n) == 0)
			return &ms->v[i];
	return NULL;
}

static char *dup_range(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	char *c = xmalloc((size_t)(e - p) + 1);
	memcpy(c, p, (size_t)(e - p));
	c[e - p] = 0;
	return c;
}

static void statements(AsmSyms *s, const Macros *ms, const char *p, const char *e, int depth);

/* One statement, a macro invocation expanded (the body's parameters
 * replaced by the arguments, token by token). */
static void expand_statement(AsmSyms *s, const Macros *ms, const char *p, const char *e, int depth)
{
	const char *w = skip_space(p, e);
	const char *q = w;
	while (q < e && ident_byte((unsigned char)*q))
		q++;
	const Macro *m = depth < 4 && q > w ? find_macro(ms, w, (size_t)(q - w)) : NULL;
	if (!m) {
		statement(s, p, e);
		return;
	}
	char *args[16];
	int nargs = 0;
	if (m->nparams >= 0) {
		q = skip_space(q, e);
		if (q >= e || *q != '(')
			return;
		int d = 0;
		const char *a = q + 1;
		for (const char *r = q + 1; r < e; r++) {
			if (*r == '(') {
				d++;
			} else if ((*r == ',' && d == 0) || (*r == ')' && d == 0)) {
				if (nargs < 16)
					args[nargs++] = dup_range(a, r);
				a = r + 1;
				if (*r == ')')
					break;
			} else if (*r == ')') {
				d--;
			}
		}
	}
	TyBuf out = { 0 };
	for (const char *b = m->body; *b;) {
		if (ident_byte((unsigned char)*b) && !(*b >= '0' && *b <= '9')) {
			const char *t = b;
			while (*b && ident_byte((unsigned char)*b))
				b++;
			int k = -1;
			for (int i = 0; i < m->nparams && i < nargs; i++)
				if (strlen(m->params[i]) == (size_t)(b - t) && memcmp(m->params[i], t, (size_t)(b - t)) == 0)
					k = i;
			if (k >= 0) {
				tybuf_puts(&out, args[k]);
			} else {
				for (const char *c = t; c < b; c++)
					tybuf_putc(&out, *c);
			}
		} else {
			tybuf_putc(&out, *b++);
		}
	}
	if (out.str)
		statements(s, ms, out.str, out.str + out.len, depth + 1);
	tybuf_free(&out);
	for (int i = 0; i < nargs; i++)
		free(args[i]);
}

/* Statements separated by ';' or newlines. */
static void statements(AsmSyms *s, const Macros *ms, const char *p, const char *e, int depth)
{
	for (const char *a = p, *b = p; b <= e; b++)
		if (b == e || *b == ';' || *b == '\n') {
			expand_statement(s, ms, a, b, depth);
			a = b + 1;
		}
}

static void read_file(AsmSyms *s, const char *path, char ***defs, int *ndefs)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return;
	size_t cap = 1 << 16, len = 0;
	char *buf = xmalloc(cap);
	size_t got;
	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
	}
	fclose(f);
	/* comments out (block comments may span lines: kept as newlines) */
	char *t = xmalloc(len + 1);
	size_t k = 0;
	for (size_t i = 0; i < len;) {
		if (buf[i] == '/' && i + 1 < len && buf[i + 1] == '/') {
			while (i < len && buf[i] != '\n')
				i++;
		} else if (buf[i] == '/' && i + 1 < len && buf[i + 1] == '*') {
			i += 2;
			while (i < len && !(buf[i] == '*' && i + 1 < len && buf[i + 1] == '/')) {
				if (buf[i] == '\n')
					t[k++] = '\n';
				i++;
			}
			i += 2;
		} else {
			t[k++] = buf[i++];
		}
	}
	t[k] = 0;
	free(buf);
	Cond stack[64];
	int depth = 0;
	bool on = true;
	Macros ms = { NULL, 0 };
	TyBuf body = { 0 };
	Macro *defining = NULL;         /* the #define whose body continues */
	for (char *line = t; line < t + k;) {
		char *nl = memchr(line, '\n', (size_t)(t + k - line));
		char *e = nl ? nl : t + k;
		const char *p = skip_space(line, e);
		const char *end = e;
		if (end > line && end[-1] == '\r')
			end--;
		bool cont = end > line && end[-1] == '\\';
		if (cont)
			end--;
		if (defining) {
			/* a macro body goes on: its lines are statements */
			tybuf_putc(&body, ';');
			for (const char *c = p; c < end; c++)
				tybuf_putc(&body, *c);
			if (!cont) {
				defining->body = xstrdup(body.str ? body.str : "");
				tybuf_free(&body);
				body = (TyBuf){ 0 };
				defining = NULL;
			}
		} else if (p < e && *p == '#') {
			p = skip_space(p + 1, e);
			const char *d = p;
			while (p < e && ident_byte((unsigned char)*p))
				p++;
			size_t dn = (size_t)(p - d);
			p = skip_space(p, e);
			const char *arg = p;
			while (p < e && ident_byte((unsigned char)*p))
				p++;
			size_t an = (size_t)(p - arg);
			if ((dn == 5 && memcmp(d, "ifdef", 5) == 0) || (dn == 6 && memcmp(d, "ifndef", 6) == 0)) {
				bool isdef = defined(*defs, *ndefs, arg, an);
				if (depth < 64)
					stack[depth++] = (Cond){ on, on };
				on = on && (dn == 5 ? isdef : !isdef);
				stack[depth - 1].on = on;
			} else if (dn == 4 && memcmp(d, "else", 4) == 0) {
				if (depth > 0)
					on = stack[depth - 1].outer && !stack[depth - 1].on;
			} else if (dn == 5 && memcmp(d, "endif", 5) == 0) {
				if (depth > 0)
					on = stack[--depth].outer;
			} else if (dn == 6 && memcmp(d, "define", 6) == 0 && on && an) {
				if (!defined(*defs, *ndefs, arg, an)) {
					*defs = xrealloc(*defs, (size_t)(*ndefs + 1) * sizeof **defs);
					char *c = xmalloc(an + 1);
					memcpy(c, arg, an);
					c[an] = 0;
					(*defs)[(*ndefs)++] = c;
				}
				ms.v = xrealloc(ms.v, (size_t)(ms.n + 1) * sizeof *ms.v);
				Macro *m = &ms.v[ms.n++];
				memset(m, 0, sizeof *m);
				m->name = dup_range(arg, arg + an);
				m->nparams = -1;
				/* parameters: NAME(a, b) with no space before '(' */
				if (p < end && *p == '(') {
					m->nparams = 0;
					const char *a = p + 1;
					for (const char *r = p + 1; r < end; r++)
						if (*r == ',' || *r == ')') {
							if (m->nparams < 16 && r > a)
								m->params[m->nparams++] = dup_range(a, r);
							a = r + 1;
							if (*r == ')') {
								p = r + 1;
								break;
							}
						}
				}
				for (const char *c = p; c < end; c++)
					tybuf_putc(&body, *c);
				if (cont) {
					defining = m;
				} else {
					m->body = xstrdup(body.str ? body.str : "");
					tybuf_free(&body);
					body = (TyBuf){ 0 };
				}
			}
		} else if (on) {
			statements(s, &ms, line, end, 0);
		}
		line = e + 1;
	}
	if (defining)
		defining->body = xstrdup(body.str ? body.str : "");
	tybuf_free(&body);
	for (int i = 0; i < ms.n; i++) {
		free(ms.v[i].name);
		for (int j = 0; j < ms.v[i].nparams; j++)
			free(ms.v[i].params[j]);
		free(ms.v[i].body);
	}
	free(ms.v);
	free(t);
}

void asm_syms_read(AsmSyms *s, const SrcPackage *sp, const char *goos, const char *goarch)
{
	memset(s, 0, sizeof *s);
	s->path = sp->gcpath ? sp->gcpath : sp->path;
	char **defs = NULL;
	int ndefs = 0;
	char buf[256];
	const char *pre[3] = { "GOOS_", "GOARCH_", NULL };
	const char *val[3] = { goos, goarch, NULL };
	for (int i = 0; pre[i]; i++) {
		snprintf(buf, sizeof buf, "%s%s", pre[i], val[i] ? val[i] : "");
		defs = xrealloc(defs, (size_t)(ndefs + 1) * sizeof *defs);
		defs[ndefs++] = xstrdup(buf);
	}
	if (goarch && strcmp(goarch, "amd64") == 0) {
		/* the go command's default GOAMD64 */
		defs = xrealloc(defs, (size_t)(ndefs + 1) * sizeof *defs);
		defs[ndefs++] = xstrdup("GOAMD64_v1");
	}
	for (int i = 0; i < sp->nsfiles; i++) {
		char *path = xmalloc(strlen(sp->dir) + strlen(sp->sfiles[i]) + 2);
		sprintf(path, "%s/%s", sp->dir, sp->sfiles[i]);
		/* each file starts with the command line's defines only */
		int base = ndefs;
		read_file(s, path, &defs, &ndefs);
		for (int k = base; k < ndefs; k++)
			free(defs[k]);
		ndefs = base;
		free(path);
	}
	for (int k = 0; k < ndefs; k++)
		free(defs[k]);
	free(defs);
}

int asm_syms_def(const AsmSyms *s, const char *name)
{
	for (int i = 0; i < s->ndefs; i++)
		if (strcmp(s->defs[i].name, name) == 0)
			return s->defs[i].abi;
	return -1;
}

bool asm_syms_ref(const AsmSyms *s, const char *name, int abi)
{
	for (int i = 0; i < s->nrefs; i++)
		if (s->refs[i].abi == abi && strcmp(s->refs[i].name, name) == 0)
			return true;
	return false;
}

void asm_syms_free(AsmSyms *s)
{
	for (int i = 0; i < s->ndefs; i++)
		free(s->defs[i].name);
	for (int i = 0; i < s->nrefs; i++)
		free(s->refs[i].name);
	free(s->defs);
	free(s->refs);
	memset(s, 0, sizeof *s);
}

/*
 * types_test.c — tests of the type representation (src/types.c).
 *
 * Most cases are data: the oracle's output is what go/types (with
 * gc's layout rules) says about the packages under tests/types/src,
 * written by build/tools/typesoracle.  Its recipe lines rebuild every
 * type through our API; its question lines carry go/types' answers, which
 * we compare with ours: type and object strings, sizes, alignments and
 * offsets for three architectures, method sets, field and method lookups,
 * identity, comparability, interface type sets, implementation.  The
 * format is in tests/types/README.md.
 *
 * What go/types does not export (term lists of type sets, core types,
 * scope lookups by position, the universe's contents, gc's own notation,
 * the checker's error wording) is checked by the hand-written tests at
 * the end.
 *
 * Usage: types_test [ORACLE_FILE]   (default build/test-logs/types-oracle.txt,
 *        where tests/suites/types.sh leaves the oracle's output)
 * Prints "PASS types/<name>" or "FAIL types/<name>: why" per test; exit 1
 * if any failed.  Details of failures go to stderr.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "goescape.h"
#include "types.h"

static int npass, nfail;

static void pass(const char *name, const char *note)
{
	if (note && *note)
		printf("PASS types/%s (%s)\n", name, note);
	else
		printf("PASS types/%s\n", name);
	npass++;
}

static void failf(const char *name, const char *fmt, ...)
{
	va_list ap;
	printf("FAIL types/%s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	nfail++;
}

/* ==================================================================== */
/* The oracle's file                                                     */
/* ==================================================================== */

enum { MAX_TOKS = 4096 };

typedef struct Line {
	char *tok[MAX_TOKS];
	int ntok;
	int lineno;
} Line;

/* Go's strconv.Unquote for what strconv.Quote writes. */
static char *unquote(const char *s, int lineno)
{
	size_t n = strlen(s);
	if (n < 2 || s[0] != '"' || s[n - 1] != '"')
		util_die("oracle line %d: not a quoted string: %s", lineno, s);
	char *out = xmalloc(n);
	size_t k = 0;
	for (size_t i = 1; i + 1 < n; i++) {
		char ch = s[i];
		if (ch != '\\') {
			out[k++] = ch;
			continue;
		}
		ch = s[++i];
		switch (ch) {
		case 'a': out[k++] = '\a'; break;
		case 'b': out[k++] = '\b'; break;
		case 'f': out[k++] = '\f'; break;
		case 'n': out[k++] = '\n'; break;
		case 'r': out[k++] = '\r'; break;
		case 't': out[k++] = '\t'; break;
		case 'v': out[k++] = '\v'; break;
		case '\\': out[k++] = '\\'; break;
		case '"': out[k++] = '"'; break;
		case 'x': {
			char hex[3] = { s[i + 1], s[i + 2], 0 };
			out[k++] = (char)strtol(hex, NULL, 16);
			i += 2;
			break;
		}
		case 'u':
		case 'U': {
			int len = ch == 'u' ? 4 : 8;
			char hex[9] = { 0 };
			memcpy(hex, s + i + 1, (size_t)len);
			unsigned long r = strtoul(hex, NULL, 16);
			i += (size_t)len;
			if (r < 0x80) {
				out[k++] = (char)r;
			} else if (r < 0x800) {
				out[k++] = (char)(0xc0 | (r >> 6));
				out[k++] = (char)(0x80 | (r & 0x3f));
			} else if (r < 0x10000) {
				out[k++] = (char)(0xe0 | (r >> 12));
				out[k++] = (char)(0x80 | ((r >> 6) & 0x3f));
				out[k++] = (char)(0x80 | (r & 0x3f));
			} else {
				out[k++] = (char)(0xf0 | (r >> 18));
				out[k++] = (char)(0x80 | ((r >> 12) & 0x3f));
				out[k++] = (char)(0x80 | ((r >> 6) & 0x3f));
				out[k++] = (char)(0x80 | (r & 0x3f));
			}
			break;
		}
		default:
			util_die("oracle line %d: bad escape \\%c", lineno, ch);
		}
	}
	out[k] = 0;
	return out;
}

/* Split a line into tokens: words, or quoted strings (kept quoted). */
static void split(char *s, Line *l)
{
	l->ntok = 0;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		if (l->ntok == MAX_TOKS)
			util_die("oracle line %d: too many tokens", l->lineno);
		char *start = s;
		if (*s == '"') {
			s++;
			while (*s && *s != '"') {
				if (*s == '\\' && s[1])
					s++;
				s++;
			}
			if (*s)
				s++;
		} else {
			while (*s && *s != ' ')
				s++;
		}
		if (*s)
			*s++ = 0;
		l->tok[l->ntok++] = start;
	}
}

/* ---- building types ------------------------------------------------- */

typedef struct Oracle {
	TypeCtx *c;
	Package **pkgs;     /* by id; [0] unused */
	int npkgs;
	Type **types;       /* by id */
	int ntypes, captypes;
	Package *cur;       /* the package being asked about */
	const char *curname;
	/* lookups: the names and packages asked about, the current target */
	Sym **look_names;
	int nlook_names;
	Package **look_pkgs;
	int nlook_pkgs;
	Type *look_target;
	PtrVec look_lines;  /* char* "addr pid name obj index indirect" */
	int nunivnames;     /* univnames lines seen: universe, then unsafe */
} Oracle;

/* Check counts per category, reported per package. */
enum { C_STR, C_UNDER, C_COMPARABLE, C_DEFAULT, C_SIZE, C_OBJ, C_MSET, C_LOOK, C_IDENT, C_IFACE, C_IMPL, C_GC, C_UNIV, C_N };
static const char *const cat_names[C_N] = {
	"str", "under", "comparable", "default", "size", "obj", "mset", "look", "ident", "iface", "impl", "gc", "objects",
};
static int cat_checks[C_N], cat_fails[C_N];
static char cat_first[C_N][600];

static void check(int cat, bool ok, int lineno, const char *fmt, ...)
{
	cat_checks[cat]++;
	if (ok)
		return;
	char msg[500];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (cat_fails[cat]++ == 0)
		snprintf(cat_first[cat], sizeof cat_first[cat], "line %d: %s", lineno, msg);
	if (cat_fails[cat] <= 20)
		fprintf(stderr, "oracle line %d: %s: %s\n", lineno, cat_names[cat], msg);
}

static void report_package(Oracle *o)
{
	if (!o->curname)
		return;
	for (int k = 0; k < C_N; k++) {
		char name[200];
		snprintf(name, sizeof name, "oracle/%s/%s", o->curname, cat_names[k]);
		if (cat_checks[k] == 0)
			continue;
		if (cat_fails[k] == 0) {
			char note[64];
			snprintf(note, sizeof note, "%d checks", cat_checks[k]);
			pass(name, note);
		} else {
			failf(name, "%d of %d checks differ; first at %s", cat_fails[k], cat_checks[k], cat_first[k]);
		}
		cat_checks[k] = cat_fails[k] = 0;
	}
}

static long num(const Line *l, int i)
{
	if (i >= l->ntok)
		util_die("oracle line %d: missing field %d", l->lineno, i);
	char *end;
	long v = strtol(l->tok[i], &end, 10);
	if (*end)
		util_die("oracle line %d: not a number: %s", l->lineno, l->tok[i]);
	return v;
}

static Type *type_at(Oracle *o, const Line *l, int i)
{
	long id = num(l, i);
	if (id == 0)
		return NULL;
	if (id < 0 || id >= o->ntypes || !o->types[id])
		util_die("oracle line %d: unknown type %ld", l->lineno, id);
	return o->types[id];
}

static Package *pkg_at(Oracle *o, const Line *l, int i)
{
	long id = num(l, i);
	if (id == 0)
		return NULL;
	if (id == -1)
		return o->c->unsafe;
	if (id < 0 || id >= o->npkgs || !o->pkgs[id])
		util_die("oracle line %d: unknown package %ld", l->lineno, id);
	return o->pkgs[id];
}

static Sym *sym_at(const Line *l, int i)
{
	char *s = unquote(l->tok[i], l->lineno);
	Sym *sym = sym_cstr(s);
	free(s);
	return sym;
}

static void set_type(Oracle *o, long id, Type *t)
{
	while (id >= o->captypes) {
		o->captypes = o->captypes ? 2 * o->captypes : 1024;
		o->types = xrealloc(o->types, (size_t)o->captypes * sizeof *o->types);
		memset(o->types + o->ntypes, 0, (size_t)(o->captypes - o->ntypes) * sizeof *o->types);
	}
	o->types[id] = t;
	if (id >= o->ntypes)
		o->ntypes = (int)id + 1;
}

static Type *basic_by_name(Oracle *o, const char *name)
{
	TypeCtx *c = o->c;
	if (strcmp(name, "byte") == 0)
		return c->byte_type;
	if (strcmp(name, "rune") == 0)
		return c->rune_type;
	for (int k = 0; k < B_NKINDS; k++)
		if (strcmp(c->typ[k]->u.basic.name, name) == 0)
			return c->typ[k];
	return NULL;
}

static Pos nopos;

/* A list of type parameters "n id..." at token i; returns the next index. */
static int tparams_at(Oracle *o, const Line *l, int i, Type ***out, int *n)
{
	*n = (int)num(l, i++);
	*out = xmalloc((size_t)(*n ? *n : 1) * sizeof **out);
	for (int k = 0; k < *n; k++)
		(*out)[k] = type_at(o, l, i++);
	return i;
}

static void build_type(Oracle *o, const Line *l)
{
	TypeCtx *c = o->c;
	long id = num(l, 1);
	const char *kind = l->tok[2];
	Type *t = NULL;
	if (strcmp(kind, "basic") == 0) {
		char *name = unquote(l->tok[3], l->lineno);
		t = basic_by_name(o, name);
		if (!t)
			util_die("oracle line %d: unknown basic type %s", l->lineno, name);
		free(name);
	} else if (strcmp(kind, "univ") == 0) {
		char *name = unquote(l->tok[3], l->lineno);
		if (strcmp(name, "any") == 0)
			t = c->any_type;
		else if (strcmp(name, "error") == 0)
			t = c->error_type;
		else if (strcmp(name, "comparable") == 0)
			t = c->comparable_type;
		else
			util_die("oracle line %d: unknown universe type %s", l->lineno, name);
		free(name);
	} else if (strcmp(kind, "ptr") == 0) {
		t = ty_new_pointer(c, type_at(o, l, 3));
	} else if (strcmp(kind, "slice") == 0) {
		t = ty_new_slice(c, type_at(o, l, 3));
	} else if (strcmp(kind, "array") == 0) {
		t = ty_new_array(c, type_at(o, l, 4), num(l, 3));
	} else if (strcmp(kind, "map") == 0) {
		t = ty_new_map(c, type_at(o, l, 3), type_at(o, l, 4));
	} else if (strcmp(kind, "chan") == 0) {
		t = ty_new_chan(c, (ChanDir)num(l, 3), type_at(o, l, 4));
	} else if (strcmp(kind, "struct") == 0) {
		int n = (int)num(l, 3);
		Object **fields = xmalloc((size_t)(n ? n : 1) * sizeof *fields);
		char **tags = xmalloc((size_t)(n ? n : 1) * sizeof *tags);
		for (int i = 0; i < n; i++) {
			int k = 4 + 5 * i;
			fields[i] = obj_new_field(c, nopos, pkg_at(o, l, k + 1), sym_at(l, k), type_at(o, l, k + 2),
				num(l, k + 3) != 0);
			tags[i] = unquote(l->tok[k + 4], l->lineno);
		}
		t = ty_new_struct(c, fields, (const char **)tags, n);
		for (int i = 0; i < n; i++)
			free(tags[i]);
		free(tags);
		free(fields);
	} else if (strcmp(kind, "tuple") == 0) {
		int n = (int)num(l, 3);
		Object **vars = xmalloc((size_t)(n ? n : 1) * sizeof *vars);
		for (int i = 0; i < n; i++) {
			int k = 4 + 3 * i;
			vars[i] = obj_new_param(c, nopos, pkg_at(o, l, k + 1), sym_at(l, k), type_at(o, l, k + 2));
		}
		t = ty_new_tuple(c, vars, n);
		free(vars);
	} else if (strcmp(kind, "sig") == 0) {
		Object *recv = NULL;
		if (strcmp(l->tok[3], "-") != 0)
			recv = obj_new_param(c, nopos, pkg_at(o, l, 4), sym_at(l, 3), type_at(o, l, 5));
		t = ty_new_signature(c, recv, type_at(o, l, 6), type_at(o, l, 7), num(l, 8) != 0);
		Type **tps, **rps;
		int ntp, nrp;
		int i = tparams_at(o, l, 9, &tps, &ntp);
		tparams_at(o, l, i, &rps, &nrp);
		if (ntp)
			ty_signature_set_tparams(t, tps, ntp);
		if (nrp)
			ty_signature_set_rparams(t, rps, nrp);
		free(tps);
		free(rps);
	} else if (strcmp(kind, "iface") == 0) {
		t = ty_new_interface_empty(c);
		t->u.iface.implicit = num(l, 3) != 0;
	} else if (strcmp(kind, "union") == 0) {
		int n = (int)num(l, 3);
		Term *terms = xmalloc((size_t)(n ? n : 1) * sizeof *terms);
		for (int i = 0; i < n; i++) {
			terms[i].tilde = num(l, 4 + 2 * i) != 0;
			terms[i].type = type_at(o, l, 5 + 2 * i);
		}
		t = ty_new_union(c, terms, n);
		free(terms);
	} else if (strcmp(kind, "named") == 0) {
		Package *pkg = pkg_at(o, l, 4);
		Object *obj = obj_new_typename(c, nopos, pkg, sym_at(l, 3), NULL);
		t = ty_new_named(c, obj, NULL);
		if (strcmp(l->tok[5], "pkg") == 0 && scope_insert(pkg->scope, obj))
			util_die("oracle line %d: %s declared twice", l->lineno, obj->name->name);
	} else if (strcmp(kind, "inst") == 0) {
		Type **targs;
		int n;
		tparams_at(o, l, 4, &targs, &n);
		t = ty_new_instance(c, type_at(o, l, 3), targs, n);
		free(targs);
	} else if (strcmp(kind, "tparam") == 0) {
		Object *obj = obj_new_typename(c, nopos, pkg_at(o, l, 4), sym_at(l, 3), NULL);
		t = ty_new_typeparam(c, obj, NULL);
		t->u.tparam.index = (int)num(l, 5);
	} else {
		util_die("oracle line %d: unknown type kind %s", l->lineno, kind);
	}
	set_type(o, id, t);
}

static void declare_object(Oracle *o, const Line *l)
{
	TypeCtx *c = o->c;
	Package *pkg = pkg_at(o, l, 1);
	const char *kind = l->tok[2];
	Sym *name = sym_at(l, 3);
	Type *t = type_at(o, l, 4);
	Object *obj;
	if (strcmp(kind, "var") == 0) {
		obj = obj_new_var(c, nopos, pkg, name, t);
	} else if (strcmp(kind, "const") == 0) {
		obj = obj_new_const(c, nopos, pkg, name, t, NULL);
	} else if (strcmp(kind, "func") == 0) {
		obj = obj_new_func(c, nopos, pkg, name, t);
	} else if (strcmp(kind, "type") == 0) {
		Object *decl = t->kind == TY_NAMED ? t->u.named.obj : NULL;
		if (decl && decl->name == name && decl->pkg == pkg && scope_lookup(pkg->scope, name) == decl)
			return; /* declared with its Named type */
		obj = obj_new_typename(c, nopos, pkg, name, t);
	} else {
		util_die("oracle line %d: unknown object kind %s", l->lineno, kind);
	}
	if (scope_insert(pkg->scope, obj))
		util_die("oracle line %d: %s declared twice", l->lineno, name->name);
}

/* ---- answering questions --------------------------------------------- */

static Qualifier rel(Oracle *o)
{
	return ty_relative_to(o->cur);
}

static bool eq_str(const Line *l, int i, const char *got, char *wantbuf, size_t n)
{
	char *want = unquote(l->tok[i], l->lineno);
	bool ok = strcmp(want, got) == 0;
	snprintf(wantbuf, n, "%s", want);
	free(want);
	return ok;
}

static void q_str(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	Qualifier q = rel(o);
	const char *a = ty_string(t, &q), *b = ty_string(t, NULL);
	char want[300];
	bool ok = eq_str(l, 3, a, want, sizeof want);
	check(C_STR, ok, l->lineno, "type %ld: want %s, got %s", num(l, 2), want, a);
	ok = eq_str(l, 4, b, want, sizeof want);
	check(C_STR, ok, l->lineno, "type %ld (no qualifier): want %s, got %s", num(l, 2), want, b);
}

static void q_under(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	Qualifier q = rel(o);
	const char *a = ty_string(ty_underlying(t), &q);
	char want[300];
	bool ok = eq_str(l, 3, a, want, sizeof want);
	check(C_UNDER, ok, l->lineno, "underlying of type %ld: want %s, got %s", num(l, 2), want, a);
}

static void q_comparable(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	bool want = num(l, 3) != 0, got = ty_comparable(t);
	check(C_COMPARABLE, want == got, l->lineno, "comparable(%s): want %d", ty_string(t, NULL), want);
}

static void q_default(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	Qualifier q = rel(o);
	const char *a = ty_string(ty_default(o->c, t), &q);
	char want[300];
	bool ok = eq_str(l, 3, a, want, sizeof want);
	check(C_DEFAULT, ok, l->lineno, "default(%s): want %s, got %s", ty_string(t, NULL), want, a);
}

static void q_size(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	const TySizes *s = ty_sizes_for(l->tok[3]);
	if (!s)
		util_die("oracle line %d: unknown arch %s", l->lineno, l->tok[3]);
	int64_t size = ty_sizeof(s, t), align = ty_alignof(s, t);
	bool ok = size == num(l, 4) && align == num(l, 5);
	check(C_SIZE, ok, l->lineno, "%s %s: want size %ld align %ld, got %lld %lld", s->arch, ty_string(t, NULL),
		num(l, 4), num(l, 5), (long long)size, (long long)align);
	int nf = l->ntok - 6;
	if (nf > 0) {
		Type *u = ty_underlying(t);
		if (u->kind != TY_STRUCT || u->u.strct.nfields != nf) {
			check(C_SIZE, false, l->lineno, "%s: offsets of a non-struct", ty_string(t, NULL));
			return;
		}
		int64_t *offs = xmalloc((size_t)nf * sizeof *offs);
		ty_offsetsof(s, t, offs);
		for (int i = 0; i < nf; i++)
			check(C_SIZE, offs[i] == num(l, 6 + i), l->lineno, "%s %s: field %d: want offset %ld, got %lld",
				s->arch, ty_string(t, NULL), i, num(l, 6 + i), (long long)offs[i]);
		free(offs);
	}
}

static void q_obj(Oracle *o, const Line *l)
{
	const char *what = l->tok[2];
	Object *obj = NULL;
	if (strcmp(what, "scope") == 0) {
		Package *p = pkg_at(o, l, 3);
		obj = scope_lookup(p->scope, sym_at(l, 4));
	} else {
		Type *t = type_at(o, l, 3);
		int i = (int)num(l, 4);
		if (strcmp(what, "field") == 0)
			obj = t->u.strct.fields[i];
		else if (strcmp(what, "method") == 0)
			obj = ty_named_method(t, i);
		else if (strcmp(what, "imethod") == 0)
			obj = t->u.iface.methods[i];
		else if (strcmp(what, "var") == 0)
			obj = t->u.tuple.vars[i];
	}
	if (!obj) {
		check(C_OBJ, false, l->lineno, "no object %s %s %s", what, l->tok[3], l->tok[4]);
		return;
	}
	Qualifier q = rel(o);
	TyBuf a = { 0 }, b = { 0 };
	obj_write(&a, obj, &q);
	obj_write(&b, obj, NULL);
	char want[300];
	bool ok = eq_str(l, 5, a.str, want, sizeof want);
	check(C_OBJ, ok, l->lineno, "want %s, got %s", want, a.str);
	ok = eq_str(l, 6, b.str, want, sizeof want);
	check(C_OBJ, ok, l->lineno, "(no qualifier) want %s, got %s", want, b.str);
	tybuf_free(&a);
	tybuf_free(&b);
}

static void write_index(TyBuf *b, const int *index, int n)
{
	if (!index) {
		tybuf_puts(b, "-");
		return;
	}
	if (n == 0)
		tybuf_puts(b, ".");
	for (int i = 0; i < n; i++)
		tybuf_printf(b, i ? ".%d" : "%d", index[i]);
}

static void q_mset(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	int n = (int)num(l, 3);
	MethodSet ms = ty_method_set(t);
	if (ms.n != n) {
		TyBuf b = { 0 };
		for (int i = 0; i < ms.n; i++) {
			ty_write_selection(&b, &ms.sels[i], NULL);
			tybuf_puts(&b, "; ");
		}
		check(C_MSET, false, l->lineno, "method set of %s: want %d entries, got %d: %s", ty_string(t, NULL), n,
			ms.n, b.str ? b.str : "");
		tybuf_free(&b);
		return;
	}
	Qualifier q = rel(o);
	for (int i = 0; i < n; i++) {
		TyBuf b = { 0 };
		ty_write_selection(&b, &ms.sels[i], &q);
		char want[300];
		bool ok = eq_str(l, 4 + 3 * i, b.str, want, sizeof want);
		TyBuf idx = { 0 };
		write_index(&idx, ms.sels[i].index, ms.sels[i].nindex);
		ok = ok && strcmp(idx.str, l->tok[5 + 3 * i]) == 0;
		ok = ok && ms.sels[i].indirect == (num(l, 6 + 3 * i) != 0);
		check(C_MSET, ok, l->lineno, "method set of %s, entry %d: want %s %s %s, got %s %s %d",
			ty_string(t, NULL), i, want, l->tok[5 + 3 * i], l->tok[6 + 3 * i], b.str, idx.str,
			ms.sels[i].indirect);
		tybuf_free(&b);
		tybuf_free(&idx);
	}
}

/* Check every lookup on the current target: the listed answers, and
 * "not found" for everything else. */
static void finish_target(Oracle *o, int lineno)
{
	Type *t = o->look_target;
	if (!t)
		return;
	Qualifier q = rel(o);
	for (int pi = 0; pi < o->nlook_pkgs; pi++)
		for (int ni = 0; ni < o->nlook_names; ni++)
			for (int addr = 0; addr < 2; addr++) {
				Package *p = o->look_pkgs[pi];
				Sym *name = o->look_names[ni];
				LookupResult r = ty_lookup_field_or_method(t, addr, p, name);
				TyBuf got = { 0 };
				tybuf_printf(&got, "%d %s ", addr, name->name);
				if (r.obj)
					tybuf_puts(&got, obj_string(o->c, r.obj, &q));
				else
					tybuf_puts(&got, "-");
				tybuf_putc(&got, ' ');
				write_index(&got, r.index, r.nindex);
				tybuf_printf(&got, " %d", r.indirect);
				/* the expected line, if listed */
				const char *want = NULL;
				char prefix[300];
				snprintf(prefix, sizeof prefix, "%d %d %s ", addr, pi, name->name);
				for (int k = 0; k < o->look_lines.len; k++) {
					const char *s = o->look_lines.data[k];
					if (strncmp(s, prefix, strlen(prefix)) == 0)
						want = s + strlen(prefix);
				}
				char wantbuf[600];
				if (want)
					snprintf(wantbuf, sizeof wantbuf, "%d %s %s", addr, name->name, want);
				else
					snprintf(wantbuf, sizeof wantbuf, "%d %s - - 0", addr, name->name);
				check(C_LOOK, strcmp(wantbuf, got.str) == 0, lineno, "lookup in %s (pkg %s): want %s, got %s",
					ty_string(t, NULL), p->path->name, wantbuf, got.str);
				tybuf_free(&got);
			}
	for (int k = 0; k < o->look_lines.len; k++)
		free(o->look_lines.data[k]);
	o->look_lines.len = 0;
	o->look_target = NULL;
}

static void q_looknames(Oracle *o, const Line *l)
{
	int np = (int)num(l, 2);
	free(o->look_pkgs);
	o->look_pkgs = xmalloc((size_t)np * sizeof *o->look_pkgs);
	for (int i = 0; i < np; i++)
		o->look_pkgs[i] = pkg_at(o, l, 3 + i);
	o->nlook_pkgs = np;
	int nn = (int)num(l, 3 + np);
	free(o->look_names);
	o->look_names = xmalloc((size_t)nn * sizeof *o->look_names);
	for (int i = 0; i < nn; i++)
		o->look_names[i] = sym_at(l, 4 + np + i);
	o->nlook_names = nn;
}

/* "Q look tid addr pid name obj index indirect": kept as
 * "addr pkgindex name obj index indirect" with obj unquoted. */
static void q_look(Oracle *o, const Line *l)
{
	Package *p = pkg_at(o, l, 4);
	int pi = -1;
	for (int i = 0; i < o->nlook_pkgs; i++)
		if (o->look_pkgs[i] == p)
			pi = i;
	char *name = unquote(l->tok[5], l->lineno);
	char *obj = strcmp(l->tok[6], "-") == 0 ? xstrdup("-") : unquote(l->tok[6], l->lineno);
	TyBuf b = { 0 };
	tybuf_printf(&b, "%ld %d %s %s %s %s", num(l, 3), pi, name, obj, l->tok[7], l->tok[8]);
	vec_push(&o->look_lines, b.str);
	free(name);
	free(obj);
}

static void q_ident(Oracle *o, const Line *l)
{
	Type *x = type_at(o, l, 2), *y = type_at(o, l, 3);
	bool want = num(l, 4) != 0, wantt = num(l, 5) != 0;
	bool got = ty_identical(x, y), gott = ty_identical_ignore_tags(x, y);
	bool back = ty_identical(y, x);
	check(C_IDENT, want == got && wantt == gott && got == back, l->lineno,
		"identical(%s, %s): want %d/%d, got %d/%d (reversed %d)", ty_string(x, NULL), ty_string(y, NULL),
		want, wantt, got, gott, back);
}

static void q_iface(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	Type *u = ty_underlying(t);
	bool empty = ty_iface_empty(u), comp = ty_iface_is_comparable(u), mset = ty_iface_is_method_set(u);
	int n = ty_iface_nmethods(u);
	bool ok = empty == (num(l, 3) != 0) && comp == (num(l, 4) != 0) && mset == (num(l, 5) != 0) && n == num(l, 6);
	check(C_IFACE, ok, l->lineno, "%s: want empty %ld comparable %ld methodset %ld methods %ld, got %d %d %d %d",
		ty_string(t, NULL), num(l, 3), num(l, 4), num(l, 5), num(l, 6), empty, comp, mset, n);
	if (!ok)
		return;
	Qualifier q = rel(o);
	for (int i = 0; i < n; i++) {
		TyBuf b = { 0 };
		obj_write(&b, ty_iface_method(u, i), &q);
		char want[300];
		bool same = eq_str(l, 7 + i, b.str, want, sizeof want);
		check(C_IFACE, same, l->lineno, "%s: method %d: want %s, got %s", ty_string(t, NULL), i, want, b.str);
		tybuf_free(&b);
	}
}

static void q_impl(Oracle *o, const Line *l)
{
	Type *V = type_at(o, l, 2), *T = type_at(o, l, 3);
	bool want = num(l, 4) != 0;
	bool got = ty_implements(V, T);
	bool wrong;
	Object *m = ty_missing_method(V, T, true, &wrong, NULL);
	const char *gotm = m ? m->name->name : "-";
	char *wantm = strcmp(l->tok[5], "-") == 0 ? xstrdup("-") : unquote(l->tok[5], l->lineno);
	bool wantwrong = num(l, 6) != 0;
	bool ok = want == got && strcmp(wantm, gotm) == 0 && wrong == wantwrong;
	if (strcmp(l->tok[7], "-") != 0) {
		bool wanta = num(l, 7) != 0;
		ok = ok && ty_assertable_to(ty_underlying(V), T) == wanta;
	}
	check(C_IMPL, ok, l->lineno, "implements(%s, %s): want %d missing %s wrong %d assert %s, got %d %s %d", ty_string(V, NULL),
		ty_string(T, NULL), want, wantm, wantwrong, l->tok[7], got, gotm, wrong);
	free(wantm);
}

/* gc's notation, as gc -m printed it in "new(T) escapes to heap". */
static void q_gc(Oracle *o, const Line *l)
{
	Type *t = type_at(o, l, 2);
	const char *got = ty_string_gc(t, o->cur);
	char want[600];
	bool ok = eq_str(l, 3, got, want, sizeof want);
	check(C_GC, ok, l->lineno, "gc notation of %s: want %s, got %s", ty_string(t, NULL), want, got);
}

/* The universe's (or unsafe's) names in sorted order. */
static void q_univnames(Oracle *o, const Line *l)
{
	Scope *s = o->nunivnames++ == 0 ? o->c->universe : o->c->unsafe->scope;
	int n;
	Sym **names = scope_names(s, &n);
	bool ok = n == num(l, 2);
	for (int i = 0; ok && i < n; i++) {
		char *want = unquote(l->tok[3 + i], l->lineno);
		ok = strcmp(want, names[i]->name) == 0;
		free(want);
	}
	check(C_UNIV, ok, l->lineno, "%s scope: want %ld names, got %d", s->comment, num(l, 2), n);
}

/* A predeclared object: its string, and its type is the one the recipe
 * names (the context's own). */
static void q_univ(Oracle *o, const Line *l)
{
	char *name = unquote(l->tok[2], l->lineno);
	Object *obj = ty_universe_lookup(o->c, name);
	if (!obj) {
		check(C_UNIV, false, l->lineno, "%s is not predeclared", name);
		free(name);
		return;
	}
	TyBuf b = { 0 };
	obj_write(&b, obj, NULL);
	char want[300];
	bool ok = eq_str(l, 3, b.str, want, sizeof want);
	check(C_UNIV, ok, l->lineno, "%s: want %s, got %s", name, want, b.str);
	check(C_UNIV, obj->type == type_at(o, l, 4), l->lineno, "%s: not the context's type", name);
	tybuf_free(&b);
	free(name);
}

static void question(Oracle *o, const Line *l)
{
	const char *q = l->tok[1];
	if (strcmp(q, "looktarget") != 0 && strcmp(q, "look") != 0)
		finish_target(o, l->lineno);
	if (strcmp(q, "str") == 0)
		q_str(o, l);
	else if (strcmp(q, "under") == 0)
		q_under(o, l);
	else if (strcmp(q, "comparable") == 0)
		q_comparable(o, l);
	else if (strcmp(q, "default") == 0)
		q_default(o, l);
	else if (strcmp(q, "size") == 0)
		q_size(o, l);
	else if (strcmp(q, "obj") == 0)
		q_obj(o, l);
	else if (strcmp(q, "mset") == 0)
		q_mset(o, l);
	else if (strcmp(q, "looknames") == 0)
		q_looknames(o, l);
	else if (strcmp(q, "looktarget") == 0) {
		finish_target(o, l->lineno);
		o->look_target = type_at(o, l, 2);
	} else if (strcmp(q, "look") == 0)
		q_look(o, l);
	else if (strcmp(q, "ident") == 0)
		q_ident(o, l);
	else if (strcmp(q, "iface") == 0)
		q_iface(o, l);
	else if (strcmp(q, "impl") == 0)
		q_impl(o, l);
	else if (strcmp(q, "gc") == 0)
		q_gc(o, l);
	else if (strcmp(q, "univnames") == 0)
		q_univnames(o, l);
	else if (strcmp(q, "univ") == 0)
		q_univ(o, l);
	else
		util_die("oracle line %d: unknown question %s", l->lineno, q);
}

static void run_oracle(const char *path)
{
	size_t size;
	char *data = util_read_file(path, &size);
	if (!data) {
		failf("oracle", "cannot read %s", path);
		return;
	}
	Oracle o = { 0 };
	o.c = ty_ctx_new();
	Line *l = xmalloc(sizeof *l);
	int lineno = 0;
	char *s = data;
	while (*s) {
		char *nl = strchr(s, '\n');
		if (nl)
			*nl = 0;
		lineno++;
		l->lineno = lineno;
		split(s, l);
		s = nl ? nl + 1 : s + strlen(s);
		if (l->ntok == 0 || l->tok[0][0] == '#')
			continue;
		const char *k = l->tok[0];
		if (strcmp(k, "pkg") == 0) {
			long id = num(l, 1);
			char *path = unquote(l->tok[2], lineno), *name = unquote(l->tok[3], lineno);
			if (id >= o.npkgs) {
				o.pkgs = xrealloc(o.pkgs, (size_t)(id + 1) * sizeof *o.pkgs);
				memset(o.pkgs + o.npkgs, 0, (size_t)(id + 1 - o.npkgs) * sizeof *o.pkgs);
				o.npkgs = (int)id + 1;
			}
			o.pkgs[id] = pkg_new(o.c, path, name);
			free(path);
			free(name);
		} else if (strcmp(k, "import") == 0) {
			pkg_add_import(pkg_at(&o, l, 1), pkg_at(&o, l, 2));
		} else if (strcmp(k, "P") == 0) {
			finish_target(&o, lineno);
			report_package(&o);
			o.cur = pkg_at(&o, l, 1);
			o.curname = o.cur ? o.cur->name->name : "universe";
		} else if (strcmp(k, "T") == 0) {
			build_type(&o, l);
		} else if (strcmp(k, "U") == 0) {
			ty_named_set_underlying(type_at(&o, l, 1), type_at(&o, l, 2));
		} else if (strcmp(k, "TP") == 0) {
			Type **tps;
			int n;
			tparams_at(&o, l, 2, &tps, &n);
			ty_named_set_tparams(type_at(&o, l, 1), tps, n);
			free(tps);
		} else if (strcmp(k, "M") == 0) {
			Object *m = obj_new_func(o.c, nopos, pkg_at(&o, l, 3), sym_at(l, 2), type_at(&o, l, 4));
			ty_named_add_method(type_at(&o, l, 1), m);
		} else if (strcmp(k, "B") == 0) {
			ty_typeparam_set_constraint(type_at(&o, l, 1), type_at(&o, l, 2));
		} else if (strcmp(k, "IM") == 0) {
			Object *m = obj_new_func(o.c, nopos, pkg_at(&o, l, 3), sym_at(l, 2), type_at(&o, l, 4));
			ty_interface_add_method(type_at(&o, l, 1), m);
		} else if (strcmp(k, "IE") == 0) {
			ty_interface_add_embedded(type_at(&o, l, 1), type_at(&o, l, 2), nopos);
		} else if (strcmp(k, "IC") == 0) {
			ty_interface_complete(type_at(&o, l, 1));
		} else if (strcmp(k, "O") == 0) {
			declare_object(&o, l);
		} else if (strcmp(k, "Q") == 0) {
			question(&o, l);
		} else {
			util_die("oracle line %d: unknown record %s", lineno, k);
		}
	}
	finish_target(&o, lineno);
	report_package(&o);
	free(l);
	free(o.pkgs);
	free(o.types);
	free(o.look_names);
	free(o.look_pkgs);
	vec_free(&o.look_lines);
	ty_ctx_free(o.c);
	free(data);
}

/* ==================================================================== */
/* Hand-written tests                                                    */
/* ==================================================================== */

/* Shorthands for building types by hand. */
static TypeCtx *U;
static Package *PK;

static Sym *S(const char *s) { return sym_cstr(s); }
static Type *INT(void) { return U->typ[B_INT]; }
static Type *STR(void) { return U->typ[B_STRING]; }

static Type *named(const char *name, Type *under)
{
	Object *obj = obj_new_typename(U, nopos, PK, S(name), NULL);
	Type *t = ty_new_named(U, obj, under);
	scope_insert(PK->scope, obj);
	return t;
}

static Type *sig0(Type *result)
{
	Type *res = NULL;
	if (result) {
		Object *r = obj_new_param(U, nopos, PK, S(""), result);
		res = ty_new_tuple(U, &r, 1);
	}
	return ty_new_signature(U, NULL, NULL, res, false);
}

static Object *method(const char *name, Type *sig)
{
	return obj_new_func(U, nopos, PK, S(name), sig);
}

/* A method of named type recv (pointer receiver if ptr). */
static Object *add_method(Type *recv, const char *name, bool ptr, Type *param)
{
	Object *rv = obj_new_param(U, nopos, PK, S("r"), ptr ? ty_new_pointer(U, recv) : recv);
	Type *params = NULL;
	if (param) {
		Object *p = obj_new_param(U, nopos, PK, S("x"), param);
		params = ty_new_tuple(U, &p, 1);
	}
	Object *m = obj_new_func(U, nopos, PK, S(name), ty_new_signature(U, rv, params, NULL, false));
	ty_named_add_method(recv, m);
	return m;
}

static Type *iface1(Object *m)
{
	return ty_new_interface(U, &m, 1, NULL, 0);
}

static Type *union2(bool t1, Type *a, bool t2, Type *b)
{
	Term terms[2] = { { t1, a }, { t2, b } };
	return ty_new_union(U, terms, 2);
}

static Type *constraint(Type *elem)
{
	return ty_new_interface(U, NULL, 0, &elem, 1);
}

static Type *tparam(const char *name, Type *bound)
{
	Object *obj = obj_new_typename(U, nopos, PK, S(name), NULL);
	return ty_new_typeparam(U, obj, bound);
}

static const char *str(Type *t)
{
	Qualifier q = ty_relative_to(PK);
	return ty_string(t, &q);
}

/* The type set's terms as text ("𝓤", "∅", "~int | string"). */
static const char *terms_of(Type *iface)
{
	const TypeSet *ts = ty_typeset(iface);
	TyBuf b = { 0 };
	if (ts->comparable)
		tybuf_puts(&b, "comparable ");
	if (ts->all)
		tybuf_puts(&b, "all");
	else if (ts->nterms == 0)
		tybuf_puts(&b, "empty");
	for (int i = 0; i < ts->nterms; i++) {
		if (i > 0)
			tybuf_puts(&b, " | ");
		if (ts->terms[i].tilde)
			tybuf_putc(&b, '~');
		tybuf_puts(&b, str(ts->terms[i].type));
	}
	const char *r = arena_strndup(&U->arena, b.str, b.len);
	tybuf_free(&b);
	return r;
}

#define EXPECT(name, cond, ...) \
	do { \
		if (!(cond)) { \
			failf(name, __VA_ARGS__); \
			return; \
		} \
	} while (0)

#define EXPECT_STR(name, got, want) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if (strcmp(g_, w_) != 0) { \
			failf(name, "%s:%d: want \"%s\", got \"%s\"", __FILE__, __LINE__, w_, g_); \
			return; \
		} \
	} while (0)

static Pos at(uint32_t line, uint32_t col)
{
	return (Pos){ 1, line, col };
}

static void test_universe(void)
{
	const char *name = "universe";
	Object *t = ty_universe_lookup(U, "true"), *iota = ty_universe_lookup(U, "iota");
	EXPECT(name, t && t->kind == OBJ_CONST && t->u.cnst.val == NULL, "true is not a const without value");
	EXPECT(name, iota == U->universe_iota && iota->type == U->typ[B_UNTYPED_INT], "iota");
	EXPECT(name, ty_universe_lookup(U, "nil")->kind == OBJ_NIL, "nil");
	for (int i = 0; i < BUILTIN_N; i++) {
		Object *b = ty_universe_lookup(U, ty_builtin_name((BuiltinId)i));
		EXPECT(name, b && b->kind == OBJ_BUILTIN && b->u.builtin.id == (BuiltinId)i, "builtin %d", i);
		EXPECT(name, (b->pkg == U->unsafe) == (i >= BUILTIN_ADD), "builtin %s's package", b->name->name);
	}
	Object *ptr = scope_lookup(U->unsafe->scope, S("Pointer"));
	EXPECT(name, ptr && ptr->pkg == U->unsafe && !obj_is_alias(ptr), "unsafe.Pointer");
	EXPECT(name, !scope_lookup(U->universe, S("Pointer")), "Pointer in the universe");
	EXPECT(name, obj_is_alias(U->universe_byte) && obj_is_alias(U->universe_any), "byte, any are aliases");
	EXPECT(name, !obj_is_alias(ty_universe_lookup(U, "int")) && !obj_is_alias(U->universe_error), "int, error");
	EXPECT_STR(name, str(ty_basic(U, B_UNSAFE_POINTER)), "unsafe.Pointer");
	EXPECT_STR(name, str(U->any_type), "any");
	EXPECT_STR(name, str(U->empty_iface), "interface{}");
	EXPECT(name, ty_identical(U->any_type, U->empty_iface), "any and interface{}");
	EXPECT(name, ty_default(U, U->typ[B_UNTYPED_RUNE]) == U->rune_type, "default of untyped rune");
	EXPECT(name, ty_default(U, U->typ[B_UNTYPED_NIL]) == U->typ[B_UNTYPED_NIL], "default of untyped nil");
	EXPECT(name, ty_identical(U->byte_type, U->typ[B_UINT8]) && !ty_identical(U->byte_type, U->typ[B_INT8]),
		"byte is uint8");
	EXPECT(name, ty_sizes_for("386") == &ty_sizes_386 && ty_sizes_for("mips") && ty_sizes_for("mips")->ptrsize == 4 &&
		ty_sizes_for("wasm") && ty_sizes_for("wasm")->ptrsize == 8 && !ty_sizes_for("sparc64"),
	       "ty_sizes_for");
	pass(name, NULL);
}

static void test_scopes(void)
{
	const char *name = "scopes";
	Scope *pkg = scope_new(U, U->universe, nopos, nopos, "package");
	Scope *fn = scope_new(U, pkg, at(10, 1), at(30, 2), "function");
	Scope *blk = scope_new(U, fn, at(12, 5), at(20, 6), "block");
	Scope *blk2 = scope_new(U, fn, at(21, 5), at(25, 6), "block 2");
	EXPECT(name, pkg->nchildren == 1 && fn->number == 1 && blk->number == 1 && blk2->number == 2,
		"children numbering");
	EXPECT(name, U->universe->nchildren == 0, "a package scope is not the universe's child");

	Object *outer = obj_new_var(U, at(3, 5), PK, S("x"), INT());
	EXPECT(name, scope_insert(pkg, outer) == NULL && outer->parent == pkg, "insert");
	Object *inner = obj_new_var(U, at(14, 2), PK, S("x"), STR());
	inner->scope_pos = at(14, 8); /* x := ... is in scope after the statement */
	scope_insert(blk, inner);
	Object *again = obj_new_var(U, at(15, 2), PK, S("x"), STR());
	EXPECT(name, scope_insert(blk, again) == inner, "duplicate insert returns the old object");

	Scope *found;
	EXPECT(name, scope_lookup_parent(blk, S("x"), at(13, 1), &found) == outer && found == pkg,
		"before its scope starts, the inner x is not visible");
	EXPECT(name, scope_lookup_parent(blk, S("x"), at(14, 8), &found) == inner && found == blk,
		"at its scope start it is");
	EXPECT(name, scope_lookup_parent(blk, S("x"), nopos, NULL) == inner, "unknown position sees all");
	EXPECT(name, scope_lookup_parent(blk, S("int"), at(15, 1), &found) == ty_universe_lookup(U, "int") &&
		found == U->universe, "universe objects");
	EXPECT(name, scope_lookup_parent(blk, S("nonesuch"), nopos, &found) == NULL && found == NULL, "missing");

	/* many names: the table grows; order is insertion order */
	const char *names[] = { "zeta", "alpha", "mu", "beta", "omega", "kappa", "eta", "pi", "rho", "tau",
				"chi", "psi", "nu", "xi", "iota", "sigma", "phi", "gamma", "delta", "lambda" };
	int n = (int)(sizeof names / sizeof names[0]);
	for (int i = 0; i < n; i++)
		scope_insert(fn, obj_new_var(U, nopos, PK, S(names[i]), INT()));
	EXPECT(name, scope_len(fn) == n, "len %d", scope_len(fn));
	for (int i = 0; i < n; i++) {
		EXPECT(name, scope_at(fn, i)->name == S(names[i]), "insertion order at %d", i);
		EXPECT(name, scope_lookup(fn, S(names[i])) == scope_at(fn, i), "lookup %s", names[i]);
	}
	int nn;
	Sym **sorted = scope_names(fn, &nn);
	for (int i = 1; i < nn; i++)
		EXPECT(name, strcmp(sorted[i - 1]->name, sorted[i]->name) < 0, "names not sorted");

	EXPECT(name, scope_innermost(fn, at(15, 1)) == blk && scope_innermost(fn, at(22, 1)) == blk2 &&
		scope_innermost(fn, at(26, 1)) == fn && scope_innermost(fn, at(40, 1)) == NULL, "innermost");
	EXPECT(name, scope_contains(blk, at(12, 5)) && !scope_contains(blk, at(20, 6)), "extent is half open");

	/* squash: blk's objects move to fn, blk's children to fn */
	Scope *deep = scope_new(U, blk, at(13, 1), at(14, 1), "deep");
	scope_squash(blk, NULL, NULL);
	EXPECT(name, scope_lookup(fn, S("x")) == inner && inner->parent == fn, "squashed object");
	EXPECT(name, fn->nchildren == 2 && (fn->children[0] == deep || fn->children[1] == deep), "squashed children");
	pass(name, NULL);
}

static void test_typesets(void)
{
	const char *name = "typesets";
	Type *myint = named("MyInt", INT());
	/* ~int | int is ~int */
	EXPECT_STR(name, terms_of(constraint(union2(true, INT(), false, INT()))), "~int");
	/* int | ~int is ~int too */
	EXPECT_STR(name, terms_of(constraint(union2(false, INT(), true, INT()))), "~int");
	/* (int | string) ∩ ~int */
	Type *both[2] = { union2(false, INT(), false, STR()), ty_new_union(U, &(Term){ true, INT() }, 1) };
	EXPECT_STR(name, terms_of(ty_new_interface(U, NULL, 0, both, 2)), "int");
	/* int; string: empty */
	Type *two[2] = { INT(), STR() };
	Type *empty = ty_new_interface(U, NULL, 0, two, 2);
	EXPECT_STR(name, terms_of(empty), "empty");
	EXPECT(name, ty_implements(INT(), U->any_type) && !ty_implements(INT(), empty), "empty type set");
	/* ~MyInt: no type has MyInt as underlying type */
	EXPECT_STR(name, terms_of(constraint(union2(true, myint, false, STR()))), "string");
	/* comparable ∩ (int | []int) keeps int and drops the comparable bit */
	Type *cmp[2] = { U->comparable_type, union2(false, INT(), false, ty_new_slice(U, INT())) };
	Type *ci = ty_new_interface(U, NULL, 0, cmp, 2);
	EXPECT_STR(name, terms_of(ci), "int");
	EXPECT(name, ty_iface_is_comparable(ci), "int is comparable");
	EXPECT_STR(name, terms_of(ty_underlying(U->comparable_type)), "comparable all");
	/* an interface term: any | int is everything */
	EXPECT_STR(name, terms_of(constraint(union2(false, U->any_type, false, INT()))), "all");
	/* methods of embedded interfaces, sorted: exported first */
	Type *ib = iface1(method("b", sig0(NULL)));
	Type *ia = iface1(method("A", sig0(NULL)));
	Type *emb[2] = { ib, ia };
	Type *ab = ty_new_interface(U, NULL, 0, emb, 2);
	EXPECT(name, ty_iface_nmethods(ab) == 2 && ty_iface_method(ab, 0)->name == S("A"), "method order");
	/* an incomplete interface has no type set yet */
	Type *inc = ty_new_interface_empty(U);
	ty_interface_add_embedded(inc, INT(), nopos);
	EXPECT(name, ty_typeset(inc)->all, "incomplete interface");
	ty_interface_complete(inc);
	EXPECT_STR(name, terms_of(inc), "int");
	/* term inclusion */
	Term tilde_int = { true, INT() }, plain_int = { false, INT() }, all = { false, NULL };
	EXPECT(name, ty_term_includes(&tilde_int, myint) && !ty_term_includes(&plain_int, myint) &&
		ty_term_includes(&all, myint), "term inclusion");
	pass(name, NULL);
}

static void errors_into(void *ctx, Pos pos, const char *msg)
{
	(void)pos;
	TyBuf *b = ctx;
	tybuf_puts(b, msg);
	tybuf_putc(b, ';');
}

static void test_typeset_errors(void)
{
	const char *name = "typeset-errors";
	TyBuf errs = { 0 };
	U->error = errors_into;
	U->error_ctx = &errs;
	/* two explicit M */
	Object *ms[2] = { method("M", sig0(NULL)), method("M", sig0(INT())) };
	ty_typeset(ty_new_interface(U, ms, 2, NULL, 0));
	/* M twice through embedding: fine if identical, an error if not */
	Type *e1 = iface1(method("M", sig0(NULL))), *e2 = iface1(method("M", sig0(NULL)));
	Type *e3 = iface1(method("M", sig0(STR())));
	Type *same[2] = { e1, e2 }, *diff[2] = { e1, e3 };
	ty_typeset(ty_new_interface(U, NULL, 0, same, 2));
	const char *before = errs.str ? arena_strndup(&U->arena, errs.str, errs.len) : "";
	ty_typeset(ty_new_interface(U, NULL, 0, diff, 2));
	/* a union of 101 distinct terms */
	Term terms[101];
	for (int i = 0; i < 101; i++)
		terms[i] = (Term){ false, ty_new_array(U, INT(), i) };
	Type *big = constraint(ty_new_union(U, terms, 101));
	EXPECT_STR(name, terms_of(big), "all");
	U->error = NULL;
	U->error_ctx = NULL;
	EXPECT_STR(name, before, "duplicate method M;");
	EXPECT_STR(name, errs.str, "duplicate method M;duplicate method M;"
		"cannot handle more than 100 union terms (implementation limitation);");
	tybuf_free(&errs);
	pass(name, NULL);
}

static void test_core_types(void)
{
	const char *name = "core-types";
	Type *si = ty_new_slice(U, INT());
	Type *p1 = tparam("P", constraint(union2(true, si, false, ty_new_slice(U, INT()))));
	EXPECT_STR(name, str(ty_core_type(p1)), "[]int");
	Type *ch = ty_new_chan(U, DIR_SENDRECV, INT()), *rch = ty_new_chan(U, DIR_RECV, INT());
	Type *sch = ty_new_chan(U, DIR_SEND, INT());
	EXPECT_STR(name, str(ty_core_type(tparam("C", constraint(union2(false, ch, false, rch))))), "<-chan int");
	EXPECT(name, !ty_core_type(tparam("D", constraint(union2(false, sch, false, rch)))), "send and recv");
	Type *bytes = ty_new_slice(U, U->byte_type);
	Type *sb = tparam("S", constraint(union2(false, STR(), false, bytes)));
	EXPECT(name, !ty_core_type(sb), "string | []byte has no core type");
	EXPECT_STR(name, str(ty_core_string(sb)), "string");
	EXPECT(name, !ty_core_type(tparam("A", U->any_type)), "any has no core type");
	Type *imp = tparam("I", INT()); /* [I int]: an implicit interface */
	EXPECT_STR(name, str(ty_core_type(imp)), "int");
	EXPECT_STR(name, str(imp->u.tparam.constraint), "int");
	EXPECT(name, imp->u.tparam.constraint->kind == TY_INTERFACE && imp->u.tparam.constraint->u.iface.implicit,
		"the implicit interface replaces the constraint");
	EXPECT(name, ty_core_type(INT()) == INT() && ty_core_type(named("N2", si)) == si, "non-type-parameters");
	/* predicates over type sets */
	Type *num = tparam("N", constraint(union2(true, INT(), true, U->typ[B_FLOAT64])));
	EXPECT(name, ty_all_basic(num, BI_NUMERIC) && !ty_all_basic(num, BI_INTEGER) && !ty_is_numeric(num),
		"all numeric");
	Type *nils = tparam("Z", constraint(union2(true, si, true, ty_new_map(U, INT(), INT()))));
	Type *mixed = tparam("Y", constraint(union2(false, INT(), false, ty_new_pointer(U, INT()))));
	EXPECT(name, ty_has_nil(nils) && !ty_has_nil(mixed) && ty_has_nil(U->any_type), "has nil");
	EXPECT(name, ty_comparable(U->any_type) && !ty_is_comparable_strict(U->any_type) &&
		!ty_comparable(tparam("Q", U->any_type)) && ty_comparable(tparam("R", U->comparable_type)),
		"comparable interfaces and type parameters");
	pass(name, NULL);
}

static void resolve_to_int(void *ctx, Type *t)
{
	(*(int *)ctx)++;
	ty_named_set_underlying(t, t->ctx->typ[B_INT]);
}

static void test_resolver(void)
{
	const char *name = "named-resolver";
	Type *lazy = named("Lazy", NULL);
	int calls = 0;
	ty_named_set_resolver(lazy, resolve_to_int, &calls);
	EXPECT(name, ty_is_integer(lazy) && ty_underlying(lazy) == INT() && calls == 1, "resolved once");
	EXPECT(name, ty_named_nmethods(lazy) == 0 && calls == 1, "not again");
	/* an unresolved Named is invalid, and sizes survive invalid cycles */
	Type *cyc = named("Cyc", NULL);
	Object *f = obj_new_field(U, nopos, PK, S("x"), cyc, false);
	ty_named_set_underlying(cyc, ty_new_struct(U, &f, NULL, 1));
	EXPECT(name, ty_sizeof(&ty_sizes_amd64, cyc) == -1, "a recursive struct has no size");
	Type *unset = named("Unset", NULL);
	EXPECT(name, ty_underlying(unset) == U->invalid, "unset underlying is invalid");
	pass(name, NULL);
}

static void test_identity_generic(void)
{
	const char *name = "identity-generic";
	/* List[T any] and instances */
	Type *T = tparam("T", U->any_type);
	Type *list = named("List", NULL);
	ty_named_set_tparams(list, &T, 1);
	ty_named_set_underlying(list, ty_new_slice(U, T));
	Type *a = INT(), *b = STR();
	Type *li1 = ty_new_instance(U, list, &a, 1), *li2 = ty_new_instance(U, list, &a, 1);
	Type *ls = ty_new_instance(U, list, &b, 1);
	EXPECT(name, ty_identical(li1, li2) && !ty_identical(li1, ls) && !ty_identical(li1, list), "instances");
	EXPECT(name, ty_is_generic(list) && !ty_is_generic(li1), "generic");
	EXPECT_STR(name, str(list), "List[T any]");
	EXPECT_STR(name, str(li1), "List[int]");
	/* func[P any](P) P and func[Q any](Q) Q are identical; with another bound not */
	Type *sigs[3];
	const char *names[3] = { "P", "Q", "R" };
	for (int i = 0; i < 3; i++) {
		Type *tp = tparam(names[i], i == 2 ? U->comparable_type : U->any_type);
		Object *p = obj_new_param(U, nopos, PK, S("x"), tp), *r = obj_new_param(U, nopos, PK, S(""), tp);
		sigs[i] = ty_new_signature(U, NULL, ty_new_tuple(U, &p, 1), ty_new_tuple(U, &r, 1), false);
		ty_signature_set_tparams(sigs[i], &tp, 1);
	}
	EXPECT(name, ty_identical(sigs[0], sigs[1]) && !ty_identical(sigs[0], sigs[2]), "generic signatures");
	EXPECT(name, !ty_identical(sigs[0]->u.sig.params, sigs[1]->u.sig.params), "free type parameters differ");
	EXPECT_STR(name, str(sigs[2]), "func[R comparable](x R) R");
	pass(name, NULL);
}

static void test_implements_messages(void)
{
	const char *name = "implements-messages";
	Type *I = named("I", iface1(method("M", sig0(NULL))));
	Type *T = named("T", ty_new_struct(U, NULL, NULL, 0));
	Type *P = named("P", ty_new_struct(U, NULL, NULL, 0));
	add_method(P, "M", true, NULL);
	Type *W = named("W", ty_new_struct(U, NULL, NULL, 0));
	add_method(W, "M", false, INT());
	Type *C = named("C", ty_new_struct(U, NULL, NULL, 0));
	add_method(C, "m", false, NULL);
	Type *N = named("N", constraint(union2(true, INT(), true, STR())));
	Type *E = named("E", constraint(union2(false, INT(), false, STR())));
	Type *MyInt = named("MyInt2", INT());
	Type *F = named("F", sig0(NULL));
	struct {
		Type *V, *T;
		const char *want;
	} cases[] = {
		{ T, I, "T does not implement I (missing M method)" },
		{ P, I, "P does not implement I (M method has pointer receiver)" },
		{ W, I, "W does not implement I (wrong type for M method)\n\t\thave M(x int)\n\t\twant M()" },
		{ C, I, "C does not implement I (missing M method)\n\t\thave m()\n\t\twant M()" },
		{ ty_new_pointer(U, I), I, "*I does not implement I (type *I is pointer to interface, not interface)" },
		{ U->typ[B_FLOAT64], N, "float64 does not implement N (float64 missing in ~int | ~string)" },
		{ MyInt, E, "MyInt2 does not implement E (possibly missing ~ for int in constraint E)" },
		{ F, U->comparable_type, "F does not implement comparable" },
		{ T, INT(), "T does not implement int (int is not an interface)" },
	};
	Qualifier q = ty_relative_to(PK);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		TyBuf why = { 0 };
		bool ok = ty_implements_why(cases[i].V, cases[i].T, &why, &q);
		EXPECT(name, !ok, "case %zu implements", i);
		EXPECT_STR(name, why.str, cases[i].want);
		tybuf_free(&why);
	}
	EXPECT(name, ty_implements(ty_new_pointer(U, P), I), "*P implements I");
	bool wrong;
	Object *alt;
	EXPECT(name, ty_missing_method(P, I, true, &wrong, &alt) && wrong && alt && alt->name == S("M"),
		"missing method with pointer receiver");
	pass(name, NULL);
}

static void test_gc_notation(void)
{
	const char *name = "gc-notation";
	/* what oracle cannot show: receivers, other packages, tuples */
	Package *other = pkg_new(U, "example.org/other", "other");
	Object *tn = obj_new_typename(U, nopos, other, S("Thing"), NULL);
	Type *thing = ty_new_named(U, tn, ty_new_struct(U, NULL, NULL, 0));
	Object *f = obj_new_field(U, nopos, other, S("secret"), INT(), false);
	Type *st = ty_new_struct(U, &f, NULL, 1);
	EXPECT_STR(name, ty_string_gc(ty_new_pointer(U, thing), PK), "*other.Thing");
	EXPECT_STR(name, ty_string_gc(st, PK), "struct { other.secret int }");
	EXPECT_STR(name, ty_string_gc(st, other), "struct { secret int }");
	Object *recv = obj_new_param(U, nopos, other, S("t"), ty_new_pointer(U, thing));
	EXPECT_STR(name, ty_string_gc(ty_new_signature(U, recv, NULL, NULL, false), other), "method(*Thing) func()");
	EXPECT_STR(name, ty_string_gc(U->error_type, PK), "error");
	EXPECT_STR(name, ty_string_gc(U->typ[B_UNTYPED_FLOAT], PK), "untyped float");
	EXPECT_STR(name, ty_string_gc(U->typ[B_UNTYPED_NIL], PK), "nil");
	pass(name, NULL);
}

static void test_lookup_edges(void)
{
	const char *name = "lookup-edges";
	/* a method on a named pointer type is not found; its fields are */
	Object *fx = obj_new_field(U, nopos, PK, S("X"), INT(), false);
	Type *base = named("Base2", ty_new_struct(U, &fx, NULL, 1));
	add_method(base, "M", false, NULL);
	Type *pn = named("PN", ty_new_pointer(U, base));
	LookupResult r = ty_lookup_field_or_method(pn, false, PK, S("X"));
	EXPECT(name, r.obj == fx && r.nindex == 1 && r.indirect, "field through a named pointer");
	r = ty_lookup_field_or_method(pn, false, PK, S("M"));
	EXPECT(name, !r.obj && !r.index && !r.indirect, "no methods through a named pointer");
	/* blank names are never found */
	Object *blank = obj_new_field(U, nopos, PK, S("_"), INT(), false);
	r = ty_lookup_field_or_method(ty_new_struct(U, &blank, NULL, 1), false, PK, S("_"));
	EXPECT(name, !r.obj && !r.index, "blank");
	/* unexported names belong to their package */
	Package *other = pkg_new(U, "example.org/other2", "other2");
	Object *fy = obj_new_field(U, nopos, other, S("y"), INT(), false);
	Type *st = ty_new_struct(U, &fy, NULL, 1);
	EXPECT(name, !ty_lookup_field_or_method(st, false, PK, S("y")).obj, "unexported elsewhere");
	EXPECT(name, ty_lookup_field_or_method(st, false, other, S("y")).obj == fy, "unexported here");
	pass(name, NULL);
}

static void test_object_strings(void)
{
	const char *name = "object-strings";
	Package *fmt = pkg_new(U, "fmt", "fmt");
	Package *rnd = pkg_new(U, "math/rand", "rand");
	Object *p1 = obj_new_pkgname(U, nopos, PK, S("fmt"), fmt);
	Object *p2 = obj_new_pkgname(U, nopos, PK, S("r"), rnd);
	Object *lbl = obj_new_label(U, nopos, NULL, S("L"));
	TyBuf b = { 0 };
	obj_write(&b, p1, NULL);
	tybuf_puts(&b, "|");
	obj_write(&b, p2, NULL);
	tybuf_puts(&b, "|");
	obj_write(&b, lbl, NULL);
	EXPECT_STR(name, b.str, "package fmt|package r (\"math/rand\")|label L");
	tybuf_free(&b);
	EXPECT_STR(name, obj_id(U, obj_new_var(U, nopos, PK, S("x"), INT())), "example.org/unit.x");
	EXPECT_STR(name, obj_id(U, obj_new_var(U, nopos, NULL, S("x"), INT())), "_.x");
	EXPECT_STR(name, obj_id(U, obj_new_var(U, nopos, PK, S("X"), INT())), "X");
	Qualifier names = ty_relative_names(PK);
	Object *tn = obj_new_typename(U, nopos, rnd, S("Rand"), NULL);
	Type *rt = ty_new_named(U, tn, ty_new_struct(U, NULL, NULL, 0));
	EXPECT_STR(name, ty_string(ty_new_map(U, STR(), ty_new_pointer(U, rt)), &names), "map[string]*rand.Rand");
	pass(name, NULL);
}

static void run_unit_tests(void)
{
	U = ty_ctx_new();
	PK = pkg_new(U, "example.org/unit", "unit");
	test_universe();
	test_scopes();
	test_typesets();
	test_typeset_errors();
	test_core_types();
	test_resolver();
	test_identity_generic();
	test_implements_messages();
	test_gc_notation();
	test_lookup_edges();
	test_object_strings();
	ty_ctx_free(U);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "build/test-logs/types-oracle.txt";
	run_oracle(path);
	run_unit_tests();
	sym_free_all();
	arena_release_pool();
	printf("%d passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}

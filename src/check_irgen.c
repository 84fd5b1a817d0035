/* check_irgen.c — what gc's noder reports once types2 found no error.
 *
 * gc type-checks a package with types2, stops if that reported errors,
 * and only then turns the syntax tree into its IR (noder/irgen.go,
 * decl.go, stmt.go).  On the way, it judges the compiler directives
 * each declaration took from the parser (a directive a declaration
 * cannot use is "misplaced"; //go:noescape needs a function without
 * body; //go:embed needs a var of the right shape in a file that
 * imports "embed"), and it refuses type declarations in generic
 * functions.  These are errors of the same run, sorted with the others
 * by position, so `goescape check` reports them at the same point.
 */
#include "check.h"

#include <string.h>

/* gc's funcPragmas and typePragmas (noder/lex.go); //go:nointerface is
 * one only under the fieldtrack experiment, off by default */
enum {
	FUNC_PRAGMAS = PRAG_NOESCAPE | PRAG_NORACE | PRAG_NOSPLIT | PRAG_NOINLINE | PRAG_NOCHECKPTR |
		       PRAG_REGISTERPARAMS | PRAG_CGOUNSAFEARGS | PRAG_UINTPTRKEEPALIVE | PRAG_UINTPTRESCAPES |
		       PRAG_SYSTEMSTACK | PRAG_NOWRITEBARRIER | PRAG_NOWRITEBARRIERREC | PRAG_YESWRITEBARRIERREC,
	TYPE_PRAGMAS = PRAG_NOTINHEAP,
};

/* The flags of a declaration's directives that gc counts as flags
 * (//go:linkname and //go:embed are not: gc keeps them aside). */
static uint32_t pragma_flags(const Pragma *p)
{
	uint32_t f = 0;
	for (int i = 0; i < p->ndirs; i++)
		if (p->dirs[i].flag != PRAG_LINKNAME && p->dirs[i].flag != PRAG_EMBED)
			f |= p->dirs[i].flag;
	return f & ~(uint32_t)PRAG_GOBUILD;
}

/* gc's pragmaFlags with reportUnused: the directives of p the
 * declaration cannot use are misplaced; embeds left (not taken by a
 * var) too.  Returns the flags it can use. */
static uint32_t use_pragma(Checker *c, const Pragma *p, uint32_t allowed, bool embeds_taken)
{
	uint32_t flags = pragma_flags(p);
	uint32_t unused = flags & ~allowed;
	for (int i = 0; i < p->ndirs; i++) {
		uint32_t f = p->dirs[i].flag;
		if (f != PRAG_LINKNAME && f != PRAG_EMBED && (f & unused))
			check_errorf(c, p->dirs[i].pos, "misplaced compiler directive");
	}
	if (!embeds_taken)
		for (int i = 0; i < p->ndirs; i++)
			if (p->dirs[i].flag == PRAG_EMBED)
				check_errorf(c, p->dirs[i].pos, "misplaced go:embed directive");
	return flags & allowed;
}

/* Whether the file that holds pos imports "embed" (gc: importedEmbed),
 * or "unsafe" (importedUnsafe). */
static bool file_imports(Checker *c, Pos pos, const char *want)
{
	size_t wlen = strlen(want);
	for (int fi = 0; fi < c->src->nfiles; fi++) {
		Node *file = c->src->files[fi];
		if (file->pos.file != pos.file)
			continue;
		NodeList decls = file->u.file.decls;
		for (int i = 0; i < decls.n; i++) {
			Node *d = decls.v[i];
			if (d->kind != N_IMPORTDECL)
				break;
			Node *pl = d->u.import.path;
			if (!pl || pl->u.lit.bad)
				continue;
			Const pv = const_from_literal(c->pool, LIT_STRING, pl->u.lit.val, (size_t)pl->u.lit.len);
			size_t plen;
			const char *path = const_string_val(pv, &plen);
			if (plen == wlen && memcmp(path, want, wlen) == 0)
				return true;
		}
		return false;
	}
	return false;
}

/* gc's varEmbed/checkEmbed: the first //go:embed of a var declaration
 * tells what is wrong with it, if anything. */
static void var_embed(Checker *c, Node *d, bool within_func)
{
	const Pragma *p = &d->u.vardecl.pragma;
	const Directive *first = NULL;
	for (int i = 0; i < p->ndirs && !first; i++)
		if (p->dirs[i].flag == PRAG_EMBED)
			first = &p->dirs[i];
	if (!first)
		return;
	const char *why = NULL;
	if (!file_imports(c, d->pos, "embed"))
		why = "go:embed only allowed in Go files that import \"embed\"";
	else if (d->u.vardecl.names.n > 1)
		why = "go:embed cannot apply to multiple vars";
	else if (d->u.vardecl.values)
		why = "go:embed cannot apply to var with initializer";
	else if (!d->u.vardecl.type)
		why = "go:embed cannot apply to var without type";
	else if (within_func)
		why = "go:embed cannot apply to var inside func";
	if (why)
		check_errorf(c, first->pos, "%s", why);
}

static void decl_pragmas(Checker *c, Node *d, bool within_func)
{
	switch (d->kind) {
	case N_IMPORTDECL:
		use_pragma(c, &d->u.import.pragma, 0, false);
		break;
	case N_CONSTDECL:
		use_pragma(c, &d->u.vardecl.pragma, 0, false);
		break;
	case N_VARDECL:
		var_embed(c, d, within_func);
		use_pragma(c, &d->u.vardecl.pragma, 0, true);
		break;
	case N_TYPEDECL:
		use_pragma(c, &d->u.typedecl.pragma, d->u.typedecl.alias ? 0 : TYPE_PRAGMAS, false);
		break;
	case N_FUNCDECL: {
		uint32_t f = use_pragma(c, &d->u.funcdecl.pragma, FUNC_PRAGMAS, false);
		Pos pos = d->u.funcdecl.name ? d->u.funcdecl.name->pos : d->pos;
		if ((f & PRAG_SYSTEMSTACK) && (f & PRAG_NOSPLIT))
			check_errorf(c, pos, "go:nosplit and go:systemstack cannot be combined");
		if (d->u.funcdecl.body) {
			if (f & PRAG_NOESCAPE)
				check_errorf(c, pos, "can only use //go:noescape with external func implementations");
			if ((f & PRAG_UINTPTRKEEPALIVE) && !(f & PRAG_UINTPTRESCAPES) && !(f & PRAG_NOSPLIT))
				check_errorf(c, pos, "go:uintptrkeepalive requires go:nosplit");
		}
		break;
	}
	default:
		break;
	}
}

/* gc's processPragmas: each //go:linkname of each file names a
 * package-level var or func of the package, once, in a file that
 * imports unsafe. */
static void linknames(Checker *c)
{
	PtrVec done = {0};
	for (int fi = 0; fi < c->src->nfiles; fi++) {
		Node *file = c->src->files[fi];
		SrcFile *sf = file_get(file->pos.file);
		bool unsafe = sf->nlinknames && file_imports(c, file->pos, "unsafe");
		for (int i = 0; i < sf->nlinknames; i++) {
			struct FileLinkname *l = &sf->linknames[i];
			if (!unsafe) {
				check_errorf(c, l->pos, "//go:linkname only allowed in Go files that import \"unsafe\"");
				continue;
			}
			Object *obj = scope_lookup(c->pkg->scope, sym_cstr(l->local));
			if (!obj || (obj->kind != OBJ_VAR && obj->kind != OBJ_FUNC)) {
				check_errorf(c, l->pos, "//go:linkname must refer to declared function or variable");
				continue;
			}
			bool dup = false;
			for (int k = 0; k < done.len && !dup; k++)
				dup = done.data[k] == obj;
			if (dup) {
				check_errorf(c, l->pos, "duplicate //go:linkname for %s", l->local);
				continue;
			}
			vec_push(&done, obj);
		}
	}
	vec_free(&done);
}

void check_irgen_errors(Checker *c)
{
	linknames(c);
	for (int fi = 0; fi < c->src->nfiles; fi++) {
		Node *file = c->src->files[fi];
		use_pragma(c, &file->u.file.pragma, PRAG_GOBUILD, false);
		NodeList decls = file->u.file.decls;
		for (int i = 0; i < decls.n; i++)
			decl_pragmas(c, decls.v[i], false);
	}
	for (int i = 0; i < c->local_decls.len; i++) {
		Node *s = c->local_decls.data[i];
		NodeList decls = s->u.declstmt.decls;
		for (int k = 0; k < decls.n; k++)
			decl_pragmas(c, decls.v[k], true);
	}
	for (int i = 0; i < c->generic_tdecls.len; i++) {
		Node *s = c->generic_tdecls.data[i];
		check_errorf(c, s->pos, "type declarations inside generic functions are not currently supported");
	}
}

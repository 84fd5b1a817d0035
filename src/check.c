/*
 * check.c — the type checker's driver (types2's check.go and resolver.go).
 *
 * `goescape check` loads the packages, then checks them one at a time in
 * dependency order, so that every import is already a checked Package
 * when a package that imports it starts.  Per package, as types2 does:
 * a Package and its scope; a file scope per file with the imports
 * declared in it as PkgNames (collectObjects); every package-level
 * const, var, type and func declared in the package scope (methods kept
 * aside and associated with their receiver base type names); then
 * objDecl for each of them, non-alias types first, then aliases, then
 * methods (so that method sets are complete before values meet
 * interfaces), then the rest (packageObjects); then the delayed checks
 * (types2's check.later); then the variables' initialization order
 * (initOrder), from the dependencies recorded while checking.
 * Function bodies are not checked yet.
 *
 * Errors are types2's, in its words, and go through diag_error so that
 * they print sorted and deduplicated as gc prints them.  -dump-types
 * prints the package-level objects the checker typed (see dump_package
 * for the format), -dump-exprs the type recorded for every expression
 * outside function bodies (dump_exprs); tests/tools/checkoracle prints
 * the same from go/types.
 *
 * Memory: types, objects and scopes live in the run's TypeCtx; constant
 * values in one run-wide ConstPool (packages read their imports'
 * constants); TypeInfo records on nodes in the package's arena.
 */
#include "check.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

/* ==================================================================== */
/* Errors and small helpers                                              */
/* ==================================================================== */

static void verror(Checker *c, Pos pos, Object *alt, const char *fmt, va_list ap)
{
	char msg[1024];
	vsnprintf(msg, sizeof msg, fmt, ap);
	/* types2 drops follow-on errors that mention an invalid operand or
	 * type (not at the start) once it has reported one */
	if (c->nerrors > 0) {
		const char *p1 = strstr(msg, "invalid operand"), *p2 = strstr(msg, "invalid type");
		if ((p1 && p1 > msg) || (p2 && p2 > msg))
			return;
	}
	/* an inherited const init reports at the constant's name */
	if (c->errpos.line)
		pos = c->errpos;
	c->nerrors++;
	if (alt && alt->pos.line) {
		char where[512];
		diag_format_pos(alt->pos, where, sizeof where);
		/* gc knows another package's objects from its export data,
		 * where GOROOT is written $GOROOT */
		const char *w = where;
		char rel[4096], trimmed[4200];
		if (alt->pkg != c->pkg && c->goroot &&
		    util_goroot_name(c->goroot, file_get(alt->pos.file)->path, rel, sizeof rel)) {
			snprintf(trimmed, sizeof trimmed, "%s:%u:%u", rel, alt->pos.line, alt->pos.col);
			w = trimmed;
		}
		diag_error(pos, "%s\n\t%s: other declaration of %s", msg, w, alt->name->name);
	} else {
		diag_error(pos, "%s", msg);
	}
}

void check_errorf(Checker *c, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verror(c, pos, NULL, fmt, ap);
	va_end(ap);
}

void check_error_alt(Checker *c, Pos pos, Object *alt, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verror(c, pos, alt, fmt, ap);
	va_end(ap);
}

void check_unsupported(Checker *c)
{
	c->unsupported++;
	c->unsupported_met++;
}

void check_record_instance(Checker *c, Node *expr, Type **targs, int n, Type *typ)
{
	Node *id = expr;
	if (id && id->kind == N_INDEX)
		id = id->u.index.x;
	if (id && id->kind == N_SELECTOR)
		id = id->u.sel.sel;
	if (!id || id->kind != N_NAME || !typ)
		return;
	TypeInfo *ti = check_ti(c, id);
	if (!ti->inst)
		vec_push(&c->instances, id);
	Instance *in = arena_alloc(&c->src->arena, sizeof *in);
	in->targs = arena_alloc(&c->src->arena, (size_t)(n + 1) * sizeof *in->targs);
	for (int i = 0; i < n; i++)
		in->targs[i] = targs[i];
	in->ntargs = n;
	in->type = typ;
	ti->inst = in;
}

/* TypeInfo records made over the run (-stats). */
static size_t nti;

TypeInfo *check_ti(Checker *c, Node *n)
{
	if (!n->ti) {
		n->ti = arena_alloc(&c->src->arena, sizeof *n->ti);
		nti++;
	}
	return n->ti;
}

void check_later(Checker *c, LaterKind kind, Type *t, Pos pos, Node *n)
{
	if (c->nlater == c->caplater) {
		c->caplater = c->caplater ? 2 * c->caplater : 64;
		c->later = xrealloc(c->later, (size_t)c->caplater * sizeof *c->later);
	}
	c->later[c->nlater++] = (Later){.kind = kind, .type = t, .pos = pos, .node = n};
}

DeclInfo *check_decl_info(Object *obj)
{
	return obj->decl;
}

static void push_obj(Checker *c, Object *obj)
{
	if (c->nobjs == c->capobjs) {
		c->capobjs = c->capobjs ? 2 * c->capobjs : 64;
		c->objs = xrealloc(c->objs, (size_t)c->capobjs * sizeof *c->objs);
	}
	c->objs[c->nobjs++] = obj;
	obj->order = (uint32_t)c->nobjs;
}

static DeclInfo *new_decl(Checker *c, Scope *file)
{
	DeclInfo *d = arena_alloc(&c->ctx->arena, sizeof *d);
	d->file = file;
	return d;
}

static bool is_blank(const Sym *s)
{
	return s->len == 1 && s->name[0] == '_';
}

/* ==================================================================== */
/* collectObjects (resolver.go)                                          */
/* ==================================================================== */

void check_declare(Checker *c, Scope *scope, Node *id, Object *obj, Pos scope_pos)
{
	if (!is_blank(obj->name)) {
		Object *alt = scope_insert(scope, obj);
		if (alt) {
			check_error_alt(c, obj->pos, alt, "%s redeclared in this block", obj->name->name);
			return;
		}
		obj->scope_pos = scope_pos;
	}
	if (id)
		check_ti(c, id)->obj = obj;
}

static void declare_pkg_obj(Checker *c, Node *id, Object *obj, DeclInfo *d)
{
	if (strcmp(id->u.name.sym->name, "init") == 0) {
		check_errorf(c, id->pos, "cannot declare init - must be func");
		return;
	}
	if (strcmp(id->u.name.sym->name, "main") == 0 && strcmp(c->pkg->name->name, "main") == 0) {
		check_errorf(c, id->pos, "cannot declare main - must be func");
		return;
	}
	check_declare(c, c->pkg->scope, id, obj, (Pos){0});
	obj->decl = d;
	push_obj(c, obj);
}

/* The values of a const or var spec as a list. */
static NodeList unpack_expr(Checker *c, Node *e)
{
	NodeList l = {0};
	if (!e)
		return l;
	if (e->kind == N_LIST)
		return e->u.list.elems;
	l.v = arena_alloc(&c->src->arena, sizeof *l.v);
	l.v[0] = e;
	l.n = 1;
	return l;
}

void check_arity(Checker *c, Pos pos, NodeList names, NodeList inits, bool const_decl, bool inherited)
{
	int l = names.n, r = inits.n;
	if (l < r) {
		Node *n = inits.v[l];
		if (inherited) {
			char where[512];
			diag_format_pos(n->pos, where, sizeof where);
			check_errorf(c, pos, "extra init expr at %s", where);
		} else {
			check_errorf(c, parse_start_pos(n), "extra init expr %s", check_expr_string(c, n));
		}
	} else if (l > r && (const_decl || r != 1)) {
		Node *n = names.v[r];
		check_errorf(c, n->pos, "missing init expr for %s", n->u.name.sym->name);
	}
}

static Node *unparen(Node *e)
{
	while (e->kind == N_PAREN)
		e = e->u.paren.x;
	return e;
}

/* types2's resolveBaseTypeName: follow the receiver type through alias
 * declarations to a type name defined in this package. */
static Object *resolve_base_type_name(Checker *c, bool ptr, Node *typ, bool *out_ptr)
{
	PtrVec seen = {0};
	Object *result = NULL;
	for (;;) {
		typ = unparen(typ);
		if (typ->kind == N_OPERATION && typ->u.op.op == OP_MUL && !typ->u.op.y) {
			if (ptr)
				break;
			ptr = true;
			typ = unparen(typ->u.op.x);
		}
		if (typ->kind != N_NAME)
			break;
		Object *obj = scope_lookup(c->pkg->scope, typ->u.name.sym);
		if (!obj || obj->kind != OBJ_TYPENAME || !obj->decl)
			break;
		bool again = false;
		for (int i = 0; i < seen.len; i++)
			again |= seen.data[i] == obj;
		if (again)
			break;
		Node *tdecl = check_decl_info(obj)->tdecl;
		if (!tdecl->u.typedecl.alias) {
			*out_ptr = ptr;
			result = obj;
			break;
		}
		typ = tdecl->u.typedecl.type;
		vec_push(&seen, obj);
	}
	vec_free(&seen);
	return result;
}

/* types2's unpackRecv without the type parameters: strip parentheses
 * and pointers, and an instantiation's brackets. */
static Node *unpack_recv(Node *rtyp, bool *ptr)
{
	*ptr = false;
	for (;;) {
		if (rtyp->kind == N_PAREN)
			rtyp = rtyp->u.paren.x;
		else if (rtyp->kind == N_OPERATION && rtyp->u.op.op == OP_MUL && !rtyp->u.op.y) {
			*ptr = true;
			rtyp = rtyp->u.op.x;
		} else
			break;
	}
	if (rtyp->kind == N_INDEX)
		rtyp = rtyp->u.index.x;
	return rtyp->kind == N_NAME ? rtyp : NULL;
}

static Package *import_package(Checker *c, Node *pathlit, const char *path)
{
	SrcPackage *sp = load_import(c->src, path);
	if (sp && sp->unsafe)
		return c->ctx->unsafe;
	if (sp && c->checked[sp->index])
		return c->checked[sp->index];
	/* a package that failed to load or check: gc reports it elsewhere;
	 * go on with a fake package as types2 does */
	check_errorf(c, pathlit->pos, "could not import %s", path);
	const char *slash = strrchr(path, '/');
	Package *p = pkg_new(c->ctx, path, slash ? slash + 1 : path);
	p->fake = true;
	return p;
}

/* types2's validatedImportPath (the quotes are gone already). */
static bool validated_import_path(Checker *c, Node *pl, const char *path, size_t len)
{
	if (len == 0) {
		check_errorf(c, pl->pos, "invalid import path (empty string)");
		return false;
	}
	static const char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)path[i];
		if (ch < 0x80 && (ch <= ' ' || ch == 0x7f || strchr(illegal, ch))) {
			if (ch > ' ' && ch < 0x7f)
				check_errorf(c, pl->pos, "invalid import path (invalid character U+%04X '%c')", ch, ch);
			else
				check_errorf(c, pl->pos, "invalid import path (invalid character U+%04X)", ch);
			return false;
		}
	}
	return true;
}

typedef struct MethodInfo {
	Object *obj;
	bool ptr;
	Node *recv;
} MethodInfo;

static void collect_objects(Checker *c)
{
	SrcPackage *sp = c->src;
	c->fscopes = arena_alloc(&c->ctx->arena, (size_t)(sp->nfiles + 1) * sizeof *c->fscopes);
	MethodInfo *methods = NULL;
	int nmethods = 0, capmethods = 0;
	Sym *init_sym = sym_cstr("init"), *main_sym = sym_cstr("main");

	/* types2's initFiles: the package takes its name from the first
	 * file not named _ (the loader has checked that the names agree) */
	bool named = false;
	for (int fi = 0; fi < sp->nfiles && !named; fi++) {
		Node *pn = sp->files[fi]->u.file.pkgname;
		if (pn && !check_is_blank(pn->u.name.sym))
			named = true;
		else if (pn)
			check_errorf(c, pn->pos, "invalid package name _");
	}

	for (int fi = 0; fi < sp->nfiles; fi++) {
		Node *file = sp->files[fi];
		Scope *fscope = scope_new(c->ctx, c->pkg->scope, file->pos, file->u.file.eof,
			file_get(file->pos.file)->path);
		c->fscopes[fi] = fscope;
		NodeList decls = file->u.file.decls;
		int first = -1;             /* first const decl of the current group */
		Node *last = NULL;          /* last const spec with init values */
		for (int di = 0; di < decls.n; di++) {
			Node *s = decls.v[di];
			if (s->kind != N_CONSTDECL)
				first = -1;
			switch (s->kind) {
			case N_IMPORTDECL: {
				Node *pl = s->u.import.path;
				if (!pl || pl->u.lit.bad)
					continue;
				Const pv = const_from_literal(c->pool, LIT_STRING, pl->u.lit.val, (size_t)pl->u.lit.len);
				size_t plen;
				const char *path = const_string_val(pv, &plen);
				if (!validated_import_path(c, pl, path, plen))
					continue;
				Package *imp;
				if (strcmp(path, "C") == 0) {
					/* cgo: the go command runs cgo first, gc never
					 * sees "C"; its names are not checked here */
					if (!c->fake_c) {
						c->fake_c = pkg_new(c->ctx, "C", "C");
						c->fake_c->fake = true;
					}
					imp = c->fake_c;
				} else {
					imp = import_package(c, pl, path);
				}
				Sym *name = imp->name;
				if (s->u.import.localname)
					name = s->u.import.localname->u.name.sym;
				if (strcmp(name->name, "init") == 0) {
					check_errorf(c, s->pos, "cannot import package as init - init must be a func");
					continue;
				}
				bool seen = false;
				for (int k = 0; k < c->pkg->nimports; k++)
					seen |= c->pkg->imports[k] == imp;
				if (!seen)
					pkg_add_import(c->pkg, imp);
				Object *pn = obj_new_pkgname(c->ctx, s->pos, c->pkg, name, imp);
				if (imp->fake)
					pn->u.pkgname.used = true;
				vec_push(&c->imports, pn);
				if (name->len == 1 && name->name[0] == '.') {
					/* not in the scope, but its names are: their
					 * uses mark it used (check_use_dot_import) */
					pn->parent = fscope;
					/* dot-import: the exported names join the file scope */
					for (int k = 0; k < scope_len(imp->scope); k++) {
						Object *o = scope_at(imp->scope, k);
						if (!obj_exported(o))
							continue;
						Object *alt = scope_lookup(fscope, o->name);
						if (alt)
							check_error_alt(c, s->u.import.localname->pos, alt,
								"%s redeclared in this block", alt->name->name);
						else
							scope_insert(fscope, o);
					}
				} else {
					check_declare(c, fscope, NULL, pn, (Pos){0});
				}
				break;
			}
			case N_CONSTDECL: {
				if (first < 0 || decls.v[di - 1]->u.vardecl.group != s->u.vardecl.group ||
				    s->u.vardecl.group == 0) {
					first = di;
					last = NULL;
				}
				Const iota = const_make_int64(di - first);
				bool inherited = true;
				if (s->u.vardecl.type || s->u.vardecl.values) {
					last = s;
					inherited = false;
				} else if (!last) {
					inherited = false;
				}
				NodeList values = unpack_expr(c, last ? last->u.vardecl.values : NULL);
				Node *vtyp = last ? last->u.vardecl.type : NULL;
				NodeList names = s->u.vardecl.names;
				for (int i = 0; i < names.n; i++) {
					Node *id = names.v[i];
					Object *obj = obj_new_const(c->ctx, id->pos, c->pkg, id->u.name.sym, NULL, NULL);
					DeclInfo *d = new_decl(c, fscope);
					d->vtyp = vtyp;
					d->init = i < values.n ? values.v[i] : NULL;
					d->inherited = inherited;
					d->iota = iota;
					declare_pkg_obj(c, id, obj, d);
				}
				check_arity(c, s->pos, names, values, true, inherited);
				break;
			}
			case N_VARDECL: {
				NodeList names = s->u.vardecl.names;
				NodeList values = unpack_expr(c, s->u.vardecl.values);
				Object **lhs = arena_alloc(&c->ctx->arena, (size_t)(names.n + 1) * sizeof *lhs);
				DeclInfo *d1 = NULL;
				if (s->u.vardecl.values && s->u.vardecl.values->kind != N_LIST) {
					d1 = new_decl(c, fscope);
					d1->lhs = lhs;
					d1->nlhs = names.n;
					d1->vtyp = s->u.vardecl.type;
					d1->init = s->u.vardecl.values;
				}
				for (int i = 0; i < names.n; i++) {
					Node *id = names.v[i];
					Object *obj = obj_new_var(c->ctx, id->pos, c->pkg, id->u.name.sym, NULL);
					lhs[i] = obj;
					DeclInfo *d = d1;
					if (!d) {
						d = new_decl(c, fscope);
						d->vtyp = s->u.vardecl.type;
						d->init = i < values.n ? values.v[i] : NULL;
					}
					declare_pkg_obj(c, id, obj, d);
				}
				if (!s->u.vardecl.type || values.n)
					check_arity(c, s->pos, names, values, false, false);
				break;
			}
			case N_TYPEDECL: {
				Node *id = s->u.typedecl.name;
				Object *obj = obj_new_typename(c->ctx, id->pos, c->pkg, id->u.name.sym, NULL);
				DeclInfo *d = new_decl(c, fscope);
				d->tdecl = s;
				declare_pkg_obj(c, id, obj, d);
				break;
			}
			case N_FUNCDECL: {
				Node *id = s->u.funcdecl.name;
				Sym *name = id->u.name.sym;
				Object *obj = obj_new_func(c->ctx, id->pos, c->pkg, name, NULL);
				Node *ft = s->u.funcdecl.type;
				if (!s->u.funcdecl.recv) {
					if (name == init_sym || (name == main_sym && strcmp(c->pkg->name->name, "main") == 0)) {
						if (s->u.funcdecl.tparams.n)
							check_errorf(c, s->u.funcdecl.tparams.v[0]->pos,
								"func %s must have no type parameters", name->name);
						else if (ft->u.functype.params.n || ft->u.functype.results.n)
							check_errorf(c, s->pos,
								"func %s must have no arguments and no return values", name->name);
					}
					if (name == init_sym) {
						obj->parent = c->pkg->scope;
						check_ti(c, id)->obj = obj;
						if (!s->u.funcdecl.body)
							check_errorf(c, obj->pos, "missing function body");
					} else {
						check_declare(c, c->pkg->scope, id, obj, (Pos){0});
					}
				} else {
					bool ptr;
					Node *rtype = s->u.funcdecl.recv->u.field.type;
					Node *recv = rtype ? unpack_recv(rtype, &ptr) : NULL;
					if (recv && !is_blank(name)) {
						if (nmethods == capmethods) {
							capmethods = capmethods ? 2 * capmethods : 16;
							methods = xrealloc(methods, (size_t)capmethods * sizeof *methods);
						}
						methods[nmethods++] = (MethodInfo){obj, ptr, recv};
					}
					check_ti(c, id)->obj = obj;
				}
				DeclInfo *d = new_decl(c, fscope);
				d->fdecl = s;
				obj->decl = d;
				push_obj(c, obj);
				break;
			}
			default:
				break;
			}
		}
	}

	/* names in the package scope and in file scopes must differ */
	for (int fi = 0; fi < sp->nfiles; fi++) {
		Scope *fs = c->fscopes[fi];
		for (int k = 0; k < scope_len(fs); k++) {
			Object *obj = scope_at(fs, k);
			Object *alt = scope_lookup(c->pkg->scope, obj->name);
			if (!alt)
				continue;
			/* types2 prints a Package as: package NAME ("PATH") */
			if (obj->kind == OBJ_PKGNAME) {
				Package *p = obj->u.pkgname.imported;
				check_error_alt(c, alt->pos, obj, "%s already declared through import of package %s (\"%s\")",
					alt->name->name, p->name->name, p->path->name);
			} else {
				check_error_alt(c, alt->pos, obj, "%s already declared through dot-import of package %s (\"%s\")",
					alt->name->name, obj->pkg->name->name, obj->pkg->path->name);
			}
		}
	}

	/* associate methods with their receiver base type names */
	for (int i = 0; i < nmethods; i++) {
		bool ptr = false;
		Object *base = resolve_base_type_name(c, methods[i].ptr, methods[i].recv, &ptr);
		if (!base)
			continue;
		methods[i].obj->u.func.has_ptr_recv = ptr;
		DeclInfo *bd = check_decl_info(base);
		if (bd->nmethods == bd->capmethods) {
			bd->capmethods = bd->capmethods ? 2 * bd->capmethods : 8;
			Object **nm = arena_alloc(&c->ctx->arena, (size_t)bd->capmethods * sizeof *nm);
			if (bd->nmethods)
				memcpy(nm, bd->methods, (size_t)bd->nmethods * sizeof *nm);
			bd->methods = nm;
		}
		bd->methods[bd->nmethods++] = methods[i].obj;
	}
	free(methods);
}

/* types2's packageObjects: non-alias type declarations first, then
 * aliases, then everything else, each group in source order. */
static void package_objects(Checker *c)
{
	for (int i = 0; i < c->nobjs; i++) {
		Object *obj = c->objs[i];
		if (obj->kind == OBJ_TYPENAME && !check_decl_info(obj)->tdecl->u.typedecl.alias)
			check_obj_decl(c, obj);
	}
	for (int i = 0; i < c->nobjs; i++) {
		Object *obj = c->objs[i];
		if (obj->kind == OBJ_TYPENAME && check_decl_info(obj)->tdecl->u.typedecl.alias)
			check_obj_decl(c, obj);
	}
	/* methods next, so that method sets are complete before values are
	 * assigned to interfaces (types2 declares them lazily instead, when
	 * a lookup meets them, else in source order with the other
	 * functions and variables).  What their declarations queue waits
	 * for their turn in source order, as in types2: the order of the
	 * delayed checks is the order of their errors, which matters when
	 * gc stops at ten. */
	for (int i = 0; i < c->nobjs; i++) {
		Object *obj = c->objs[i];
		if (obj->kind != OBJ_FUNC || !check_decl_info(obj)->fdecl->u.funcdecl.recv)
			continue;
		int top = c->nlater;
		check_obj_decl(c, obj);
		if (c->nlater > top) {
			DeclInfo *d = check_decl_info(obj);
			d->nlaters = c->nlater - top;
			d->laters = arena_alloc(&c->ctx->arena, (size_t)d->nlaters * sizeof *d->laters);
			memcpy(d->laters, c->later + top, (size_t)d->nlaters * sizeof *d->laters);
			c->nlater = top;
		}
	}
	c->methods_done = true;
	for (int i = 0; i < c->nobjs; i++) {
		Object *obj = c->objs[i];
		if (obj->kind == OBJ_TYPENAME)
			continue;
		DeclInfo *d = check_decl_info(obj);
		if (d && d->nlaters) {
			for (int k = 0; k < d->nlaters; k++) {
				Later *l = &d->laters[k];
				check_later(c, l->kind, l->type, l->pos, l->node);
				c->later[c->nlater - 1] = *l;
			}
			d->nlaters = 0;
		}
		check_obj_decl(c, obj);
	}
}

/* ==================================================================== */
/* Initialization order (initorder.go)                                   */
/* ==================================================================== */

/* Whether obj is in types2's objMap for this package: a package-level
 * object of the package (not, say, a method of an instance, which
 * copies its generic method's fields). */
static bool in_obj_map(Checker *c, Object *obj)
{
	return obj->pkg == c->pkg && obj->order && (int)obj->order <= c->nobjs &&
		c->objs[obj->order - 1] == obj;
}

static uint32_t dep_hash(const Object *obj, uint32_t mask)
{
	uint64_t h = (uint64_t)(uintptr_t)obj * 0x9E3779B97F4A7C15ULL;
	return (uint32_t)(h >> 32) & mask;
}

/* Put deps[i] into the hash index (which has room). */
static void dep_index_put(DeclInfo *d, int i)
{
	uint32_t mask = d->ndepslots - 1, h = dep_hash(d->deps[i], mask);
	while (d->depidx[h])
		h = (h + 1) & mask;
	d->depidx[h] = (uint32_t)i + 1;
}

void check_add_dep(Checker *c, Object *obj)
{
	DeclInfo *d = c->decl;
	if (!d || (obj->kind != OBJ_CONST && obj->kind != OBJ_VAR && obj->kind != OBJ_FUNC) ||
	    !in_obj_map(c, obj))
		return;
	/* a set: most uses repeat the last one or hit a short list */
	if (d->ndeps && d->deps[d->ndeps - 1] == obj)
		return;
	if (d->depidx) {
		uint32_t mask = d->ndepslots - 1;
		for (uint32_t h = dep_hash(obj, mask); d->depidx[h]; h = (h + 1) & mask)
			if (d->deps[d->depidx[h] - 1] == obj)
				return;
	} else {
		for (int i = 0; i < d->ndeps; i++)
			if (d->deps[i] == obj)
				return;
	}
	if (d->ndeps == d->capdeps) {
		d->capdeps = d->capdeps ? 2 * d->capdeps : 4;
		d->deps = xrealloc(d->deps, (size_t)d->capdeps * sizeof *d->deps);
	}
	d->deps[d->ndeps++] = obj;
	/* past 16 entries, index them; keep the index at most half full */
	if (d->ndeps >= 16 && (uint32_t)d->ndeps * 2 > d->ndepslots) {
		free(d->depidx);
		d->ndepslots = d->ndepslots ? 2 * d->ndepslots : 64;
		d->depidx = xmalloc(d->ndepslots * sizeof *d->depidx);
		memset(d->depidx, 0, d->ndepslots * sizeof *d->depidx);
		for (int i = 0; i < d->ndeps; i++)
			dep_index_put(d, i);
	} else if (d->depidx) {
		dep_index_put(d, d->ndeps - 1);
	}
}

static bool is_dependency(Object *obj)
{
	return obj->kind == OBJ_CONST || obj->kind == OBJ_VAR || obj->kind == OBJ_FUNC;
}

/* A growable array of ints (edge lists). */
typedef struct IntVec {
	int *data;
	int len, cap;
} IntVec;

static void ivec_push(IntVec *v, int x)
{
	if (v->len == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 64;
		v->data = xrealloc(v->data, (size_t)v->cap * sizeof *v->data);
	}
	v->data[v->len++] = x;
}

/* The graph initOrder works on: the package's consts and vars (its
 * objects by index into c->objs), with an edge v -> w when v's
 * declaration refers to w directly or through a chain of functions
 * (types2 builds the graph of all three kinds and then removes the
 * function nodes, joining each predecessor to each successor: what is
 * left is exactly this).  Edges as compressed lists: succ[start[v] ..
 * start[v] + nsucc[v]), pred likewise. */
typedef struct InitGraph {
	int n;
	int *nsucc, *start, *succ;
	int *npred, *pstart, *pred;
	int *ndeps;
	/* the priority queue: a binary heap of object indices, by ndeps
	 * then source order; pos[i] is i's place in it, or -1 */
	int *heap, *pos, nheap;
} InitGraph;

/* Append to *out the consts and vars reachable from d's dependencies
 * through functions only; seen marks functions visited and targets
 * added for this source (stamp). */
static void reach(DeclInfo *d, int stamp, int *fseen, int *tseen, IntVec *out, PtrVec *stack)
{
	vec_push(stack, d);
	while (stack->len) {
		DeclInfo *x = stack->data[--stack->len];
		for (int i = 0; i < x->ndeps; i++) {
			Object *o = x->deps[i];
			int k = (int)o->order - 1;
			if (o->kind == OBJ_FUNC) {
				if (fseen[k] != stamp) {
					fseen[k] = stamp;
					vec_push(stack, o->decl);
				}
			} else if (tseen[k] != stamp) {
				tseen[k] = stamp;
				ivec_push(out, k);
			}
		}
	}
}

static bool heap_less(Checker *c, InitGraph *g, int a, int b)
{
	return g->ndeps[a] < g->ndeps[b] ||
		(g->ndeps[a] == g->ndeps[b] && c->objs[a]->order < c->objs[b]->order);
}

static void heap_swap(InitGraph *g, int i, int j)
{
	int x = g->heap[i], y = g->heap[j];
	g->heap[i] = y;
	g->heap[j] = x;
	g->pos[y] = i;
	g->pos[x] = j;
}

static void heap_up(Checker *c, InitGraph *g, int i)
{
	while (i > 0) {
		int parent = (i - 1) / 2;
		if (!heap_less(c, g, g->heap[i], g->heap[parent]))
			break;
		heap_swap(g, i, parent);
		i = parent;
	}
}

static void heap_down(Checker *c, InitGraph *g, int i)
{
	for (;;) {
		int l = 2 * i + 1, r = l + 1, m = i;
		if (l < g->nheap && heap_less(c, g, g->heap[l], g->heap[m]))
			m = l;
		if (r < g->nheap && heap_less(c, g, g->heap[r], g->heap[m]))
			m = r;
		if (m == i)
			break;
		heap_swap(g, i, m);
		i = m;
	}
}

/* types2's findPath: a path of dependencies from `from` to `to`, over
 * all objects (functions too), as the list {to, ..., first step}
 * appended to *path; whether there is one.  Dependencies are tried in
 * the order they were recorded. */
static bool find_path(Checker *c, Object *from, Object *to, char *seen, PtrVec *path)
{
	int k = (int)from->order - 1;
	if (seen[k])
		return false;
	seen[k] = 1;
	DeclInfo *d = from->decl;
	for (int i = 0; i < d->ndeps; i++) {
		Object *dep = d->deps[i];
		if (dep == to) {
			vec_push(path, dep);
			return true;
		}
		if (find_path(c, dep, to, seen, path)) {
			vec_push(path, dep);
			return true;
		}
	}
	return false;
}

/* types2's reportCycle, in gc's words (CompilerErrorMessages):
 *   POS: initialization loop for A
 *   	POS: A refers to
 *   	POS: B refers to
 *   	POS: A                                                     */
static void report_cycle(Checker *c, Object **cycle, int n)
{
	TyBuf b = {0};
	char where[512];
	Object *obj = cycle[0];
	tybuf_printf(&b, "initialization loop for %s", obj->name->name);
	for (int i = n - 1; i >= 0; i--) {
		diag_format_pos(obj->pos, where, sizeof where);
		tybuf_printf(&b, "\n\t%s: %s refers to", where, obj->name->name);
		obj = cycle[i];
	}
	diag_format_pos(obj->pos, where, sizeof where);
	tybuf_printf(&b, "\n\t%s: %s", where, obj->name->name);
	c->nerrors++;
	diag_error(cycle[0]->pos, "%s", b.str);
	tybuf_free(&b);
}

void check_init_order(Checker *c)
{
	int n = c->nobjs;
	InitGraph g = {0};
	g.n = n;
	int *buf = xmalloc((size_t)(9 * n + 1) * sizeof *buf);
	memset(buf, 0, (size_t)(9 * n + 1) * sizeof *buf);
	g.nsucc = buf;
	g.start = buf + n;
	g.npred = buf + 2 * n;
	g.pstart = buf + 3 * n;
	g.ndeps = buf + 4 * n;
	g.heap = buf + 5 * n;
	g.pos = buf + 6 * n;
	int *fseen = buf + 7 * n, *tseen = buf + 8 * n;

	/* the edges, source by source */
	IntVec edges = {0};
	PtrVec stack = {0};
	for (int v = 0; v < n; v++) {
		Object *obj = c->objs[v];
		if (!is_dependency(obj) || obj->kind == OBJ_FUNC)
			continue;
		g.start[v] = edges.len;
		reach(obj->decl, v + 1, fseen, tseen, &edges, &stack);
		g.nsucc[v] = edges.len - g.start[v];
		g.ndeps[v] = g.nsucc[v];
	}
	g.succ = edges.data;
	/* predecessors: the same edges reversed */
	for (int i = 0; i < edges.len; i++)
		g.npred[edges.data[i]]++;
	int total = 0;
	for (int v = 0; v < n; v++) {
		g.pstart[v] = total;
		total += g.npred[v];
		g.npred[v] = 0;
	}
	g.pred = xmalloc((size_t)(total + 1) * sizeof *g.pred);
	for (int v = 0; v < n; v++)
		for (int i = 0; i < g.nsucc[v]; i++) {
			int w = g.succ[g.start[v] + i];
			g.pred[g.pstart[w] + g.npred[w]++] = v;
		}

	/* the queue: every const and var */
	for (int v = 0; v < n; v++) {
		g.pos[v] = -1;
		Object *obj = c->objs[v];
		if (is_dependency(obj) && obj->kind != OBJ_FUNC) {
			g.heap[g.nheap] = v;
			g.pos[v] = g.nheap++;
		}
	}
	for (int i = g.nheap / 2 - 1; i >= 0; i--)
		heap_down(c, &g, i);

	/* take the node with the fewest outstanding dependencies, in
	 * source order among equals; in a valid program it has none */
	Initializer *inits = arena_alloc(&c->ctx->arena, (size_t)(g.nheap + 1) * sizeof *inits);
	int ninits = 0;
	char *emitted = xmalloc((size_t)n + 1), *seen = xmalloc((size_t)n + 1);
	memset(emitted, 0, (size_t)n + 1);
	while (g.nheap) {
		int v = g.heap[0];
		heap_swap(&g, 0, --g.nheap);
		g.pos[v] = -1;
		heap_down(c, &g, 0);
		Object *obj = c->objs[v];
		if (g.ndeps[v] > 0) {
			/* a cycle through obj is reported here; a node that only
			 * leads into a cycle finds no path back to itself and
			 * stays quiet, the cycle being reported at its own node */
			PtrVec path = {0};
			memset(seen, 0, (size_t)n + 1);
			if (find_path(c, obj, obj, seen, &path))
				report_cycle(c, (Object **)path.data, path.len);
			vec_free(&path);
		}
		for (int i = 0; i < g.npred[v]; i++) {
			int p = g.pred[g.pstart[v] + i];
			g.ndeps[p]--;
			if (g.pos[p] >= 0)
				heap_up(c, &g, g.pos[p]);
		}
		DeclInfo *d = obj->decl;
		if (obj->kind != OBJ_VAR || !d->init || emitted[v])
			continue;
		Initializer *in = &inits[ninits++];
		if (d->lhs) {
			in->lhs = d->lhs;
			in->nlhs = d->nlhs;
		} else {
			in->lhs = arena_alloc(&c->ctx->arena, sizeof *in->lhs);
			in->lhs[0] = obj;
			in->nlhs = 1;
		}
		in->rhs = d->init;
		for (int i = 0; i < in->nlhs; i++)
			if (in_obj_map(c, in->lhs[i]))
				emitted[in->lhs[i]->order - 1] = 1;
	}
	c->pkg->inits = inits;
	c->pkg->ninits = ninits;
	free(edges.data);
	vec_free(&stack);
	free(g.pred);
	free(emitted);
	free(seen);
	free(buf);
}

/* The deps are needed only for the init order. */
static void free_deps(Checker *c)
{
	for (int i = 0; i < c->nobjs; i++) {
		DeclInfo *d = c->objs[i]->decl;
		free(d->deps);
		free(d->depidx);
		d->deps = NULL;
		d->depidx = NULL;
		d->ndeps = d->capdeps = 0;
		d->ndepslots = 0;
	}
}

void check_use_dot_import(Checker *c, Scope *file, Package *pkg)
{
	for (int i = 0; i < c->imports.len; i++) {
		Object *pn = c->imports.data[i];
		if (pn->parent == file && pn->u.pkgname.imported == pkg && pn->name->name[0] == '.')
			pn->u.pkgname.used = true;
	}
}

/* types2's unusedImports, with gc's wording; every import counts, even
 * one whose name was redeclared.  Not when something was left unchecked
 * (the use may be there). */
static void unused_imports(Checker *c)
{
	if (c->unsupported)
		return;
	for (int i = 0; i < c->imports.len; i++) {
		Object *obj = c->imports.data[i];
		if (obj->u.pkgname.used || check_is_blank(obj->name))
			continue;
		const char *path = obj->u.pkgname.imported->path->name;
		const char *elem = strrchr(path, '/');
		elem = elem ? elem + 1 : path;
		const char *name = obj->name->name;
		if (strcmp(name, elem) == 0 || strcmp(name, ".") == 0)
			check_errorf(c, obj->pos, "imported and not used: \"%s\"", path);
		else
			check_errorf(c, obj->pos, "imported and not used: \"%s\" as %s", path, name);
	}
}

static void check_package(Checker *c)
{
	collect_objects(c);
	package_objects(c);
	check_pending_done(c);
	check_run_later(c);
	check_init_order(c);
	free_deps(c);
	unused_imports(c);
	/* types2 looks for instantiation cycles only in a package
	 * without errors */
	if (c->nerrors == 0)
		check_monomorph(c);
	/* what gc's noder refuses once types2 found no errors */
	if (c->nerrors == 0 && !c->parse_errors)
		check_irgen_errors(c);
	c->pkg->complete = true;
}

void check_run_init(CheckRun *r, const char *goarch, const char *goroot, int npkgs)
{
	r->ctx = ty_ctx_new();
	const TySizes *sizes = ty_sizes_for(goarch);
	if (sizes)
		r->ctx->sizes = sizes;
	check_init_instances(r->ctx);
	r->pool = const_pool_new();
	/* the universe's constants get their values here: types.c leaves
	 * values to the checker */
	static Const true_val, false_val;
	true_val = const_make_bool(true);
	false_val = const_make_bool(false);
	ty_universe_lookup(r->ctx, "true")->u.cnst.val = &true_val;
	ty_universe_lookup(r->ctx, "false")->u.cnst.val = &false_val;
	r->checked = xmalloc((size_t)(npkgs + 1) * sizeof *r->checked);
	memset(r->checked, 0, (size_t)(npkgs + 1) * sizeof *r->checked);
	r->goroot = goroot;
}

/* A package not checked: its parse errors, if any, go out now. */
static bool not_checked(void)
{
	if (diag_count() > 0) {
		fflush(stdout);
		diag_flush(stderr);
	}
	return false;
}

bool check_begin(CheckRun *r, Checker *c, SrcPackage *sp)
{
	bool parse_errors = sp->parse_diags != NULL;
	if (sp->parse_diags) {
		diag_put(sp->parse_diags);
		sp->parse_diags = NULL;
	}
	if (sp->unsafe) {
		r->checked[sp->index] = r->ctx->unsafe;
		return false;
	}
	if (sp->broken || sp->nfiles == 0 || sp->error)
		return not_checked();
	/* as go build does, a package whose imports failed is not
	 * compiled: no cascade of errors */
	for (int k = 0; k < sp->nimports; k++) {
		SrcPackage *dep = sp->imports[k].pkg;
		if (dep && !dep->unsafe && !r->checked[dep->index])
			return not_checked();
	}
	memset(c, 0, sizeof *c);
	c->parse_errors = parse_errors;
	c->ctx = r->ctx;
	c->src = sp;
	c->checked = r->checked;
	c->pool = r->pool;
	c->pkg = pkg_new(r->ctx, sp->path, sp->name);
	c->qf = ty_relative_names(c->pkg);
	c->goroot = r->goroot;
	r->checked[sp->index] = c->pkg;
	return true;
}

bool check_finish(CheckRun *r, Checker *c)
{
	return check_finish_to(r, c, stderr);
}

bool check_finish_to(CheckRun *r, Checker *c, FILE *err)
{
	bool failed = c->nerrors || c->parse_errors;
	if (failed)
		r->checked[c->src->index] = NULL;  /* its importers are not checked */
	fflush(stdout);
	if (diag_count() > 0)
		diag_flush(err);
	diag_reset();
	return !failed;
}

void check_free(Checker *c)
{
	vec_free(&c->imports);
	vec_free(&c->instances);
	free(c->objs);
	free(c->path);
	free(c->pending);
	free(c->later);
	vec_free(&c->generic_tdecls);
	vec_free(&c->local_decls);
	free(c->mono_v);
	free(c->mono_e);
	free(c->mono_canon);
	free(c->mono_names);
	free(c->supported.v);
	free(c->usable_methods.v);
}

static uint32_t memo_slot(const TypeMemo *m, const Type *t)
{
	uint64_t h = (uint64_t)(uintptr_t)t * 0x9e3779b97f4a7c15ull;
	return (uint32_t)(h >> 32) & (m->cap - 1);
}

bool check_memo_known(const TypeMemo *m, Type *t, uint32_t gen)
{
	if (!m->cap)
		return false;
	for (uint32_t i = memo_slot(m, t);; i = (i + 1) & (m->cap - 1)) {
		if (!m->v[i].t)
			return false;
		if (m->v[i].t == t)
			return m->v[i].gen == gen;
	}
}

void check_memo_note(TypeMemo *m, Type *t, uint32_t gen)
{
	if (2 * (m->n + 1) > m->cap) {
		TypeMemo old = *m;
		m->cap = old.cap ? 2 * old.cap : 256;
		m->v = xmalloc(m->cap * sizeof *m->v);
		memset(m->v, 0, m->cap * sizeof *m->v);
		for (uint32_t k = 0; k < old.cap; k++) {
			if (!old.v[k].t)
				continue;
			uint32_t i = memo_slot(m, old.v[k].t);
			while (m->v[i].t)
				i = (i + 1) & (m->cap - 1);
			m->v[i] = old.v[k];
		}
		free(old.v);
	}
	uint32_t i = memo_slot(m, t);
	while (m->v[i].t && m->v[i].t != t)
		i = (i + 1) & (m->cap - 1);
	if (!m->v[i].t)
		m->n++;
	m->v[i] = (struct TypeMemoEntry){t, gen};
}

void check_run_free(CheckRun *r)
{
	free(r->checked);
	const_pool_free(r->pool);
	ty_ctx_free(r->ctx);
}

void check_run_package(Checker *c)
{
	check_package(c);
}

/* ==================================================================== */
/* -dump-types                                                           */
/* ==================================================================== */

static bool dumpable(Object *obj)
{
	DeclInfo *d = check_decl_info(obj);
	return obj->type && d && !d->unsupported;
}

static int cmp_method(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	return strcmp(x->name->name, y->name->name);
}

/* One line per package-level object the checker typed, in name order:
 *   const NAME TYPE = EXACT-VALUE
 *   type NAME UNDERLYING        (type NAME = TYPE for an alias)
 *   method TYPENAME.NAME SIGNATURE   (after its type, by name)
 *   func NAME SIGNATURE
 *   var NAME TYPE               (only vars declared with a type; with
 *                                -dump-all-vars every var typed)
 * Types print as types2's TypeString with package paths. */
static void dump_package(FILE *out, Checker *c, bool all_vars)
{
	TyBuf b = {0};
	tybuf_printf(&b, "package %s\n", c->pkg->path->name);
	int n;
	Sym **names = scope_names(c->pkg->scope, &n);
	for (int i = 0; i < n; i++) {
		Object *obj = scope_lookup(c->pkg->scope, names[i]);
		if (obj->kind == OBJ_PKGNAME || !dumpable(obj))
			continue;
		const char *nm = obj->name->name;
		switch (obj->kind) {
		case OBJ_CONST: {
			tybuf_printf(&b, "const %s ", nm);
			ty_write(&b, obj->type, NULL);
			char *v = const_exact_string(obj->u.cnst.val ? *(Const *)obj->u.cnst.val : const_make_unknown());
			tybuf_printf(&b, " = %s\n", v);
			free(v);
			break;
		}
		case OBJ_TYPENAME:
			if (obj_is_alias(obj)) {
				tybuf_printf(&b, "type %s = ", nm);
				ty_write(&b, obj->type, NULL);
				tybuf_putc(&b, '\n');
				break;
			}
			tybuf_printf(&b, "type %s ", nm);
			ty_write(&b, ty_underlying(obj->type), NULL);
			tybuf_putc(&b, '\n');
			if (obj->type->kind == TY_NAMED) {
				Type *t = obj->type;
				int nm2 = t->u.named.nmethods;
				Object **ms = xmalloc((size_t)(nm2 + 1) * sizeof *ms);
				for (int k = 0; k < nm2; k++)
					ms[k] = t->u.named.methods[k];
				qsort(ms, (size_t)nm2, sizeof *ms, cmp_method);
				for (int k = 0; k < nm2; k++) {
					if (!dumpable(ms[k]))
						continue;
					tybuf_printf(&b, "method %s.%s ", nm, ms[k]->name->name);
					ty_write(&b, ms[k]->type, NULL);
					tybuf_putc(&b, '\n');
				}
				free(ms);
			}
			break;
		case OBJ_FUNC:
			tybuf_printf(&b, "func %s ", nm);
			ty_write(&b, obj->type, NULL);
			tybuf_putc(&b, '\n');
			break;
		case OBJ_VAR:
			if (!check_decl_info(obj)->vtyp && !all_vars)
				break;
			tybuf_printf(&b, "var %s ", nm);
			ty_write(&b, obj->type, NULL);
			tybuf_putc(&b, '\n');
			break;
		default:
			break;
		}
	}
	fwrite(b.str, 1, b.len, out);
	tybuf_free(&b);
}

/* ==================================================================== */
/* -dump-exprs                                                           */
/* ==================================================================== */

/* The position go/ast gives an expression, which the go/types oracle
 * prints: its leftmost token, reached through KeyValueExprs and
 * SliceExprs too, where gc's StartPos (parse_start_pos) stops. */
static Pos ast_pos(Node *n)
{
	for (;;) {
		switch (n->kind) {
		case N_OPERATION:
			if (!n->u.op.y)
				return n->pos;
			n = n->u.op.x;
			break;
		case N_CALL: n = n->u.call.fun; break;
		case N_SELECTOR: n = n->u.sel.x; break;
		case N_INDEX: n = n->u.index.x; break;
		case N_SLICE: n = n->u.slice.x; break;
		case N_ASSERT: n = n->u.assert.x; break;
		case N_KEYVALUE: n = n->u.kv.key; break;
		case N_COMPOSITELIT:
			if (!n->u.clit.type)
				return n->pos;
			n = n->u.clit.type;
			break;
		default:
			return n->pos;
		}
	}
}

static void dump_expr_node(Node *n, PtrVec *lines);
static void dump_stmt(Node *n, PtrVec *lines);
static void dump_body(Node *body, PtrVec *lines);

static void dump_expr_list(NodeList l, PtrVec *lines)
{
	for (int i = 0; i < l.n; i++) {
		/* fields declared together share their type node */
		if (i > 0 && l.v[i]->kind == N_FIELD && l.v[i - 1]->kind == N_FIELD &&
		    l.v[i]->u.field.type == l.v[i - 1]->u.field.type)
			continue;
		dump_expr_node(l.v[i], lines);
	}
}

/* Every expression of n with a recorded type, one line each:
 * "LINE:COL TYPE" (and " = EXACT-VALUE" for constants); function
 * literals' bodies too (dump_body). */
static void dump_expr_node(Node *n, PtrVec *lines)
{
	if (!n)
		return;
	TypeInfo *ti = n->ti;
	/* function types are left out: go/ast and gc's syntax place them
	 * differently (the func keyword, or the parameters) */
	bool typed = ti && ti->type && ti->mode != MODE_INVALID && ti->mode != MODE_BUILTIN &&
		ti->mode != MODE_NOVALUE && !(ti->type->kind == TY_BASIC && ti->type->u.basic.kind == B_INVALID) &&
		n->kind != N_FUNCTYPE;
	if (typed) {
		TyBuf b = {0};
		Pos p = ast_pos(n);
		const char *path = file_get(p.file)->path, *base = strrchr(path, '/');
		tybuf_printf(&b, "%s:%u:%u ", base ? base + 1 : path, p.line, p.col);
		/* types2 gives nil its target type, go/types keeps untyped nil:
		 * print neither */
		if (ti->mode == MODE_NILVALUE)
			tybuf_puts(&b, "<nil>");
		else
			ty_write(&b, ti->type, NULL);
		if (ti->mode == MODE_CONSTANT) {
			size_t len = 0;
			const char *str = const_kind(ti->val) == CONST_STRING ? const_string_val(ti->val, &len) : NULL;
			if (str && len > 64) {
				/* long strings (tables built by concatenation) by
				 * length and FNV-1a hash, to keep the dump small */
				uint64_t h = 14695981039346656037ULL;
				for (size_t k = 0; k < len; k++)
					h = (h ^ (unsigned char)str[k]) * 1099511628211ULL;
				tybuf_printf(&b, " = string(len %zu, fnv %016llx)", len, (unsigned long long)h);
			} else {
				char *v = const_exact_string(ti->val);
				tybuf_printf(&b, " = %s", v);
				free(v);
			}
		}
		vec_push(lines, b.str);
	}
	switch (n->kind) {
	case N_COMPOSITELIT: dump_expr_node(n->u.clit.type, lines); dump_expr_list(n->u.clit.elems, lines); break;
	case N_KEYVALUE: dump_expr_node(n->u.kv.key, lines); dump_expr_node(n->u.kv.val, lines); break;
	case N_FUNCLIT:
		dump_expr_node(n->u.funclit.type, lines);
		dump_body(n->u.funclit.body, lines);
		break;
	case N_PAREN: dump_expr_node(n->u.paren.x, lines); break;
	case N_SELECTOR: dump_expr_node(n->u.sel.x, lines); break;
	case N_INDEX: dump_expr_node(n->u.index.x, lines); dump_expr_node(n->u.index.index, lines); break;
	case N_SLICE:
		dump_expr_node(n->u.slice.x, lines);
		for (int i = 0; i < 3; i++)
			dump_expr_node(n->u.slice.idx[i], lines);
		break;
	case N_ASSERT: dump_expr_node(n->u.assert.x, lines); dump_expr_node(n->u.assert.type, lines); break;
	case N_OPERATION: dump_expr_node(n->u.op.x, lines); dump_expr_node(n->u.op.y, lines); break;
	case N_CALL: dump_expr_node(n->u.call.fun, lines); dump_expr_list(n->u.call.args, lines); break;
	case N_LIST: dump_expr_list(n->u.list.elems, lines); break;
	case N_ARRAYTYPE: dump_expr_node(n->u.array.len, lines); dump_expr_node(n->u.array.elem, lines); break;
	case N_SLICETYPE: case N_DOTSTYPE: dump_expr_node(n->u.slicetype.elem, lines); break;
	case N_STRUCTTYPE: dump_expr_list(n->u.structtype.fields, lines); break;
	case N_FIELD: dump_expr_node(n->u.field.type, lines); break;
	case N_INTERFACETYPE: dump_expr_list(n->u.iface.methods, lines); break;
	case N_FUNCTYPE:
		dump_expr_list(n->u.functype.params, lines);
		dump_expr_list(n->u.functype.results, lines);
		break;
	case N_MAPTYPE: dump_expr_node(n->u.map.key, lines); dump_expr_node(n->u.map.val, lines); break;
	case N_CHANTYPE: dump_expr_node(n->u.chantype.elem, lines); break;
	default: break;
	}
}

static void dump_stmt_list(NodeList l, PtrVec *lines)
{
	for (int i = 0; i < l.n; i++)
		dump_stmt(l.v[i], lines);
}

/* The expressions of a statement (and of the statements in it). */
static void dump_stmt(Node *n, PtrVec *lines)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_LABELEDSTMT: dump_stmt(n->u.labeled.stmt, lines); break;
	case N_BLOCKSTMT: dump_stmt_list(n->u.block.stmts, lines); break;
	case N_EXPRSTMT: dump_expr_node(n->u.exprstmt.x, lines); break;
	case N_SENDSTMT: dump_expr_node(n->u.send.ch, lines); dump_expr_node(n->u.send.val, lines); break;
	case N_DECLSTMT:
		for (int i = 0; i < n->u.declstmt.decls.n; i++) {
			Node *d = n->u.declstmt.decls.v[i];
			if (d->kind == N_TYPEDECL) {
				dump_expr_list(d->u.typedecl.tparams, lines);
				dump_expr_node(d->u.typedecl.type, lines);
			} else if (d->kind == N_CONSTDECL || d->kind == N_VARDECL) {
				dump_expr_node(d->u.vardecl.type, lines);
				dump_expr_node(d->u.vardecl.values, lines);
			}
		}
		break;
	case N_ASSIGNSTMT: dump_expr_node(n->u.assign.lhs, lines); dump_expr_node(n->u.assign.rhs, lines); break;
	case N_CALLSTMT: dump_expr_node(n->u.callstmt.call, lines); break;
	case N_RETURNSTMT: dump_expr_node(n->u.ret.results, lines); break;
	case N_IFSTMT:
		dump_stmt(n->u.ifstmt.init, lines);
		dump_expr_node(n->u.ifstmt.cond, lines);
		dump_stmt(n->u.ifstmt.then, lines);
		dump_stmt(n->u.ifstmt.els, lines);
		break;
	case N_FORSTMT:
		dump_stmt(n->u.forstmt.init, lines);
		dump_expr_node(n->u.forstmt.cond, lines);
		dump_stmt(n->u.forstmt.post, lines);
		dump_stmt(n->u.forstmt.body, lines);
		break;
	case N_RANGECLAUSE: dump_expr_node(n->u.range.lhs, lines); dump_expr_node(n->u.range.x, lines); break;
	case N_SWITCHSTMT: {
		dump_stmt(n->u.switchstmt.init, lines);
		Node *tag = n->u.switchstmt.tag;
		if (tag && tag->kind == N_TYPESWITCHGUARD)
			dump_expr_node(tag->u.guard.x, lines);
		else
			dump_expr_node(tag, lines);
		for (int i = 0; i < n->u.switchstmt.body.n; i++) {
			Node *cl = n->u.switchstmt.body.v[i];
			dump_expr_node(cl->u.caseclause.cases, lines);
			dump_stmt_list(cl->u.caseclause.body, lines);
		}
		break;
	}
	case N_SELECTSTMT:
		for (int i = 0; i < n->u.selectstmt.body.n; i++) {
			Node *cl = n->u.selectstmt.body.v[i];
			dump_stmt(cl->u.commclause.comm, lines);
			dump_stmt_list(cl->u.commclause.body, lines);
		}
		break;
	default:
		break;
	}
}

/* A function body the checker checked fully; for one it skipped (it
 * met unsupported constructs) a line "skip FILE:LINE:COL LINE:COL"
 * with the extent of the body, which the comparison leaves out. */
static void dump_body(Node *body, PtrVec *lines)
{
	if (!body || !body->ti)
		return;
	if (body->ti->skipped) {
		TyBuf b = {0};
		const char *path = file_get(body->pos.file)->path, *base = strrchr(path, '/');
		tybuf_printf(&b, "skip %s:%u:%u %u:%u", base ? base + 1 : path, body->pos.line, body->pos.col,
			body->u.block.rbrace.line, body->u.block.rbrace.col);
		vec_push(lines, b.str);
		return;
	}
	dump_stmt(body, lines);
}

/* ==================================================================== */
/* -dump-uses                                                            */
/* ==================================================================== */

/* Whether obj is function-local: declared in a scope that is neither
 * the universe's, a package's nor a file's. */
static bool local_object(Checker *c, Object *obj)
{
	Scope *p = obj->parent;
	return obj->kind != OBJ_LABEL && obj->pkg == c->pkg && p && p != c->ctx->universe &&
		p != c->pkg->scope && p->parent != c->pkg->scope;
}

static void use_line(PtrVec *lines, Node *id, Object *obj)
{
	TyBuf b = {0};
	const char *path = file_get(id->pos.file)->path, *base = strrchr(path, '/');
	const char *opath = file_get(obj->pos.file)->path, *obase = strrchr(opath, '/');
	tybuf_printf(&b, "%s:%u:%u %s %s:%u:%u", base ? base + 1 : path, id->pos.line, id->pos.col,
		id->u.name.sym->name, obase ? obase + 1 : opath, obj->pos.line, obj->pos.col);
	vec_push(lines, b.str);
}

typedef struct UsesWalk {
	Checker *c;
	PtrVec *lines;
} UsesWalk;

/* Every name in the tree that declares or denotes a function-local
 * object: not the names selected (fields, methods, package members) nor
 * a type switch's symbolic variable. */
static bool use_pre(Node *n, void *ctx)
{
	UsesWalk *u = ctx;
	Node *body;
	switch (n->kind) {
	case N_NAME:
		if (n->ti && n->ti->obj && local_object(u->c, n->ti->obj))
			use_line(u->lines, n, n->ti->obj);
		return false;
	case N_SELECTOR:
		syntax_walk(n->u.sel.x, use_pre, u);
		return false;
	case N_TYPESWITCHGUARD:
		syntax_walk(n->u.guard.x, use_pre, u);
		return false;
	case N_IMPORTDECL:
		return false;
	case N_FUNCLIT:
		body = n->u.funclit.body;
		if (body && body->ti && body->ti->skipped) {
			syntax_walk(n->u.funclit.type, use_pre, u);
			dump_body(body, u->lines);
			return false;
		}
		return true;
	case N_FUNCDECL:
		body = n->u.funcdecl.body;
		if (body && body->ti && body->ti->skipped) {
			/* the whole declaration: its signature may declare
			 * (receiver) type parameters, not checked yet either */
			TyBuf b = {0};
			const char *path = file_get(n->pos.file)->path, *base = strrchr(path, '/');
			tybuf_printf(&b, "skip %s:%u:%u %u:%u", base ? base + 1 : path, n->pos.line, n->pos.col,
				body->u.block.rbrace.line, body->u.block.rbrace.col);
			vec_push(u->lines, b.str);
			return false;
		}
		return true;    /* its name is a package-level function or a method */
	default:
		return true;
	}
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Print "package PATH" and then the lines (malloc'd strings, freed),
 * sorted. */
static void print_sorted(FILE *out, Checker *c, PtrVec *lines)
{
	if (lines->len > 1)
		qsort(lines->data, (size_t)lines->len, sizeof *lines->data, cmp_cstr);
	fprintf(out, "package %s\n", c->pkg->path->name);
	for (int i = 0; i < lines->len; i++) {
		fprintf(out, "%s\n", (char *)lines->data[i]);
		free(lines->data[i]);
	}
	vec_free(lines);
}

/* The package's expressions outside function bodies, sorted. */
static void dump_exprs(FILE *out, Checker *c)
{
	PtrVec lines = {0};
	for (int fi = 0; fi < c->src->nfiles; fi++) {
		NodeList decls = c->src->files[fi]->u.file.decls;
		for (int i = 0; i < decls.n; i++) {
			Node *d = decls.v[i];
			switch (d->kind) {
			case N_CONSTDECL:
			case N_VARDECL:
				dump_expr_node(d->u.vardecl.type, &lines);
				dump_expr_node(d->u.vardecl.values, &lines);
				break;
			case N_TYPEDECL:
				dump_expr_list(d->u.typedecl.tparams, &lines);
				dump_expr_node(d->u.typedecl.type, &lines);
				break;
			case N_FUNCDECL:
				dump_expr_node(d->u.funcdecl.recv, &lines);
				dump_expr_list(d->u.funcdecl.tparams, &lines);
				dump_expr_list(d->u.funcdecl.type->u.functype.params, &lines);
				dump_expr_list(d->u.funcdecl.type->u.functype.results, &lines);
				dump_body(d->u.funcdecl.body, &lines);
				break;
			default:
				break;
			}
		}
	}
	print_sorted(out, c, &lines);
}

/* The package's names of function-local objects, sorted. */
static void dump_uses(FILE *out, Checker *c)
{
	PtrVec lines = {0};
	UsesWalk u = { c, &lines };
	for (int fi = 0; fi < c->src->nfiles; fi++) {
		NodeList decls = c->src->files[fi]->u.file.decls;
		for (int i = 0; i < decls.n; i++)
			syntax_walk(decls.v[i], use_pre, &u);
	}
	print_sorted(out, c, &lines);
}

/* ==================================================================== */
/* -dump-instances                                                       */
/* ==================================================================== */

/* The package's instantiations (TypeInfo.inst), sorted:
 *   FILE:LINE:COL NAME [TARG, ...] TYPE
 * as tests/tools/checkoracle -instances prints go/types' Info.Instances. */
static void dump_instances(FILE *out, Checker *c)
{
	PtrVec lines = {0};
	for (int i = 0; i < c->instances.len; i++) {
		Node *id = c->instances.data[i];
		Instance *in = id->ti->inst;
		TyBuf b = {0};
		const char *path = file_get(id->pos.file)->path, *base = strrchr(path, '/');
		tybuf_printf(&b, "%s:%u:%u %s [", base ? base + 1 : path, id->pos.line, id->pos.col,
			id->u.name.sym->name);
		for (int k = 0; k < in->ntargs; k++) {
			if (k)
				tybuf_puts(&b, ", ");
			ty_write(&b, in->targs[k], NULL);
		}
		tybuf_puts(&b, "] ");
		ty_write(&b, in->type, NULL);
		vec_push(&lines, b.str);
	}
	print_sorted(out, c, &lines);
}

/* ==================================================================== */
/* -dump-init                                                            */
/* ==================================================================== */

/* The package's initialization order, one initializer a line, its
 * variables by position and name:
 *   FILE:LINE:COL NAME[, FILE:LINE:COL NAME]...
 * (FILE the base name), as tests/tools/checkoracle -init prints
 * go/types' Info.InitOrder. */
static void dump_init(FILE *out, Checker *c)
{
	fprintf(out, "package %s\n", c->pkg->path->name);
	for (int i = 0; i < c->pkg->ninits; i++) {
		Initializer *in = &c->pkg->inits[i];
		for (int k = 0; k < in->nlhs; k++) {
			Object *v = in->lhs[k];
			const char *path = file_get(v->pos.file)->path, *base = strrchr(path, '/');
			fprintf(out, "%s%s:%u:%u %s", k ? ", " : "", base ? base + 1 : path, v->pos.line, v->pos.col,
				v->name->name);
		}
		fputc('\n', out);
	}
}

/* ==================================================================== */
/* Releasing syntax trees                                                */
/* ==================================================================== */

/* Once a package is checked, what its importers need of it lives in the
 * TypeCtx (objects, types, scopes, DeclInfo, struct tags) and in the
 * run's ConstPool; its syntax tree and the TypeInfo records on it are
 * read again only by the phases after the checker that work on the
 * package itself (dumps of the packages named on the command line,
 * escape analysis) or on its function bodies (inlining, escape
 * summaries of imported functions).  So a tree may go as soon as its
 * package is checked, when no such phase is to run: that is the policy
 * (TreePolicy) the command chooses.  `check` keeps only the trees its
 * dumps read (those of the packages named on the command line, with a
 * -dump flag); -keep-trees keeps all.  The Node pointers of
 * the package's DeclInfos and Initializers are cleared, so that a
 * phase that reads them by mistake fails at once. */
typedef enum TreePolicy {
	TREES_KEEP,             /* every tree lives until the end of the run */
	TREES_RELEASE,          /* a tree goes once its package is checked,
	                         * unless a dump of it is to be printed */
} TreePolicy;

void check_release_tree(Checker *c)
{
	for (int i = 0; i < c->nobjs; i++) {
		DeclInfo *d = c->objs[i]->decl;
		d->vtyp = d->init = d->tdecl = d->fdecl = NULL;
	}
	for (int i = 0; i < c->pkg->ninits; i++)
		c->pkg->inits[i].rhs = NULL;
	arena_free(&c->src->arena);
	c->src->files = NULL;
	c->src->nfiles = 0;
}

/* ==================================================================== */
/* -stats                                                                */
/* ==================================================================== */

/* Where the memory is (on stderr), after loading or after checking. */
static void print_stats(const char *when, Program *prog, TypeCtx *ctx, ConstPool *pool)
{
	size_t trees = 0, used = 0, syms, files, pooled;
	for (int k = 0; k < prog->npkgs; k++) {
		trees += arena_footprint(&prog->pkgs[k]->arena);
		used += prog->pkgs[k]->arena.used;
	}
	util_mem_stats(&syms, &files, &pooled);
	long rss, peak;
	util_rss(&rss, &peak);
	const double mb = 1024.0 * 1024.0;
	fprintf(stderr, "stats %s: rss %.1f MB (peak %.1f MB)\n", when, rss / 1024.0, peak / 1024.0);
	fprintf(stderr, "  trees (package arenas)  %7.1f MB (%.1f MB used; TypeInfo %.1f MB, %zu records)\n",
		trees / mb, used / mb, nti * sizeof(TypeInfo) / mb, nti);
	if (ctx)
		fprintf(stderr, "  types, objects, scopes %7.1f MB\n", arena_footprint(&ctx->arena) / mb);
	if (pool)
		fprintf(stderr, "  constants (pool arena)  %7.1f MB\n", const_pool_footprint(pool) / mb);
	fprintf(stderr, "  names                   %7.1f MB\n", syms / mb);
	fprintf(stderr, "  file table              %7.1f MB\n", files / mb);
	fprintf(stderr, "  chunks kept for reuse   %7.1f MB\n", pooled / mb);
}

/* For the checker's fuzz target (tests/fuzz/fuzz_check.c): print what
 * -dump-all-vars and -dump-exprs print. */
void check_dump(FILE *out, Checker *c)
{
	dump_package(out, c, true);
	dump_exprs(out, c);
}

/* ==================================================================== */
/* The command                                                           */
/* ==================================================================== */

int check_main(int argc, char **argv)
{
	bool dump = false, all_vars = false, exprs = false, init = false, stats = false, uses = false,
	     instances = false;
	long nchecked[2] = {0, 0}, nskipped[2] = {0, 0};
	/* nothing after `check` reads the trees, but its dumps */
	TreePolicy trees = TREES_RELEASE;
	long n_unsup = 0, n_unsup_objs = 0, n_objs = 0;
	LoadConfig cfg = {0};
	int i = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-dump-types") == 0)
			dump = true;
		else if (strcmp(argv[i], "-dump-all-vars") == 0)
			dump = all_vars = true;
		else if (strcmp(argv[i], "-dump-exprs") == 0)
			exprs = true;
		else if (strcmp(argv[i], "-dump-init") == 0)
			init = true;
		else if (strcmp(argv[i], "-stats") == 0)
			stats = true;
		else if (strcmp(argv[i], "-keep-trees") == 0)
			trees = TREES_KEEP;
		else if (strcmp(argv[i], "-dump-uses") == 0)
			uses = true;
		else if (strcmp(argv[i], "-dump-instances") == 0)
			instances = true;
		else if (strcmp(argv[i], "-e") == 0)
			diag_set_limit(0);
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			fprintf(stderr, "goescape: unknown flag %s for check\n", argv[i]);
			return 2;
		}
	}
	if (i == argc) {
		fprintf(stderr, "usage: goescape check [-dump-types|-dump-all-vars|-dump-exprs|-dump-uses|-dump-instances|-dump-init] [-e] [-stats] [-keep-trees] PATTERN...\n");
		return 2;
	}
	static char outbuf[1 << 16];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	cfg.defer_parse_errors = true;
	cfg.compile_files = true;       /* as -m: named files as gc compiles them */
	/* a package is parsed when its turn to be checked comes: its tree
	 * is still in the caches, and the trees of all the packages are
	 * never held at once */
	cfg.parse_at_check = true;
	Program *prog = load_packages(&cfg, argv + i, argc - i);
	if (prog->nerrors)
		return 1;
	if (stats)
		print_stats("after loading", prog, NULL, NULL);

	CheckRun run;
	check_run_init(&run, prog->goarch, prog->goroot, prog->npkgs);
	int status = prog->nsyntax ? 1 : 0;

	for (int k = 0; k < prog->npkgs; k++) {
		SrcPackage *sp = prog->pkgs[k];
		Checker c;
		if (load_parse_again(sp, stderr) > 0)
			status = 1;
		if (!check_begin(&run, &c, sp))
			continue;
		check_package(&c);
		if (!check_finish(&run, &c))
			status = 1;
		bool root = false;
		for (int r = 0; r < prog->nroots; r++)
			root |= prog->roots[r] == sp;
		if (dump && root)
			dump_package(stdout, &c, all_vars);
		if (exprs && root)
			dump_exprs(stdout, &c);
		if (root)
			n_unsup += c.unsupported_met;
		for (int k2 = 0; root && k2 < c.nobjs; k2++) {
			DeclInfo *d = check_decl_info(c.objs[k2]);
			n_objs++;
			if (d && d->unsupported) {
				n_unsup_objs++;
				if (stats)
					fprintf(stderr, "check: unsupported: %s.%s\n", c.pkg->path->name, c.objs[k2]->name->name);
			}
		}
		if (init && root)
			dump_init(stdout, &c);
		if (uses && root)
			dump_uses(stdout, &c);
		if (instances && root)
			dump_instances(stdout, &c);
		for (int k = 0; k < 2; k++) {
			nchecked[k] += c.nbodies_checked[k];
			nskipped[k] += c.nbodies_skipped[k];
		}
		if (trees == TREES_RELEASE && !(root && (dump || exprs || init || uses || instances)))
			check_release_tree(&c);
		check_free(&c);
	}
	fflush(stdout);
	if (stats) {
		print_stats("after checking", prog, run.ctx, run.pool);
		fprintf(stderr, "goescape: function bodies: %ld checked, %ld skipped (unsupported constructs); "
			"function declarations: %ld checked, %ld skipped; function literals: %ld checked, %ld skipped\n",
			nchecked[0] + nchecked[1], nskipped[0] + nskipped[1], nchecked[0], nskipped[0], nchecked[1],
			nskipped[1]);
		fprintf(stderr, "check: %ld unsupported constructs met; %ld of %ld package-level objects unsupported\n",
			n_unsup, n_unsup_objs, n_objs);
	}
	check_run_free(&run);
	return status;
}

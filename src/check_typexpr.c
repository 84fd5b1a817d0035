/*
 * check_typexpr.c — identifiers, qualified identifiers and type
 * expressions (types2's typexpr.go, and the package part of call.go's
 * selector).
 *
 * A type expression is checked once per occurrence and gives a fresh
 * type (types are not canonical; ty_identical compares them).  The
 * `def` argument of types2's definedType is the Named type being
 * declared; types2 uses it to set the underlying type early, we set it
 * when the right-hand side is done (type_decl in check_decl.c), and pass
 * it on only to interface types (their methods' receivers).
 *
 * Instantiation T[A] makes an instance whose underlying type is the
 * generic's, substituted, on first use (resolve_instance); its methods
 * are not made yet, so the layout and method sets of instances are
 * unsupported (check_type_unsupported), and type arguments are verified
 * only against constraints without methods.
 *
 * Not here yet: validVarType's constraint-interface check, method
 * expressions and method values.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static void record_obj(Checker *c, Node *e, Object *obj)
{
	check_ti(c, e)->obj = obj;
}

/* Using an object that could not be checked makes the user unsupported
 * too; but a type name stands for its type whatever its declaration
 * held, unless the type itself is unusable (its underlying type could
 * not be made).  Where a type's layout or fields matter, see
 * check_type_unsupported. */
static void note_use(Checker *c, Object *obj)
{
	DeclInfo *d = obj->decl;
	if (!obj->type) {
		check_unsupported(c);
		return;
	}
	if (!d || !d->unsupported)
		return;
	if (obj->kind == OBJ_TYPENAME && obj->type->kind == TY_NAMED &&
	    obj->type->u.named.underlying && obj->type->u.named.underlying != c->ctx->invalid)
		return;
	check_unsupported(c);
}

static bool type_unsupported(Type *t, int depth)
{
	if (depth > 64)
		return false;
	switch (t->kind) {
	case TY_NAMED: {
		Object *obj = t->u.named.obj;
		DeclInfo *d = obj ? obj->decl : NULL;
		if (d && d->unsupported)
			return true;
		if (ty_is_generic(t))
			return true;
		if (t->u.named.ntargs) {
			for (int i = 0; i < t->u.named.ntargs; i++)
				if (type_unsupported(t->u.named.targs[i], depth + 1))
					return true;
			return type_unsupported(ty_underlying(t), depth + 1);
		}
		return t->u.named.underlying && type_unsupported(t->u.named.underlying, depth + 1);
	}
	case TY_ARRAY:
		return type_unsupported(t->u.array.elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (type_unsupported(t->u.strct.fields[i]->type, depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

/* The walk above, for each selector and conversion, goes through every
 * field of a large struct: its "no" is kept by type, for as long as
 * nothing it looked at can have changed (check_memo_known). */
bool check_type_unsupported(Checker *c, Type *t)
{
	uint32_t gen = ty_shape_gen(c->ctx);
	if (check_memo_known(&c->supported, t, gen))
		return false;
	if (!type_unsupported(t, 0)) {
		/* (the walk may have resolved an instance: then not kept) */
		if (ty_shape_gen(c->ctx) == gen)
			check_memo_note(&c->supported, t, gen);
		return false;
	}
	check_unsupported(c);
	return true;
}

void check_ident(Checker *c, Operand *x, Node *e, bool want_type)
{
	TypeCtx *ctx = c->ctx;
	x->mode = MODE_INVALID;
	x->expr = e;
	x->type = ctx->invalid;
	Sym *name = e->u.name.sym;
	Scope *found = NULL;
	Object *obj = scope_lookup_parent(c->scope, name, (Pos){0}, &found);
	/* a name of a file scope from another package: dot-imported */
	if (obj && found && found->parent == c->pkg->scope && obj->pkg != c->pkg && obj->kind != OBJ_PKGNAME)
		check_use_dot_import(c, found, obj->pkg);
	if (!obj) {
		/* a blank receiver type parameter is not declared, but its
		 * name node knows it (types2's recvTParamMap) */
		Object *tn = e->ti ? e->ti->obj : NULL;
		if (check_is_blank(name) && tn && tn->kind == OBJ_TYPENAME && tn->type &&
		    tn->type->kind == TY_TYPEPARAM) {
			x->mode = MODE_TYPEXPR;
			x->type = tn->type;
			return;
		}
		if (check_is_blank(name))
			check_errorf(c, e->pos, "cannot use _ as value or type");
		else
			check_errorf(c, e->pos, "undefined: %s", name->name);
		return;
	}
	record_obj(c, e, obj);
	Type *typ = obj->type;
	if (!typ || (obj->kind == OBJ_TYPENAME && want_type)) {
		check_obj_decl(c, obj);
		typ = obj->type;
	}
	note_use(c, obj);
	/* consts, vars and funcs: a dependency of the declaration (the
	 * other kinds are filtered out there) */
	check_add_dep(c, obj);
	if (!typ) {
		check_unsupported(c);
		return;
	}
	switch (obj->kind) {
	case OBJ_PKGNAME:
		check_errorf(c, e->pos, "use of package %s not in selector", obj->name->name);
		return;
	case OBJ_CONST:
		if (typ == ctx->invalid)
			return;
		if (obj == ctx->universe_iota) {
			if (!c->has_iota) {
				check_errorf(c, e->pos, "cannot use iota outside constant declaration");
				return;
			}
			x->val = c->iota;
		} else {
			x->val = obj->u.cnst.val ? *(Const *)obj->u.cnst.val : const_make_unknown();
		}
		x->mode = MODE_CONSTANT;
		break;
	case OBJ_TYPENAME:
		x->mode = MODE_TYPEXPR;
		break;
	case OBJ_VAR:
		if (obj->pkg == c->pkg)
			obj->u.var.used = true;
		if (typ == ctx->invalid)
			return;
		x->mode = MODE_VARIABLE;
		break;
	case OBJ_FUNC:
		x->mode = MODE_VALUE;
		break;
	case OBJ_BUILTIN:
		x->id = obj->u.builtin.id;
		x->mode = MODE_BUILTIN;
		break;
	case OBJ_NIL:
		x->mode = MODE_NILVALUE;
		break;
	default:
		return;
	}
	x->type = typ;
}

/* Set x from an object exported by an imported package. */
static void imported_operand(Checker *c, Operand *x, Object *exp)
{
	note_use(c, exp);
	if (!exp->type) {
		x->mode = MODE_INVALID;
		return;
	}
	x->type = exp->type;
	switch (exp->kind) {
	case OBJ_CONST:
		x->mode = MODE_CONSTANT;
		x->val = exp->u.cnst.val ? *(Const *)exp->u.cnst.val : const_make_unknown();
		break;
	case OBJ_TYPENAME:
		x->mode = MODE_TYPEXPR;
		break;
	case OBJ_VAR:
		x->mode = MODE_VARIABLE;
		break;
	case OBJ_FUNC:
		x->mode = MODE_VALUE;
		break;
	case OBJ_BUILTIN:
		x->mode = MODE_BUILTIN;
		x->id = exp->u.builtin.id;
		break;
	default:
		x->mode = MODE_INVALID;
		break;
	}
}

void check_selector(Checker *c, Operand *x, Node *e)
{
	TypeCtx *ctx = c->ctx;
	Sym *sel = e->u.sel.sel->u.name.sym;
	Node *base = e->u.sel.x;
	if (base->kind == N_NAME) {
		Object *obj = scope_lookup_parent(c->scope, base->u.name.sym, (Pos){0}, NULL);
		if (obj && obj->kind == OBJ_PKGNAME) {
			record_obj(c, base, obj);
			obj->u.pkgname.used = true;
			Package *pkg = obj->u.pkgname.imported;
			if (pkg == c->fake_c) {
				/* cgo's C.name: not checked */
				check_unsupported(c);
				x->mode = MODE_INVALID;
				x->type = ctx->invalid;
				x->expr = e;
				return;
			}
			Object *exp = scope_lookup(pkg->scope, sel);
			x->expr = e;
			if (!exp) {
				if (!pkg->fake)
					check_errorf(c, e->u.sel.sel->pos, "undefined: %s", check_expr_string(c, e));
				x->mode = MODE_INVALID;
				x->type = ctx->invalid;
				return;
			}
			if (!obj_exported(exp)) {
				/* gc reads imports from export data, which holds
				 * the unexported names only where exported ones
				 * refer to them: for gc most are undefined */
				check_errorf(c, e->u.sel.sel->pos, "undefined: %s", check_expr_string(c, e));
				x->mode = MODE_INVALID;
				x->type = ctx->invalid;
				return;
			}
			record_obj(c, e->u.sel.sel, exp);
			imported_operand(c, x, exp);
			return;
		}
	}
	check_expr_or_type(c, x, base);
	if (x->mode == MODE_INVALID)
		goto error;
	if (x->mode == MODE_BUILTIN) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		check_errorf(c, e->pos, "cannot select on %s", b.str);
		tybuf_free(&b);
		goto error;
	}
	bool is_ptr;
	if (check_type_unsupported(c, ty_deref(x->type, &is_ptr)))
		goto error;
	LookupResult r = ty_lookup_field_or_method(x->type, x->mode == MODE_VARIABLE, c->pkg, sel);
	if (!r.obj) {
		if (ty_underlying(x->type) == ctx->invalid)
			goto error;
		if (r.index)
			check_errorf(c, e->u.sel.sel->pos, "ambiguous selector %s.%s",
				check_expr_string(c, x->expr), sel->name);
		else if (r.indirect)
			check_errorf(c, e->u.sel.sel->pos, "cannot call pointer method %s on %s", sel->name,
				ty_string(x->type, &c->qf));
		else if (ty_underlying(x->type)->kind == TY_POINTER &&
			 ty_underlying(ty_underlying(x->type)->u.ptr.elem)->kind == TY_INTERFACE &&
			 !ty_is_typeparam(ty_underlying(x->type)->u.ptr.elem))
			check_errorf(c, e->u.sel.sel->pos, "%s.%s undefined (type %s is pointer to interface, not interface)",
				check_expr_string(c, x->expr), sel->name, ty_string(x->type, &c->qf));
		else {
			/* the hint when only the case of the first letter differs
			 * (ASCII letters only, for now) */
			char alt[256] = "";
			unsigned char ch = (unsigned char)sel->name[0];
			if (sel->len < (int)sizeof alt && ch < 0x80 &&
			    ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
				memcpy(alt, sel->name, (size_t)sel->len + 1);
				alt[0] = (char)(ch ^ 0x20);
				LookupResult r2 = ty_lookup_field_or_method(x->type, x->mode == MODE_VARIABLE, c->pkg,
					sym_cstr(alt));
				if (!r2.obj)
					alt[0] = 0;
			}
			check_errorf(c, e->u.sel.sel->pos, "%s.%s undefined (type %s has no field or method %s%s%s)",
				check_expr_string(c, x->expr), sel->name, ty_string(x->type, &c->qf), sel->name,
				alt[0] ? ", but does have " : "", alt);
		}
		goto error;
	}
	/* methods may not have their signature yet (types2 declares them
	 * here too); an instance's method is its origin's, substituted */
	if (r.obj->kind == OBJ_FUNC && !ty_func_type(r.obj)) {
		check_obj_decl(c, r.obj->u.func.origin ? r.obj->u.func.origin : r.obj);
		ty_func_type(r.obj);
	}
	/* a method value or expression refers to the method's body */
	if (r.obj->kind == OBJ_FUNC)
		check_add_dep(c, r.obj);
	if (x->mode == MODE_TYPEXPR) {
		/* a method expression: the receiver becomes the first
		 * parameter */
		Object *m = r.obj;
		if (m->kind != OBJ_FUNC) {
			check_errorf(c, e->u.sel.sel->pos, "%s.%s undefined (type %s has no method %s)",
				check_expr_string(c, x->expr), sel->name, ty_string(x->type, &c->qf), sel->name);
			goto error;
		}
		Type *sig = m->type;
		DeclInfo *md = m->u.func.origin ? m->u.func.origin->decl : m->decl;
		if (!sig || (md && md->unsupported) || sig->u.sig.nrparams || sig->u.sig.ntparams) {
			check_unsupported(c);
			goto error;
		}
		if (!sig->u.sig.recv) {
			check_errorf(c, parse_start_pos(e), "illegal cycle in method declaration");
			goto error;
		}
		record_obj(c, e->u.sel.sel, m);
		int np = ty_tuple_len(sig->u.sig.params);
		Object **params = arena_alloc(&ctx->arena, (size_t)(np + 1) * sizeof *params);
		Sym *name = sym_cstr("");
		if (np > 0 && sig->u.sig.params->u.tuple.vars[0]->name->len) {
			Object *rv = sig->u.sig.recv;
			name = rv->name && rv->name->len ? rv->name : sym_cstr("_");
		}
		params[0] = obj_new_var(ctx, sig->u.sig.recv->pos, sig->u.sig.recv->pkg, name, x->type);
		for (int i = 0; i < np; i++)
			params[i + 1] = sig->u.sig.params->u.tuple.vars[i];
		Type *nsig = ty_new_signature(ctx, NULL, ty_new_tuple(ctx, params, np + 1), sig->u.sig.results,
			sig->u.sig.variadic);
		x->mode = MODE_VALUE;
		x->type = nsig;
		x->expr = e;
		return;
	}
	if (r.obj->kind == OBJ_FUNC) {
		/* a method value: the method's signature without receiver */
		Type *sig = r.obj->type;
		DeclInfo *md = r.obj->u.func.origin ? r.obj->u.func.origin->decl : r.obj->decl;
		if (!sig || (md && md->unsupported) || sig->u.sig.nrparams || sig->u.sig.ntparams) {
			check_unsupported(c);
			goto error;
		}
		record_obj(c, e->u.sel.sel, r.obj);
		Type *nsig = ty_new_signature(ctx, NULL, sig->u.sig.params, sig->u.sig.results, sig->u.sig.variadic);
		nsig->u.sig.scope = sig->u.sig.scope;
		x->mode = MODE_VALUE;
		x->type = nsig;
		x->expr = e;
		return;
	}
	if (r.obj->kind != OBJ_VAR) {
		check_unsupported(c);
		goto error;
	}
	record_obj(c, e->u.sel.sel, r.obj);
	x->mode = x->mode == MODE_VARIABLE || r.indirect ? MODE_VARIABLE : MODE_VALUE;
	x->type = r.obj->type;
	x->expr = e;
	return;
error:
	x->mode = MODE_INVALID;
	x->type = ctx->invalid;
	x->expr = e;
}

/* ==================================================================== */
/* Substitution and instances (subst.go, instantiate.go)                 */
/* ==================================================================== */

typedef struct SubstMap {
	Type **from, **to;
	int n;
} SubstMap;

static Type *subst(TypeCtx *ctx, Type *t, const SubstMap *m, int depth);

static Type *subst_tuple(TypeCtx *ctx, Type *tup, const SubstMap *m, int depth, bool *changed)
{
	int n = ty_tuple_len(tup);
	if (n == 0)
		return tup;
	Object **vars = arena_alloc(&ctx->arena, (size_t)n * sizeof *vars);
	bool ch = false;
	for (int i = 0; i < n; i++) {
		Object *v = tup->u.tuple.vars[i];
		Type *nt = subst(ctx, v->type, m, depth + 1);
		if (nt != v->type) {
			Object *nv = obj_new_param(ctx, v->pos, v->pkg, v->name, nt);
			nv->u.var.origin = v;
			vars[i] = nv;
			ch = true;
		} else {
			vars[i] = v;
		}
	}
	if (!ch)
		return tup;
	*changed = true;
	return ty_new_tuple(ctx, vars, n);
}

static Type *subst_signature(TypeCtx *ctx, Type *t, const SubstMap *m, int depth)
{
	bool ch = false;
	Type *params = subst_tuple(ctx, t->u.sig.params, m, depth, &ch);
	Type *results = subst_tuple(ctx, t->u.sig.results, m, depth, &ch);
	if (!ch)
		return t;
	Type *sig = ty_new_signature(ctx, t->u.sig.recv, params, results, t->u.sig.variadic);
	sig->u.sig.scope = t->u.sig.scope;
	return sig;
}

static void resolve_instance(void *ctx, Type *inst);

/* types2's subst: t with the type parameters of m replaced; t itself
 * when nothing changes. */
static Type *subst(TypeCtx *ctx, Type *t, const SubstMap *m, int depth)
{
	if (!t || depth > 100)
		return t;
	switch (t->kind) {
	case TY_TYPEPARAM:
		for (int i = 0; i < m->n; i++)
			if (m->from[i] == t)
				return m->to[i];
		return t;
	case TY_POINTER: {
		Type *e = subst(ctx, t->u.ptr.elem, m, depth + 1);
		return e == t->u.ptr.elem ? t : ty_new_pointer(ctx, e);
	}
	case TY_SLICE: {
		Type *e = subst(ctx, t->u.slice.elem, m, depth + 1);
		return e == t->u.slice.elem ? t : ty_new_slice(ctx, e);
	}
	case TY_ARRAY: {
		Type *e = subst(ctx, t->u.array.elem, m, depth + 1);
		return e == t->u.array.elem ? t : ty_new_array(ctx, e, t->u.array.len);
	}
	case TY_MAP: {
		Type *k = subst(ctx, t->u.map.key, m, depth + 1), *e = subst(ctx, t->u.map.elem, m, depth + 1);
		return k == t->u.map.key && e == t->u.map.elem ? t : ty_new_map(ctx, k, e);
	}
	case TY_CHAN: {
		Type *e = subst(ctx, t->u.chan.elem, m, depth + 1);
		return e == t->u.chan.elem ? t : ty_new_chan(ctx, t->u.chan.dir, e);
	}
	case TY_STRUCT: {
		int n = t->u.strct.nfields;
		Object **fields = arena_alloc(&ctx->arena, (size_t)(n + 1) * sizeof *fields);
		bool ch = false;
		for (int i = 0; i < n; i++) {
			Object *f = t->u.strct.fields[i];
			Type *nt = subst(ctx, f->type, m, depth + 1);
			if (nt != f->type) {
				fields[i] = obj_new_field(ctx, f->pos, f->pkg, f->name, nt, f->u.var.embedded);
				fields[i]->u.var.origin = f;
				ch = true;
			} else {
				fields[i] = f;
			}
		}
		return ch ? ty_new_struct(ctx, fields, t->u.strct.tags, n) : t;
	}
	case TY_SIGNATURE:
		return subst_signature(ctx, t, m, depth);
	case TY_UNION: {
		int n = t->u.uni.nterms;
		Term *terms = arena_alloc(&ctx->arena, (size_t)n * sizeof *terms);
		bool ch = false;
		for (int i = 0; i < n; i++) {
			terms[i] = t->u.uni.terms[i];
			terms[i].type = subst(ctx, t->u.uni.terms[i].type, m, depth + 1);
			ch |= terms[i].type != t->u.uni.terms[i].type;
		}
		return ch ? ty_new_union(ctx, terms, n) : t;
	}
	case TY_INTERFACE: {
		bool ch = false;
		int nm = t->u.iface.nmethods, ne = t->u.iface.nembeddeds;
		Object **ms = arena_alloc(&ctx->arena, (size_t)(nm + 1) * sizeof *ms);
		Type **es = arena_alloc(&ctx->arena, (size_t)(ne + 1) * sizeof *es);
		for (int i = 0; i < nm; i++) {
			Object *f = t->u.iface.methods[i];
			Type *ns = subst(ctx, f->type, m, depth + 1);
			ms[i] = f;
			if (ns != f->type) {
				ms[i] = obj_new_func(ctx, f->pos, f->pkg, f->name, ns);
				ms[i]->u.func.origin = f;
				ch = true;
			}
		}
		for (int i = 0; i < ne; i++) {
			es[i] = subst(ctx, t->u.iface.embeddeds[i], m, depth + 1);
			ch |= es[i] != t->u.iface.embeddeds[i];
		}
		if (!ch)
			return t;
		Type *it = ty_new_interface_empty(ctx);
		for (int i = 0; i < nm; i++)
			ty_interface_add_method(it, ms[i]);
		for (int i = 0; i < ne; i++)
			ty_interface_add_embedded(it, es[i],
				t->u.iface.embedpos ? t->u.iface.embedpos[i] : (Pos){0});
		it->u.iface.implicit = t->u.iface.implicit;
		ty_interface_complete(it);
		return it;
	}
	case TY_NAMED: {
		/* a shape, for irgen's dictionaries (shaped types to
		 * concrete ones) */
		for (int i = 0; i < m->n; i++)
			if (m->from[i] == t)
				return m->to[i];
		int n = t->u.named.ntargs;
		if (n == 0)
			return t;
		/* an instance with the wrong number of type arguments (reported
		 * elsewhere) substitutes to an invalid type, as in types2 */
		if (m->n && n != ty_named_ntparams(t->u.named.orig))
			return ctx->invalid;
		Type **targs = arena_alloc(&ctx->arena, (size_t)n * sizeof *targs);
		bool ch = false;
		for (int i = 0; i < n; i++) {
			targs[i] = subst(ctx, t->u.named.targs[i], m, depth + 1);
			ch |= targs[i] != t->u.named.targs[i];
		}
		if (!ch)
			return t;
		Type *inst = ty_new_instance(ctx, t->u.named.orig, targs, n);
		ty_named_set_resolver(inst, resolve_instance, ctx);
		return inst;
	}
	default:
		return t;
	}
}

/* An instance's underlying type: the generic type's, substituted.  Its
 * methods are not made yet (method sets of instances are unsupported,
 * see check_type_unsupported and check_implements). */
static void resolve_instance(void *ctx, Type *inst)
{
	Type *orig = inst->u.named.orig;
	SubstMap m = {orig->u.named.tparams, inst->u.named.targs, inst->u.named.ntargs};
	if (orig->u.named.ntparams != inst->u.named.ntargs) {
		ty_named_set_underlying(inst, ((TypeCtx *)ctx)->invalid);
		return;
	}
	Type *u = ty_underlying(orig);
	ty_named_set_underlying(inst, subst(ctx, u, &m, 0));
}

/* types2's expandMethod: the signature of origin (a method of inst's
 * generic type) with its receiver type parameters replaced by inst's
 * type arguments, and inst (or *inst) as receiver. */
static Type *expand_method(void *vctx, Type *inst, Object *origin)
{
	TypeCtx *ctx = vctx;
	Type *sig = origin->type;
	if (!sig || sig->kind != TY_SIGNATURE)
		return sig;
	Type *ns = sig;
	if (sig->u.sig.nrparams == inst->u.named.ntargs) {
		SubstMap m = {sig->u.sig.rparams, inst->u.named.targs, inst->u.named.ntargs};
		ns = subst_signature(ctx, sig, &m, 0);
	}
	Type *out = ty_new_signature(ctx, NULL, ns->u.sig.params, ns->u.sig.results, ns->u.sig.variadic);
	out->u.sig.scope = sig->u.sig.scope;
	if (ns->u.sig.ntparams)
		ty_signature_set_tparams(out, ns->u.sig.tparams, ns->u.sig.ntparams);
	Object *rv = sig->u.sig.recv;
	if (rv) {
		bool ptr;
		ty_deref(rv->type, &ptr);
		Type *rt = ptr ? ty_new_pointer(ctx, inst) : inst;
		Object *nrv = obj_new_param(ctx, rv->pos, rv->pkg, rv->name, rt);
		nrv->u.var.origin = rv;
		out->u.sig.recv = nrv;
	}
	return out;
}

void check_init_instances(TypeCtx *ctx)
{
	ctx->expand_method = expand_method;
	ctx->expand_ctx = ctx;
}

Type *check_subst(Checker *c, Type *t, Type **from, Type **to, int n)
{
	return check_subst_ctx(c->ctx, t, from, to, n);
}

Type *check_subst_ctx(TypeCtx *ctx, Type *t, Type **from, Type **to, int n)
{
	SubstMap m = {from, to, n};
	return subst(ctx, t, &m, 0);
}

/* types2's genericType: x must denote a generic type. */
static Type *typ_internal(Checker *c, Node *e, Type *def);
Type *check_generic_type(Checker *c, Node *x, bool report)
{
	Type *t = typ_internal(c, x, NULL);
	if (t != c->ctx->invalid && !ty_is_generic(t)) {
		if (report)
			check_errorf(c, parse_start_pos(x), "%s is not a generic type", ty_string(t, &c->qf));
		t = c->ctx->invalid;
	}
	TypeInfo *ti = check_ti(c, x);
	ti->type = t;
	ti->mode = MODE_TYPEXPR;
	return t;
}

/* types2's instantiatedType.  The type arguments are checked against
 * their constraints only when the constraints are empty interfaces;
 * other instantiations are unsupported (verify is not written yet). */
static Type *instantiated_type(Checker *c, Node *e)
{
	Type *gtyp = check_generic_type(c, e->u.index.x, true);
	if (gtyp == c->ctx->invalid)
		return gtyp;
	Node *idx = e->u.index.index;
	NodeList xl = {&idx, 1};
	if (idx->kind == N_LIST)
		xl = idx->u.list.elems;
	Type **targs = arena_alloc(&c->ctx->arena, (size_t)(xl.n + 1) * sizeof *targs);
	for (int i = 0; i < xl.n; i++) {
		targs[i] = check_var_type(c, xl.v[i]);
		if (targs[i] == c->ctx->invalid)
			return c->ctx->invalid;
	}
	/* a wrong number of type arguments is reported later, with the
	 * verification; until then (and after) the instance stands, its
	 * underlying type invalid, as in types2 */
	int ntp = ty_named_ntparams(gtyp);
	Type *inst = ty_new_instance(c->ctx, gtyp, targs, xl.n);
	ty_named_set_resolver(inst, resolve_instance, c->ctx);
	check_record_instance(c, e, targs, xl.n, inst);
	/* types2's verify, once the package's declarations are done */
	for (int i = 0; ntp == xl.n && i < ntp; i++) {
		Type *b = ty_named_tparam(gtyp, i)->u.tparam.constraint;
		if (!b || b == c->ctx->invalid) {
			check_unsupported(c);
			return inst;
		}
	}
	check_later(c, LATER_VERIFY, inst, e->u.index.x->pos, idx);
	c->later[c->nlater - 1].owner = c->npath ? check_decl_info(c->path[c->npath - 1]) : NULL;
	return inst;
}

/* types2's verify: each type argument of inst implements its
 * constraint (substituted).  When that cannot be decided yet (method
 * sets of instances), the declaration that wrote inst is unsupported. */
void check_verify_instance(Checker *c, Later *l)
{
	Type *inst = l->type, *gtyp = inst->u.named.orig;
	int n = inst->u.named.ntargs;
	int ntp = ty_named_ntparams(gtyp);
	if (n != ntp) {
		check_errorf(c, l->pos, "got %d arguments but %d type parameters", n, ntp);
		return;
	}
	Type **from = arena_alloc(&c->ctx->arena, (size_t)(n + 1) * sizeof *from);
	for (int i = 0; i < n; i++)
		from[i] = ty_named_tparam(gtyp, i);
	Node *idx = l->node;
	for (int i = 0; i < n; i++) {
		Type *iface = ty_typeparam_iface(from[i]);
		if (ty_iface_empty(iface))
			continue;
		/* the constraint as written (a named interface prints by its
		 * name) */
		Type *bound = from[i]->u.tparam.constraint;
		if (!bound || !ty_is_interface(bound))
			bound = iface;
		Type *bi = check_subst(c, bound, from, inst->u.named.targs, n);
		Type *targ = inst->u.named.targs[i];
		TyBuf why = {0};
		int r = ty_iface_nmethods(ty_underlying(bi)) > 0 ? check_implements(c, targ, bi, &why)
			: ty_implements_why(targ, bi, &why, &c->qf);
		if (r < 0) {
			if (l->owner) {
				l->owner->unsupported = true;
				ty_shape_bump(c->ctx);
			}
			tybuf_free(&why);
			return;
		}
		if (r == 0) {
			Node *arg = idx->kind == N_LIST && i < idx->u.list.elems.n ? idx->u.list.elems.v[i] : idx;
			check_errorf(c, parse_start_pos(arg), "%s", why.str);
			tybuf_free(&why);
			return;
		}
		tybuf_free(&why);
	}
	NodeList xlist = {&l->node, 1};
	if (idx->kind == N_LIST)
		xlist = idx->u.list.elems;
	check_mono_instance(c, l->pos, from, inst->u.named.targs, n, xlist);
}

static void not_a_type(Checker *c, Operand *x)
{
	TyBuf b = {0};
	check_operand_string(c, &b, x);
	if (x->mode == MODE_NOVALUE)
		check_errorf(c, parse_start_pos(x->expr), "%s used as type", b.str);
	else
		check_errorf(c, parse_start_pos(x->expr), "%s is not a type", b.str);
	tybuf_free(&b);
}

/* types2's typInternal. */
static Type *typ_internal(Checker *c, Node *e, Type *def)
{
	TypeCtx *ctx = c->ctx;
	Operand x = {0};
	switch (e->kind) {
	case N_BAD:
		break;
	case N_NAME:
	case N_SELECTOR:
		if (e->kind == N_NAME)
			check_ident(c, &x, e, true);
		else
			check_selector(c, &x, e);
		if (x.mode == MODE_TYPEXPR)
			return x.type;
		if (x.mode != MODE_INVALID)
			not_a_type(c, &x);
		break;
	case N_INDEX:
		return instantiated_type(c, e);
	case N_PAREN:
		return check_defined_type(c, e->u.paren.x, def);
	case N_ARRAYTYPE: {
		int64_t len = -1;
		if (e->u.array.len)
			len = check_array_length(c, e->u.array.len);
		else
			check_errorf(c, e->pos, "invalid use of [...] array (outside a composite literal)");
		Type *elem = check_var_type(c, e->u.array.elem);
		if (len >= 0)
			return ty_new_array(ctx, elem, len);
		break;
	}
	case N_SLICETYPE:
		return ty_new_slice(ctx, check_var_type(c, e->u.slicetype.elem));
	case N_DOTSTYPE:
		check_errorf(c, e->pos, "invalid use of '...'");
		break;
	case N_STRUCTTYPE:
		return check_struct_type(c, e);
	case N_OPERATION:
		if (e->u.op.op == OP_MUL && !e->u.op.y) {
			Type *base = check_var_type(c, e->u.op.x);
			if (base == ctx->invalid)
				return ctx->invalid;
			return ty_new_pointer(ctx, base);
		}
		check_errorf(c, parse_start_pos(e), "%s is not a type", check_expr_string(c, e));
		break;
	case N_FUNCTYPE:
		return check_func_type(c, NULL, e, (NodeList){0});
	case N_INTERFACETYPE:
		return check_interface_type(c, e, def);
	case N_MAPTYPE: {
		Type *key = check_var_type(c, e->u.map.key);
		Type *elem = check_var_type(c, e->u.map.val);
		check_later(c, LATER_MAP_KEY, key, parse_start_pos(e->u.map.key), e->u.map.key);
		return ty_new_map(ctx, key, elem);
	}
	case N_CHANTYPE: {
		ChanDir dir = e->u.chantype.dir == CHAN_SEND ? DIR_SEND
			: e->u.chantype.dir == CHAN_RECV ? DIR_RECV : DIR_SENDRECV;
		return ty_new_chan(ctx, dir, check_var_type(c, e->u.chantype.elem));
	}
	default:
		/* an expression where a type belongs */
		if (e->kind == N_CALL || e->kind == N_BASICLIT || e->kind == N_COMPOSITELIT ||
		    e->kind == N_FUNCLIT || e->kind == N_SLICE || e->kind == N_ASSERT ||
		    e->kind == N_KEYVALUE || e->kind == N_LIST)
			check_errorf(c, parse_start_pos(e), "%s is not a type", check_expr_string(c, e));
		else
			check_unsupported(c);
		break;
	}
	return ctx->invalid;
}

Type *check_defined_type(Checker *c, Node *e, Type *def)
{
	Type *t = typ_internal(c, e, def);
	if (ty_is_generic(t)) {
		check_errorf(c, parse_start_pos(e), "cannot use generic type %s without instantiation",
			ty_string(t, &c->qf));
		t = c->ctx->invalid;
	}
	TypeInfo *ti = check_ti(c, e);
	ti->type = t;
	ti->mode = MODE_TYPEXPR;
	return t;
}

Type *check_typ(Checker *c, Node *e)
{
	return check_defined_type(c, e, NULL);
}

/* types2's varType: a type, which must not be an interface with a
 * type set other than a method set (checked later: validVarType). */
Type *check_var_type(Checker *c, Node *e)
{
	Type *t = check_defined_type(c, e, NULL);
	/* only an interface, or a defined type that may be one, can fail */
	bool maybe = t->kind == TY_INTERFACE;
	if (t->kind == TY_NAMED) {
		Type *u = t->u.named.underlying;
		maybe = !u || u->kind == TY_INTERFACE || t->u.named.resolve;
	}
	if (maybe)
		check_later(c, LATER_VAR_TYPE, t, parse_start_pos(e), e);
	return t;
}

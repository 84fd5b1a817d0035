/*
 * check_decl.c — declarations (types2's decl.go, signature.go, struct.go,
 * interface.go, union.go).
 *
 * objDecl paints an object grey while its declaration is checked and
 * black when done; meeting a grey object again is a cycle, valid or not
 * (validCycle: a cycle of constants and variables is left to the init
 * order, a cycle of types needs at least one type definition).  The
 * object path (c->path) is the stack of grey objects; a grey object's
 * colour minus COLOR_GREY is its index there.
 *
 * Type parameters are declared for generic types, functions and the
 * receivers of their methods (the receiver's type parameters get the
 * base type's bounds, substituted).
 *
 * Not here yet: function bodies, var declarations with several names and
 * one initialiser, union term errors, generic aliases.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* ==================================================================== */
/* Cycles                                                                */
/* ==================================================================== */

static int push_path(Checker *c, Object *obj)
{
	if (c->npath == c->cappath) {
		c->cappath = c->cappath ? 2 * c->cappath : 32;
		c->path = xrealloc(c->path, (size_t)c->cappath * sizeof *c->path);
	}
	c->path[c->npath] = obj;
	return c->npath++;
}

/* types2's cycleError: report the cycle starting at the object that
 * comes first in the source. */
static void cycle_error(Checker *c, Object **cycle, int n)
{
	int first = 0;
	for (int i = 1; i < n; i++)
		if (pos_cmp(cycle[i]->pos, cycle[first]->pos) < 0)
			first = i;
	Object *obj = cycle[first];
	TyBuf b = {0};
	if (obj->kind == OBJ_TYPENAME)
		tybuf_printf(&b, "invalid recursive type %s", obj->name->name);
	else
		tybuf_printf(&b, "illegal cycle in declaration of %s", obj->name->name);
	int i = first;
	char where[512];
	for (int k = 0; k < n; k++) {
		diag_format_pos(cycle[i]->pos, where, sizeof where);
		tybuf_printf(&b, "\n\t%s: %s refers to", where, cycle[i]->name->name);
		i = (i + 1) % n;
	}
	diag_format_pos(cycle[i]->pos, where, sizeof where);
	tybuf_printf(&b, "\n\t%s: %s", where, cycle[i]->name->name);
	check_errorf(c, obj->pos, "%s", b.str);
	tybuf_free(&b);
}

static bool valid_cycle(Checker *c, Object *obj)
{
	int start = (int)(obj->color - COLOR_GREY);
	Object **cycle = c->path + start;
	int n = c->npath - start, nval = 0, ndef = 0;
	bool tpar_cycle = false;
	for (int i = 0; i < n; i++) {
		Object *o = cycle[i];
		if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
			nval++;
		else if (o->kind == OBJ_TYPENAME) {
			/* a generic type met again inside a type parameter list */
			if (c->in_tparam_list && o->type && ty_is_generic(o->type)) {
				tpar_cycle = true;
				break;
			}
			if (!check_decl_info(o)->tdecl->u.typedecl.alias)
				ndef++;
		}
	}
	if (!tpar_cycle) {
		if (nval == n)
			return true;
		if (nval == 0 && ndef > 0)
			return true;
	}
	cycle_error(c, cycle, n);
	return false;
}

/* ==================================================================== */
/* Constants and variables                                               */
/* ==================================================================== */

static void set_const_val(Checker *c, Object *obj, Const v)
{
	Const *p = arena_alloc(&c->ctx->arena, sizeof *p);
	*p = v;
	obj->u.cnst.val = p;
}

/* types2's initConst */
static void init_const(Checker *c, Object *lhs, Operand *x)
{
	Type *invalid = c->ctx->invalid;
	if (x->mode == MODE_INVALID || x->type == invalid || lhs->type == invalid) {
		if (!lhs->type)
			lhs->type = invalid;
		return;
	}
	if (x->mode != MODE_CONSTANT) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		check_errorf(c, parse_start_pos(x->expr), "%s is not constant", b.str);
		tybuf_free(&b);
		if (!lhs->type)
			lhs->type = invalid;
		return;
	}
	if (!lhs->type)
		lhs->type = x->type;
	check_assignment(c, x, lhs->type, "constant declaration");
	if (x->mode == MODE_INVALID)
		return;
	set_const_val(c, lhs, x->val);
}

static void const_decl(Checker *c, Object *obj, DeclInfo *d)
{
	c->has_iota = true;
	c->iota = d->iota;
	set_const_val(c, obj, const_make_unknown());
	if (d->vtyp) {
		Type *t = check_typ(c, d->vtyp);
		if (!ty_is_const_type(t)) {
			if (ty_underlying(t) != c->ctx->invalid)
				check_errorf(c, parse_start_pos(d->vtyp), "invalid constant type %s",
					ty_string(t, &c->qf));
			obj->type = c->ctx->invalid;
			return;
		}
		obj->type = t;
	}
	Operand x = {0};
	if (d->init) {
		if (d->inherited)
			c->errpos = obj->pos;
		check_expr(c, &x, d->init);
	}
	init_const(c, obj, &x);
}

/* types2's initVar: lhs gets x's (default) type if it has none. */
static void init_var(Checker *c, Object *lhs, Operand *x, const char *context)
{
	Type *invalid = c->ctx->invalid;
	if (x->mode == MODE_INVALID || x->type == invalid || lhs->type == invalid) {
		if (!lhs->type)
			lhs->type = invalid;
		return;
	}
	if (!lhs->type) {
		Type *t = x->type;
		if (ty_is_untyped(t)) {
			if (t == c->ctx->typ[B_UNTYPED_NIL]) {
				check_errorf(c, x->expr ? parse_start_pos(x->expr) : lhs->pos, "use of untyped nil in %s", context);
				lhs->type = invalid;
				return;
			}
			t = ty_default(c->ctx, t);
		}
		lhs->type = t;
	}
	check_assignment(c, x, lhs->type, context);
}

/* types2's assignError. */
static void assign_error(Checker *c, Node *rhs0, int nvars, int nvals)
{
	char vars[64], vals[64];
	snprintf(vars, sizeof vars, "%d variable%s", nvars, nvars == 1 ? "" : "s");
	snprintf(vals, sizeof vals, "%d value%s", nvals, nvals == 1 ? "" : "s");
	Node *u = rhs0;
	while (u->kind == N_PAREN)
		u = u->u.paren.x;
	if (u->kind == N_CALL)
		check_errorf(c, parse_start_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars,
			check_expr_string(c, u->u.call.fun), vals);
	else
		check_errorf(c, parse_start_pos(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

/* types2's varDecl.  With a declared type, the var's type stands
 * whatever its initialiser holds (an unsupported initialiser does not
 * make the var unsupported). */
static void var_decl(Checker *c, Object *obj, DeclInfo *d)
{
	Type *invalid = c->ctx->invalid;
	if (d->vtyp)
		obj->type = check_var_type(c, d->vtyp);
	if (!d->init) {
		if (!d->vtyp)
			obj->type = invalid;
		return;
	}
	int before = c->unsupported;
	if (d->nlhs <= 1) {
		Operand x = {0};
		check_expr(c, &x, d->init);
		init_var(c, obj, &x, "variable declaration");
	} else {
		/* several variables, one initialiser */
		if (d->vtyp)
			for (int i = 0; i < d->nlhs; i++)
				d->lhs[i]->type = obj->type;
		int n;
		bool comma_ok;
		NodeList rl = {&d->init, 1};
		Operand *rhs = check_expr_list(c, rl, d->nlhs == 2, &n, &comma_ok);
		if (n != d->nlhs) {
			for (int i = 0; i < d->nlhs; i++)
				if (!d->lhs[i]->type)
					d->lhs[i]->type = invalid;
			bool any_invalid = false;
			for (int i = 0; i < n; i++)
				any_invalid |= rhs[i].mode == MODE_INVALID;
			if (!any_invalid)
				assign_error(c, d->init, d->nlhs, n);
		} else {
			for (int i = 0; i < n; i++)
				init_var(c, d->lhs[i], &rhs[i], "assignment");
			if (comma_ok && rhs[0].mode != MODE_INVALID && rhs[1].mode != MODE_INVALID)
				check_record_comma_ok(c, d->init, rhs[0].type, rhs[1].type);
		}
		free(rhs);
	}
	if (d->vtyp)
		c->unsupported = before;
}

/* ==================================================================== */
/* Types                                                                 */
/* ==================================================================== */

/* types2's declareTypeParam: a type name for a new type parameter,
 * declared in the current scope. */
static Type *declare_type_param(Checker *c, Node *name)
{
	Object *tn = obj_new_typename(c->ctx, name->pos, c->pkg, name->u.name.sym, NULL);
	Type *tp = ty_new_typeparam(c->ctx, tn, c->ctx->invalid);
	if (!check_is_blank(tn->name)) {
		Object *alt = scope_insert(c->scope, tn);
		if (alt)
			check_error_alt(c, tn->pos, alt, "%s redeclared in this block", tn->name->name);
		else
			tn->scope_pos = c->scope->pos;
	}
	check_ti(c, name)->obj = tn;
	return tp;
}

static Type *parse_union(Checker *c, Node *e);

/* types2's bound: ~T and A|B written as a constraint stand for an
 * implicit interface. */
static Type *bound(Checker *c, Node *x)
{
	if (x->kind == N_OPERATION && ((x->u.op.op == OP_TILDE && !x->u.op.y) || (x->u.op.op == OP_OR && x->u.op.y))) {
		Type *it = ty_new_interface_empty(c->ctx);
		ty_interface_add_embedded(it, parse_union(c, x), parse_start_pos(x));
		it->u.iface.implicit = true;
		ty_interface_complete(it);
		check_later(c, LATER_TYPESET, it, x->pos, NULL);
		TypeInfo *ti = check_ti(c, x);
		ti->type = it;
		ti->mode = MODE_TYPEXPR;
		return it;
	}
	return check_typ(c, x);
}

/* types2's collectTypeParams: the type parameters of list (N_FIELDs),
 * declared in the current scope; named (if not NULL) gets them before
 * their bounds are checked, as bounds may refer to it. */
static Type **collect_type_params(Checker *c, NodeList list, Type *named)
{
	Type **tps = arena_alloc(&c->ctx->arena, (size_t)(list.n + 1) * sizeof *tps);
	for (int i = 0; i < list.n; i++)
		tps[i] = declare_type_param(c, list.v[i]->u.field.name);
	if (named)
		ty_named_set_tparams(named, tps, list.n);
	bool saved = c->in_tparam_list;
	c->in_tparam_list = true;
	Type *b = NULL;
	for (int i = 0; i < list.n; i++) {
		Node *f = list.v[i];
		if (i == 0 || f->u.field.type != list.v[i - 1]->u.field.type) {
			b = bound(c, f->u.field.type);
			if (ty_is_typeparam(b)) {
				check_errorf(c, parse_start_pos(f->u.field.type), "cannot use a type parameter as constraint");
				b = c->ctx->invalid;
			}
		}
		ty_typeparam_set_constraint(tps[i], b);
	}
	c->in_tparam_list = saved;
	return tps;
}

/* types2's collectMethods: add the methods declared with base type obj
 * to its Named type, reporting duplicates. */
static void collect_methods(Checker *c, Object *obj)
{
	DeclInfo *d = check_decl_info(obj);
	if (!d->nmethods)
		return;
	Type *base = obj->type && obj->type->kind == TY_NAMED ? obj->type : NULL;
	if (base)
		check_later(c, LATER_FIELD_METHODS, base, obj->pos, NULL);
	for (int i = 0; i < d->nmethods; i++) {
		Object *m = d->methods[i];
		Object *alt = NULL;
		if (base)
			for (int k = 0; k < base->u.named.nmethods && !alt; k++)
				if (base->u.named.methods[k]->name == m->name)
					alt = base->u.named.methods[k];
		if (alt) {
			check_error_alt(c, m->pos, alt, "%s.%s redeclared in this block", obj->name->name,
				m->name->name);
			continue;
		}
		if (base)
			ty_named_add_method(base, m);
	}
	d->nmethods = 0;
}

/* The type expression of a type declaration, parentheses dropped. */
static Node *decl_rhs_node(Checker *c, Object *o)
{
	if (o->kind != OBJ_TYPENAME || o->pkg != c->pkg)
		return NULL;
	DeclInfo *d = check_decl_info(o);
	if (!d || !d->tdecl)
		return NULL;
	Node *t = d->tdecl->u.typedecl.type;
	while (t && t->kind == N_PAREN)
		t = t->u.paren.x;
	return t;
}

/* The grey objects from path[start] to the top of the path lead from
 * one to the next only through right-hand sides that are no type
 * literals (type A B; type B A): a cycle of type names, invalid.  Once a
 * literal is on the way (type T1 struct{ Next *T2 }; type T2 T1), the
 * cycle is T1's to validate (validType), as types2 has it. */
static bool names_only_cycle(Checker *c, int start)
{
	for (int i = start; i < c->npath; i++) {
		Node *t = decl_rhs_node(c, c->path[i]);
		if (!t)
			return true;
		switch (t->kind) {
		case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
		case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE:
			return false;
		case N_OPERATION:  /* *T */
			if (t->u.op.op == OP_MUL && !t->u.op.y)
				return false;
			break;
		default:
			break;
		}
	}
	return true;
}

static bool is_pending(Checker *c, Type *t)
{
	for (int i = 0; i < c->npending; i++)
		if (c->pending[i].named == t)
			return true;
	return false;
}

/* Give the pending definitions whose right-hand side now has an
 * underlying type that type, in chains (T9 T3, T8 T9, ...). */
static void resolve_pending(Checker *c)
{
	bool changed = true;
	while (changed) {
		changed = false;
		for (int i = 0; i < c->npending; i++) {
			Type *u = c->pending[i].rhs->u.named.underlying;
			if (!u)
				continue;
			ty_named_set_underlying(c->pending[i].named, u);
			c->pending[i] = c->pending[--c->npending];
			changed = true;
			i--;
		}
	}
}

void check_pending_done(Checker *c)
{
	for (int i = 0; i < c->npending; i++)
		ty_named_set_underlying(c->pending[i].named, c->ctx->invalid);
	c->npending = 0;
	free(c->pending);
	c->pending = NULL;
	c->cappending = 0;
}

static void type_decl(Checker *c, Object *obj, DeclInfo *d)
{
	Node *td = d->tdecl;
	/* types2 reports a generic alias and goes on with a type definition */
	if (td->u.typedecl.alias && td->u.typedecl.tparams.n)
		check_errorf(c, obj->pos, "generic type cannot be alias");
	else if (td->u.typedecl.alias) {
		obj->type = c->ctx->invalid;
		obj->type = check_typ(c, td->u.typedecl.type);
		return;
	}
	Type *named = ty_new_named(c->ctx, obj, NULL);
	named->u.named.notinheap = (td->u.typedecl.pragma.flags & PRAG_NOTINHEAP) != 0;
	obj->type = named;
	check_later(c, LATER_VALID_TYPE, named, obj->pos, NULL);
	Scope *saved_scope = c->scope;
	if (td->u.typedecl.tparams.n) {
		c->scope = scope_new(c->ctx, c->scope, td->pos, td->pos, "type parameters");
		collect_type_params(c, td->u.typedecl.tparams, named);
	}
	Type *rhs = check_defined_type(c, td->u.typedecl.type, named);
	c->scope = saved_scope;
	d->rhs = rhs;
	Type *u = rhs;
	if (rhs->kind == TY_NAMED) {
		u = rhs->u.named.underlying;
		if (!u && rhs->u.named.resolve)
			u = ty_underlying(rhs);
		if (!u) {
			/* the right-hand side is still being declared */
			Object *o = rhs->u.named.obj;
			bool grey = o->color >= COLOR_GREY;
			int start = grey ? (int)(o->color - COLOR_GREY) : 0;
			if (grey && names_only_cycle(c, start)) {
				cycle_error(c, c->path + start, c->npath - start);
			} else if (grey || is_pending(c, rhs)) {
				if (c->npending == c->cappending) {
					c->cappending = c->cappending ? 2 * c->cappending : 8;
					c->pending = xrealloc(c->pending, (size_t)c->cappending * sizeof *c->pending);
				}
				c->pending[c->npending++] = (struct PendingNamed){named, rhs};
				return;
			}
			u = c->ctx->invalid;
		}
	} else if (rhs->kind == TY_TYPEPARAM) {
		u = c->ctx->invalid;
	}
	ty_named_set_underlying(named, u);
	if (c->npending)
		resolve_pending(c);
}

/* ==================================================================== */
/* Functions                                                             */
/* ==================================================================== */

static void squash_err(void *ctx, Object *obj, Object *alt)
{
	Checker *c = ctx;
	check_error_alt(c, obj->pos, alt, "%s redeclared in this block", obj->name->name);
}

static void declare_param(Checker *c, Scope *scope, Node *id, Object *obj)
{
	if (!check_is_blank(obj->name)) {
		Object *alt = scope_insert(scope, obj);
		if (alt) {
			check_error_alt(c, obj->pos, alt, "%s redeclared in this block", obj->name->name);
			return;
		}
		obj->scope_pos = scope->pos;
	}
	check_ti(c, id)->obj = obj;
}

/* types2's collectParams: the Vars of a parameter list, declared in
 * scope; *variadic when the last one is ...T. */
static Type *collect_params(Checker *c, Scope *scope, NodeList list, bool variadic_ok, bool *variadic)
{
	Object **vars = arena_alloc(&c->ctx->arena, (size_t)(list.n + 1) * sizeof *vars);
	Type *typ = NULL;
	Node *prev = NULL;
	bool named = false, anonymous = false;
	*variadic = false;
	for (int i = 0; i < list.n; i++) {
		Node *field = list.v[i];
		Node *ftype = field->u.field.type;
		if (i == 0 || ftype != prev) {
			prev = ftype;
			if (ftype->kind == N_DOTSTYPE) {
				Node *t = ftype;
				ftype = t->u.slicetype.elem;
				if (variadic_ok && i == list.n - 1)
					*variadic = true;
				else
					check_errorf(c, t->pos, "can only use ... with final parameter in list");
			}
			typ = check_var_type(c, ftype);
		}
		Object *par;
		if (field->u.field.name) {
			Node *id = field->u.field.name;
			par = obj_new_param(c->ctx, id->pos, c->pkg, id->u.name.sym, typ);
			declare_param(c, scope, id, par);
			named = true;
		} else {
			par = obj_new_param(c->ctx, field->pos, c->pkg, sym_cstr(""), typ);
			anonymous = true;
		}
		vars[i] = par;
	}
	if (named && anonymous)
		check_errorf(c, list.v[0]->pos, "invalid AST: list contains both named and anonymous parameters");
	if (*variadic) {
		Object *last = vars[list.n - 1];
		last->type = ty_new_slice(c->ctx, last->type);
		/* the ...T node has type []T */
		TypeInfo *ti = check_ti(c, list.v[list.n - 1]->u.field.type);
		ti->type = last->type;
		ti->mode = MODE_TYPEXPR;
	}
	return ty_new_tuple(c->ctx, vars, list.n);
}

/* The receiver's type parameters (types2's unpackRecv with
 * unpackParams): the names in T[A, B] of a receiver (*)T[A, B], and the
 * base type name T. */
static NodeList recv_type_params(Checker *c, Node *rtyp, Node **rname)
{
	NodeList none = {0};
	*rname = NULL;
	for (;;) {
		if (rtyp->kind == N_PAREN)
			rtyp = rtyp->u.paren.x;
		else if (rtyp->kind == N_OPERATION && rtyp->u.op.op == OP_MUL && !rtyp->u.op.y)
			rtyp = rtyp->u.op.x;
		else
			break;
	}
	if (rtyp->kind != N_INDEX)
		return none;
	if (rtyp->u.index.x->kind == N_NAME)
		*rname = rtyp->u.index.x;
	Node *idx = rtyp->u.index.index;
	NodeList l = {NULL, 0};
	if (idx->kind == N_LIST) {
		l = idx->u.list.elems;
	} else {
		l.v = arena_alloc(&c->src->arena, sizeof *l.v);
		l.v[0] = idx;
		l.n = 1;
	}
	NodeList out = l;
	for (int i = 0; i < l.n; i++) {
		if (l.v[i]->kind == N_NAME || l.v[i]->kind == N_BAD)
			continue;
		check_errorf(c, parse_start_pos(l.v[i]), "receiver type parameter %s must be an identifier",
			check_expr_string(c, l.v[i]));
		/* it stands for a blank type parameter, as in types2 */
		if (out.v == l.v) {
			out.v = arena_alloc(&c->src->arena, (size_t)l.n * sizeof *out.v);
			memcpy(out.v, l.v, (size_t)l.n * sizeof *out.v);
		}
		Node *blank = arena_alloc(&c->src->arena, sizeof *blank);
		blank->kind = N_NAME;
		blank->pos = parse_start_pos(l.v[i]);
		blank->u.name.sym = sym_cstr("_");
		out.v[i] = blank;
	}
	for (int i = 0; i < out.n; i++)
		if (out.v[i]->kind != N_NAME)
			return none;
	return out;
}

/* types2's funcType: the signature of a function type or declaration
 * (recv is the receiver field or NULL, tparams the declaration's type
 * parameters). */
Type *check_func_type(Checker *c, Node *recv, Node *ftype, NodeList tparams)
{
	Scope *saved = c->scope;
	Scope *fscope = scope_new(c->ctx, c->scope, ftype->pos, ftype->pos, "function");
	fscope->is_func = true;
	c->scope = fscope;
	Type **rtps = NULL, **tps = NULL;
	int nrtps = 0;
	if (recv && recv->u.field.type) {
		Node *rname;
		NodeList rl = recv_type_params(c, recv->u.field.type, &rname);
		if (rl.n) {
			rtps = arena_alloc(&c->ctx->arena, (size_t)rl.n * sizeof *rtps);
			for (int i = 0; i < rl.n; i++) {
				rtps[i] = declare_type_param(c, rl.v[i]);
			}
			nrtps = rl.n;
			Type *base = rname ? check_generic_type(c, rname, false) : c->ctx->invalid;
			int nb = base != c->ctx->invalid ? ty_named_ntparams(base) : 0;
			if (base != c->ctx->invalid && nb == nrtps) {
				Type **from = arena_alloc(&c->ctx->arena, (size_t)nb * sizeof *from);
				for (int i = 0; i < nb; i++)
					from[i] = ty_named_tparam(base, i);
				for (int i = 0; i < nb; i++)
					check_mono_canon(c, rtps[i], from[i]);
				for (int i = 0; i < nb; i++)
					ty_typeparam_set_constraint(rtps[i],
						check_subst(c, from[i]->u.tparam.constraint, from, rtps, nb));
			} else if (base != c->ctx->invalid && nrtps < nb) {
				check_errorf(c, recv->pos, "got %d type parameter%s, but receiver base type declares %d",
					nrtps, nrtps == 1 ? "" : "s", nb);
			}
		}
	}
	if (tparams.n)
		tps = collect_type_params(c, tparams, NULL);
	Scope *tmp = scope_new(c->ctx, fscope, (Pos){0}, (Pos){0}, "function body (temp. scope)");
	bool variadic, dummy;
	Type *recvs = NULL;
	if (recv) {
		NodeList rl = {&recv, 1};
		recvs = collect_params(c, tmp, rl, false, &dummy);
	}
	Type *params = collect_params(c, tmp, ftype->u.functype.params, true, &variadic);
	Type *results = collect_params(c, tmp, ftype->u.functype.results, false, &dummy);
	scope_squash(tmp, squash_err, c);
	Object *rv = NULL;
	if (recvs) {
		rv = recvs->u.tuple.vars[0];
		check_later(c, LATER_RECEIVER, rv->type, rv->pos, NULL);
		c->later[c->nlater - 1].flag = nrtps > 0;
	}
	Type *sig = ty_new_signature(c->ctx, rv, params, results, variadic);
	sig->u.sig.scope = fscope;
	if (nrtps)
		ty_signature_set_rparams(sig, rtps, nrtps);
	if (tparams.n)
		ty_signature_set_tparams(sig, tps, tparams.n);
	c->scope = saved;
	return sig;
}

static void func_decl(Checker *c, Object *obj, DeclInfo *d)
{
	Node *fd = d->fdecl;
	/* guard against cycles: the signature is filled in below */
	Type *sig = ty_new_signature(c->ctx, NULL, NULL, NULL, false);
	obj->type = sig;
	Node *recv = fd->u.funcdecl.recv;
	if (fd->u.funcdecl.tparams.n && !fd->u.funcdecl.body)
		check_errorf(c, fd->pos, "parameterized function is missing function body");
	uint32_t saved = obj->color;
	obj->color = COLOR_BLACK;
	Type *s = check_func_type(c, recv, fd->u.funcdecl.type, fd->u.funcdecl.tparams);
	obj->color = saved;
	*sig = *s;
	if (recv && sig->u.sig.recv) {
		bool ptr;
		ty_deref(sig->u.sig.recv->type, &ptr);
		obj->u.func.has_ptr_recv = ptr;
	}
	/* the body waits until the package-level objects are done */
	if (fd->u.funcdecl.body) {
		check_later(c, LATER_FUNC_BODY, sig, fd->pos, fd);
		c->later[c->nlater - 1].owner = d;
	}
}

/* ==================================================================== */
/* objDecl                                                               */
/* ==================================================================== */

void check_obj_decl(Checker *c, Object *obj)
{
	DeclInfo *d = obj->decl;
	if (obj->pkg != c->pkg || !d)
		return;
	if (obj->color == COLOR_WHITE && obj->type) {
		obj->color = COLOR_BLACK;
		return;
	}
	if (obj->color == COLOR_BLACK)
		return;
	if (obj->color >= COLOR_GREY) {
		switch (obj->kind) {
		case OBJ_CONST:
		case OBJ_VAR:
			if (!valid_cycle(c, obj) || !obj->type)
				obj->type = c->ctx->invalid;
			break;
		case OBJ_TYPENAME:
			if (!valid_cycle(c, obj))
				obj->type = c->ctx->invalid;
			break;
		case OBJ_FUNC:
			valid_cycle(c, obj);
			break;
		default:
			break;
		}
		return;
	}

	obj->color = COLOR_GREY + (uint32_t)push_path(c, obj);
	Scope *saved_scope = c->scope;
	DeclInfo *saved_decl = c->decl;
	bool saved_has_iota = c->has_iota;
	Const saved_iota = c->iota;
	Pos saved_errpos = c->errpos;
	c->scope = d->file;
	/* a local declaration (check_stmt.c) keeps the environment of the
	 * body it is in: iota inside a function literal of a constant
	 * declaration, and the package-level declaration its uses are
	 * dependencies of (init order) */
	bool local = d->file->parent != c->pkg->scope;
	if (!local) {
		c->decl = NULL;
		c->has_iota = false;
	}
	c->errpos = (Pos){0};
	int before = c->unsupported;

	switch (obj->kind) {
	case OBJ_CONST:
		if (!local)
			c->decl = d;
		const_decl(c, obj, d);
		break;
	case OBJ_VAR:
		if (!local)
			c->decl = d;
		var_decl(c, obj, d);
		break;
	case OBJ_TYPENAME:
		type_decl(c, obj, d);
		collect_methods(c, obj);
		break;
	case OBJ_FUNC:
		func_decl(c, obj, d);
		break;
	default:
		break;
	}
	if (c->unsupported != before) {
		d->unsupported = true;
		ty_shape_bump(c->ctx);
	}

	c->scope = saved_scope;
	c->decl = saved_decl;
	c->has_iota = saved_has_iota;
	c->iota = saved_iota;
	c->errpos = saved_errpos;
	c->npath--;
	obj->color = COLOR_BLACK;
}

/* ==================================================================== */
/* Struct types (struct.go)                                              */
/* ==================================================================== */

/* The name an embedded field takes from its type, or NULL. */
static Node *embedded_field_ident(Node *e)
{
	switch (e->kind) {
	case N_NAME:
		return e;
	case N_OPERATION:
		if (!e->u.op.y && e->u.op.op == OP_MUL) {
			Node *x = e->u.op.x;
			if (!(x->kind == N_OPERATION && !x->u.op.y && x->u.op.op == OP_MUL))
				return embedded_field_ident(x);
		}
		return NULL;
	case N_SELECTOR:
		return e->u.sel.sel;
	case N_INDEX:
		return embedded_field_ident(e->u.index.x);
	default:
		return NULL;
	}
}

Type *check_struct_type(Checker *c, Node *e)
{
	NodeList fl = e->u.structtype.fields, tl = e->u.structtype.tags;
	Object **fields = arena_alloc(&c->ctx->arena, (size_t)(fl.n + 1) * sizeof *fields);
	const char **tags = NULL;
	int n = 0;
	Type *typ = NULL;
	Node *prev = NULL;
	for (int i = 0; i < fl.n; i++) {
		Node *f = fl.v[i];
		if (i == 0 || f->u.field.type != prev) {
			typ = check_var_type(c, f->u.field.type);
			prev = f->u.field.type;
		}
		const char *tag = "";
		if (i < tl.n && tl.v[i]) {
			Node *t = tl.v[i];
			Const v = const_from_literal(c->pool, LIT_STRING, t->u.lit.val, (size_t)t->u.lit.len);
			size_t len;
			const char *s = const_string_val(v, &len);
			tag = arena_strndup(&c->ctx->arena, s, len);
		}
		Node *name;
		bool embedded = false;
		Pos pos;
		Type *ftyp = typ;
		if (f->u.field.name) {
			name = f->u.field.name;
			pos = name->pos;
		} else {
			pos = parse_start_pos(f->u.field.type);
			name = embedded_field_ident(f->u.field.type);
			embedded = true;
			if (!name) {
				check_errorf(c, pos, "invalid embedded field type %s",
					check_expr_string(c, f->u.field.type));
				ftyp = c->ctx->invalid;
				tag = "";
			} else {
				check_later(c, LATER_EMBEDDED_FIELD, typ, pos, NULL);
			}
		}
		Sym *fname = name ? name->u.name.sym : sym_cstr("_");
		Object *fld = obj_new_field(c->ctx, pos, c->pkg, fname, ftyp, embedded);
		if (!check_is_blank(fname)) {
			Object *alt = NULL;
			for (int k = 0; k < n && !alt; k++)
				if (fields[k]->name == fname)
					alt = fields[k];
			if (alt) {
				check_error_alt(c, pos, alt, "%s redeclared", fname->name);
				continue;
			}
		}
		if (tag[0] && !tags)
			tags = arena_alloc(&c->ctx->arena, (size_t)(fl.n + 1) * sizeof *tags);
		if (tags)
			tags[n] = tag;
		fields[n++] = fld;
		/* an embedded field's name stays the type name it denotes
		 * (go/types has it in Uses, and the field in Defs) */
		if (name && !embedded)
			check_ti(c, name)->obj = fld;
	}
	return ty_new_struct(c->ctx, fields, tags, n);
}

/* ==================================================================== */
/* Interface types (interface.go, union.go)                              */
/* ==================================================================== */

/* The terms of a union A|B|C, and its | operations (ops[i] joins the
 * terms 0..i+1). */
static void flatten_union(Node *e, PtrVec *terms, PtrVec *ops)
{
	if (e->kind == N_OPERATION && e->u.op.op == OP_OR && e->u.op.y) {
		flatten_union(e->u.op.x, terms, ops);
		flatten_union(e->u.op.y, terms, ops);
		vec_push(ops, e);
		return;
	}
	vec_push(terms, e);
}

static void record_typexpr(Checker *c, Node *n, Type *t)
{
	TypeInfo *ti = check_ti(c, n);
	ti->type = t;
	ti->mode = MODE_TYPEXPR;
}

/* types2's parseUnion, without its checks of the terms; ~T and each
 * union so far are recorded as types2 records them. */
static Type *parse_union(Checker *c, Node *e)
{
	PtrVec terms = {0}, ops = {0};
	flatten_union(e, &terms, &ops);
	Term *ts = xmalloc((size_t)terms.len * sizeof *ts);
	for (int i = 0; i < terms.len; i++) {
		Node *t = terms.data[i];
		bool tilde = t->kind == N_OPERATION && t->u.op.op == OP_TILDE && !t->u.op.y;
		ts[i].tilde = tilde;
		ts[i].type = check_typ(c, tilde ? t->u.op.x : t);
		if (tilde)
			record_typexpr(c, t, ty_new_union(c->ctx, &ts[i], 1));
		if (i > 0)
			record_typexpr(c, ops.data[i - 1], ty_new_union(c->ctx, ts, i + 1));
	}
	Type *u;
	if (terms.len == 1 && !ts[0].tilde)
		u = ts[0].type;
	else
		u = ty_new_union(c->ctx, ts, terms.len);
	free(ts);
	vec_free(&terms);
	vec_free(&ops);
	return u;
}

static int cmp_obj_less(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	return obj_less(x, y) ? -1 : obj_less(y, x) ? 1 : 0;
}

Type *check_interface_type(Checker *c, Node *e, Type *def)
{
	Type *ityp = ty_new_interface_empty(c->ctx);
	/* types2's setDefType: the type being declared is this interface
	 * already while its methods are checked; it has no type set until
	 * complete, so its own methods are not found yet (type A
	 * interface{ Fn(A.Fn) }: A.Fn undefined) */
	if (def && def->kind == TY_NAMED && !def->u.named.underlying && !def->u.named.resolve)
		ty_named_set_underlying(def, ityp);
	NodeList ml = e->u.iface.methods;
	PtrVec methods = {0};
	for (int i = 0; i < ml.n; i++) {
		Node *f = ml.v[i];
		if (!f->u.field.name) {
			Type *t = parse_union(c, f->u.field.type);
			ty_interface_add_embedded(ityp, t, parse_start_pos(f->u.field.type));
			continue;
		}
		Node *id = f->u.field.name;
		if (check_is_blank(id->u.name.sym)) {
			check_errorf(c, id->pos, "methods must have a unique non-blank name");
			continue;
		}
		Type *typ = check_typ(c, f->u.field.type);
		if (typ->kind != TY_SIGNATURE) {
			if (typ != c->ctx->invalid)
				check_errorf(c, f->u.field.type->pos, "invalid AST: %s is not a method signature",
					ty_string(typ, &c->qf));
			continue;
		}
		typ->u.sig.recv = obj_new_var(c->ctx, id->pos, c->pkg, sym_cstr(""), def ? def : ityp);
		Object *m = obj_new_func(c->ctx, id->pos, c->pkg, id->u.name.sym, typ);
		check_ti(c, id)->obj = m;
		vec_push(&methods, m);
	}
	if (methods.len > 1)
		qsort(methods.data, (size_t)methods.len, sizeof *methods.data, cmp_obj_less);
	for (int i = 0; i < methods.len; i++)
		ty_interface_add_method(ityp, methods.data[i]);
	vec_free(&methods);
	ty_interface_complete(ityp);
	if (ityp->u.iface.nmethods || ityp->u.iface.nembeddeds)
		check_later(c, LATER_TYPESET, ityp, e->pos, NULL);
	return ityp;
}

/* ==================================================================== */
/* Delayed checks                                                        */
/* ==================================================================== */

/* types2's validType0, without type parameters: a type must not
 * contain itself other than through a pointer, slice, map, channel or
 * function.  path holds the Named types being expanded. */
static bool valid_type0(Checker *c, Type *t, PtrVec *path)
{
	switch (t->kind) {
	case TY_ARRAY:
		return valid_type0(c, t->u.array.elem, path);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (!valid_type0(c, t->u.strct.fields[i]->type, path))
				return false;
		break;
	case TY_UNION:
		for (int i = 0; i < t->u.uni.nterms; i++)
			if (!valid_type0(c, t->u.uni.terms[i].type, path))
				return false;
		break;
	case TY_INTERFACE:
		for (int i = 0; i < t->u.iface.nembeddeds; i++)
			if (!valid_type0(c, t->u.iface.embeddeds[i], path))
				return false;
		break;
	case TY_NAMED: {
		Object *obj = t->u.named.obj;
		DeclInfo *d = obj ? obj->decl : NULL;
		if (!d || obj->pkg != c->pkg || d->valid || !d->rhs)
			break;
		if (t->u.named.underlying == c->ctx->invalid)
			return false;
		for (int i = 0; i < path->len; i++) {
			if (path->data[i] != t)
				continue;
			ty_named_set_underlying(t, c->ctx->invalid);
			int n = path->len - i;
			Object **cycle = xmalloc((size_t)n * sizeof *cycle);
			for (int k = 0; k < n; k++)
				cycle[k] = ((Type *)path->data[i + k])->u.named.obj;
			cycle_error(c, cycle, n);
			free(cycle);
			return false;
		}
		vec_push(path, t);
		bool ok = valid_type0(c, d->rhs, path);
		path->len--;
		if (!ok)
			return false;
		d->valid = true;
		break;
	}
	default:
		break;
	}
	return true;
}

static void typeset_error(void *ctx, Pos pos, const char *msg)
{
	check_errorf(ctx, pos, "%s", msg);
}

void check_process_later(Checker *c, int top)
{
	if (top >= c->nlater)
		return;
	TyErrorFn saved = c->ctx->error;
	void *saved_ctx = c->ctx->error_ctx;
	c->ctx->error = typeset_error;
	c->ctx->error_ctx = c;
	/* the queue may grow (and move) while an entry runs */
	for (int i = top; i < c->nlater; i++) {
		util_world_yield();     /* -j: main.c */
		Later l = c->later[i];
		switch (l.kind) {
		case LATER_FUNC_BODY:
			check_func_body(c, &l);
			break;
		case LATER_MAP_KEY:
			if (!ty_comparable(l.type)) {
				const char *why = ty_is_typeparam(l.type) ? " (missing comparable constraint)" : "";
				check_errorf(c, l.pos, "invalid map key type %s%s", ty_string(l.type, &c->qf), why);
			}
			break;
		case LATER_EMBEDDED_FIELD: {
			bool is_ptr;
			Type *t = ty_deref(l.type, &is_ptr);
			Type *u = ty_underlying(t);
			if (!u)
				break;
			if (u->kind == TY_BASIC) {
				if (t != c->ctx->invalid && u->u.basic.kind == B_UNSAFE_POINTER)
					check_errorf(c, l.pos, "embedded field type cannot be unsafe.Pointer");
			} else if (u->kind == TY_POINTER) {
				check_errorf(c, l.pos, "embedded field type cannot be a pointer");
			} else if (u->kind == TY_INTERFACE) {
				if (ty_is_typeparam(t))
					check_errorf(c, l.pos, "embedded field type cannot be a (pointer to a) type parameter");
				else if (is_ptr)
					check_errorf(c, l.pos, "embedded field type cannot be a pointer to an interface");
			}
			break;
		}
		case LATER_FIELD_METHODS: {
			Type *base = l.type;
			Type *u = base->u.named.underlying;
			if (!u || u->kind != TY_STRUCT)
				break;
			for (int k = 0; k < u->u.strct.nfields; k++) {
				Object *fld = u->u.strct.fields[k];
				if (check_is_blank(fld->name))
					continue;
				for (int m = 0; m < base->u.named.nmethods; m++) {
					Object *meth = base->u.named.methods[m];
					if (obj_same_id(meth, fld->pkg, fld->name)) {
						check_error_alt(c, meth->pos, fld, "field and method with the same name %s",
							fld->name->name);
						break;
					}
				}
			}
			break;
		}
		case LATER_TYPESET:
			ty_typeset(l.type);
			break;
		case LATER_VERIFY:
			check_verify_instance(c, &l);
			break;
		case LATER_VERIFY_FUNC:
			check_verify_func(c, &c->later[i]);
			break;
		case LATER_VAR_TYPE: {
			Type *u = ty_underlying(l.type);
			if (!u || u->kind != TY_INTERFACE || ty_is_typeparam(l.type))
				break;
			const TypeSet *ts = ty_typeset(u);
			if (ts->comparable)
				check_errorf(c, l.pos, "cannot use type %s outside a type constraint: interface is (or embeds) comparable",
					ty_string(l.type, &c->qf));
			else if (!ts->all)
				check_errorf(c, l.pos, "cannot use type %s outside a type constraint: interface contains type constraints",
					ty_string(l.type, &c->qf));
			break;
		}
		case LATER_VALID_TYPE: {
			if (l.type->kind != TY_NAMED)
				break;
			PtrVec path = {0};
			valid_type0(c, l.type, &path);
			vec_free(&path);
			break;
		}
		case LATER_RECEIVER: {
			bool is_ptr;
			Type *rtyp = ty_deref(l.type, &is_ptr);
			if (rtyp == c->ctx->invalid)
				break;
			if (rtyp->kind == TY_NAMED) {
				if (rtyp->u.named.ntargs && !l.flag) {
					check_errorf(c, l.pos, "cannot define new methods on instantiated type %s",
						ty_string(rtyp, &c->qf));
					break;
				}
				if (rtyp->u.named.obj->pkg != c->pkg) {
					check_errorf(c, l.pos, "cannot define new methods on non-local type %s",
						ty_string(rtyp, &c->qf));
					break;
				}
				Type *u = ty_underlying(rtyp);
				const char *cause = NULL;
				if (u && u->kind == TY_BASIC && u->u.basic.kind == B_UNSAFE_POINTER)
					cause = "unsafe.Pointer";
				else if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE))
					cause = "pointer or interface type";
				if (cause)
					check_errorf(c, l.pos, "invalid receiver type %s (%s)", ty_string(rtyp, &c->qf), cause);
			} else if (rtyp->kind == TY_BASIC) {
				check_errorf(c, l.pos, "cannot define new methods on non-local type %s",
					ty_string(rtyp, &c->qf));
			} else {
				check_errorf(c, l.pos, "invalid receiver type %s", ty_string(l.type, &c->qf));
			}
			break;
		}
		}
	}
	c->ctx->error = saved;
	c->ctx->error_ctx = saved_ctx;
	c->nlater = top;
}

void check_run_later(Checker *c)
{
	check_process_later(c, 0);
}

/*
 * check_infer.c — type inference for calls of generic functions
 * (types2's infer.go and unify.go, Go 1.19).
 *
 * Inference runs in two phases, as the spec's "Type inference" section
 * describes them.  Function argument type inference unifies each
 * parameter type that mentions a type parameter with the type of its
 * (typed) argument; untyped constant arguments for parameters that are
 * a bare type parameter wait, and get their default types only after a
 * first round of constraint type inference.  Constraint type inference
 * (inferB) unifies each type parameter with the core type of its
 * constraint, until nothing more is learnt; then the inferred types are
 * substituted into each other, after cycles (T inferred as []T) are
 * broken.
 *
 * The unifier keeps, for each type parameter of the list, a handle:
 * 0 for nothing known, a negative handle for a set of parameters joined
 * together whose type is not known yet, a positive one for the index+1
 * of the inferred type (types2's tparamsList.indices).  Unification is
 * inexact: a Named type unifies with an unnamed type through its
 * underlying type, a type parameter with an unnamed type through its
 * core type, and channel directions are ignored.
 *
 * Left out: renaming the type parameters of a self-recursive call (only
 * needed inside function bodies, which are checked elsewhere).
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* types2's unificationDepthLimit */
#define UNIFY_DEPTH_LIMIT 50

typedef struct Unifier {
	TypeCtx *ctx;
	Type **tparams;
	int n;
	int *indices;
	Type **types;
	int ntypes, captypes;
	bool both;          /* the y side indexes the same list (inferB) */
	int depth;
	bool overflow;      /* the depth limit was hit */
} Unifier;

/* The index of tp in list, or -1 (types2's tparamIndex). */
static int tparam_index(Type **list, int n, Type *tp)
{
	if (!tp || tp->kind != TY_TYPEPARAM)
		return -1;
	int i = tp->u.tparam.index;
	if (i >= 0 && i < n && list[i] == tp)
		return i;
	return -1;
}

static void unifier_init(Unifier *u, TypeCtx *ctx, Type **tparams, int n)
{
	memset(u, 0, sizeof *u);
	u->ctx = ctx;
	u->tparams = tparams;
	u->n = n;
	u->indices = xmalloc((size_t)(n + 1) * sizeof *u->indices);
	memset(u->indices, 0, (size_t)(n + 1) * sizeof *u->indices);
}

static void unifier_free(Unifier *u)
{
	free(u->indices);
	free(u->types);
}

static int push_type(Unifier *u, Type *t)
{
	if (u->ntypes == u->captypes) {
		u->captypes = u->captypes ? 2 * u->captypes : 8;
		u->types = xrealloc(u->types, (size_t)u->captypes * sizeof *u->types);
	}
	u->types[u->ntypes++] = t;
	return u->ntypes;
}

static Type *unifier_at(Unifier *u, int i)
{
	int h = u->indices[i];
	return h > 0 ? u->types[h - 1] : NULL;
}

/* Every parameter with handle indices[i] gets handle h. */
static void set_index(Unifier *u, int i, int h)
{
	int old = u->indices[i];
	for (int k = 0; k < u->n; k++)
		if (u->indices[k] == old)
			u->indices[k] = h;
}

static void unifier_set(Unifier *u, int i, Type *t)
{
	int h = u->indices[i];
	if (h < 0) {
		u->types[-h - 1] = t;
		set_index(u, i, -h);
	} else if (h == 0) {
		u->indices[i] = push_type(u, t);
	}
}

static int unknowns(Unifier *u)
{
	int k = 0;
	for (int i = 0; i < u->n; i++)
		k += u->indices[i] <= 0;
	return k;
}

/* The inferred types (NULL where unknown) into out; the index of the
 * first unknown, or -1. */
static int unifier_types(Unifier *u, Type **out)
{
	int first = -1;
	for (int i = 0; i < u->n; i++) {
		out[i] = unifier_at(u, i);
		if (!out[i] && first < 0)
			first = i;
	}
	return first;
}

/* Joins the type parameters i (x side) and j (y side). */
static bool join(Unifier *u, int i, int j)
{
	int ti = u->indices[i], tj = u->indices[j];
	if (ti == 0 && tj == 0) {
		int h = -push_type(u, NULL);
		u->indices[i] = h;
		u->indices[j] = h;
	} else if (ti == 0) {
		u->indices[i] = tj;
	} else if (tj == 0) {
		u->indices[j] = ti;
	} else if (ti == tj) {
		/* already joined */
	} else if (ti > 0 && tj > 0) {
		return false;
	} else if (ti > 0) {
		set_index(u, j, ti);
	} else {
		set_index(u, i, tj);
	}
	return true;
}

/* Term lists as sets: each term of a has an identical one in b. */
static bool terms_subset(const TypeSet *a, const TypeSet *b)
{
	for (int i = 0; i < a->nterms; i++) {
		bool found = false;
		for (int k = 0; k < b->nterms && !found; k++)
			found = a->terms[i].tilde == b->terms[k].tilde &&
				ty_identical(a->terms[i].type, b->terms[k].type);
		if (!found)
			return false;
	}
	return true;
}

typedef struct IfacePair {
	Type *x, *y;
	struct IfacePair *prev;
} IfacePair;

static bool nify(Unifier *u, Type *x, Type *y, IfacePair *p);

static bool nify_eq(Unifier *u, Type *x, Type *y, IfacePair *p)
{
	return x == y || nify(u, x, y, p);
}

static bool nify_inner(Unifier *u, Type *x, Type *y, IfacePair *p)
{
	/* a Named type against an unnamed type: its underlying type */
	if (x->kind == TY_NAMED && !ty_has_name(y))
		return nify(u, ty_underlying(x), y, p);
	if (y->kind == TY_NAMED && !ty_has_name(x))
		return nify(u, x, ty_underlying(y), p);

	int i = tparam_index(u->tparams, u->n, x);
	int j = u->both ? tparam_index(u->tparams, u->n, y) : -1;
	if (i >= 0 && j >= 0) {
		if (join(u, i, j))
			return true;
		return nify_eq(u, unifier_at(u, i), unifier_at(u, j), p);
	}
	if (i >= 0) {
		Type *tx = unifier_at(u, i);
		if (tx)
			return nify_eq(u, tx, y, p);
		unifier_set(u, i, y);
		return true;
	}
	if (j >= 0) {
		Type *ty = unifier_at(u, j);
		if (ty)
			return nify_eq(u, x, ty, p);
		unifier_set(u, j, x);
		return true;
	}

	/* a type parameter against an unnamed type: its core type */
	if (x->kind == TY_TYPEPARAM && !ty_has_name(y)) {
		Type *cx = ty_core_type(x);
		if (cx)
			return nify(u, cx, y, p);
	} else if (y->kind == TY_TYPEPARAM && !ty_has_name(x)) {
		Type *cy = ty_core_type(y);
		if (cy)
			return nify(u, x, cy, p);
	}

	switch (x->kind) {
	case TY_BASIC:
		return y->kind == TY_BASIC && x->u.basic.kind == y->u.basic.kind;
	case TY_ARRAY:
		return y->kind == TY_ARRAY &&
			(x->u.array.len < 0 || y->u.array.len < 0 || x->u.array.len == y->u.array.len) &&
			nify(u, x->u.array.elem, y->u.array.elem, p);
	case TY_SLICE:
		return y->kind == TY_SLICE && nify(u, x->u.slice.elem, y->u.slice.elem, p);
	case TY_STRUCT:
		if (y->kind != TY_STRUCT || x->u.strct.nfields != y->u.strct.nfields)
			return false;
		for (int k = 0; k < x->u.strct.nfields; k++) {
			Object *f = x->u.strct.fields[k], *g = y->u.strct.fields[k];
			if (f->u.var.embedded != g->u.var.embedded ||
			    strcmp(ty_struct_tag(x, k), ty_struct_tag(y, k)) != 0 ||
			    !obj_same_id(f, g->pkg, g->name) || !nify(u, f->type, g->type, p))
				return false;
		}
		return true;
	case TY_POINTER:
		return y->kind == TY_POINTER && nify(u, x->u.ptr.elem, y->u.ptr.elem, p);
	case TY_TUPLE: {
		if (y->kind != TY_TUPLE || ty_tuple_len(x) != ty_tuple_len(y))
			return false;
		for (int k = 0; k < ty_tuple_len(x); k++)
			if (!nify(u, x->u.tuple.vars[k]->type, y->u.tuple.vars[k]->type, p))
				return false;
		return true;
	}
	case TY_SIGNATURE:
		return y->kind == TY_SIGNATURE && x->u.sig.variadic == y->u.sig.variadic &&
			nify(u, x->u.sig.params, y->u.sig.params, p) &&
			nify(u, x->u.sig.results, y->u.sig.results, p);
	case TY_INTERFACE: {
		if (y->kind != TY_INTERFACE)
			return false;
		const TypeSet *xs = ty_typeset(x), *ys = ty_typeset(y);
		if (xs->comparable != ys->comparable || xs->all != ys->all ||
		    !terms_subset(xs, ys) || !terms_subset(ys, xs) || xs->nmethods != ys->nmethods)
			return false;
		IfacePair q = {x, y, p};
		for (IfacePair *r = p; r; r = r->prev)
			if ((r->x == x && r->y == y) || (r->x == y && r->y == x))
				return true;
		for (int k = 0; k < xs->nmethods; k++) {
			Object *f = xs->methods[k], *g = ys->methods[k];
			if (f->name != g->name || !obj_same_id(f, g->pkg, g->name) || !nify(u, f->type, g->type, &q))
				return false;
		}
		return true;
	}
	case TY_MAP:
		return y->kind == TY_MAP && nify(u, x->u.map.key, y->u.map.key, p) &&
			nify(u, x->u.map.elem, y->u.map.elem, p);
	case TY_CHAN:
		return y->kind == TY_CHAN && nify(u, x->u.chan.elem, y->u.chan.elem, p);
	case TY_NAMED: {
		if (y->kind != TY_NAMED || x->u.named.ntargs != y->u.named.ntargs)
			return false;
		Object *xo = x->u.named.obj, *yo = y->u.named.obj;
		if (xo == yo || (xo && yo && xo->pkg == yo->pkg && xo->name == yo->name)) {
			for (int k = 0; k < x->u.named.ntargs; k++)
				if (!nify(u, x->u.named.targs[k], y->u.named.targs[k], p))
					return false;
			return true;
		}
		return false;
	}
	case TY_TYPEPARAM:
		return x == y;
	default:
		return false;
	}
}

static bool nify(Unifier *u, Type *x, Type *y, IfacePair *p)
{
	if (!x || !y)
		return false;
	if (u->depth >= UNIFY_DEPTH_LIMIT) {
		/* types2 panics here; the tests of GOROOT never get there */
		u->overflow = true;
		return false;
	}
	u->depth++;
	bool r = nify_inner(u, x, y, p);
	u->depth--;
	return r;
}

static bool unify(Unifier *u, Type *x, Type *y)
{
	return nify(u, x, y, NULL);
}

/* ==================================================================== */
/* isParameterized, cycles                                               */
/* ==================================================================== */

/* Whether t mentions one of the type parameters (types2's
 * isParameterized). */
static bool is_parameterized(Type **tparams, int n, Type *t, int depth)
{
	if (!t || depth > 64)
		return false;
	switch (t->kind) {
	case TY_ARRAY: return is_parameterized(tparams, n, t->u.array.elem, depth + 1);
	case TY_SLICE: return is_parameterized(tparams, n, t->u.slice.elem, depth + 1);
	case TY_POINTER: return is_parameterized(tparams, n, t->u.ptr.elem, depth + 1);
	case TY_CHAN: return is_parameterized(tparams, n, t->u.chan.elem, depth + 1);
	case TY_MAP:
		return is_parameterized(tparams, n, t->u.map.key, depth + 1) ||
			is_parameterized(tparams, n, t->u.map.elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (is_parameterized(tparams, n, t->u.strct.fields[i]->type, depth + 1))
				return true;
		return false;
	case TY_TUPLE:
		for (int i = 0; i < ty_tuple_len(t); i++)
			if (is_parameterized(tparams, n, t->u.tuple.vars[i]->type, depth + 1))
				return true;
		return false;
	case TY_SIGNATURE:
		return is_parameterized(tparams, n, t->u.sig.params, depth + 1) ||
			is_parameterized(tparams, n, t->u.sig.results, depth + 1);
	case TY_INTERFACE: {
		const TypeSet *ts = ty_typeset(t);
		for (int i = 0; i < ts->nmethods; i++)
			if (is_parameterized(tparams, n, ts->methods[i]->type, depth + 1))
				return true;
		for (int i = 0; i < ts->nterms; i++)
			if (is_parameterized(tparams, n, ts->terms[i].type, depth + 1))
				return true;
		return false;
	}
	case TY_NAMED:
		for (int i = 0; i < t->u.named.ntargs; i++)
			if (is_parameterized(tparams, n, t->u.named.targs[i], depth + 1))
				return true;
		return false;
	case TY_TYPEPARAM:
		return tparam_index(tparams, n, t) >= 0;
	default:
		return false;
	}
}

bool check_is_parameterized(Type **tparams, int n, Type *t)
{
	return is_parameterized(tparams, n, t, 0);
}

/* types2's cycleFinder: a type parameter whose inferred type leads back
 * to itself is not inferred after all. */
typedef struct CycleFinder {
	Type **tparams, **types;
	int n;
	Type **path;
	int npath, cappath;
} CycleFinder;

static void cycle_typ(CycleFinder *w, Type *t);

static void cycle_walk(CycleFinder *w, Type *t)
{
	switch (t->kind) {
	case TY_ARRAY: cycle_typ(w, t->u.array.elem); break;
	case TY_SLICE: cycle_typ(w, t->u.slice.elem); break;
	case TY_POINTER: cycle_typ(w, t->u.ptr.elem); break;
	case TY_CHAN: cycle_typ(w, t->u.chan.elem); break;
	case TY_MAP: cycle_typ(w, t->u.map.key); cycle_typ(w, t->u.map.elem); break;
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			cycle_typ(w, t->u.strct.fields[i]->type);
		break;
	case TY_SIGNATURE:
		for (int i = 0; i < ty_tuple_len(t->u.sig.params); i++)
			cycle_typ(w, t->u.sig.params->u.tuple.vars[i]->type);
		for (int i = 0; i < ty_tuple_len(t->u.sig.results); i++)
			cycle_typ(w, t->u.sig.results->u.tuple.vars[i]->type);
		break;
	case TY_UNION:
		for (int i = 0; i < t->u.uni.nterms; i++)
			cycle_typ(w, t->u.uni.terms[i].type);
		break;
	case TY_INTERFACE:
		for (int i = 0; i < t->u.iface.nmethods; i++)
			cycle_typ(w, t->u.iface.methods[i]->type);
		for (int i = 0; i < t->u.iface.nembeddeds; i++)
			cycle_typ(w, t->u.iface.embeddeds[i]);
		break;
	case TY_NAMED:
		for (int i = 0; i < t->u.named.ntargs; i++)
			cycle_typ(w, t->u.named.targs[i]);
		break;
	case TY_TYPEPARAM: {
		int i = tparam_index(w->tparams, w->n, t);
		if (i >= 0 && w->types[i])
			cycle_typ(w, w->types[i]);
		break;
	}
	default:
		break;
	}
}

static void cycle_typ(CycleFinder *w, Type *t)
{
	if (!t)
		return;
	for (int k = 0; k < w->npath; k++) {
		if (w->path[k] == t) {
			int i = tparam_index(w->tparams, w->n, t);
			if (i >= 0)
				w->types[i] = NULL;
			return;
		}
	}
	if (w->npath > 200)
		return;
	if (w->npath == w->cappath) {
		w->cappath = w->cappath ? 2 * w->cappath : 16;
		w->path = xrealloc(w->path, (size_t)w->cappath * sizeof *w->path);
	}
	w->path[w->npath++] = t;
	cycle_walk(w, t);
	w->npath--;
}

/* ==================================================================== */
/* Constraint type inference                                             */
/* ==================================================================== */

/* types2's coreTerm: the single term of tp's constraint (*single set),
 * or a term made of its core type; false if neither. */
static bool core_term(Type *tp, Term *out, bool *single)
{
	const TypeSet *ts = ty_typeset(ty_typeparam_iface(tp));
	*single = false;
	bool tilde = false;
	int n = ts->all ? 0 : ts->nterms;
	for (int i = 0; i < n; i++)
		tilde |= ts->terms[i].tilde;
	if (n == 1) {
		*out = ts->terms[0];
		*single = true;
		return true;
	}
	Type *core = ty_core_type(tp);
	if (core) {
		out->tilde = tilde;
		out->type = core;
		return true;
	}
	return false;
}

/* types2's inferB: targs (n entries, NULL where unknown) completed from
 * the constraints; returns false after an error, else *index is the
 * first type parameter still unknown (or -1).  The result goes to out. */
static bool infer_b(Checker *c, Pos pos, Type **tparams, int n, Type **in, Type **out, int *index)
{
	/* in and out may be the same array */
	Type **targs = xmalloc((size_t)(n + 1) * sizeof *targs);
	memcpy(targs, in, (size_t)n * sizeof *targs);
	Unifier u;
	unifier_init(&u, c->ctx, tparams, n);
	u.both = true;
	for (int i = 0; i < n; i++)
		if (targs[i])
			unifier_set(&u, i, targs[i]);
	for (int k = unknowns(&u); k > 0;) {
		int kk = k;
		for (int i = 0; i < n; i++) {
			Term core;
			bool single;
			if (!core_term(tparams[i], &core, &single))
				continue;
			Type *tx = unifier_at(&u, i);
			if (tx) {
				if (core.tilde && !ty_is_typeparam(tx))
					tx = ty_underlying(tx);
				if (!unify(&u, tx, core.type)) {
					check_errorf(c, pos, "%s does not match %s%s", ty_string(tparams[i], &c->qf),
						core.tilde ? "~" : "", ty_string(core.type, &c->qf));
					unifier_free(&u);
					free(targs);
					return false;
				}
			} else if (single && !core.tilde) {
				unifier_set(&u, i, core.type);
			} else {
				continue;
			}
			kk = unknowns(&u);
			if (kk == 0)
				break;
		}
		if (kk == k)
			break;
		k = kk;
	}
	unifier_types(&u, out);
	unifier_free(&u);

	/* break cycles, then substitute the inferred types into each other
	 * until nothing changes */
	CycleFinder w = {tparams, out, n, NULL, 0, 0};
	for (int i = 0; i < n; i++)
		cycle_typ(&w, tparams[i]);
	free(w.path);
	int *dirty = xmalloc((size_t)(n + 1) * sizeof *dirty), ndirty = 0;
	for (int i = 0; i < n; i++)
		if (out[i] && !targs[i])
			dirty[ndirty++] = i;
	Type **from = xmalloc((size_t)(n + 1) * sizeof *from), **to = xmalloc((size_t)(n + 1) * sizeof *to);
	for (int round = 0; ndirty > 0 && round < 100; round++) {
		int m = 0;
		for (int i = 0; i < n; i++)
			if (out[i]) {
				from[m] = tparams[i];
				to[m++] = out[i];
			}
		int k = 0;
		for (int d = 0; d < ndirty; d++) {
			int i = dirty[d];
			Type *t1 = check_subst(c, out[i], from, to, m);
			if (t1 != out[i]) {
				out[i] = t1;
				dirty[k++] = i;
			}
		}
		ndirty = k;
	}
	free(from);
	free(to);
	free(dirty);
	free(targs);
	for (int i = 0; i < n; i++)
		if (out[i] && is_parameterized(tparams, n, out[i], 0))
			out[i] = NULL;
	*index = -1;
	for (int i = 0; i < n; i++)
		if (!out[i]) {
			*index = i;
			break;
		}
	return true;
}

/* ==================================================================== */
/* infer                                                                 */
/* ==================================================================== */

/* types2's typeParamsString: "A", "A and B", "A, B, and C". */
static void tparams_string(TyBuf *b, Type **tparams, int n)
{
	for (int i = 0; i < n; i++) {
		if (i > 0)
			tybuf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
		tybuf_puts(b, tparams[i]->u.tparam.obj->name->name);
	}
}

/* The report when argument arg (of type targ) does not unify with the
 * parameter type tpar. */
static void infer_error(Checker *c, Unifier *u, const char *kind, Type *tpar, Type *targ, Operand *arg)
{
	int n = u->n;
	Type **cur = xmalloc((size_t)(n + 1) * sizeof *cur);
	int index = unifier_types(u, cur);
	Pos at = arg->expr ? parse_start_pos(arg->expr) : (Pos){0};
	const char *ex = arg->expr ? check_expr_string(c, arg->expr) : "";
	bool all_failed = index == 0;
	for (int i = 0; all_failed && i < n; i++)
		all_failed = !cur[i];
	if (all_failed) {
		TyBuf b = {0};
		tparams_string(&b, u->tparams, n);
		check_errorf(c, at, "%s %s of %s does not match %s (cannot infer %s)", kind,
			ty_string(targ, &c->qf), ex, ty_string(tpar, &c->qf), b.str);
		tybuf_free(&b);
		free(cur);
		return;
	}
	Type **from = xmalloc((size_t)(n + 1) * sizeof *from), **to = xmalloc((size_t)(n + 1) * sizeof *to);
	int m = 0;
	for (int i = 0; i < n; i++)
		if (cur[i]) {
			from[m] = u->tparams[i];
			to[m++] = cur[i];
		}
	Type *inferred = check_subst(c, tpar, from, to, m);
	if (inferred != tpar)
		check_errorf(c, at, "%s %s of %s does not match inferred type %s for %s", kind,
			ty_string(targ, &c->qf), ex, ty_string(inferred, &c->qf), ty_string(tpar, &c->qf));
	else
		check_errorf(c, at, "%s %s of %s does not match %s", kind, ty_string(targ, &c->qf), ex,
			ty_string(tpar, &c->qf));
	free(from);
	free(to);
	free(cur);
}

Type **check_infer(Checker *c, Pos pos, Type **tparams, int n, Type **given, int ngiven,
		   Type **ptypes, Operand *args, int nargs)
{
	Type **targs = arena_alloc(&c->ctx->arena, (size_t)(n + 1) * sizeof *targs);
	for (int i = 0; i < ngiven && i < n; i++)
		targs[i] = given[i];
	if (ngiven >= n)
		return targs;

	/* arguments of named types first: inexact unification of a named
	 * type with an unnamed one then infers the unnamed one */
	int *order = xmalloc((size_t)(nargs + 1) * sizeof *order), k = 0;
	for (int i = 0; i < nargs; i++)
		if (ty_has_name(args[i].type))
			order[k++] = i;
	for (int i = 0; i < nargs; i++)
		if (!ty_has_name(args[i].type))
			order[k++] = i;

	/* the parameter types with the given type arguments substituted */
	Type **from = xmalloc((size_t)(n + 1) * sizeof *from), **to = xmalloc((size_t)(n + 1) * sizeof *to);
	int m = 0;
	for (int i = 0; i < n; i++)
		if (targs[i]) {
			from[m] = tparams[i];
			to[m++] = targs[i];
		}
	Type **pars = xmalloc((size_t)(nargs + 1) * sizeof *pars);
	for (int i = 0; i < nargs; i++)
		pars[i] = m ? check_subst(c, ptypes[order[i]], from, to, m) : ptypes[order[i]];
	free(from);
	free(to);

	Unifier u;
	unifier_init(&u, c->ctx, tparams, n);
	for (int i = 0; i < n; i++)
		if (targs[i])
			unifier_set(&u, i, targs[i]);

	Type **result = NULL;
	int *untyped = xmalloc((size_t)(nargs + 1) * sizeof *untyped), nuntyped = 0;
	for (int k2 = 0; k2 < nargs; k2++) {
		Operand *arg = &args[order[k2]];
		Type *par = pars[k2];
		if (!is_parameterized(tparams, n, par, 0) || arg->mode == MODE_INVALID)
			continue;
		if (ty_is_typed(arg->type)) {
			if (!unify(&u, par, arg->type)) {
				infer_error(c, &u, "type", par, arg->type, arg);
				goto done;
			}
		} else if (par->kind == TY_TYPEPARAM) {
			untyped[nuntyped++] = k2;
		}
	}

	Type **cur = xmalloc((size_t)(n + 1) * sizeof *cur);
	int index = unifier_types(&u, cur);
	if (index < 0) {
		result = cur;
		goto done;
	}
	if (!infer_b(c, pos, tparams, n, cur, cur, &index)) {
		free(cur);
		goto done;
	}
	if (index < 0) {
		result = cur;
		goto done;
	}
	/* untyped constants for bare type parameters: their default types */
	for (int d = 0; d < nuntyped; d++) {
		Type *tpar = pars[untyped[d]];
		int ti = tparam_index(tparams, n, tpar);
		if (ti >= 0 && !cur[ti]) {
			Operand *arg = &args[order[untyped[d]]];
			Type *targ = ty_default(c->ctx, arg->type);
			if (ty_is_typed(targ) && !unify(&u, tpar, targ)) {
				infer_error(c, &u, "default type", tpar, targ, arg);
				free(cur);
				goto done;
			}
		}
	}
	index = unifier_types(&u, cur);
	if (index < 0) {
		result = cur;
		goto done;
	}
	if (!infer_b(c, pos, tparams, n, cur, cur, &index)) {
		free(cur);
		goto done;
	}
	if (index < 0) {
		result = cur;
		goto done;
	}
	{
		Object *tn = tparams[index]->u.tparam.obj;
		char where[512];
		diag_format_pos(tn->pos, where, sizeof where);
		check_errorf(c, pos, "cannot infer %s (%s)", tn->name->name, where);
	}
	free(cur);
done:
	if (result) {
		for (int i = 0; i < n; i++)
			targs[i] = result[i];
		free(result);
	}
	unifier_free(&u);
	free(untyped);
	free(pars);
	free(order);
	return result ? targs : NULL;
}

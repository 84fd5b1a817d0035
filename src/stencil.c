/*
 * stencil.c — what gc's stenciling (noder/stencil.go, typecheck.Shapify)
 * needs from the types and the checked tree, for irgen's shape
 * instantiations (irgen.c, "Generic code").
 *
 * gc never compiles a generic function: each package using one builds
 * a shape instantiation of it, its type parameters replaced by shape
 * types.  A shape type stands for every type argument with the same
 * underlying type (every pointer type, when the constraint has no core
 * type, is *uint8): a defined type named go.shape.U_I, U the underlying
 * type's link string and I the type parameter's index, whose underlying
 * type is U.  They are shared by name, over the whole run, as gc shares
 * them through its shape package.
 *
 * irgen builds an instantiation from the generic function's checked
 * syntax tree with the checker's types rewritten for the time it takes
 * (stencil_retype_*): every expression's recorded type and every local
 * variable's type, substituted.  The tree is the generic package's, kept
 * for the run when it declares generic code (main.c).
 */
#include "stencil.h"

#include <stdlib.h>
#include <string.h>

/* ---- shape types ---------------------------------------------------- */

typedef struct ShapeEnt {
	TypeCtx *ctx;
	Sym *name;
	Type *type;
} ShapeEnt;

static ShapeEnt *shapes;
static int nshapes, capshapes;

static const char shape_prefix[] = "go.shape.";

static bool is_typeparam(Type *t)
{
	return t->kind == TY_TYPEPARAM;
}

bool stencil_has_typeparam(Type *t)
{
	return ty_any(t, is_typeparam, false);
}

/* A type declared in a function whose number (gc's vargen: its link
 * string is p.Bar·1) irgen has not set: one stencil made anew in an
 * instantiation. */
static bool is_local_type(Type *t)
{
	if (t->kind != TY_NAMED)
		return false;
	Object *o = t->u.named.obj;
	return o && o->pkg && o->parent && o->parent != o->pkg->scope && !o->u.typename.vargen;
}

/* t with every shape in it replaced by its underlying type: a type
 * built inside a shape instantiation from its shapes (keyValue[K, V]
 * there is keyValue[go.shape.[]uint8_0,go.shape.int_1]) is shapified as
 * the type it stands for (Shapify's first step), so that its shape is
 * go.shape.struct { p.key []uint8; p.val int }_0.  NULL for what is not
 * rebuilt here (interfaces holding shapes). */
static Type *deshape(TypeCtx *c, Type *t, int depth)
{
	if (!t || depth > 100)
		return NULL;
	if (ty_is_shape(t))
		return ty_underlying(t);
	if (!ty_has_shape(t))
		return t;
	depth++;
	switch (t->kind) {
	case TY_POINTER: case TY_SLICE: case TY_ARRAY: case TY_CHAN: {
		Type *e = deshape(c, t->kind == TY_ARRAY ? t->u.array.elem : t->kind == TY_CHAN ? t->u.chan.elem :
				  t->u.ptr.elem, depth);
		if (!e)
			return NULL;
		switch (t->kind) {
		case TY_POINTER: return ty_new_pointer(c, e);
		case TY_SLICE: return ty_new_slice(c, e);
		case TY_ARRAY: return ty_new_array(c, e, t->u.array.len);
		default: return ty_new_chan(c, t->u.chan.dir, e);
		}
	}
	case TY_MAP: {
		Type *k = deshape(c, t->u.map.key, depth), *e = deshape(c, t->u.map.elem, depth);
		return k && e ? ty_new_map(c, k, e) : NULL;
	}
	case TY_STRUCT: {
		int n = t->u.strct.nfields;
		Object **fs = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof *fs);
		for (int i = 0; i < n; i++) {
			Object *f = t->u.strct.fields[i];
			Type *ft = deshape(c, f->type, depth);
			if (!ft)
				return NULL;
			fs[i] = ft == f->type ? f : obj_new_field(c, f->pos, f->pkg, f->name, ft, f->u.var.embedded);
		}
		return ty_new_struct(c, fs, t->u.strct.tags, n);
	}
	case TY_TUPLE: {
		int n = t->u.tuple.nvars;
		Object **vs = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof *vs);
		for (int i = 0; i < n; i++) {
			Object *v = t->u.tuple.vars[i];
			Type *vt = deshape(c, v->type, depth);
			if (!vt)
				return NULL;
			vs[i] = vt == v->type ? v : obj_new_param(c, v->pos, v->pkg, v->name, vt);
		}
		return ty_new_tuple(c, vs, n);
	}
	case TY_SIGNATURE: {
		if (t->u.sig.recv)
			return NULL;
		Type *p = deshape(c, t->u.sig.params, depth), *r = deshape(c, t->u.sig.results, depth);
		return p && r ? ty_new_signature(c, NULL, p, r, t->u.sig.variadic) : NULL;
	}
	case TY_NAMED: {
		/* an instance: the generic type instantiated anew (the
		 * checker's substitution gives it its underlying type) */
		int n = t->u.named.ntargs;
		Type *orig = t->u.named.orig;
		if (!n || !orig || orig == t || ty_named_ntparams(orig) != n)
			return NULL;
		Type **ta = arena_alloc(&c->arena, (size_t)n * sizeof *ta);
		for (int i = 0; i < n; i++)
			if (!(ta[i] = deshape(c, t->u.named.targs[i], depth)))
				return NULL;
		Type *self = ty_new_instance(c, orig, orig->u.named.tparams, n);
		return check_subst_ctx(c, self, orig->u.named.tparams, ta, n);
	}
	default:
		return NULL;
	}
}

Type *stencil_shape(TypeCtx *c, Type *t, int index, Type *tparam)
{
	if (!t || stencil_has_typeparam(t))
		return NULL;
	if (ty_is_shape(t))
		t = ty_underlying(t);
	else if (ty_has_shape(t) && !(t = deshape(c, t->kind == TY_NAMED ? ty_underlying(t) : t, 0)))
		return NULL;    /* only the underlying type matters */
	Type *u = ty_underlying(t);
	if (!u || u->kind == TY_TYPEPARAM || ty_any(u, is_local_type, true))
		return NULL;
	/* every pointer is one shape, unless the constraint has a core
	 * type (a pointer to an array, or to a not-in-heap type, neither) */
	if (u->kind == TY_POINTER) {
		Type *e = u->u.ptr.elem;
		Type *ue = e ? ty_underlying(e) : NULL;
		bool notinheap = e && e->kind == TY_NAMED && e->u.named.notinheap;
		if (ue && ue->kind != TY_ARRAY && !notinheap && !ty_core_type(tparam))
			u = ty_new_pointer(c, c->typ[B_UINT8]);
	}
	TyBuf b = {0};
	tybuf_puts(&b, shape_prefix);
	ty_write_link(&b, u);
	tybuf_printf(&b, "_%d", index);
	Sym *name = sym_cstr(b.str);
	tybuf_free(&b);
	/* one shape per name for the run, whichever thread asks first */
	util_lock();
	for (int i = 0; i < nshapes; i++)
		if (shapes[i].ctx == c && shapes[i].name == name) {
			Type *s = shapes[i].type;
			util_unlock();
			return s;
		}
	Object *obj = obj_new_typename(c, (Pos){0, 0, 0}, NULL, name, NULL);
	Type *s = ty_new_named(c, obj, u);
	obj->type = s;
	if (nshapes == capshapes) {
		capshapes = capshapes ? 2 * capshapes : 64;
		shapes = xrealloc(shapes, (size_t)capshapes * sizeof *shapes);
	}
	shapes[nshapes++] = (ShapeEnt){ c, name, s };
	util_unlock();
	return s;
}

void stencil_forget_shapes(TypeCtx *c)
{
	int k = 0;
	for (int i = 0; i < nshapes; i++)
		if (shapes[i].ctx != c)
			shapes[k++] = shapes[i];
	nshapes = k;
	if (!nshapes) {
		free(shapes);
		shapes = NULL;
		capshapes = 0;
	}
}

/* ---- the checked tree, retyped ----------------------------------------- */

static void save(StencilRetype *r, Type **slot)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->slots = xrealloc(r->slots, (size_t)r->cap * sizeof *r->slots);
		r->old = xrealloc(r->old, (size_t)r->cap * sizeof *r->old);
	}
	r->slots[r->n] = slot;
	r->old[r->n] = *slot;
	r->n++;
	*slot = stencil_subst(r, *slot);
}

static bool is_local_var(Object *o)
{
	return o && o->kind == OBJ_VAR && !o->u.var.is_field && o->type &&
	       !(o->pkg && o->parent == o->pkg->scope);
}

static void retype_obj(StencilRetype *r, Object *o)
{
	if (is_local_var(o))
		save(r, &o->type);
}

static bool retype_node(Node *n, void *ctx)
{
	StencilRetype *r = ctx;
	if (n->ti) {
		if (n->ti->type)
			save(r, &n->ti->type);
		if (n->kind == N_NAME)
			retype_obj(r, n->ti->obj);
		/* a type switch clause's implicit variable (no name node
		 * declares it; the clause's others are retyped twice, which
		 * is harmless) */
		if (n->kind == N_CASECLAUSE && n->ti->scope)
			for (int i = 0; i < n->ti->scope->nelems; i++)
				retype_obj(r, n->ti->scope->elems[i]);
	}
	return true;
}

static void retype_tuple(StencilRetype *r, Type *tup)
{
	for (int i = 0; i < ty_tuple_len(tup); i++)
		retype_obj(r, tup->u.tuple.vars[i]);
}

void stencil_retype_begin(StencilRetype *r, TypeCtx *ctx, Node *decl, Object *fn, Type **from, Type **to, int n)
{
	memset(r, 0, sizeof *r);
	/* the tree and the signature's objects are every package's to
	 * read: no other thread works while they are retyped */
	util_world_alone();
	r->ctx = ctx;
	r->from = from;
	r->to = to;
	r->nmap = n;
	Type *sig = fn->type;
	if (sig && sig->kind == TY_SIGNATURE) {
		if (sig->u.sig.recv)
			retype_obj(r, sig->u.sig.recv);
		retype_tuple(r, sig->u.sig.params);
		retype_tuple(r, sig->u.sig.results);
	}
	syntax_walk(decl->u.funcdecl.recv, retype_node, r);
	syntax_walk(decl->u.funcdecl.type, retype_node, r);
	syntax_walk(decl->u.funcdecl.body, retype_node, r);
}

void stencil_retype_end(StencilRetype *r)
{
	for (int i = r->n - 1; i >= 0; i--)
		*r->slots[i] = r->old[i];
	free(r->slots);
	free(r->old);
	memset(r, 0, sizeof *r);
	util_world_shared();
}

Type *stencil_unsubst(StencilRetype *r, Type **slot)
{
	for (int i = r ? r->n - 1 : -1; i >= 0; i--)
		if (r->slots[i] == slot)
			return r->old[i];
	return NULL;
}

Type *stencil_subst(StencilRetype *r, Type *t)
{
	if (!r || !r->nmap || !t)
		return t;
	if (t->kind == TY_TUPLE) {
		/* a comma-ok or multi-valued expression's type */
		int n = t->u.tuple.nvars;
		Object **vs = arena_alloc(&r->ctx->arena, (size_t)(n + 1) * sizeof *vs);
		bool changed = false;
		for (int i = 0; i < n; i++) {
			Object *v = t->u.tuple.vars[i];
			Type *nt = check_subst_ctx(r->ctx, v->type, r->from, r->to, r->nmap);
			vs[i] = v;
			if (nt != v->type) {
				vs[i] = obj_new_param(r->ctx, v->pos, v->pkg, v->name, nt);
				changed = true;
			}
		}
		return changed ? ty_new_tuple(r->ctx, vs, n) : t;
	}
	return check_subst_ctx(r->ctx, t, r->from, r->to, r->nmap);
}

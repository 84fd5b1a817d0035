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

static bool has_typeparam(Type *t, int depth)
{
	if (!t || depth > 50)
		return false;
	switch (t->kind) {
	case TY_TYPEPARAM:
		return true;
	case TY_NAMED:
		for (int i = 0; i < t->u.named.ntargs; i++)
			if (has_typeparam(t->u.named.targs[i], depth + 1))
				return true;
		return false;
	case TY_POINTER: case TY_SLICE:
		return has_typeparam(t->u.ptr.elem, depth + 1);
	case TY_ARRAY:
		return has_typeparam(t->u.array.elem, depth + 1);
	case TY_MAP:
		return has_typeparam(t->u.map.key, depth + 1) || has_typeparam(t->u.map.elem, depth + 1);
	case TY_CHAN:
		return has_typeparam(t->u.chan.elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (has_typeparam(t->u.strct.fields[i]->type, depth + 1))
				return true;
		return false;
	case TY_TUPLE:
		for (int i = 0; i < t->u.tuple.nvars; i++)
			if (has_typeparam(t->u.tuple.vars[i]->type, depth + 1))
				return true;
		return false;
	case TY_SIGNATURE:
		return has_typeparam(t->u.sig.params, depth + 1) || has_typeparam(t->u.sig.results, depth + 1);
	default:
		return false;
	}
}

bool stencil_has_typeparam(Type *t)
{
	return has_typeparam(t, 0);
}

/* A type declared in a function named in t: its link string carries a
 * number goescape does not reproduce (p.Bar·1). */
static bool has_local_type(Type *t, int depth)
{
	if (!t || depth > 50)
		return false;
	switch (t->kind) {
	case TY_NAMED: {
		Object *o = t->u.named.obj;
		if (o && o->pkg && o->parent && o->parent != o->pkg->scope)
			return true;
		for (int i = 0; i < t->u.named.ntargs; i++)
			if (has_local_type(t->u.named.targs[i], depth + 1))
				return true;
		return false;
	}
	case TY_POINTER: case TY_SLICE:
		return has_local_type(t->u.ptr.elem, depth + 1);
	case TY_ARRAY:
		return has_local_type(t->u.array.elem, depth + 1);
	case TY_MAP:
		return has_local_type(t->u.map.key, depth + 1) || has_local_type(t->u.map.elem, depth + 1);
	case TY_CHAN:
		return has_local_type(t->u.chan.elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (has_local_type(t->u.strct.fields[i]->type, depth + 1))
				return true;
		return false;
	case TY_TUPLE:
		for (int i = 0; i < t->u.tuple.nvars; i++)
			if (has_local_type(t->u.tuple.vars[i]->type, depth + 1))
				return true;
		return false;
	case TY_SIGNATURE:
		return has_local_type(t->u.sig.params, depth + 1) || has_local_type(t->u.sig.results, depth + 1);
	case TY_INTERFACE:
		for (int i = 0; i < t->u.iface.nmethods; i++)
			if (has_local_type(t->u.iface.methods[i]->type, depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

Type *stencil_shape(TypeCtx *c, Type *t, int index, Type *tparam)
{
	if (!t || has_typeparam(t, 0))
		return NULL;
	if (ty_is_shape(t))
		t = ty_underlying(t);
	else if (ty_has_shape(t))
		return NULL;    /* Shapify's replacement of inner shapes: not yet */
	Type *u = ty_underlying(t);
	if (!u || u->kind == TY_TYPEPARAM || has_local_type(u, 0))
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

typedef struct Visit {
	void (*fn)(Node *n, void *ctx);
	void *ctx;
} Visit;

static void visit(Visit *r, Node *n, int depth);


static void visit_list(Visit *r, NodeList l, int depth)
{
	for (int i = 0; i < l.n; i++)
		visit(r, l.v[i], depth);
}

static void visit(Visit *r, Node *n, int depth)
{
	if (!n)
		return;
	/* deeper trees are left unvisited: a retyped tree keeps type
	 * parameters then, and irgen refuses the instantiation */
	if (depth > 100000)
		return;
	depth++;
	r->fn(n, r->ctx);
	switch (n->kind) {
	case N_COMPOSITELIT: visit(r, n->u.clit.type, depth); visit_list(r, n->u.clit.elems, depth); break;
	case N_KEYVALUE: visit(r, n->u.kv.key, depth); visit(r, n->u.kv.val, depth); break;
	case N_FUNCLIT: visit(r, n->u.funclit.type, depth); visit(r, n->u.funclit.body, depth); break;
	case N_PAREN: visit(r, n->u.paren.x, depth); break;
	case N_SELECTOR: visit(r, n->u.sel.x, depth); visit(r, n->u.sel.sel, depth); break;
	case N_INDEX: visit(r, n->u.index.x, depth); visit(r, n->u.index.index, depth); break;
	case N_SLICE:
		visit(r, n->u.slice.x, depth);
		for (int i = 0; i < 3; i++)
			visit(r, n->u.slice.idx[i], depth);
		break;
	case N_ASSERT: visit(r, n->u.assert.x, depth); visit(r, n->u.assert.type, depth); break;
	case N_TYPESWITCHGUARD: visit(r, n->u.guard.lhs, depth); visit(r, n->u.guard.x, depth); break;
	case N_OPERATION: visit(r, n->u.op.x, depth); visit(r, n->u.op.y, depth); break;
	case N_CALL: visit(r, n->u.call.fun, depth); visit_list(r, n->u.call.args, depth); break;
	case N_LIST: visit_list(r, n->u.list.elems, depth); break;
	case N_ARRAYTYPE: visit(r, n->u.array.len, depth); visit(r, n->u.array.elem, depth); break;
	case N_SLICETYPE: case N_DOTSTYPE: visit(r, n->u.slicetype.elem, depth); break;
	case N_STRUCTTYPE: visit_list(r, n->u.structtype.fields, depth); break;
	case N_FIELD: visit(r, n->u.field.name, depth); visit(r, n->u.field.type, depth); break;
	case N_INTERFACETYPE: visit_list(r, n->u.iface.methods, depth); break;
	case N_FUNCTYPE: visit_list(r, n->u.functype.params, depth); visit_list(r, n->u.functype.results, depth); break;
	case N_MAPTYPE: visit(r, n->u.map.key, depth); visit(r, n->u.map.val, depth); break;
	case N_CHANTYPE: visit(r, n->u.chantype.elem, depth); break;
	case N_LABELEDSTMT: visit(r, n->u.labeled.stmt, depth); break;
	case N_BLOCKSTMT: visit_list(r, n->u.block.stmts, depth); break;
	case N_EXPRSTMT: visit(r, n->u.exprstmt.x, depth); break;
	case N_SENDSTMT: visit(r, n->u.send.ch, depth); visit(r, n->u.send.val, depth); break;
	case N_DECLSTMT: visit_list(r, n->u.declstmt.decls, depth); break;
	case N_ASSIGNSTMT: visit(r, n->u.assign.lhs, depth); visit(r, n->u.assign.rhs, depth); break;
	case N_CALLSTMT: visit(r, n->u.callstmt.call, depth); break;
	case N_RETURNSTMT: visit(r, n->u.ret.results, depth); break;
	case N_IFSTMT:
		visit(r, n->u.ifstmt.init, depth);
		visit(r, n->u.ifstmt.cond, depth);
		visit(r, n->u.ifstmt.then, depth);
		visit(r, n->u.ifstmt.els, depth);
		break;
	case N_FORSTMT:
		visit(r, n->u.forstmt.init, depth);
		visit(r, n->u.forstmt.cond, depth);
		visit(r, n->u.forstmt.post, depth);
		visit(r, n->u.forstmt.body, depth);
		break;
	case N_SWITCHSTMT:
		visit(r, n->u.switchstmt.init, depth);
		visit(r, n->u.switchstmt.tag, depth);
		visit_list(r, n->u.switchstmt.body, depth);
		break;
	case N_SELECTSTMT: visit_list(r, n->u.selectstmt.body, depth); break;
	case N_RANGECLAUSE: visit(r, n->u.range.lhs, depth); visit(r, n->u.range.x, depth); break;
	case N_CASECLAUSE: visit(r, n->u.caseclause.cases, depth); visit_list(r, n->u.caseclause.body, depth); break;
	case N_COMMCLAUSE: visit(r, n->u.commclause.comm, depth); visit_list(r, n->u.commclause.body, depth); break;
	case N_CONSTDECL: case N_VARDECL:
		visit_list(r, n->u.vardecl.names, depth);
		visit(r, n->u.vardecl.type, depth);
		visit(r, n->u.vardecl.values, depth);
		break;
	case N_TYPEDECL: visit(r, n->u.typedecl.name, depth); visit(r, n->u.typedecl.type, depth); break;
	default:
		break;
	}
}

void stencil_visit(Node *n, void (*fn)(Node *n, void *ctx), void *ctx)
{
	Visit v = { fn, ctx };
	visit(&v, n, 0);
}

static void retype_node(Node *n, void *ctx)
{
	StencilRetype *r = ctx;
	if (n->ti) {
		if (n->ti->type)
			save(r, &n->ti->type);
		if (n->kind == N_NAME)
			retype_obj(r, n->ti->obj);
	}
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
	stencil_visit(decl->u.funcdecl.recv, retype_node, r);
	stencil_visit(decl->u.funcdecl.type, retype_node, r);
	stencil_visit(decl->u.funcdecl.body, retype_node, r);
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

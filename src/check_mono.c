/* check_mono.c — instantiation cycles (types2's mono.go).
 *
 * A generic function or type can be compiled by making one copy per
 * set of type arguments only if instantiating it does not lead to ever
 * larger type arguments: f[T] calling f[[]T] would need f[int],
 * f[[]int], f[[][]int], ...  types2 finds these with a graph whose
 * vertices are the package's type parameters: each verified
 * instantiation adds, for each type parameter P given an argument A,
 * an edge to P from every type parameter that occurs in A, of weight 0
 * when A is that type parameter itself and 1 when it is inside a
 * larger type.  A cycle of positive weight is an instantiation cycle.
 * Finding it is a longest-path search (Bellman-Ford, with the weights
 * negated): a path that keeps growing once it has as many edges as
 * there are vertices must go round such a cycle.
 *
 * Local defined types with type parameters in scope are vertices too:
 * they stand for all those type parameters (types2 calls them
 * implicitly parameterized).
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static int name_vertex(Checker *c, Object *obj)
{
	for (int i = 0; i < c->nmono_names; i++)
		if (c->mono_names[i].obj == obj)
			return c->mono_names[i].idx;
	return -2;
}

static void set_name_vertex(Checker *c, Object *obj, int idx)
{
	if (c->nmono_names == c->capmono_names) {
		c->capmono_names = c->capmono_names ? 2 * c->capmono_names : 16;
		c->mono_names = xrealloc(c->mono_names, (size_t)c->capmono_names * sizeof *c->mono_names);
	}
	c->mono_names[c->nmono_names++] = (struct MonoName){obj, idx};
}

static int new_vertex(Checker *c, Object *obj)
{
	if (c->nmono_v == c->capmono_v) {
		c->capmono_v = c->capmono_v ? 2 * c->capmono_v : 16;
		c->mono_v = xrealloc(c->mono_v, (size_t)c->capmono_v * sizeof *c->mono_v);
	}
	c->mono_v[c->nmono_v] = (struct MonoVertex){0, 0, 0, obj};
	return c->nmono_v++;
}

static void add_edge(Checker *c, int dst, int src, int weight, Pos pos, Type *typ)
{
	if (c->nmono_e == c->capmono_e) {
		c->capmono_e = c->capmono_e ? 2 * c->capmono_e : 16;
		c->mono_e = xrealloc(c->mono_e, (size_t)c->capmono_e * sizeof *c->mono_e);
	}
	c->mono_e[c->nmono_e++] = (struct MonoEdge){dst, src, weight, pos, typ};
}

void check_mono_canon(Checker *c, Type *mpar, Type *tpar)
{
	if (c->nmono_canon == c->capmono_canon) {
		c->capmono_canon = c->capmono_canon ? 2 * c->capmono_canon : 16;
		c->mono_canon = xrealloc(c->mono_canon, (size_t)c->capmono_canon * sizeof *c->mono_canon);
	}
	c->mono_canon[c->nmono_canon++] = (struct MonoCanon){mpar, tpar};
}

/* The vertex of type parameter tpar (a receiver's stands for its base
 * type's), made on first use. */
static int tparam_vertex(Checker *c, Type *tpar)
{
	for (int i = c->nmono_canon - 1; i >= 0; i--)
		if (c->mono_canon[i].mpar == tpar) {
			tpar = c->mono_canon[i].tpar;
			break;
		}
	Object *obj = tpar->u.tparam.obj;
	int idx = name_vertex(c, obj);
	if (idx >= -1)
		return idx;
	idx = new_vertex(c, obj);
	set_name_vertex(c, obj, idx);
	return idx;
}

static bool pos_before(Pos a, Pos b)
{
	if (a.file != b.file)
		return a.file < b.file;
	if (a.line != b.line)
		return a.line < b.line;
	return a.col < b.col;
}

/* The vertex of a defined type of the package declared inside a
 * function, when type parameters are in scope where it is declared
 * (each flows into it with weight 1); -1 for any other. */
static int local_named_vertex(Checker *c, Type *named)
{
	Object *obj = named->u.named.obj;
	if (obj->pkg != c->pkg)
		return -1;
	Scope *root = c->pkg->scope;
	if (!obj->parent || obj->parent == root)
		return -1;
	int idx = name_vertex(c, obj);
	if (idx >= -1)
		return idx;
	idx = -1;
	for (Scope *s = obj->parent; s && s != root; s = s->parent) {
		for (int i = 0; i < s->nelems; i++) {
			Object *e = s->elems[i];
			if (e->kind != OBJ_TYPENAME || !e->type || e->type->kind != TY_TYPEPARAM ||
			    obj_is_alias(e) || !pos_before(e->pos, obj->pos))
				continue;
			if (idx < 0)
				idx = new_vertex(c, obj);
			add_edge(c, idx, tparam_vertex(c, e->type), 1, obj->pos, e->type);
		}
	}
	set_name_vertex(c, obj, idx);
	return idx;
}

typedef struct Assign {
	Checker *c;
	Type *tpar, *targ;
	Pos pos;
} Assign;

static void flow(Assign *a, int src, Type *typ)
{
	int w = typ == a->targ ? 0 : 1;
	add_edge(a->c, tparam_vertex(a->c, a->tpar), src, w, a->pos, a->targ);
}

static void assign_walk(Assign *a, Type *t)
{
	if (!t)
		return;
	switch (t->kind) {
	case TY_TYPEPARAM:
		if (t->u.tparam.obj->pkg == a->c->pkg)
			flow(a, tparam_vertex(a->c, t), t);
		break;
	case TY_NAMED: {
		int src = local_named_vertex(a->c, t->u.named.orig ? t->u.named.orig : t);
		if (src >= 0)
			flow(a, src, t);
		for (int i = 0; i < t->u.named.ntargs; i++)
			assign_walk(a, t->u.named.targs[i]);
		break;
	}
	case TY_ARRAY:
		assign_walk(a, t->u.array.elem);
		break;
	case TY_CHAN:
		assign_walk(a, t->u.chan.elem);
		break;
	case TY_MAP:
		assign_walk(a, t->u.map.key);
		assign_walk(a, t->u.map.elem);
		break;
	case TY_POINTER:
		assign_walk(a, t->u.ptr.elem);
		break;
	case TY_SLICE:
		assign_walk(a, t->u.slice.elem);
		break;
	case TY_INTERFACE: {
		int n = ty_iface_nmethods(t);
		for (int i = 0; i < n; i++)
			assign_walk(a, ty_iface_method(t, i)->type);
		break;
	}
	case TY_SIGNATURE:
		assign_walk(a, t->u.sig.params);
		assign_walk(a, t->u.sig.results);
		break;
	case TY_TUPLE:
		for (int i = 0; i < t->u.tuple.nvars; i++)
			assign_walk(a, t->u.tuple.vars[i]->type);
		break;
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			assign_walk(a, t->u.strct.fields[i]->type);
		break;
	default:
		break;
	}
}

void check_mono_instance(Checker *c, Pos pos, Type **tparams, Type **targs, int n, NodeList xlist)
{
	for (int i = 0; i < n; i++) {
		Type *tpar = tparams[i];
		/* only the package's own type parameters: an imported generic
		 * function cannot call back into this package's */
		if (tpar->u.tparam.obj->pkg != c->pkg)
			continue;
		Assign a = {c, tpar, targs[i], i < xlist.n ? parse_start_pos(xlist.v[i]) : pos};
		assign_walk(&a, targs[i]);
	}
}

/* types2's reportInstanceLoop: the cycle through vertex v, from its
 * first vertex on, each edge with the type that made it. */
static void report_loop(Checker *c, int v)
{
	int nv = c->nmono_v;
	int *stack = xmalloc((size_t)nv * sizeof *stack);
	bool *seen = xmalloc((size_t)nv * sizeof *seen);
	memset(seen, 0, (size_t)nv * sizeof *seen);
	int n = 0;
	while (!seen[v]) {
		stack[n++] = v;
		seen[v] = true;
		v = c->mono_e[c->mono_v[v].pre].src;
	}
	int first = 0;
	while (stack[first] != v)
		first++;
	TyBuf b = {0};
	char where[512];
	tybuf_puts(&b, "instantiation cycle:");
	for (int i = first; i < n; i++) {
		struct MonoEdge *e = &c->mono_e[c->mono_v[stack[i]].pre];
		Object *obj = c->mono_v[e->dst].obj;
		diag_format_pos(e->pos, where, sizeof where);
		tybuf_printf(&b, "\n\t%s: %s %s ", where, obj->name->name,
			obj->type && obj->type->kind == TY_NAMED ? "implicitly parameterized by" : "instantiated as");
		ty_write(&b, e->typ, &c->qf);
	}
	c->nerrors++;
	diag_error(c->mono_v[v].obj->pos, "%s", b.str);
	tybuf_free(&b);
	free(stack);
	free(seen);
}

void check_monomorph(Checker *c)
{
	bool again = true;
	while (again) {
		again = false;
		for (int i = 0; i < c->nmono_e; i++) {
			struct MonoEdge *e = &c->mono_e[i];
			struct MonoVertex *src = &c->mono_v[e->src], *dst = &c->mono_v[e->dst];
			int w = src->weight + e->weight;
			if (w <= dst->weight)
				continue;
			dst->pre = i;
			dst->len = src->len + 1;
			if (dst->len == c->nmono_v) {
				report_loop(c, e->dst);
				return;
			}
			dst->weight = w;
			again = true;
		}
	}
}

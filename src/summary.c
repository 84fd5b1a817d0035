/*
 * summary.c — per-function summaries of analysed packages (summary.h):
 * one open-addressing map from Object to FuncSummary, all in one arena.
 */
#include "summary.h"

#include <stdlib.h>
#include <string.h>

void summary_init(Summaries *s)
{
	memset(s, 0, sizeof *s);
	pthread_mutex_init(&s->lock, NULL);
}

static void rlock(const Summaries *s)
{
	if (util_threaded())
		pthread_mutex_lock((pthread_mutex_t *)&s->lock);
}

static void wlock(Summaries *s)
{
	if (util_threaded())
		pthread_mutex_lock(&s->lock);
}

static void unlock(const Summaries *s)
{
	if (util_threaded())
		pthread_mutex_unlock((pthread_mutex_t *)&s->lock);
}

static const FuncSummary *lookup(const Summaries *s, const Object *obj);

void summary_free(Summaries *s)
{
	free(s->tab);
	for (int i = 1; i < s->mentions.len; i += 2) {
		vec_free(s->mentions.data[i]);
		free(s->mentions.data[i]);
	}
	vec_free(&s->mentions);
	vec_free(&s->generics);
	vec_free(&s->shapes);
	arena_free(&s->arena);
	pthread_mutex_destroy(&s->lock);
	memset(s, 0, sizeof *s);
}

static uint32_t slot(const FuncSummary *const *tab, uint32_t cap, const Object *obj)
{
	uint32_t h = (uint32_t)((uintptr_t)obj >> 3) & (cap - 1);
	while (tab[h] && tab[h]->obj != obj)
		h = (h + 1) & (cap - 1);
	return h;
}

static void grow(Summaries *s)
{
	uint32_t ncap = s->cap ? s->cap * 2 : 1024;
	FuncSummary **nt = xmalloc(ncap * sizeof *nt);
	memset(nt, 0, ncap * sizeof *nt);
	for (uint32_t i = 0; i < s->cap; i++)
		if (s->tab[i])
			nt[slot((const FuncSummary *const *)nt, ncap, s->tab[i]->obj)] = s->tab[i];
	free(s->tab);
	s->tab = nt;
	s->cap = ncap;
}

static void copy_note(Summaries *s, FuncSummary *f, int i, const IrParam *p)
{
	size_t len = p->note ? p->note_len : 0;
	char *t = arena_alloc(&s->arena, len + 1);
	if (len)
		memcpy(t, p->note, len);
	f->notes[i] = t;
	f->note_lens[i] = len;
}

static FuncSummary *new_summary(Summaries *s, const Object *obj, const IrFunc *fn)
{
	FuncSummary *f = arena_alloc(&s->arena, sizeof *f);
	f->obj = obj;
	f->pragma = fn->pragma;
	f->inl_cost = fn->inl ? fn->inl->cost : -1;
	f->fn = fn;
	f->nnotes = fn->nparams + (fn->recv ? 1 : 0);
	f->notes = arena_alloc(&s->arena, (size_t)(f->nnotes + 1) * sizeof *f->notes);
	f->note_lens = arena_alloc(&s->arena, (size_t)(f->nnotes + 1) * sizeof *f->note_lens);
	int k = 0;
	if (fn->recv)
		copy_note(s, f, k++, fn->recv);
	for (int i = 0; i < fn->nparams; i++)
		copy_note(s, f, k++, &fn->params[i]);
	return f;
}

static void add(Summaries *s, const Object *obj, const IrFunc *fn)
{
	if ((s->n + 1) * 2 >= s->cap)
		grow(s);
	uint32_t h = slot((const FuncSummary *const *)s->tab, s->cap, obj);
	if (s->tab[h])
		fatal_internal("two summaries for one function");
	s->tab[h] = new_summary(s, obj, fn);
	s->n++;
}

static const FuncSummary *find_shape(const Summaries *s, const Object *gen, const Sym *name)
{
	for (int i = 0; i < s->shapes.len; i++) {
		const FuncSummary *f = s->shapes.data[i];
		if (f->obj == gen && f->shape == name)
			return f;
	}
	return NULL;
}

void summary_add_shape(Summaries *s, const Object *gen, const Sym *name, const IrFunc *fn)
{
	wlock(s);
	if (!find_shape(s, gen, name)) {
		FuncSummary *f = new_summary(s, gen, fn);
		f->shape = name;
		f->inl_cost = -1;
		f->fn = NULL;
		vec_push(&s->shapes, f);
	}
	unlock(s);
}

const FuncSummary *summary_get_shape(const Summaries *s, const Object *gen, const Sym *name)
{
	if (!s)
		return NULL;
	rlock(s);
	const FuncSummary *f = find_shape(s, gen, name);
	unlock(s);
	return f;
}

/* ---- the inline bodies, copied out of their package's IR --------------- */

/* What an importer reads of an inlinable function is its saved body and
 * what that reaches: the function's names, the statements defining
 * them, the literals in it with their own functions, the functions and
 * globals it names.  A package's IR arena goes once the package is
 * analysed; before that, this graph is copied into the summaries' arena
 * (pointers to types, objects, symbols and constants stay: they live as
 * long as the run).  A function the graph only names (a callee, not
 * inlinable here) is copied as a stub: its name, object, position,
 * flags and parameters, without body; importers only read its object. */
typedef struct Compact {
	Arena *a;
	const void **from;      /* open addressing: old pointer -> copy */
	void **to;
	uint32_t n, cap;
	size_t nodes, funcs;    /* what was copied (-stats) */
} Compact;

static uint32_t cp_hash(const void *p, uint32_t cap)
{
	uintptr_t h = (uintptr_t)p;
	h ^= h >> 17;
	h *= 0x9E3779B1u;
	return (uint32_t)(h >> 7) & (cap - 1);
}

static void *cp_find(const Compact *c, const void *p)
{
	if (!c->cap)
		return NULL;
	for (uint32_t h = cp_hash(p, c->cap); c->from[h]; h = (h + 1) & (c->cap - 1))
		if (c->from[h] == p)
			return c->to[h];
	return NULL;
}

static void cp_insert(Compact *c, const void *p, void *q)
{
	if ((c->n + 1) * 2 >= c->cap) {
		uint32_t ncap = c->cap ? 2 * c->cap : 1024;
		const void **nf = xmalloc(ncap * sizeof *nf);
		void **nt = xmalloc(ncap * sizeof *nt);
		memset(nf, 0, ncap * sizeof *nf);
		for (uint32_t i = 0; i < c->cap; i++) {
			if (!c->from[i])
				continue;
			uint32_t h = cp_hash(c->from[i], ncap);
			while (nf[h])
				h = (h + 1) & (ncap - 1);
			nf[h] = c->from[i];
			nt[h] = c->to[i];
		}
		free(c->from);
		free(c->to);
		c->from = nf;
		c->to = nt;
		c->cap = ncap;
	}
	uint32_t h = cp_hash(p, c->cap);
	while (c->from[h])
		h = (h + 1) & (c->cap - 1);
	c->from[h] = p;
	c->to[h] = q;
	c->n++;
}

static const char *cp_bytes(Compact *c, const char *s, size_t len)
{
	if (!s)
		return NULL;
	char *t = arena_alloc(c->a, len + 1);
	memcpy(t, s, len);
	return t;
}

static IrNode *cp_node(Compact *c, IrNode *n);
static IrFunc *cp_func(Compact *c, IrFunc *f);

static IrList cp_list(Compact *c, const IrList *l)
{
	IrList r = { 0 };
	if (!l->n)
		return r;
	r.v = arena_alloc(c->a, (size_t)l->n * sizeof *r.v);
	r.n = r.cap = l->n;
	for (int i = 0; i < l->n; i++)
		r.v[i] = cp_node(c, l->v[i]);
	return r;
}

static IrParam *cp_params(Compact *c, const IrParam *v, int n)
{
	if (!v || !n)
		return NULL;
	IrParam *r = arena_alloc(c->a, (size_t)n * sizeof *r);
	for (int i = 0; i < n; i++) {
		r[i] = v[i];
		r[i].nname = cp_node(c, v[i].nname);
		r[i].note = cp_bytes(c, v[i].note, v[i].note_len);
	}
	return r;
}

static IrNode *cp_node(Compact *c, IrNode *n)
{
	if (!n)
		return NULL;
	IrNode *m = cp_find(c, n);
	if (m)
		return m;
	m = arena_alloc(c->a, sizeof *m);
	*m = *n;
	cp_insert(c, n, m);
	c->nodes++;
	m->syn = NULL;          /* its tree went with the checker's */
	m->raw = n->raw ? cp_bytes(c, n->raw, strlen(n->raw)) : NULL;
	m->orig = cp_node(c, n->orig);
	m->init = cp_list(c, &n->init);
	switch (ir_class(n->op)) {
	case IRC_NONE: case IRC_CONST: case IRC_LEAF: case IRC_BRANCH: case IRC_LABEL: case IRC_INLMARK:
		break;
	case IRC_NAME:
		m->u.name.qual = n->u.name.qual ? cp_bytes(c, n->u.name.qual, strlen(n->u.name.qual)) : NULL;
		m->u.name.curfn = cp_func(c, n->u.name.curfn);
		m->u.name.defn = cp_node(c, n->u.name.defn);
		m->u.name.outer = cp_node(c, n->u.name.outer);
		m->u.name.func = cp_func(c, n->u.name.func);
		m->u.name.opt = NULL;   /* escape analysis is over */
		break;
	case IRC_UNARY: case IRC_STAR: case IRC_PAREN: case IRC_CONV: case IRC_TYPEASSERT:
	case IRC_ADDR: case IRC_SELECTOR:
		m->u.un.x = cp_node(c, n->u.un.x);
		m->u.un.prealloc = cp_node(c, n->u.un.prealloc);
		m->u.un.method = cp_func(c, n->u.un.method);
		break;
	case IRC_BINARY: case IRC_LOGICAL: case IRC_INDEX: case IRC_KEY:
	case IRC_ASSIGN: case IRC_ASSIGNOP: case IRC_SEND:
		m->u.bin.x = cp_node(c, n->u.bin.x);
		m->u.bin.y = cp_node(c, n->u.bin.y);
		break;
	case IRC_CALL:
		m->u.call.x = cp_node(c, n->u.call.x);
		m->u.call.args = cp_list(c, &n->u.call.args);
		m->u.call.keepalive = cp_list(c, &n->u.call.keepalive);
		break;
	case IRC_SLICE:
		m->u.slice.x = cp_node(c, n->u.slice.x);
		m->u.slice.low = cp_node(c, n->u.slice.low);
		m->u.slice.high = cp_node(c, n->u.slice.high);
		m->u.slice.max = cp_node(c, n->u.slice.max);
		break;
	case IRC_MAKE:
		m->u.make.len = cp_node(c, n->u.make.len);
		m->u.make.cap = cp_node(c, n->u.make.cap);
		break;
	case IRC_COMPLIT: case IRC_ADDSTR:
		m->u.lit.list = cp_list(c, &n->u.lit.list);
		m->u.lit.prealloc = cp_node(c, n->u.lit.prealloc);
		break;
	case IRC_STRUCTKEY:
		m->u.skey.value = cp_node(c, n->u.skey.value);
		break;
	case IRC_CLOSURE:
		m->u.clo.func = cp_func(c, n->u.clo.func);
		m->u.clo.prealloc = cp_node(c, n->u.clo.prealloc);
		break;
	case IRC_INLCALL:
		m->u.inlcall.body = cp_list(c, &n->u.inlcall.body);
		m->u.inlcall.retvars = cp_list(c, &n->u.inlcall.retvars);
		break;
	case IRC_ASSIGNLIST:
		m->u.as2.lhs = cp_list(c, &n->u.as2.lhs);
		m->u.as2.rhs = cp_list(c, &n->u.as2.rhs);
		break;
	case IRC_BLOCK: case IRC_RETURN:
		m->u.block.list = cp_list(c, &n->u.block.list);
		break;
	case IRC_CASE:
		m->u.cas.var = cp_node(c, n->u.cas.var);
		m->u.cas.list = cp_list(c, &n->u.cas.list);
		m->u.cas.body = cp_list(c, &n->u.cas.body);
		break;
	case IRC_DECL:
		m->u.decl.x = cp_node(c, n->u.decl.x);
		break;
	case IRC_FOR:
		m->u.loop.cond = cp_node(c, n->u.loop.cond);
		m->u.loop.late = cp_list(c, &n->u.loop.late);
		m->u.loop.post = cp_node(c, n->u.loop.post);
		m->u.loop.body = cp_list(c, &n->u.loop.body);
		break;
	case IRC_GODEFER: case IRC_TAILCALL:
		m->u.godefer.call = cp_node(c, n->u.godefer.call);
		break;
	case IRC_IF:
		m->u.ifs.cond = cp_node(c, n->u.ifs.cond);
		m->u.ifs.body = cp_list(c, &n->u.ifs.body);
		m->u.ifs.els = cp_list(c, &n->u.ifs.els);
		break;
	case IRC_RANGE:
		m->u.range.x = cp_node(c, n->u.range.x);
		m->u.range.key = cp_node(c, n->u.range.key);
		m->u.range.value = cp_node(c, n->u.range.value);
		m->u.range.body = cp_list(c, &n->u.range.body);
		m->u.range.prealloc = cp_node(c, n->u.range.prealloc);
		break;
	case IRC_SELECT: case IRC_SWITCH:
		m->u.sw.tag = cp_node(c, n->u.sw.tag);
		m->u.sw.cases = cp_list(c, &n->u.sw.cases);
		m->u.sw.compiled = cp_list(c, &n->u.sw.compiled);
		break;
	case IRC_TYPESWGUARD:
		m->u.guard.tag = cp_node(c, n->u.guard.tag);
		m->u.guard.x = cp_node(c, n->u.guard.x);
		break;
	case IRC_FUNC:
		m->u.fn.func = cp_func(c, n->u.fn.func);
		break;
	}
	return m;
}

/* A function literal and an inlinable function of the package are
 * copied whole; any other function as a stub. */
static IrFunc *cp_func(Compact *c, IrFunc *f)
{
	if (!f)
		return NULL;
	IrFunc *g = cp_find(c, f);
	if (g)
		return g;
	g = arena_alloc(c->a, sizeof *g);
	*g = *f;
	cp_insert(c, f, g);
	c->funcs++;
	bool whole = f->oclosure || f->outer || (f->inl && !(f->fflags & IRFN_IMPORTED));
	g->node = cp_node(c, f->node);
	g->nname = cp_node(c, f->nname);
	g->recv = cp_params(c, f->recv, 1);
	g->params = cp_params(c, f->params, f->nparams);
	g->results = cp_params(c, f->results, f->nresults);
	g->oclosure = cp_node(c, f->oclosure);
	g->outer = cp_func(c, f->outer);
	if (!whole) {
		g->dcl = g->closure_vars = g->body = (IrList){ 0 };
		g->inl = NULL;
		return g;
	}
	g->dcl = cp_list(c, &f->dcl);
	g->closure_vars = cp_list(c, &f->closure_vars);
	g->body = cp_list(c, &f->body);
	if (f->inl) {
		IrInline *inl = arena_alloc(c->a, sizeof *inl);
		*inl = *f->inl;
		inl->dcl = cp_list(c, &f->inl->dcl);
		inl->body = cp_list(c, &f->inl->body);
		g->inl = inl;
	}
	return g;
}

void summary_add(Summaries *s, const Object *obj, const IrFunc *fn)
{
	wlock(s);
	add(s, obj, fn);
	unlock(s);
}

void summary_compact(Summaries *s, const PtrVec *funcs)
{
	wlock(s);
	Compact c = { .a = &s->arena };
	for (int i = 0; i + 1 < funcs->len; i += 2) {
		FuncSummary *f = (FuncSummary *)lookup(s, funcs->data[i]);
		if (!f || f->fn != funcs->data[i + 1])
			continue;
		/* only the bodies its export data would hold */
		f->fn = f->written ? cp_func(&c, (IrFunc *)f->fn) : NULL;
		if (f->fn)
			s->nbodies++;
	}
	s->ncopied_nodes += c.nodes;
	s->ncopied_funcs += c.funcs;
	free(c.from);
	free(c.to);
	unlock(s);
}

static const FuncSummary *lookup(const Summaries *s, const Object *obj)
{
	if (!s || !s->cap)
		return NULL;
	return s->tab[slot((const FuncSummary *const *)s->tab, s->cap, obj)];
}

const FuncSummary *summary_get(const Summaries *s, const Object *obj)
{
	if (!s)
		return NULL;
	rlock(s);
	const FuncSummary *f = lookup(s, obj);
	unlock(s);
	return f;
}

/* ---- the packages an export data names ---------------------------------- */

/* A set of pointers (open addressing). */
typedef struct PtrSet {
	const void **v;
	uint32_t n, cap;
} PtrSet;

/* Add p; false if it was there. */
static bool pset_add(PtrSet *set, const void *p)
{
	if ((set->n + 1) * 2 >= set->cap) {
		uint32_t ncap = set->cap ? 2 * set->cap : 256;
		const void **nt = xmalloc(ncap * sizeof *nt);
		memset(nt, 0, ncap * sizeof *nt);
		for (uint32_t i = 0; i < set->cap; i++) {
			if (!set->v[i])
				continue;
			uint32_t h = (uint32_t)((uintptr_t)set->v[i] >> 4) & (ncap - 1);
			while (nt[h])
				h = (h + 1) & (ncap - 1);
			nt[h] = set->v[i];
		}
		free(set->v);
		set->v = nt;
		set->cap = ncap;
	}
	uint32_t h = (uint32_t)((uintptr_t)p >> 4) & (set->cap - 1);
	while (set->v[h]) {
		if (set->v[h] == p)
			return false;
		h = (h + 1) & (set->cap - 1);
	}
	set->v[h] = p;
	set->n++;
	return true;
}

typedef struct Mention {
	PtrVec *pkgs;
	PtrSet seen;            /* types and functions visited */
} Mention;

static bool seen_add(Mention *m, const void *p)
{
	return pset_add(&m->seen, p);
}

static void add_pkg(Mention *m, Package *p)
{
	if (!p)
		return;
	for (int i = 0; i < m->pkgs->len; i++)
		if (m->pkgs->data[i] == p)
			return;
	vec_push(m->pkgs, p);
}

static void mention_type(Mention *m, Type *t);

static void mention_objs(Mention *m, Object **v, int n)
{
	for (int i = 0; i < n; i++)
		if (v[i])
			mention_type(m, v[i]->type);
}

static void mention_type(Mention *m, Type *t)
{
	if (!t || !seen_add(m, t))
		return;
	switch (t->kind) {
	case TY_POINTER: case TY_SLICE:
		mention_type(m, t->u.ptr.elem);
		break;
	case TY_ARRAY:
		mention_type(m, t->u.array.elem);
		break;
	case TY_MAP:
		mention_type(m, t->u.map.key);
		mention_type(m, t->u.map.elem);
		break;
	case TY_CHAN:
		mention_type(m, t->u.chan.elem);
		break;
	case TY_STRUCT:
		mention_objs(m, t->u.strct.fields, t->u.strct.nfields);
		break;
	case TY_TUPLE:
		mention_objs(m, t->u.tuple.vars, t->u.tuple.nvars);
		break;
	case TY_SIGNATURE:
		mention_type(m, t->u.sig.params);
		mention_type(m, t->u.sig.results);
		break;
	case TY_INTERFACE:
		mention_objs(m, t->u.iface.methods, t->u.iface.nmethods);
		for (int i = 0; i < t->u.iface.nembeddeds; i++)
			mention_type(m, t->u.iface.embeddeds[i]);
		break;
	case TY_NAMED:
		if (t->u.named.obj)
			add_pkg(m, t->u.named.obj->pkg);
		if (t->u.named.ntargs && t->u.named.orig && t->u.named.orig != t) {
			/* an instance: its generic type and its arguments say
			 * which packages it names (expanding it could make new
			 * instances without end: type B[T any] func() B[T]) */
			mention_type(m, t->u.named.orig);
			for (int i = 0; i < t->u.named.ntargs; i++)
				mention_type(m, t->u.named.targs[i]);
			break;
		}
		mention_type(m, ty_underlying(t));
		mention_objs(m, t->u.named.methods, t->u.named.nmethods);
		for (int i = 0; i < t->u.named.ntargs; i++)
			mention_type(m, t->u.named.targs[i]);
		break;
	default:
		break;
	}
}

static void mention_func(Mention *m, const IrFunc *f)
{
	if (f && f->obj) {
		add_pkg(m, f->obj->pkg);
		mention_type(m, f->obj->type);
		seen_add(m, f);         /* its body is exported too */
	}
}

static void mention_list(Mention *m, const IrList *l);

static void mention_node(IrNode *n, void *ctx)
{
	Mention *m = ctx;
	mention_type(m, n->type);
	switch (n->op) {
	case IR_ONAME:
		if (n->u.name.class == PFUNC)
			mention_func(m, n->u.name.func);
		else if (n->u.name.class == PEXTERN && n->u.name.obj)
			add_pkg(m, n->u.name.obj->pkg);
		break;
	case IR_OCLOSURE:
		mention_list(m, &n->u.clo.func->body);
		break;
	default:
		if (ir_class(n->op) == IRC_SELECTOR && n->u.un.method)
			mention_func(m, n->u.un.method);
		break;
	}
}

static void mention_list(Mention *m, const IrList *l)
{
	for (int i = 0; i < l->n; i++)
		ir_visit(l->v[i], mention_node, m);
}

/* ---- which inline bodies an export data holds ---------------------------- */

/* gc's crawler (typecheck/crawler.go) decides which inline bodies go into
 * the export data, to leave out those no importer can reach: from the
 * exported declarations it follows what a value of a type can produce
 * (the pointee, elements, exported and embedded fields, results, the
 * exported methods of a defined type) marking the bodies of functions
 * and methods met; a type an importer can name (a declared type) can be
 * embedded in the importer's own types, so all its methods (and those
 * of the types embedded in it) are marked; a marked body marks the
 * functions and methods it refers to.  Only the package's own bodies are
 * looked at here (another package's, re-exported by gc, are not), and
 * not generic code (exported whole, summary_add_generic). */
typedef struct Crawl {
	const PtrVec *funcs;    /* Object*, IrFunc* pairs */
	uint32_t *index;        /* open addressing: Object* -> pair index + 1 */
	uint32_t cap;
	bool *want;             /* per pair: its body is written */
	PtrSet marked, embedded;
} Crawl;

static void crawl_index(Crawl *cr)
{
	uint32_t n = (uint32_t)(cr->funcs->len / 2);
	cr->cap = 16;
	while (cr->cap < 2 * n + 2)
		cr->cap *= 2;
	cr->index = xmalloc(cr->cap * sizeof *cr->index);
	memset(cr->index, 0, cr->cap * sizeof *cr->index);
	for (uint32_t i = 0; i < n; i++) {
		const void *o = cr->funcs->data[2 * i];
		uint32_t h = (uint32_t)((uintptr_t)o >> 4) & (cr->cap - 1);
		while (cr->index[h])
			h = (h + 1) & (cr->cap - 1);
		cr->index[h] = i + 1;
	}
}

static const IrFunc *crawl_func(const Crawl *cr, const Object *o, int *k)
{
	uint32_t h = (uint32_t)((uintptr_t)o >> 4) & (cr->cap - 1);
	for (; cr->index[h]; h = (h + 1) & (cr->cap - 1)) {
		uint32_t i = cr->index[h] - 1;
		if (cr->funcs->data[2 * i] == o) {
			*k = (int)i;
			return cr->funcs->data[2 * i + 1];
		}
	}
	return NULL;
}

static void crawl_object(Crawl *cr, Object *o);
static void crawl_body(Crawl *cr, const Object *o);

/* A generic type's own type for an instance (gc's OrigType). */
static Type *crawl_orig(Type *t)
{
	if (t->kind == TY_NAMED && t->u.named.ntargs && t->u.named.orig && t->u.named.orig != t)
		return t->u.named.orig;
	return t;
}

static bool crawl_instance(Type *t)
{
	if (t->kind == TY_POINTER)
		t = t->u.ptr.elem;
	return t->kind == TY_NAMED && t->u.named.ntargs && t->u.named.orig && t->u.named.orig != t;
}

static void crawl_type(Crawl *cr, Type *t)
{
	if (!t)
		return;
	t = crawl_orig(t);
	if (!pset_add(&cr->marked, t))
		return;
	Type *u = t;
	if (t->kind == TY_NAMED) {
		u = ty_underlying(t);
		if (u && u->kind != TY_INTERFACE)
			for (int i = 0; i < t->u.named.nmethods; i++)
				if (t->u.named.methods[i] && obj_exported(t->u.named.methods[i]))
					crawl_object(cr, t->u.named.methods[i]);
	}
	if (!u)
		return;
	switch (u->kind) {
	case TY_POINTER: case TY_SLICE:
		crawl_type(cr, u->u.ptr.elem);
		break;
	case TY_ARRAY:
		crawl_type(cr, u->u.array.elem);
		break;
	case TY_CHAN:
		if (u->u.chan.dir != DIR_SEND)
			crawl_type(cr, u->u.chan.elem);
		break;
	case TY_MAP:
		crawl_type(cr, u->u.map.key);
		crawl_type(cr, u->u.map.elem);
		break;
	case TY_STRUCT:
		for (int i = 0; i < u->u.strct.nfields; i++) {
			Object *f = u->u.strct.fields[i];
			if (f && (obj_exported(f) || f->u.var.embedded || (f->type && crawl_instance(f->type))))
				crawl_type(cr, f->type);
		}
		break;
	case TY_SIGNATURE:
		if (u->u.sig.results)
			for (int i = 0; i < u->u.sig.results->u.tuple.nvars; i++)
				crawl_type(cr, u->u.sig.results->u.tuple.vars[i]->type);
		break;
	case TY_INTERFACE: {
		const TypeSet *ts = ty_typeset(u);
		for (int i = 0; ts && i < ts->nmethods; i++)
			if (obj_exported(ts->methods[i]))
				crawl_type(cr, ts->methods[i]->type);
		break;
	}
	default:
		break;
	}
}

/* A type an importer can embed: all its methods, and those of the types
 * embedded in it. */
static void crawl_embed(Crawl *cr, Type *t)
{
	if (!t)
		return;
	if (t->kind == TY_POINTER)
		t = t->u.ptr.elem;
	else if (t->kind == TY_NAMED && ty_underlying(t) && ty_underlying(t)->kind == TY_POINTER)
		return;
	t = crawl_orig(t);
	if (!pset_add(&cr->embedded, t))
		return;
	Type *u = t->kind == TY_NAMED ? ty_underlying(t) : t;
	if (t->kind == TY_NAMED && u && u->kind != TY_INTERFACE)
		for (int i = 0; i < t->u.named.nmethods; i++)
			if (t->u.named.methods[i])
				crawl_object(cr, t->u.named.methods[i]);
	if (u && u->kind == TY_STRUCT)
		for (int i = 0; i < u->u.strct.nfields; i++)
			if (u->u.strct.fields[i]->u.var.embedded)
				crawl_embed(cr, u->u.strct.fields[i]->type);
}

static void crawl_object(Crawl *cr, Object *o)
{
	if (o->kind == OBJ_FUNC)
		crawl_body(cr, o);
	if (o->kind == OBJ_TYPENAME)
		crawl_embed(cr, o->type);
	crawl_type(cr, o->type);
}

static void crawl_list(Crawl *cr, const IrList *l);

static void crawl_node(IrNode *n, void *ctx)
{
	Crawl *cr = ctx;
	Type *t = n->type;
	if (t) {
		/* a promoted method of an embedded type is reachable through
		 * the struct's wrapper */
		Type *u = t->kind == TY_NAMED ? ty_underlying(t) : t;
		if (u && u->kind == TY_STRUCT)
			for (int i = 0; i < u->u.strct.nfields; i++)
				if (u->u.strct.fields[i]->u.var.embedded)
					crawl_embed(cr, u->u.strct.fields[i]->type);
	}
	switch (n->op) {
	case IR_ONAME:
		if (n->u.name.class == PFUNC && n->u.name.func && n->u.name.func->obj)
			crawl_body(cr, n->u.name.func->obj);
		break;
	case IR_ODOTMETH: case IR_OMETHEXPR:
		if (n->u.un.method && n->u.un.method->obj)
			crawl_body(cr, n->u.un.method->obj);
		break;
	case IR_OCLOSURE:
		crawl_list(cr, &n->u.clo.func->body);
		break;
	default:
		break;
	}
}

static void crawl_list(Crawl *cr, const IrList *l)
{
	for (int i = 0; i < l->n; i++)
		ir_visit(l->v[i], crawl_node, cr);
}

static void crawl_body(Crawl *cr, const Object *o)
{
	int k;
	const IrFunc *f = crawl_func(cr, o, &k);
	if (!f || !f->inl || cr->want[k])
		return;
	cr->want[k] = true;
	crawl_list(cr, &f->inl->body);
}

void summary_mentions(Summaries *s, Package *pkg, const PtrVec *funcs)
{
	PtrVec *pkgs = xmalloc(sizeof *pkgs);
	memset(pkgs, 0, sizeof *pkgs);
	Mention m = { .pkgs = pkgs };
	add_pkg(&m, pkg);
	if (pkg->scope)
		for (int i = 0; i < pkg->scope->nelems; i++) {
			Object *o = pkg->scope->elems[i];
			if (obj_exported(o))
				mention_type(&m, o->type);
		}
	/* the inline bodies written: those the crawler marks */
	Crawl cr = { .funcs = funcs };
	cr.want = xmalloc((size_t)(funcs->len / 2 + 1) * sizeof *cr.want);
	memset(cr.want, 0, (size_t)(funcs->len / 2 + 1) * sizeof *cr.want);
	crawl_index(&cr);
	if (pkg->scope)
		for (int i = 0; i < pkg->scope->nelems; i++) {
			Object *o = pkg->scope->elems[i];
			if (obj_exported(o))
				crawl_object(&cr, o);
		}
	for (int i = 0; i + 1 < funcs->len; i += 2) {
		if (!cr.want[i / 2])
			continue;
		const IrFunc *f = funcs->data[i + 1];
		wlock(s);
		FuncSummary *fs = (FuncSummary *)lookup(s, funcs->data[i]);
		if (fs)
			fs->written = true;
		unlock(s);
		mention_func(&m, f);
		mention_list(&m, &f->inl->body);
	}
	free(cr.want);
	free(cr.index);
	free(cr.marked.v);
	free(cr.embedded.v);
	free(m.seen.v);
	wlock(s);
	vec_push(&s->mentions, pkg);
	vec_push(&s->mentions, pkgs);
	unlock(s);
}

const PtrVec *summary_mentioned(const Summaries *s, const Package *pkg)
{
	if (!s)
		return NULL;
	const PtrVec *v = NULL;
	rlock(s);
	for (int i = 0; i < s->mentions.len && !v; i += 2)
		if (s->mentions.data[i] == pkg)
			v = s->mentions.data[i + 1];
	unlock(s);
	return v;
}

void summary_add_generic(Summaries *s, const Object *obj, Node *decl)
{
	wlock(s);
	vec_push(&s->generics, (void *)obj);
	vec_push(&s->generics, decl);
	unlock(s);
}

Node *summary_generic_decl(const Summaries *s, const Object *obj)
{
	if (!s || !obj)
		return NULL;
	if (obj->kind == OBJ_FUNC && obj->u.func.origin)
		obj = obj->u.func.origin;
	Node *d = NULL;
	rlock(s);
	for (int i = 0; i < s->generics.len && !d; i += 2)
		if (s->generics.data[i] == obj)
			d = s->generics.data[i + 1];
	unlock(s);
	return d;
}

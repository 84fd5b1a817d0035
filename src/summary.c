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
}

void summary_free(Summaries *s)
{
	free(s->tab);
	for (int i = 0; i < s->nkept; i++)
		arena_free(&s->kept[i]);
	free(s->kept);
	for (int i = 1; i < s->mentions.len; i += 2) {
		vec_free(s->mentions.data[i]);
		free(s->mentions.data[i]);
	}
	vec_free(&s->mentions);
	vec_free(&s->generics);
	arena_free(&s->arena);
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

void summary_add(Summaries *s, const Object *obj, const IrFunc *fn)
{
	if ((s->n + 1) * 2 >= s->cap)
		grow(s);
	uint32_t h = slot((const FuncSummary *const *)s->tab, s->cap, obj);
	if (s->tab[h])
		fatal_internal("two summaries for one function");
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
	s->tab[h] = f;
	s->n++;
}

void summary_keep(Summaries *s, Arena *a)
{
	if (s->nkept == s->capkept) {
		s->capkept = s->capkept ? 2 * s->capkept : 64;
		Arena *v = xmalloc((size_t)s->capkept * sizeof *v);
		if (s->nkept)
			memcpy(v, s->kept, (size_t)s->nkept * sizeof *v);
		free(s->kept);
		s->kept = v;
	}
	s->kept[s->nkept++] = *a;
	memset(a, 0, sizeof *a);
}

const FuncSummary *summary_get(const Summaries *s, const Object *obj)
{
	if (!s || !s->cap)
		return NULL;
	return s->tab[slot((const FuncSummary *const *)s->tab, s->cap, obj)];
}

/* ---- the packages an export data names ---------------------------------- */

typedef struct Mention {
	PtrVec *pkgs;
	const void **seen;      /* open addressing: types visited */
	uint32_t nseen, capseen;
} Mention;

static bool seen_add(Mention *m, const void *p)
{
	if ((m->nseen + 1) * 2 >= m->capseen) {
		uint32_t ncap = m->capseen ? 2 * m->capseen : 256;
		const void **nt = xmalloc(ncap * sizeof *nt);
		memset(nt, 0, ncap * sizeof *nt);
		for (uint32_t i = 0; i < m->capseen; i++) {
			if (!m->seen[i])
				continue;
			uint32_t h = (uint32_t)((uintptr_t)m->seen[i] >> 4) & (ncap - 1);
			while (nt[h])
				h = (h + 1) & (ncap - 1);
			nt[h] = m->seen[i];
		}
		free(m->seen);
		m->seen = nt;
		m->capseen = ncap;
	}
	uint32_t h = (uint32_t)((uintptr_t)p >> 4) & (m->capseen - 1);
	while (m->seen[h]) {
		if (m->seen[h] == p)
			return false;
		h = (h + 1) & (m->capseen - 1);
	}
	m->seen[h] = p;
	m->nseen++;
	return true;
}

static bool seen_has(const Mention *m, const void *p)
{
	if (!m->capseen)
		return false;
	uint32_t h = (uint32_t)((uintptr_t)p >> 4) & (m->capseen - 1);
	while (m->seen[h]) {
		if (m->seen[h] == p)
			return true;
		h = (h + 1) & (m->capseen - 1);
	}
	return false;
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
	/* the inline bodies written: those of the exported functions and
	 * of the methods of the types written, then of what they call */
	bool *done = xmalloc((size_t)(funcs->len / 2 + 1) * sizeof *done);
	memset(done, 0, (size_t)(funcs->len / 2 + 1) * sizeof *done);
	for (bool more = true; more;) {
		more = false;
		for (int i = 0; i + 1 < funcs->len; i += 2) {
			const Object *o = funcs->data[i];
			const IrFunc *f = funcs->data[i + 1];
			if (done[i / 2] || !f->inl || !o->type || o->type->kind != TY_SIGNATURE)
				continue;
			bool want = seen_has(&m, f);
			const Object *r = o->type->u.sig.recv;
			if (!r)
				want = want || obj_exported(o);
			else {
				Type *rt = r->type;
				if (rt && rt->kind == TY_POINTER)
					rt = rt->u.ptr.elem;
				want = want || (rt && seen_has(&m, rt));
			}
			if (!want)
				continue;
			done[i / 2] = true;
			more = true;
			mention_list(&m, &f->inl->body);
		}
	}
	free(done);
	free(m.seen);
	vec_push(&s->mentions, pkg);
	vec_push(&s->mentions, pkgs);
}

const PtrVec *summary_mentioned(const Summaries *s, const Package *pkg)
{
	if (!s)
		return NULL;
	for (int i = 0; i < s->mentions.len; i += 2)
		if (s->mentions.data[i] == pkg)
			return s->mentions.data[i + 1];
	return NULL;
}

void summary_add_generic(Summaries *s, const Object *obj, Node *decl)
{
	vec_push(&s->generics, (void *)obj);
	vec_push(&s->generics, decl);
}

Node *summary_generic_decl(const Summaries *s, const Object *obj)
{
	if (!s || !obj)
		return NULL;
	if (obj->kind == OBJ_FUNC && obj->u.func.origin)
		obj = obj->u.func.origin;
	for (int i = 0; i < s->generics.len; i += 2)
		if (s->generics.data[i] == obj)
			return s->generics.data[i + 1];
	return NULL;
}

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

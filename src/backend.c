/*
 * backend.c — what gc does after escape analysis that -m shows: the
 * compile loop's walk of every function and dumpdata's runtime types,
 * with the method wrappers both make (docs/escape-design.md §4.8, §5.13).
 *
 * gc makes a method wrapper (reflectdata.methodWrapper) when it first
 * writes a runtime type or an itab that needs it, and, once escape
 * analysis of the package is over, inlines into it and escape-analyses
 * it alone right then; the wrapper joins Target.Decls and is walked
 * after the functions before it.  So the wrappers' lines come in the
 * order the types are first written:
 *
 *   1. the wrappers staticinit made before escape analysis (itabs of
 *      package-level initializers), then ssagen's ABI wrappers
 *      (irgen_abi_wrappers): analysed with the package, after every
 *      other function (they are the last of Target.Decls, and nothing
 *      calls them), never inlined into;
 *   2. the compile loop: each function walked in Target.Decls order
 *      (walk_facts), and every itab its walk asks for (a concrete type
 *      converted to, or asserted from, a non-empty interface) writes the
 *      concrete type's methods and both runtime types at that point,
 *      between the walk's own lines; the wrappers so made are walked
 *      after the declared functions, and may ask for more;
 *   3. dumpdata: WriteRuntimeTypes writes the types needed and not yet
 *      written (irgen_runtime_types: the package's named types, its
 *      variables' types, the types the walk asked for); the wrappers
 *      it makes are walked in turn, and what their walk asks for is
 *      written next, until nothing is left.
 */
#include "irgen.h"

typedef struct Backend {
	IrCtx *ir;
	IrgenResult *res;
	int lower_m;
	bool smallframes;
	Report *out;
	int made;               /* res->wrappers[0..made) analysed */
	int walked;             /* res->wrappers[0..walked) walked */
	WalkHooks hooks;
} Backend;

/* The end of methodWrapper for every wrapper made since the last call:
 * InlineCalls when the method it calls holds no closures (gc's
 * Func.Closures, counted here by closgen), then its escape batch.
 * InlineCalls runs under -l too: only the bodies of other packages'
 * functions exist then. */
static void finish_wrappers(Backend *b)
{
	PtrVec *ws = &b->res->wrappers;
	for (; b->made < ws->len; b->made++) {
		IrFunc *w = ws->data[b->made];
		for (int k = 0; k < b->res->inl_wrappers.len; k++) {
			IrFunc *target = b->res->inl_targets.data[k];
			if (b->res->inl_wrappers.data[k] == w && target->closgen == 0)
				inl_calls(b->ir, w, b->lower_m, b->out);
		}
		esc_batch(b->ir, &w, 1, b->lower_m, b->smallframes, b->out);
	}
}

/* walk's ITabAddr: writeITab the first time. */
static void on_itab(void *ctx, Type *typ, Type *iface)
{
	Backend *b = ctx;
	irgen_itab(b->res, typ, iface);
	finish_wrappers(b);
}

/* walk's NeedRuntimeType: for the next runtime types written. */
static void on_need(void *ctx, Type *t)
{
	Backend *b = ctx;
	irgen_need(b->res, t);
}

/* The back end's DWARF for a compiled function (dwarfgen.Info) asks
 * for the runtime type of each of its parameters and results and of each
 * local variable it keeps: these are written with the next runtime types
 * (a function's own named types, anonymous interfaces and structs). */
static void need_frame(Backend *b, IrFunc *fn)
{
	if ((fn->fflags & (IRFN_DEAD | IRFN_SKIPPED | IRFN_IMPORTED)))
		return;
	Sym *s = fn->nname ? fn->nname->u.name.sym : NULL;
	if (s && s->len == 1 && s->name[0] == '_')
		return;
	for (int i = 0; i < fn->dcl.n; i++) {
		IrNode *n = fn->dcl.v[i];
		if (n->op != IR_ONAME)
			continue;
		switch (n->u.name.class) {
		case PPARAM: case PPARAMOUT:
			break;
		case PAUTO: case PAUTOHEAP:
			break;
		default:
			continue;
		}
		irgen_need(b->res, n->type);
	}
}

/* The wrappers not walked yet, in the order they were made (walking one
 * may make more, walked after it). */
static void walk_wrappers(Backend *b)
{
	PtrVec *ws = &b->res->wrappers;
	while (b->walked < ws->len) {
		IrFunc *w = ws->data[b->walked++];
		walk_facts(b->ir, &w, 1, b->lower_m, b->out, &b->hooks);
		need_frame(b, w);
	}
}

void backend_package(IrCtx *ir, IrgenResult *res, int lower_m, bool inl, bool smallframes, Report *out)
{
	(void)inl;      /* wrappers are inlined into whatever -l says */
	Backend b = { .ir = ir, .res = res, .lower_m = lower_m, .smallframes = smallframes, .out = out };
	b.hooks.itab = on_itab;
	b.hooks.need = on_need;
	b.hooks.ctx = &b;
	/* 1: the wrappers made before escape analysis, not inlined into,
	 * then the ABI wrappers */
	for (; b.made < res->nearly; b.made++) {
		IrFunc *w = res->wrappers.data[b.made];
		esc_batch(ir, &w, 1, lower_m, smallframes, out);
	}
	for (int i = 0; i < res->abi_wrappers.len; i++) {
		IrFunc *w = res->abi_wrappers.data[i];
		esc_batch(ir, &w, 1, lower_m, smallframes, out);
	}
	/* 2: the compile loop */
	walk_facts(ir, res->decls, res->ndecls, lower_m, out, &b.hooks);
	for (int i = 0; i < res->ndecls; i++)
		need_frame(&b, res->decls[i]);
	for (int i = 0; i < res->abi_wrappers.len; i++)
		need_frame(&b, res->abi_wrappers.data[i]);
	walk_wrappers(&b);
	/* 3: dumpdata: the runtime types needed, then (its loop) the
	 * wrappers they made compiled, until no type is left */
	while (irgen_runtime_types(res)) {
		finish_wrappers(&b);
		walk_wrappers(&b);
	}
}

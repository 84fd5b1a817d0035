/*
 * inline.c — gc 1.19's inliner as it shows under -m
 * (docs/escape-design.md §4; gc's inline/inl.go).
 *
 * Three parts:
 *  - the driver (inl_package): the call graph in bottom-up components,
 *    each function offered to CanInline, then its calls inlined;
 *  - CanInline: the pragmas that forbid inlining, then the cost visitor
 *    (budget 80, one unit per node with gc's adjustments, the ops that
 *    make a function not inlinable at all), the saved body and the
 *    "can inline" / "cannot inline" lines;
 *  - InlineCalls: post-order edit of a body replacing each static call of
 *    an inlinable function by an OINLCALL holding a copy of the saved
 *    body with fresh variables of the caller ("inlining call to" lines).
 *
 * Positions: every node copied into an inlined body gets an inlining-tree
 * index (IrNode.inl, IrCtx.inltree) and, as its pos, the position gc
 * prints for it, the outermost inlined call's; closures copied out of an
 * inlined body keep their own bodies' positions.
 *
 * Calls of other packages' functions are inlined from their bodies in
 * imported form (irgen.c: import_body); calls of the target's
 * intrinsics never are; the runtime's getcallerpc/getcallersp make a
 * function hairy, its throw costs gc's extra, and calls of its
 * heapBits.nextArena and (where loads merge) of encoding/binary's
 * byte-order methods cost one node.
 *
 * Instrumentation (-race, -msan, -asan, -d=checkptr; IrCtx.race ...):
 * a //go:norace function is not inlinable under -race, a
 * //go:nocheckptr one (//go:nosplit and //go:cgo_unsafe_args imply it)
 * under checkptr; no call of a runtime function is inlined into an
 * instrumented package, nor reflect's Value.UnsafeAddr and Value.Pointer
 * under checkptr; and under -race sync/atomic's functions are no
 * intrinsics (they cost a call).  Not modelled: -l levels, generic
 * shapes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

enum {
	INLINE_MAX_BUDGET = 80,
	INLINE_EXTRA_CALL_COST = 57,
	INLINE_EXTRA_PANIC_COST = 1,
	INLINE_EXTRA_THROW_COST = 80,
	INLINE_BIG_FUNCTION_NODES = 5000,
	INLINE_BIG_FUNCTION_MAX_COST = 20,
};

typedef struct Inl {
	IrCtx *ir;
	int m;
	Report *out;
	IrFunc ***decls;        /* Target.Decls, for closures made by inlining */
	int *ndecls;
	int capdecls;
	int inlgen;             /* gc's inlgen: suffix of translated labels */
	/* InlineCalls state */
	IrFunc *curfn;
	int max_cost;
	IrFunc *path[64];       /* gc's inlMap: callees being inlined */
	int npath;
} Inl;

/* What a call the visitor cannot see into costs (gc's
 * inlineExtraCallCost; 1 under -l=4). */
static int extra_call_cost(Inl *in)
{
	return in->ir->cheap_calls ? 1 : INLINE_EXTRA_CALL_COST;
}

static const char *func_name(Inl *in, IrFunc *fn)
{
	TyBuf b = { 0 };
	ir_fmt_func(&b, fn);
	const char *s = arena_strndup(&in->ir->arena, b.str ? b.str : "", b.len);
	tybuf_free(&b);
	return s;
}

/* fn.Type() as %v prints it: "func(*int, int) (*int, error)", a method
 * "method(*T) func() int"; parameter names are not printed. */
static void fmt_func_type(TyBuf *b, Inl *in, IrFunc *fn)
{
	if (fn->recv) {
		tybuf_puts(b, "method(");
		ir_fmt_type(b, in->ir, fn->recv->type);
		tybuf_puts(b, ") ");
	}
	tybuf_puts(b, "func(");
	for (int i = 0; i < fn->nparams; i++) {
		if (i)
			tybuf_puts(b, ", ");
		if (fn->params[i].ddd) {
			tybuf_puts(b, "...");
			Type *t = fn->params[i].type;
			ir_fmt_type(b, in->ir, t && t->kind == TY_SLICE ? t->u.slice.elem : t);
		} else {
			ir_fmt_type(b, in->ir, fn->params[i].type);
		}
	}
	tybuf_putc(b, ')');
	if (fn->nresults == 1) {
		tybuf_putc(b, ' ');
		ir_fmt_type(b, in->ir, fn->results[0].type);
	} else if (fn->nresults > 1) {
		tybuf_puts(b, " (");
		for (int i = 0; i < fn->nresults; i++) {
			if (i)
				tybuf_puts(b, ", ");
			ir_fmt_type(b, in->ir, fn->results[i].type);
		}
		tybuf_putc(b, ')');
	}
}

/* ---- intrinsics ------------------------------------------------------- */

/* ---- inlCallee ------------------------------------------------------- */

static void can_inline(Inl *in, IrFunc *fn);

/* gc's inlCallee: the function a call's callee expression statically
 * denotes, or NULL.  A closure called in place is offered to CanInline
 * here (so its line can come in the middle of its parent's). */
static IrFunc *inl_callee(Inl *in, IrNode *x)
{
	x = esc_static_value(x);
	switch (x->op) {
	case IR_OMETHEXPR: {
		IrFunc *m = x->u.un.method;
		/* (*T).M of a value method M is a wrapper: not this body */
		if (!m || !m->recv || !x->u.un.x || !x->u.un.x->type || !m->recv->type ||
			!ty_identical(m->recv->type, x->u.un.x->type))
			return NULL;
		return m;
	}
	case IR_ONAME:
		return x->u.name.class == PFUNC ? x->u.name.func : NULL;
	case IR_OCLOSURE:
		can_inline(in, x->u.clo.func);
		return x->u.clo.func;
	default:
		return NULL;
	}
}

/* ---- intrinsics (gc's ssagen.IsIntrinsicCall) ---------------------------- */

/* The functions gc 1.19 compiles to machine instructions, per GOARCH
 * (ssagen/ssa.go's InitTables, aliases resolved): generated from the
 * oracle's source by scripts/intrinsics.sh.  A call of one is neither
 * inlined nor costed as a call. */
#include "intrinsics.h"

static int cmp_intrinsic(const void *key, const void *elt)
{
	return strcmp(key, ((const struct Intrinsic *)elt)->name);
}

/* The bit of GOARCH arch in intrinsic_table, 0 if gc has no such arch. */
static uint32_t intrinsic_arch_bit(const char *arch)
{
	for (int i = 0; i < IA_N; i++)
		if (strcmp(intrinsic_arches[i], arch) == 0)
			return 1u << i;
	return 0;
}

/* gc's IsIntrinsicCall (findIntrinsic): a call of a plain function (of
 * this package or another) found in the table for GOARCH by its package
 * path; with soft float (GOARM=5, GO386=softfloat, ...) no function of
 * package math is one, under -race none of sync/atomic (the race
 * detector must see those calls). */
static bool intrinsic_call(Inl *in, IrNode *call)
{
	IrNode *x = call->u.call.x;
	if (!x || x->op != IR_ONAME || x->u.name.class != PFUNC || !x->u.name.func)
		return false;
	const TySizes *sz = in->ir->types ? in->ir->types->sizes : NULL;
	uint32_t bit = sz ? intrinsic_arch_bit(sz->arch) : 0;
	if (!bit)
		return false;
	const char *path, *name;
	const Object *o = x->u.name.func->obj;
	if (o) {
		if (!o->pkg || !o->pkg->path || !o->name || !o->type || o->type->kind != TY_SIGNATURE ||
		    o->type->u.sig.recv)
			return false;
		path = o->pkg->path->name;
		name = o->name->name;
	} else if (!x->u.name.qual && in->ir->local && in->ir->local->path) {
		path = in->ir->local->path->name;
		name = x->u.name.sym->name;
	} else {
		return false;
	}
	if (in->ir->softfloat && strcmp(path, "math") == 0)
		return false;
	if (in->ir->race && strcmp(path, "sync/atomic") == 0)
		return false;
	char key[512];
	size_t pl = strlen(path), nl = strlen(name);
	if (pl + 1 + nl >= sizeof key)
		return false;
	memcpy(key, path, pl);
	key[pl] = '.';
	memcpy(key + pl + 1, name, nl + 1);
	const struct Intrinsic *e = bsearch(key, intrinsic_table, sizeof intrinsic_table / sizeof intrinsic_table[0],
					    sizeof intrinsic_table[0], cmp_intrinsic);
	return e && (e->arches & bit);
}

/* A call of the runtime's function name (gc: a PFUNC name whose
 * package IsRuntimePkg). */
static bool runtime_call(Inl *in, IrNode *call, const char *name)
{
	IrNode *x = call->u.call.x;
	if (!x || x->op != IR_ONAME || x->u.name.class != PFUNC || !x->u.name.func ||
	    strcmp(x->u.name.sym->name, name) != 0)
		return false;
	const Object *o = x->u.name.func->obj;
	const Package *pkg = o ? o->pkg : x->u.name.qual ? NULL : in->ir->local;
	return ir_is_runtime_pkg(in->ir, pkg);
}

/* Architectures that merge narrow loads into wide ones (gc's
 * sys.Arch.CanMergeLoads). */
static bool arch_merges_loads(Inl *in)
{
	const TySizes *sz = in->ir->types ? in->ir->types->sizes : NULL;
	if (!sz)
		return false;
	static const char *const archs[] = { "386", "amd64", "arm64", "ppc64le", "s390x" };
	for (size_t i = 0; i < sizeof archs / sizeof archs[0]; i++)
		if (strcmp(sz->arch, archs[i]) == 0)
			return true;
	return false;
}

/* The two kinds of method gc's cost visitor takes for cheap whatever
 * their bodies cost: the runtime's heapBits.nextArena (so heapBits.next
 * stays inlinable), and, where loads merge, encoding/binary's byte-order
 * methods (issue 42958).  A call through the method expression of one
 * counts as one node. */
static bool cheap_method_call(Inl *in, IrNode *call)
{
	IrNode *x = call->u.call.x;
	if (!x || x->op != IR_OMETHEXPR || !x->u.un.method)
		return false;
	IrFunc *m = x->u.un.method;
	const Object *o = m->obj;
	if (!o || !o->pkg || !o->pkg->path || !m->nname)
		return false;
	const char *name = m->nname->u.name.sym->name;
	if (ir_is_runtime_pkg(in->ir, o->pkg))
		return strcmp(name, "heapBits.nextArena") == 0;
	if (strcmp(o->pkg->path->name, "encoding/binary") != 0 || !arch_merges_loads(in))
		return false;
	static const char *const cheap[] = {
		"littleEndian.Uint64", "littleEndian.Uint32", "littleEndian.Uint16",
		"bigEndian.Uint64", "bigEndian.Uint32", "bigEndian.Uint16",
		"littleEndian.PutUint64", "littleEndian.PutUint32", "littleEndian.PutUint16",
		"bigEndian.PutUint64", "bigEndian.PutUint32", "bigEndian.PutUint16",
	};
	for (size_t i = 0; i < sizeof cheap / sizeof cheap[0]; i++)
		if (strcmp(name, cheap[i]) == 0)
			return true;
	return false;
}

/* ---- the cost visitor (gc's hairyVisitor) ------------------------------ */

typedef struct Hairy {
	Inl *in;
	int budget;
	const char *reason;
	IrList used;            /* locals seen (IRN_INLUSED set on them) */
} Hairy;

static bool hairy_node(IrNode *n, void *ctx);

static bool hairy_list(IrList *l, Hairy *v)
{
	for (int i = 0; i < l->n; i++)
		if (hairy_node(l->v[i], v))
			return true;
	return false;
}

static bool is_bool_const(IrNode *n)
{
	return n && n->op == IR_OLITERAL && const_kind(n->u.cnst.val) == CONST_BOOL;
}

static bool hairy_node(IrNode *n, void *ctx)
{
	Hairy *v = ctx;
	if (!n)
		return false;
	switch (n->op) {
	case IR_OCALLFUNC: {
		if (runtime_call(v->in, n, "getcallerpc") || runtime_call(v->in, n, "getcallersp")) {
			v->reason = runtime_call(v->in, n, "getcallerpc") ? "call to getcallerpc" :
									    "call to getcallersp";
			return true;
		}
		if (runtime_call(v->in, n, "throw")) {
			v->budget -= INLINE_EXTRA_THROW_COST;
			break;
		}
		if (cheap_method_call(v->in, n))
			break;  /* like any other node */
		if (intrinsic_call(v->in, n))
			break;  /* like any other node */
		IrFunc *f = inl_callee(v->in, n->u.call.x);
		if (f && f->inl) {
			v->budget -= f->inl->cost;
			break;
		}
		v->budget -= extra_call_cost(v->in);
		break;
	}
	case IR_OCALL: case IR_OCALLINTER:
		v->budget -= extra_call_cost(v->in);
		break;
	case IR_OPANIC: {
		IrNode *x = n->u.un.x;
		if (x && x->op == IR_OCONVIFACE && (x->flags & IRF_IMPLICIT))
			v->budget++;
		v->budget -= INLINE_EXTRA_PANIC_COST;
		break;
	}
	case IR_ORECOVER:
		v->reason = "call to recover";
		return true;
	case IR_OCLOSURE:
		v->budget -= 15;
		if (hairy_list(&n->u.clo.func->body, v))
			return true;
		break;
	case IR_OGO: case IR_ODEFER: case IR_ODCLTYPE: case IR_OTAILCALL:
		{
			char buf[64];
			snprintf(buf, sizeof buf, "unhandled op %s", ir_op_name(n->op));
			v->reason = arena_strndup(&v->in->ir->arena, buf, strlen(buf));
		}
		return true;
	case IR_ODEREF: {
		IrNode *p = n->u.un.x;
		while (p && p->op == IR_OCONVNOP)
			p = p->u.un.x;
		if (p && p->op == IR_OADDR)
			v->budget++;
		break;
	}
	case IR_OCONVNOP:
		v->budget++;
		break;
	case IR_ODCLCONST: case IR_OFALL:
		return false;
	case IR_OIF:
		if (is_bool_const(n->u.ifs.cond)) {
			if (hairy_list(&n->init, v))
				return true;
			if (const_bool_val(n->u.ifs.cond->u.cnst.val))
				return hairy_list(&n->u.ifs.body, v);
			return hairy_list(&n->u.ifs.els, v);
		}
		break;
	case IR_ONAME:
		if (n->u.name.class == PAUTO && !(n->u.name.nflags & IRN_INLUSED)) {
			n->u.name.nflags |= IRN_INLUSED;
			ir_list_push(v->in->ir, &v->used, n);
		}
		break;
	case IR_OBLOCK:
		v->budget++;
		break;
	case IR_OMETHVALUE: case IR_OSLICELIT:
		v->budget--;
		break;
	case IR_OMETHEXPR:
		v->budget++;
		break;
	default:
		break;
	}
	v->budget--;
	if (v->budget < 0 && v->in->m < 2) {
		v->reason = "too expensive";
		return true;
	}
	return ir_do_children(n, hairy_node, v);
}

/* ---- the saved body (gc's inlcopy) ------------------------------------ */

static IrList copy_list(Inl *in, IrList *l);

static IrNode *inl_copy(IrNode *n, void *ctx)
{
	Inl *in = ctx;
	switch (n->op) {
	case IR_ONAME: case IR_OTYPE: case IR_OLITERAL: case IR_ONIL:
		return n;
	default:
		break;
	}
	IrNode *m = ir_shallow_copy(in->ir, n);
	ir_edit_children(m, inl_copy, in);
	if (n->op == IR_OCLOSURE) {
		/* a new function sharing the old one's names, with a copied body */
		IrFunc *old = n->u.clo.func;
		IrFunc *nf = arena_alloc(&in->ir->arena, sizeof *nf);
		*nf = *old;
		nf->body = copy_list(in, &old->body);
		nf->dcl = old->dcl;
		ir_own_list(in->ir, &nf->dcl);
		ir_own_list(in->ir, &nf->closure_vars);
		m->u.clo.func = nf;
	}
	return m;
}

static IrList copy_list(Inl *in, IrList *l)
{
	IrList r = { 0 };
	for (int i = 0; i < l->n; i++)
		ir_list_push(in->ir, &r, inl_copy(l->v[i], in));
	return r;
}

/* ---- CanInline --------------------------------------------------------- */

static void count_returns(IrNode *n, void *ctx)
{
	if (n->op == IR_ORETURN)
		*(int *)ctx += n->u.block.list.n ? 1 : 2;
}

static bool can_delay_results(IrFunc *fn)
{
	int nret = 0;
	for (int i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], count_returns, &nret);
	if (nret != 1)
		return false;
	for (int i = 0; i < fn->nresults; i++) {
		Sym *s = fn->results[i].sym;
		if (s && s->name[0] != '~' && strcmp(s->name, "_") != 0)
			return false;
	}
	return true;
}

static void cannot(Inl *in, IrFunc *fn, const char *reason)
{
	if (in->m > 1)
		report_at(in->out, fn->pos, "cannot inline %s: %s", func_name(in, fn), reason);
}

static void can_inline(Inl *in, IrFunc *fn)
{
	uint32_t p = fn->pragma;
	if (p & PRAG_NOINLINE) {
		cannot(in, fn, "marked go:noinline");
		return;
	}
	if (in->ir->race && (p & PRAG_NORACE)) {
		cannot(in, fn, "marked go:norace with -race compilation");
		return;
	}
	if (in->ir->checkptr && (p & PRAG_NOCHECKPTR)) {
		cannot(in, fn, "marked go:nocheckptr");
		return;
	}
	if (p & PRAG_CGOUNSAFEARGS) {
		cannot(in, fn, "marked go:cgo_unsafe_args");
		return;
	}
	if (p & PRAG_UINTPTRKEEPALIVE) {
		cannot(in, fn, "marked as having a keep-alive uintptr argument");
		return;
	}
	if (p & PRAG_UINTPTRESCAPES) {
		cannot(in, fn, "marked as having an escaping uintptr argument");
		return;
	}
	if (p & PRAG_YESWRITEBARRIERREC) {
		cannot(in, fn, "marked go:yeswritebarrierrec");
		return;
	}
	if (fn->body.n == 0) {
		cannot(in, fn, "no function body");
		return;
	}
	if (fn->fflags & IRFN_INLINABILITY_CHECKED)
		return;
	fn->fflags |= IRFN_INLINABILITY_CHECKED;

	Hairy v = { .in = in, .budget = INLINE_MAX_BUDGET };
	bool hairy = hairy_list(&fn->body, &v);
	if (!hairy && v.budget < 0) {
		char buf[128];
		snprintf(buf, sizeof buf, "function too complex: cost %d exceeds budget %d",
			INLINE_MAX_BUDGET - v.budget, INLINE_MAX_BUDGET);
		v.reason = arena_strndup(&in->ir->arena, buf, strlen(buf));
		hairy = true;
	}
	if (hairy) {
		for (int i = 0; i < v.used.n; i++)
			v.used.v[i]->u.name.nflags &= (uint16_t)~IRN_INLUSED;
		cannot(in, fn, v.reason);
		return;
	}

	IrInline *inl = arena_alloc(&in->ir->arena, sizeof *inl);
	inl->cost = INLINE_MAX_BUDGET - v.budget;
	for (int i = 0; i < fn->dcl.n; i++) {
		IrNode *d = fn->dcl.v[i];
		if (d->u.name.class == PAUTO && !(d->u.name.nflags & IRN_INLUSED))
			continue;
		ir_list_push(in->ir, &inl->dcl, d);
	}
	for (int i = 0; i < v.used.n; i++)
		v.used.v[i]->u.name.nflags &= (uint16_t)~IRN_INLUSED;
	inl->body = copy_list(in, &fn->body);
	inl->can_delay_results = can_delay_results(fn);
	fn->inl = inl;

	if (in->m > 1) {
		TyBuf b = { 0 };
		fmt_func_type(&b, in, fn);
		tybuf_puts(&b, " { ");
		for (int i = 0; i < inl->body.n; i++) {
			if (i)
				tybuf_puts(&b, "; ");
			ir_fmt_node(&b, in->ir, inl->body.v[i]);
		}
		tybuf_puts(&b, " }");
		report_at(in->out, fn->pos, "can inline %s with cost %d as: %s", func_name(in, fn),
			inl->cost, b.str ? b.str : "");
		tybuf_free(&b);
	} else if (in->m) {
		report_at(in->out, fn->pos, "can inline %s", func_name(in, fn));
	}
}

void inl_can_inline(IrCtx *ir, IrFunc *fn, int lower_m, Report *out)
{
	Inl in = { .ir = ir, .m = lower_m, .out = out };
	can_inline(&in, fn);
}

/* ---- the inlining tree ------------------------------------------------- */

static uint32_t inltree_add(IrCtx *c, uint32_t parent, Pos pos, IrFunc *fn)
{
	if (c->ninltree == 0)
		c->ninltree = 1;        /* index 0: not inlined */
	if (c->ninltree >= c->capinltree) {
		uint32_t cap = c->capinltree ? 2 * c->capinltree : 16;
		IrInlCall *v = arena_alloc(&c->arena, cap * sizeof *v);
		if (c->inltree)
			memcpy(v, c->inltree, c->ninltree * sizeof *v);
		c->inltree = v;
		c->capinltree = cap;
	}
	IrInlCall *e = &c->inltree[c->ninltree];
	e->parent = parent;
	e->pos = pos;
	e->fn = fn;
	return c->ninltree++;
}

/* The outermost call of an inlining-tree entry: what gc prints for any
 * position inside the inlined code. */
static Pos inltree_outermost(IrCtx *c, uint32_t idx)
{
	Pos p = c->inltree[idx].pos;
	while (idx) {
		p = c->inltree[idx].pos;
		idx = c->inltree[idx].parent;
	}
	return p;
}

/* ---- the substitution (gc's inlsubst) ---------------------------------- */

typedef struct Subst {
	Inl *in;
	IrFunc *fn;             /* the callee */
	IrNode *call;
	uint32_t index;         /* the inlining-tree entry */
	Pos pos;                /* what copied nodes print: the outermost call */
	Sym *retlabel;
	IrList retvars;
	IrNode **from, **to;    /* inlvars: old name -> new name */
	int nvars, capvars;
	IrFunc *newclofn;       /* inside a closure copied out of the body */
	bool no_pos_update;
} Subst;

static void map_var(Subst *s, IrNode *from, IrNode *to)
{
	if (s->nvars == s->capvars) {
		int cap = s->capvars ? 2 * s->capvars : 16;
		IrNode **f = arena_alloc(&s->in->ir->arena, (size_t)cap * sizeof *f);
		IrNode **t = arena_alloc(&s->in->ir->arena, (size_t)cap * sizeof *t);
		if (s->nvars) {
			memcpy(f, s->from, (size_t)s->nvars * sizeof *f);
			memcpy(t, s->to, (size_t)s->nvars * sizeof *t);
		}
		s->from = f;
		s->to = t;
		s->capvars = cap;
	}
	s->from[s->nvars] = from;
	s->to[s->nvars++] = to;
}

static IrNode *lookup_var(Subst *s, IrNode *n)
{
	for (int i = s->nvars - 1; i >= 0; i--)
		if (s->from[i] == n)
			return s->to[i];
	return NULL;
}

/* gc's inlvar: a new local of the caller standing for var. */
static IrNode *inlvar(Subst *s, IrNode *var)
{
	Inl *in = s->in;
	IrNode *n = ir_name(in->ir, var->u.name.sym, PAUTO, s->call->pos, var->type);
	n->inl = s->call->inl;
	/* an imported function's local is its package's symbol */
	if (s->fn->fflags & IRFN_IMPORTED)
		n->u.name.qual = s->fn->nname->u.name.qual;
	n->u.name.nflags = IRN_USED | (var->u.name.nflags & (IRN_AUTOTMP | IRN_ADDRTAKEN));
	n->u.name.curfn = in->curfn;
	ir_list_push(in->ir, &in->curfn->dcl, n);
	return n;
}

/* The name a followed by the decimal n (a temporary's, a label's): made
 * for every inlined call, so without printf. */
static Sym *numbered_sym(const char *a, int n)
{
	char buf[512];
	size_t al = strlen(a);
	char digits[12];
	int nd = 0;
	unsigned v = n < 0 ? -(unsigned)n : (unsigned)n;
	do {
		digits[nd++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	if (n < 0)
		digits[nd++] = '-';
	if (al + (size_t)nd >= sizeof buf)
		fatal_internal("name too long: %s", a);
	memcpy(buf, a, al);
	while (nd > 0)
		buf[al++] = digits[--nd];
	buf[al] = 0;
	return sym_cstr(buf);
}

static IrNode *retvar(Subst *s, IrParam *p, int i)
{
	Inl *in = s->in;
	IrNode *n = ir_name(in->ir, numbered_sym("~R", i), PAUTO, s->call->pos, p->type);
	n->inl = s->call->inl;
	n->u.name.nflags = IRN_USED;
	n->u.name.curfn = in->curfn;
	ir_list_push(in->ir, &in->curfn->dcl, n);
	return n;
}

static IrNode *blank_node(Inl *in, Pos pos)
{
	return ir_name(in->ir, sym_cstr("_"), PXXX, pos, NULL);
}

static Sym *translate_label(Subst *s, Sym *l)
{
	if (!l)
		return NULL;
	char buf[512];
	snprintf(buf, sizeof buf, "%s\xc2\xb7", l->name);
	return numbered_sym(buf, s->in->inlgen);
}

static IrNode *subst_node(IrNode *n, void *ctx);

static IrList subst_list(Subst *s, IrList *l)
{
	IrList r = { 0 };
	for (int i = 0; i < l->n; i++)
		ir_list_push(s->in->ir, &r, subst_node(l->v[i], s));
	return r;
}

static void set_pos(Subst *s, IrNode *m)
{
	if (s->no_pos_update)
		return;
	m->pos = s->pos;
	m->inl = s->index;
}

/* gc's inlsubst.clovar: a variable of a closure copied out of the body. */
static IrNode *clovar(Subst *s, IrNode *n)
{
	IrCtx *c = s->in->ir;
	IrNode *m = ir_name(c, n->u.name.sym, n->u.name.class, n->pos, n->type);
	/* an imported literal's own names are its package's symbols; its
	 * captured variables print bare (as gc's do) */
	if ((s->fn->fflags & IRFN_IMPORTED) && !(n->u.name.nflags & IRN_CLOSUREVAR))
		m->u.name.qual = s->fn->nname->u.name.qual;
	m->u.name.nflags = n->u.name.nflags & (IRN_CLOSUREVAR | IRN_ADDRTAKEN | IRN_USED);
	m->u.name.defn = n->u.name.defn;
	m->u.name.curfn = s->newclofn;
	IrNode *d = n->u.name.defn;
	if (d && d->op == IR_ONAME) {
		IrNode *nv = lookup_var(s, d);
		if (nv)
			m->u.name.defn = nv;
	} else if (d && (d->op == IR_OAS || d->op == IR_OAS2 || d->op == IR_OAS2FUNC ||
		d->op == IR_OAS2DOTTYPE || d->op == IR_OAS2MAPR || d->op == IR_OAS2RECV)) {
		m->u.name.defn = NULL;  /* set when the copy of d is made */
		m->u.name.nflags |= IRN_DEFNPENDING;
	}
	if (n->u.name.outer) {
		IrNode *o = subst_node(n->u.name.outer, s);
		if (o == n->u.name.outer)
			o = n->u.name.outer->u.name.outer;
		m->u.name.outer = o;
	}
	return m;
}

static IrParam *copy_params(Subst *s, IrParam *v, int n)
{
	if (!n)
		return NULL;
	IrParam *r = arena_alloc(&s->in->ir->arena, (size_t)n * sizeof *r);
	for (int i = 0; i < n; i++) {
		r[i] = v[i];
		r[i].note = NULL;
		r[i].note_len = 0;
		if (v[i].nname) {
			IrNode *nv = lookup_var(s, v[i].nname);
			if (nv)
				r[i].nname = nv;
		}
	}
	return r;
}

static void add_decl(Inl *in, IrFunc *fn)
{
	if (!in->decls)
		return;
	if (*in->ndecls >= in->capdecls) {
		int cap = 2 * *in->ndecls + 8;
		IrFunc **v = arena_alloc(&in->ir->arena, (size_t)cap * sizeof *v);
		memcpy(v, *in->decls, (size_t)*in->ndecls * sizeof *v);
		*in->decls = v;
		in->capdecls = cap;
	}
	(*in->decls)[(*in->ndecls)++] = fn;
}

/* gc's inlsubst.closure: a function literal of the inlined body becomes
 * a new closure of the caller, whose body keeps its original positions.
 * gc names it when it typechecks the copy, after copying its body, and
 * after the function being edited (ir.CurFunc): so a literal nested in a
 * copied literal gets the smaller number, and both are the caller's
 * (main.func1, main.func2), and the nested one comes first in Decls. */
static IrNode *subst_closure(Subst *s, IrNode *n)
{
	Inl *in = s->in;
	IrCtx *c = in->ir;
	Pos newpos = s->no_pos_update ? n->pos : s->pos;
	uint32_t newinl = s->no_pos_update ? n->inl : s->index;
	bool prev_noupd = s->no_pos_update;
	s->no_pos_update = true;
	IrFunc *old = n->u.clo.func;
	IrFunc *nf = ir_func(c, old->nname->u.name.sym, old->pos);
	nf->fflags |= IRFN_HIDDEN;
	nf->outer = s->newclofn ? s->newclofn : in->curfn;
	IrFunc *prev = s->newclofn;
	s->newclofn = nf;
	int mark = s->nvars;
	for (int i = 0; i < old->dcl.n; i++) {
		IrNode *nv = clovar(s, old->dcl.v[i]);
		map_var(s, old->dcl.v[i], nv);
		ir_list_push(c, &nf->dcl, nv);
	}
	for (int i = 0; i < old->closure_vars.n; i++) {
		IrNode *nv = clovar(s, old->closure_vars.v[i]);
		map_var(s, old->closure_vars.v[i], nv);
		ir_list_push(c, &nf->closure_vars, nv);
	}
	nf->recv = copy_params(s, old->recv, old->recv ? 1 : 0);
	nf->params = copy_params(s, old->params, old->nparams);
	nf->nparams = old->nparams;
	nf->results = copy_params(s, old->results, old->nresults);
	nf->nresults = old->nresults;
	nf->pragma = old->pragma;
	nf->nname->type = old->nname->type;
	nf->body = subst_list(s, &old->body);
	s->nvars = mark;
	s->newclofn = prev;
	/* the literal's init (a method value's .rcvrN = x) keeps its
	 * positions too: gc copies it before restoring the flag */
	IrList init = subst_list(s, &n->init);
	s->no_pos_update = prev_noupd;

	/* closureName(ir.CurFunc) */
	IrFunc *cur = in->curfn;
	const Sym *o = cur->nname->u.name.sym;
	char name[1024];
	snprintf(name, sizeof name, "%s.%s%d", o->name, cur->oclosure ? "" : "func", ++cur->closgen);
	nf->nname->u.name.sym = sym_cstr(name);

	IrNode *clo = ir_new(c, IR_OCLOSURE, newpos, n->type);
	clo->inl = newinl;
	clo->u.clo.func = nf;
	clo->syn = n->syn;
	nf->oclosure = clo;
	clo->init = init;
	add_decl(in, nf);
	return clo;
}

static void fix_defn(IrNode *lhs, IrNode *m)
{
	if (lhs && lhs->op == IR_ONAME && (lhs->u.name.nflags & IRN_DEFNPENDING)) {
		lhs->u.name.defn = m;
		lhs->u.name.nflags &= (uint16_t)~IRN_DEFNPENDING;
	}
}

static IrNode *subst_node(IrNode *n, void *ctx)
{
	Subst *s = ctx;
	Inl *in = s->in;
	IrCtx *c = in->ir;
	if (!n)
		return NULL;
	switch (n->op) {
	case IR_ONAME: {
		if ((n->u.name.nflags & IRN_CLOSUREVAR) && !s->newclofn) {
			/* inlining a closure: its captured variables are the
			 * caller's own */
			IrNode *o = n->u.name.outer;
			if (o && o->u.name.curfn != in->curfn)
				o = o->u.name.outer;
			if (!o || o->u.name.curfn != in->curfn)
				fatal_internal("unresolvable capture %s", n->u.name.sym->name);
			return o;
		}
		IrNode *v = lookup_var(s, n);
		return v ? v : n;
	}
	case IR_OMETHEXPR:
		return n;
	case IR_OLITERAL:
		if (n->u.cnst.sym)
			return n;
		break;
	case IR_OTYPE: case IR_ONIL:
		if (n->op == IR_OTYPE || (n->op == IR_ONIL && n->u.leaf.sym))
			return n;
		break;
	case IR_ORETURN: {
		if (s->newclofn)
			break;
		IrList init = subst_list(s, &n->init);
		if (s->retvars.n && n->u.block.list.n) {
			IrNode *as = ir_new(c, IR_OAS2, s->pos, NULL);
			as->inl = s->index;
			for (int i = 0; i < s->retvars.n; i++)
				ir_list_push(c, &as->u.as2.lhs, s->retvars.v[i]);
			as->u.as2.rhs = subst_list(s, &n->u.block.list);
			if (s->fn->inl->can_delay_results) {
				for (int i = 0; i < as->u.as2.lhs.n; i++) {
					IrNode *r = as->u.as2.lhs.v[i];
					IrNode *d = ir_new(c, IR_ODCL, s->pos, NULL);
					d->inl = s->index;
					d->u.decl.x = r;
					ir_list_push(c, &as->init, d);
					r->u.name.defn = as;
				}
			}
			ir_list_push(c, &init, as);
		}
		IrNode *g = ir_new(c, IR_OGOTO, s->pos, NULL);
		g->inl = s->index;
		g->u.branch.label = s->retlabel;
		ir_list_push(c, &init, g);
		IrNode *blk = ir_new(c, IR_OBLOCK, s->pos, NULL);
		blk->inl = s->index;
		blk->u.block.list = init;
		return blk;
	}
	case IR_OGOTO: case IR_OBREAK: case IR_OCONTINUE: case IR_OLABEL: {
		if (s->newclofn)
			break;
		IrNode *m = ir_shallow_copy(c, n);
		set_pos(s, m);
		m->init.n = 0;
		m->u.branch.label = translate_label(s, n->u.branch.label);
		return m;
	}
	case IR_OCLOSURE:
		return subst_closure(s, n);
	default:
		break;
	}
	IrNode *m = ir_shallow_copy(c, n);
	set_pos(s, m);
	ir_edit_children(m, subst_node, s);
	if (!s->newclofn) {
		switch (m->op) {
		case IR_OFOR: case IR_OFORUNTIL:
			m->u.loop.label = translate_label(s, m->u.loop.label);
			break;
		case IR_ORANGE:
			m->u.range.label = translate_label(s, m->u.range.label);
			break;
		case IR_OSWITCH: case IR_OSELECT:
			m->u.sw.label = translate_label(s, m->u.sw.label);
			break;
		default:
			break;
		}
	}
	switch (ir_class(m->op)) {
	case IRC_ASSIGN:
		if (m->op == IR_OAS)
			fix_defn(m->u.bin.x, m);
		break;
	case IRC_ASSIGNLIST:
		for (int i = 0; i < m->u.as2.lhs.n; i++)
			fix_defn(m->u.as2.lhs.v[i], m);
		break;
	default:
		break;
	}
	return m;
}

/* ---- mkinlcall (gc's mkinlcall and oldInline) --------------------------- */

/* gc's CalleeEffects: the callee expression's side effects. */
static void callee_effects(IrCtx *c, IrList *init, IrNode *callee)
{
	for (;;) {
		for (int i = 0; i < callee->init.n; i++)
			ir_list_push(c, init, callee->init.v[i]);
		callee->init.n = 0;
		switch (callee->op) {
		case IR_ONAME: case IR_OCLOSURE: case IR_OMETHEXPR:
			return;
		case IR_OCONVNOP:
			callee = callee->u.un.x;
			break;
		case IR_OINLCALL:
			for (int i = 0; i < callee->u.inlcall.body.n; i++)
				ir_list_push(c, init, callee->u.inlcall.body.v[i]);
			callee->u.inlcall.body.n = 0;
			callee = callee->u.inlcall.retvars.v[0];
			break;
		default:
			fatal_internal("unexpected callee expression: %s", ir_op_name(callee->op));
		}
	}
}

static IrNode *inl_param(Subst *s, IrParam *p, IrNode *as)
{
	IrNode *n = p->nname;
	if (!n || (n->u.name.sym->len == 1 && n->u.name.sym->name[0] == '_'))
		return blank_node(s->in, s->call->pos);
	IrNode *v = lookup_var(s, n);
	if (!v)
		fatal_internal("missing inlvar for %s", n->u.name.sym->name);
	IrNode *d = ir_new(s->in->ir, IR_ODCL, s->call->pos, NULL);
	d->inl = s->call->inl;
	d->u.decl.x = v;
	ir_list_push(s->in->ir, &as->init, d);
	v->u.name.defn = as;
	return v;
}

static IrNode *inlnode(IrNode *n, void *ctx);

/* gc's rules for shapes (issues 49309, 51909): a function without
 * shape parameters is not inlined where it gets a shape argument, one
 * with shape parameters only where it gets at least one (so calls of a
 * shape instantiation from code that is not generic are not inlined). */
static bool shape_args_ok(IrNode *call, IrFunc *fn)
{
	bool shape_params = false;
	if (fn->recv && ty_has_shape(fn->recv->type))
		shape_params = true;
	for (int i = 0; i < fn->nparams && !shape_params; i++)
		shape_params = ty_has_shape(fn->params[i].type);
	bool shape_arg = false;
	for (int i = 0; i < call->u.call.args.n && !shape_arg; i++) {
		IrNode *a = call->u.call.args.v[i];
		shape_arg = a && a->type && ty_has_shape(a->type);
	}
	if (!shape_params)
		return !shape_arg;
	return call->u.call.args.n == 0 || shape_arg;
}

/* The package of fn's name (gc: fn.Sym().Pkg): a closure's is its
 * enclosing function's; one with no declared function outside (a
 * wrapper) is made in the package being compiled. */
static const Package *func_pkg(const IrCtx *c, const IrFunc *fn)
{
	while (!fn->obj && fn->outer)
		fn = fn->outer;
	return fn->obj ? fn->obj->pkg : c->local;
}

static IrNode *mkinlcall(Inl *in, IrNode *call, IrFunc *fn)
{
	IrCtx *c = in->ir;
	if (!fn->inl || fn->inl->cost > in->max_cost || fn == in->curfn)
		return call;
	if (!shape_args_ok(call, fn))
		return call;
	/* runtime code inlined into an instrumented package would be
	 * instrumented there */
	if (c->instrumenting && ir_is_runtime_pkg(c, func_pkg(c, fn)))
		return call;
	for (int i = 0; i < in->npath; i++) {
		if (in->path[i] == fn) {
			if (in->m > 1)
				report_at(in->out, call->pos, "cannot inline %s into %s: repeated recursive cycle",
					func_name(in, fn), func_name(in, in->curfn));
			return call;
		}
	}
	if (in->npath == (int)(sizeof in->path / sizeof in->path[0]))
		return call;
	in->path[in->npath++] = fn;

	esc_fix_variadic_call(c, call, call->u.call.x->type);
	uint32_t index = inltree_add(c, call->inl, call->pos, fn);
	if (in->m)
		report_at(in->out, call->pos, "inlining call to %s", func_name(in, fn));

	Subst s = { .in = in, .fn = fn, .call = call, .index = index };
	s.pos = inltree_outermost(c, index);

	IrList ninit = call->init;
	ir_own_list(c, &ninit);
	callee_effects(c, &ninit, call->u.call.x);

	for (int i = 0; i < fn->inl->dcl.n; i++) {
		IrNode *ln = fn->inl->dcl.v[i];
		if (ln->op != IR_ONAME || ln->u.name.class == PPARAMOUT)
			continue;
		map_var(&s, ln, inlvar(&s, ln));
	}
	for (int i = 0; i < fn->nresults; i++) {
		IrParam *p = &fn->results[i];
		IrNode *nn = p->nname, *m;
		if (nn && !(nn->u.name.sym->len == 1 && nn->u.name.sym->name[0] == '_') &&
			strncmp(nn->u.name.sym->name, "~r", 2) != 0) {
			m = inlvar(&s, nn);
			map_var(&s, nn, m);
		} else {
			m = retvar(&s, p, i);
		}
		ir_list_push(c, &s.retvars, m);
	}

	IrNode *as = ir_new(c, IR_OAS2, call->pos, NULL);
	as->inl = call->inl;
	as->flags |= IRF_DEF;
	for (int i = 0; i < call->u.call.args.n; i++)
		ir_list_push(c, &as->u.as2.rhs, call->u.call.args.v[i]);
	if (fn->recv)
		ir_list_push(c, &as->u.as2.lhs, inl_param(&s, fn->recv, as));
	for (int i = 0; i < fn->nparams; i++)
		ir_list_push(c, &as->u.as2.lhs, inl_param(&s, &fn->params[i], as));
	if (as->u.as2.rhs.n)
		ir_list_push(c, &ninit, as);

	if (!fn->inl->can_delay_results) {
		for (int i = 0; i < s.retvars.n; i++) {
			IrNode *r = s.retvars.v[i];
			IrNode *d = ir_new(c, IR_ODCL, call->pos, NULL);
			d->inl = call->inl;
			d->u.decl.x = r;
			ir_list_push(c, &ninit, d);
			IrNode *z = ir_binary(c, IR_OAS, call->pos, NULL, r, NULL);
			z->inl = call->inl;
			ir_list_push(c, &ninit, z);
		}
	}

	s.retlabel = numbered_sym(".i", in->curfn->label++);
	in->inlgen++;

	IrNode *mark = ir_new(c, IR_OINLMARK, call->pos, NULL);
	mark->inl = call->inl;
	mark->u.mark.index = index;
	ir_list_push(c, &ninit, mark);

	IrList body = subst_list(&s, &fn->inl->body);
	IrNode *l = ir_new(c, IR_OLABEL, call->pos, NULL);
	l->inl = call->inl;
	l->u.branch.label = s.retlabel;
	ir_list_push(c, &body, l);

	IrNode *res = ir_new(c, IR_OINLCALL, call->pos, call->type);
	res->inl = call->inl;
	res->syn = call->syn;
	res->init = ninit;
	res->u.inlcall.body = body;
	res->u.inlcall.retvars = s.retvars;

	/* transitive inlining */
	ir_edit_children(res, inlnode, in);
	in->npath--;
	return res;
}

/* A call through the method expression of reflect's Value.UnsafeAddr
 * or Value.Pointer. */
static bool reflect_unsafe_call(IrNode *call)
{
	IrNode *x = call->u.call.x;
	if (!x || x->op != IR_OMETHEXPR || !x->u.un.method)
		return false;
	IrFunc *m = x->u.un.method;
	const Object *o = m->obj;
	if (!o || !o->pkg || !o->pkg->path || strcmp(o->pkg->path->name, "reflect") != 0 || !m->nname)
		return false;
	const char *name = m->nname->u.name.sym->name;
	return strcmp(name, "Value.UnsafeAddr") == 0 || strcmp(name, "Value.Pointer") == 0;
}

/* gc's inlnode: post-order, so arguments are inlined before the call that
 * holds them. */
static IrNode *inlnode(IrNode *n, void *ctx)
{
	Inl *in = ctx;
	if (!n)
		return n;
	switch (n->op) {
	case IR_ODEFER: case IR_OGO:
		if (n->u.godefer.call && n->u.godefer.call->op == IR_OCALLFUNC)
			n->u.godefer.call->flags |= IRF_NOINLINE;
		break;
	case IR_OTAILCALL:
		if (n->u.godefer.call)
			n->u.godefer.call->flags |= IRF_NOINLINE;
		break;
	case IR_OCLOSURE:
		return n;
	case IR_OCALLFUNC:
		/* under checkptr, reflect's Value.UnsafeAddr and
		 * Value.Pointer stay calls (issue 35073), their arguments
		 * untouched too */
		if (in->ir->checkptr && reflect_unsafe_call(n))
			return n;
		break;
	default:
		break;
	}
	ir_edit_children(n, inlnode, in);
	if (n->op == IR_OCALLFUNC && !(n->flags & IRF_NOINLINE) && !intrinsic_call(in, n)) {
		IrFunc *fn = inl_callee(in, n->u.call.x);
		if (fn && fn->inl)
			n = mkinlcall(in, n, fn);
	}
	return n;
}

static bool count_node(IrNode *n, void *ctx)
{
	(void)n;
	return --*(int *)ctx <= 0;
}

static void edit_calls(Inl *in, IrFunc *fn)
{
	IrFunc *save = in->curfn;
	int save_max = in->max_cost;
	in->curfn = fn;
	int budget = INLINE_BIG_FUNCTION_NODES;
	in->max_cost = ir_any(fn->node, count_node, &budget) ? INLINE_BIG_FUNCTION_MAX_COST : INLINE_MAX_BUDGET;
	in->npath = 0;
	ir_edit_children(fn->node, inlnode, in);
	in->curfn = save;
	in->max_cost = save_max;
}

void inl_calls(IrCtx *ir, IrFunc *fn, int lower_m, Report *out)
{
	Inl in = { .ir = ir, .m = lower_m, .out = out };
	edit_calls(&in, fn);
}

/* ---- the driver --------------------------------------------------------- */

static void analyze(IrFunc **fns, int n, bool recursive, void *ctx)
{
	Inl *in = ctx;
	int numfns = 0;
	for (int i = 0; i < n; i++)
		if (!fns[i]->oclosure)
			numfns++;
	for (int i = 0; i < n; i++) {
		if (!recursive || numfns > 1)
			can_inline(in, fns[i]);
		else if (in->m > 1)
			report_at(in->out, fns[i]->pos, "cannot inline %s: recursive", func_name(in, fns[i]));
		edit_calls(in, fns[i]);
	}
}

void inl_package(IrCtx *ir, IrFunc ***decls, int *n, int lower_m, Report *out)
{
	Inl in = { .ir = ir, .m = lower_m, .out = out, .decls = decls, .ndecls = n, .capdecls = *n };
	/* the walk runs over the list as it was: closures made by inlining
	 * are appended behind it */
	IrFunc **list = arena_alloc(&ir->arena, (size_t)(*n ? *n : 1) * sizeof *list);
	if (*n)
		memcpy(list, *decls, (size_t)*n * sizeof *list);
	ir_visit_funcs_bottom_up(list, *n, analyze, &in);
}

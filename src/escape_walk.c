/*
 * escape_walk.c — building the location graph from function bodies
 * (gc's escape/stmt.go, expr.go, call.go, assign.go; docs/escape-design.md
 * §2.4, §5.7).
 *
 * The walk visits every statement and expression of a function once,
 * carrying a hole: where the value of the expression goes.  A variable
 * read flows into the hole; an allocation gets its own location (a
 * "spill") whose address flows into the hole; operators adjust the hole
 * (& takes an address: derefs - 1; *p, p.f and s[i] dereference:
 * derefs + 1); a value nobody keeps goes to the discard hole.  Calls
 * route each argument through the callee's parameter tag, or through its
 * parameter locations when the callee is in the same batch.
 *
 * The walk also edits the IR as gc's does: variadic arguments become an
 * implicit slice literal (FixVariadicCall), and go/defer calls become
 * calls of a wrapper closure whose arguments are evaluated into
 * temporaries first.
 *
 * Invariants: holes are values; the order of newLoc and flow calls is
 * gc's (it decides the order of the messages); the IR shapes are gc's
 * (irgen's job) with method calls already in FixMethodCall form.
 * Under -d=checkptr=2 and -asan a conversion of a pointer to
 * unsafe.Pointer sends the pointer to the heap.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

static void stmt(Escape *e, IrNode *n);
static void stmts(Escape *e, IrList *l);
static void unsafe_value(Escape *e, EscHole k, IrNode *n);
static void expr(Escape *e, EscHole k, IrNode *n);
static void expr_skip_init(Escape *e, EscHole k, IrNode *n);
static void call(Escape *e, EscHole *ks, int nks, IrNode *n);
static EscHole tag_hole(Escape *e, EscHole *ks, int nks, IrFunc *fn, IrParam *param);
static void call_common(Escape *e, EscHole *ks, int nks, IrNode *n, IrList *init, IrFunc *wrapper);

/* ---- types ----------------------------------------------------------- */

static bool is_kind(Type *t, TypeKind k)
{
	t = t ? ty_underlying(t) : NULL;
	return t && t->kind == k;
}

static bool is_basic(Type *t, BasicKind k)
{
	t = t ? ty_underlying(t) : NULL;
	return t && t->kind == TY_BASIC && t->u.basic.kind == k;
}

static Type *elem_of(Type *t)
{
	t = ty_underlying(t);
	switch (t ? t->kind : 0) {
	case TY_POINTER: return t->u.ptr.elem;
	case TY_SLICE: return t->u.slice.elem;
	case TY_ARRAY: return t->u.array.elem;
	case TY_CHAN: return t->u.chan.elem;
	case TY_MAP: return t->u.map.elem;
	default: return NULL;
	}
}

static EscLoc *old_loc(IrNode *n)
{
	return esc_old_loc(n);
}

/* ---- labels ---------------------------------------------------------- */

static EscLabel *find_label(Escape *e, Sym *s)
{
	for (int i = 0; i < e->nlabels; i++)
		if (e->labels[i].sym == s)
			return &e->labels[i];
	return NULL;
}

static void find_labels(IrNode *n, void *ctx)
{
	Escape *e = ctx;
	if (n->op == IR_OLABEL) {
		Sym *s = n->u.branch.label;
		if (!s || (s->len == 1 && s->name[0] == '_'))
			return;
		EscLabel *l = find_label(e, s);
		if (!l) {
			if (e->nlabels == e->caplabels) {
				e->caplabels = e->caplabels ? 2 * e->caplabels : 8;
				e->labels = xrealloc(e->labels, (size_t)e->caplabels * sizeof *e->labels);
			}
			l = &e->labels[e->nlabels++];
			l->sym = s;
		}
		l->state = ESC_LABEL_NONLOOPING;
	} else if (n->op == IR_OGOTO) {
		/* a goto after its label jumps backwards: a loop */
		EscLabel *l = find_label(e, n->u.branch.label);
		if (l && l->state == ESC_LABEL_NONLOOPING)
			l->state = ESC_LABEL_LOOPING;
	}
}

static void walk_func(Escape *e, IrFunc *fn)
{
	fn->esc = IR_ESCFN_STARTED;
	ir_visit(fn->node, find_labels, e);
	int depth = e->loop_depth;
	stmts(e, &fn->body);
	e->loop_depth = depth;
	if (e->nlabels != 0)
		fatal_internal("leftover labels after walking a function");
	free(e->labels);
	e->labels = NULL;
	e->caplabels = 0;
}

void esc_walk_func(EscBatch *b, IrFunc *fn)
{
	Escape e = esc_with(b, fn);
	walk_func(&e, fn);
}

/* ---- holes for assignments (gc's assign.go) ------------------------- */

static EscHole addr_hole(Escape *e, IrNode *n)
{
	EscBatch *b = e->b;
	if (!n || (n->op == IR_ONAME && (n->u.name.nflags & IRN_BLANK)))
		return esc_discard_hole(b);
	EscHole k = esc_heap_hole(b);
	switch (n->op) {
	case IR_ONAME:
		if (n->u.name.class != PEXTERN)
			k = esc_loc_hole(old_loc(n));
		break;
	case IR_OLINKSYMOFFSET:
		break;
	case IR_ODOT:
		k = addr_hole(e, n->u.un.x);
		break;
	case IR_OINDEX:
		expr(e, esc_discard_hole(b), n->u.bin.y);
		if (is_kind(n->u.bin.x->type, TY_ARRAY))
			k = addr_hole(e, n->u.bin.x);
		else
			expr(e, esc_discard_hole(b), n->u.bin.x);
		break;
	case IR_ODEREF: case IR_ODOTPTR:
		expr(e, esc_discard_hole(b), n);
		break;
	case IR_OINDEXMAP:
		expr(e, esc_discard_hole(b), n->u.bin.x);
		expr(e, esc_note(b, esc_heap_hole(b), n, "key of map put"), n->u.bin.y);
		break;
	default:
		fatal_internal("unexpected addr: %s", ir_op_name(n->op));
	}
	return k;
}

static void assign_heap(Escape *e, IrNode *src, const char *why, IrNode *where)
{
	expr(e, esc_note(e->b, esc_heap_hole(e->b), where, why), src);
}

/* ir.SameSafeExpr: l and r evaluate to the same value, without side
 * effects. */
static bool same_safe_expr(IrNode *l, IrNode *r)
{
	while (l->op == IR_OCONVNOP)
		l = l->u.un.x;
	while (r->op == IR_OCONVNOP)
		r = r->u.un.x;
	if (l->op != r->op || !(l->type == r->type || (l->type && r->type && ty_identical(l->type, r->type))))
		return false;
	switch (l->op) {
	case IR_ONAME:
		return l == r;
	case IR_ODOT: case IR_ODOTPTR:
		return l->u.un.sel && l->u.un.sel == r->u.un.sel && same_safe_expr(l->u.un.x, r->u.un.x);
	case IR_ODEREF: case IR_ONOT: case IR_OBITNOT: case IR_OPLUS: case IR_ONEG:
		return same_safe_expr(l->u.un.x, r->u.un.x);
	case IR_OCONV:
		/* types.IsSimple: numbers, booleans, pointers, unsafe.Pointer */
		return l->type && (ty_is_numeric(l->type) || ty_is_boolean(l->type) ||
			is_kind(l->type, TY_POINTER) || is_basic(l->type, B_UNSAFE_POINTER)) &&
			same_safe_expr(l->u.un.x, r->u.un.x);
	case IR_OINDEX: case IR_OINDEXMAP:
	case IR_OADD: case IR_OSUB: case IR_OOR: case IR_OXOR: case IR_OMUL: case IR_OLSH:
	case IR_ORSH: case IR_OAND: case IR_OANDNOT: case IR_ODIV: case IR_OMOD:
		return same_safe_expr(l->u.bin.x, r->u.bin.x) && same_safe_expr(l->u.bin.y, r->u.bin.y);
	case IR_OLITERAL:
		return const_compare(l->u.cnst.val, OP_EQL, r->u.cnst.val);
	case IR_ONIL:
		return true;
	default:
		return false;
	}
}

static bool may_affect_memory(IrNode *n)
{
	switch (n->op) {
	case IR_ONAME: case IR_OLITERAL: case IR_ONIL:
		return false;
	case IR_OADD: case IR_OSUB: case IR_OOR: case IR_OXOR: case IR_OMUL: case IR_OLSH:
	case IR_ORSH: case IR_OAND: case IR_OANDNOT: case IR_ODIV: case IR_OMOD: case IR_OINDEX:
		return may_affect_memory(n->u.bin.x) || may_affect_memory(n->u.bin.y);
	case IR_OCONVNOP: case IR_OCONV: case IR_OLEN: case IR_OCAP: case IR_ONOT: case IR_OBITNOT:
	case IR_OPLUS: case IR_ONEG: case IR_OALIGNOF: case IR_OOFFSETOF: case IR_OSIZEOF:
	case IR_ODOT: case IR_ODOTPTR: case IR_ODEREF:
		return may_affect_memory(n->u.un.x);
	default:
		return true;
	}
}

/* b.buf = b.buf[n:m] and the like: the slice stays within the same
 * backing array. */
static bool is_slice_self_assign(IrNode *dst, IrNode *src)
{
	IrNode *dstx, *basex;
	if (dst->op != IR_ODEREF && dst->op != IR_ODOTPTR)
		return false;
	dstx = dst->u.un.x;
	if (dstx->op != IR_ONAME)
		return false;
	switch (src->op) {
	case IR_OSLICE: case IR_OSLICE3: case IR_OSLICESTR:
		break;
	case IR_OSLICEARR: case IR_OSLICE3ARR:
		if (src->u.slice.x->op == IR_OADDR)
			return false;
		break;
	default:
		return false;
	}
	IrNode *base = src->u.slice.x;
	if (base->op != IR_ODEREF && base->op != IR_ODOTPTR)
		return false;
	basex = base->u.un.x;
	return basex->op == IR_ONAME && basex == dstx;
}

static bool is_self_assign(IrNode *dst, IrNode *src)
{
	if (is_slice_self_assign(dst, src))
		return true;
	if (!dst || !src || dst->op != src->op)
		return false;
	switch (dst->op) {
	case IR_ODOT: case IR_ODOTPTR:
		return same_safe_expr(dst->u.un.x, src->u.un.x);
	case IR_OINDEX:
		if (may_affect_memory(dst->u.bin.y) || may_affect_memory(src->u.bin.y))
			return false;
		return same_safe_expr(dst->u.bin.x, src->u.bin.x);
	default:
		return false;
	}
}

/* gc's reflect.SliceHeader.Data / StringHeader.Data store. */
static bool is_reflect_header_data_field(IrNode *l)
{
	if (!is_basic(l->type, B_UINTPTR) || l->type->kind != TY_BASIC)
		return false;
	Type *t;
	if (l->op == IR_ODOT)
		t = l->u.un.x->type;
	else if (l->op == IR_ODOTPTR)
		t = elem_of(l->u.un.x->type);
	else
		return false;
	if (!t || t->kind != TY_NAMED || !l->u.un.sel || strcmp(l->u.un.sel->name, "Data") != 0)
		return false;
	Object *o = t->u.named.obj;
	if (!o->pkg || strcmp(o->pkg->path->name, "reflect") != 0)
		return false;
	return strcmp(o->name->name, "SliceHeader") == 0 || strcmp(o->name->name, "StringHeader") == 0;
}

static void reassigned(Escape *e, EscHole *ks, int nks, IrNode *where)
{
	(void)e;
	/* var x T: the zeroing assignment is x's initialization */
	if (where->op == IR_OAS && !where->u.bin.y) {
		IrNode *dst = where->u.bin.x;
		if (dst && dst->op == IR_ONAME && !dst->u.name.defn)
			return;
	}
	for (int i = 0; i < nks; i++) {
		EscLoc *loc = ks[i].dst;
		/* range variables are assigned on every iteration */
		if (loc->n && loc->n->op == IR_ONAME && loc->n->u.name.defn == where && where->op != IR_ORANGE)
			continue;
		loc->reassigned = true;
	}
}

static void assign_list(Escape *e, IrNode **dsts, int ndsts, IrNode **srcs, int nsrcs,
	const char *why, IrNode *where)
{
	EscBatch *b = e->b;
	EscHole *ks = xmalloc((size_t)(ndsts ? ndsts : 1) * sizeof *ks);
	for (int i = 0; i < ndsts; i++)
		ks[i] = addr_hole(e, dsts[i]);
	for (int i = 0; i < ndsts; i++) {
		EscHole k = ks[i];
		IrNode *src = i < nsrcs ? srcs[i] : NULL;
		IrNode *dst = dsts[i];
		if (dst) {
			/* hdr.Data = uintptr(p): the uintptr may be a pointer */
			if (dst->op == IR_ODOTPTR && is_reflect_header_data_field(dst)) {
				unsafe_value(e, esc_note(b, esc_heap_hole(b), where, why), src);
				continue;
			}
			if (src && is_self_assign(dst, src)) {
				if (b->lower_m) {
					TyBuf f = { 0 }, w = { 0 };
					ir_fmt_func(&f, e->curfn);
					ir_fmt_node(&w, b->ir, where);
					report_at(b->out, where->pos, "%s ignoring self-assignment in %s", f.str, w.str);
					tybuf_free(&f);
					tybuf_free(&w);
				}
				k = esc_discard_hole(b);
			}
		}
		expr(e, esc_note(b, k, where, why), src);
	}
	reassigned(e, ks, ndsts, where);
	free(ks);
}

/* ---- statements (gc's stmt.go) --------------------------------------- */

static void block(Escape *e, IrList *l)
{
	int old = e->loop_depth;
	stmts(e, l);
	e->loop_depth = old;
}

static void stmts(Escape *e, IrList *l)
{
	for (int i = 0; i < l->n; i++)
		stmt(e, l->v[i]);
}

static EscHole dcl(Escape *e, IrNode *n)
{
	if (n->u.name.curfn != e->curfn || (n->u.name.nflags & IRN_CLOSUREVAR))
		fatal_internal("bad declaration of %s", n->u.name.sym->name);
	EscLoc *loc = old_loc(n);
	loc->loop_depth = e->loop_depth;
	return esc_loc_hole(loc);
}

static void go_defer(Escape *e, IrNode *n);

static void stmt(Escape *e, IrNode *n)
{
	EscBatch *b = e->b;
	if (!n)
		return;
	stmts(e, &n->init);
	switch (n->op) {
	case IR_ODCLCONST: case IR_ODCLTYPE: case IR_OFALL: case IR_OINLMARK:
	case IR_OBREAK: case IR_OCONTINUE: case IR_OGOTO:
		break;
	case IR_OBLOCK:
		stmts(e, &n->u.block.list);
		break;
	case IR_ODCL:
		if (!(n->u.decl.x->u.name.nflags & IRN_BLANK))
			dcl(e, n->u.decl.x);
		break;
	case IR_OLABEL: {
		Sym *s = n->u.branch.label;
		if (!s || (s->len == 1 && s->name[0] == '_'))
			break;
		EscLabel *l = find_label(e, s);
		if (!l)
			fatal_internal("label missing tag");
		if (l->state == ESC_LABEL_LOOPING)
			e->loop_depth++;
		*l = e->labels[--e->nlabels];
		break;
	}
	case IR_OIF:
		expr(e, esc_discard_hole(b), n->u.ifs.cond);
		block(e, &n->u.ifs.body);
		block(e, &n->u.ifs.els);
		break;
	case IR_OFOR: case IR_OFORUNTIL:
		e->loop_depth++;
		expr(e, esc_discard_hole(b), n->u.loop.cond);
		stmt(e, n->u.loop.post);
		block(e, &n->u.loop.body);
		e->loop_depth--;
		break;
	case IR_ORANGE: {
		/* for k, v = range x: x is evaluated once, outside the loop */
		EscLoc *tmp = esc_new_loc(e, NULL, false);
		expr(e, esc_loc_hole(tmp), n->u.range.x);
		e->loop_depth++;
		EscHole ks[2] = { addr_hole(e, n->u.range.key), addr_hole(e, n->u.range.value) };
		if (is_kind(n->u.range.x->type, TY_ARRAY))
			esc_flow(b, esc_note(b, ks[1], n, "range"), tmp);
		else
			esc_flow(b, esc_deref(b, ks[1], n, "range-deref"), tmp);
		reassigned(e, ks, 2, n);
		block(e, &n->u.range.body);
		e->loop_depth--;
		break;
	}
	case IR_OSWITCH: {
		IrNode *tag = n->u.sw.tag;
		if (tag && tag->op == IR_OTYPESW) {
			EscHole *ks = xmalloc((size_t)(n->u.sw.cases.n + 1) * sizeof *ks);
			int nks = 0;
			if (tag->u.guard.tag) {
				for (int i = 0; i < n->u.sw.cases.n; i++) {
					IrNode *cas = n->u.sw.cases.v[i];
					IrNode *cv = cas->u.cas.var;
					EscHole k = dcl(e, cv);   /* type switch variables have no ODCL */
					if (esc_has_pointers(cv->type))
						ks[nks++] = esc_dot_type(b, k, cv->type, cas, "switch case");
				}
			}
			expr(e, esc_tee_hole(e, ks, nks), tag->u.guard.x);
			free(ks);
		} else {
			expr(e, esc_discard_hole(b), tag);
		}
		for (int i = 0; i < n->u.sw.cases.n; i++) {
			IrNode *cas = n->u.sw.cases.v[i];
			for (int j = 0; j < cas->u.cas.list.n; j++)
				expr(e, esc_discard_hole(b), cas->u.cas.list.v[j]);
			block(e, &cas->u.cas.body);
		}
		break;
	}
	case IR_OSELECT:
		for (int i = 0; i < n->u.sw.cases.n; i++) {
			IrNode *cas = n->u.sw.cases.v[i];
			stmt(e, cas->u.cas.var);   /* the Comm */
			block(e, &cas->u.cas.body);
		}
		break;
	case IR_ORECV:
		expr_skip_init(e, esc_discard_hole(b), n);
		break;
	case IR_OSEND:
		expr(e, esc_discard_hole(b), n->u.bin.x);
		assign_heap(e, n->u.bin.y, "send", n);
		break;
	case IR_OAS: case IR_OASOP:
		assign_list(e, &n->u.bin.x, 1, &n->u.bin.y, 1, "assign", n);
		break;
	case IR_OAS2:
		assign_list(e, n->u.as2.lhs.v, n->u.as2.lhs.n, n->u.as2.rhs.v, n->u.as2.rhs.n, "assign-pair", n);
		break;
	case IR_OAS2DOTTYPE:
		assign_list(e, n->u.as2.lhs.v, n->u.as2.lhs.n, n->u.as2.rhs.v, n->u.as2.rhs.n,
			"assign-pair-dot-type", n);
		break;
	case IR_OAS2MAPR:
		assign_list(e, n->u.as2.lhs.v, n->u.as2.lhs.n, n->u.as2.rhs.v, n->u.as2.rhs.n,
			"assign-pair-mapr", n);
		break;
	case IR_OAS2RECV: case IR_OSELRECV2:
		assign_list(e, n->u.as2.lhs.v, n->u.as2.lhs.n, n->u.as2.rhs.v, n->u.as2.rhs.n,
			"assign-pair-receive", n);
		break;
	case IR_OAS2FUNC: {
		IrNode *rhs = n->u.as2.rhs.v[0];
		stmts(e, &rhs->init);
		int nks = n->u.as2.lhs.n;
		EscHole *ks = xmalloc((size_t)(nks ? nks : 1) * sizeof *ks);
		for (int i = 0; i < nks; i++)
			ks[i] = addr_hole(e, n->u.as2.lhs.v[i]);
		call(e, ks, nks, rhs);
		reassigned(e, ks, nks, n);
		free(ks);
		break;
	}
	case IR_ORETURN: {
		IrFunc *fn = e->curfn;
		IrNode **dsts = xmalloc((size_t)(fn->nresults ? fn->nresults : 1) * sizeof *dsts);
		for (int i = 0; i < fn->nresults; i++)
			dsts[i] = fn->results[i].nname;
		assign_list(e, dsts, fn->nresults, n->u.block.list.v, n->u.block.list.n, "return", n);
		free(dsts);
		break;
	}
	case IR_OCALLFUNC: case IR_OCALLMETH: case IR_OCALLINTER: case IR_OINLCALL: case IR_OCLOSE:
	case IR_OCOPY: case IR_ODELETE: case IR_OPANIC: case IR_OPRINT: case IR_OPRINTN:
	case IR_ORECOVER:
		call(e, NULL, 0, n);
		break;
	case IR_OGO: case IR_ODEFER:
		go_defer(e, n);
		break;
	case IR_OTAILCALL:
		call(e, NULL, 0, n->u.godefer.call);
		break;
	default:
		fatal_internal("unexpected stmt: %s", ir_op_name(n->op));
	}
}

/* ---- expressions (gc's expr.go) -------------------------------------- */

static void expr(Escape *e, EscHole k, IrNode *n)
{
	if (!n)
		return;
	stmts(e, &n->init);
	expr_skip_init(e, k, n);
}

static void discard(Escape *e, IrNode *n)
{
	expr(e, esc_discard_hole(e->b), n);
}

static void discards(Escape *e, IrList *l)
{
	for (int i = 0; i < l->n; i++)
		discard(e, l->v[i]);
}

/* A uintptr that may hold a pointer converted from unsafe.Pointer. */
static void unsafe_value(Escape *e, EscHole k, IrNode *n)
{
	if (!is_basic(n->type, B_UINTPTR))
		fatal_internal("unexpected type for an unsafe value");
	if (k.addrtaken)
		fatal_internal("unexpected addrtaken");
	stmts(e, &n->init);
	switch (n->op) {
	case IR_OCONV: case IR_OCONVNOP:
		if (is_basic(n->u.un.x->type, B_UNSAFE_POINTER))
			expr(e, k, n->u.un.x);
		else
			discard(e, n->u.un.x);
		break;
	case IR_ODOTPTR:
		if (is_reflect_header_data_field(n))
			expr(e, esc_deref(e->b, k, n, "reflect.Header.Data"), n->u.un.x);
		else
			discard(e, n->u.un.x);
		break;
	case IR_OPLUS: case IR_ONEG: case IR_OBITNOT:
		unsafe_value(e, k, n->u.un.x);
		break;
	case IR_OADD: case IR_OSUB: case IR_OOR: case IR_OXOR: case IR_OMUL: case IR_ODIV:
	case IR_OMOD: case IR_OAND: case IR_OANDNOT:
		unsafe_value(e, k, n->u.bin.x);
		unsafe_value(e, k, n->u.bin.y);
		break;
	case IR_OLSH: case IR_ORSH:
		unsafe_value(e, k, n->u.bin.x);
		discard(e, n->u.bin.y);
		break;
	default:
		expr_skip_init(e, esc_discard_hole(e->b), n);
		break;
	}
}

static void expr_skip_init(Escape *e, EscHole k, IrNode *n)
{
	EscBatch *b = e->b;
	if (!n)
		return;
	if (k.derefs >= 0 && n->type && !ty_is_untyped(n->type) && !esc_has_pointers_memo(b->ir, n->type))
		k.dst = &b->blank_loc;

	switch (n->op) {
	case IR_OLITERAL: case IR_ONIL: case IR_OGETG: case IR_OGETCALLERPC: case IR_OGETCALLERSP:
	case IR_OTYPE: case IR_OMETHEXPR: case IR_OLINKSYMOFFSET: case IR_ODYNAMICTYPE:
		break;
	case IR_ONAME:
		if (n->u.name.class == PFUNC || n->u.name.class == PEXTERN)
			return;
		esc_flow(b, k, old_loc(n));
		break;
	case IR_OPLUS: case IR_ONEG: case IR_OBITNOT: case IR_ONOT:
		discard(e, n->u.un.x);
		break;
	case IR_OADD: case IR_OSUB: case IR_OOR: case IR_OXOR: case IR_OMUL: case IR_ODIV:
	case IR_OMOD: case IR_OLSH: case IR_ORSH: case IR_OAND: case IR_OANDNOT: case IR_OEQ:
	case IR_ONE: case IR_OLT: case IR_OLE: case IR_OGT: case IR_OGE:
	case IR_OANDAND: case IR_OOROR:
		discard(e, n->u.bin.x);
		discard(e, n->u.bin.y);
		break;
	case IR_OADDR:
		expr(e, esc_addr(b, k, n, "address-of"), n->u.un.x);
		break;
	case IR_ODEREF:
		expr(e, esc_deref(b, k, n, "indirection"), n->u.un.x);
		break;
	case IR_ODOT: case IR_ODOTMETH: case IR_ODOTINTER:
		expr(e, esc_note(b, k, n, "dot"), n->u.un.x);
		break;
	case IR_ODOTPTR:
		expr(e, esc_deref(b, k, n, "dot of pointer"), n->u.un.x);
		break;
	case IR_ODOTTYPE: case IR_ODOTTYPE2:
		expr(e, esc_dot_type(b, k, n->type, n, "dot"), n->u.un.x);
		break;
	case IR_ODYNAMICDOTTYPE: case IR_ODYNAMICDOTTYPE2:
		/* the type word (a dictionary entry) is read-only data */
		expr(e, esc_dot_type(b, k, n->type, n, "dot"), n->u.bin.x);
		break;
	case IR_OINDEX:
		if (is_kind(n->u.bin.x->type, TY_ARRAY))
			expr(e, esc_note(b, k, n, "fixed-array-index-of"), n->u.bin.x);
		else
			expr(e, esc_deref(b, k, n, "dot of pointer"), n->u.bin.x);
		discard(e, n->u.bin.y);
		break;
	case IR_OINDEXMAP:
		discard(e, n->u.bin.x);
		discard(e, n->u.bin.y);
		break;
	case IR_OSLICE: case IR_OSLICEARR: case IR_OSLICE3: case IR_OSLICE3ARR: case IR_OSLICESTR:
		expr(e, esc_note(b, k, n, "slice"), n->u.slice.x);
		discard(e, n->u.slice.low);
		discard(e, n->u.slice.high);
		discard(e, n->u.slice.max);
		break;
	case IR_OCONV: case IR_OCONVNOP:
		if ((b->ir->checkptr >= 2 || b->ir->asan) && !(e->curfn->pragma & PRAG_NOCHECKPTR) &&
		    is_basic(n->type, B_UNSAFE_POINTER) && is_kind(n->u.un.x->type, TY_POINTER))
			/* -d=checkptr=2 and -asan: the pointed-to object goes
			 * to the heap, where its bounds are known */
			assign_heap(e, n->u.un.x, "conversion to unsafe.Pointer", n);
		else if (is_basic(n->type, B_UNSAFE_POINTER) && is_basic(n->u.un.x->type, B_UINTPTR))
			unsafe_value(e, k, n->u.un.x);
		else
			expr(e, k, n->u.un.x);
		break;
	case IR_OCONVIFACE: case IR_OCONVIDATA: {
		Type *xt = n->u.un.x->type;
		if (!ty_is_interface(xt) && !esc_is_direct_iface(xt))
			k = esc_spill(e, k, n);
		expr(e, esc_note(b, k, n, "interface-converted"), n->u.un.x);
		break;
	}
	case IR_OEFACE:
		expr(e, k, n->u.bin.y);
		break;
	case IR_OIDATA: case IR_OSPTR: case IR_OSLICE2ARRPTR:
		expr(e, k, n->u.un.x);
		break;
	case IR_ORECV:
		discard(e, n->u.un.x);
		break;
	case IR_OCALLMETH: case IR_OCALLFUNC: case IR_OCALLINTER: case IR_OINLCALL: case IR_OLEN:
	case IR_OCAP: case IR_OCOMPLEX: case IR_OREAL: case IR_OIMAG: case IR_OAPPEND: case IR_OCOPY:
	case IR_ORECOVER: case IR_OUNSAFEADD: case IR_OUNSAFESLICE:
		call(e, &k, 1, n);
		break;
	case IR_ONEW:
		esc_spill(e, k, n);
		break;
	case IR_OMAKESLICE:
		esc_spill(e, k, n);
		discard(e, n->u.make.len);
		discard(e, n->u.make.cap);
		break;
	case IR_OMAKECHAN:
		discard(e, n->u.make.len);
		break;
	case IR_OMAKEMAP:
		esc_spill(e, k, n);
		discard(e, n->u.make.len);
		break;
	case IR_OMETHVALUE: {
		/* x.M as a value: a closure record holding the receiver; the
		 * receiver flows where M's tag says, its results counted as
		 * going to the heap */
		EscHole closure_k = esc_spill(e, k, n);
		IrFunc *m = n->u.un.method;
		EscHole ks[ESC_NUM_RESULTS];
		int nks = 0;
		for (int i = 0; m && i < m->nresults && i < ESC_NUM_RESULTS; i++)
			ks[nks++] = esc_heap_hole(b);
		EscHole two[2] = { tag_hole(e, ks, nks, m, m ? m->recv : NULL), closure_k };
		expr(e, esc_tee_hole(e, two, 2), n->u.un.x);
		break;
	}
	case IR_OPTRLIT:
		expr(e, esc_spill(e, k, n), n->u.un.x);
		break;
	case IR_OARRAYLIT:
		for (int i = 0; i < n->u.lit.list.n; i++) {
			IrNode *elt = n->u.lit.list.v[i];
			if (elt->op == IR_OKEY)
				elt = elt->u.bin.y;
			expr(e, esc_note(b, k, n, "array literal element"), elt);
		}
		break;
	case IR_OSLICELIT:
		k = esc_spill(e, k, n);
		for (int i = 0; i < n->u.lit.list.n; i++) {
			IrNode *elt = n->u.lit.list.v[i];
			if (elt->op == IR_OKEY)
				elt = elt->u.bin.y;
			expr(e, esc_note(b, k, n, "slice-literal-element"), elt);
		}
		break;
	case IR_OSTRUCTLIT:
		for (int i = 0; i < n->u.lit.list.n; i++)
			expr(e, esc_note(b, k, n, "struct literal element"), n->u.lit.list.v[i]->u.skey.value);
		break;
	case IR_OMAPLIT:
		esc_spill(e, k, n);
		for (int i = 0; i < n->u.lit.list.n; i++) {
			IrNode *elt = n->u.lit.list.v[i];
			assign_heap(e, elt->u.bin.x, "map literal key", n);
			assign_heap(e, elt->u.bin.y, "map literal value", n);
		}
		break;
	case IR_OCLOSURE: {
		k = esc_spill(e, k, n);
		esc_add_closure(b, k, n);
		IrFunc *fn = n->u.clo.func;
		if (fn->fflags & IRFN_HIDDEN) {
			for (int i = 0; i < fn->closure_vars.n; i++) {
				EscLoc *loc = old_loc(fn->closure_vars.v[i]);
				if (!loc->captured) {
					loc->captured = true;
					/* assignments in straight-line code before the
					 * first capture do not count */
					if (loc->loop_depth == e->loop_depth)
						loc->reassigned = false;
				}
			}
			for (int i = 0; i < fn->dcl.n; i++) {
				IrNode *d = fn->dcl.v[i];
				if (d->op == IR_ONAME && !d->u.name.opt) {
					Escape w = esc_with(b, fn);
					esc_new_loc(&w, d, false);
				}
			}
			Escape w = esc_with(b, fn);
			walk_func(&w, fn);
		}
		break;
	}
	case IR_ORUNES2STR: case IR_OBYTES2STR: case IR_OSTR2RUNES: case IR_OSTR2BYTES: case IR_ORUNESTR:
		esc_spill(e, k, n);
		discard(e, n->u.un.x);
		break;
	case IR_OADDSTR:
		esc_spill(e, k, n);
		discards(e, &n->u.lit.list);
		break;
	default:
		fatal_internal("unexpected expr: %s", ir_op_name(n->op));
	}
}

/* ---- calls (gc's call.go) -------------------------------------------- */

/* ir.OuterValue: the variable whose storage an expression denotes. */
static IrNode *outer_value(IrNode *n)
{
	for (;;) {
		switch (n->op) {
		case IR_ODOT: case IR_OPAREN: case IR_OCONVNOP:
			n = n->u.un.x;
			continue;
		case IR_OINDEX:
			if (is_kind(n->u.bin.x->type, TY_ARRAY)) {
				n = n->u.bin.x;
				continue;
			}
			return n;
		default:
			return n;
		}
	}
}

typedef struct ReassignCtx {
	IrNode *name;
} ReassignCtx;

static bool is_the_name(IrNode *x, IrNode *name)
{
	return x && x->op == IR_ONAME && ir_canonical(x) == name;
}

static bool reassigns(IrNode *n, void *p)
{
	IrNode *name = ((ReassignCtx *)p)->name;
	switch (n->op) {
	case IR_OAS:
		return is_the_name(n->u.bin.x, name) && n != name->u.name.defn;
	case IR_OAS2: case IR_OAS2FUNC: case IR_OAS2MAPR: case IR_OAS2DOTTYPE: case IR_OAS2RECV:
	case IR_OSELRECV2:
		for (int i = 0; i < n->u.as2.lhs.n; i++)
			if (is_the_name(n->u.as2.lhs.v[i], name) && n != name->u.name.defn)
				return true;
		return false;
	case IR_OADDR:
		return is_the_name(outer_value(n->u.un.x), name);
	case IR_OCLOSURE:
		return ir_any(n->u.clo.func->node, reassigns, p);
	default:
		return false;
	}
}

/* ir.StaticValue: what a never reassigned local was initialized with. */
static IrNode *static_value(IrNode *n)
{
	for (;;) {
		if (n->op == IR_OCONVNOP) {
			n = n->u.un.x;
			continue;
		}
		if (n->op == IR_OINLCALL) {
			if (n->u.inlcall.retvars.n != 1)
				fatal_internal("inlined call has %d results, expected 1", n->u.inlcall.retvars.n);
			n = n->u.inlcall.retvars.v[0];
			continue;
		}
		if (n->op != IR_ONAME || n->u.name.class != PAUTO || !n->u.name.defn)
			return n;
		IrNode *defn = n->u.name.defn, *rhs = NULL;
		if (defn->op == IR_OAS) {
			rhs = defn->u.bin.y;
		} else if (defn->op == IR_OAS2) {
			for (int i = 0; i < defn->u.as2.lhs.n && !rhs; i++)
				if (defn->u.as2.lhs.v[i] == n)
					rhs = defn->u.as2.rhs.v[i];
			if (!rhs)
				fatal_internal("name missing from the left side of its definition");
		} else {
			return n;
		}
		if (!rhs)
			fatal_internal("definition without a right side");
		ReassignCtx rc = { n };
		if (!n->u.name.curfn || ir_any(n->u.name.curfn->node, reassigns, &rc))
			return n;
		n = rhs;
	}
}

IrNode *esc_static_value(IrNode *n)
{
	return static_value(n);
}

static bool in_mutual_batch(IrFunc *fn)
{
	if (fn && fn->esc < IR_ESCFN_TAGGED) {
		if (fn->esc == IR_ESCFN_UNKNOWN)
			fatal_internal("graph inconsistency: callee not analysed");
		return true;
	}
	return false;
}

/* The hole for an argument of parameter param of fn (NULL: a dynamic
 * call, or a callee without source: the heap). */
static EscHole tag_hole(Escape *e, EscHole *ks, int nks, IrFunc *fn, IrParam *param)
{
	EscBatch *b = e->b;
	if (!fn || !param)
		return esc_heap_hole(b);
	if (in_mutual_batch(fn))
		return addr_hole(e, param->nname);
	/* a call to a function tagged earlier */
	EscLeaks esc = leaks_parse(param->note ? param->note : "", param->note ? param->note_len : 0);
	EscHole tag_ks[1 + ESC_NUM_RESULTS];
	int n = 0;
	int x = leaks_heap(esc);
	if (x >= 0)
		tag_ks[n++] = esc_shift(esc_heap_hole(b), x);
	if (ks) {
		for (int i = 0; i < ESC_NUM_RESULTS; i++) {
			int r = leaks_result(esc, i);
			if (r >= 0 && i < nks)
				tag_ks[n++] = esc_shift(ks[i], r);
		}
	}
	return esc_tee_hole(e, tag_ks, n);
}

/* typecheck.FixVariadicCall: f(a, b, c) with f(x int, ys ...T) becomes
 * f(a, []T{b, c}...), the slice literal implicit and at the call. */
void esc_fix_variadic_call(IrCtx *c, IrNode *call, Type *sig)
{
	if (!sig || sig->kind != TY_SIGNATURE || !sig->u.sig.variadic || (call->flags & IRF_ISDDD))
		return;
	int vi = sig->u.sig.params->u.tuple.nvars - 1;
	Type *vt = sig->u.sig.params->u.tuple.vars[vi]->type;
	IrList *args = &call->u.call.args;
	IrNode *slice;
	if (args->n <= vi) {
		slice = ir_new(c, IR_ONIL, call->pos, vt);
	} else {
		slice = ir_new(c, IR_OSLICELIT, call->pos, vt);
		IrNode *orig = ir_new(c, IR_OCOMPLIT, call->pos, vt);
		orig->flags |= IRF_IMPLICIT;
		for (int i = vi; i < args->n; i++) {
			ir_list_push(c, &slice->u.lit.list, args->v[i]);
			ir_list_push(c, &orig->u.lit.list, args->v[i]);
		}
		slice->orig = orig;
		slice->u.lit.len = args->n - vi;
	}
	args->n = vi;
	ir_list_push(c, args, slice);
	call->flags |= IRF_ISDDD;
}

/* recover() becomes recover(caller's frame pointer): gc's
 * fixRecoverCall, (*int32)(getcallersp()) on amd64 (no fixed frame). */
static void fix_recover_call(Escape *e, IrNode *call)
{
	IrCtx *c = e->b->ir;
	IrNode *sp = ir_call(c, IR_OGETCALLERSP, call->pos, c->types->typ[B_UINTPTR], NULL, NULL, 0);
	Type *pi32 = ty_new_pointer(c->types, c->types->typ[B_INT32]);
	IrNode *fp = ir_unary(c, IR_OCONVNOP, call->pos, pi32, sp);
	call->op = IR_ORECOVERFP;
	call->u.call.args.n = 0;
	ir_list_push(c, &call->u.call.args, fp);
}

static IrNode *copy_expr(Escape *e, Pos pos, IrNode *x, IrList *init, IrFunc *fn, bool analyze)
{
	IrCtx *c = e->b->ir;
	/* ir.HasUniquePos: not names, nor constants with a symbol */
	if (x->op != IR_ONAME && !(x->op == IR_OLITERAL && x->u.cnst.sym) && x->pos.line)
		pos = x->pos;
	IrNode *tmp = ir_temp(c, pos, fn, x->type);
	IrNode *d = ir_new(c, IR_ODCL, pos, NULL);
	d->u.decl.x = tmp;
	IrNode *as = ir_binary(c, IR_OAS, pos, NULL, tmp, x);
	tmp->u.name.defn = as;
	ir_list_push(c, init, d);
	ir_list_push(c, init, as);
	if (analyze) {
		esc_new_loc(e, tmp, false);
		stmt(e, d);
		stmt(e, as);
	}
	return tmp;
}

static IrNode *wrap_expr(Escape *e, Pos pos, IrNode **exprp, IrList *init, IrNode *call, IrFunc *wrapper)
{
	IrNode *tmp = copy_expr(e, pos, *exprp, init, e->curfn, true);
	if (wrapper) {
		if (call->op == IR_OCALLINTER && exprp == &call->u.call.x->u.un.x) {
			/* the wrapper's call needs a non-nil receiver now, as
			 * the statement would have checked it */
			IrCtx *c = e->b->ir;
			IrNode *itab = ir_unary(c, IR_OITAB, pos, NULL, tmp);
			ir_list_push(c, init, ir_unary(c, IR_OCHECKNIL, pos, NULL, itab));
		}
		old_loc(tmp)->captured = true;
		tmp = ir_closure_var(e->b->ir, pos, wrapper, tmp);
	}
	*exprp = tmp;
	return tmp;
}

/* uintptr(unsafe.Pointer(p)) passed to a function that promises to keep
 * it alive (or lets it escape): the pointer goes into a temporary that
 * the call keeps alive, and escapes with //go:uintptrescapes. */
static void unsafe_uintptr(Escape *e, IrNode *arg, uint32_t pragma, IrList *init, IrNode *call, IrFunc *wrapper)
{
	IrNode *tmp = wrap_expr(e, arg->pos, &arg->u.un.x, init, call, wrapper);
	if (pragma & PRAG_UINTPTRESCAPES)
		esc_flow(e->b, esc_note(e->b, esc_heap_hole(e->b), arg, "//go:uintptrescapes"), old_loc(tmp));
	if (pragma & PRAG_UINTPTRKEEPALIVE) {
		/* SSA keeps a plain variable alive, not a closure's */
		IrNode *keep = tmp;
		if (keep->u.name.class == PAUTOHEAP)
			keep = copy_expr(e, arg->pos, tmp, &call->init, wrapper, false);
		keep->u.name.nflags |= IRN_ADDRTAKEN;
		ir_list_push(e->b->ir, &call->u.call.keepalive, keep);
	}
}

/* One argument (or element of a variadic slice) as the call will see
 * it: through a temporary for a go/defer wrapper or a kept-alive
 * uintptr. */
static void rewrite_one(Escape *e, Pos pos, IrNode **argp, IrList *init, IrNode *call, uint32_t pragma,
	IrFunc *wrapper)
{
	IrNode *a = *argp;
	if (a->op == IR_OLITERAL || a->op == IR_ONIL || a->op == IR_OMETHEXPR)
		return;
	if (a->op == IR_ONAME && a->u.name.class == PFUNC)
		return;
	if ((pragma & (PRAG_UINTPTRKEEPALIVE | PRAG_UINTPTRESCAPES)) && a->op == IR_OCONVNOP &&
		is_basic(a->type, B_UINTPTR) && is_basic(a->u.un.x->type, B_UNSAFE_POINTER)) {
		unsafe_uintptr(e, a, pragma, init, call, wrapper);
		return;
	}
	if (wrapper)
		wrap_expr(e, pos, argp, init, call, wrapper);
}

static void rewrite_argument(Escape *e, IrNode **argp, IrList *init, IrNode *call, IrFunc *fn, IrFunc *wrapper)
{
	uint32_t pragma = fn ? fn->pragma : 0;
	IrNode *arg = *argp;
	if (arg->op != IR_OSLICELIT) {
		rewrite_one(e, call->pos, argp, init, call, pragma, wrapper);
		return;
	}
	for (int i = 0; i < arg->u.lit.list.n; i++) {
		IrNode **el = &arg->u.lit.list.v[i];
		if ((*el)->op == IR_OKEY)
			el = &(*el)->u.bin.y;
		rewrite_one(e, arg->pos, el, init, call, pragma, wrapper);
	}
}

/* One argument: its hole, noted as a call parameter. */
static void argument(Escape *e, IrFunc *fn, EscHole k, IrNode **argp, IrNode *call, IrList *init, IrFunc *wrapper)
{
	rewrite_argument(e, argp, init, call, fn, wrapper);
	expr(e, esc_note(e->b, k, call, "call parameter"), *argp);
}

static void call_common(Escape *e, EscHole *ks, int nks, IrNode *n, IrList *init, IrFunc *wrapper)
{
	EscBatch *b = e->b;
	switch (n->op) {
	case IR_OCALLFUNC: case IR_OCALLINTER: {
		IrNode *x = n->u.call.x;
		IrFunc *fn = NULL;
		if (n->op == IR_OCALLFUNC) {
			if (x->op == IR_OCLOSURE)
				x->u.clo.func->fflags |= IRFN_CLOSURE_CALLED;
			IrNode *v = static_value(x);
			if (v->op == IR_ONAME && v->u.name.class == PFUNC)
				fn = v->u.name.func;
			else if (v->op == IR_OCLOSURE)
				fn = v->u.clo.func;
			else if (v->op == IR_OMETHEXPR)
				fn = v->u.un.method;
		}
		esc_fix_variadic_call(e->b->ir, n, x->type);
		if (ks && fn && in_mutual_batch(fn))
			for (int i = 0; i < fn->nresults && i < nks; i++)
				expr(e, ks[i], fn->results[i].nname);
		IrNode **recvp = NULL;
		if (n->op == IR_OCALLFUNC)
			argument(e, NULL, esc_discard_hole(b), &n->u.call.x, n, init, wrapper);
		else
			recvp = &n->u.call.x->u.un.x;
		IrNode **args = n->u.call.args.v;
		int nargs = n->u.call.args.n;
		if (fn && fn->recv) {
			if (!recvp) {
				recvp = &args[0];
				args++;
				nargs--;
			}
			argument(e, fn, tag_hole(e, ks, nks, fn, fn->recv), recvp, n, init, wrapper);
		} else if (recvp) {
			argument(e, fn, esc_heap_hole(b), recvp, n, init, wrapper);
		}
		for (int i = 0; i < nargs; i++) {
			IrParam *p = fn && i < fn->nparams ? &fn->params[i] : NULL;
			argument(e, fn, tag_hole(e, ks, nks, fn, p), &args[i], n, init, wrapper);
		}
		break;
	}
	case IR_OINLCALL:
		stmts(e, &n->u.inlcall.body);
		for (int i = 0; i < n->u.inlcall.retvars.n; i++)
			expr(e, ks && i < nks ? ks[i] : esc_discard_hole(b), n->u.inlcall.retvars.v[i]);
		break;
	case IR_OAPPEND: {
		IrNode **args = n->u.call.args.v;
		EscHole appendee = ks[0];
		Type *et = elem_of(args[0]->type);
		if (et && esc_has_pointers(et)) {
			EscHole two[2] = { appendee, esc_deref(b, esc_heap_hole(b), n, "appendee slice") };
			appendee = esc_tee_hole(e, two, 2);
		}
		argument(e, NULL, appendee, &args[0], n, init, wrapper);
		if (n->flags & IRF_ISDDD) {
			EscHole appended = esc_discard_hole(b);
			Type *t1 = args[1]->type;
			if (is_kind(t1, TY_SLICE) && esc_has_pointers(elem_of(t1)))
				appended = esc_deref(b, esc_heap_hole(b), n, "appended slice...");
			argument(e, NULL, appended, &args[1], n, init, wrapper);
		} else {
			for (int i = 1; i < n->u.call.args.n; i++)
				argument(e, NULL, esc_heap_hole(b), &args[i], n, init, wrapper);
		}
		break;
	}
	case IR_OCOPY: {
		argument(e, NULL, esc_discard_hole(b), &n->u.bin.x, n, init, wrapper);
		EscHole copied = esc_discard_hole(b);
		Type *ty = n->u.bin.y->type;
		if (is_kind(ty, TY_SLICE) && esc_has_pointers(elem_of(ty)))
			copied = esc_deref(b, esc_heap_hole(b), n, "copied slice");
		argument(e, NULL, copied, &n->u.bin.y, n, init, wrapper);
		break;
	}
	case IR_OPANIC:
		argument(e, NULL, esc_heap_hole(b), &n->u.un.x, n, init, wrapper);
		break;
	case IR_OCOMPLEX:
		argument(e, NULL, esc_discard_hole(b), &n->u.bin.x, n, init, wrapper);
		argument(e, NULL, esc_discard_hole(b), &n->u.bin.y, n, init, wrapper);
		break;
	case IR_ODELETE: case IR_OPRINT: case IR_OPRINTN: case IR_ORECOVER:
		if (n->op == IR_ORECOVER)
			fix_recover_call(e, n);
		for (int i = 0; i < n->u.call.args.n; i++)
			argument(e, NULL, esc_discard_hole(b), &n->u.call.args.v[i], n, init, wrapper);
		break;
	case IR_OLEN: case IR_OCAP: case IR_OREAL: case IR_OIMAG: case IR_OCLOSE:
		argument(e, NULL, esc_discard_hole(b), &n->u.un.x, n, init, wrapper);
		break;
	case IR_OUNSAFEADD: case IR_OUNSAFESLICE:
		argument(e, NULL, ks[0], &n->u.bin.x, n, init, wrapper);
		argument(e, NULL, esc_discard_hole(b), &n->u.bin.y, n, init, wrapper);
		break;
	default:
		fatal_internal("unexpected call op: %s", ir_op_name(n->op));
	}
}

static void call(Escape *e, EscHole *ks, int nks, IrNode *n)
{
	IrList init = { 0 };
	call_common(e, ks, nks, n, &init, NULL);
	for (int i = 0; i < init.n; i++)
		ir_list_push(e->b->ir, &n->init, init.v[i]);
}

/* go f(x) and defer f(x): the arguments are evaluated now, into
 * temporaries a wrapper closure captures; a top-level defer (not in a
 * loop) runs before the function returns, so what it keeps alive need
 * not outlive the frame. */
static void go_defer(Escape *e, IrNode *n)
{
	EscBatch *b = e->b;
	IrCtx *c = b->ir;
	EscHole k = esc_heap_hole(b);
	if (n->op == IR_ODEFER && e->loop_depth == 1) {
		k = esc_later(e, esc_discard_hole(b));
		n->esc = IR_ESC_NEVER;
	}
	IrNode *cl = n->u.godefer.call;
	/* the call's init moves to the statement */
	for (int i = 0; i < cl->init.n; i++)
		ir_list_push(c, &n->init, cl->init.v[i]);
	cl->init.n = 0;
	stmts(e, &n->init);

	if (cl->op == IR_OCALLFUNC) {
		/* a func type may be named (context.CancelFunc) */
		Type *sig = cl->u.call.x->type ? ty_underlying(cl->u.call.x->type) : NULL;
		if (sig && sig->kind == TY_SIGNATURE &&
			sig->u.sig.params->u.tuple.nvars + sig->u.sig.results->u.tuple.nvars == 0) {
			/* nothing to evaluate early: the callee is the closure */
			expr(e, k, cl->u.call.x);
			return;
		}
	}
	IrFunc *fn = ir_closure_func(c, n->pos, e->curfn);
	fn->fflags |= IRFN_WRAPPER;
	ir_list_push(c, &fn->body, cl);
	IrNode *clo = fn->oclosure;
	call_common(e, NULL, 0, cl, &n->init, fn);
	esc_add_closure(b, esc_spill(e, k, clo), clo);
	IrNode *wrapped = ir_call(c, IR_OCALL, cl->pos, NULL, clo, NULL, 0);
	n->u.godefer.call = wrapped;
}

/* ---- a whole batch (gc's Batch) -------------------------------------- */

void esc_batch(IrCtx *ir, IrFunc **fns, int nfns, int lower_m, bool smallframes, Report *out)
{
	EscBatch b;
	esc_batch_init(&b, ir, lower_m, out);
	b.smallframes = smallframes;
	for (int i = 0; i < nfns; i++)
		esc_init_func(&b, fns[i]);
	for (int i = 0; i < nfns; i++)
		if (!(fns[i]->fflags & IRFN_HIDDEN))
			esc_walk_func(&b, fns[i]);
	esc_batch_finish(&b, fns, nfns);
	esc_batch_free(&b);
}

typedef struct FuncsCtx {
	IrCtx *ir;
	int lower_m;
	bool smallframes;
	Report *out;
} FuncsCtx;

static void analyze(IrFunc **fns, int n, bool recursive, void *p)
{
	FuncsCtx *c = p;
	(void)recursive;    /* escape analysis treats both kinds alike */
	esc_batch(c->ir, fns, n, c->lower_m, c->smallframes, c->out);
}

void esc_funcs(IrCtx *ir, IrFunc **decls, int n, int lower_m, bool smallframes, Report *out)
{
	FuncsCtx c = { ir, lower_m, smallframes, out };
	ir_visit_funcs_bottom_up(decls, n, analyze, &c);
}

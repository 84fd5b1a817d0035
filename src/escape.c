/*
 * escape.c — gc's escape analysis engine (docs/escape-design.md §2.5-2.11,
 * §5.7): the location graph, the solver, parameter tags and the messages.
 *
 * A batch analyses one strongly connected component of the call graph.
 * Every variable and every allocation site gets a location; each
 * assignment of a value records an edge in the destination's list, with
 * the number of dereferences applied on the way (-1 for an address).  The
 * solver then walks backwards from every location, shortest dereference
 * paths first, and decides: an allocation whose address reaches something
 * that outlives it goes to the heap; a parameter whose value reaches the
 * heap or a result is "leaking", and the tag it gets tells the callers.
 *
 * Order is output: locations are kept in creation order (the order of the
 * final lines), edges in flow order, and both work lists are LIFO, as in
 * gc, so that the -m=2 explanations come out in gc's order too.
 *
 * Not here yet: the walk of function bodies (gc's stmt.go, expr.go,
 * call.go, assign.go), which needs irgen; see escape.h.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

/* gc's ir.MaxStackVarSize and ir.MaxImplicitStackVarSize: the largest
 * variable, and the largest implicit allocation (new, &T{}, make, closure
 * records), that may live on the stack; -smallframes lowers both. */
static int64_t max_stack_var_size(const EscBatch *b)
{
	return b->smallframes ? 128 * 1024 : 10 * 1024 * 1024;
}

static int64_t max_implicit_stack_var_size(const EscBatch *b)
{
	return b->smallframes ? 16 * 1024 : 64 * 1024;
}

/* ==================================================================== */
/* Leaks                                                                 */
/* ==================================================================== */

static int leaks_get(EscLeaks l, int i)
{
	return (int)l.v[i] - 1;
}

static void leaks_set(EscLeaks *l, int i, int derefs)
{
	int v = derefs + 1;
	if (v < 0)
		fatal_internal("invalid derefs count: %d", derefs);
	if (v > 255)
		v = 255;
	l->v[i] = (uint8_t)v;
}

static void leaks_add(EscLeaks *l, int i, int derefs)
{
	int old = leaks_get(*l, i);
	if (old < 0 || derefs < old)
		leaks_set(l, i, derefs);
}

bool leaks_empty(EscLeaks l)
{
	for (int i = 0; i < 1 + ESC_NUM_RESULTS; i++)
		if (l.v[i])
			return false;
	return true;
}

int leaks_heap(EscLeaks l) { return leaks_get(l, 0); }
int leaks_result(EscLeaks l, int i) { return leaks_get(l, 1 + i); }
void leaks_add_heap(EscLeaks *l, int derefs) { leaks_add(l, 0, derefs); }
void leaks_add_result(EscLeaks *l, int i, int derefs) { leaks_add(l, 1 + i, derefs); }

void leaks_optimize(EscLeaks *l)
{
	int x = leaks_heap(*l);
	if (x < 0)
		return;
	for (int i = 0; i < ESC_NUM_RESULTS; i++)
		if (leaks_result(*l, i) >= x)
			l->v[1 + i] = 0;
}

void leaks_encode(EscLeaks l, char *buf, size_t *len)
{
	if (leaks_heap(l) == 0) {
		buf[0] = 0;
		*len = 0;
		return;
	}
	int n = 1 + ESC_NUM_RESULTS;
	while (n > 0 && l.v[n - 1] == 0)
		n--;
	memcpy(buf, "esc:", 4);
	memcpy(buf + 4, l.v, (size_t)n);
	*len = 4 + (size_t)n;
	buf[*len] = 0;
}

EscLeaks leaks_parse(const char *s, size_t len)
{
	EscLeaks l = { { 0 } };
	if (len < 4 || memcmp(s, "esc:", 4) != 0) {
		leaks_add_heap(&l, 0);
		return l;
	}
	size_t n = len - 4;
	if (n > sizeof l.v)
		n = sizeof l.v;
	memcpy(l.v, s + 4, n);
	return l;
}

/* ==================================================================== */
/* Batches and locations                                                 */
/* ==================================================================== */

void esc_batch_init(EscBatch *b, IrCtx *ir, int lower_m, Report *out)
{
	memset(b, 0, sizeof *b);
	b->ir = ir;
	b->lower_m = lower_m;
	b->out = out;
	b->heap_loc.escapes = true;
}

void esc_batch_free(EscBatch *b)
{
	arena_free(&b->arena);
	memset(b, 0, sizeof *b);
}

Escape esc_with(EscBatch *b, IrFunc *fn)
{
	Escape e = { b, fn, 1, NULL, 0, 0 };
	return e;
}

static bool is_name(const IrNode *n, IrNameClass class)
{
	return n && n->op == IR_ONAME && n->u.name.class == class;
}

static bool loc_is_name(const EscLoc *l, IrNameClass class)
{
	return is_name(l->n, class);
}

static IrNode *canonical(IrNode *n)
{
	return ir_canonical(n);
}

EscLoc *esc_old_loc(IrNode *name)
{
	IrNode *c = canonical(name);
	if (!c->u.name.opt)
		fatal_internal("%s has no location", c->u.name.sym ? c->u.name.sym->name : "?");
	return c->u.name.opt;
}

EscLoc *esc_new_loc(Escape *e, IrNode *n, bool transient)
{
	EscBatch *b = e->b;
	if (!e->curfn)
		fatal_internal("esc_new_loc: no current function");
	EscLoc *loc = arena_alloc(&b->arena, sizeof *loc);
	loc->n = n;
	loc->curfn = e->curfn;
	loc->loop_depth = e->loop_depth;
	loc->transient = transient;
	if (b->nlocs == b->caplocs) {
		int cap = b->caplocs ? 2 * b->caplocs : 32;
		EscLoc **v = arena_alloc(&b->arena, (size_t)cap * sizeof *v);
		if (b->nlocs)
			memcpy(v, b->all_locs, (size_t)b->nlocs * sizeof *v);
		b->all_locs = v;
		b->caplocs = cap;
	}
	b->all_locs[b->nlocs++] = loc;
	if (n && n->op == IR_ONAME) {
		if (canonical(n) != n)
			fatal_internal("esc_new_loc on a non-canonical name");
		if (n->u.name.opt)
			fatal_internal("%s already has a location", n->u.name.sym->name);
		n->u.name.opt = loc;
	}
	return loc;
}

void esc_init_func(EscBatch *b, IrFunc *fn)
{
	Escape e = esc_with(b, fn);
	if (fn->esc != IR_ESCFN_UNKNOWN)
		fatal_internal("esc_init_func: function already analysed");
	fn->esc = IR_ESCFN_PLANNED;
	for (int i = 0; i < fn->dcl.n; i++)
		esc_new_loc(&e, fn->dcl.v[i], false);
	if (!fn->oclosure)
		for (int i = 0; i < fn->closure_vars.n; i++)
			esc_new_loc(&e, canonical(fn->closure_vars.v[i]), false);
	for (int i = 0; i < fn->nresults; i++)
		if (fn->results[i].nname)
			esc_old_loc(fn->results[i].nname)->result_index = 1 + i;
}

/* ==================================================================== */
/* Holes and flows                                                       */
/* ==================================================================== */

EscHole esc_loc_hole(EscLoc *l)
{
	EscHole k = { l, 0, NULL, false };
	return k;
}

EscHole esc_heap_hole(EscBatch *b) { return esc_loc_hole(&b->heap_loc); }
EscHole esc_discard_hole(EscBatch *b) { return esc_loc_hole(&b->blank_loc); }

EscHole esc_note(EscBatch *b, EscHole k, IrNode *where, const char *why)
{
	if (!where || !why || !*why)
		fatal_internal("note: missing where/why");
	if (b->lower_m >= 2) {
		EscNote *n = arena_alloc(&b->arena, sizeof *n);
		n->next = k.notes;
		n->where = where;
		n->why = why;
		k.notes = n;
	}
	return k;
}

EscHole esc_shift(EscHole k, int delta)
{
	k.derefs += delta;
	if (k.derefs < -1)
		fatal_internal("derefs underflow: %d", k.derefs);
	k.addrtaken = delta < 0;
	return k;
}

EscHole esc_deref(EscBatch *b, EscHole k, IrNode *where, const char *why)
{
	return esc_note(b, esc_shift(k, 1), where, why);
}

EscHole esc_addr(EscBatch *b, EscHole k, IrNode *where, const char *why)
{
	return esc_note(b, esc_shift(k, -1), where, why);
}

static bool not_in_heap(Type *t);

/* gc's types.IsDirectIface: the value is one pointer the interface word
 * holds itself; a pointer to a //go:notinheap type is not (it is boxed,
 * so an itab for it gets (**T).m wrappers). */
bool esc_is_direct_iface(Type *t)
{
	t = ty_underlying(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_POINTER:
		return !not_in_heap(t->u.ptr.elem);
	case TY_MAP:
	case TY_CHAN:
	case TY_SIGNATURE:
		return true;
	case TY_BASIC:
		return t->u.basic.kind == B_UNSAFE_POINTER;
	case TY_ARRAY:
		return t->u.array.len == 1 && esc_is_direct_iface(t->u.array.elem);
	case TY_STRUCT:
		return t->u.strct.nfields == 1 && esc_is_direct_iface(t->u.strct.fields[0]->type);
	default:
		return false;
	}
}

EscHole esc_dot_type(EscBatch *b, EscHole k, Type *t, IrNode *where, const char *why)
{
	if (!ty_is_interface(t) && !esc_is_direct_iface(t))
		k = esc_shift(k, 1);
	return esc_note(b, k, where, why);
}

/* ---- explanations (-m=2) ---------------------------------------------- */

static void explain_loc(TyBuf *s, EscBatch *b, EscLoc *l)
{
	if (l == &b->heap_loc) {
		tybuf_puts(s, "{heap}");
	} else if (!l->n) {
		tybuf_puts(s, "{temp}");
	} else if (l->n->op == IR_ONAME) {
		ir_fmt_node(s, b->ir, l->n);
	} else {
		tybuf_puts(s, "{storage for ");
		ir_fmt_node(s, b->ir, l->n);
		tybuf_puts(s, "}");
	}
}

static void explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes)
{
	TyBuf s = { 0 };
	tybuf_puts(&s, "  flow: ");
	explain_loc(&s, b, dst);
	tybuf_puts(&s, " = ");
	if (derefs < 0)
		tybuf_putc(&s, '&');
	for (int i = 0; i < derefs; i++)
		tybuf_putc(&s, '*');
	explain_loc(&s, b, src);
	tybuf_putc(&s, ':');
	report_at(b->out, pos, "%s", s.str);
	for (EscNote *n = notes; n; n = n->next) {
		char where[4096];
		s.len = 0;
		s.str[0] = 0;
		ir_fmt_node(&s, b->ir, n->where);
		report_pos(b->out, n->where->pos, where, sizeof where);
		report_at(b->out, pos, "    from %s (%s) at %s", s.str, n->why, where);
	}
	tybuf_free(&s);
}

/* Print how src flows to the walk's root, step by step along the dst
 * links walkOne left. */
static void explain_path(EscBatch *b, EscLoc *root, EscLoc *src)
{
	Pos pos = src->n->pos;
	/* an assignment cycle can make the dst links loop: stop at the
	 * first location seen twice, as gc does (golang.org/issue/35518) */
	PtrVec visited = { 0 };
	for (;;) {
		bool seen = false;
		for (int i = 0; i < visited.len; i++)
			if (visited.data[i] == src)
				seen = true;
		if (seen) {
			report_at(b->out, pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
			break;
		}
		vec_push(&visited, src);
		EscLoc *dst = src->dst;
		EscEdge *edge = &dst->edges[src->dst_edge_idx];
		if (edge->src != src)
			fatal_internal("path inconsistency");
		explain_flow(b, pos, dst, src, edge->derefs, edge->notes);
		if (dst == root)
			break;
		src = dst;
	}
	vec_free(&visited);
}

static void print_node_line(EscBatch *b, Pos pos, IrNode *n, const char *fmt)
{
	TyBuf s = { 0 };
	ir_fmt_node(&s, b->ir, n);
	report_at(b->out, pos, fmt, s.str);
	tybuf_free(&s);
}

void esc_flow(EscBatch *b, EscHole k, EscLoc *src)
{
	if (k.addrtaken)
		src->addrtaken = true;
	EscLoc *dst = k.dst;
	if (dst == &b->blank_loc)
		return;
	if (dst == src && k.derefs >= 0)   /* x = x, x = *x, ... */
		return;
	if (dst->escapes && k.derefs < 0) { /* an address into the heap */
		if (b->lower_m >= 2) {
			print_node_line(b, src->n->pos, src->n, "%s escapes to heap:");
			explain_flow(b, src->n->pos, dst, src, k.derefs, k.notes);
		}
		src->escapes = true;
		return;
	}
	if (dst->nedges == dst->capedges) {
		int cap = dst->capedges ? 2 * dst->capedges : 4;
		EscEdge *v = arena_alloc(&b->arena, (size_t)cap * sizeof *v);
		if (dst->nedges)
			memcpy(v, dst->edges, (size_t)dst->nedges * sizeof *v);
		dst->edges = v;
		dst->capedges = cap;
	}
	EscEdge *e = &dst->edges[dst->nedges++];
	e->src = src;
	e->derefs = k.derefs;
	e->notes = k.notes;
}

EscHole esc_spill(Escape *e, EscHole k, IrNode *n)
{
	EscLoc *loc = esc_new_loc(e, n, true);
	esc_flow(e->b, esc_addr(e->b, k, n, "spill"), loc);
	return esc_loc_hole(loc);
}

EscHole esc_tee_hole(Escape *e, EscHole *ks, int nks)
{
	if (nks == 0)
		return esc_discard_hole(e->b);
	if (nks == 1)
		return ks[0];
	EscLoc *loc = esc_new_loc(e, NULL, true);
	for (int i = 0; i < nks; i++) {
		if (ks[i].derefs < 0)
			fatal_internal("teeHole: negative derefs");
		esc_flow(e->b, ks[i], loc);
	}
	return esc_loc_hole(loc);
}

EscHole esc_later(Escape *e, EscHole k)
{
	EscLoc *loc = esc_new_loc(e, NULL, false);
	esc_flow(e->b, k, loc);
	return esc_loc_hole(loc);
}

void esc_add_closure(EscBatch *b, EscHole k, IrNode *clo)
{
	if (b->nclosures == b->capclosures) {
		int cap = b->capclosures ? 2 * b->capclosures : 8;
		EscClosure *v = arena_alloc(&b->arena, (size_t)cap * sizeof *v);
		if (b->nclosures)
			memcpy(v, b->closures, (size_t)b->nclosures * sizeof *v);
		b->closures = v;
		b->capclosures = cap;
	}
	b->closures[b->nclosures].k = k;
	b->closures[b->nclosures].clo = clo;
	b->nclosures++;
}

/* ==================================================================== */
/* Heap allocation reasons (gc's escape/utils.go: HeapAllocReason)         */
/* ==================================================================== */

/* gc's Type.NotInHeap: a type declared under //go:notinheap, or one
 * made of such a type (a struct field, an array element, a named type's
 * underlying type). */
static bool not_in_heap(Type *t)
{
	for (;;) {
		if (!t)
			return false;
		switch (t->kind) {
		case TY_NAMED:
			if (t->u.named.notinheap)
				return true;
			t = ty_underlying(t);
			continue;
		case TY_ARRAY:
			t = t->u.array.elem;
			continue;
		case TY_STRUCT:
			for (int i = 0; i < t->u.strct.nfields; i++)
				if (not_in_heap(t->u.strct.fields[i]->type))
					return true;
			return false;
		default:
			return false;
		}
	}
}

/* gc's HasPointers (PtrDataSize > 0): a pointer to, or a slice of, a
 * //go:notinheap type holds no pointer the collector sees. */
bool esc_has_pointers(Type *t)
{
	t = ty_underlying(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_POINTER:
		return !not_in_heap(t->u.ptr.elem);
	case TY_SLICE:
		return !not_in_heap(t->u.slice.elem);
	case TY_BASIC:
		return t->u.basic.kind == B_STRING || t->u.basic.kind == B_UNSAFE_POINTER ||
			t->u.basic.kind == B_UNTYPED_STRING || t->u.basic.kind == B_UNTYPED_NIL;
	case TY_ARRAY:
		return t->u.array.len > 0 && esc_has_pointers(t->u.array.elem);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (esc_has_pointers(t->u.strct.fields[i]->type))
				return true;
		return false;
	default:
		return true;
	}
}

typedef struct IrTypeBit {
	Type *t;
	bool on;
} IrTypeBit;

bool esc_has_pointers_memo(IrCtx *ir, Type *t)
{
	if (!t)
		return esc_has_pointers(t);
	if (ir->nptrbits * 2 >= ir->capptrbits) {
		uint32_t ncap = ir->capptrbits ? 2 * ir->capptrbits : 1024;
		IrTypeBit *nv = arena_alloc(&ir->arena, ncap * sizeof *nv);
		for (uint32_t i = 0; i < ir->capptrbits; i++) {
			IrTypeBit *o = &ir->ptrbits[i];
			if (!o->t)
				continue;
			uint32_t h = (uint32_t)(((uintptr_t)o->t >> 4) * 0x9E3779B97F4A7C15ull >> 32) & (ncap - 1);
			while (nv[h].t)
				h = (h + 1) & (ncap - 1);
			nv[h] = *o;
		}
		ir->ptrbits = nv;       /* the old table stays in the arena */
		ir->capptrbits = ncap;
	}
	uint32_t h = (uint32_t)(((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15ull >> 32) & (ir->capptrbits - 1);
	for (;; h = (h + 1) & (ir->capptrbits - 1)) {
		IrTypeBit *en = &ir->ptrbits[h];
		if (!en->t)
			break;
		if (en->t == t)
			return en->on;
	}
	bool on = esc_has_pointers(t);
	ir->ptrbits[h] = (IrTypeBit){ t, on };
	ir->nptrbits++;
	return on;
}

static int64_t size_of(EscBatch *b, Type *t)
{
	return ty_sizeof(b->ir->types->sizes, t);
}

static int64_t align_of(EscBatch *b, Type *t)
{
	return ty_alignof(b->ir->types->sizes, t);
}

static int64_t round_up(int64_t o, int64_t a)
{
	return a > 1 ? (o + a - 1) / a * a : o;
}

/* The size of a closure's record (typecheck.ClosureType): the function
 * pointer, then each captured variable, by value or as a pointer. */
static int64_t closure_size(EscBatch *b, IrFunc *fn)
{
	int64_t ptr = b->ir->types->sizes->ptrsize;
	int64_t off = ptr, maxalign = ptr;
	for (int i = 0; i < fn->closure_vars.n; i++) {
		IrNode *cv = fn->closure_vars.v[i];
		int64_t sz = ptr, al = ptr;
		if (canonical(cv)->u.name.nflags & IRN_BYVAL) {
			sz = size_of(b, cv->type);
			al = align_of(b, cv->type);
		}
		off = round_up(off, al) + sz;
		if (al > maxalign)
			maxalign = al;
	}
	return round_up(off, maxalign);
}

/* ir.IsSmallIntConst: an integer constant that fits 32 bits. */
static bool is_small_int_const(IrNode *n, int64_t *v)
{
	if (!n || n->op != IR_OLITERAL || const_kind(n->u.cnst.val) != CONST_INT)
		return false;
	bool exact;
	*v = const_int64_val(n->u.cnst.val, &exact);
	return exact && (int64_t)(int32_t)*v == *v;
}

const char *esc_heap_alloc_reason(EscBatch *b, IrNode *n)
{
	if (!n || !n->type)
		return NULL;
	if (is_name(n, PPARAM) || is_name(n, PPARAMOUT))
		return NULL;
	int64_t ptr = b->ir->types->sizes->ptrsize;
	if (size_of(b, n->type) > max_stack_var_size(b))
		return "too large for stack";
	if (align_of(b, n->type) > ptr)
		return "too aligned for stack";
	if ((n->op == IR_ONEW || n->op == IR_OPTRLIT) && n->type->kind == TY_POINTER) {
		Type *elem = n->type->u.ptr.elem;
		if (size_of(b, elem) > max_implicit_stack_var_size(b))
			return "too large for stack";
		if (align_of(b, elem) > ptr)
			return "too aligned for stack";
	}
	if (n->op == IR_OCLOSURE && closure_size(b, n->u.clo.func) > max_implicit_stack_var_size(b))
		return "too large for stack";
	if (n->op == IR_OMETHVALUE && n->u.un.x) {
		/* struct { F uintptr; R T } */
		Type *rt = n->u.un.x->type;
		int64_t al = align_of(b, rt) > ptr ? align_of(b, rt) : ptr;
		if (round_up(round_up(ptr, align_of(b, rt)) + size_of(b, rt), al) > max_implicit_stack_var_size(b))
			return "too large for stack";
	}
	if (n->op == IR_OMAKESLICE) {
		IrNode *r = n->u.make.cap ? n->u.make.cap : n->u.make.len;
		int64_t v;
		if (!is_small_int_const(r, &v))
			return "non-constant size";
		Type *u = ty_underlying(n->type);
		int64_t esz = u && u->kind == TY_SLICE ? size_of(b, u->u.slice.elem) : 0;
		if (esz != 0 && v > max_implicit_stack_var_size(b) / esz)
			return "too large for stack";
	}
	return NULL;
}

/* ==================================================================== */
/* Captured variables (gc's flowClosure)                                 */
/* ==================================================================== */

void esc_flow_closure(EscBatch *b, EscHole k, IrNode *clo)
{
	IrFunc *fn = clo->u.clo.func;
	for (int i = 0; i < fn->closure_vars.n; i++) {
		IrNode *cv = fn->closure_vars.v[i];
		IrNode *n = canonical(cv);
		EscLoc *loc = esc_old_loc(cv);
		if (!loc->captured)
			fatal_internal("closure variable never captured: %s", n->u.name.sym->name);
		int64_t width = size_of(b, n->type);
		bool byval = !loc->addrtaken && !loc->reassigned && width <= 128;
		if (byval) {
			n->u.name.nflags |= IRN_BYVAL;
		} else {
			n->u.name.nflags &= (uint16_t)~IRN_BYVAL;
			n->u.name.nflags |= IRN_ADDRTAKEN;
		}
		if (b->lower_m > 1) {
			TyBuf f = { 0 }, v = { 0 };
			if (n->u.name.curfn)
				ir_fmt_func(&f, n->u.name.curfn);
			ir_fmt_node(&v, b->ir, n);
			report_at(b->out, n->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
				f.str ? f.str : "<nil>", byval ? "value" : "ref", v.str,
				loc->addrtaken ? "true" : "false", loc->reassigned ? "true" : "false",
				(long long)width);
			tybuf_free(&f);
			tybuf_free(&v);
		}
		EscHole kk = k;
		if (!byval)
			kk = esc_addr(b, kk, cv, "reference");
		esc_flow(b, esc_note(b, kk, cv, "captured by a closure"), loc);
	}
}

/* ==================================================================== */
/* The solver (gc's escape/solve.go)                                     */
/* ==================================================================== */

/* Closures inside function F are named F.funcN...: c is inside f iff its
 * name is f's followed by a dot and more. */
static bool contains_closure(IrFunc *f, IrFunc *c)
{
	if (f == c)
		return false;
	const Sym *fs = f->nname->u.name.sym, *cs = c->nname->u.name.sym;
	return cs->len > fs->len && memcmp(cs->name, fs->name, (size_t)fs->len) == 0 &&
		cs->name[fs->len] == '.';
}

bool esc_outlives(EscLoc *l, EscLoc *other)
{
	if (l->escapes)
		return true;
	/* callers may do anything with results, except that a directly called
	 * closure returns into its caller's frame */
	if (loc_is_name(l, PPARAMOUT)) {
		if (contains_closure(other->curfn, l->curfn) && (l->curfn->fflags & IRFN_CLOSURE_CALLED))
			return false;
		return true;
	}
	/* same function, declared outside other's loop */
	if (l->curfn == other->curfn && l->loop_depth < other->loop_depth)
		return true;
	/* other lives in a closure declared inside l's function */
	if (contains_closure(l->curfn, other->curfn))
		return true;
	return false;
}

static void leak_to(EscLoc *l, EscLoc *sink, int derefs)
{
	if (!sink->escapes && loc_is_name(sink, PPARAMOUT) && sink->curfn == l->curfn) {
		int ri = sink->result_index - 1;
		if (ri < ESC_NUM_RESULTS) {
			leaks_add_result(&l->param_esc, ri, derefs);
			return;
		}
	}
	leaks_add_heap(&l->param_esc, derefs);
}

typedef struct LocStack {
	EscLoc **v;
	int n, cap;
} LocStack;

static void stack_push(LocStack *s, EscLoc *l)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		s->v = xrealloc(s->v, (size_t)s->cap * sizeof *s->v);
	}
	s->v[s->n++] = l;
}

static void enqueue(LocStack *todo, EscLoc *l)
{
	if (!l->queued) {
		stack_push(todo, l);
		l->queued = true;
	}
}

/* Shortest dereference paths from root backwards (Bellman-Ford with a
 * LIFO list; derefs are bounded below by 0 after an address, so there
 * are no negative cycles). */
static void walk_one(EscBatch *b, EscLoc *root, uint32_t walkgen, LocStack *queue, LocStack *todo)
{
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;
	todo->n = 0;
	stack_push(todo, root);
	while (todo->n > 0) {
		EscLoc *l = todo->v[--todo->n];
		int derefs = l->derefs;
		/* l's address reaches root: "root = &l; l = x" does not make
		 * x's address reach root, so count from 0 on */
		bool address_of = derefs < 0;
		if (address_of) {
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(queue, l);
			}
		}
		if (esc_outlives(root, l)) {
			if (loc_is_name(l, PPARAM)) {
				if (b->lower_m >= 2 && !l->escapes) {
					TyBuf s = { 0 }, r = { 0 };
					ir_fmt_node(&s, b->ir, l->n);
					explain_loc(&r, b, root);
					report_at(b->out, l->n->pos, "parameter %s leaks to %s with derefs=%d:",
						s.str, r.str, derefs);
					tybuf_free(&s);
					tybuf_free(&r);
					explain_path(b, root, l);
				}
				leak_to(l, root, derefs);
			}
			if (address_of && !l->escapes) {
				if (b->lower_m >= 2) {
					print_node_line(b, l->n->pos, l->n, "%s escapes to heap:");
					explain_path(b, root, l);
				}
				l->escapes = true;
				enqueue(queue, l);
				continue;
			}
		}
		for (int i = 0; i < l->nedges; i++) {
			EscEdge *edge = &l->edges[i];
			if (edge->src->escapes)
				continue;
			int d = derefs + edge->derefs;
			if (edge->src->walkgen != walkgen || edge->src->derefs > d) {
				edge->src->walkgen = walkgen;
				edge->src->derefs = d;
				edge->src->dst = l;
				edge->src->dst_edge_idx = i;
				stack_push(todo, edge->src);
			}
		}
	}
}

void esc_walk_all(EscBatch *b)
{
	/* every location, then the heap; a location comes back when it
	 * starts escaping or stops being transient (once each) */
	LocStack queue = { 0 };
	LocStack todo = { 0 };  /* walk_one's, kept from root to root */
	for (int i = 0; i < b->nlocs; i++)
		enqueue(&queue, b->all_locs[i]);
	enqueue(&queue, &b->heap_loc);
	while (queue.n > 0) {
		EscLoc *root = queue.v[--queue.n];
		root->queued = false;
		b->walkgen++;
		walk_one(b, root, b->walkgen, &queue, &todo);
	}
	free(queue.v);
	free(todo.v);
}

/* ==================================================================== */
/* Tags and messages (gc's finish and paramTag)                          */
/* ==================================================================== */

/* gc's IsUintptr: of kind uintptr, a defined type too (syscall.Handle). */
static bool is_uintptr(Type *t)
{
	t = t ? ty_underlying(t) : NULL;
	return t && t->kind == TY_BASIC && t->u.basic.kind == B_UINTPTR;
}

static void set_note(EscBatch *b, IrParam *f, EscLeaks l)
{
	char buf[16];
	size_t len;
	leaks_encode(l, buf, &len);
	/* the tag outlives the batch: it goes with the function */
	char *s = arena_alloc(&b->ir->arena, len + 1);
	memcpy(s, buf, len);
	f->note = s;
	f->note_len = len;
}

void esc_param_tag(EscBatch *b, IrFunc *fn, int narg, IrParam *f)
{
	char name[64];
	if (!f->sym)
		snprintf(name, sizeof name, "arg#%d", narg);
	const char *nm = f->sym ? f->sym->name : name;
	bool diagnose = b->lower_m != 0 && !(fn->fflags & (IRFN_WRAPPER | IRFN_DUPOK));
	EscLeaks esc = { { 0 } };

	if (fn->body.n == 0) {
		/* assembly or a linknamed declaration */
		fn->pragma |= PRAG_UINTPTRKEEPALIVE;
		if (is_uintptr(f->type)) {
			if (diagnose)
				report_at(b->out, f->pos, "assuming %s is unsafe uintptr", nm);
			f->note = "";
			f->note_len = 0;
			return;
		}
		if (!esc_has_pointers(f->type)) {
			f->note = "";
			f->note_len = 0;
			return;
		}
		if (fn->pragma & PRAG_NOESCAPE) {
			if (diagnose && f->sym)
				report_at(b->out, f->pos, "%s does not escape", nm);
		} else {
			if (diagnose && f->sym)
				report_at(b->out, f->pos, "leaking param: %s", nm);
			leaks_add_heap(&esc, 0);
		}
		set_note(b, f, esc);
		return;
	}

	if (fn->pragma & PRAG_UINTPTRESCAPES) {
		if (is_uintptr(f->type)) {
			if (diagnose)
				report_at(b->out, f->pos, "marking %s as escaping uintptr", nm);
			f->note = "";
			f->note_len = 0;
			return;
		}
		if (f->ddd && f->type && f->type->kind == TY_SLICE && is_uintptr(f->type->u.slice.elem)) {
			if (diagnose)
				report_at(b->out, f->pos, "marking %s as escaping ...uintptr", nm);
			f->note = "";
			f->note_len = 0;
			return;
		}
	}

	if (!esc_has_pointers(f->type)) {
		f->note = "";
		f->note_len = 0;
		return;
	}
	if (!f->sym || (f->sym->len == 1 && f->sym->name[0] == '_')) {
		set_note(b, f, esc);
		return;
	}

	EscLoc *loc = esc_old_loc(f->nname);
	esc = loc->param_esc;
	leaks_optimize(&esc);
	if (diagnose && !loc->escapes) {
		if (leaks_empty(esc))
			report_at(b->out, f->pos, "%s does not escape", nm);
		int x = leaks_heap(esc);
		if (x == 0)
			report_at(b->out, f->pos, "leaking param: %s", nm);
		else if (x > 0)
			report_at(b->out, f->pos, "leaking param content: %s", nm);
		for (int i = 0; i < ESC_NUM_RESULTS; i++) {
			int r = leaks_result(esc, i);
			if (r < 0)
				continue;
			const Sym *res = i < fn->nresults ? fn->results[i].sym : NULL;
			report_at(b->out, f->pos, "leaking param: %s to result %s level=%d", nm,
				res ? res->name : "<S>", r);
		}
	}
	set_note(b, f, esc);
}

void esc_finish(EscBatch *b, IrFunc **fns, int nfns)
{
	for (int i = 0; i < nfns; i++) {
		IrFunc *fn = fns[i];
		fn->esc = IR_ESCFN_TAGGED;
		int narg = 0;
		if (fn->recv)
			esc_param_tag(b, fn, ++narg, fn->recv);
		for (int j = 0; j < fn->nparams; j++)
			esc_param_tag(b, fn, ++narg, &fn->params[j]);
	}
	for (int i = 0; i < b->nlocs; i++) {
		EscLoc *loc = b->all_locs[i];
		IrNode *n = loc->n;
		if (!n)
			continue;
		if (n->op == IR_ONAME)
			n->u.name.opt = NULL;
		/* the closures escape makes for go/defer say nothing */
		bool go_defer_wrapper = n->op == IR_OCLOSURE && (n->u.clo.func->fflags & IRFN_WRAPPER);
		if (loc->escapes) {
			if (n->op == IR_ONAME) {
				if (b->lower_m)
					print_node_line(b, n->pos, n, "moved to heap: %s");
			} else if (b->lower_m && !go_defer_wrapper) {
				print_node_line(b, n->pos, n, "%s escapes to heap");
			}
			n->esc = IR_ESC_HEAP;
		} else {
			if (b->lower_m && n->op != IR_ONAME && !go_defer_wrapper)
				print_node_line(b, n->pos, n, "%s does not escape");
			n->esc = IR_ESC_NONE;
			if (loc->transient &&
				(n->op == IR_OCLOSURE || n->op == IR_OMETHVALUE || n->op == IR_OSLICELIT))
				n->flags |= IRF_TRANSIENT;
		}
	}
}

void esc_batch_finish(EscBatch *b, IrFunc **fns, int nfns)
{
	for (int i = 0; i < b->nclosures; i++)
		esc_flow_closure(b, b->closures[i].k, b->closures[i].clo);
	b->nclosures = 0;
	for (int i = 0; i < b->nlocs; i++) {
		EscLoc *loc = b->all_locs[i];
		const char *why = esc_heap_alloc_reason(b, loc->n);
		if (why)
			esc_flow(b, esc_addr(b, esc_heap_hole(b), loc->n, why), loc);
	}
	esc_walk_all(b);
	esc_finish(b, fns, nfns);
}

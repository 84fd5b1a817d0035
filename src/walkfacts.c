/*
 * walkfacts.c — the -m lines gc's walk phase prints, after escape
 * analysis (docs/escape-design.md §5.13).
 *
 * gc walks each function of Target.Decls as it queues it for the back
 * end (gc's enqueueFunc: the function, then the closures its walk found,
 * last found first), after escape analysis of the whole package and
 * before the method wrappers are made.  The one walk line -m shows is
 * "index bounds check elided": walkIndex, meeting an index into an array
 * (or through a pointer to one) or into a constant string whose index is
 * not itself a constant, proves from the shape of the index alone that
 * it is in range (walk's bounded: small masks, unsigned remainders,
 * quotients and shifts, narrow unsigned types).  Indexes marked in range
 * before (range loops, compiler-made code) are not considered again and
 * print nothing.
 *
 * The order within a function is walk's: a statement's init first, the
 * bodies of the calls inlined into a statement next (order moves them
 * out in front of it), then the statement's expressions, an index after
 * its operands; a for loop's condition, then its post statement, then
 * its body; a switch's tag, then every case's values, then the bodies;
 * a select's communications, then its bodies in dispatch order;
 * the results of a multi-value call (or comma-ok form) are assigned
 * after the call.
 */
#include <string.h>

#include "escape.h"

typedef struct Walk {
	IrCtx *ir;
	Report *out;
	PtrVec found;           /* IrFunc*: non-trivial closures met, in order */
	PtrVec addrtaken;       /* IrNode*: canonical names whose address is
	                         * taken somewhere (gc's Addrtaken) */
	PtrVec temps;           /* IrNode*: operands of the statement being
	                         * walked that were copied to temporaries */
	PtrVec assigned;        /* IrNode*: ascompatee's assigned names */
	IrFunc *fn;             /* the function being walked */
	const WalkHooks *hooks;
	/* whether defers_of's body holds a defer (ascompatee asks at each
	 * assignment; walking adds none) */
	IrFunc *defers_of;
	bool defers;
	IrNode *slice_checked;  /* the conversion an OSLICE3ARR checks
	                         * (checkptr) in its stead */
} Walk;

static bool in_vec(PtrVec *v, void *p)
{
	for (int i = 0; i < v->len; i++)
		if (v->data[i] == p)
			return true;
	return false;
}

static void walk_stmts(Walk *w, IrList *l);
static void ascompatee(Walk *w, IrList *lhs, IrList *rhs, bool ret);
static void walk_stmt(Walk *w, IrNode *n);
static void walk_expr(Walk *w, IrNode *n);
static void walk_safe(Walk *w, IrNode *n);

static bool small_int_const(IrNode *n, int64_t *v)
{
	if (!n || n->op != IR_OLITERAL || const_kind(n->u.cnst.val) != CONST_INT)
		return false;
	bool exact = false;
	int64_t x = const_int64_val(n->u.cnst.val, &exact);
	if (!exact || (int64_t)(int32_t)x != x)
		return false;
	*v = x;
	return true;
}

static bool int_const(IrNode *n)
{
	return n && n->op == IR_OLITERAL && const_kind(n->u.cnst.val) == CONST_INT;
}

/* walk's bounded: whether the value of n (of type t) is certainly in
 * [0, max).  n NULL: a temporary of type t holds the value. */
static bool bounded(Walk *w, IrNode *n, Type *t, int64_t max)
{
	if (!t || !ty_is_integer(t))
		return false;
	bool sign = !ty_is_unsigned(t);
	int bits = (int)(8 * ty_sizeof(w->ir->types->sizes, t));
	int64_t v;
	if (small_int_const(n, &v))
		return 0 <= v && v < max;
	switch (n ? n->op : IR_ONAME) {
	case IR_OAND: case IR_OANDNOT:
		v = -1;
		if (small_int_const(n->u.bin.x, &v)) {
			/* the mask on the left */
		} else if (small_int_const(n->u.bin.y, &v)) {
			if (n->op == IR_OANDNOT) {
				v = ~v;
				if (!sign)
					v &= (int64_t)((bits >= 64 ? 0 : (uint64_t)1 << bits) - 1);
			}
		} else {
			v = -1;
		}
		if (0 <= v && v < max)
			return true;
		break;
	case IR_OMOD:
		if (!sign && small_int_const(n->u.bin.y, &v) && 0 <= v && v <= max)
			return true;
		break;
	case IR_ODIV:
		if (!sign && small_int_const(n->u.bin.y, &v)) {
			while (bits > 0 && v >= 2) {
				bits--;
				v >>= 1;
			}
		}
		break;
	case IR_ORSH:
		if (!sign && small_int_const(n->u.bin.y, &v)) {
			if (v > bits)
				return true;
			bits -= (int)v;
		}
		break;
	default:
		break;
	}
	return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

/* walkIndex's check of an OINDEX not already known to be in range;
 * tmp: its index was copied into a temporary first (safeExpr). */
static void check_index(Walk *w, IrNode *n, bool tmp)
{
	if (n->flags & IRF_BOUNDED)
		return;
	IrNode *x = n->u.bin.x, *i = n->u.bin.y;
	Type *t = x->type;
	if (!t || !i)
		return;
	Type *u = ty_underlying(t);
	if (u->kind == TY_POINTER)
		u = ty_underlying(u->u.ptr.elem);
	int64_t max;
	if (u->kind == TY_ARRAY)
		max = u->u.array.len;
	else if (x->op == IR_OLITERAL && const_kind(x->u.cnst.val) == CONST_STRING) {
		size_t len = 0;
		const_string_val(x->u.cnst.val, &len);
		max = (int64_t)len;
	} else
		return;
	if (in_vec(&w->temps, i))
		tmp = true;
	if (!bounded(w, tmp ? NULL : i, i->type, max))
		return;
	n->flags |= IRF_BOUNDED;
	if (tmp || !int_const(i))
		report_at(w->out, n->pos, "index bounds check elided");
}

/* ---- inlined bodies: order moves them in front of their statement ---- */

static void inlined_bodies(Walk *w, IrNode *n);

static bool inl_child(IrNode *c, void *ctx)
{
	inlined_bodies(ctx, c);
	return false;
}

/* The bodies of the calls inlined into expression n, in order's order;
 * not below a closure (walked as a function of its own).  So are the
 * type assertions order copies into temporaries. */
static void inlined_bodies(Walk *w, IrNode *n)
{
	if (!n)
		return;
	if (n->op == IR_OINLCALL) {
		walk_stmts(w, &n->init);
		walk_stmts(w, &n->u.inlcall.body);
		return;
	}
	if (n->op == IR_OCLOSURE)
		return;
	ir_do_children(n, inl_child, w);
	if (n->op == IR_ODOTTYPE && n->type && (w->ir->instrumenting || !esc_is_direct_iface(n->type))) {
		/* order copies a type assertion out in front (copyExprClear):
		 * always when instrumenting, else when its type is not
		 * pointer-shaped */
		walk_expr(w, n);
		vec_push(&w->temps, n);
	}
}

/* The inlined bodies below n's children, its init excepted. */
static void inlined_bodies_of_children(Walk *w, IrNode *n)
{
	IrList init = n->init;
	n->init = (IrList){0};
	ir_do_children(n, inl_child, w);
	n->init = init;
}

/* ---- itabs (reflectdata.ITabAddr) ------------------------------------ */

static bool nonempty_iface(Type *t)
{
	return t && ty_is_interface(t) && ty_iface_nmethods(ty_underlying(t)) > 0;
}

/* The itab of concrete type typ for interface iface, asked for now. */
static void itab(Walk *w, Type *typ, Type *iface)
{
	if (w->hooks && w->hooks->itab && typ && !ty_is_interface(typ) && nonempty_iface(iface))
		w->hooks->itab(w->hooks->ctx, typ, iface);
}

/* A runtime type asked for (NeedRuntimeType). */
static void need(Walk *w, Type *t)
{
	if (w->hooks && w->hooks->need && t)
		w->hooks->need(w->hooks->ctx, t);
}

/* A value of interface type iface asserted to type t (walkDotType and
 * the back end's dottype): an itab for a concrete t from a non-empty
 * interface, t's runtime type otherwise. */
static void assert_type(Walk *w, Type *t, Type *iface)
{
	if (!t || !iface)
		return;
	if (!ty_is_interface(t) && nonempty_iface(iface))
		itab(w, t, iface);
	else
		need(w, t);
}

/* The back end's checkptrAlignment (-d=checkptr, not in a
 * //go:nocheckptr function) for a conversion of an unsafe.Pointer to a
 * pointer to elem, of count elements when slicing it (an OSLICE3ARR):
 * elem's runtime type unless it cannot be misaligned. */
static bool checkptr_on(Walk *w)
{
	return w->ir->checkptr && w->fn && !(w->fn->pragma & PRAG_NOCHECKPTR);
}

static void checkptr_alignment(Walk *w, Type *elem, bool count)
{
	const TySizes *sz = w->ir->types ? w->ir->types->sizes : NULL;
	if (!sz || !elem)
		return;
	int64_t size = ty_sizeof(sz, elem);
	if (ty_alignof(sz, elem) == 1 && (size == 0 || size == 1 || !count))
		return;
	need(w, elem);
}

static bool unsafe_to_ptr(IrNode *n)
{
	return n && n->op == IR_OCONVNOP && n->type && ty_underlying(n->type)->kind == TY_POINTER &&
	       n->u.un.x && n->u.un.x->type && ty_underlying(n->u.un.x->type)->kind == TY_BASIC &&
	       ty_underlying(n->u.un.x->type)->u.basic.kind == B_UNSAFE_POINTER;
}

/* walkConvInterface and walkDotType, once n's operand is walked. */
static void expr_itab(Walk *w, IrNode *n)
{
	Type *xt = NULL;
	switch (n->op) {
	case IR_OCONVIFACE:
		xt = n->u.un.x ? n->u.un.x->type : NULL;
		if (!xt || !n->type)
			break;
		if (!ty_is_interface(xt)) {
			if (nonempty_iface(n->type))
				itab(w, xt, n->type);
			else
				need(w, xt);         /* TypePtr(fromType) */
		} else if (nonempty_iface(n->type)) {
			need(w, n->type);    /* convI2I(TypePtr(toType), ...) */
		}
		break;
	case IR_ODOTTYPE: case IR_ODOTTYPE2:
		xt = n->u.un.x ? n->u.un.x->type : NULL;
		assert_type(w, n->type, xt);
		break;
	/* the runtime calls walk makes with a type descriptor */
	case IR_OMAKECHAN: case IR_OMAKEMAP: case IR_OMAPLIT:
		need(w, n->type);       /* makechan, makemap */
		break;
	case IR_OCONVNOP:
		if (n != w->slice_checked && unsafe_to_ptr(n) && checkptr_on(w))
			checkptr_alignment(w, ty_underlying(n->type)->u.ptr.elem, false);
		break;
	case IR_OSLICE3ARR:
		if (unsafe_to_ptr(n->u.slice.x) && checkptr_on(w)) {
			Type *at = ty_underlying(ty_underlying(n->u.slice.x->type)->u.ptr.elem);
			if (at->kind == TY_ARRAY)
				checkptr_alignment(w, at->u.array.elem, true);
		}
		break;
	case IR_OMAKESLICE: case IR_OMAKESLICECOPY: case IR_OAPPEND:
		/* makeslice, makeslicecopy, growslice: the element type */
		if (n->type && ty_underlying(n->type)->kind == TY_SLICE)
			need(w, ty_underlying(n->type)->u.slice.elem);
		break;
	case IR_OINDEXMAP:
		need(w, n->u.bin.x ? n->u.bin.x->type : NULL);     /* mapaccess, mapassign */
		break;
	case IR_ODELETE:
		if (n->u.call.args.n > 0)
			need(w, n->u.call.args.v[0]->type);         /* mapdelete */
		break;
	case IR_ONEW: case IR_OPTRLIT:
		/* newobject, when not on the stack */
		if (n->esc != IR_ESC_NONE && n->type && ty_underlying(n->type)->kind == TY_POINTER)
			need(w, ty_underlying(n->type)->u.ptr.elem);
		break;
	case IR_OEQ: case IR_ONE: {
		/* a mixed interface/concrete comparison: the concrete type */
		Type *a = n->u.bin.x ? n->u.bin.x->type : NULL, *b = n->u.bin.y ? n->u.bin.y->type : NULL;
		if (a && b && ty_is_interface(a) != ty_is_interface(b))
			need(w, ty_is_interface(a) ? b : a);
		break;
	}
	default:
		break;
	}
}

/* ---- expressions ------------------------------------------------------ */

static bool expr_child(IrNode *c, void *ctx)
{
	walk_expr(ctx, c);
	return false;
}

static void walk_expr(Walk *w, IrNode *n)
{
	if (!n || in_vec(&w->temps, n))
		return;
	switch (n->op) {
	case IR_OINLCALL:
		/* its body went out in front; the value is the result
		 * variables */
		return;
	case IR_OCLOSURE: {
		IrFunc *f = n->u.clo.func;
		if (f && f->closure_vars.n)
			vec_push(&w->found, f);
		return;
	}
	case IR_OAPPEND:
		/* walkAppend (or appendSlice): every operand through
		 * safeExpr (the destination is the assignment, never the
		 * same expression as the first operand) */
		walk_stmts(w, &n->init);
		for (int i = 0; i < n->u.call.args.n; i++)
			walk_safe(w, n->u.call.args.v[i]);
		return;
	default:
		break;
	}
	/* statements (of an inlined body); x op= y is order's business
	 * when instrumenting */
	if (ir_class(n->op) == IRC_BLOCK || n->op == IR_OIF || n->op == IR_OFOR ||
	    (n->op == IR_OASOP && w->ir->instrumenting)) {
		walk_stmt(w, n);
		return;
	}
	if (n->op == IR_OSLICE3ARR && unsafe_to_ptr(n->u.slice.x) && checkptr_on(w))
		w->slice_checked = n->u.slice.x;
	ir_do_children(n, expr_child, w);
	if (n->op == IR_OINDEX)
		check_index(w, n, false);
	expr_itab(w, n);
}

/* walk's safeExpr, as far as the index checks go: whether n had to be
 * copied (a temporary, or a copy whose operands are); what it walks. */
static bool safe_expr(Walk *w, IrNode *n)
{
	if (!n)
		return false;
	walk_stmts(w, &n->init);
	switch (n->op) {
	case IR_ONAME: case IR_OLITERAL: case IR_ONIL:
		return false;
	case IR_OLEN: case IR_OCAP: case IR_ODOT: case IR_ODOTPTR: case IR_ODEREF:
		return safe_expr(w, n->u.un.x);
	case IR_OINDEX: case IR_OINDEXMAP: {
		bool cx = safe_expr(w, n->u.bin.x);
		bool ci = safe_expr(w, n->u.bin.y);
		if (!cx && !ci)
			return false;
		/* the copy is walked, with the index (maybe a temporary) */
		if (n->op == IR_OINDEX)
			check_index(w, n, ci);
		return true;
	}
	default:
		/* copied into a temporary: the assignment is walked */
		walk_expr(w, n);
		return true;
	}
}

/* order's cheapExpr: anything but a name or a constant is copied into a
 * temporary (the copy is walked now, the temporary later). */
static void cheap_expr(Walk *w, IrNode *n)
{
	if (!n || n->op == IR_ONAME || n->op == IR_OLITERAL || n->op == IR_ONIL)
		return;
	walk_expr(w, n);
	vec_push(&w->temps, n);
}

/* order's safeExpr (not walk's): what x op= y assigns to, its operands
 * copied into temporaries (cheapExpr), an array's own operand made safe
 * the same way. */
static void order_safe_expr(Walk *w, IrNode *n)
{
	if (!n)
		return;
	switch (n->op) {
	case IR_OLEN: case IR_OCAP: case IR_ODOT:
		order_safe_expr(w, n->u.un.x);
		break;
	case IR_ODOTPTR: case IR_ODEREF:
		cheap_expr(w, n->u.un.x);
		break;
	case IR_OINDEX: case IR_OINDEXMAP:
		if (n->op == IR_OINDEX && n->u.bin.x && n->u.bin.x->type &&
		    ty_underlying(n->u.bin.x->type)->kind == TY_ARRAY)
			order_safe_expr(w, n->u.bin.x);
		else
			cheap_expr(w, n->u.bin.x);
		cheap_expr(w, n->u.bin.y);
		break;
	default:
		break;
	}
}

/* The indexes of x already found in range, and their restoring: x is
 * walked twice (order's copy of it is another node for gc). */
static bool note_bounded(IrNode *n, void *ctx)
{
	if (n->op == IR_OINDEX && !(n->flags & IRF_BOUNDED))
		vec_push(ctx, n);
	return false;
}

static void save_bounded(IrNode *x, PtrVec *v)
{
	ir_any(x, note_bounded, v);
}

static void restore_bounded(PtrVec *v)
{
	for (int i = 0; i < v->len; i++)
		((IrNode *)v->data[i])->flags &= (uint16_t)~IRF_BOUNDED;
}

/* walkExprListSafe's element: safeExpr, then walkExpr when nothing was
 * copied. */
static void walk_safe(Walk *w, IrNode *n)
{
	IrList init = n->init;
	if (!safe_expr(w, n)) {
		n->init = (IrList){0};
		walk_expr(w, n);
		n->init = init;
	}
}

/* The expressions of a simple statement (or a compound statement's
 * header): inlined bodies first, then the expressions in order. */
static void header(Walk *w, IrNode **xs, int nx)
{
	for (int i = 0; i < nx; i++)
		inlined_bodies(w, xs[i]);
	for (int i = 0; i < nx; i++)
		walk_expr(w, xs[i]);
}

static void header_list(Walk *w, IrList *a, IrList *b)
{
	for (int i = 0; a && i < a->n; i++)
		inlined_bodies(w, a->v[i]);
	for (int i = 0; b && i < b->n; i++)
		inlined_bodies(w, b->v[i]);
	for (int i = 0; a && i < a->n; i++)
		walk_expr(w, a->v[i]);
	for (int i = 0; b && i < b->n; i++)
		walk_expr(w, b->v[i]);
}

/* ---- multiple assignment (walk's ascompatee) ---------------------- */

static bool on_stack(IrNode *n)
{
	if (n->u.name.nflags & IRN_CLOSUREVAR)
		return false;
	switch (n->u.name.class) {
	case PPARAM: case PPARAMOUT: case PAUTO:
		return n->esc != IR_ESC_HEAP;
	default:
		return false;
	}
}

static bool addrtaken(Walk *w, IrNode *n)
{
	return (n->u.name.nflags & IRN_ADDRTAKEN) || in_vec(&w->addrtaken, ir_canonical(n));
}

/* walk's readsMemory */
static bool reads_memory(Walk *w, IrNode *n)
{
	switch (n->op) {
	case IR_ONAME:
		if (n->u.name.class == PFUNC)
			return false;
		return addrtaken(w, n) || !on_stack(n);
	case IR_OADD: case IR_OAND: case IR_OANDAND: case IR_OANDNOT: case IR_OBITNOT:
	case IR_OCONV: case IR_OCONVIFACE: case IR_OCONVIDATA: case IR_OCONVNOP: case IR_ODIV:
	case IR_ODOT: case IR_ODOTTYPE: case IR_OLITERAL: case IR_OLSH: case IR_OMOD:
	case IR_OMUL: case IR_ONEG: case IR_ONIL: case IR_OOR: case IR_OOROR: case IR_OPAREN:
	case IR_OPLUS: case IR_ORSH: case IR_OSUB: case IR_OXOR:
		return false;
	default:
		return true;
	}
}

typedef struct Affect { Walk *w; bool mem; } Affect;

static bool affects(IrNode *n, void *ctx)
{
	Affect *a = ctx;
	if (n->op == IR_ONAME && in_vec(&a->w->assigned, ir_canonical(n)))
		return true;
	return a->mem && reads_memory(a->w, n);
}

static bool has_defer(IrNode *n, void *ctx)
{
	(void)ctx;
	return n->op == IR_ODEFER;
}

/* Assignments of rhs to lhs one by one, each destination walked before
 * its value; an operand an earlier assignment may have changed is
 * copied (and walked) first. */
static void ascompatee(Walk *w, IrList *lhs, IrList *rhs, bool ret)
{
	bool mem = false, defer_write = false;
	int mark = w->temps.len;
	w->assigned.len = 0;
	if (w->defers_of != w->fn) {
		w->defers_of = w->fn;
		w->defers = false;
		for (int i = 0; i < w->fn->body.n && !w->defers; i++)
			w->defers = ir_any(w->fn->body.v[i], has_defer, NULL);
	}
	bool fn_defers = w->defers;
	for (int i = 0; i < lhs->n && i < rhs->n; i++) {
		IrNode *lorig = lhs->v[i], *l = lorig, *r = rhs->v[i];
		if (ret && l && r && l->op == IR_ONAME && r->op == IR_ONAME && ir_canonical(l) == ir_canonical(r))
			continue;
		IrNode *saves[16];
		int ns = 0;
		for (;;) {
			walk_stmts(w, &l->init);
			if (l->op == IR_OINDEX && l->u.bin.x->type && ty_underlying(l->u.bin.x->type)->kind == TY_ARRAY) {
				saves[ns < 16 ? ns++ : 15] = l->u.bin.y;
				l = l->u.bin.x;
				continue;
			}
			if (l->op == IR_OPAREN || l->op == IR_ODOT) {
				l = l->u.un.x;
				continue;
			}
			break;
		}
		/* the saves in ascompatee's order: the drilled indexes as met,
		 * then the operands of the last step, then the value */
		Affect a = { w, mem };
		IrNode *name = NULL;
		IrNode *ops[3];
		int nops = 0;
		switch (l->op) {
		case IR_ONAME: name = l; break;
		case IR_OINDEX: case IR_OINDEXMAP: ops[nops++] = l->u.bin.x; ops[nops++] = l->u.bin.y; break;
		case IR_ODEREF: case IR_ODOTPTR: ops[nops++] = l->u.un.x; break;
		default: break;
		}
		ops[nops++] = r;
		for (int k = 0; k < ns + nops; k++) {
			IrNode *x = k < ns ? saves[k] : ops[k - ns];
			/* (nothing assigned and no memory written: nothing can
			 * be affected, the usual case of one assignment) */
			bool may_affect = a.mem || w->assigned.len > 0;
			if (x && (defer_write || (may_affect && ir_any(x, affects, &a)))) {
				walk_expr(w, x);
				vec_push(&w->temps, x);
			}
		}
		/* the assignment: its destination, then its value */
		walk_expr(w, lorig);
		walk_expr(w, r);
		if (!name) {
			mem = true;
			continue;
		}
		if (name->u.name.class == PPARAMOUT && fn_defers) {
			defer_write = true;
			continue;
		}
		Sym *s = name->u.name.sym;
		if (!s || (s->len == 1 && s->name[0] == '_') || s->name[0] == '~')
			continue;
		if (addrtaken(w, name) || !on_stack(name)) {
			mem = true;
			continue;
		}
		vec_push(&w->assigned, ir_canonical(name));
	}
	w->temps.len = mark;
}

/* ---- statements ------------------------------------------------------- */

static void walk_stmts(Walk *w, IrList *l)
{
	for (int i = 0; i < l->n; i++)
		walk_stmt(w, l->v[i]);
}

/* walkSelectCases' order: every clause's init and communication in
 * source order, then the bodies as the dispatch lists them: the default
 * first, then the sends in source order, then the receives in reverse
 * source order (selectgo numbers receives from the end).  One clause:
 * its communication then its body; a communication and a default: the
 * communication, its body, then the default's init and body. */
static void walk_select(Walk *w, IrNode *n)
{
	IrList *cs = &n->u.sw.cases;
	IrNode *dflt = NULL;
	for (int i = 0; i < cs->n; i++)
		if (!cs->v[i]->u.cas.var)
			dflt = cs->v[i];
	if (cs->n == 2 && dflt) {
		IrNode *c = cs->v[0] == dflt ? cs->v[1] : cs->v[0];
		walk_stmts(w, &c->init);
		walk_stmt(w, c->u.cas.var);
		walk_stmts(w, &c->u.cas.body);
		walk_stmts(w, &dflt->init);
		walk_stmts(w, &dflt->u.cas.body);
		return;
	}
	for (int i = 0; i < cs->n; i++) {
		walk_stmts(w, &cs->v[i]->init);
		walk_stmt(w, cs->v[i]->u.cas.var);
	}
	if (cs->n == 1) {
		walk_stmts(w, &cs->v[0]->u.cas.body);
		return;
	}
	if (dflt)
		walk_stmts(w, &dflt->u.cas.body);
	for (int i = 0; i < cs->n; i++) {
		IrNode *comm = cs->v[i]->u.cas.var;
		if (comm && comm->op == IR_OSEND)
			walk_stmts(w, &cs->v[i]->u.cas.body);
	}
	for (int i = cs->n - 1; i >= 0; i--) {
		IrNode *comm = cs->v[i]->u.cas.var;
		if (comm && comm->op != IR_OSEND)
			walk_stmts(w, &cs->v[i]->u.cas.body);
	}
}

static void walk_stmt(Walk *w, IrNode *n)
{
	if (!n)
		return;
	walk_stmts(w, &n->init);
	switch (n->op) {
	case IR_OBLOCK:
		walk_stmts(w, &n->u.block.list);
		return;
	case IR_OIF: {
		IrNode *c = n->u.ifs.cond;
		header(w, &c, 1);
		walk_stmts(w, &n->u.ifs.body);
		walk_stmts(w, &n->u.ifs.els);
		return;
	}
	case IR_OFOR: case IR_OFORUNTIL: {
		IrNode *c = n->u.loop.cond;
		header(w, &c, 1);
		walk_stmt(w, n->u.loop.post);
		walk_stmts(w, &n->u.loop.late);
		walk_stmts(w, &n->u.loop.body);
		return;
	}
	case IR_ORANGE: {
		IrNode *xs[3] = { n->u.range.x, n->u.range.key, n->u.range.value };
		header(w, xs, 3);
		if (n->u.range.x && n->u.range.x->type && ty_underlying(n->u.range.x->type)->kind == TY_MAP)
			need(w, n->u.range.x->type);        /* mapiterinit */
		walk_stmts(w, &n->u.range.body);
		return;
	}
	case IR_OSELECT:
		walk_select(w, n);
		return;
	case IR_OSWITCH: {
		IrNode *t = n->u.sw.tag;
		if (t && t->op == IR_OTYPESW)
			t = t->u.guard.x;
		header(w, &t, 1);
		for (int i = 0; i < n->u.sw.cases.n; i++) {
			IrNode *c = n->u.sw.cases.v[i];
			walk_stmts(w, &c->init);
			if (t != n->u.sw.tag) {
				/* walkSwitchType: a type assertion per concrete
				 * case type, in order */
				for (int k = 0; k < c->u.cas.list.n; k++) {
					IrNode *ct = c->u.cas.list.v[k];
					if (ct && ct->op == IR_OTYPE)
						assert_type(w, ct->type, t ? t->type : NULL);
				}
			} else {
				header_list(w, &c->u.cas.list, NULL);
			}
		}
		for (int i = 0; i < n->u.sw.cases.n; i++)
			walk_stmts(w, &n->u.sw.cases.v[i]->u.cas.body);
		return;
	}
	case IR_OAS2FUNC: case IR_OAS2DOTTYPE: case IR_OAS2MAPR: case IR_OAS2RECV:
		/* the value first, then the assignments of its parts */
		header_list(w, &n->u.as2.rhs, NULL);
		header_list(w, &n->u.as2.lhs, NULL);
		return;
	case IR_OAS2:
		for (int i = 0; i < n->u.as2.lhs.n; i++)
			inlined_bodies(w, n->u.as2.lhs.v[i]);
		for (int i = 0; i < n->u.as2.rhs.n; i++)
			inlined_bodies(w, n->u.as2.rhs.v[i]);
		ascompatee(w, &n->u.as2.lhs, &n->u.as2.rhs, false);
		return;
	case IR_ORETURN:
		for (int i = 0; i < n->u.block.list.n; i++)
			inlined_bodies(w, n->u.block.list.v[i]);
		if (w->fn->nresults == n->u.block.list.n) {
			IrList dst = {0};
			for (int i = 0; i < w->fn->nresults; i++)
				ir_list_push(w->ir, &dst, w->fn->results[i].nname);
			ascompatee(w, &dst, &n->u.block.list, true);
		} else {
			header_list(w, &n->u.block.list, NULL);
		}
		return;
	case IR_ODCL:
		/* a variable moved to the heap: newobject */
		if (n->u.decl.x && n->u.decl.x->op == IR_ONAME && n->u.decl.x->esc == IR_ESC_HEAP)
			need(w, n->u.decl.x->type);
		return;
	case IR_OLABEL: case IR_OGOTO: case IR_OBREAK: case IR_OCONTINUE: case IR_OFALL:
	case IR_ODCLFUNC: case IR_ODCLCONST: case IR_ODCLTYPE:
		return;
	case IR_OSEND:
		/* walkSend: the value (order copied it first when it is not
		 * addressable or when instrumenting), then the channel */
		inlined_bodies_of_children(w, n);
		walk_expr(w, n->u.bin.y);
		walk_expr(w, n->u.bin.x);
		return;
	case IR_OAS: case IR_OASOP:
		if (n->op == IR_OASOP && w->ir->instrumenting && n->u.bin.x && n->u.bin.y) {
			/* order's rewrite of x op= y when instrumenting: x's
			 * operands into temporaries (order's safeExpr), then
			 * tmp = x (a copy of x) and x = tmp op y, each walked */
			inlined_bodies_of_children(w, n);
			int mark = w->temps.len;
			order_safe_expr(w, n->u.bin.x);
			PtrVec saved = {0};
			save_bounded(n->u.bin.x, &saved);
			walk_expr(w, n->u.bin.x);
			restore_bounded(&saved);
			vec_free(&saved);
			walk_expr(w, n->u.bin.x);
			walk_expr(w, n->u.bin.y);
			w->temps.len = mark;
			return;
		}
		if (n->u.bin.x && n->u.bin.x->op == IR_OINDEXMAP && n->u.bin.y) {
			/* order's safeMapRHS: the value (an append's added
			 * operands) into temporaries before the map store */
			inlined_bodies_of_children(w, n);
			IrNode *y = n->u.bin.y;
			int mark = w->temps.len;
			if (y->op == IR_OAPPEND) {
				for (int i = 1; i < y->u.call.args.n; i++)
					cheap_expr(w, y->u.call.args.v[i]);
			} else {
				cheap_expr(w, y);
			}
			walk_expr(w, n->u.bin.x);
			walk_expr(w, y);
			w->temps.len = mark;
			return;
		}
		/* fall through */
	default: {
		/* a simple statement: its expressions are its children (its
		 * init went first: not walked again) */
		inlined_bodies_of_children(w, n);
		IrList init = n->init;
		n->init = (IrList){0};
		ir_do_children(n, expr_child, w);
		n->init = init;
		return;
	}
	}
}

/* One function as enqueueFunc walks it: the function, then the closures
 * its walk met, the last first, each followed by its own. */
static void walk_func(Walk *w, IrFunc *fn)
{
	size_t base = (size_t)w->found.len;
	IrFunc *saved = w->fn;
	w->fn = fn;
	walk_stmts(w, &fn->body);
	w->fn = saved;
	while ((size_t)w->found.len > base) {
		IrFunc *c = w->found.data[--w->found.len];
		walk_func(w, c);
	}
}

/* typecheck's markAddrOf: the variable under &x (ir.OuterValue). */
static void mark_addr(IrNode *n, void *ctx)
{
	Walk *w = ctx;
	if (n->op != IR_OADDR)
		return;
	IrNode *x = n->u.un.x;
	for (;;) {
		if (x->op == IR_ODOT || x->op == IR_OPAREN || x->op == IR_OCONVNOP) {
			x = x->u.un.x;
			continue;
		}
		if (x->op == IR_OINDEX && x->u.bin.x->type && ty_underlying(x->u.bin.x->type)->kind == TY_ARRAY) {
			x = x->u.bin.x;
			continue;
		}
		break;
	}
	if (x->op == IR_ONAME && !in_vec(&w->addrtaken, ir_canonical(x)))
		vec_push(&w->addrtaken, ir_canonical(x));
}

void walk_facts(IrCtx *ir, IrFunc **decls, int ndecls, int lower_m, Report *out, const WalkHooks *hooks)
{
	if (!lower_m)
		return;
	Walk w = { .ir = ir, .out = out, .hooks = hooks };
	for (int i = 0; i < ndecls; i++)
		for (int k = 0; k < decls[i]->body.n; k++)
			ir_visit(decls[i]->body.v[k], mark_addr, &w);
	for (int i = 0; i < ndecls; i++) {
		IrFunc *fn = decls[i];
		/* a closure capturing nothing is queued by itself; the others
		 * with the function they are in */
		if (fn->outer && fn->closure_vars.n)
			continue;
		/* nor is a closure dead-code removal took away */
		if (fn->fflags & IRFN_DEAD)
			continue;
		Sym *s = fn->nname ? fn->nname->u.name.sym : NULL;
		if (s && s->len == 1 && s->name[0] == '_')
			continue;
		walk_func(&w, fn);
	}
	vec_free(&w.found);
	vec_free(&w.addrtaken);
	vec_free(&w.temps);
	vec_free(&w.assigned);
}

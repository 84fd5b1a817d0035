/*
 * ir.c — gc's IR: construction, traversal in doChildren order, and the
 * printers of -m messages (docs/escape-design.md §3.2-3.5, §5.2, §5.4).
 *
 * The printers mirror gc's ir/fmt.go: a node prints its original (the
 * composite literal or call as written) when it has one, implicit
 * conversions, & and * print as their operand, operands are wrapped in
 * parentheses when their op binds less tightly than the context asks
 * (OpPrec), and each op has one fixed form.  Statements print in the
 * short form gc uses for messages ("for loop", "switch statement").
 *
 * Invariant: the child order of ir_do_children is gc's generated
 * doChildren order; the cost visitor, the call-graph walk and label
 * detection all depend on it.
 */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* ==================================================================== */
/* Ops                                                                   */
/* ==================================================================== */

#define IR_OP_NAME(o) [IR_##o] = #o,
static const char *const op_names[IR_OEND + 1] = { IR_OPS(IR_OP_NAME) [IR_OEND] = "OEND" };
#undef IR_OP_NAME

const char *ir_op_name(IrOp op)
{
	if (op < 0 || op > IR_OEND)
		fatal_internal("bad op %d", (int)op);
	return op_names[op] + 1;    /* drop the O */
}

/* gc's OpNames: the Go spelling of the ops that have one. */
const char *ir_op_go(IrOp op)
{
	switch (op) {
	case IR_OADDR: return "&";
	case IR_OADD: return "+";
	case IR_OADDSTR: return "+";
	case IR_OALIGNOF: return "unsafe.Alignof";
	case IR_OANDAND: return "&&";
	case IR_OANDNOT: return "&^";
	case IR_OAND: return "&";
	case IR_OAPPEND: return "append";
	case IR_OAS: return "=";
	case IR_OAS2: return "=";
	case IR_OBREAK: return "break";
	case IR_OCALL: return "function call";
	case IR_OCAP: return "cap";
	case IR_OCASE: return "case";
	case IR_OCLOSE: return "close";
	case IR_OCOMPLEX: return "complex";
	case IR_OBITNOT: return "^";
	case IR_OCONTINUE: return "continue";
	case IR_OCOPY: return "copy";
	case IR_ODELETE: return "delete";
	case IR_ODEFER: return "defer";
	case IR_ODIV: return "/";
	case IR_OEQ: return "==";
	case IR_OFALL: return "fallthrough";
	case IR_OFOR: return "for";
	case IR_OFORUNTIL: return "foruntil";
	case IR_OGE: return ">=";
	case IR_OGOTO: return "goto";
	case IR_OGT: return ">";
	case IR_OIF: return "if";
	case IR_OIMAG: return "imag";
	case IR_OINLMARK: return "inlmark";
	case IR_ODEREF: return "*";
	case IR_OLEN: return "len";
	case IR_OLE: return "<=";
	case IR_OLSH: return "<<";
	case IR_OLT: return "<";
	case IR_OMAKE: return "make";
	case IR_ONEG: return "-";
	case IR_OMOD: return "%";
	case IR_OMUL: return "*";
	case IR_ONEW: return "new";
	case IR_ONE: return "!=";
	case IR_ONOT: return "!";
	case IR_OOFFSETOF: return "unsafe.Offsetof";
	case IR_OOROR: return "||";
	case IR_OOR: return "|";
	case IR_OPANIC: return "panic";
	case IR_OPLUS: return "+";
	case IR_OPRINTN: return "println";
	case IR_OPRINT: return "print";
	case IR_ORANGE: return "range";
	case IR_OREAL: return "real";
	case IR_ORECV: return "<-";
	case IR_ORECOVER: return "recover";
	case IR_ORETURN: return "return";
	case IR_ORSH: return ">>";
	case IR_OSELECT: return "select";
	case IR_OSEND: return "<-";
	case IR_OSIZEOF: return "unsafe.Sizeof";
	case IR_OSUB: return "-";
	case IR_OSWITCH: return "switch";
	case IR_OUNSAFEADD: return "unsafe.Add";
	case IR_OUNSAFESLICE: return "unsafe.Slice";
	case IR_OXOR: return "^";
	default: return ir_op_name(op);
	}
}

IrClass ir_class(IrOp op)
{
	switch (op) {
	case IR_ONAME: case IR_ONONAME:
		return IRC_NAME;
	case IR_OLITERAL:
		return IRC_CONST;
	case IR_OTYPE: case IR_ONIL: case IR_OLINKSYMOFFSET: case IR_ORESULT:
	case IR_OFUNCINST:      /* only in a call's Orig, printed "<node FUNCINST>" */
		return IRC_LEAF;
	case IR_OBITNOT: case IR_ONEG: case IR_ONOT: case IR_OPLUS: case IR_ORECV:
	case IR_OALIGNOF: case IR_OCAP: case IR_OCLOSE: case IR_OIMAG: case IR_OLEN:
	case IR_ONEW: case IR_OOFFSETOF: case IR_OPANIC: case IR_OREAL: case IR_OSIZEOF:
	case IR_OCHECKNIL: case IR_OCFUNC: case IR_OIDATA: case IR_OITAB: case IR_OSPTR:
	case IR_OVARDEF: case IR_OVARKILL: case IR_OVARLIVE:
		return IRC_UNARY;
	case IR_OADD: case IR_OAND: case IR_OANDNOT: case IR_ODIV: case IR_OEQ: case IR_OGE:
	case IR_OGT: case IR_OLE: case IR_OLSH: case IR_OLT: case IR_OMOD: case IR_OMUL:
	case IR_ONE: case IR_OOR: case IR_ORSH: case IR_OSUB: case IR_OXOR: case IR_OCOPY:
	case IR_OCOMPLEX: case IR_OUNSAFEADD: case IR_OUNSAFESLICE: case IR_OEFACE:
	case IR_ODYNAMICDOTTYPE: case IR_ODYNAMICDOTTYPE2:   /* X, RType (or ITab) */
	case IR_ODYNAMICTYPE:   /* RType, ITab (or NULL) */
		return IRC_BINARY;
	case IR_OANDAND: case IR_OOROR:
		return IRC_LOGICAL;
	case IR_OADDR: case IR_OPTRLIT:
		return IRC_ADDR;
	case IR_ODEREF:
		return IRC_STAR;
	case IR_OPAREN:
		return IRC_PAREN;
	case IR_OCONV: case IR_OCONVIFACE: case IR_OCONVIDATA: case IR_OCONVNOP:
	case IR_OBYTES2STR: case IR_OBYTES2STRTMP: case IR_ORUNES2STR: case IR_OSTR2BYTES:
	case IR_OSTR2BYTESTMP: case IR_OSTR2RUNES: case IR_ORUNESTR: case IR_OSLICE2ARRPTR:
		return IRC_CONV;
	case IR_OCALL: case IR_OCALLFUNC: case IR_OCALLINTER: case IR_OCALLMETH:
	case IR_OAPPEND: case IR_ODELETE: case IR_OGETG: case IR_OMAKE: case IR_OPRINT:
	case IR_OPRINTN: case IR_ORECOVER: case IR_ORECOVERFP: case IR_OGETCALLERPC:
	case IR_OGETCALLERSP:
		return IRC_CALL;
	case IR_OXDOT: case IR_ODOT: case IR_ODOTPTR: case IR_ODOTMETH: case IR_ODOTINTER:
	case IR_OMETHVALUE: case IR_OMETHEXPR:
		return IRC_SELECTOR;
	case IR_OINDEX: case IR_OINDEXMAP:
		return IRC_INDEX;
	case IR_OSLICE: case IR_OSLICEARR: case IR_OSLICE3: case IR_OSLICE3ARR: case IR_OSLICESTR:
		return IRC_SLICE;
	case IR_OMAKECHAN: case IR_OMAKEMAP: case IR_OMAKESLICE: case IR_OMAKESLICECOPY:
		return IRC_MAKE;
	case IR_OCOMPLIT: case IR_OARRAYLIT: case IR_OSLICELIT: case IR_OSTRUCTLIT: case IR_OMAPLIT:
		return IRC_COMPLIT;
	case IR_OKEY:
		return IRC_KEY;
	case IR_OSTRUCTKEY:
		return IRC_STRUCTKEY;
	case IR_OADDSTR:
		return IRC_ADDSTR;
	case IR_ODOTTYPE: case IR_ODOTTYPE2:
		return IRC_TYPEASSERT;
	case IR_OCLOSURE:
		return IRC_CLOSURE;
	case IR_OINLCALL:
		return IRC_INLCALL;
	case IR_OAS:
		return IRC_ASSIGN;
	case IR_OAS2: case IR_OAS2DOTTYPE: case IR_OAS2FUNC: case IR_OAS2MAPR: case IR_OAS2RECV:
	case IR_OSELRECV2:
		return IRC_ASSIGNLIST;
	case IR_OASOP:
		return IRC_ASSIGNOP;
	case IR_OBLOCK:
		return IRC_BLOCK;
	case IR_OBREAK: case IR_OCONTINUE: case IR_OFALL: case IR_OGOTO:
		return IRC_BRANCH;
	case IR_OCASE:
		return IRC_CASE;
	case IR_ODCL: case IR_ODCLCONST: case IR_ODCLTYPE:
		return IRC_DECL;
	case IR_OFOR: case IR_OFORUNTIL:
		return IRC_FOR;
	case IR_OGO: case IR_ODEFER:
		return IRC_GODEFER;
	case IR_OIF:
		return IRC_IF;
	case IR_OLABEL:
		return IRC_LABEL;
	case IR_ORANGE:
		return IRC_RANGE;
	case IR_ORETURN:
		return IRC_RETURN;
	case IR_OSELECT:
		return IRC_SELECT;
	case IR_OSEND:
		return IRC_SEND;
	case IR_OSWITCH:
		return IRC_SWITCH;
	case IR_OTYPESW:
		return IRC_TYPESWGUARD;
	case IR_OINLMARK:
		return IRC_INLMARK;
	case IR_OTAILCALL:
		return IRC_TAILCALL;
	case IR_ODCLFUNC:
		return IRC_FUNC;
	default:
		return IRC_NONE;
	}
}

/* ==================================================================== */
/* Construction                                                          */
/* ==================================================================== */

void ir_list_push(IrCtx *c, IrList *l, IrNode *n)
{
	if (l->n == l->cap) {
		int cap = l->cap ? 2 * l->cap : 4;
		IrNode **v = arena_alloc(&c->arena, (size_t)cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, (size_t)l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = n;
}

IrNode *ir_new(IrCtx *c, IrOp op, Pos pos, Type *t)
{
	if (ir_class(op) == IRC_NONE)
		fatal_internal("ir_new: op %s has no node type", ir_op_name(op));
	IrNode *n = arena_alloc(&c->arena, sizeof *n);
	n->op = op;
	n->pos = pos;
	n->type = t;
	return n;
}

IrNode *ir_name(IrCtx *c, Sym *sym, IrNameClass class, Pos pos, Type *t)
{
	IrNode *n = ir_new(c, IR_ONAME, pos, t);
	n->u.name.sym = sym;
	n->u.name.class = class;
	if (sym && sym->len == 1 && sym->name[0] == '_')
		n->u.name.nflags |= IRN_BLANK;
	return n;
}

IrNode *ir_const(IrCtx *c, Const val, const char *raw, Pos pos, Type *t)
{
	IrNode *n = ir_new(c, IR_OLITERAL, pos, t);
	n->u.cnst.val = val;
	n->raw = raw;
	return n;
}

IrNode *ir_unary(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *x)
{
	switch (ir_class(op)) {
	case IRC_UNARY: case IRC_STAR: case IRC_PAREN: case IRC_CONV:
	case IRC_TYPEASSERT: case IRC_ADDR: case IRC_SELECTOR:
		break;
	default:
		fatal_internal("ir_unary: op %s is not unary-shaped", ir_op_name(op));
	}
	IrNode *n = ir_new(c, op, pos, t);
	n->u.un.x = x;
	return n;
}

IrNode *ir_binary(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *x, IrNode *y)
{
	switch (ir_class(op)) {
	case IRC_BINARY: case IRC_LOGICAL: case IRC_INDEX: case IRC_KEY:
	case IRC_ASSIGN: case IRC_ASSIGNOP: case IRC_SEND:
		break;
	default:
		fatal_internal("ir_binary: op %s is not binary-shaped", ir_op_name(op));
	}
	IrNode *n = ir_new(c, op, pos, t);
	n->u.bin.x = x;
	n->u.bin.y = y;
	return n;
}

IrNode *ir_selector(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *x, Sym *sel)
{
	if (ir_class(op) != IRC_SELECTOR)
		fatal_internal("ir_selector: op %s", ir_op_name(op));
	IrNode *n = ir_unary(c, op, pos, t, x);
	n->u.un.sel = sel;
	return n;
}

IrNode *ir_call(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *fun, IrNode **args, int nargs)
{
	if (ir_class(op) != IRC_CALL)
		fatal_internal("ir_call: op %s", ir_op_name(op));
	IrNode *n = ir_new(c, op, pos, t);
	n->u.call.x = fun;
	for (int i = 0; i < nargs; i++)
		ir_list_push(c, &n->u.call.args, args[i]);
	return n;
}

IrFunc *ir_func(IrCtx *c, Sym *name, Pos pos)
{
	IrFunc *fn = arena_alloc(&c->arena, sizeof *fn);
	fn->pos = pos;
	fn->node = ir_new(c, IR_ODCLFUNC, pos, NULL);
	fn->node->u.fn.func = fn;
	fn->nname = ir_name(c, name, PFUNC, pos, NULL);
	fn->nname->u.name.func = fn;
	return fn;
}

/* The name of outer's nth closure: F.funcN, or C.N in closure C. */
static Sym *closure_name(const IrFunc *outer, int n)
{
	char name[1024];
	if (!outer)
		snprintf(name, sizeof name, "glob..func%d", n);
	else
		snprintf(name, sizeof name, "%s.%s%d", outer->nname->u.name.sym->name, outer->oclosure ? "" : "func", n);
	return sym_cstr(name);
}

IrFunc *ir_closure_func(IrCtx *c, Pos pos, IrFunc *outer)
{
	int n;
	if (!outer) {
		n = ++c->glob_closgen;
	} else {
		const Sym *o = outer->nname->u.name.sym;
		bool blank = o->len == 1 && o->name[0] == '_';
		n = blank ? ++c->glob_closgen : ++outer->closgen;
	}
	IrFunc *fn = ir_func(c, closure_name(outer, n), pos);
	fn->outer = outer;
	if (outer)
		fn->fflags |= IRFN_HIDDEN;
	IrNode *clo = ir_new(c, IR_OCLOSURE, pos, NULL);
	clo->u.clo.func = fn;
	fn->oclosure = clo;
	return fn;
}

void ir_rename_closure(IrFunc *fn, int n)
{
	fn->nname->u.name.sym = closure_name(fn->outer, n);
}

IrNode *ir_canonical(IrNode *n)
{
	if (n->op == IR_ONAME && (n->u.name.nflags & IRN_CLOSUREVAR) && n->u.name.defn)
		return n->u.name.defn;
	return n;
}

IrNode *ir_closure_var(IrCtx *c, Pos pos, IrFunc *fn, IrNode *n)
{
	IrNode *cv = ir_name(c, n->u.name.sym, PAUTOHEAP, pos, n->type);
	cv->u.name.qual = n->u.name.qual;
	cv->u.name.curfn = fn;
	cv->u.name.nflags |= IRN_CLOSUREVAR;
	cv->u.name.defn = ir_canonical(n);
	cv->u.name.outer = n;
	ir_list_push(c, &fn->closure_vars, cv);
	return cv;
}

IrNode *ir_temp(IrCtx *c, Pos pos, IrFunc *fn, Type *t)
{
	char name[32];
	snprintf(name, sizeof name, ".autotmp_%d", fn->dcl.n);
	IrNode *n = ir_name(c, sym_cstr(name), PAUTO, pos, t);
	n->u.name.nflags |= IRN_AUTOTMP | IRN_USED;
	n->u.name.curfn = fn;
	ir_list_push(c, &fn->dcl, n);
	return n;
}

/* ==================================================================== */
/* Traversal                                                             */
/* ==================================================================== */

static bool do_list(IrList *l, IrDoFn fn, void *ctx)
{
	for (int i = 0; i < l->n; i++)
		if (l->v[i] && fn(l->v[i], ctx))
			return true;
	return false;
}

static bool do_one(IrNode *n, IrDoFn fn, void *ctx)
{
	return n && fn(n, ctx);
}

static __attribute__((noinline)) bool do_children(IrNode *n, IrClass k, IrDoFn fn, void *ctx);

/* A node of class k without children: most nodes a walk meets (names,
 * constants) return before do_children's frame is set up. */
static inline bool childless(const IrNode *n, IrClass k)
{
	switch (k) {
	case IRC_NONE: case IRC_NAME: case IRC_CONST: case IRC_LEAF:
	case IRC_BRANCH: case IRC_LABEL: case IRC_INLMARK:
		return !n->init.n;
	default:
		return false;
	}
}

bool ir_do_children(IrNode *n, IrDoFn fn, void *ctx)
{
	if (!n)
		return false;
	IrClass k = ir_class(n->op);
	return !childless(n, k) && do_children(n, k, fn, ctx);
}

static bool do_children(IrNode *n, IrClass k, IrDoFn fn, void *ctx)
{
	/* Decl and TypeSwitchGuard have no init list in gc */
	if (k != IRC_DECL && k != IRC_TYPESWGUARD && k != IRC_FUNC && do_list(&n->init, fn, ctx))
		return true;
	switch (k) {
	case IRC_NONE: case IRC_NAME: case IRC_CONST: case IRC_LEAF:
	case IRC_BRANCH: case IRC_LABEL: case IRC_INLMARK:
		return false;
	case IRC_FUNC:
		return do_list(&n->u.fn.func->body, fn, ctx);
	case IRC_UNARY: case IRC_STAR: case IRC_PAREN: case IRC_CONV: case IRC_TYPEASSERT:
		return do_one(n->u.un.x, fn, ctx);
	case IRC_ADDR: case IRC_SELECTOR:
		return do_one(n->u.un.x, fn, ctx) || do_one(n->u.un.prealloc, fn, ctx);
	case IRC_BINARY: case IRC_LOGICAL: case IRC_INDEX: case IRC_KEY:
	case IRC_ASSIGN: case IRC_ASSIGNOP: case IRC_SEND:
		return do_one(n->u.bin.x, fn, ctx) || do_one(n->u.bin.y, fn, ctx);
	case IRC_CALL:
		return do_one(n->u.call.x, fn, ctx) || do_list(&n->u.call.args, fn, ctx) ||
			do_list(&n->u.call.keepalive, fn, ctx);
	case IRC_SLICE:
		return do_one(n->u.slice.x, fn, ctx) || do_one(n->u.slice.low, fn, ctx) ||
			do_one(n->u.slice.high, fn, ctx) || do_one(n->u.slice.max, fn, ctx);
	case IRC_MAKE:
		return do_one(n->u.make.len, fn, ctx) || do_one(n->u.make.cap, fn, ctx);
	case IRC_COMPLIT: case IRC_ADDSTR:
		return do_list(&n->u.lit.list, fn, ctx) || do_one(n->u.lit.prealloc, fn, ctx);
	case IRC_STRUCTKEY:
		return do_one(n->u.skey.value, fn, ctx);
	case IRC_CLOSURE:
		return do_one(n->u.clo.prealloc, fn, ctx);
	case IRC_INLCALL:
		return do_list(&n->u.inlcall.body, fn, ctx) || do_list(&n->u.inlcall.retvars, fn, ctx);
	case IRC_ASSIGNLIST:
		return do_list(&n->u.as2.lhs, fn, ctx) || do_list(&n->u.as2.rhs, fn, ctx);
	case IRC_BLOCK: case IRC_RETURN:
		return do_list(&n->u.block.list, fn, ctx);
	case IRC_CASE:
		return do_one(n->u.cas.var, fn, ctx) || do_list(&n->u.cas.list, fn, ctx) ||
			do_list(&n->u.cas.body, fn, ctx);
	case IRC_DECL:
		return do_one(n->u.decl.x, fn, ctx);
	case IRC_FOR:
		return do_one(n->u.loop.cond, fn, ctx) || do_list(&n->u.loop.late, fn, ctx) ||
			do_one(n->u.loop.post, fn, ctx) || do_list(&n->u.loop.body, fn, ctx);
	case IRC_GODEFER: case IRC_TAILCALL:
		return do_one(n->u.godefer.call, fn, ctx);
	case IRC_IF:
		return do_one(n->u.ifs.cond, fn, ctx) || do_list(&n->u.ifs.body, fn, ctx) ||
			do_list(&n->u.ifs.els, fn, ctx);
	case IRC_RANGE:
		return do_one(n->u.range.x, fn, ctx) || do_one(n->u.range.key, fn, ctx) ||
			do_one(n->u.range.value, fn, ctx) || do_list(&n->u.range.body, fn, ctx) ||
			do_one(n->u.range.prealloc, fn, ctx);
	case IRC_SELECT: case IRC_SWITCH:
		return do_one(n->u.sw.tag, fn, ctx) || do_list(&n->u.sw.cases, fn, ctx) ||
			do_list(&n->u.sw.compiled, fn, ctx);
	case IRC_TYPESWGUARD:
		return do_one(n->u.guard.tag, fn, ctx) || do_one(n->u.guard.x, fn, ctx);
	}
	return false;
}

static void edit_list(IrList *l, IrEditFn fn, void *ctx)
{
	for (int i = 0; i < l->n; i++)
		if (l->v[i])
			l->v[i] = fn(l->v[i], ctx);
}

static void edit_one(IrNode **p, IrEditFn fn, void *ctx)
{
	if (*p)
		*p = fn(*p, ctx);
}

static __attribute__((noinline)) void edit_children(IrNode *n, IrClass k, IrEditFn fn, void *ctx);

void ir_edit_children(IrNode *n, IrEditFn fn, void *ctx)
{
	if (!n)
		return;
	IrClass k = ir_class(n->op);
	if (!childless(n, k))
		edit_children(n, k, fn, ctx);
}

static void edit_children(IrNode *n, IrClass k, IrEditFn fn, void *ctx)
{
	if (k != IRC_DECL && k != IRC_TYPESWGUARD && k != IRC_FUNC)
		edit_list(&n->init, fn, ctx);
	switch (k) {
	case IRC_NONE: case IRC_NAME: case IRC_CONST: case IRC_LEAF:
	case IRC_BRANCH: case IRC_LABEL: case IRC_INLMARK:
		break;
	case IRC_FUNC:
		edit_list(&n->u.fn.func->body, fn, ctx);
		break;
	case IRC_UNARY: case IRC_STAR: case IRC_PAREN: case IRC_CONV: case IRC_TYPEASSERT:
		edit_one(&n->u.un.x, fn, ctx);
		break;
	case IRC_ADDR: case IRC_SELECTOR:
		edit_one(&n->u.un.x, fn, ctx);
		edit_one(&n->u.un.prealloc, fn, ctx);
		break;
	case IRC_BINARY: case IRC_LOGICAL: case IRC_INDEX: case IRC_KEY:
	case IRC_ASSIGN: case IRC_ASSIGNOP: case IRC_SEND:
		edit_one(&n->u.bin.x, fn, ctx);
		edit_one(&n->u.bin.y, fn, ctx);
		break;
	case IRC_CALL:
		edit_one(&n->u.call.x, fn, ctx);
		edit_list(&n->u.call.args, fn, ctx);
		edit_list(&n->u.call.keepalive, fn, ctx);
		break;
	case IRC_SLICE:
		edit_one(&n->u.slice.x, fn, ctx);
		edit_one(&n->u.slice.low, fn, ctx);
		edit_one(&n->u.slice.high, fn, ctx);
		edit_one(&n->u.slice.max, fn, ctx);
		break;
	case IRC_MAKE:
		edit_one(&n->u.make.len, fn, ctx);
		edit_one(&n->u.make.cap, fn, ctx);
		break;
	case IRC_COMPLIT: case IRC_ADDSTR:
		edit_list(&n->u.lit.list, fn, ctx);
		edit_one(&n->u.lit.prealloc, fn, ctx);
		break;
	case IRC_STRUCTKEY:
		edit_one(&n->u.skey.value, fn, ctx);
		break;
	case IRC_CLOSURE:
		edit_one(&n->u.clo.prealloc, fn, ctx);
		break;
	case IRC_INLCALL:
		edit_list(&n->u.inlcall.body, fn, ctx);
		edit_list(&n->u.inlcall.retvars, fn, ctx);
		break;
	case IRC_ASSIGNLIST:
		edit_list(&n->u.as2.lhs, fn, ctx);
		edit_list(&n->u.as2.rhs, fn, ctx);
		break;
	case IRC_BLOCK: case IRC_RETURN:
		edit_list(&n->u.block.list, fn, ctx);
		break;
	case IRC_CASE:
		edit_one(&n->u.cas.var, fn, ctx);
		edit_list(&n->u.cas.list, fn, ctx);
		edit_list(&n->u.cas.body, fn, ctx);
		break;
	case IRC_DECL:
		edit_one(&n->u.decl.x, fn, ctx);
		break;
	case IRC_FOR:
		edit_one(&n->u.loop.cond, fn, ctx);
		edit_list(&n->u.loop.late, fn, ctx);
		edit_one(&n->u.loop.post, fn, ctx);
		edit_list(&n->u.loop.body, fn, ctx);
		break;
	case IRC_GODEFER: case IRC_TAILCALL:
		edit_one(&n->u.godefer.call, fn, ctx);
		break;
	case IRC_IF:
		edit_one(&n->u.ifs.cond, fn, ctx);
		edit_list(&n->u.ifs.body, fn, ctx);
		edit_list(&n->u.ifs.els, fn, ctx);
		break;
	case IRC_RANGE:
		edit_one(&n->u.range.x, fn, ctx);
		edit_one(&n->u.range.key, fn, ctx);
		edit_one(&n->u.range.value, fn, ctx);
		edit_list(&n->u.range.body, fn, ctx);
		edit_one(&n->u.range.prealloc, fn, ctx);
		break;
	case IRC_SELECT: case IRC_SWITCH:
		edit_one(&n->u.sw.tag, fn, ctx);
		edit_list(&n->u.sw.cases, fn, ctx);
		edit_list(&n->u.sw.compiled, fn, ctx);
		break;
	case IRC_TYPESWGUARD:
		edit_one(&n->u.guard.tag, fn, ctx);
		edit_one(&n->u.guard.x, fn, ctx);
		break;
	}
}

typedef struct VisitCtx {
	void (*fn)(IrNode *n, void *ctx);
	void *ctx;
} VisitCtx;

static bool visit_do(IrNode *n, void *p)
{
	VisitCtx *v = p;
	v->fn(n, v->ctx);
	IrClass k = ir_class(n->op);
	if (!childless(n, k))
		do_children(n, k, visit_do, p);
	return false;
}

void ir_visit(IrNode *n, void (*fn)(IrNode *n, void *ctx), void *ctx)
{
	VisitCtx v = { fn, ctx };
	if (n)
		visit_do(n, &v);
}

typedef struct AnyCtx {
	bool (*pred)(IrNode *n, void *ctx);
	void *ctx;
} AnyCtx;

static bool any_do(IrNode *n, void *p)
{
	AnyCtx *a = p;
	if (a->pred(n, a->ctx))
		return true;
	IrClass k = ir_class(n->op);
	return !childless(n, k) && do_children(n, k, any_do, p);
}

bool ir_any(IrNode *n, bool (*pred)(IrNode *n, void *ctx), void *ctx)
{
	AnyCtx a = { pred, ctx };
	return n && any_do(n, &a);
}

/* ==================================================================== */
/* Bottom-up order of the call graph (gc's ir/scc.go)                     */
/* ==================================================================== */

typedef struct BottomUp {
	IrAnalyzeFn analyze;
	void *ctx;
	uint32_t visitgen;
	PtrVec stack;
	PtrVec seen;            /* every function visited, reset at the end so
	                         * that the walk can run again (after inlining) */
} BottomUp;

enum { SCC_DONE = UINT32_MAX };

static uint32_t bottom_up_visit(BottomUp *v, IrFunc *fn);

typedef struct BottomUpCtx {
	BottomUp *v;
	uint32_t min;
} BottomUpCtx;

static void bottom_up_edge(BottomUpCtx *c, IrFunc *callee)
{
	if (!callee || (callee->fflags & IRFN_IMPORTED))
		return;
	uint32_t m = bottom_up_visit(c->v, callee);
	if (m < c->min)
		c->min = m;
}

static void bottom_up_node(IrNode *n, void *p)
{
	BottomUpCtx *c = p;
	switch (n->op) {
	case IR_ONAME:
		if (n->u.name.class == PFUNC)
			bottom_up_edge(c, n->u.name.func);
		break;
	case IR_ODOTMETH: case IR_OMETHVALUE: case IR_OMETHEXPR:
		bottom_up_edge(c, n->u.un.method);
		break;
	case IR_OCLOSURE:
		bottom_up_edge(c, n->u.clo.func);
		break;
	default:
		break;
	}
}

static uint32_t bottom_up_visit(BottomUp *v, IrFunc *fn)
{
	if (fn->scc_id > 0)
		return fn->scc_id;
	uint32_t id = ++v->visitgen;
	fn->scc_id = id;
	vec_push(&v->seen, fn);
	BottomUpCtx c = { v, ++v->visitgen };
	vec_push(&v->stack, fn);
	ir_visit(fn->node, bottom_up_node, &c);
	if ((c.min == id || c.min == id + 1) && !(fn->fflags & IRFN_HIDDEN)) {
		/* fn is the root of a component: it and what is above it */
		bool recursive = c.min == id;
		int i;
		for (i = v->stack.len - 1; i >= 0; i--) {
			IrFunc *x = v->stack.data[i];
			x->scc_id = SCC_DONE;
			if (x == fn)
				break;
		}
		int n = v->stack.len - i;
		IrFunc **block = xmalloc((size_t)n * sizeof *block);
		memcpy(block, v->stack.data + i, (size_t)n * sizeof *block);
		v->stack.len = i;
		v->analyze(block, n, recursive, v->ctx);
		free(block);
	}
	return c.min;
}

void ir_visit_funcs_bottom_up(IrFunc **list, int n, IrAnalyzeFn analyze, void *ctx)
{
	BottomUp v = { analyze, ctx, 0, { 0 }, { 0 } };
	for (int i = 0; i < n; i++)
		if (!(list[i]->fflags & IRFN_HIDDEN))
			bottom_up_visit(&v, list[i]);
	for (int i = 0; i < v.seen.len; i++)
		((IrFunc *)v.seen.data[i])->scc_id = 0;
	vec_free(&v.stack);
	vec_free(&v.seen);
}

/* ==================================================================== */
/* Printing                                                              */
/* ==================================================================== */

int ir_op_prec(IrOp op)
{
	switch (op) {
	case IR_OALIGNOF: case IR_OAPPEND: case IR_OBYTES2STR: case IR_OARRAYLIT:
	case IR_OSLICELIT: case IR_ORUNES2STR: case IR_OCALLFUNC: case IR_OCALLINTER:
	case IR_OCALLMETH: case IR_OCALL: case IR_OCAP: case IR_OCLOSE: case IR_OCOMPLIT:
	case IR_OCONVIFACE: case IR_OCONVIDATA: case IR_OCONVNOP: case IR_OCONV:
	case IR_OCOPY: case IR_ODELETE: case IR_OGETG: case IR_OLEN: case IR_OLITERAL:
	case IR_OMAKESLICE: case IR_OMAKESLICECOPY: case IR_OMAKE: case IR_OMAPLIT:
	case IR_ONAME: case IR_ONEW: case IR_ONIL: case IR_ONONAME: case IR_OOFFSETOF:
	case IR_OPANIC: case IR_OPAREN: case IR_OPRINTN: case IR_OPRINT: case IR_ORUNESTR:
	case IR_OSIZEOF: case IR_OSLICE2ARRPTR: case IR_OSTR2BYTES: case IR_OSTR2RUNES:
	case IR_OSTRUCTLIT: case IR_OTYPE: case IR_OUNSAFEADD: case IR_OUNSAFESLICE:
	case IR_OINDEXMAP: case IR_OINDEX: case IR_OSLICE: case IR_OSLICESTR:
	case IR_OSLICEARR: case IR_OSLICE3: case IR_OSLICE3ARR: case IR_OSLICEHEADER:
	case IR_ODOTINTER: case IR_ODOTMETH: case IR_ODOTPTR: case IR_ODOTTYPE2:
	case IR_ODOTTYPE: case IR_ODOT: case IR_OXDOT: case IR_OMETHVALUE: case IR_OMETHEXPR:
		return 8;
	case IR_OPLUS: case IR_ONOT: case IR_OBITNOT: case IR_ONEG: case IR_OADDR:
	case IR_ODEREF: case IR_ORECV:
		return 7;
	case IR_OMUL: case IR_ODIV: case IR_OMOD: case IR_OLSH: case IR_ORSH: case IR_OAND:
	case IR_OANDNOT:
		return 6;
	case IR_OADD: case IR_OSUB: case IR_OOR: case IR_OXOR:
		return 5;
	case IR_OEQ: case IR_OLT: case IR_OLE: case IR_OGE: case IR_OGT: case IR_ONE:
		return 4;
	case IR_OSEND:
		return 3;
	case IR_OANDAND:
		return 2;
	case IR_OOROR:
		return 1;
	case IR_OAS: case IR_OAS2: case IR_OAS2DOTTYPE: case IR_OAS2FUNC: case IR_OAS2MAPR:
	case IR_OAS2RECV: case IR_OASOP: case IR_OBLOCK: case IR_OBREAK: case IR_OCASE:
	case IR_OCONTINUE: case IR_ODCL: case IR_ODEFER: case IR_OFALL: case IR_OFOR:
	case IR_OFORUNTIL: case IR_OGOTO: case IR_OIF: case IR_OLABEL: case IR_OGO:
	case IR_ORANGE: case IR_ORETURN: case IR_OSELECT: case IR_OSWITCH:
		return -1;
	default:
		return 0;
	}
}


const char *ir_pkg_qual(const IrCtx *c, const Package *p)
{
	for (int i = 0; i < c->nquals; i++)
		if (c->qual_pkgs[i] == p)
			return c->qual_names[i];
	return p->name->name;
}

static const char *qual_of(const void *ctx, const Package *p)
{
	return ir_pkg_qual(ctx, p);
}

void ir_fmt_type(TyBuf *b, const IrCtx *c, Type *t)
{
	if (!t) {
		tybuf_puts(b, "<T>");
		return;
	}
	ty_write_gc_qual(b, t, c->local, qual_of, c);
}

void ir_fmt_sym(TyBuf *b, IrNode *name)
{
	if (name->u.name.qual) {
		tybuf_puts(b, name->u.name.qual);
		tybuf_putc(b, '.');
	}
	tybuf_puts(b, name->u.name.sym ? name->u.name.sym->name : "<S>");
}

void ir_fmt_func(TyBuf *b, IrFunc *fn)
{
	ir_fmt_sym(b, fn->nname);
}

/* gc's types.Type.Sym() != nil: named and predeclared types, `any`
 * included where spelled so (types.AnyType) (a type conversion to one
 * prints T(x), to others (T)(x)). */
static bool type_has_sym(Type *t)
{
	return t && (t->kind == TY_NAMED || t->kind == TY_BASIC || t->kind == TY_TYPEPARAM ||
		     (t->kind == TY_INTERFACE && t->u.iface.universe_any));
}

static bool is_ptr(Type *t)
{
	return t && t->kind == TY_POINTER;
}

/* "%.v" of a list: comma separated; "%v": "; " separated. */
static void fmt_list(TyBuf *b, const IrCtx *c, IrList *l, const char *sep)
{
	for (int i = 0; i < l->n; i++) {
		if (i)
			tybuf_puts(b, sep);
		ir_fmt_node(b, c, l->v[i]);
	}
}

/* A constant without source text: T(v) when typed, v when untyped. */
static void fmt_const(TyBuf *b, const IrCtx *c, IrNode *n)
{
	if (n->u.cnst.sym) {
		tybuf_puts(b, n->u.cnst.sym->name);
		return;
	}
	Type *t = n->type;
	bool typed = t && !ty_is_untyped(t);
	if (typed) {
		if (is_ptr(t) || (t->kind == TY_CHAN && t->u.chan.dir == DIR_RECV)) {
			tybuf_putc(b, '(');
			ir_fmt_type(b, c, t);
			tybuf_puts(b, ")(");
		} else {
			ir_fmt_type(b, c, t);
			tybuf_putc(b, '(');
		}
	}
	if (t && t->kind == TY_BASIC && t->u.basic.kind == B_UNTYPED_RUNE) {
		bool exact;
		uint64_t x = const_uint64_val(n->u.cnst.val, &exact);
		if (!exact) {
			char *s = const_string(n->u.cnst.val);
			tybuf_printf(b, "('\\x00' + %s)", s);
			free(s);
		} else if (x < 0x80) {
			char e[16];
			int len = uni_quote_rune(e, (uint32_t)x, '\'');
			tybuf_printf(b, "'%.*s'", len, e);
		} else if (x < 0x10000) {
			tybuf_printf(b, "'\\u%04x'", (unsigned)x);
		} else {
			tybuf_printf(b, "'\\U%08x'", (unsigned)x);
		}
	} else {
		char *s = const_string(n->u.cnst.val);
		tybuf_puts(b, s);
		free(s);
	}
	if (typed)
		tybuf_putc(b, ')');
}

void ir_fmt_expr(TyBuf *b, const IrCtx *c, IrNode *n, int prec)
{
	for (;;) {
		if (!n) {
			tybuf_puts(b, "<nil>");
			return;
		}
		if (n->orig && n->orig != n) {
			n = n->orig;
			continue;
		}
		if ((n->flags & IRF_IMPLICIT) &&
			(n->op == IR_OADDR || n->op == IR_ODEREF || n->op == IR_OCONV ||
			 n->op == IR_OCONVNOP || n->op == IR_OCONVIFACE || n->op == IR_OCONVIDATA)) {
			n = n->u.un.x;
			continue;
		}
		break;
	}

	int nprec = ir_op_prec(n->op);
	if (n->op == IR_OLITERAL && n->raw && n->u.cnst.rawop != IR_OXXX)
		nprec = ir_op_prec(n->u.cnst.rawop);
	if (n->op == IR_OTYPE && is_ptr(n->type))
		nprec = ir_op_prec(IR_ODEREF);
	if (prec > nprec) {
		tybuf_putc(b, '(');
		ir_fmt_node(b, c, n);
		tybuf_putc(b, ')');
		return;
	}
	if (n->op == IR_OLITERAL && n->raw) {
		tybuf_puts(b, n->raw);
		return;
	}

	switch (n->op) {
	case IR_OPAREN:
		tybuf_putc(b, '(');
		ir_fmt_node(b, c, n->u.un.x);
		tybuf_putc(b, ')');
		break;
	case IR_ONIL:
		tybuf_puts(b, "nil");
		break;
	case IR_OLITERAL:
		fmt_const(b, c, n);
		break;
	case IR_ODCLFUNC:
		ir_fmt_func(b, n->u.fn.func);
		break;
	case IR_ONAME: {
		Sym *s = n->u.name.sym;
		if (s && s->len >= 2 && s->name[0] == '~' && s->name[1] == 'b') {
			tybuf_putc(b, '_');
			break;
		}
		ir_fmt_sym(b, n);
		break;
	}
	case IR_ONONAME:
		ir_fmt_sym(b, n);
		break;
	case IR_OTYPE:
		if (!n->type && n->u.leaf.sym)
			tybuf_puts(b, n->u.leaf.sym->name);
		else
			ir_fmt_type(b, c, n->type);
		break;
	case IR_OCLOSURE:
		tybuf_puts(b, "func literal");
		break;
	case IR_OLINKSYMOFFSET:
		tybuf_putc(b, '(');
		ir_fmt_type(b, c, n->type);
		tybuf_printf(b, ")(%s@%lld)", n->u.leaf.sym ? n->u.leaf.sym->name : "", (long long)n->u.leaf.off);
		break;
	case IR_OCOMPLIT:
		if (n->flags & IRF_IMPLICIT) {
			tybuf_puts(b, "... argument");
			break;
		}
		if (n->type) {
			ir_fmt_type(b, c, n->type);
			tybuf_puts(b, n->u.lit.list.n ? "{...}" : "{}");
			break;
		}
		tybuf_puts(b, "composite literal");
		break;
	case IR_OPTRLIT:
		tybuf_putc(b, '&');
		ir_fmt_node(b, c, n->u.un.x);
		break;
	case IR_OSTRUCTLIT: case IR_OARRAYLIT: case IR_OSLICELIT: case IR_OMAPLIT:
		ir_fmt_type(b, c, n->type);
		tybuf_puts(b, n->u.lit.list.n ? "{...}" : "{}");
		break;
	case IR_OKEY: {
		IrNode *k = n->u.bin.x, *v = n->u.bin.y;
		if (k)
			ir_fmt_node(b, c, k);
		tybuf_putc(b, ':');
		if (v)
			ir_fmt_node(b, c, v);
		break;
	}
	case IR_OSTRUCTKEY:
		tybuf_puts(b, n->u.skey.field ? n->u.skey.field->name : "<S>");
		tybuf_putc(b, ':');
		ir_fmt_node(b, c, n->u.skey.value);
		break;
	case IR_OXDOT: case IR_ODOT: case IR_ODOTPTR: case IR_ODOTINTER: case IR_ODOTMETH:
	case IR_OMETHVALUE: case IR_OMETHEXPR:
		ir_fmt_expr(b, c, n->u.un.x, nprec);
		if (!n->u.un.sel) {
			tybuf_puts(b, ".<nil>");
			break;
		}
		tybuf_putc(b, '.');
		tybuf_puts(b, n->u.un.sel->name);
		break;
	case IR_ODOTTYPE: case IR_ODOTTYPE2:
		ir_fmt_expr(b, c, n->u.un.x, nprec);
		tybuf_puts(b, ".(");
		ir_fmt_type(b, c, n->type);
		tybuf_putc(b, ')');
		break;
	case IR_OINDEX: case IR_OINDEXMAP:
		ir_fmt_expr(b, c, n->u.bin.x, nprec);
		tybuf_putc(b, '[');
		ir_fmt_node(b, c, n->u.bin.y);
		tybuf_putc(b, ']');
		break;
	case IR_OSLICE: case IR_OSLICESTR: case IR_OSLICEARR: case IR_OSLICE3: case IR_OSLICE3ARR:
		ir_fmt_expr(b, c, n->u.slice.x, nprec);
		tybuf_putc(b, '[');
		if (n->u.slice.low)
			ir_fmt_node(b, c, n->u.slice.low);
		tybuf_putc(b, ':');
		if (n->u.slice.high)
			ir_fmt_node(b, c, n->u.slice.high);
		if (n->op == IR_OSLICE3 || n->op == IR_OSLICE3ARR) {
			tybuf_putc(b, ':');
			if (n->u.slice.max)
				ir_fmt_node(b, c, n->u.slice.max);
		}
		tybuf_putc(b, ']');
		break;
	case IR_OCOMPLEX: case IR_OCOPY: case IR_OUNSAFEADD: case IR_OUNSAFESLICE:
		tybuf_printf(b, "%s(", ir_op_go(n->op));
		ir_fmt_node(b, c, n->u.bin.x);
		tybuf_puts(b, ", ");
		ir_fmt_node(b, c, n->u.bin.y);
		tybuf_putc(b, ')');
		break;
	case IR_OCONV: case IR_OCONVIFACE: case IR_OCONVIDATA: case IR_OCONVNOP:
	case IR_OBYTES2STR: case IR_ORUNES2STR: case IR_OSTR2BYTES: case IR_OSTR2RUNES:
	case IR_ORUNESTR: case IR_OSLICE2ARRPTR:
		if (!type_has_sym(n->type)) {
			tybuf_putc(b, '(');
			ir_fmt_type(b, c, n->type);
			tybuf_putc(b, ')');
		} else {
			ir_fmt_type(b, c, n->type);
		}
		tybuf_putc(b, '(');
		ir_fmt_node(b, c, n->u.un.x);
		tybuf_putc(b, ')');
		break;
	case IR_OREAL: case IR_OIMAG: case IR_OCAP: case IR_OCLOSE: case IR_OLEN: case IR_ONEW:
	case IR_OPANIC: case IR_OALIGNOF: case IR_OOFFSETOF: case IR_OSIZEOF:
		tybuf_printf(b, "%s(", ir_op_go(n->op));
		ir_fmt_node(b, c, n->u.un.x);
		tybuf_putc(b, ')');
		break;
	case IR_OAPPEND: case IR_ODELETE: case IR_OMAKE: case IR_ORECOVER: case IR_OPRINT:
	case IR_OPRINTN:
		tybuf_printf(b, "%s(", ir_op_go(n->op));
		fmt_list(b, c, &n->u.call.args, ", ");
		tybuf_puts(b, (n->flags & IRF_ISDDD) ? "...)" : ")");
		break;
	case IR_OCALL: case IR_OCALLFUNC: case IR_OCALLINTER: case IR_OCALLMETH: case IR_OGETG:
		ir_fmt_expr(b, c, n->u.call.x, nprec);
		tybuf_putc(b, '(');
		fmt_list(b, c, &n->u.call.args, ", ");
		tybuf_puts(b, (n->flags & IRF_ISDDD) ? "...)" : ")");
		break;
	case IR_OINLCALL:
		if (n->u.inlcall.retvars.n == 1) {
			ir_fmt_node(b, c, n->u.inlcall.retvars.v[0]);
			break;
		}
		tybuf_puts(b, "(.");
		fmt_list(b, c, &n->u.inlcall.retvars, "; ");
		tybuf_putc(b, ')');
		break;
	case IR_OMAKEMAP: case IR_OMAKECHAN: case IR_OMAKESLICE:
		tybuf_puts(b, "make(");
		ir_fmt_type(b, c, n->type);
		if (n->u.make.cap) {
			tybuf_puts(b, ", ");
			ir_fmt_node(b, c, n->u.make.len);
			tybuf_puts(b, ", ");
			ir_fmt_node(b, c, n->u.make.cap);
		} else if (n->u.make.len &&
			(n->op == IR_OMAKESLICE || (n->u.make.len->type && !ty_is_untyped(n->u.make.len->type)))) {
			tybuf_puts(b, ", ");
			ir_fmt_node(b, c, n->u.make.len);
		}
		tybuf_putc(b, ')');
		break;
	case IR_OMAKESLICECOPY:
		tybuf_puts(b, "makeslicecopy(");
		ir_fmt_type(b, c, n->type);
		tybuf_puts(b, ", ");
		ir_fmt_node(b, c, n->u.make.len);
		tybuf_puts(b, ", ");
		ir_fmt_node(b, c, n->u.make.cap);
		tybuf_putc(b, ')');
		break;
	case IR_OPLUS: case IR_ONEG: case IR_OBITNOT: case IR_ONOT: case IR_ORECV:
	case IR_OADDR:
		tybuf_puts(b, ir_op_go(n->op));
		if (n->u.un.x && n->u.un.x->op == n->op)
			tybuf_putc(b, ' ');
		ir_fmt_expr(b, c, n->u.un.x, nprec + 1);
		break;
	case IR_ODEREF:
		tybuf_putc(b, '*');
		ir_fmt_expr(b, c, n->u.un.x, nprec + 1);
		break;
	case IR_OADD: case IR_OAND: case IR_OANDNOT: case IR_ODIV: case IR_OEQ: case IR_OGE:
	case IR_OGT: case IR_OLE: case IR_OLT: case IR_OLSH: case IR_OMOD: case IR_OMUL:
	case IR_ONE: case IR_OOR: case IR_ORSH: case IR_OSUB: case IR_OXOR:
	case IR_OANDAND: case IR_OOROR:
		ir_fmt_expr(b, c, n->u.bin.x, nprec);
		tybuf_printf(b, " %s ", ir_op_go(n->op));
		ir_fmt_expr(b, c, n->u.bin.y, nprec + 1);
		break;
	case IR_OSEND:
		ir_fmt_expr(b, c, n->u.bin.x, nprec);
		tybuf_puts(b, " <- ");
		ir_fmt_expr(b, c, n->u.bin.y, nprec + 1);
		break;
	case IR_OADDSTR:
		for (int i = 0; i < n->u.lit.list.n; i++) {
			if (i)
				tybuf_puts(b, " + ");
			ir_fmt_expr(b, c, n->u.lit.list.v[i], nprec);
		}
		break;
	default:
		tybuf_printf(b, "<node %s>", ir_op_name(n->op));
		break;
	}
}

static bool stmt_with_init(IrOp op)
{
	return op == IR_OIF || op == IR_OFOR || op == IR_OFORUNTIL || op == IR_OSWITCH;
}

void ir_fmt_stmt(TyBuf *b, const IrCtx *c, IrNode *n)
{
	bool simpleinit = n->init.n == 1 && n->init.v[0]->init.n == 0 && stmt_with_init(n->op);
	switch (n->op) {
	case IR_ODCL: {
		IrNode *x = n->u.decl.x;
		/* a local of another package's body: qualified (a.n) */
		tybuf_puts(b, "var ");
		ir_fmt_sym(b, x);
		tybuf_putc(b, ' ');
		ir_fmt_type(b, c, x->type);
		break;
	}
	case IR_OAS:
		ir_fmt_node(b, c, n->u.bin.x);
		tybuf_puts(b, (n->flags & IRF_DEF) ? " := " : " = ");
		ir_fmt_node(b, c, n->u.bin.y);
		break;
	case IR_OASOP:
		if (n->flags & IRF_INCDEC) {
			ir_fmt_node(b, c, n->u.bin.x);
			tybuf_puts(b, n->u.bin.asop == IR_OADD ? "++" : "--");
			break;
		}
		ir_fmt_node(b, c, n->u.bin.x);
		tybuf_printf(b, " %s= ", ir_op_go(n->u.bin.asop));
		ir_fmt_node(b, c, n->u.bin.y);
		break;
	case IR_OAS2: case IR_OAS2DOTTYPE: case IR_OAS2FUNC: case IR_OAS2MAPR: case IR_OAS2RECV:
		fmt_list(b, c, &n->u.as2.lhs, ", ");
		tybuf_puts(b, (n->flags & IRF_DEF) ? " := " : " = ");
		fmt_list(b, c, &n->u.as2.rhs, ", ");
		break;
	case IR_OBLOCK:
		fmt_list(b, c, &n->u.block.list, "; ");
		break;
	case IR_ORETURN:
		tybuf_puts(b, "return ");
		fmt_list(b, c, &n->u.block.list, ", ");
		break;
	case IR_OTAILCALL:
		tybuf_puts(b, "tailcall ");
		ir_fmt_node(b, c, n->u.godefer.call);
		break;
	case IR_OINLMARK:
		tybuf_printf(b, "inlmark %lld", (long long)n->u.mark.index);
		break;
	case IR_OGO: case IR_ODEFER:
		tybuf_puts(b, n->op == IR_OGO ? "go " : "defer ");
		ir_fmt_node(b, c, n->u.godefer.call);
		break;
	case IR_OIF:
		tybuf_puts(b, "if ");
		if (simpleinit) {
			ir_fmt_node(b, c, n->init.v[0]);
			tybuf_puts(b, "; ");
		}
		ir_fmt_node(b, c, n->u.ifs.cond);
		tybuf_puts(b, " { ");
		fmt_list(b, c, &n->u.ifs.body, "; ");
		tybuf_puts(b, " }");
		if (n->u.ifs.els.n) {
			tybuf_puts(b, " else { ");
			fmt_list(b, c, &n->u.ifs.els, "; ");
			tybuf_puts(b, " }");
		}
		break;
	case IR_OFOR: case IR_ORANGE:
		tybuf_puts(b, "for loop");
		break;
	case IR_OFORUNTIL:
		tybuf_puts(b, "foruntil loop");
		break;
	case IR_OSELECT: case IR_OSWITCH:
		tybuf_printf(b, "%s statement", ir_op_go(n->op));
		break;
	case IR_OCASE:
		if (n->u.cas.list.n) {
			tybuf_puts(b, "case ");
			fmt_list(b, c, &n->u.cas.list, ", ");
		} else {
			tybuf_puts(b, "default");
		}
		tybuf_puts(b, ": ");
		fmt_list(b, c, &n->u.cas.body, "; ");
		break;
	case IR_OBREAK: case IR_OCONTINUE: case IR_OGOTO: case IR_OFALL:
		tybuf_puts(b, ir_op_go(n->op));
		if (n->u.branch.label)
			tybuf_printf(b, " %s", n->u.branch.label->name);
		break;
	case IR_OLABEL:
		tybuf_printf(b, "%s: ", n->u.branch.label ? n->u.branch.label->name : "<S>");
		break;
	default:
		ir_fmt_expr(b, c, n, 0);
		break;
	}
}

void ir_fmt_node(TyBuf *b, const IrCtx *c, IrNode *n)
{
	if (!n) {
		tybuf_puts(b, "<nil>");
		return;
	}
	if (ir_op_prec(n->op) < 0)
		ir_fmt_stmt(b, c, n);
	else
		ir_fmt_expr(b, c, n, 0);
}

const char *ir_node_string(IrCtx *c, IrNode *n)
{
	TyBuf b = { 0 };
	ir_fmt_node(&b, c, n);
	const char *s = arena_strndup(&c->arena, b.str ? b.str : "", b.len);
	tybuf_free(&b);
	return s;
}

/* ---- copies --------------------------------------------------------------- */

/* Give every list of a shallow copy its own storage. */
void ir_own_list(IrCtx *c, IrList *l)
{
	if (!l->n) {
		l->v = NULL;
		l->cap = 0;
		return;
	}
	IrNode **v = arena_alloc(&c->arena, (size_t)l->n * sizeof *v);
	memcpy(v, l->v, (size_t)l->n * sizeof *v);
	l->v = v;
	l->cap = l->n;
}

bool ir_is_runtime_pkg(const IrCtx *c, const Package *pkg)
{
	if (!pkg)
		return false;
	if (c->compiling_runtime && pkg == c->local)
		return true;
	return pkg->path && strcmp(pkg->path->name, "runtime") == 0;
}

IrNode *ir_shallow_copy(IrCtx *c, IrNode *n)
{
	IrNode *m = arena_alloc(&c->arena, sizeof *m);
	*m = *n;
	ir_own_list(c, &m->init);
	switch (ir_class(n->op)) {
	case IRC_CALL:
		ir_own_list(c, &m->u.call.args);
		ir_own_list(c, &m->u.call.keepalive);
		break;
	case IRC_COMPLIT: case IRC_ADDSTR:
		ir_own_list(c, &m->u.lit.list);
		break;
	case IRC_INLCALL:
		ir_own_list(c, &m->u.inlcall.body);
		ir_own_list(c, &m->u.inlcall.retvars);
		break;
	case IRC_ASSIGNLIST:
		ir_own_list(c, &m->u.as2.lhs);
		ir_own_list(c, &m->u.as2.rhs);
		break;
	case IRC_BLOCK: case IRC_RETURN:
		ir_own_list(c, &m->u.block.list);
		break;
	case IRC_CASE:
		ir_own_list(c, &m->u.cas.list);
		ir_own_list(c, &m->u.cas.body);
		break;
	case IRC_FOR:
		ir_own_list(c, &m->u.loop.late);
		ir_own_list(c, &m->u.loop.body);
		break;
	case IRC_IF:
		ir_own_list(c, &m->u.ifs.body);
		ir_own_list(c, &m->u.ifs.els);
		break;
	case IRC_RANGE:
		ir_own_list(c, &m->u.range.body);
		break;
	case IRC_SELECT: case IRC_SWITCH:
		ir_own_list(c, &m->u.sw.cases);
		ir_own_list(c, &m->u.sw.compiled);
		break;
	default:
		break;
	}
	return m;
}

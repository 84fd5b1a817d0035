/*
 * escape_test.c — tests of the escape engine (src/escape.c), the IR
 * printers (src/ir.c) and the -m output channel (src/report.c).
 *
 * Until irgen exists, the location graphs are built by hand: for each
 * program of tests/escape/progs/, a builder below makes the IR nodes the
 * walk would meet (with gc's positions), the locations, and the flows
 * gc's walk (escape/stmt.go, expr.go, call.go, assign.go) records for
 * that program, in the same order; the engine then runs the rest of the
 * batch (capture decisions, heap-allocation reasons, solver, tags,
 * messages).  The output, at -m and at -m=2, must equal gc's, stored by
 * scripts/escape-golden.sh in tests/escape/gc/progs/NAME.{m,m2}.out.
 *
 * The same programs go through the walk too (src/escape_walk.c): their
 * IR bodies are built by hand as irgen builds them (gc's -W=2 dumps are
 * stored beside the goldens), and the whole batch runs as gc's Batch.
 *
 * The printer tests build expressions and check that what ir_fmt_node
 * prints is the operand of a message in one of the stored gc outputs
 * (so no expected string is made up here).
 *
 * Usage:
 *   escape_test engine GOLDENDIR        the programs against GOLDENDIR
 *   escape_test fmt GOLDEN...           the printer against gc's outputs
 *   escape_test leaks                   the leaks encoding
 *   escape_test children                traversal in gc's doChildren order
 *   escape_test report IMPORTPATH DIR CWD   stdin (gc's raw output)
 *                                       printed as the go command would
 * Prints "PASS escape/..." or "FAIL escape/...: why"; details to stderr.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

static int nfail;

static void pass(const char *name) { printf("PASS escape/%s\n", name); }
static void failf(const char *name, const char *fmt, ...)
{
	va_list ap;
	printf("FAIL escape/%s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	nfail++;
}

static char *read_all(FILE *f, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *s = xmalloc(cap);
	size_t r;
	while ((r = fread(s + n, 1, cap - n - 1, f)) > 0) {
		n += r;
		if (cap - n - 1 == 0) {
			cap *= 2;
			s = xrealloc(s, cap);
		}
	}
	s[n] = 0;
	if (len)
		*len = n;
	return s;
}

static char *read_path(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *s = read_all(f, NULL);
	fclose(f);
	return s;
}

/* ==================================================================== */
/* The builder's vocabulary                                              */
/* ==================================================================== */

/* Where the programs pretend to live: gc prints absolute file names and
 * the go command, run in the package directory, makes them ./main.go. */
#define PROG_DIR "/goescape-test/prog"

typedef struct T {
	TypeCtx *tc;
	Package *pkg;
	IrCtx ir;
	uint32_t file;
	Report rep;
	int m;
	EscBatch b;
	IrFunc *fn;             /* the function being built */
	IrFunc *fns[8];         /* the batch */
	int nfns;
	IrFunc *decls[64];      /* gc's Target.Decls, for the walk tests */
	int ndecls;
	/* types */
	Type *tint, *tpint, *tppint, *tstring, *tuintptr, *tiface, *tsliceint;
} T;

static Pos at(T *t, int line, int col)
{
	Pos p = { t->file, (uint32_t)line, (uint32_t)col };
	return p;
}

static void t_init(T *t, const char *name, int m)
{
	memset(t, 0, sizeof *t);
	t->tc = ty_ctx_new();
	t->pkg = pkg_new(t->tc, "main", "main");
	t->ir.types = t->tc;
	t->ir.local = t->pkg;
	t->ir.consts = const_pool_new();
	t->file = file_add(PROG_DIR "/main.go", xstrdup(""), 0);
	report_init(&t->rep, name, PROG_DIR);
	t->m = m;
	t->tint = ty_basic(t->tc, B_INT);
	t->tpint = ty_new_pointer(t->tc, t->tint);
	t->tppint = ty_new_pointer(t->tc, t->tpint);
	t->tstring = ty_basic(t->tc, B_STRING);
	t->tuintptr = ty_basic(t->tc, B_UINTPTR);
	t->tiface = ty_new_interface_empty(t->tc);
	ty_interface_complete(t->tiface);
	t->tsliceint = ty_new_slice(t->tc, t->tint);
}

static void t_free(T *t)
{
	report_free(&t->rep);
	arena_free(&t->ir.arena);
	const_pool_free(t->ir.consts);
	ty_ctx_free(t->tc);
}

/* A named struct type of the package. */
static Type *named_struct(T *t, const char *name, const char **fields, Type **types, int n)
{
	Object **fs = arena_alloc(&t->tc->arena, (size_t)n * sizeof *fs);
	for (int i = 0; i < n; i++)
		fs[i] = obj_new_field(t->tc, at(t, 1, 1), t->pkg, sym_cstr(fields[i]), types[i], false);
	Object *obj = obj_new_typename(t->tc, at(t, 1, 1), t->pkg, sym_cstr(name), NULL);
	return ty_new_named(t->tc, obj, ty_new_struct(t->tc, fs, NULL, n));
}

/* A function with a body (its statements are not needed: the graph is
 * built by hand; a function without one would be assembly to paramTag). */
static IrFunc *func(T *t, const char *name, int line, int col)
{
	t->fn = ir_func(&t->ir, sym_cstr(name), at(t, line, col));
	ir_list_push(&t->ir, &t->fn->body, ir_new(&t->ir, IR_OBLOCK, at(t, line, col), NULL));
	return t->fn;
}

static IrParam *grow_params(T *t, IrParam *v, int n)
{
	IrParam *nv = arena_alloc(&t->ir.arena, (size_t)(n + 1) * sizeof *nv);
	if (n)
		memcpy(nv, v, (size_t)n * sizeof *nv);
	return nv;
}

static IrNode *var(T *t, const char *name, Type *type, IrNameClass class, int line, int col)
{
	IrNode *n = ir_name(&t->ir, sym_cstr(name), class, at(t, line, col), type);
	n->u.name.curfn = class == PEXTERN ? NULL : t->fn;
	return n;
}

static IrNode *param(T *t, const char *name, Type *type, int line, int col)
{
	IrFunc *fn = t->fn;
	IrNode *n = var(t, name, type, PPARAM, line, col);
	fn->params = grow_params(t, fn->params, fn->nparams);
	IrParam *p = &fn->params[fn->nparams++];
	p->sym = n->u.name.sym;
	p->pos = n->pos;
	p->type = type;
	p->nname = n;
	ir_list_push(&t->ir, &fn->dcl, n);
	return n;
}

static IrNode *result(T *t, const char *name, Type *type, int line, int col)
{
	IrFunc *fn = t->fn;
	IrNode *n = var(t, name, type, PPARAMOUT, line, col);
	fn->results = grow_params(t, fn->results, fn->nresults);
	IrParam *p = &fn->results[fn->nresults++];
	p->sym = n->u.name.sym;
	p->pos = n->pos;
	p->type = type;
	p->nname = n;
	ir_list_push(&t->ir, &fn->dcl, n);
	return n;
}

static IrNode *local(T *t, const char *name, Type *type, int line, int col)
{
	IrNode *n = var(t, name, type, PAUTO, line, col);
	ir_list_push(&t->ir, &t->fn->dcl, n);
	return n;
}

static IrNode *global(T *t, const char *name, Type *type, int line, int col)
{
	return var(t, name, type, PEXTERN, line, col);
}

/* A closure literal at (line, col) inside t->fn: its function, named
 * outer.funcN, and its OCLOSURE. */
static IrNode *closure(T *t, IrFunc **fnp, int line, int col)
{
	IrFunc *outer = t->fn;
	char name[256];
	snprintf(name, sizeof name, "%s.func%d", outer->nname->u.name.sym->name, ++outer->closgen);
	IrFunc *fn = ir_func(&t->ir, sym_cstr(name), at(t, line, col));
	ir_list_push(&t->ir, &fn->body, ir_new(&t->ir, IR_OBLOCK, at(t, line, col), NULL));
	fn->fflags |= IRFN_HIDDEN;
	fn->outer = outer;
	IrNode *clo = ir_new(&t->ir, IR_OCLOSURE, at(t, line, col), NULL);
	clo->u.clo.func = fn;
	fn->oclosure = clo;
	*fnp = fn;
	return clo;
}

/* fn's closure variable for outer variable v, first used at (line, col). */
static IrNode *capture(T *t, IrFunc *fn, IrNode *v, int line, int col)
{
	IrNode *cv = ir_name(&t->ir, v->u.name.sym, PAUTOHEAP, at(t, line, col), v->type);
	cv->u.name.nflags |= IRN_CLOSUREVAR;
	cv->u.name.curfn = fn;
	cv->u.name.defn = v;
	cv->u.name.outer = v;
	ir_list_push(&t->ir, &fn->closure_vars, cv);
	return cv;
}

/* Expressions and statements. */
static IrNode *lit(T *t, int64_t v, const char *raw, Type *type, int line, int col)
{
	return ir_const(&t->ir, const_make_int64(v), raw, at(t, line, col), type);
}

static IrNode *strlit(T *t, const char *s, const char *raw, int line, int col)
{
	return ir_const(&t->ir, const_make_string(t->ir.consts, s, strlen(s)), raw, at(t, line, col), t->tstring);
}

static IrNode *un(T *t, IrOp op, Type *type, IrNode *x, int line, int col)
{
	return ir_unary(&t->ir, op, at(t, line, col), type, x);
}

static IrNode *bin(T *t, IrOp op, Type *type, IrNode *x, IrNode *y, int line, int col)
{
	return ir_binary(&t->ir, op, at(t, line, col), type, x, y);
}

static IrNode *sel(T *t, IrOp op, Type *type, IrNode *x, const char *name, int line, int col)
{
	return ir_selector(&t->ir, op, at(t, line, col), type, x, sym_cstr(name));
}

static IrNode *assign(T *t, IrNode *x, IrNode *y, bool def, int line, int col)
{
	IrNode *n = bin(t, IR_OAS, NULL, x, y, line, col);
	if (def)
		n->flags |= IRF_DEF;
	return n;
}

static IrNode *ret(T *t, int line, int col, IrNode *a, IrNode *b)
{
	IrNode *n = ir_new(&t->ir, IR_ORETURN, at(t, line, col), NULL);
	if (a)
		ir_list_push(&t->ir, &n->u.block.list, a);
	if (b)
		ir_list_push(&t->ir, &n->u.block.list, b);
	return n;
}

static IrNode *complit(T *t, IrOp op, Type *type, int nelems, int line, int col)
{
	IrNode *n = ir_new(&t->ir, op, at(t, line, col), type);
	for (int i = 0; i < nelems; i++)
		ir_list_push(&t->ir, &n->u.lit.list, lit(t, i, "0", t->tint, line, col));
	return n;
}

static IrNode *make(T *t, IrOp op, Type *type, IrNode *len, IrNode *cap, int line, int col)
{
	IrNode *n = ir_new(&t->ir, op, at(t, line, col), type);
	n->u.make.len = len;
	n->u.make.cap = cap;
	return n;
}

/* The engine. */
static void batch(T *t, IrFunc *a, IrFunc *b)
{
	esc_batch_init(&t->b, &t->ir, t->m, &t->rep);
	t->nfns = 0;
	t->fns[t->nfns++] = a;
	if (b)
		t->fns[t->nfns++] = b;
	for (int i = 0; i < t->nfns; i++)
		esc_init_func(&t->b, t->fns[i]);
}

static void end(T *t)
{
	esc_batch_finish(&t->b, t->fns, t->nfns);
	esc_batch_free(&t->b);
}

static EscLoc *L(IrNode *name) { return esc_old_loc(name); }

/* gc's e.addr(name): a global is the heap. */
static EscHole H(T *t, IrNode *name)
{
	if (name->u.name.class == PEXTERN)
		return esc_heap_hole(&t->b);
	return esc_loc_hole(L(name));
}

static EscHole note(T *t, EscHole k, IrNode *where, const char *why) { return esc_note(&t->b, k, where, why); }
static EscHole addr(T *t, EscHole k, IrNode *where, const char *why) { return esc_addr(&t->b, k, where, why); }
static EscHole deref(T *t, EscHole k, IrNode *where, const char *why) { return esc_deref(&t->b, k, where, why); }
static void flow(T *t, EscHole k, EscLoc *src) { esc_flow(&t->b, k, src); }
static Escape E(T *t) { return esc_with(&t->b, t->fn); }

/* ==================================================================== */
/* The programs of tests/escape/progs                                    */
/* ==================================================================== */

static void prog_global(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);

	IrFunc *leak = func(t, "leak", 5, 6);
	IrNode *p = param(t, "p", t->tpint, 5, 11);
	batch(t, leak, NULL);
	/* sink = p */
	IrNode *as = assign(t, sink, p, false, 6, 7);
	flow(t, note(t, H(t, sink), as, "assign"), L(p));
	end(t);

	IrFunc *loc = func(t, "local", 9, 6);
	IrNode *x = local(t, "x", t->tint, 10, 2);
	batch(t, loc, NULL);
	/* x := 0: a constant, no flow; sink = &x */
	IrNode *ax = un(t, IR_OADDR, t->tpint, x, 11, 9);
	IrNode *as2 = assign(t, sink, ax, false, 11, 7);
	flow(t, addr(t, note(t, H(t, sink), as2, "assign"), ax, "address-of"), L(x));
	end(t);
}

static void prog_result(T *t)
{
	IrFunc *id = func(t, "id", 3, 6);
	IrNode *p = param(t, "p", t->tpint, 3, 9);
	IrNode *r0 = result(t, "~r0", t->tpint, 3, 17);
	batch(t, id, NULL);
	IrNode *rs = ret(t, 4, 2, p, NULL);
	flow(t, note(t, H(t, r0), rs, "return"), L(p));
	end(t);

	IrFunc *dr = func(t, "deref", 7, 6);
	IrNode *pp = param(t, "pp", t->tppint, 7, 12);
	r0 = result(t, "~r0", t->tpint, 7, 19);
	batch(t, dr, NULL);
	IrNode *star = un(t, IR_ODEREF, t->tpint, pp, 8, 9);
	rs = ret(t, 8, 2, star, NULL);
	flow(t, deref(t, note(t, H(t, r0), rs, "return"), star, "indirection"), L(pp));
	end(t);

	IrFunc *two = func(t, "two", 11, 6);
	p = param(t, "p", t->tpint, 11, 10);
	IrNode *q = param(t, "q", t->tpint, 11, 13);
	IrNode *a = result(t, "a", t->tpint, 11, 21);
	IrNode *b = result(t, "b", t->tpint, 11, 24);
	batch(t, two, NULL);
	rs = ret(t, 12, 2, q, p);
	flow(t, note(t, H(t, a), rs, "return"), L(q));
	flow(t, note(t, H(t, b), rs, "return"), L(p));
	end(t);
}

static void prog_content(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);

	IrFunc *fn = func(t, "content", 5, 6);
	IrNode *pp = param(t, "pp", t->tppint, 5, 14);
	batch(t, fn, NULL);
	IrNode *star = un(t, IR_ODEREF, t->tpint, pp, 6, 9);
	IrNode *as = assign(t, sink, star, false, 6, 7);
	flow(t, deref(t, note(t, H(t, sink), as, "assign"), star, "indirection"), L(pp));
	end(t);

	IrFunc *ne = func(t, "noesc", 9, 6);
	IrNode *p = param(t, "p", t->tpint, 9, 12);
	IrNode *r0 = result(t, "~r0", t->tint, 9, 20);
	batch(t, ne, NULL);
	/* return *p: an int holds no pointers, so the walk discards it */
	star = un(t, IR_ODEREF, t->tint, p, 10, 9);
	IrNode *rs = ret(t, 10, 2, star, NULL);
	(void)r0;
	flow(t, deref(t, note(t, esc_discard_hole(&t->b), rs, "return"), star, "indirection"), L(p));
	end(t);
}

static void prog_addr(T *t)
{
	IrFunc *fn = func(t, "newInt", 3, 6);
	IrNode *r0 = result(t, "~r0", t->tpint, 3, 15);
	IrNode *x = local(t, "x", t->tint, 4, 2);
	batch(t, fn, NULL);
	IrNode *ax = un(t, IR_OADDR, t->tpint, x, 5, 9);
	IrNode *rs = ret(t, 5, 2, ax, NULL);
	flow(t, addr(t, note(t, H(t, r0), rs, "return"), ax, "address-of"), L(x));
	end(t);

	IrFunc *keep = func(t, "keep", 8, 6);
	result(t, "~r0", t->tint, 8, 13);
	IrNode *y = local(t, "y", t->tint, 9, 2);
	IrNode *p = local(t, "p", t->tpint, 10, 2);
	batch(t, keep, NULL);
	/* p := &y */
	IrNode *ay = un(t, IR_OADDR, t->tpint, y, 10, 7);
	IrNode *as = assign(t, p, ay, true, 10, 4);
	flow(t, addr(t, note(t, H(t, p), as, "assign"), ay, "address-of"), L(y));
	/* return *p: discarded (int) */
	IrNode *star = un(t, IR_ODEREF, t->tint, p, 11, 9);
	rs = ret(t, 11, 2, star, NULL);
	flow(t, deref(t, note(t, esc_discard_hole(&t->b), rs, "return"), star, "indirection"), L(p));
	end(t);
}

static void prog_loop(T *t)
{
	IrFunc *fn = func(t, "loop", 3, 6);
	IrNode *p = local(t, "p", t->tpint, 4, 6);
	local(t, "i", t->tint, 5, 6);
	IrNode *x = local(t, "x", t->tint, 6, 3);
	batch(t, fn, NULL);
	/* for ... { x := i; p = &x }: x's ODCL is met at loop depth 2 */
	L(x)->loop_depth = 2;
	IrNode *ax = un(t, IR_OADDR, t->tpint, x, 7, 7);
	IrNode *as = assign(t, p, ax, false, 7, 5);
	flow(t, addr(t, note(t, H(t, p), as, "assign"), ax, "address-of"), L(x));
	L(p)->reassigned = true;
	/* _ = p */
	IrNode *blank = ir_name(&t->ir, sym_cstr("_"), PXXX, at(t, 9, 2), NULL);
	flow(t, note(t, esc_discard_hole(&t->b), assign(t, blank, p, false, 9, 4), "assign"), L(p));
	end(t);

	IrFunc *same = func(t, "same", 12, 6);
	local(t, "i", t->tint, 13, 6);
	x = local(t, "x", t->tint, 14, 3);
	p = local(t, "p", t->tpint, 15, 3);
	batch(t, same, NULL);
	L(x)->loop_depth = 2;
	L(p)->loop_depth = 2;
	ax = un(t, IR_OADDR, t->tpint, x, 15, 8);
	as = assign(t, p, ax, true, 15, 5);
	flow(t, addr(t, note(t, H(t, p), as, "assign"), ax, "address-of"), L(x));
	end(t);
}

static void prog_closure(T *t)
{
	/* byref: x := 0; f := func() { x++ }; f(); return x */
	IrFunc *fn = func(t, "byref", 3, 6);
	result(t, "~r0", t->tint, 3, 14);
	IrNode *x = local(t, "x", t->tint, 4, 2);
	IrNode *f = local(t, "f", NULL, 5, 2);
	IrFunc *cf;
	IrNode *clo = closure(t, &cf, 5, 7);
	IrNode *cx = capture(t, cf, x, 5, 16);
	batch(t, fn, cf);
	Escape e = E(t);
	IrNode *as = assign(t, f, clo, true, 5, 4);
	EscHole k = esc_spill(&e, note(t, H(t, f), as, "assign"), clo);
	esc_add_closure(&t->b, k, clo);
	/* the OCLOSURE marks its variables captured (forgiving earlier
	 * assignments at the same depth), then the body is walked: x++ */
	L(cx)->captured = true;
	L(cx)->reassigned = false;
	L(cx)->reassigned = true;
	end(t);

	/* byval: y := 1; g := func() int { return y }; return g() */
	fn = func(t, "byval", 10, 6);
	result(t, "~r0", t->tint, 10, 14);
	IrNode *y = local(t, "y", t->tint, 11, 2);
	IrNode *g = local(t, "g", NULL, 12, 2);
	clo = closure(t, &cf, 12, 7);
	capture(t, cf, y, 12, 27);
	batch(t, fn, cf);
	e = E(t);
	as = assign(t, g, clo, true, 12, 4);
	k = esc_spill(&e, note(t, H(t, g), as, "assign"), clo);
	esc_add_closure(&t->b, k, clo);
	L(y)->captured = true;
	end(t);
}

static void prog_iface(T *t)
{
	IrNode *sinkI = global(t, "sinkI", t->tiface, 3, 5);

	IrFunc *fn = func(t, "conv", 5, 6);
	IrNode *x = param(t, "x", t->tint, 5, 11);
	batch(t, fn, NULL);
	Escape e = E(t);
	/* sinkI = x: the implicit conversion sits at sinkI, where irgen's
	 * current position was left */
	IrNode *cv = un(t, IR_OCONVIFACE, t->tiface, x, 6, 2);
	cv->flags |= IRF_IMPLICIT;
	IrNode *as = assign(t, sinkI, cv, false, 6, 8);
	EscHole k = esc_spill(&e, note(t, H(t, sinkI), as, "assign"), cv);
	flow(t, note(t, esc_discard_hole(&t->b), cv, "interface-converted"), L(x));
	(void)k;
	end(t);

	fn = func(t, "local", 9, 6);
	IrNode *y = param(t, "y", t->tint, 9, 12);
	IrNode *i = local(t, "i", t->tiface, 10, 6);
	batch(t, fn, NULL);
	e = E(t);
	cv = un(t, IR_OCONVIFACE, t->tiface, y, 10, 22);
	cv->flags |= IRF_IMPLICIT;
	as = assign(t, i, cv, false, 10, 6);
	k = esc_spill(&e, note(t, H(t, i), as, "assign"), cv);
	flow(t, note(t, esc_discard_hole(&t->b), cv, "interface-converted"), L(y));
	IrNode *blank = ir_name(&t->ir, sym_cstr("_"), PXXX, at(t, 11, 2), NULL);
	flow(t, note(t, esc_discard_hole(&t->b), assign(t, blank, i, false, 11, 4), "assign"), L(i));
	end(t);
}

static void prog_slicelit(T *t)
{
	IrFunc *fn = func(t, "out", 3, 6);
	IrNode *r0 = result(t, "~r0", t->tsliceint, 3, 12);
	batch(t, fn, NULL);
	Escape e = E(t);
	IrNode *sl = complit(t, IR_OSLICELIT, t->tsliceint, 3, 4, 14);
	IrNode *rs = ret(t, 4, 2, sl, NULL);
	esc_spill(&e, note(t, H(t, r0), rs, "return"), sl);
	end(t);

	fn = func(t, "in", 7, 6);
	result(t, "~r0", t->tint, 7, 11);
	IrNode *s = local(t, "s", t->tsliceint, 8, 2);
	batch(t, fn, NULL);
	e = E(t);
	sl = complit(t, IR_OSLICELIT, t->tsliceint, 2, 8, 12);
	IrNode *as = assign(t, s, sl, true, 8, 4);
	esc_spill(&e, note(t, H(t, s), as, "assign"), sl);
	end(t);
}

static void prog_alloc(T *t)
{
	IrFunc *fn = func(t, "newp", 3, 6);
	IrNode *r0 = result(t, "~r0", t->tpint, 3, 13);
	batch(t, fn, NULL);
	Escape e = E(t);
	IrNode *nw = un(t, IR_ONEW, t->tpint, NULL, 4, 12);
	nw->u.un.x = ir_new(&t->ir, IR_OTYPE, at(t, 4, 16), t->tint);
	IrNode *rs = ret(t, 4, 2, nw, NULL);
	esc_spill(&e, note(t, H(t, r0), rs, "return"), nw);
	end(t);

	fn = func(t, "mk", 7, 6);
	IrNode *n = param(t, "n", t->tint, 7, 9);
	r0 = result(t, "~r0", t->tsliceint, 7, 16);
	batch(t, fn, NULL);
	e = E(t);
	IrNode *mk = make(t, IR_OMAKESLICE, t->tsliceint, n, NULL, 8, 13);
	rs = ret(t, 8, 2, mk, NULL);
	esc_spill(&e, note(t, H(t, r0), rs, "return"), mk);
	end(t);

	fn = func(t, "mkc", 11, 6);
	result(t, "~r0", t->tint, 11, 12);
	IrNode *s = local(t, "s", t->tsliceint, 12, 2);
	batch(t, fn, NULL);
	e = E(t);
	mk = make(t, IR_OMAKESLICE, t->tsliceint, lit(t, 4, "4", t->tint, 12, 22), NULL, 12, 11);
	IrNode *as = assign(t, s, mk, true, 12, 4);
	esc_spill(&e, note(t, H(t, s), as, "assign"), mk);
	end(t);
}

static void prog_field(T *t)
{
	const char *names[] = { "f", "g" };
	Type *types[] = { t->tpint, t->tint };
	Type *tT = named_struct(t, "T", names, types, 2);
	Type *tpT = ty_new_pointer(t->tc, tT);

	IrFunc *fn = func(t, "get", 8, 6);
	IrNode *p = param(t, "p", tpT, 8, 10);
	IrNode *r0 = result(t, "~r0", t->tpint, 8, 18);
	batch(t, fn, NULL);
	IrNode *d = sel(t, IR_ODOTPTR, t->tpint, p, "f", 9, 10);
	IrNode *rs = ret(t, 9, 2, d, NULL);
	flow(t, deref(t, note(t, H(t, r0), rs, "return"), d, "dot of pointer"), L(p));
	end(t);

	fn = func(t, "val", 12, 6);
	IrNode *tv = param(t, "t", tT, 12, 10);
	r0 = result(t, "~r0", t->tpint, 12, 17);
	batch(t, fn, NULL);
	d = sel(t, IR_ODOT, t->tpint, tv, "f", 13, 10);
	rs = ret(t, 13, 2, d, NULL);
	flow(t, note(t, note(t, H(t, r0), rs, "return"), d, "dot"), L(tv));
	end(t);
}

static void prog_ptrlit(T *t)
{
	const char *names[] = { "ID", "Name" };
	Type *types[] = { t->tint, t->tstring };
	Type *tU = named_struct(t, "U", names, types, 2);
	Type *tpU = ty_new_pointer(t->tc, tU);

	IrFunc *fn = func(t, "mkU", 8, 6);
	IrNode *r0 = result(t, "~r0", tpU, 8, 12);
	batch(t, fn, NULL);
	Escape e = E(t);
	IrNode *sl = complit(t, IR_OSTRUCTLIT, tU, 2, 9, 10);
	IrNode *pl = un(t, IR_OPTRLIT, tpU, sl, 9, 9);
	IrNode *rs = ret(t, 9, 2, pl, NULL);
	esc_spill(&e, note(t, H(t, r0), rs, "return"), pl);
	end(t);

	fn = func(t, "tmpU", 12, 6);
	result(t, "~r0", t->tint, 12, 13);
	IrNode *u = local(t, "u", tpU, 13, 2);
	batch(t, fn, NULL);
	e = E(t);
	sl = complit(t, IR_OSTRUCTLIT, tU, 1, 13, 8);
	pl = un(t, IR_OPTRLIT, tpU, sl, 13, 7);
	IrNode *as = assign(t, u, pl, true, 13, 4);
	esc_spill(&e, note(t, H(t, u), as, "assign"), pl);
	end(t);
}

static void prog_store(T *t)
{
	const char *names[] = { "p" };
	Type *types[] = { t->tpint };
	Type *tB = named_struct(t, "B", names, types, 1);
	Type *tpB = ty_new_pointer(t->tc, tB);

	IrFunc *set = func(t, "set", 7, 6);
	IrNode *b = param(t, "b", tpB, 7, 10);
	IrNode *q = param(t, "q", t->tpint, 7, 16);
	batch(t, set, NULL);
	/* b.p = q: storing through a pointer goes to the heap */
	IrNode *d = sel(t, IR_ODOTPTR, t->tpint, b, "p", 8, 3);
	flow(t, deref(t, esc_discard_hole(&t->b), d, "dot of pointer"), L(b));
	IrNode *as = assign(t, d, q, false, 8, 6);
	flow(t, note(t, esc_heap_hole(&t->b), as, "assign"), L(q));
	end(t);

	IrFunc *mn = func(t, "main", 11, 6);
	IrNode *bv = local(t, "b", tB, 12, 6);
	IrNode *z = local(t, "z", t->tint, 13, 2);
	batch(t, mn, NULL);
	/* set(&b, &z), with set's tags: b "esc:" (nothing), q "" (heap) */
	IrNode *ab = un(t, IR_OADDR, tpB, bv, 14, 6);
	IrNode *az = un(t, IR_OADDR, t->tpint, z, 14, 10);
	IrNode *args[] = { ab, az };
	IrNode *call = ir_call(&t->ir, IR_OCALLFUNC, at(t, 14, 5), NULL, set->nname, args, 2);
	EscLeaks lb = leaks_parse(set->params[0].note, set->params[0].note_len);
	EscLeaks lq = leaks_parse(set->params[1].note, set->params[1].note_len);
	EscHole kb = esc_discard_hole(&t->b);
	EscHole kq = esc_shift(esc_heap_hole(&t->b), leaks_heap(lq));
	if (leaks_heap(lb) >= 0 || leaks_heap(lq) != 0)
		fatal_internal("store: set's tags are not what gc computed");
	flow(t, addr(t, note(t, kb, call, "call parameter"), ab, "address-of"), L(bv));
	flow(t, addr(t, note(t, kq, call, "call parameter"), az, "address-of"), L(z));
	end(t);
}

static void prog_closesc(T *t)
{
	/* counter: x := 0; return func() int { x++; return x } */
	Type *tfunc = ty_new_signature(t->tc, NULL, ty_new_tuple(t->tc, NULL, 0), ty_new_tuple(t->tc, NULL, 0), false);
	IrFunc *fn = func(t, "counter", 3, 6);
	IrNode *r0 = result(t, "~r0", tfunc, 3, 16);
	IrNode *x = local(t, "x", t->tint, 4, 2);
	IrFunc *cf;
	IrNode *clo = closure(t, &cf, 5, 9);
	t->fn = cf;
	result(t, "~r0", t->tint, 5, 16);
	t->fn = fn;
	IrNode *cx = capture(t, cf, x, 6, 3);
	batch(t, fn, cf);
	Escape e = E(t);
	IrNode *rs = ret(t, 5, 2, clo, NULL);
	EscHole k = esc_spill(&e, note(t, H(t, r0), rs, "return"), clo);
	esc_add_closure(&t->b, k, clo);
	L(cx)->captured = true;
	L(cx)->reassigned = false;
	L(cx)->reassigned = true;    /* x++ in the body */
	end(t);
}

static void prog_optimize(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);

	IrFunc *fn = func(t, "both", 5, 6);
	IrNode *p = param(t, "p", t->tpint, 5, 11);
	IrNode *r0 = result(t, "~r0", t->tpint, 5, 19);
	batch(t, fn, NULL);
	flow(t, note(t, H(t, sink), assign(t, sink, p, false, 6, 7), "assign"), L(p));
	flow(t, note(t, H(t, r0), ret(t, 7, 2, p, NULL), "return"), L(p));
	end(t);

	Type *tppp = ty_new_pointer(t->tc, t->tppint);
	fn = func(t, "deeper", 10, 6);
	IrNode *ppp = param(t, "ppp", tppp, 10, 13);
	r0 = result(t, "~r0", t->tppint, 10, 24);
	batch(t, fn, NULL);
	IrNode *star = un(t, IR_ODEREF, t->tppint, ppp, 11, 9);
	flow(t, deref(t, note(t, H(t, r0), ret(t, 11, 2, star, NULL), "return"), star, "indirection"), L(ppp));
	end(t);
}

static void prog_big(T *t)
{
	Type *tbyte = t->tc->byte_type;
	IrFunc *fn = func(t, "big", 3, 6);
	result(t, "~r0", tbyte, 3, 12);
	local(t, "a", ty_new_array(t->tc, tbyte, 10485761), 4, 6);
	batch(t, fn, NULL);
	/* var a [N]byte; return a[0]: a byte, discarded; a is too large */
	end(t);

	Type *tarr = ty_new_array(t->tc, tbyte, 65537);
	Type *tparr = ty_new_pointer(t->tc, tarr);
	fn = func(t, "newBig", 8, 6);
	result(t, "~r0", t->tint, 8, 15);
	IrNode *p = local(t, "p", tparr, 9, 2);
	batch(t, fn, NULL);
	Escape e = E(t);
	IrNode *nw = un(t, IR_ONEW, tparr, ir_new(&t->ir, IR_OTYPE, at(t, 9, 14), tarr), 9, 10);
	esc_spill(&e, note(t, H(t, p), assign(t, p, nw, true, 9, 4), "assign"), nw);
	end(t);
}

static void prog_called(T *t)
{
	/* var u int; *(func() *int { return &u }()) = 42; return u */
	IrFunc *fn = func(t, "called", 3, 6);
	result(t, "~r0", t->tint, 3, 15);
	IrNode *u = local(t, "u", t->tint, 4, 6);
	IrFunc *cf;
	IrNode *clo = closure(t, &cf, 5, 4);
	cf->fflags |= IRFN_CLOSURE_CALLED;
	t->fn = cf;
	IrNode *cr0 = result(t, "~r0", t->tpint, 5, 11);
	t->fn = fn;
	IrNode *cu = capture(t, cf, u, 5, 26);
	batch(t, fn, cf);
	Escape e = E(t);
	/* the assignment's left side is discarded: the call's result to the
	 * blank hole, the callee expression (the literal) too */
	IrNode *call = ir_call(&t->ir, IR_OCALLFUNC, at(t, 5, 30), t->tpint, clo, NULL, 0);
	EscHole k = esc_spill(&e, note(t, esc_discard_hole(&t->b), call, "call parameter"), clo);
	esc_add_closure(&t->b, k, clo);
	L(cu)->captured = true;
	L(cu)->reassigned = false;
	/* the literal's body: return &u */
	IrNode *au = un(t, IR_OADDR, t->tpint, cu, 5, 25);
	flow(t, addr(t, note(t, H(t, cr0), ret(t, 5, 18, au, NULL), "return"), au, "address-of"), L(cu));
	end(t);
}

/* GOROOT/test/fixedbugs/issue27732a.go with -smallframes: a 4.8 MB
 * array is above the 128 KiB limit. */
static void goroot_issue27732a(T *t)
{
	Object *kobj = obj_new_typename(t->tc, at(t, 14, 6), t->pkg, sym_cstr("kbyte"), NULL);
	Type *kbyte = ty_new_named(t->tc, kobj, ty_new_slice(t->tc, t->tc->byte_type));
	Object *cobj = obj_new_typename(t->tc, at(t, 15, 6), t->pkg, sym_cstr("circularBuffer"), NULL);
	Type *cb = ty_new_named(t->tc, cobj, ty_new_array(t->tc, kbyte, 200000));
	IrFunc *fn = func(t, "main", 19, 6);
	local(t, "c", cb, 21, 6);
	esc_batch_init(&t->b, &t->ir, t->m, &t->rep);
	t->b.smallframes = true;
	t->nfns = 1;
	t->fns[0] = fn;
	esc_init_func(&t->b, fn);
	/* sink = c[0][0]: a byte, discarded */
	end(t);
}

typedef struct Prog {
	const char *name;
	void (*build)(T *t);
} Prog;

static const Prog progs[] = {
	{ "addr", prog_addr },
	{ "alloc", prog_alloc },
	{ "big", prog_big },
	{ "called", prog_called },
	{ "closesc", prog_closesc },
	{ "closure", prog_closure },
	{ "content", prog_content },
	{ "field", prog_field },
	{ "global", prog_global },
	{ "iface", prog_iface },
	{ "loop", prog_loop },
	{ "optimize", prog_optimize },
	{ "ptrlit", prog_ptrlit },
	{ "result", prog_result },
	{ "slicelit", prog_slicelit },
	{ "store", prog_store },
};

/* A GOROOT/test file as errorcheck compiles it: gc's raw lines, the file
 * named as given, no go command. */
static void run_goroot(const char *golden_dir, const char *file, const char *golden, void (*build)(T *t))
{
	char path[4096], name[256];
	snprintf(path, sizeof path, "%s/../goroot/%s", golden_dir, golden);
	snprintf(name, sizeof name, "engine/goroot/%s", file);
	char *want = read_path(path);
	if (!want) {
		failf(name, "cannot read %s (run scripts/escape-golden.sh goroot)", path);
		return;
	}
	T t;
	t_init(&t, file, 1);
	t.file = file_add(file, xstrdup(""), 0);
	build(&t);
	TyBuf got = { 0 };
	tybuf_puts(&got, "");
	for (int i = 0; i < t.rep.lines.len; i++) {
		tybuf_puts(&got, t.rep.lines.data[i]);
		tybuf_putc(&got, '\n');
	}
	if (strcmp(got.str, want) == 0) {
		pass(name);
	} else {
		failf(name, "output differs from gc's (see log)");
		fprintf(stderr, "--- %s: gc\n%s--- goescape\n%s", name, want, got.str);
	}
	tybuf_free(&got);
	free(want);
	t_free(&t);
}

/* What -m does not show: gc marks a non-escaping slice literal (closure,
 * method value) Transient when its address never reaches a non-transient
 * location, and a location addrtaken when an address flows from it. */
static void run_transient(void)
{
	T t;
	t_init(&t, "transient", 1);
	IrFunc *fn = func(&t, "f", 3, 6);
	IrNode *s = local(&t, "s", t.tsliceint, 4, 2);
	batch(&t, fn, NULL);
	Escape e = E(&t);
	/* s := []int{...}: s is a variable, not transient */
	IrNode *kept = complit(&t, IR_OSLICELIT, t.tsliceint, 1, 4, 12);
	esc_spill(&e, H(&t, s), kept);
	/* g([]int{...}) into a parameter that leaks nowhere: through a
	 * transient temporary (two discard holes tee'd) */
	IrNode *temp = complit(&t, IR_OSLICELIT, t.tsliceint, 1, 5, 12);
	EscHole ks[] = { esc_discard_hole(&t.b), esc_discard_hole(&t.b) };
	EscHole tee = esc_tee_hole(&e, ks, 2);
	EscLoc *tl = esc_new_loc(&e, temp, true);
	esc_flow(&t.b, esc_shift(tee, -1), tl);
	bool addr_ok = tl->addrtaken && !L(s)->addrtaken;
	end(&t);
	if (!(kept->flags & IRF_TRANSIENT) && (temp->flags & IRF_TRANSIENT) &&
		kept->esc == IR_ESC_NONE && temp->esc == IR_ESC_NONE && addr_ok)
		pass("engine/transient");
	else
		failf("engine/transient", "transient or addrtaken marks are wrong");
	t_free(&t);
}

/* ==================================================================== */
/* The same programs through the walk: IR bodies as irgen builds them    */
/* (compare tests/escape/gc/progs/NAME.w2.out, "before escape")          */
/* ==================================================================== */

/* A function whose body the walk will see. */
static IrFunc *wfunc(T *t, const char *name, int line, int col)
{
	t->fn = ir_func(&t->ir, sym_cstr(name), at(t, line, col));
	return t->fn;
}

static void body(T *t, IrNode *n)
{
	ir_list_push(&t->ir, &t->fn->body, n);
}

/* x := y: the ODCL in the assignment's init, x defined by it */
static IrNode *def(T *t, IrNode *x, IrNode *y, int line, int col)
{
	IrNode *as = assign(t, x, y, true, line, col);
	IrNode *d = ir_new(&t->ir, IR_ODCL, x->pos, NULL);
	d->u.decl.x = x;
	ir_list_push(&t->ir, &as->init, d);
	x->u.name.defn = as;
	return as;
}

/* var x T: ODCL x, then x = <nil> */
static void vardecl(T *t, IrNode *x)
{
	IrNode *d = ir_new(&t->ir, IR_ODCL, x->pos, NULL);
	d->u.decl.x = x;
	body(t, d);
	body(t, assign(t, x, NULL, false, x->pos.line, x->pos.col));
}

static IrNode *blank(T *t)
{
	return ir_name(&t->ir, sym_cstr("_"), PXXX, at(t, 0, 0), NULL);
}

static IrNode *fname(T *t, IrFunc *fn)
{
	(void)t;
	return fn->nname;
}

static IrNode *call0(T *t, IrNode *fun, IrNode *a, IrNode *b, Type *type, int line, int col)
{
	IrNode *args[2] = { a, b };
	return ir_call(&t->ir, IR_OCALLFUNC, at(t, line, col), type, fun, args, (a != NULL) + (b != NULL));
}

static IrNode *nil(T *t, Type *type, int line, int col)
{
	return ir_new(&t->ir, IR_ONIL, at(t, line, col), type);
}

/* Declare a and its closure b: closures come before their function in
 * gc's Target.Decls. */
static void walk1(T *t, IrFunc *a, IrFunc *b)
{
	if (t->ndecls + 2 > 64)
		fatal_internal("too many declarations");
	if (b)
		t->decls[t->ndecls++] = b;
	t->decls[t->ndecls++] = a;
}

/* Escape analysis of the declarations, bottom-up, as gc's escape.Funcs. */
static void flush(T *t)
{
	esc_funcs(&t->ir, t->decls, t->ndecls, t->m, false, &t->rep);
	t->ndecls = 0;
}

/* A method wrapper: analysed alone, after every declared function. */
static void wrapper(T *t, IrFunc *w)
{
	flush(t);
	IrFunc *fns[1] = { w };
	esc_batch(&t->ir, fns, 1, t->m, false, &t->rep);
}

static void walk_global(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);
	IrFunc *leak = wfunc(t, "leak", 5, 6);
	IrNode *p = param(t, "p", t->tpint, 5, 11);
	body(t, assign(t, sink, p, false, 6, 7));
	walk1(t, leak, NULL);

	IrFunc *loc = wfunc(t, "local", 9, 6);
	IrNode *x = local(t, "x", t->tint, 10, 2);
	body(t, def(t, x, lit(t, 0, "0", t->tint, 10, 7), 10, 4));
	body(t, assign(t, sink, un(t, IR_OADDR, t->tpint, x, 11, 9), false, 11, 7));
	walk1(t, loc, NULL);

	IrFunc *mn = wfunc(t, "main", 14, 6);
	body(t, call0(t, fname(t, leak), nil(t, t->tpint, 15, 7), NULL, NULL, 15, 6));
	body(t, call0(t, fname(t, loc), NULL, NULL, NULL, 16, 7));
	walk1(t, mn, NULL);
}

static void walk_result(T *t)
{
	IrFunc *id = wfunc(t, "id", 3, 6);
	IrNode *p = param(t, "p", t->tpint, 3, 9);
	result(t, "~r0", t->tpint, 3, 17);
	body(t, ret(t, 4, 2, p, NULL));
	walk1(t, id, NULL);

	IrFunc *dr = wfunc(t, "deref", 7, 6);
	IrNode *pp = param(t, "pp", t->tppint, 7, 12);
	result(t, "~r0", t->tpint, 7, 19);
	body(t, ret(t, 8, 2, un(t, IR_ODEREF, t->tpint, pp, 8, 9), NULL));
	walk1(t, dr, NULL);

	IrFunc *two = wfunc(t, "two", 11, 6);
	p = param(t, "p", t->tpint, 11, 10);
	IrNode *q = param(t, "q", t->tpint, 11, 13);
	result(t, "a", t->tpint, 11, 21);
	result(t, "b", t->tpint, 11, 24);
	body(t, ret(t, 12, 2, q, p));
	walk1(t, two, NULL);

	IrFunc *mn = wfunc(t, "main", 15, 6);
	body(t, assign(t, blank(t), call0(t, fname(t, id), nil(t, t->tpint, 16, 9), NULL, t->tpint, 16, 8), false, 16, 4));
	body(t, assign(t, blank(t), call0(t, fname(t, dr), nil(t, t->tppint, 17, 12), NULL, t->tpint, 17, 11), false, 17, 4));
	IrNode *as2 = ir_new(&t->ir, IR_OAS2FUNC, at(t, 18, 7), NULL);
	ir_list_push(&t->ir, &as2->u.as2.lhs, blank(t));
	ir_list_push(&t->ir, &as2->u.as2.lhs, blank(t));
	ir_list_push(&t->ir, &as2->u.as2.rhs, call0(t, fname(t, two), nil(t, t->tpint, 18, 13), nil(t, t->tpint, 18, 18), NULL, 18, 12));
	body(t, as2);
	walk1(t, mn, NULL);
}

static void walk_content(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);
	IrFunc *fn = wfunc(t, "content", 5, 6);
	IrNode *pp = param(t, "pp", t->tppint, 5, 14);
	body(t, assign(t, sink, un(t, IR_ODEREF, t->tpint, pp, 6, 9), false, 6, 7));
	walk1(t, fn, NULL);

	IrFunc *ne = wfunc(t, "noesc", 9, 6);
	IrNode *p = param(t, "p", t->tpint, 9, 12);
	result(t, "~r0", t->tint, 9, 20);
	body(t, ret(t, 10, 2, un(t, IR_ODEREF, t->tint, p, 10, 9), NULL));
	walk1(t, ne, NULL);
}

static void walk_addr(T *t)
{
	IrFunc *fn = wfunc(t, "newInt", 3, 6);
	result(t, "~r0", t->tpint, 3, 15);
	IrNode *x = local(t, "x", t->tint, 4, 2);
	body(t, def(t, x, lit(t, 1, "1", t->tint, 4, 7), 4, 4));
	body(t, ret(t, 5, 2, un(t, IR_OADDR, t->tpint, x, 5, 9), NULL));
	walk1(t, fn, NULL);

	IrFunc *keep = wfunc(t, "keep", 8, 6);
	result(t, "~r0", t->tint, 8, 13);
	IrNode *y = local(t, "y", t->tint, 9, 2);
	IrNode *p = local(t, "p", t->tpint, 10, 2);
	body(t, def(t, y, lit(t, 2, "2", t->tint, 9, 7), 9, 4));
	body(t, def(t, p, un(t, IR_OADDR, t->tpint, y, 10, 7), 10, 4));
	body(t, ret(t, 11, 2, un(t, IR_ODEREF, t->tint, p, 11, 9), NULL));
	walk1(t, keep, NULL);
}

static IrNode *for_loop(T *t, IrNode *i, int line)
{
	IrNode *loop = ir_new(&t->ir, IR_OFOR, at(t, line, 2), NULL);
	ir_list_push(&t->ir, &loop->init, def(t, i, lit(t, 0, "0", t->tint, line, 11), line, 8));
	loop->u.loop.cond = bin(t, IR_OLT, t->tc->typ[B_BOOL], i, lit(t, 3, "3", t->tint, line, 18), line, 16);
	IrNode *post = bin(t, IR_OASOP, NULL, i, lit(t, 1, "1", t->tint, line, 22), line, 22);
	post->u.bin.asop = IR_OADD;
	loop->u.loop.post = post;
	return loop;
}

static void walk_loop(T *t)
{
	IrFunc *fn = wfunc(t, "loop", 3, 6);
	IrNode *p = local(t, "p", t->tpint, 4, 6);
	IrNode *i = local(t, "i", t->tint, 5, 6);
	IrNode *x = local(t, "x", t->tint, 6, 3);
	vardecl(t, p);
	IrNode *loop = for_loop(t, i, 5);
	ir_list_push(&t->ir, &loop->u.loop.body, def(t, x, i, 6, 5));
	ir_list_push(&t->ir, &loop->u.loop.body, assign(t, p, un(t, IR_OADDR, t->tpint, x, 7, 7), false, 7, 5));
	body(t, loop);
	body(t, assign(t, blank(t), p, false, 9, 4));
	walk1(t, fn, NULL);

	IrFunc *same = wfunc(t, "same", 12, 6);
	i = local(t, "i", t->tint, 13, 6);
	x = local(t, "x", t->tint, 14, 3);
	p = local(t, "p", t->tpint, 15, 3);
	loop = for_loop(t, i, 13);
	ir_list_push(&t->ir, &loop->u.loop.body, def(t, x, i, 14, 5));
	ir_list_push(&t->ir, &loop->u.loop.body, def(t, p, un(t, IR_OADDR, t->tpint, x, 15, 8), 15, 5));
	ir_list_push(&t->ir, &loop->u.loop.body, assign(t, blank(t), p, false, 16, 5));
	body(t, loop);
	walk1(t, same, NULL);
}

static Type *func_type(T *t, Type *res)
{
	Object *r = res ? obj_new_param(t->tc, at(t, 1, 1), t->pkg, NULL, res) : NULL;
	return ty_new_signature(t->tc, NULL, ty_new_tuple(t->tc, NULL, 0), ty_new_tuple(t->tc, r ? &r : NULL, r ? 1 : 0), false);
}

static IrNode *incr(T *t, IrNode *x, int line, int col)
{
	IrNode *n = bin(t, IR_OASOP, NULL, x, lit(t, 1, "1", t->tint, line, col), line, col);
	n->u.bin.asop = IR_OADD;
	return n;
}

static void walk_closure(T *t)
{
	Type *tf = func_type(t, NULL), *tfi = func_type(t, t->tint);
	IrFunc *fn = wfunc(t, "byref", 3, 6);
	result(t, "~r0", t->tint, 3, 14);
	IrNode *x = local(t, "x", t->tint, 4, 2);
	IrNode *f = local(t, "f", tf, 5, 2);
	IrFunc *cf = ir_closure_func(&t->ir, at(t, 5, 7), fn);
	IrNode *clo = cf->oclosure;
	clo->type = tf;
	IrNode *cx = ir_closure_var(&t->ir, at(t, 5, 16), cf, x);
	ir_list_push(&t->ir, &cf->body, incr(t, cx, 5, 17));
	body(t, def(t, x, lit(t, 0, "0", t->tint, 4, 7), 4, 4));
	body(t, def(t, f, clo, 5, 4));
	body(t, call0(t, f, NULL, NULL, NULL, 6, 3));
	body(t, ret(t, 7, 2, x, NULL));
	walk1(t, fn, cf);

	fn = wfunc(t, "byval", 10, 6);
	result(t, "~r0", t->tint, 10, 14);
	IrNode *y = local(t, "y", t->tint, 11, 2);
	IrNode *g = local(t, "g", tfi, 12, 2);
	cf = ir_closure_func(&t->ir, at(t, 12, 7), fn);
	clo = cf->oclosure;
	clo->type = tfi;
	t->fn = cf;
	result(t, "~r0", t->tint, 12, 16);
	IrNode *cy = ir_closure_var(&t->ir, at(t, 12, 27), cf, y);
	ir_list_push(&t->ir, &cf->body, ret(t, 12, 20, cy, NULL));
	t->fn = fn;
	body(t, def(t, y, lit(t, 1, "1", t->tint, 11, 7), 11, 4));
	body(t, def(t, g, clo, 12, 4));
	body(t, ret(t, 13, 2, call0(t, g, NULL, NULL, t->tint, 13, 10), NULL));
	walk1(t, fn, cf);
}

static void walk_iface(T *t)
{
	IrNode *sinkI = global(t, "sinkI", t->tiface, 3, 5);
	IrFunc *fn = wfunc(t, "conv", 5, 6);
	IrNode *x = param(t, "x", t->tint, 5, 11);
	IrNode *cv = un(t, IR_OCONVIFACE, t->tiface, x, 6, 2);
	cv->flags |= IRF_IMPLICIT;
	body(t, assign(t, sinkI, cv, false, 6, 8));
	walk1(t, fn, NULL);

	fn = wfunc(t, "local", 9, 6);
	IrNode *y = param(t, "y", t->tint, 9, 12);
	IrNode *i = local(t, "i", t->tiface, 10, 6);
	cv = un(t, IR_OCONVIFACE, t->tiface, y, 10, 22);
	cv->flags |= IRF_IMPLICIT;
	body(t, def(t, i, cv, 10, 6));
	body(t, assign(t, blank(t), i, false, 11, 4));
	walk1(t, fn, NULL);
}

static void walk_slicelit(T *t)
{
	IrFunc *fn = wfunc(t, "out", 3, 6);
	result(t, "~r0", t->tsliceint, 3, 12);
	body(t, ret(t, 4, 2, complit(t, IR_OSLICELIT, t->tsliceint, 3, 4, 14), NULL));
	walk1(t, fn, NULL);

	fn = wfunc(t, "in", 7, 6);
	result(t, "~r0", t->tint, 7, 11);
	IrNode *s = local(t, "s", t->tsliceint, 8, 2);
	body(t, def(t, s, complit(t, IR_OSLICELIT, t->tsliceint, 2, 8, 12), 8, 4));
	body(t, ret(t, 9, 2, bin(t, IR_OINDEX, t->tint, s, lit(t, 0, "0", t->tint, 9, 11), 9, 10), NULL));
	walk1(t, fn, NULL);
}

static void walk_alloc(T *t)
{
	IrFunc *fn = wfunc(t, "newp", 3, 6);
	result(t, "~r0", t->tpint, 3, 13);
	IrNode *nw = un(t, IR_ONEW, t->tpint, ir_new(&t->ir, IR_OTYPE, at(t, 4, 16), t->tint), 4, 12);
	body(t, ret(t, 4, 2, nw, NULL));
	walk1(t, fn, NULL);

	fn = wfunc(t, "mk", 7, 6);
	IrNode *n = param(t, "n", t->tint, 7, 9);
	result(t, "~r0", t->tsliceint, 7, 16);
	body(t, ret(t, 8, 2, make(t, IR_OMAKESLICE, t->tsliceint, n, NULL, 8, 13), NULL));
	walk1(t, fn, NULL);

	fn = wfunc(t, "mkc", 11, 6);
	result(t, "~r0", t->tint, 11, 12);
	IrNode *s = local(t, "s", t->tsliceint, 12, 2);
	body(t, def(t, s, make(t, IR_OMAKESLICE, t->tsliceint, lit(t, 4, "4", t->tint, 12, 22), NULL, 12, 11), 12, 4));
	body(t, ret(t, 13, 2, un(t, IR_OLEN, t->tint, s, 13, 12), NULL));
	walk1(t, fn, NULL);
}

static void walk_field(T *t)
{
	const char *names[] = { "f", "g" };
	Type *types[] = { t->tpint, t->tint };
	Type *tT = named_struct(t, "T", names, types, 2);
	Type *tpT = ty_new_pointer(t->tc, tT);
	IrFunc *fn = wfunc(t, "get", 8, 6);
	IrNode *p = param(t, "p", tpT, 8, 10);
	result(t, "~r0", t->tpint, 8, 18);
	body(t, ret(t, 9, 2, sel(t, IR_ODOTPTR, t->tpint, p, "f", 9, 10), NULL));
	walk1(t, fn, NULL);

	fn = wfunc(t, "val", 12, 6);
	IrNode *tv = param(t, "t", tT, 12, 10);
	result(t, "~r0", t->tpint, 12, 17);
	body(t, ret(t, 13, 2, sel(t, IR_ODOT, t->tpint, tv, "f", 13, 10), NULL));
	walk1(t, fn, NULL);
}

static IrNode *skey(T *t, const char *field, IrNode *v, int line, int col)
{
	IrNode *n = ir_new(&t->ir, IR_OSTRUCTKEY, at(t, line, col), v->type);
	n->u.skey.field = sym_cstr(field);
	n->u.skey.value = v;
	return n;
}

static void walk_ptrlit(T *t)
{
	const char *names[] = { "ID", "Name" };
	Type *types[] = { t->tint, t->tstring };
	Type *tU = named_struct(t, "U", names, types, 2);
	Type *tpU = ty_new_pointer(t->tc, tU);
	IrFunc *fn = wfunc(t, "mkU", 8, 6);
	result(t, "~r0", tpU, 8, 12);
	IrNode *sl = ir_new(&t->ir, IR_OSTRUCTLIT, at(t, 9, 10), tU);
	ir_list_push(&t->ir, &sl->u.lit.list, skey(t, "ID", lit(t, 1, "1", t->tint, 9, 15), 9, 13));
	ir_list_push(&t->ir, &sl->u.lit.list, skey(t, "Name", strlit(t, "a", "\"a\"", 9, 24), 9, 22));
	body(t, ret(t, 9, 2, un(t, IR_OPTRLIT, tpU, sl, 9, 9), NULL));
	walk1(t, fn, NULL);

	fn = wfunc(t, "tmpU", 12, 6);
	result(t, "~r0", t->tint, 12, 13);
	IrNode *u = local(t, "u", tpU, 13, 2);
	sl = ir_new(&t->ir, IR_OSTRUCTLIT, at(t, 13, 8), tU);
	ir_list_push(&t->ir, &sl->u.lit.list, skey(t, "ID", lit(t, 2, "2", t->tint, 13, 13), 13, 11));
	body(t, def(t, u, un(t, IR_OPTRLIT, tpU, sl, 13, 7), 13, 4));
	body(t, ret(t, 14, 2, sel(t, IR_ODOTPTR, t->tint, u, "ID", 14, 10), NULL));
	walk1(t, fn, NULL);
}

static void walk_store(T *t)
{
	const char *names[] = { "p" };
	Type *types[] = { t->tpint };
	Type *tB = named_struct(t, "B", names, types, 1);
	Type *tpB = ty_new_pointer(t->tc, tB);
	IrFunc *set = wfunc(t, "set", 7, 6);
	IrNode *b = param(t, "b", tpB, 7, 10);
	IrNode *q = param(t, "q", t->tpint, 7, 16);
	body(t, assign(t, sel(t, IR_ODOTPTR, t->tpint, b, "p", 8, 3), q, false, 8, 6));
	walk1(t, set, NULL);

	IrFunc *mn = wfunc(t, "main", 11, 6);
	IrNode *bv = local(t, "b", tB, 12, 6);
	IrNode *z = local(t, "z", t->tint, 13, 2);
	vardecl(t, bv);
	body(t, def(t, z, lit(t, 3, "3", t->tint, 13, 7), 13, 4));
	body(t, call0(t, fname(t, set), un(t, IR_OADDR, tpB, bv, 14, 6), un(t, IR_OADDR, t->tpint, z, 14, 10), NULL, 14, 5));
	walk1(t, mn, NULL);
}

static void walk_closesc(T *t)
{
	Type *tfi = func_type(t, t->tint);
	IrFunc *fn = wfunc(t, "counter", 3, 6);
	result(t, "~r0", tfi, 3, 16);
	IrNode *x = local(t, "x", t->tint, 4, 2);
	IrFunc *cf = ir_closure_func(&t->ir, at(t, 5, 9), fn);
	IrNode *clo = cf->oclosure;
	clo->type = tfi;
	t->fn = cf;
	result(t, "~r0", t->tint, 5, 16);
	IrNode *cx = ir_closure_var(&t->ir, at(t, 6, 3), cf, x);
	ir_list_push(&t->ir, &cf->body, incr(t, cx, 6, 4));
	ir_list_push(&t->ir, &cf->body, ret(t, 7, 3, cx, NULL));
	t->fn = fn;
	body(t, def(t, x, lit(t, 0, "0", t->tint, 4, 7), 4, 4));
	body(t, ret(t, 5, 2, clo, NULL));
	walk1(t, fn, cf);
}

static void walk_optimize(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);
	IrFunc *fn = wfunc(t, "both", 5, 6);
	IrNode *p = param(t, "p", t->tpint, 5, 11);
	result(t, "~r0", t->tpint, 5, 19);
	body(t, assign(t, sink, p, false, 6, 7));
	body(t, ret(t, 7, 2, p, NULL));
	walk1(t, fn, NULL);

	Type *tppp = ty_new_pointer(t->tc, t->tppint);
	fn = wfunc(t, "deeper", 10, 6);
	IrNode *ppp = param(t, "ppp", tppp, 10, 13);
	result(t, "~r0", t->tppint, 10, 24);
	body(t, ret(t, 11, 2, un(t, IR_ODEREF, t->tppint, ppp, 11, 9), NULL));
	walk1(t, fn, NULL);
}

static void walk_big(T *t)
{
	Type *tbyte = t->tc->byte_type;
	Type *tbig = ty_new_array(t->tc, tbyte, 10485761);
	IrFunc *fn = wfunc(t, "big", 3, 6);
	result(t, "~r0", tbyte, 3, 12);
	IrNode *a = local(t, "a", tbig, 4, 6);
	vardecl(t, a);
	body(t, ret(t, 5, 2, bin(t, IR_OINDEX, tbyte, a, lit(t, 0, "0", t->tint, 5, 11), 5, 10), NULL));
	walk1(t, fn, NULL);

	Type *tarr = ty_new_array(t->tc, tbyte, 65537);
	Type *tparr = ty_new_pointer(t->tc, tarr);
	fn = wfunc(t, "newBig", 8, 6);
	result(t, "~r0", t->tint, 8, 15);
	IrNode *p = local(t, "p", tparr, 9, 2);
	IrNode *nw = un(t, IR_ONEW, tparr, ir_new(&t->ir, IR_OTYPE, at(t, 9, 14), tarr), 9, 10);
	body(t, def(t, p, nw, 9, 4));
	IrNode *star = un(t, IR_ODEREF, tarr, p, 10, 13);
	star->flags |= IRF_IMPLICIT;
	body(t, ret(t, 10, 2, un(t, IR_OLEN, t->tint, star, 10, 12), NULL));
	walk1(t, fn, NULL);
}

static void walk_called(T *t)
{
	Type *tfp = func_type(t, t->tpint);
	IrFunc *fn = wfunc(t, "called", 3, 6);
	result(t, "~r0", t->tint, 3, 15);
	IrNode *u = local(t, "u", t->tint, 4, 6);
	IrFunc *cf = ir_closure_func(&t->ir, at(t, 5, 4), fn);
	IrNode *clo = cf->oclosure;
	clo->type = tfp;
	t->fn = cf;
	result(t, "~r0", t->tpint, 5, 11);
	IrNode *cu = ir_closure_var(&t->ir, at(t, 5, 26), cf, u);
	ir_list_push(&t->ir, &cf->body, ret(t, 5, 18, un(t, IR_OADDR, t->tpint, cu, 5, 25), NULL));
	t->fn = fn;
	vardecl(t, u);
	IrNode *cl = call0(t, clo, NULL, NULL, t->tpint, 5, 30);
	body(t, assign(t, un(t, IR_ODEREF, t->tint, cl, 5, 2), lit(t, 42, "42", t->tint, 5, 35), false, 5, 33));
	body(t, ret(t, 6, 2, u, NULL));
	walk1(t, fn, cf);
}

static void walk_godefer(T *t)
{
	/* func f(p *int) {}: irgen gives an empty body one empty block */
	Object *pp = obj_new_param(t->tc, at(t, 3, 8), t->pkg, sym_cstr("p"), t->tpint);
	Type *tf = ty_new_signature(t->tc, NULL, ty_new_tuple(t->tc, &pp, 1), ty_new_tuple(t->tc, NULL, 0), false);
	IrFunc *f = wfunc(t, "f", 3, 6);
	f->nname->type = tf;
	param(t, "p", t->tpint, 3, 8);
	body(t, ir_new(&t->ir, IR_OBLOCK, at(t, 0, 0), NULL));
	walk1(t, f, NULL);

	IrFunc *g = wfunc(t, "g", 5, 6);
	IrNode *x = param(t, "x", t->tint, 5, 8);
	IrNode *i = local(t, "i", t->tint, 7, 6);
	IrNode *y = local(t, "y", t->tint, 8, 3);
	IrNode *z = local(t, "z", t->tint, 11, 2);
	IrNode *d = ir_new(&t->ir, IR_ODEFER, at(t, 6, 2), NULL);
	d->u.godefer.call = call0(t, fname(t, f), un(t, IR_OADDR, t->tpint, x, 6, 10), NULL, NULL, 6, 9);
	body(t, d);
	IrNode *loop = for_loop(t, i, 7);
	loop->u.loop.cond->u.bin.y = lit(t, 2, "2", t->tint, 7, 18);
	ir_list_push(&t->ir, &loop->u.loop.body, def(t, y, i, 8, 5));
	d = ir_new(&t->ir, IR_ODEFER, at(t, 9, 3), NULL);
	d->u.godefer.call = call0(t, fname(t, f), un(t, IR_OADDR, t->tpint, y, 9, 11), NULL, NULL, 9, 10);
	ir_list_push(&t->ir, &loop->u.loop.body, d);
	body(t, loop);
	body(t, def(t, z, lit(t, 1, "1", t->tint, 11, 7), 11, 4));
	IrNode *gs = ir_new(&t->ir, IR_OGO, at(t, 12, 2), NULL);
	gs->u.godefer.call = call0(t, fname(t, f), un(t, IR_OADDR, t->tpint, z, 12, 7), NULL, NULL, 12, 6);
	body(t, gs);
	walk1(t, g, NULL);

	IrFunc *mn = wfunc(t, "main", 15, 6);
	body(t, call0(t, fname(t, g), lit(t, 1, "1", t->tint, 16, 4), NULL, NULL, 16, 3));
	walk1(t, mn, NULL);
}

static IrNode *recv(T *t, const char *name, Type *type, Pos pos)
{
	IrFunc *fn = t->fn;
	IrNode *n = ir_name(&t->ir, sym_cstr(name), PPARAM, pos, type);
	n->u.name.curfn = fn;
	fn->recv = arena_alloc(&t->ir.arena, sizeof *fn->recv);
	fn->recv->sym = n->u.name.sym;
	fn->recv->pos = pos;
	fn->recv->type = type;
	fn->recv->nname = n;
	ir_list_push(&t->ir, &fn->dcl, n);
	return n;
}

static IrNode *methexpr(T *t, Type *recvt, IrFunc *m, const char *name, Pos pos)
{
	IrNode *n = ir_selector(&t->ir, IR_OMETHEXPR, pos, m->nname->type,
		ir_new(&t->ir, IR_OTYPE, pos, recvt), sym_cstr(name));
	n->u.un.method = m;
	return n;
}

static void walk_method(T *t)
{
	const char *names[] = { "p" };
	Type *types[] = { t->tpint };
	Type *tT = named_struct(t, "T", names, types, 1);
	Type *tpT = ty_new_pointer(t->tc, tT);
	Type *tfp = func_type(t, t->tpint);

	IrFunc *get = wfunc(t, "T.Get", 7, 6);
	IrNode *tv = recv(t, "t", tT, at(t, 7, 7));
	result(t, "~r0", t->tpint, 7, 17);
	body(t, ret(t, 8, 2, sel(t, IR_ODOT, t->tpint, tv, "p", 8, 10), NULL));
	walk1(t, get, NULL);

	IrFunc *ptr = wfunc(t, "(*T).Ptr", 11, 6);
	IrNode *tp = recv(t, "t", tpT, at(t, 11, 7));
	result(t, "~r0", t->tppint, 11, 18);
	IrNode *dp = sel(t, IR_ODOTPTR, t->tpint, tp, "p", 12, 11);
	body(t, ret(t, 12, 2, un(t, IR_OADDR, t->tppint, dp, 12, 9), NULL));
	walk1(t, ptr, NULL);

	IrFunc *value = wfunc(t, "value", 15, 6);
	tv = param(t, "t", tT, 15, 12);
	result(t, "~r0", tfp, 15, 17);
	IrNode *mv = sel(t, IR_OMETHVALUE, tfp, tv, "Get", 16, 10);
	mv->u.un.method = get;
	body(t, ret(t, 16, 2, mv, NULL));
	walk1(t, value, NULL);

	IrFunc *ex = wfunc(t, "expr", 19, 6);
	tv = param(t, "t", tT, 19, 11);
	result(t, "~r0", t->tpint, 19, 16);
	body(t, ret(t, 20, 2, call0(t, methexpr(t, tT, get, "Get", at(t, 20, 10)), tv, NULL, t->tpint, 20, 14), NULL));
	walk1(t, ex, NULL);

	IrFunc *cl = wfunc(t, "call", 23, 6);
	tp = param(t, "t", tpT, 23, 11);
	result(t, "~r0", t->tppint, 23, 17);
	body(t, ret(t, 24, 2, call0(t, methexpr(t, tpT, ptr, "Ptr", at(t, 24, 10)), tp, NULL, t->tppint, 24, 14), NULL));
	walk1(t, cl, NULL);

	IrFunc *mn = wfunc(t, "main", 27, 6);
	IrNode *tl = local(t, "t", tT, 28, 6);
	vardecl(t, tl);
	body(t, assign(t, blank(t), call0(t, fname(t, value), tl, NULL, tfp, 29, 11), false, 29, 4));
	body(t, assign(t, blank(t), call0(t, fname(t, ex), tl, NULL, t->tpint, 30, 10), false, 30, 4));
	body(t, assign(t, blank(t), call0(t, fname(t, cl), un(t, IR_OADDR, tpT, tl, 31, 11), NULL, t->tppint, 31, 10), false, 31, 4));
	walk1(t, mn, NULL);

	/* the method wrapper (*T).Get the runtime type of *T needs:
	 * return T.Get(*.this), analysed alone, all at <autogenerated>:1 */
	Pos ag = { file_add("<autogenerated>", xstrdup(""), 0), 1, 0 };
	IrFunc *w = wfunc(t, "(*T).Get", 0, 0);
	w->pos = ag;
	w->fflags |= IRFN_WRAPPER;
	IrNode *this = recv(t, ".this", tpT, ag);
	result(t, "~r0", t->tpint, 0, 0);
	IrNode *star = ir_unary(&t->ir, IR_ODEREF, ag, tT, this);
	star->flags |= IRF_IMPLICIT;
	IrNode *args[] = { star };
	IrNode *c = ir_call(&t->ir, IR_OCALLFUNC, ag, t->tpint, methexpr(t, tT, get, "Get", ag), args, 1);
	IrNode *r = ir_new(&t->ir, IR_ORETURN, ag, NULL);
	ir_list_push(&t->ir, &r->u.block.list, c);
	body(t, r);
	wrapper(t, w);
}

static Type *sig_of(T *t, Type **params, int np, Type *res, bool variadic)
{
	Object *ps[4], *r = NULL;
	for (int i = 0; i < np; i++)
		ps[i] = obj_new_param(t->tc, at(t, 1, 1), t->pkg, NULL, params[i]);
	if (res)
		r = obj_new_param(t->tc, at(t, 1, 1), t->pkg, NULL, res);
	return ty_new_signature(t->tc, NULL, ty_new_tuple(t->tc, ps, np),
		ty_new_tuple(t->tc, r ? &r : NULL, r ? 1 : 0), variadic);
}

static void walk_calls(T *t)
{
	Type *tsp = ty_new_slice(t->tc, t->tpint);
	IrFunc *vari = wfunc(t, "vari", 3, 6);
	vari->nname->type = sig_of(t, &tsp, 1, t->tpint, true);
	IrNode *xs = param(t, "xs", tsp, 3, 11);
	vari->params[0].ddd = true;
	result(t, "~r0", t->tpint, 3, 23);
	body(t, ret(t, 4, 2, bin(t, IR_OINDEX, t->tpint, xs, lit(t, 0, "0", t->tint, 4, 12), 4, 11), NULL));
	walk1(t, vari, NULL);

	IrFunc *app = wfunc(t, "app", 7, 6);
	IrNode *s = param(t, "s", tsp, 7, 10);
	IrNode *p = param(t, "p", t->tpint, 7, 20);
	result(t, "~r0", tsp, 7, 28);
	IrNode *args[] = { s, p };
	body(t, ret(t, 8, 2, ir_call(&t->ir, IR_OAPPEND, at(t, 8, 15), tsp, NULL, args, 2), NULL));
	walk1(t, app, NULL);

	IrFunc *cp = wfunc(t, "cp", 11, 6);
	IrNode *dst = param(t, "dst", tsp, 11, 9);
	IrNode *src = param(t, "src", tsp, 11, 14);
	body(t, bin(t, IR_OCOPY, t->tint, dst, src, 12, 6));
	walk1(t, cp, NULL);

	/* type I interface{ M() } */
	Object *mobj = obj_new_func(t->tc, at(t, 15, 17), t->pkg, sym_cstr("M"), sig_of(t, NULL, 0, NULL, false));
	Type *iface = ty_new_interface(t->tc, &mobj, 1, NULL, 0);
	ty_interface_complete(iface);
	Object *iobj = obj_new_typename(t->tc, at(t, 15, 6), t->pkg, sym_cstr("I"), NULL);
	Type *tI = ty_new_named(t->tc, iobj, iface);
	IrFunc *dyn = wfunc(t, "dyn", 17, 6);
	IrNode *i = param(t, "i", tI, 17, 10);
	IrNode *dot = sel(t, IR_ODOTINTER, sig_of(t, NULL, 0, NULL, false), i, "M", 18, 3);
	body(t, ir_call(&t->ir, IR_OCALLINTER, at(t, 18, 5), NULL, dot, NULL, 0));
	walk1(t, dyn, NULL);

	const char *names[] = { "buf" };
	Type *tbytes = ty_new_slice(t->tc, t->tc->byte_type);
	Type *types[] = { tbytes };
	Type *tB = named_struct(t, "B", names, types, 1);
	Type *tpB = ty_new_pointer(t->tc, tB);
	IrFunc *self = wfunc(t, "(*B).self", 23, 6);
	IrNode *b = recv(t, "b", tpB, at(t, 23, 7));
	IrNode *n = param(t, "n", t->tint, 23, 18);
	IrNode *sl = ir_new(&t->ir, IR_OSLICE, at(t, 24, 15), tbytes);
	sl->u.slice.x = sel(t, IR_ODOTPTR, tbytes, b, "buf", 24, 11);
	sl->u.slice.low = n;
	body(t, assign(t, sel(t, IR_ODOTPTR, tbytes, b, "buf", 24, 3), sl, false, 24, 8));
	walk1(t, self, NULL);

	IrFunc *mn = wfunc(t, "main", 27, 6);
	IrNode *x = local(t, "x", t->tint, 28, 2);
	IrNode *y = local(t, "y", t->tint, 28, 5);
	IrNode *as2 = ir_new(&t->ir, IR_OAS2, at(t, 28, 7), NULL);
	as2->flags |= IRF_DEF;
	IrNode *dx = ir_new(&t->ir, IR_ODCL, x->pos, NULL), *dy = ir_new(&t->ir, IR_ODCL, y->pos, NULL);
	dx->u.decl.x = x;
	dy->u.decl.x = y;
	ir_list_push(&t->ir, &as2->init, dx);
	ir_list_push(&t->ir, &as2->init, dy);
	ir_list_push(&t->ir, &as2->u.as2.lhs, x);
	ir_list_push(&t->ir, &as2->u.as2.lhs, y);
	ir_list_push(&t->ir, &as2->u.as2.rhs, lit(t, 1, "1", t->tint, 28, 10));
	ir_list_push(&t->ir, &as2->u.as2.rhs, lit(t, 2, "2", t->tint, 28, 13));
	x->u.name.defn = as2;
	y->u.name.defn = as2;
	body(t, as2);
	IrNode *c = call0(t, fname(t, vari), un(t, IR_OADDR, t->tpint, x, 29, 11), un(t, IR_OADDR, t->tpint, y, 29, 15),
		t->tpint, 29, 10);
	body(t, assign(t, blank(t), c, false, 29, 4));
	walk1(t, mn, NULL);

	/* the wrapper I.M the runtime type of I needs: .this.M() */
	Pos ag = { file_add("<autogenerated>", xstrdup(""), 0), 1, 0 };
	IrFunc *w = wfunc(t, "I.M", 0, 0);
	w->pos = ag;
	w->fflags |= IRFN_WRAPPER;
	IrNode *this = recv(t, ".this", tI, ag);
	IrNode *d = ir_selector(&t->ir, IR_ODOTINTER, ag, sig_of(t, NULL, 0, NULL, false), this, sym_cstr("M"));
	body(t, ir_call(&t->ir, IR_OCALLINTER, ag, NULL, d, NULL, 0));
	wrapper(t, w);
}

static void walk_stmts(T *t)
{
	IrNode *sink = global(t, "sink", t->tpint, 3, 5);
	Type *tsp = ty_new_slice(t->tc, t->tpint);
	Type *tarr = ty_new_array(t->tc, t->tpint, 2);

	IrFunc *rng = wfunc(t, "rng", 5, 6);
	IrNode *s = param(t, "s", tsp, 5, 10);
	IrNode *a = param(t, "a", tarr, 5, 20);
	IrNode *p = local(t, "p", t->tpint, 6, 9);
	IrNode *i = local(t, "i", t->tint, 9, 6);
	IrNode *r = ir_new(&t->ir, IR_ORANGE, at(t, 6, 14), NULL);
	IrNode *d = ir_new(&t->ir, IR_ODCL, p->pos, NULL);
	d->u.decl.x = p;
	ir_list_push(&t->ir, &r->init, d);
	r->flags |= IRF_DEF;
	r->u.range.x = s;
	r->u.range.key = blank(t);
	r->u.range.value = p;
	p->u.name.defn = r;
	ir_list_push(&t->ir, &r->u.range.body, assign(t, sink, p, false, 7, 8));
	body(t, r);
	r = ir_new(&t->ir, IR_ORANGE, at(t, 9, 11), NULL);
	d = ir_new(&t->ir, IR_ODCL, i->pos, NULL);
	d->u.decl.x = i;
	ir_list_push(&t->ir, &r->init, d);
	r->flags |= IRF_DEF;
	r->u.range.x = a;
	r->u.range.key = i;
	i->u.name.defn = r;
	ir_list_push(&t->ir, &r->u.range.body, assign(t, blank(t), bin(t, IR_OINDEX, t->tpint, a, i, 10, 8), false, 10, 5));
	body(t, r);
	walk1(t, rng, NULL);

	IrFunc *ts = wfunc(t, "typesw", 14, 6);
	IrNode *x = param(t, "x", t->tiface, 14, 13);
	result(t, "~r0", t->tpint, 14, 28);
	IrNode *v = local(t, "v", t->tpint, 16, 11);
	IrNode *sw = ir_new(&t->ir, IR_OSWITCH, at(t, 15, 2), NULL);
	IrNode *guard = ir_new(&t->ir, IR_OTYPESW, at(t, 15, 2), NULL);
	guard->u.guard.tag = ir_new(&t->ir, IR_ONONAME, at(t, 15, 9), NULL);
	guard->u.guard.tag->u.name.sym = sym_cstr("v");
	guard->u.guard.x = x;
	sw->u.sw.tag = guard;
	IrNode *cas = ir_new(&t->ir, IR_OCASE, at(t, 16, 2), NULL);
	cas->u.cas.var = v;
	ir_list_push(&t->ir, &cas->u.cas.list, ir_new(&t->ir, IR_OTYPE, at(t, 0, 0), t->tpint));
	ir_list_push(&t->ir, &cas->u.cas.body, ret(t, 17, 3, v, NULL));
	ir_list_push(&t->ir, &sw->u.sw.cases, cas);
	body(t, sw);
	body(t, ret(t, 19, 2, nil(t, t->tpint, 19, 9), NULL));
	walk1(t, ts, NULL);

	Type *tmap = ty_new_map(t->tc, t->tpint, t->tpint);
	IrFunc *maps = wfunc(t, "maps", 22, 6);
	IrNode *k = param(t, "k", t->tpint, 22, 11);
	IrNode *vv = param(t, "v", t->tpint, 22, 14);
	result(t, "~r0", tmap, 22, 17);
	IrNode *ml = ir_new(&t->ir, IR_OMAPLIT, at(t, 23, 22), tmap);
	ir_list_push(&t->ir, &ml->u.lit.list, bin(t, IR_OKEY, NULL, k, vv, 23, 24));
	body(t, ret(t, 23, 2, ml, NULL));
	walk1(t, maps, NULL);

	IrFunc *label = wfunc(t, "label", 26, 6);
	IrNode *lp = local(t, "p", t->tpint, 27, 6);
	IrNode *lx = local(t, "x", t->tint, 29, 2);
	vardecl(t, lp);
	IrNode *lab = ir_new(&t->ir, IR_OLABEL, at(t, 28, 5), NULL);
	lab->u.branch.label = sym_cstr("loop");
	body(t, lab);
	body(t, def(t, lx, lit(t, 0, "0", t->tint, 29, 7), 29, 4));
	body(t, assign(t, lp, un(t, IR_OADDR, t->tpint, lx, 30, 6), false, 30, 4));
	IrNode *ifs = ir_new(&t->ir, IR_OIF, at(t, 31, 2), NULL);
	ifs->u.ifs.cond = bin(t, IR_OLT, t->tc->typ[B_BOOL], un(t, IR_ODEREF, t->tint, lp, 31, 5),
		lit(t, 3, "3", t->tint, 31, 10), 31, 8);
	IrNode *gt = ir_new(&t->ir, IR_OGOTO, at(t, 32, 3), NULL);
	gt->u.branch.label = sym_cstr("loop");
	ir_list_push(&t->ir, &ifs->u.ifs.body, gt);
	body(t, ifs);
	walk1(t, label, NULL);

	IrFunc *mn = wfunc(t, "main", 36, 6);
	body(t, call0(t, fname(t, rng), nil(t, tsp, 37, 6), ir_new(&t->ir, IR_OARRAYLIT, at(t, 37, 19), tarr), NULL, 37, 5));
	body(t, assign(t, blank(t), call0(t, fname(t, ts), nil(t, t->tiface, 38, 13), NULL, t->tpint, 38, 12), false, 38, 4));
	body(t, assign(t, blank(t), call0(t, fname(t, maps), nil(t, t->tpint, 39, 11), nil(t, t->tpint, 39, 16), tmap, 39, 10), false, 39, 4));
	body(t, call0(t, fname(t, label), NULL, NULL, NULL, 40, 7));
	walk1(t, mn, NULL);
}

static void walk_recursive(T *t)
{
	/* declared in source order: main first; the call graph decides */
	IrFunc *mn = wfunc(t, "main", 3, 6);
	IrFunc *even = ir_func(&t->ir, sym_cstr("even"), at(t, 9, 6));
	IrFunc *odd = ir_func(&t->ir, sym_cstr("odd"), at(t, 16, 6));
	IrFunc *leaky = ir_func(&t->ir, sym_cstr("leaky"), at(t, 25, 6));
	IrNode *x = local(t, "x", t->tint, 4, 2);
	body(t, def(t, x, lit(t, 0, "0", t->tint, 4, 7), 4, 4));
	body(t, assign(t, blank(t), call0(t, fname(t, even), un(t, IR_OADDR, t->tpint, x, 5, 11),
		lit(t, 3, "3", t->tint, 5, 15), t->tpint, 5, 10), false, 5, 4));
	body(t, call0(t, fname(t, leaky), nil(t, t->tpint, 6, 8), NULL, NULL, 6, 7));
	walk1(t, mn, NULL);

	IrFunc *fns[2] = { even, odd };
	int lines[2] = { 9, 16 }, pcol[2] = { 11, 10 };
	for (int i = 0; i < 2; i++) {
		int l = lines[i];
		t->fn = fns[i];
		IrNode *p = param(t, "p", t->tpint, l, pcol[i]);
		IrNode *n = param(t, "n", t->tint, l, pcol[i] + 8);
		result(t, "~r0", t->tpint, l, pcol[i] + 14);
		IrNode *ifs = ir_new(&t->ir, IR_OIF, at(t, l + 1, 2), NULL);
		ifs->u.ifs.cond = bin(t, IR_OEQ, t->tc->typ[B_BOOL], n, lit(t, 0, "0", t->tint, l + 1, 10), l + 1, 7);
		IrNode *r = i == 0 ? p : nil(t, t->tpint, l + 2, 10);
		ir_list_push(&t->ir, &ifs->u.ifs.body, ret(t, l + 2, 3, r, NULL));
		body(t, ifs);
		int cl = i == 0 ? 12 : 13;  /* odd( or even( */
		IrNode *sub = bin(t, IR_OSUB, t->tint, n, lit(t, 1, "1", t->tint, l + 3, cl + 6), l + 3, cl + 5);
		body(t, ret(t, l + 3, 2, call0(t, fname(t, fns[1 - i]), p, sub, t->tpint, l + 3, cl), NULL));
		walk1(t, fns[i], NULL);
	}
	/* odd's if spans lines 17-19: its return is on line 20 */
	IrNode *oddret = odd->body.v[1];
	oddret->pos = at(t, 20, 2);
	oddret->u.block.list.v[0]->pos = at(t, 20, 13);
	oddret->u.block.list.v[0]->u.call.args.v[1]->pos = at(t, 20, 18);

	IrNode *g = global(t, "g", t->tpint, 23, 5);
	t->fn = leaky;
	IrNode *q = param(t, "q", t->tpint, 25, 12);
	body(t, assign(t, g, q, false, 26, 4));
	body(t, call0(t, fname(t, leaky), q, NULL, NULL, 27, 7));
	walk1(t, leaky, NULL);
}

static void walk_deferrecover(T *t)
{
	Object *mobj = obj_new_func(t->tc, at(t, 3, 17), t->pkg, sym_cstr("M"), sig_of(t, NULL, 0, NULL, false));
	Type *iface = ty_new_interface(t->tc, &mobj, 1, NULL, 0);
	ty_interface_complete(iface);
	Object *iobj = obj_new_typename(t->tc, at(t, 3, 6), t->pkg, sym_cstr("I"), NULL);
	Type *tI = ty_new_named(t->tc, iobj, iface);

	/* d: defer i.M() */
	IrFunc *d = wfunc(t, "d", 5, 6);
	IrNode *i = param(t, "i", tI, 5, 8);
	IrNode *dot = sel(t, IR_ODOTINTER, sig_of(t, NULL, 0, NULL, false), i, "M", 6, 9);
	IrNode *df = ir_new(&t->ir, IR_ODEFER, at(t, 6, 2), NULL);
	df->u.godefer.call = ir_call(&t->ir, IR_OCALLINTER, at(t, 6, 11), NULL, dot, NULL, 0);
	body(t, df);
	walk1(t, d, NULL);

	/* r: defer func() { err = recover() }(); return nil */
	Type *tf = func_type(t, NULL);
	IrFunc *r = wfunc(t, "r", 9, 6);
	IrNode *err = result(t, "err", t->tiface, 9, 11);
	IrFunc *cf = ir_closure_func(&t->ir, at(t, 10, 8), r);
	IrNode *clo = cf->oclosure;
	clo->type = tf;
	IrNode *cerr = ir_closure_var(&t->ir, at(t, 11, 3), cf, err);
	IrNode *rec = ir_call(&t->ir, IR_ORECOVER, at(t, 11, 16), t->tiface, NULL, NULL, 0);
	ir_list_push(&t->ir, &cf->body, assign(t, cerr, rec, false, 11, 7));
	df = ir_new(&t->ir, IR_ODEFER, at(t, 10, 2), NULL);
	df->u.godefer.call = call0(t, clo, NULL, NULL, NULL, 12, 3);
	body(t, df);
	body(t, ret(t, 13, 2, nil(t, t->tiface, 13, 9), NULL));
	walk1(t, r, cf);

	IrFunc *mn = wfunc(t, "main", 16, 6);
	body(t, call0(t, fname(t, d), nil(t, tI, 17, 4), NULL, NULL, 17, 3));
	body(t, assign(t, blank(t), call0(t, fname(t, r), NULL, NULL, t->tiface, 18, 8), false, 18, 4));
	walk1(t, mn, NULL);

	Pos ag = { file_add("<autogenerated>", xstrdup(""), 0), 1, 0 };
	IrFunc *w = wfunc(t, "I.M", 0, 0);
	w->pos = ag;
	w->fflags |= IRFN_WRAPPER;
	IrNode *this = recv(t, ".this", tI, ag);
	IrNode *dd = ir_selector(&t->ir, IR_ODOTINTER, ag, sig_of(t, NULL, 0, NULL, false), this, sym_cstr("M"));
	body(t, ir_call(&t->ir, IR_OCALLINTER, ag, NULL, dd, NULL, 0));
	wrapper(t, w);
	if (rec->op != IR_ORECOVERFP)
		fatal_internal("recover was not rewritten");
}

static void walk_uintptr(T *t)
{
	Type *tup = t->tc->typ[B_UNSAFE_POINTER];
	IrFunc *esc = wfunc(t, "esc", 6, 6);
	esc->pragma |= PRAG_UINTPTRESCAPES;
	param(t, "a", t->tuintptr, 6, 10);
	body(t, ir_new(&t->ir, IR_OBLOCK, at(t, 0, 0), NULL));
	walk1(t, esc, NULL);

	IrFunc *use = wfunc(t, "use", 8, 6);
	IrNode *x = local(t, "x", t->tint, 9, 2);
	body(t, def(t, x, lit(t, 0, "0", t->tint, 9, 7), 9, 4));
	IrNode *up = un(t, IR_OCONVNOP, tup, un(t, IR_OADDR, t->tpint, x, 10, 29), 10, 28);
	IrNode *uptr = un(t, IR_OCONVNOP, t->tuintptr, up, 10, 13);
	IrNode *c = call0(t, fname(t, esc), uptr, NULL, NULL, 10, 5);
	body(t, c);
	walk1(t, use, NULL);

	IrFunc *mn = wfunc(t, "main", 13, 6);
	body(t, call0(t, fname(t, use), NULL, NULL, NULL, 14, 5));
	walk1(t, mn, NULL);
}

static const Prog walks[] = {
	{ "addr", walk_addr },
	{ "alloc", walk_alloc },
	{ "big", walk_big },
	{ "called", walk_called },
	{ "calls", walk_calls },
	{ "closesc", walk_closesc },
	{ "closure", walk_closure },
	{ "content", walk_content },
	{ "deferrecover", walk_deferrecover },
	{ "field", walk_field },
	{ "global", walk_global },
	{ "godefer", walk_godefer },
	{ "iface", walk_iface },
	{ "loop", walk_loop },
	{ "method", walk_method },
	{ "optimize", walk_optimize },
	{ "ptrlit", walk_ptrlit },
	{ "recursive", walk_recursive },
	{ "result", walk_result },
	{ "slicelit", walk_slicelit },
	{ "stmts", walk_stmts },
	{ "store", walk_store },
	{ "uintptr", walk_uintptr },
};

static void run_progs(const char *golden_dir, const char *kind, const Prog *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (int m = 1; m <= 2; m++) {
			char path[4096], name[256];
			snprintf(path, sizeof path, "%s/%s.%s.out", golden_dir, list[i].name, m == 1 ? "m" : "m2");
			snprintf(name, sizeof name, "%s/%s/-m=%d", kind, list[i].name, m);
			char *want = read_path(path);
			if (!want) {
				failf(name, "cannot read %s (run scripts/escape-golden.sh progs)", path);
				continue;
			}
			T t;
			t_init(&t, list[i].name, m);
			list[i].build(&t);
			flush(&t);
			char *got = NULL;
			size_t len = 0;
			FILE *f = open_memstream(&got, &len);
			report_write(&t.rep, f, PROG_DIR);
			fclose(f);
			if (strcmp(got, want) == 0) {
				pass(name);
			} else {
				failf(name, "output differs from gc's (see log)");
				fprintf(stderr, "--- %s: gc\n%s--- goescape\n%s", name, want, got);
			}
			free(got);
			free(want);
			t_free(&t);
		}
	}
}

static void run_engine(const char *golden_dir)
{
	run_transient();
	run_goroot(golden_dir, "issue27732a.go", "fixedbugs_issue27732a.out", goroot_issue27732a);
	run_progs(golden_dir, "engine", progs, sizeof progs / sizeof progs[0]);
	run_progs(golden_dir, "walk", walks, sizeof walks / sizeof walks[0]);
}

/* ==================================================================== */
/* Printer tests                                                         */
/* ==================================================================== */

static char *goldens;   /* every stored gc output, concatenated */

/* s must be the operand of a message in gc's outputs. */
static void expect_printed(T *t, const char *name, IrNode *n)
{
	const char *s = ir_node_string(&t->ir, n);
	const char *forms[] = { ": %s escapes to heap\n", ": %s does not escape\n", "from %s (",
		": %s escapes to heap:\n" };
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		char pat[1024];
		snprintf(pat, sizeof pat, forms[i], s);
		if (strstr(goldens, pat)) {
			pass(name);
			return;
		}
	}
	failf(name, "printed \"%s\", which no gc output has as a message operand", s);
}

static IrNode *name_of(T *t, const char *s, Type *type)
{
	return ir_name(&t->ir, sym_cstr(s), PAUTO, at(t, 1, 1), type);
}

static void run_fmt(void)
{
	T t;
	t_init(&t, "fmt", 1);
	Type *tbyte = t.tc->byte_type;
	Type *tbytes = ty_new_slice(t.tc, tbyte);
	Type *trunes = ty_new_slice(t.tc, t.tc->rune_type);
	const char *f1[] = { "ID", "Name" };
	Type *ty1[] = { t.tint, t.tstring };
	Type *tU = named_struct(&t, "U", f1, ty1, 2);
	Type *tpU = ty_new_pointer(t.tc, tU);
	Type *tCP = named_struct(&t, "ConstPtr", f1, ty1, 2);
	Type *tpCP = ty_new_pointer(t.tc, tCP);

	/* &U{...} and &ConstPtr{} */
	IrNode *lit1 = complit(&t, IR_OSTRUCTLIT, tU, 2, 1, 1);
	expect_printed(&t, "fmt/ptrlit", un(&t, IR_OPTRLIT, tpU, lit1, 1, 1));
	IrNode *lit0 = complit(&t, IR_OSTRUCTLIT, tCP, 0, 1, 1);
	expect_printed(&t, "fmt/ptrlit-empty", un(&t, IR_OPTRLIT, tpCP, lit0, 1, 1));
	/* new(ConstPtr), new([65537]*string) */
	IrNode *nw = un(&t, IR_ONEW, tpCP, ir_new(&t.ir, IR_OTYPE, at(&t, 1, 1), tCP), 1, 1);
	expect_printed(&t, "fmt/new-named", nw);
	Type *arr = ty_new_array(t.tc, ty_new_pointer(t.tc, t.tstring), 65537);
	nw = un(&t, IR_ONEW, ty_new_pointer(t.tc, arr), ir_new(&t.ir, IR_OTYPE, at(&t, 1, 1), arr), 1, 1);
	expect_printed(&t, "fmt/new-array", nw);
	/* make([]int, n), make([]int, i, 3), make(map[int]int),
	 * make([]byte, 1 << 30), make(map[*int]*int) */
	IrNode *n = name_of(&t, "n", t.tint);
	expect_printed(&t, "fmt/make-len", make(&t, IR_OMAKESLICE, t.tsliceint, n, NULL, 1, 1));
	IrNode *i = name_of(&t, "i", t.tint);
	expect_printed(&t, "fmt/make-len-cap",
		make(&t, IR_OMAKESLICE, t.tsliceint, i, lit(&t, 3, "3", t.tint, 1, 1), 1, 1));
	IrNode *zero = lit(&t, 0, "0", ty_basic(t.tc, B_UNTYPED_INT), 1, 1);
	Type *tmap = ty_new_map(t.tc, t.tint, t.tint);
	expect_printed(&t, "fmt/make-map", make(&t, IR_OMAKEMAP, tmap, zero, NULL, 1, 1));
	Type *tmapp = ty_new_map(t.tc, t.tpint, t.tpint);
	expect_printed(&t, "fmt/make-map-ptr", make(&t, IR_OMAKEMAP, tmapp, zero, NULL, 1, 1));
	expect_printed(&t, "fmt/make-shift-const",
		make(&t, IR_OMAKESLICE, tbytes, lit(&t, 1 << 30, "1 << 30", t.tint, 1, 1), NULL, 1, 1));
	/* ([]byte)(s), ([]rune)(s), string(b) */
	IrNode *s = name_of(&t, "s", t.tstring);
	expect_printed(&t, "fmt/str2bytes", un(&t, IR_OSTR2BYTES, tbytes, s, 1, 1));
	expect_printed(&t, "fmt/str2runes", un(&t, IR_OSTR2RUNES, trunes, s, 1, 1));
	IrNode *b = name_of(&t, "b", tbytes);
	IrNode *sb = un(&t, IR_OBYTES2STR, t.tstring, b, 1, 1);
	expect_printed(&t, "fmt/bytes2str", sb);
	/* s0 + s1, string(b) + s0, s + "YYYY", "PWD=" + dir */
	IrNode *s0 = name_of(&t, "s0", t.tstring), *s1 = name_of(&t, "s1", t.tstring);
	IrNode *add = ir_new(&t.ir, IR_OADDSTR, at(&t, 1, 1), t.tstring);
	ir_list_push(&t.ir, &add->u.lit.list, s0);
	ir_list_push(&t.ir, &add->u.lit.list, s1);
	expect_printed(&t, "fmt/addstr", add);
	add = ir_new(&t.ir, IR_OADDSTR, at(&t, 1, 1), t.tstring);
	ir_list_push(&t.ir, &add->u.lit.list, sb);
	ir_list_push(&t.ir, &add->u.lit.list, s0);
	expect_printed(&t, "fmt/addstr-conv", add);
	add = ir_new(&t.ir, IR_OADDSTR, at(&t, 1, 1), t.tstring);
	ir_list_push(&t.ir, &add->u.lit.list, strlit(&t, "PWD=", "\"PWD=\"", 1, 1));
	ir_list_push(&t.ir, &add->u.lit.list, name_of(&t, "dir", t.tstring));
	expect_printed(&t, "fmt/addstr-const", add);
	/* func literal */
	IrFunc *cf;
	t.fn = ir_func(&t.ir, sym_cstr("f"), at(&t, 1, 1));
	expect_printed(&t, "fmt/closure", closure(&t, &cf, 1, 1));
	/* fmt.Sprintf("iter %d: maxI = %d, len(m) = %d", ... argument...) */
	IrNode *sprintf = ir_name(&t.ir, sym_cstr("Sprintf"), PFUNC, at(&t, 1, 1), NULL);
	sprintf->u.name.qual = "fmt";
	Type *tifaces = ty_new_slice(t.tc, t.tiface);
	IrNode *ddd = complit(&t, IR_OSLICELIT, tifaces, 3, 1, 1);
	IrNode *orig = complit(&t, IR_OCOMPLIT, tifaces, 3, 1, 1);
	orig->flags |= IRF_IMPLICIT;
	ddd->orig = orig;
	IrNode *args[] = { strlit(&t, "iter %d: maxI = %d, len(m) = %d",
		"\"iter %d: maxI = %d, len(m) = %d\"", 1, 1), ddd };
	IrNode *call = ir_call(&t.ir, IR_OCALLFUNC, at(&t, 1, 1), t.tstring, sprintf, args, 2);
	call->flags |= IRF_ISDDD;
	expect_printed(&t, "fmt/call-ddd", call);
	expect_printed(&t, "fmt/ddd-argument", ddd);
	/* *(*v.p): a dereference of a dereference is parenthesized */
	Type *tppp = ty_new_pointer(t.tc, t.tppint);
	IrNode *v = name_of(&t, "v", tpU);
	IrNode *vp = sel(&t, IR_ODOTPTR, tppp, v, "p", 1, 1);
	expect_printed(&t, "fmt/deref-deref", un(&t, IR_ODEREF, t.tpint, un(&t, IR_ODEREF, t.tppint, vp, 1, 1), 1, 1));
	/* (&t{...}).f and t{...}.f: a selector's operand prints at precedence 8 */
	const char *f2[] = { "f" };
	Type *ty2[] = { t.tpint };
	Type *tt = named_struct(&t, "t", f2, ty2, 1);
	IrNode *tl = complit(&t, IR_OSTRUCTLIT, tt, 1, 1, 1);
	IrNode *ptl = un(&t, IR_OPTRLIT, ty_new_pointer(t.tc, tt), tl, 1, 1);
	expect_printed(&t, "fmt/dot-ptrlit", sel(&t, IR_ODOTPTR, t.tpint, ptl, "f", 1, 1));
	expect_printed(&t, "fmt/dot-lit", sel(&t, IR_ODOT, t.tpint, complit(&t, IR_OSTRUCTLIT, tt, 1, 1, 1), "f", 1, 1));
	/* x.(int), m[0], len(m), int(i), t.M, *m */
	IrNode *x = name_of(&t, "x", t.tiface);
	expect_printed(&t, "fmt/dottype", un(&t, IR_ODOTTYPE, t.tint, x, 1, 1));
	IrNode *m = name_of(&t, "m", tmap);
	expect_printed(&t, "fmt/indexmap", bin(&t, IR_OINDEXMAP, t.tint, m, lit(&t, 0, "0", t.tint, 1, 1), 1, 1));
	expect_printed(&t, "fmt/len", un(&t, IR_OLEN, t.tint, m, 1, 1));
	IrNode *ie = name_of(&t, "i", ty_basic(t.tc, B_INT64));
	expect_printed(&t, "fmt/conv", un(&t, IR_OCONV, t.tint, ie, 1, 1));
	expect_printed(&t, "fmt/methvalue", sel(&t, IR_OMETHVALUE, NULL, name_of(&t, "t", tt), "M", 1, 1));
	IrNode *mp = name_of(&t, "m", t.tpint);
	expect_printed(&t, "fmt/deref", un(&t, IR_ODEREF, t.tint, mp, 1, 1));
	/* an implicit conversion prints as its operand */
	IrNode *cv = un(&t, IR_OCONVIFACE, t.tiface, name_of(&t, "xyz", t.tint), 1, 1);
	cv->flags |= IRF_IMPLICIT;
	expect_printed(&t, "fmt/implicit-conv", cv);
	/* types: &[4]interface {}{...}, []func() int{...}, map[*int]*int{...}, []*int{...} */
	Type *tarr4 = ty_new_array(t.tc, t.tiface, 4);
	expect_printed(&t, "fmt/type-iface",
		un(&t, IR_OPTRLIT, ty_new_pointer(t.tc, tarr4), complit(&t, IR_OARRAYLIT, tarr4, 4, 1, 1), 1, 1));
	Object *res = obj_new_param(t.tc, at(&t, 1, 1), t.pkg, NULL, t.tint);
	Type *sig = ty_new_signature(t.tc, NULL, ty_new_tuple(t.tc, NULL, 0), ty_new_tuple(t.tc, &res, 1), false);
	expect_printed(&t, "fmt/type-func", complit(&t, IR_OSLICELIT, ty_new_slice(t.tc, sig), 1, 1, 1));
	expect_printed(&t, "fmt/type-map", complit(&t, IR_OMAPLIT, tmapp, 1, 1, 1));
	expect_printed(&t, "fmt/type-slice-ptr", complit(&t, IR_OSLICELIT, ty_new_slice(t.tc, t.tpint), 2, 1, 1));
	/* statements, as -m=2 notes print them */
	IrNode *sink = ir_name(&t.ir, sym_cstr("sink"), PEXTERN, at(&t, 1, 1), t.tpint);
	IrNode *p = name_of(&t, "p", t.tpint), *q = name_of(&t, "q", t.tpint);
	expect_printed(&t, "fmt/stmt-assign", assign(&t, sink, p, false, 1, 1));
	expect_printed(&t, "fmt/stmt-return2", ret(&t, 1, 1, q, p));
	t_free(&t);
}

/* ==================================================================== */
/* Traversal order                                                       */
/* ==================================================================== */

static void record(IrNode *n, void *ctx)
{
	TyBuf *b = ctx;
	if (n->op == IR_ONAME)
		tybuf_printf(b, "%s ", n->u.name.sym->name);
	else
		tybuf_printf(b, "%s ", ir_op_name(n->op));
}

static bool record_do(IrNode *n, void *ctx)
{
	record(n, ctx);
	return false;
}

static IrNode *rename_edit(IrNode *n, void *ctx)
{
	IrNode *to = ctx;
	return n->op == IR_ONAME && strcmp(n->u.name.sym->name, "a") == 0 ? to : n;
}

/* The order is gc's generated doChildren (ir/node_gen.go): the init list,
 * then the fields in declaration order. */
static void run_children(void)
{
	T t;
	t_init(&t, "children", 1);
	IrNode *a = name_of(&t, "a", t.tint), *b = name_of(&t, "b", t.tint);
	IrNode *c = name_of(&t, "c", t.tint), *d = name_of(&t, "d", t.tint);
	IrNode *e = name_of(&t, "e", t.tint);
	/* for init; a < b; c = d { e } */
	IrNode *loop = ir_new(&t.ir, IR_OFOR, at(&t, 1, 1), NULL);
	ir_list_push(&t.ir, &loop->init, assign(&t, a, b, true, 1, 1));
	loop->u.loop.cond = bin(&t, IR_OLT, t.tint, a, b, 1, 1);
	loop->u.loop.post = assign(&t, c, d, false, 1, 1);
	ir_list_push(&t.ir, &loop->u.loop.body, e);
	/* x[lo:hi:max] and a call f(a, b) with init c */
	IrNode *sl = ir_new(&t.ir, IR_OSLICE3, at(&t, 1, 1), t.tsliceint);
	sl->u.slice.x = a;
	sl->u.slice.low = b;
	sl->u.slice.high = c;
	sl->u.slice.max = d;
	IrNode *args[] = { a, b };
	IrNode *call = ir_call(&t.ir, IR_OCALLFUNC, at(&t, 1, 1), NULL, e, args, 2);
	ir_list_push(&t.ir, &call->init, c);
	/* if a { b } else { c }, range x over a with key b, value c { d } */
	IrNode *ifs = ir_new(&t.ir, IR_OIF, at(&t, 1, 1), NULL);
	ifs->u.ifs.cond = a;
	ir_list_push(&t.ir, &ifs->u.ifs.body, b);
	ir_list_push(&t.ir, &ifs->u.ifs.els, c);
	IrNode *rng = ir_new(&t.ir, IR_ORANGE, at(&t, 1, 1), NULL);
	rng->u.range.x = a;
	rng->u.range.key = b;
	rng->u.range.value = c;
	ir_list_push(&t.ir, &rng->u.range.body, d);

	struct { const char *name; IrNode *n; const char *want; } cases[] = {
		{ "children/for", loop, "AS LT AS e " },
		{ "children/slice3", sl, "a b c d " },
		{ "children/call", call, "c e a b " },
		{ "children/if", ifs, "a b c " },
		{ "children/range", rng, "a b c d " },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		TyBuf buf = { 0 };
		tybuf_puts(&buf, "");
		ir_do_children(cases[i].n, record_do, &buf);
		if (strcmp(buf.str, cases[i].want) == 0)
			pass(cases[i].name);
		else
			failf(cases[i].name, "visited \"%s\", gc's order is \"%s\"", buf.str, cases[i].want);
		tybuf_free(&buf);
	}

	/* ir_visit is pre-order, the node first */
	TyBuf buf = { 0 };
	ir_visit(loop, record, &buf);
	const char *want = "FOR AS a b LT a b AS c d e ";
	if (strcmp(buf.str, want) == 0)
		pass("children/visit");
	else
		failf("children/visit", "visited \"%s\", want \"%s\"", buf.str, want);
	tybuf_free(&buf);

	/* ir_edit_children replaces direct children only */
	IrNode *z = name_of(&t, "z", t.tint);
	ir_edit_children(sl, rename_edit, z);
	ir_edit_children(loop, rename_edit, z);
	if (sl->u.slice.x == z && sl->u.slice.low == b && loop->u.loop.cond->u.bin.x == a)
		pass("children/edit");
	else
		failf("children/edit", "edited the wrong nodes");
	t_free(&t);
}

/* ==================================================================== */
/* Leaks                                                                 */
/* ==================================================================== */

static void run_leaks(void)
{
	char buf[16];
	size_t len;
	EscLeaks l = { { 0 } };
	bool ok = leaks_empty(l) && leaks_heap(l) == -1;
	leaks_encode(l, buf, &len);
	ok = ok && len == 4 && memcmp(buf, "esc:", 4) == 0;
	leaks_add_result(&l, 0, 1);
	leaks_add_result(&l, 0, 3);          /* keeps the minimum */
	ok = ok && leaks_result(l, 0) == 1;
	leaks_encode(l, buf, &len);
	ok = ok && len == 6 && buf[4] == 0 && buf[5] == 2;
	EscLeaks back = leaks_parse(buf, len);
	ok = ok && memcmp(&back, &l, sizeof l) == 0;
	leaks_add_heap(&l, 1);
	leaks_optimize(&l);                  /* result 0 at 1 >= heap 1: dropped */
	ok = ok && leaks_result(l, 0) == -1 && leaks_heap(l) == 1;
	leaks_add_heap(&l, 0);
	leaks_encode(l, buf, &len);
	ok = ok && len == 0;                 /* "leaks to heap": the empty tag */
	back = leaks_parse("", 0);           /* untagged: escapes */
	ok = ok && leaks_heap(back) == 0;
	leaks_add_result(&back, 6, 1000);    /* saturates */
	ok = ok && back.v[7] == 255 && leaks_result(back, 6) == 254;
	if (ok)
		pass("leaks");
	else
		failf("leaks", "encoding, parsing or optimizing is wrong");
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "engine") == 0 && argc == 3) {
		run_engine(argv[2]);
	} else if (argc >= 3 && strcmp(argv[1], "fmt") == 0) {
		size_t total = 0;
		goldens = xstrdup("");
		for (int i = 2; i < argc; i++) {
			char *s = read_path(argv[i]);
			if (!s) {
				failf("fmt", "cannot read %s", argv[i]);
				continue;
			}
			size_t n = strlen(s);
			goldens = xrealloc(goldens, total + n + 1);
			memcpy(goldens + total, s, n + 1);
			total += n;
			free(s);
		}
		run_fmt();
		free(goldens);
	} else if (argc == 2 && strcmp(argv[1], "leaks") == 0) {
		run_leaks();
	} else if (argc == 2 && strcmp(argv[1], "children") == 0) {
		run_children();
	} else if (argc == 5 && strcmp(argv[1], "report") == 0) {
		/* gc's raw output on stdin, one package */
		char *raw = read_all(stdin, NULL);
		Report r;
		report_init(&r, argv[2], argv[3]);
		char *save = NULL;
		for (char *line = strtok_r(raw, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
			report_line(&r, line);
		report_write(&r, stdout, argv[4]);
		report_free(&r);
		free(raw);
		return 0;
	} else {
		fprintf(stderr, "usage: escape_test engine DIR | fmt GOLDEN... | leaks | children | report IMPORTPATH DIR CWD\n");
		return 2;
	}
	sym_free_all();
	file_free_all();
	arena_release_pool();
	return nfail ? 1 : 0;
}

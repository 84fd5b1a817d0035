/*
 * escape.h — escape analysis (escape.c) and the -m output channel
 * (report.c).  docs/escape-design.md §2.5-2.11, §5.5, §5.7.
 *
 * The vocabulary is gc's (cmd/compile/internal/escape), so the two can be
 * read side by side: a location per variable or allocation, holes (where
 * a value goes, with a dereference count), edges recorded in the
 * destination, a solver that walks the graph backwards from every
 * location, parameter tags ("leaks") that tell callers what a function
 * does with its arguments.
 *
 * What is here: the graph, the solver, leaks and tags, capture decisions,
 * heap-allocation reasons and every message of the finish step, with the
 * -m=2 explanations.  What is not yet: the walk of function bodies that
 * builds the graph from the IR (esc_stmt, esc_expr, esc_call ...), which
 * needs irgen; until then tests build graphs by hand
 * (tests/escape/escape_test.c).
 */
#ifndef ESCAPE_H
#define ESCAPE_H

#include "goescape.h"
#include "ir.h"

/* ==================================================================== */
/* report.c — the -m output channel                                      */
/* ==================================================================== */

/* gc prints every -m line at once, in production order (no sorting, no
 * deduplication), to stdout; the go command collects one package's text
 * and prints it under "# importpath", with the package directory
 * replaced by its path relative to the working directory.  A Report is
 * that text for one package. */
typedef struct Report {
	const char *importpath; /* "x", "x/sub", "command-line-arguments" */
	const char *dir;        /* the package directory, absolute */
	PtrVec lines;           /* malloc'd lines, without newline */
	int dropped;            /* lines holding REPORT_UNKNOWN, not kept */
	const char *cwd;        /* set: positions print with absolute file
	                         * names, as gc records them (report_write
	                         * then shortens the package's own, as the
	                         * go command does) */
	/* report_pos: the last file name made absolute, and what it
	 * became (malloc'd): lines come file by file */
	char *last_name, *last_abs;
} Report;

/* A character the printers write for a part of a node gc would print
 * but goescape cannot spell (the length of a shape instantiation's
 * dictionary): a line holding it is dropped, not guessed. */
#define REPORT_UNKNOWN '\x01'

void report_init(Report *r, const char *importpath, const char *dir);
void report_free(Report *r);
/* A position as gc prints it in this report (file:line:col). */
void report_pos(Report *r, Pos pos, char *buf, size_t n);
/* Append a line as gc prints it (text is copied). */
void report_line(Report *r, const char *text);
/* Append "POS: message", POS as gc prints it (diag_format_pos). */
void report_at(Report *r, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The go command's output for the package, run from directory cwd:
 * nothing when there are no lines, else "# importpath" and the lines with
 * the directory rewritten (cmd/go's showOutput). */
void report_write(const Report *r, FILE *out, const char *cwd);
/* cmd/go's base.ShortPath: path relative to cwd when that is shorter
 * (both absolute and clean); malloc'd. */
char *report_short_path(const char *cwd, const char *path);

/* ==================================================================== */
/* escape.c — locations, holes, the solver, tags, messages               */
/* ==================================================================== */

/* gc's leaks: slot 0 the heap, slots 1..7 the results 0..6; each byte is
 * derefs+1 (0: no flow), saturating at 255. */
enum { ESC_NUM_RESULTS = 7 };
typedef struct EscLeaks {
	uint8_t v[1 + ESC_NUM_RESULTS];
} EscLeaks;

bool leaks_empty(EscLeaks l);
int leaks_heap(EscLeaks l);             /* -1: no flow */
int leaks_result(EscLeaks l, int i);    /* -1: no flow */
void leaks_add_heap(EscLeaks *l, int derefs);
void leaks_add_result(EscLeaks *l, int i, int derefs);
/* Drop result flows no shorter than the heap flow. */
void leaks_optimize(EscLeaks *l);
/* The parameter tag: "" for a heap flow at derefs 0, else "esc:" and the
 * bytes up to the last non-zero one.  *len gets the length (the bytes
 * may contain NULs).  Written into buf (at least 4 + 8 bytes). */
void leaks_encode(EscLeaks l, char *buf, size_t *len);
/* Anything not starting with "esc:" (an untagged parameter) means
 * "leaks to the heap at derefs 0". */
EscLeaks leaks_parse(const char *s, size_t len);

typedef struct EscLoc EscLoc;

/* An explanation of one step, kept only at -m >= 2 (newest first). */
typedef struct EscNote {
	struct EscNote *next;
	IrNode *where;
	const char *why;
} EscNote;

/* Where a value goes: a location, and how many dereferences (minus
 * address-ofs) are applied on the way (>= -1). */
typedef struct EscHole {
	EscLoc *dst;
	int derefs;
	EscNote *notes;
	bool addrtaken;
} EscHole;

/* A flow into a location, kept in the destination's list. */
typedef struct EscEdge {
	EscLoc *src;
	int derefs;
	EscNote *notes;
} EscEdge;

struct EscLoc {
	IrNode *n;              /* the variable or allocation; NULL: temporary */
	IrFunc *curfn;
	EscEdge *edges;         /* incoming, in flow order */
	int nedges, capedges;
	int loop_depth;
	int result_index;       /* 1+i for the i-th result, else 0 */
	/* walkOne's scratch */
	int derefs;
	uint32_t walkgen;
	EscLoc *dst;
	int dst_edge_idx;
	bool queued;
	bool escapes, transient, captured, reassigned, addrtaken;
	EscLeaks param_esc;
};

/* A closure met during the walk, for the capture decisions. */
typedef struct EscClosure {
	EscHole k;
	IrNode *clo;            /* the OCLOSURE */
} EscClosure;

/* One strongly connected component of the call graph. */
typedef struct EscBatch {
	IrCtx *ir;
	Arena arena;            /* locations, edges, notes */
	int lower_m;            /* the -m level */
	bool smallframes;       /* -smallframes: lower stack size limits */
	Report *out;
	EscLoc **all_locs;      /* creation order: the order of the messages */
	int nlocs, caplocs;
	EscClosure *closures;
	int nclosures, capclosures;
	EscLoc heap_loc, blank_loc;
	uint32_t walkgen;
} EscBatch;

/* A label of the function being walked: does a goto jump back to it? */
typedef struct EscLabel {
	Sym *sym;
	int state;              /* ESC_LABEL_LOOPING or _NONLOOPING */
} EscLabel;
enum { ESC_LABEL_LOOPING = 1, ESC_LABEL_NONLOOPING };

/* The walk of one function (gc's escape). */
typedef struct Escape {
	EscBatch *b;
	IrFunc *curfn;
	int loop_depth;
	EscLabel *labels;       /* malloc'd; empty again when the walk ends */
	int nlabels, caplabels;
} Escape;

void esc_batch_init(EscBatch *b, IrCtx *ir, int lower_m, Report *out);
void esc_batch_free(EscBatch *b);
/* The walk state for fn at loop depth 1. */
Escape esc_with(EscBatch *b, IrFunc *fn);

/* Step 1 of a batch: locations for fn's Dcl (and a top-level function's
 * closure variables), result indexes; marks fn planned. */
void esc_init_func(EscBatch *b, IrFunc *fn);
/* The location of a name (its canonical one: a closure variable's outer
 * name). */
EscLoc *esc_old_loc(IrNode *name);
EscLoc *esc_new_loc(Escape *e, IrNode *n, bool transient);

/* Holes. */
EscHole esc_loc_hole(EscLoc *l);
EscHole esc_heap_hole(EscBatch *b);
EscHole esc_discard_hole(EscBatch *b);
EscHole esc_note(EscBatch *b, EscHole k, IrNode *where, const char *why);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_deref(EscBatch *b, EscHole k, IrNode *where, const char *why);
EscHole esc_addr(EscBatch *b, EscHole k, IrNode *where, const char *why);
EscHole esc_dot_type(EscBatch *b, EscHole k, Type *t, IrNode *where, const char *why);

/* Record that the value at src flows to k (gc's flow, with its filters
 * and the immediate escape of an address flowing into an escaping
 * location). */
void esc_flow(EscBatch *b, EscHole k, EscLoc *src);
/* A transient location for allocation n whose address flows to k. */
EscHole esc_spill(Escape *e, EscHole k, IrNode *n);
EscHole esc_tee_hole(Escape *e, EscHole *ks, int nks);
EscHole esc_later(Escape *e, EscHole k);
/* Remember a closure literal met during the walk (k is its spill hole). */
void esc_add_closure(EscBatch *b, EscHole k, IrNode *clo);

/* Why n must live on the heap whatever flows ("too large for stack",
 * "non-constant size" ...), or NULL. */
const char *esc_heap_alloc_reason(EscBatch *b, IrNode *n);
/* gc's types.HasPointers. */
bool esc_has_pointers(Type *t);
/* The same, each type asked once per package (escape's every
 * expression asks). */
bool esc_has_pointers_memo(IrCtx *ir, Type *t);
/* gc's types.IsDirectIface: pointer-shaped types, stored in an
 * interface's data word as they are. */
bool esc_is_direct_iface(Type *t);

/* ---- escape_walk.c: building the graph from function bodies ---------- */

/* Step 2 of a batch for one function that is not a hidden closure
 * (closures are walked where their literal is met): find the labels
 * that gotos jump back to, then walk the body at loop depth 1. */
void esc_walk_func(EscBatch *b, IrFunc *fn);
/* gc's ir.StaticValue: what a local variable never reassigned holds
 * (through no-op conversions), else n itself (devirtualization uses it). */
IrNode *esc_static_value(IrNode *n);
/* Everything: init, walk, then esc_batch_finish (gc's Batch). */
void esc_batch(IrCtx *ir, IrFunc **fns, int nfns, int lower_m, bool smallframes, Report *out);
/* gc's escape.Funcs: every function of decls (Target.Decls order), in
 * bottom-up batches. */
void esc_funcs(IrCtx *ir, IrFunc **decls, int n, int lower_m, bool smallframes, Report *out);

/* walkfacts.c: the -m lines of gc's walk ("index bounds check elided"),
 * for the functions of Target.Decls, in the order gc walks them.  The
 * itabs walk asks for (reflectdata.ITabAddr: a concrete type converted
 * to a non-empty interface, or asserted from one, type switch cases
 * included) are reported to hooks->itab as met, the other runtime types
 * to hooks->need, if hooks. */
typedef struct WalkHooks {
	void (*itab)(void *ctx, Type *typ, Type *iface);
	/* a runtime type walk or the back end asks for (reflectdata's
	 * TypePtr/TypeLinksym: NeedRuntimeType), as far as it can matter
	 * to the wrappers: a type converted to the empty interface, the
	 * interface of an I2I conversion, the target of a type assertion
	 * that needs no itab */
	void (*need)(void *ctx, Type *t);
	void *ctx;
} WalkHooks;
void walk_facts(IrCtx *ir, IrFunc **decls, int n, int lower_m, Report *out, const WalkHooks *hooks);

/* gc's ir.StaticValue: what a never reassigned local was defined as
 * (through OCONVNOPs and inlined calls' single results). */
IrNode *esc_static_value(IrNode *n);
/* gc's typecheck.FixVariadicCall: the arguments of a call of a variadic
 * signature sig gathered into a "... argument" slice literal (nil when
 * there are none), at the call's position; a no-op for f(s...). */
void esc_fix_variadic_call(IrCtx *c, IrNode *call, Type *sig);

/* Steps 3 to 6 of a batch, once every function was walked: capture
 * decisions, heap-allocation reasons, the solver, tags and messages. */
void esc_batch_finish(EscBatch *b, IrFunc **fns, int nfns);
void esc_flow_closure(EscBatch *b, EscHole k, IrNode *clo);
void esc_walk_all(EscBatch *b);
bool esc_outlives(EscLoc *l, EscLoc *other);
/* The tag of fn's narg-th receiver/parameter (from 1), with its -m line. */
void esc_param_tag(EscBatch *b, IrFunc *fn, int narg, IrParam *f);
void esc_finish(EscBatch *b, IrFunc **fns, int nfns);

/* ==================================================================== */
/* inline.c — gc's inliner (inline/inl.go), docs/escape-design.md §4      */
/* ==================================================================== */

/* gc's InlinePackage: the functions of decls (Target.Decls order) in
 * bottom-up components of the call graph; each is offered to CanInline
 * (unless it is alone in a recursive component), then its calls of
 * inlinable functions are replaced by inlined copies (OINLCALL).  Prints
 * "can inline", "cannot inline" (-m=2) and "inlining call to" lines to
 * out, in gc's order.  Closures made by inlining a function that holds a
 * literal are appended to *decls (grown in the arena; *n updated), as gc
 * appends them to Target.Decls. */
void inl_package(IrCtx *ir, IrFunc ***decls, int *n, int lower_m, Report *out);
/* gc's InlineCalls on one function: what the wrappers stage runs on a
 * (*T).M wrapper whose callee has no closures, before its escape batch.
 * Closures made by inlining are not added to any list here. */
void inl_calls(IrCtx *ir, IrFunc *fn, int lower_m, Report *out);
/* gc's CanInline on one function (silent when already checked). */
void inl_can_inline(IrCtx *ir, IrFunc *fn, int lower_m, Report *out);

#endif

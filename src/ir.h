/*
 * ir.h — gc's intermediate representation, as escape analysis and the
 * inliner see it (docs/escape-design.md §2.1, §5.2).
 *
 * goescape builds gc's IR rather than something like it: message texts,
 * positions, inlining costs and the order of -m lines are all functions
 * of the exact node shapes gc builds.  So the op set is gc's (ir/node.go,
 * same names with an IR_ prefix), a node's children are visited in gc's
 * doChildren order (init list first), and the printers (ir_fmt_*) follow
 * gc's ir/fmt.go: exprFmt's precedences and per-op forms, stmtFmt's short
 * statement forms.
 *
 * Memory: every node, name, function and list lives in the arena of its
 * IrCtx; nothing is freed one by one.  Names are interned Syms.  Types
 * are the checker's (types.h) and print with ty_write_gc.
 *
 * Not here: building the IR from the typed syntax tree (irgen.c, which
 * needs the checker's function bodies), the -W style dump, stmtFmt's
 * export form (gc never prints it under -m).
 */
#ifndef IR_H
#define IR_H

#include "goescape.h"
#include "types.h"
#include "constant.h"

/* gc's ops, in ir/node.go's order (the debug names drop the O: "ADDR"). */
#define IR_OPS(X) \
	X(OXXX) X(ONAME) X(ONONAME) X(OTYPE) X(OLITERAL) X(ONIL) \
	X(OADD) X(OSUB) X(OOR) X(OXOR) X(OADDSTR) X(OADDR) X(OANDAND) \
	X(OAPPEND) X(OBYTES2STR) X(OBYTES2STRTMP) X(ORUNES2STR) X(OSTR2BYTES) \
	X(OSTR2BYTESTMP) X(OSTR2RUNES) X(OSLICE2ARRPTR) X(OAS) X(OAS2) \
	X(OAS2DOTTYPE) X(OAS2FUNC) X(OAS2MAPR) X(OAS2RECV) X(OASOP) X(OCALL) \
	X(OCALLFUNC) X(OCALLMETH) X(OCALLINTER) X(OCAP) X(OCLOSE) X(OCLOSURE) \
	X(OCOMPLIT) X(OMAPLIT) X(OSTRUCTLIT) X(OARRAYLIT) X(OSLICELIT) \
	X(OPTRLIT) X(OCONV) X(OCONVIFACE) X(OCONVIDATA) X(OCONVNOP) X(OCOPY) \
	X(ODCL) X(ODCLFUNC) X(ODCLCONST) X(ODCLTYPE) X(ODELETE) X(ODOT) \
	X(ODOTPTR) X(ODOTMETH) X(ODOTINTER) X(OXDOT) X(ODOTTYPE) X(ODOTTYPE2) \
	X(OEQ) X(ONE) X(OLT) X(OLE) X(OGE) X(OGT) X(ODEREF) X(OINDEX) \
	X(OINDEXMAP) X(OKEY) X(OSTRUCTKEY) X(OLEN) X(OMAKE) X(OMAKECHAN) \
	X(OMAKEMAP) X(OMAKESLICE) X(OMAKESLICECOPY) X(OMUL) X(ODIV) X(OMOD) \
	X(OLSH) X(ORSH) X(OAND) X(OANDNOT) X(ONEW) X(ONOT) X(OBITNOT) \
	X(OPLUS) X(ONEG) X(OOROR) X(OPANIC) X(OPRINT) X(OPRINTN) X(OPAREN) \
	X(OSEND) X(OSLICE) X(OSLICEARR) X(OSLICESTR) X(OSLICE3) X(OSLICE3ARR) \
	X(OSLICEHEADER) X(ORECOVER) X(ORECOVERFP) X(ORECV) X(ORUNESTR) \
	X(OSELRECV2) X(OREAL) X(OIMAG) X(OCOMPLEX) X(OALIGNOF) X(OOFFSETOF) \
	X(OSIZEOF) X(OUNSAFEADD) X(OUNSAFESLICE) X(OMETHEXPR) X(OMETHVALUE) \
	X(OBLOCK) X(OBREAK) X(OCASE) X(OCONTINUE) X(ODEFER) X(OFALL) X(OFOR) \
	X(OFORUNTIL) X(OGOTO) X(OIF) X(OLABEL) X(OGO) X(ORANGE) X(ORETURN) \
	X(OSELECT) X(OSWITCH) X(OTYPESW) X(OFUNCINST) X(OINLCALL) X(OEFACE) \
	X(OITAB) X(OIDATA) X(OSPTR) X(OCFUNC) X(OCHECKNIL) X(OVARDEF) \
	X(OVARKILL) X(OVARLIVE) X(ORESULT) X(OINLMARK) X(OLINKSYMOFFSET) \
	X(OJUMPTABLE) X(ODYNAMICDOTTYPE) X(ODYNAMICDOTTYPE2) X(ODYNAMICTYPE) \
	X(OTAILCALL) X(OGETG) X(OGETCALLERPC) X(OGETCALLERSP)

#define IR_OP_ENUM(o) IR_##o,
typedef enum IrOp { IR_OPS(IR_OP_ENUM) IR_OEND } IrOp;
#undef IR_OP_ENUM

/* gc's node types (the Go struct each op uses); decides the fields and
 * the child order. */
typedef enum IrClass {
	IRC_NONE,
	IRC_NAME,       /* Name */
	IRC_CONST,      /* ConstExpr / BasicLit (OLITERAL) */
	IRC_LEAF,       /* NilExpr, typeNode, OGETG-like leaves without children */
	IRC_UNARY,      /* UnaryExpr: X */
	IRC_BINARY,     /* BinaryExpr: X, Y */
	IRC_LOGICAL,    /* LogicalExpr: X, Y */
	IRC_ADDR,       /* AddrExpr: X, Prealloc */
	IRC_STAR,       /* StarExpr: X */
	IRC_PAREN,      /* ParenExpr: X */
	IRC_CONV,       /* ConvExpr: X */
	IRC_CALL,       /* CallExpr: X, Args, KeepAlive */
	IRC_SELECTOR,   /* SelectorExpr: X, Prealloc */
	IRC_INDEX,      /* IndexExpr: X, Index */
	IRC_SLICE,      /* SliceExpr: X, Low, High, Max */
	IRC_MAKE,       /* MakeExpr: Len, Cap */
	IRC_COMPLIT,    /* CompLitExpr: List, Prealloc */
	IRC_KEY,        /* KeyExpr: Key, Value */
	IRC_STRUCTKEY,  /* StructKeyExpr: Value */
	IRC_ADDSTR,     /* AddStringExpr: List, Prealloc */
	IRC_TYPEASSERT, /* TypeAssertExpr: X */
	IRC_CLOSURE,    /* ClosureExpr: Prealloc */
	IRC_INLCALL,    /* InlinedCallExpr: Body, ReturnVars */
	IRC_ASSIGN,     /* AssignStmt: X, Y */
	IRC_ASSIGNLIST, /* AssignListStmt: Lhs, Rhs */
	IRC_ASSIGNOP,   /* AssignOpStmt: X, Y */
	IRC_BLOCK,      /* BlockStmt: List */
	IRC_BRANCH,     /* BranchStmt */
	IRC_CASE,       /* CaseClause: Var, List, Body; a select's CommClause
	                 * (also OCASE) keeps its Comm in Var: same order */
	IRC_DECL,       /* Decl: X (no init list) */
	IRC_FOR,        /* ForStmt: Cond, Late, Post, Body */
	IRC_GODEFER,    /* GoDeferStmt: Call */
	IRC_IF,         /* IfStmt: Cond, Body, Else */
	IRC_LABEL,      /* LabelStmt */
	IRC_RANGE,      /* RangeStmt: X, Key, Value, Body, Prealloc */
	IRC_RETURN,     /* ReturnStmt: Results */
	IRC_SELECT,     /* SelectStmt: Cases, Compiled */
	IRC_SEND,       /* SendStmt: Chan, Value */
	IRC_SWITCH,     /* SwitchStmt: Tag, Cases, Compiled */
	IRC_TYPESWGUARD,/* TypeSwitchGuard: Tag, X (no init list) */
	IRC_INLMARK,    /* InlineMarkStmt */
	IRC_TAILCALL,   /* TailCallStmt: Call */
	IRC_FUNC,       /* Func (ODCLFUNC) */
} IrClass;

typedef struct IrNode IrNode;
typedef struct IrFunc IrFunc;

/* A list of nodes, grown in the arena (old blocks are simply dropped). */
typedef struct IrList {
	IrNode **v;
	int n, cap;
} IrList;

/* gc's Class of a Name. */
typedef enum IrNameClass {
	PXXX, PEXTERN, PAUTO, PAUTOHEAP, PPARAM, PPARAMOUT, PTYPEPARAM, PFUNC
} IrNameClass;

/* Node flags (gc's bits that matter to -m). */
enum {
	IRF_IMPLICIT = 1 << 0,  /* inserted by the compiler: printed as its operand */
	IRF_DEF = 1 << 1,       /* := */
	IRF_ISDDD = 1 << 2,     /* f(a...) */
	IRF_INCDEC = 1 << 3,    /* x++ / x-- (never set by irgen) */
	IRF_NOINLINE = 1 << 4,
	IRF_BOUNDED = 1 << 5,
	IRF_TRANSIENT = 1 << 6,
	IRF_ASSIGNED = 1 << 7,  /* map index being stored to */
};

/* Name flags. */
enum {
	IRN_BYVAL = 1 << 0,
	IRN_ADDRTAKEN = 1 << 1,
	IRN_AUTOTMP = 1 << 2,
	IRN_USED = 1 << 3,
	IRN_BLANK = 1 << 4,
	IRN_CLOSUREVAR = 1 << 5,
	IRN_INLUSED = 1 << 6,   /* inline.c's cost visitor: a local it saw */
	IRN_DEFNPENDING = 1 << 7,/* inline.c: a copied closure's variable whose
	                         * defining statement is not copied yet */
};

/* gc's Esc marks. */
enum { IR_ESC_UNKNOWN, IR_ESC_NONE, IR_ESC_HEAP, IR_ESC_NEVER };

struct IrNode {
	IrOp op;
	Pos pos;
	uint32_t inl;           /* inlining-tree index, 0 = not inlined */
	Type *type;
	IrList init;            /* statements run before the node */
	uint16_t flags;         /* IRF_ */
	uint8_t esc;            /* IR_ESC_ */
	IrNode *orig;           /* gc's Orig: the complit or call as written */
	const char *raw;        /* OLITERAL: irgen's RawOrigExpr text, or NULL */
	Node *syn;              /* the syntax node it was built from, or NULL */
	union {
		/* IRC_NAME */
		struct {
			Sym *sym;
			const char *qual;   /* package qualifier to print ("fmt",
			                     * "\"math/rand\""), NULL when local */
			IrNameClass class;
			uint16_t nflags;    /* IRN_ */
			IrFunc *curfn;
			IrNode *defn;       /* defining statement */
			IrNode *outer;      /* closure variable: the captured name */
			IrFunc *func;       /* PFUNC: its function, if local */
			void *opt;          /* escape analysis' location */
			Object *obj;        /* PEXTERN: the checker's variable */
		} name;
		/* IRC_CONST: sym is the named constant's symbol (imported
		 * bodies), NULL otherwise; rawop the outermost operation of
		 * the expression raw holds (gc's RawOrigExpr op: its
		 * precedence decides the parentheses), IR_OXXX for a plain
		 * literal */
		struct { Const val; Sym *sym; IrOp rawop; } cnst;
		/* IRC_LEAF (OTYPE, ONIL, OGETG ...): sym for an OTYPE without
		 * type; OLINKSYMOFFSET: the linker symbol and the offset */
		struct { Sym *sym; int64_t off; } leaf;
		/* IRC_UNARY, IRC_STAR, IRC_PAREN, IRC_CONV, IRC_TYPEASSERT,
		 * IRC_ADDR (with prealloc), IRC_SELECTOR (with sel, prealloc;
		 * method: the selected method's function, when it has source
		 * here: gc's Selection.Nname) */
		struct { IrNode *x; IrNode *prealloc; Sym *sel; IrFunc *method; } un;
		/* IRC_BINARY, IRC_LOGICAL, IRC_INDEX, IRC_KEY, IRC_ASSIGN,
		 * IRC_ASSIGNOP (asop), IRC_SEND (x = chan, y = value) */
		struct { IrNode *x, *y; IrOp asop; } bin;
		/* IRC_CALL: X(Args); keepalive are Names; inst, for a call
		 * of a shape instantiation built in one, where gc's OFUNCINST
		 * stood (line 0: not known) */
		struct { IrNode *x; IrList args; IrList keepalive; Pos inst; } call;
		/* IRC_SLICE */
		struct { IrNode *x, *low, *high, *max; } slice;
		/* IRC_MAKE */
		struct { IrNode *len, *cap; } make;
		/* IRC_COMPLIT, IRC_ADDSTR */
		struct { IrList list; IrNode *prealloc; int64_t len; } lit;
		/* IRC_STRUCTKEY */
		struct { Sym *field; IrNode *value; } skey;
		/* IRC_CLOSURE */
		struct { IrFunc *func; IrNode *prealloc; } clo;
		/* IRC_INLCALL */
		struct { IrList body; IrList retvars; } inlcall;
		/* IRC_ASSIGNLIST */
		struct { IrList lhs, rhs; } as2;
		/* IRC_BLOCK, IRC_RETURN (results) */
		struct { IrList list; } block;
		/* IRC_BRANCH, IRC_LABEL: label NULL for a plain break/continue */
		struct { Sym *label; } branch;
		/* IRC_CASE: var is a type switch clause's variable (a select
		 * clause's Comm) */
		struct { IrNode *var; IrList list; IrList body; } cas;
		/* IRC_DECL */
		struct { IrNode *x; } decl;
		/* IRC_FOR */
		struct { IrNode *cond; IrList late; IrNode *post; IrList body; Sym *label; } loop;
		/* IRC_GODEFER, IRC_TAILCALL */
		struct { IrNode *call; } godefer;
		/* IRC_IF */
		struct { IrNode *cond; IrList body, els; } ifs;
		/* IRC_RANGE */
		struct { IrNode *x, *key, *value; IrList body; IrNode *prealloc; Sym *label; } range;
		/* IRC_SELECT (cases are OCASE CommClauses), IRC_SWITCH (CaseClauses) */
		struct { IrNode *tag; IrList cases; IrList compiled; Sym *label; } sw;
		/* IRC_TYPESWGUARD: tag is an ONONAME-like ident or NULL */
		struct { IrNode *tag, *x; } guard;
		/* IRC_INLMARK */
		struct { int64_t index; } mark;
		/* IRC_FUNC */
		struct { IrFunc *func; } fn;
	} u;
};

/* An inlinable function's saved body (gc's ir.Inline): taken by
 * CanInline before any call in the function is inlined. */
typedef struct IrInline {
	int cost;
	IrList dcl;             /* Dcl without the locals the body never uses */
	IrList body;            /* a deep copy (names, types, constants shared) */
	bool can_delay_results; /* one return with values, unnamed results */
} IrInline;

/* Escape analysis' progress on a function (gc's escFunc*). */
enum { IR_ESCFN_UNKNOWN, IR_ESCFN_PLANNED, IR_ESCFN_STARTED, IR_ESCFN_TAGGED };

/* Function flags. */
enum {
	IRFN_HIDDEN = 1 << 0,           /* a closure inside a function */
	IRFN_WRAPPER = 1 << 1,
	IRFN_DUPOK = 1 << 2,
	IRFN_CLOSURE_CALLED = 1 << 3,
	IRFN_INLINABILITY_CHECKED = 1 << 4,
	IRFN_DEAD = 1 << 5,
	IRFN_IS_INIT = 1 << 6,
	IRFN_IMPORTED = 1 << 7,         /* another package's: tags from its
	                                 * summary, no body (summary.h) */
	IRFN_SKIPPED = 1 << 8,          /* irgen dropped it (not analysed) */
	IRFN_IMPORTING = 1 << 9,        /* its imported body being copied */
	IRFN_BODY_REFUSED = 1 << 10,    /* its imported body could not be had */
};

/* A parameter or result as the function's type lists it (gc's
 * types.Field): sym NULL when unnamed; nname its Name when named. */
typedef struct IrParam {
	Sym *sym;
	Pos pos;
	Type *type;
	bool ddd;
	IrNode *nname;
	const char *note;       /* the escape tag, set by escape analysis: may
	                         * hold NUL bytes, so with its length */
	size_t note_len;
} IrParam;

struct IrFunc {
	IrNode *node;           /* its ODCLFUNC node */
	IrNode *nname;          /* ONAME, class PFUNC; its sym is the full name
	                         * (F, T.M, (*T).M, F.func1, glob..func1) */
	Pos pos;
	IrParam *recv;          /* NULL for functions */
	IrParam *params; int nparams;
	IrParam *results; int nresults;
	IrList dcl;             /* named variables in irgen's order */
	IrList closure_vars;    /* captured names, in first-use order */
	IrList body;
	uint32_t pragma;        /* PRAG_ bits */
	uint16_t fflags;        /* IRFN_ */
	uint8_t esc;            /* IR_ESCFN_ */
	IrNode *oclosure;       /* the OCLOSURE of a literal */
	IrFunc *outer;          /* the enclosing function of a closure */
	int closgen;            /* closure counter for naming */
	uint32_t scc_id;        /* ir_visit_funcs_bottom_up's visit number */
	IrInline *inl;          /* set by CanInline when inlinable (of an
	                         * imported function: its body in imported
	                         * form, summary.h) */
	Object *obj;            /* the declared function or method, or NULL
	                         * (closures, wrappers) */
	int label;              /* counter of the .iN labels of inlined bodies */
};

/* One inlined call (gc's InlTree entry): the inlining-tree index of the
 * call's own position (0: not in inlined code) and the call's position.
 * Nodes copied into an inlined body carry their entry's index in
 * IrNode.inl and, as pos, the position gc prints for them: the outermost
 * call's (gc's OutermostPos); the tree keeps the chain. */
typedef struct IrInlCall {
	uint32_t parent;
	Pos pos;
	IrFunc *fn;
} IrInlCall;

/* One package's IR: the arena and what the printers need. */
typedef struct IrCtx {
	Arena arena;
	TypeCtx *types;
	const Package *local;   /* names of this package print unqualified */
	ConstPool *consts;      /* for constants made while building */
	int glob_closgen;       /* closures at package level */
	IrInlCall *inltree;     /* [0] unused: index 0 means not inlined */
	uint32_t ninltree, capinltree;
	const struct Summaries *imports;/* the summaries of the packages
	                                 * analysed before (summary.h) */
	bool cheap_calls;               /* gc's -l=4: a call the inliner
	                                 * cannot see into costs 1, not 57 */
	bool compiling_runtime;         /* gc's -+ (the runtime and the
	                                 * packages it is built with): the
	                                 * package is the runtime for
	                                 * IsRuntimePkg */
	bool dependency;                /* analysed only for its summary:
	                                 * a call gc would inline across
	                                 * packages counts as a plain call */
	bool softfloat;                 /* gc's Arch.SoftFloat (Program) */
	/* instrumentation, as gc sets it for this package (main.c:
	 * instrument_package): -race and -asan (off in the packages gc
	 * never instruments), Flag.Cfg.Instrumenting (any of -race, -msan,
	 * -asan there), and -d=checkptr's level (1 by default under any of
	 * them, 0 in the runtime) */
	bool race, asan, instrumenting;
	int checkptr;
	/* how other packages are qualified in print (irgen's pkg_qual:
	 * gc's types.NumImport), in the arena; none: by name */
	const Package **qual_pkgs;
	const char **qual_names;
	int nquals;
	/* esc_has_pointers_memo's answers for this package's types (in
	 * the arena) */
	struct IrTypeBit *ptrbits;
	uint32_t nptrbits, capptrbits;
} IrCtx;

/* gc's types.IsRuntimePkg: pkg is the runtime, or the package being
 * compiled under -+. */
bool ir_is_runtime_pkg(const IrCtx *c, const Package *pkg);

/* A copy of n with its own lists (the nodes in them shared); and a list
 * given its own storage. */
IrNode *ir_shallow_copy(IrCtx *c, IrNode *n);
void ir_own_list(IrCtx *c, IrList *l);

/* ---- construction ---------------------------------------------------- */

IrClass ir_class(IrOp op);
/* gc's Op.String(): "ADDR", "DCLCONST" (the op's name without the O). */
const char *ir_op_name(IrOp op);
/* gc's Op.GoString(): "&", "append", "for"; the debug name otherwise. */
const char *ir_op_go(IrOp op);

void ir_list_push(IrCtx *c, IrList *l, IrNode *n);

/* A node of op's class with its fields zeroed. */
IrNode *ir_new(IrCtx *c, IrOp op, Pos pos, Type *t);
IrNode *ir_name(IrCtx *c, Sym *sym, IrNameClass class, Pos pos, Type *t);
/* A constant; raw is its source text (irgen's RawOrigExpr) or NULL. */
IrNode *ir_const(IrCtx *c, Const val, const char *raw, Pos pos, Type *t);
/* Unary-shaped (UNARY, STAR, PAREN, CONV, TYPEASSERT, ADDR, SELECTOR). */
IrNode *ir_unary(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *x);
/* Binary-shaped (BINARY, LOGICAL, INDEX, KEY, ASSIGN, ASSIGNOP, SEND). */
IrNode *ir_binary(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *x, IrNode *y);
IrNode *ir_selector(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *x, Sym *sel);
IrNode *ir_call(IrCtx *c, IrOp op, Pos pos, Type *t, IrNode *fun, IrNode **args, int nargs);
/* A function and its ODCLFUNC node; nname gets class PFUNC. */
IrFunc *ir_func(IrCtx *c, Sym *name, Pos pos);
/* A function literal's function and its OCLOSURE, named after gc's
 * closureName: outer.funcN inside a function, outer.N inside a closure,
 * glob..funcN at package level (outer NULL; the counter is the IrCtx's). */
IrFunc *ir_closure_func(IrCtx *c, Pos pos, IrFunc *outer);
/* Names fn (a closure) as its outer function's nth. */
void ir_rename_closure(IrFunc *fn, int n);
/* gc's Name.Canonical: a closure variable stands for the variable it
 * captures. */
IrNode *ir_canonical(IrNode *n);
/* gc's NewClosureVar: fn's captured copy of n, first used at pos. */
IrNode *ir_closure_var(IrCtx *c, Pos pos, IrFunc *fn, IrNode *n);
/* A temporary .autotmp_N (N = len(fn.Dcl)) appended to fn's Dcl
 * (typecheck.TempAt). */
IrNode *ir_temp(IrCtx *c, Pos pos, IrFunc *fn, Type *t);

/* ---- traversal (gc's DoChildren, EditChildren, Visit, Any) ------------- */

/* Call fn on each child of n in gc's doChildren order (init list first;
 * a function's children are its body's statements); stop and return
 * true as soon as fn does. */
typedef bool (*IrDoFn)(IrNode *child, void *ctx);
bool ir_do_children(IrNode *n, IrDoFn fn, void *ctx);
/* Replace each child c of n by fn(c) (lists element by element), same
 * order; NULL children are skipped. */
typedef IrNode *(*IrEditFn)(IrNode *child, void *ctx);
void ir_edit_children(IrNode *n, IrEditFn fn, void *ctx);
/* Pre-order visit of n and everything below it (an OCLOSURE's function
 * body is not below it, as in gc). */
void ir_visit(IrNode *n, void (*fn)(IrNode *n, void *ctx), void *ctx);
/* True if pred holds for n or a node below it (pre-order, stops early). */
bool ir_any(IrNode *n, bool (*pred)(IrNode *n, void *ctx), void *ctx);

/* gc's VisitFuncsBottomUp (ir/scc.go): Tarjan's algorithm over the
 * static call graph of the functions in list (hidden closures are not
 * roots), calling analyze on each strongly connected component, callees
 * before callers: the root first, then the functions found after it
 * (its closures, the other members of a cycle); recursive when the
 * component calls itself.  Edges: PFUNC names, method expressions and
 * values with a local method, closures. */
typedef void (*IrAnalyzeFn)(IrFunc **fns, int n, bool recursive, void *ctx);
void ir_visit_funcs_bottom_up(IrFunc **list, int n, IrAnalyzeFn analyze, void *ctx);

/* ---- printing (gc's ir/fmt.go and types/fmt.go, -m form) ---------------- */

/* gc's OpPrec (-1 for statements, 0 for unlisted ops). */
int ir_op_prec(IrOp op);
/* %v of a node: statements in stmtFmt's short form, expressions by
 * exprFmt at precedence 0. */
void ir_fmt_node(TyBuf *b, const IrCtx *c, IrNode *n);
/* exprFmt(n, prec). */
void ir_fmt_expr(TyBuf *b, const IrCtx *c, IrNode *n, int prec);
void ir_fmt_stmt(TyBuf *b, const IrCtx *c, IrNode *n);
/* tconv in -m form (ty_write_gc relative to the local package). */
void ir_fmt_type(TyBuf *b, const IrCtx *c, Type *t);
/* The qualifier gc prints for package p: its name, or its quoted path. */
const char *ir_pkg_qual(const IrCtx *c, const Package *p);
/* A name's symbol as %v prints it: qualified when it is not local. */
void ir_fmt_sym(TyBuf *b, IrNode *name);
/* A function's name (its nname's symbol). */
void ir_fmt_func(TyBuf *b, IrFunc *fn);
/* The same into the IrCtx arena. */
const char *ir_node_string(IrCtx *c, IrNode *n);

#endif

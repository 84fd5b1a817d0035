/*
 * check.h — the type checker (types2's Checker), one header for the
 * check_* files.
 *
 *   check.c          the driver, file scopes, imports, collectObjects,
 *                    package-level order, -dump-types
 *   check_decl.c     objDecl with colours, const/var/type/func
 *                    declarations, signatures, struct and interface types
 *   check_typexpr.c  identifiers and type expressions
 *   check_expr.c     operands and expressions: literals, names, iota,
 *                    unary/binary/shift/comparison, representability,
 *                    assignability, composite literals, index, slice,
 *                    type assertions
 *   check_call.c     calls (generic ones too), conversions, builtins
 *   check_infer.c    type inference for generic calls
 *   check_stmt.c     function bodies: statements, assignments, local
 *                    declarations, unused variables, missing return
 *
 * Instances.  Every instantiation of a generic function or type the
 * source writes or infers (f[int], f(x) with inferred type arguments,
 * T[int]) is recorded on the name it instantiates (a selector's name
 * for pkg.F): TypeInfo.inst, types2's Info.Instances.
 *
 * Unsupported constructs.  When the checker meets something it does not
 * check yet it does not guess: it counts it in c->unsupported, gives the
 * operand mode MODE_INVALID (which silences follow-up errors, as an
 * invalid operand does in types2), and the object being declared is
 * marked unsupported (DeclInfo.unsupported).  Using an unsupported
 * object makes the user unsupported too.  -dump-types prints only
 * supported objects.
 */
#ifndef CHECK_H
#define CHECK_H

#include "goescape.h"
#include "load.h"
#include "types.h"
#include "constant.h"

/* types2's operandMode, in its order. */
typedef enum OperandMode {
	MODE_INVALID,
	MODE_NOVALUE,
	MODE_BUILTIN,
	MODE_TYPEXPR,
	MODE_CONSTANT,
	MODE_VARIABLE,
	MODE_MAPINDEX,
	MODE_VALUE,
	MODE_NILVALUE,
	MODE_COMMAOK,
	MODE_COMMAERR,
	MODE_CGOFUNC,
} OperandMode;

/* types2's operand: the result of checking an expression. */
typedef struct Operand {
	OperandMode mode;
	Node *expr;         /* the expression, for messages and positions */
	Type *type;
	Const val;          /* MODE_CONSTANT */
	BuiltinId id;       /* MODE_BUILTIN */
} Operand;

/* What the checker leaves on a node (Node.ti): its type and, for a
 * constant, its value; for a name, the object it denotes. */
/* types2's Instance: the type arguments of an instantiation and the
 * instantiated signature (a function) or instance (a type). */
typedef struct Instance {
	Type **targs;
	int ntargs;
	Type *type;
} Instance;

/* Answers about types kept while TypeCtx.shape_gen stays what it was
 * when they were found: a set of types, each with that generation (open
 * addressing on the pointer). */
typedef struct TypeMemo {
	struct TypeMemoEntry { Type *t; uint32_t gen; } *v;
	uint32_t n, cap;
} TypeMemo;
bool check_memo_known(const TypeMemo *m, Type *t, uint32_t gen);
void check_memo_note(TypeMemo *m, Type *t, uint32_t gen);

typedef struct TypeInfo {
	Type *type;
	Const val;
	uint8_t mode;       /* OperandMode */
	/* types2's check.untyped: an untyped expression whose final type
	 * is not known yet (updateExprType sets it); is_lhs: the left
	 * operand of a non-constant shift */
	bool untyped, is_lhs;
	/* a function body: checking it met unsupported constructs */
	bool skipped;
	union {
		/* a name, a selector's name: the object it denotes */
		Object *obj;
		/* a block, if, for, switch, case or select clause, function
		 * body: the scope it opens (a type switch clause's implicit
		 * variable is the one in its scope) */
		Scope *scope;
	};
	/* a name that denotes a generic function or type instantiated
	 * here: its type arguments and the instantiated type */
	Instance *inst;
} TypeInfo;

/* types2's declInfo: what a package-level object's declaration needs to
 * be checked later (Object.decl points here). */
typedef struct DeclInfo {
	Scope *file;        /* the file scope the declaration is in */
	Object **lhs;       /* var declarations with one init for several names */
	int nlhs;
	Node *vtyp;         /* const and var: the type, or NULL */
	Node *init;         /* const and var: the init expression, or NULL */
	bool inherited;     /* const: init comes from an earlier spec */
	Const iota;         /* const: the value of iota */
	Node *tdecl;        /* N_TYPEDECL */
	Node *fdecl;        /* N_FUNCDECL */
	/* TypeName: the methods declared with it as receiver base type
	 * (types2's check.methods[obj]), until collectMethods adds them */
	Object **methods;
	int nmethods, capmethods;
	bool unsupported;   /* checking met something not supported yet */
	Type *rhs;          /* TypeName: the type as declared (types2's fromRHS) */
	bool valid;         /* TypeName: validType found it valid */
	/* types2's declInfo.deps: the package-level consts, vars and funcs
	 * (methods too) this declaration refers to, each once, in the order
	 * first met; for a func, those its body refers to.  check_add_dep
	 * fills it; malloc'd, freed once the package's init order is known.
	 * depidx: a hash index of deps (slot = index + 1) once it grows. */
	Object **deps;
	int ndeps, capdeps;
	uint32_t *depidx;
	uint32_t ndepslots;
	/* a method declared ahead of its turn (package_objects): the
	 * delayed checks its declaration queued, put back in the queue at
	 * its place in source order, where types2 queues them */
	struct Later *laters;
	int nlaters;
} DeclInfo;

/* A check delayed to the end of the package (types2's check.later). */
typedef enum LaterKind {
	LATER_MAP_KEY,          /* a map's key type must be comparable */
	LATER_EMBEDDED_FIELD,   /* an embedded field's type */
	LATER_FIELD_METHODS,    /* a struct's fields and methods differ */
	LATER_TYPESET,          /* compute an interface's type set */
	LATER_RECEIVER,         /* a method's receiver type is valid */
	LATER_VALID_TYPE,       /* validType: a type does not contain itself */
	LATER_VERIFY,           /* an instance's type arguments satisfy their constraints */
	LATER_FUNC_BODY,        /* a function's body (node: N_FUNCDECL or N_FUNCLIT) */
	LATER_VERIFY_FUNC,      /* the same for an instantiated generic function */
	LATER_VAR_TYPE,         /* types2's validVarType: no constraint interface */
} LaterKind;
typedef struct Later {
	LaterKind kind;
	Type *type;
	Pos pos;
	Node *node;
	bool flag;              /* LATER_RECEIVER: the method has receiver type parameters */
	/* LATER_VERIFY: the declaration to mark if undecidable;
	 * LATER_FUNC_BODY: the declaration the body's uses depend on */
	DeclInfo *owner;
	/* LATER_FUNC_BODY of a function literal: the iota of the constant
	 * declaration it appears in (types2 checks the body with it) */
	bool has_iota;
	Const iota;
	Type **targs;           /* LATER_VERIFY_FUNC: the type arguments of type (the
	                         * generic signature); node is the f[...] written, or NULL */
} Later;

typedef struct Checker {
	TypeCtx *ctx;
	Package *pkg;
	SrcPackage *src;
	Package **checked;      /* by SrcPackage.index: the checked packages */
	ConstPool *pool;
	Qualifier qf;           /* how messages qualify names */
	const char *goroot;     /* for positions in other packages */
	Package *fake_c;        /* what import "C" stands for */

	Scope **fscopes;        /* one per file */
	PtrVec imports;         /* every PkgName, in source order (types2's check.imports) */
	PtrVec instances;       /* the names TypeInfo.inst was recorded on (-dump-instances) */
	bool parse_errors;      /* the package's files had (non-syntax) parse errors */
	/* types2's objMap, in source order (Object.order is index + 1) */
	Object **objs;
	int nobjs, capobjs;

	/* the environment of the declaration being checked; decl is
	 * types2's check.decl: the package-level const or var declaration
	 * or the func whose body is being checked (function literals keep
	 * the declaration they appear in), NULL inside type declarations
	 * and signatures.  Uses of package-level objects become its deps. */
	Scope *scope;
	DeclInfo *decl;
	bool has_iota;
	Const iota;
	Pos errpos;             /* inherited const init: report here */
	/* types2's objPath: the grey objects */
	Object **path;
	int npath, cappath;
	/* type definitions whose right-hand side is a defined type still
	 * being declared, reached through a type literal (type T2 T1 inside
	 * T1's struct { Next *T2 }): their underlying type is T1's once T1
	 * has one (types2 leaves the Named there and resolves it in under) */
	struct PendingNamed { Type *named, *rhs; } *pending;
	int npending, cappending;

	Later *later;
	int nlater, caplater;

	Type *sig;              /* the signature of the body being checked */
	int body_unsupported;   /* c->unsupported when that body began */
	/* -stats: bodies checked and skipped, [0] of function declarations,
	 * [1] of function literals */
	int nbodies_checked[2], nbodies_skipped[2];

	int unsupported;        /* constructs met that are not checked yet */
	int unsupported_met;    /* the same, never reset (for -stats) */
	bool methods_done;      /* every method of the package has its signature */
	bool in_tparam_list;    /* checking a type parameter list (cycles) */
	bool has_call_or_recv;  /* the expression so far has calls (len/cap) */
	int nerrors;

	/* type declarations in the bodies of generic functions (their
	 * N_DECLSTMTs): gc's noder refuses them once types2 is done */
	PtrVec generic_tdecls;
	/* declaration statements whose declarations took directives */
	PtrVec local_decls;

	/* types2's monoGraph (check_mono.c): how the package's type
	 * parameters flow into each other through its instantiations.
	 * A vertex stands for a type parameter (or a local defined type
	 * with type parameters around it); an edge dst <- src with weight
	 * 1 says dst was instantiated with a type that contains src. */
	struct MonoVertex { int weight, pre, len; Object *obj; } *mono_v;
	int nmono_v, capmono_v;
	struct MonoEdge { int dst, src, weight; Pos pos; Type *typ; } *mono_e;
	int nmono_e, capmono_e;
	/* a method's receiver type parameter -> its base type's */
	struct MonoCanon { Type *mpar, *tpar; } *mono_canon;
	int nmono_canon, capmono_canon;
	/* types2's nameIdx: the vertex of an object (-1: none) */
	struct MonoName { Object *obj; int idx; } *mono_names;
	int nmono_names, capmono_names;
	/* check_type_unsupported's "no" answers, and check_implements'
	 * "all methods usable" ones, by type (TypeMemo) */
	TypeMemo supported, usable_methods;
} Checker;

/* ---- check.c ---------------------------------------------------------- */

/* goescape check [-dump-types] PATTERN... */
int check_main(int argc, char **argv);

/* One run of the checker over a loaded Program: the type context (with
 * the sizes of its GOARCH), the constant pool, and the packages checked
 * so far, by SrcPackage.index (NULL: not checked, or with errors). */
typedef struct CheckRun {
	TypeCtx *ctx;
	ConstPool *pool;
	Package **checked;
	const char *goroot;
	bool softfloat;         /* Program.softfloat, for the phases after */
} CheckRun;
void check_run_init(CheckRun *r, const char *goarch, const char *goroot, int npkgs);
/* Whether sp is to be checked (not unsafe, loaded without errors, its
 * imports checked without errors); if so c is set up for it. */
bool check_begin(CheckRun *r, Checker *c, SrcPackage *sp);
/* After check_run_package: flush its errors; false if it had some (its
 * importers are then not checked). */
bool check_finish(CheckRun *r, Checker *c);
/* check_finish with the errors printed on err (goescape -m -j keeps them
 * for later, in package order). */
bool check_finish_to(CheckRun *r, Checker *c, FILE *err);
/* Free what c holds (not the package: it lives in the run). */
void check_free(Checker *c);
/* Release c's syntax tree once nothing is to read it again (check.c:
 * TreePolicy): what importers need stays in the run. */
void check_release_tree(Checker *c);
void check_run_free(CheckRun *r);
/* What -dump-all-vars and -dump-exprs print for c's package. */
void check_dump(FILE *out, Checker *c);
/* Check the package c->src into c->pkg (c->ctx, src, checked, pool,
 * pkg, qf and goroot set); errors go to diag_error. */
void check_run_package(Checker *c);
/* types2's declare: insert obj into scope unless it is blank (id, if
 * any, then denotes obj); report a clash. */
void check_declare(Checker *c, Scope *scope, Node *id, Object *obj, Pos scope_pos);
/* types2's arity check of a const or var spec (package-level or local):
 * extra or missing init expressions. */
void check_arity(Checker *c, Pos pos, NodeList names, NodeList inits, bool const_decl, bool inherited);
/* Report an error at pos (types2's errorf; errpos wins when set). */
void check_errorf(Checker *c, Pos pos, const char *fmt, ...);
/* The same with a second line "\tPOS: other declaration of NAME". */
void check_error_alt(Checker *c, Pos pos, Object *alt, const char *fmt, ...);
/* An object of pkg, dot-imported into file scope file, was used. */
void check_use_dot_import(Checker *c, Scope *file, Package *pkg);
/* Note a construct not checked yet (see the header comment). */
void check_unsupported(Checker *c);
/* The TypeInfo of n, made on first use. */
TypeInfo *check_ti(Checker *c, Node *n);
void check_later(Checker *c, LaterKind kind, Type *t, Pos pos, Node *n);
DeclInfo *check_decl_info(Object *obj);
/* types2's addDeclDep: the declaration being checked (c->decl) depends
 * on obj if obj is a package-level const, var or func of this package.
 * check_ident and check_selector call it for every use, so uses inside
 * function bodies count once bodies are checked with c->decl set. */
void check_add_dep(Checker *c, Object *obj);
/* types2's initOrder: the package's initialization order into
 * pkg->inits, "initialization loop" errors for cycles. */
void check_init_order(Checker *c);
static inline bool check_is_blank(const Sym *s)
{
	return s->len == 1 && s->name[0] == '_';
}

/* ---- check_decl.c ----------------------------------------------------- */

/* types2's recordInstance: expr (a name, a selector or an index
 * expression of either) instantiates with targs; the record goes on
 * the name (the selector's). */
void check_record_instance(Checker *c, Node *expr, Type **targs, int n, Type *typ);
/* Type definitions still pending once the package's objects are
 * declared (none, but for errors) become invalid. */
void check_pending_done(Checker *c);
void check_obj_decl(Checker *c, Object *obj);
/* A struct, interface or function type (typInternal's cases). */
Type *check_struct_type(Checker *c, Node *e);
Type *check_interface_type(Checker *c, Node *e, Type *def);
Type *check_func_type(Checker *c, Node *recv, Node *ftype, NodeList tparams);
/* Run the delayed checks from index top on (queued ones included), then
 * drop them (types2's processDelayed). */
void check_process_later(Checker *c, int top);
void check_run_later(Checker *c);

/* ---- check_typexpr.c -------------------------------------------------- */

/* types2's ident: x is what the name e denotes; want_type asks for a
 * type (cycles through type names are then checked). */
void check_ident(Checker *c, Operand *x, Node *e, bool want_type);
/* types2's typ / varType / definedType: the type e denotes (invalid
 * after an error). */
Type *check_typ(Checker *c, Node *e);
Type *check_var_type(Checker *c, Node *e);
Type *check_defined_type(Checker *c, Node *e, Type *def);
/* Whether t's layout or fields involve a type whose declaration was
 * unsupported (then it counts as an unsupported use). */
bool check_type_unsupported(Checker *c, Type *t);
/* types2's subst: t with from[i] replaced by to[i]. */
Type *check_subst(Checker *c, Type *t, Type **from, Type **to, int n);
/* The same outside a checker (irgen's shape instantiations). */
Type *check_subst_ctx(TypeCtx *ctx, Type *t, Type **from, Type **to, int n);
/* Lets the context expand the methods of instances (ty_func_type). */
void check_init_instances(TypeCtx *ctx);
/* types2's genericType: the generic type x denotes, or invalid. */
Type *check_generic_type(Checker *c, Node *x, bool report);
/* types2's verify, for a LATER_VERIFY. */
void check_verify_instance(Checker *c, Later *l);
/* types2's selector, for qualified identifiers and field selections. */
void check_selector(Checker *c, Operand *x, Node *e);

/* ---- check_expr.c ----------------------------------------------------- */

/* types2's expr: e must be a single value (or a constant). */
void check_expr(Checker *c, Operand *x, Node *e);
/* types2's multiExpr: a single value or a function's results (a tuple). */
void check_multi_expr(Checker *c, Operand *x, Node *e);
/* types2's exprList: the operands of elist (a single call may give
 * several, a comma-ok expression two); malloc'd, the caller frees. */
Operand *check_expr_list(Checker *c, NodeList elist, bool allow_comma_ok, int *n, bool *comma_ok);
/* types2's exprOrType. */
void check_expr_or_type(Checker *c, Operand *x, Node *e);
/* types2's exprOrType with allowGeneric: a generic function or type is
 * left as it is (the callee of a call). */
void check_expr_or_type_generic(Checker *c, Operand *x, Node *e);
/* types2's indexExpr, recorded: 0 invalid, 2 a generic function to
 * instantiate (x is still generic), 1 otherwise. */
int check_index_expr(Checker *c, Operand *x, Node *e);
/* types2's rawExpr: anything, recorded on the node. */
void check_raw_expr(Checker *c, Operand *x, Node *e, Type *hint);
/* types2's assignment (untyped conversion and assignability), for the
 * contexts "constant declaration", "variable declaration" and
 * "argument to unsafe.Sizeof". */
void check_assignment(Checker *c, Operand *x, Type *T, const char *context);
/* The same for an argument of a call of fun: "argument to FUN". */
void check_assignment_arg(Checker *c, Operand *x, Type *T, Node *fun);
void check_convert_untyped(Checker *c, Operand *x, Type *target);
/* types2's updateExprType: the untyped expression x has type typ now
 * (final: no longer untyped). */
void check_update_expr_type(Checker *c, Node *x, Type *typ, bool final);
/* representableConst for a Basic type. */
bool check_representable_const(Checker *c, Const v, Type *basic, Const *rounded);
/* types2's operandString, into b. */
void check_operand_string(Checker *c, TyBuf *b, Operand *x);
const char *check_expr_string(Checker *c, Node *e);
/* Whether V implements interface T: 1 yes, 0 no (why gets gc's
 * reason), -1 not known yet (method signatures still missing, or
 * unsupported). */
int check_implements(Checker *c, Type *V, Type *T, TyBuf *why);
/* types2's assignableTo: 1 yes, 0 no, -1 not known yet. */
int check_assignable_to(Checker *c, Operand *x, Type *T);
/* types2's isValidIndex. */
bool check_is_valid_index(Checker *c, Operand *x, const char *what, bool allow_negative);
/* types2's index with no upper bound: *val the constant index, or -1. */
void check_index_arg(Checker *c, Node *index, int64_t *val);
/* types2's arrayLength: -1 after an error. */
int64_t check_array_length(Checker *c, Node *e);

/* types2's binary for x op= y (e: the assignment, for messages). */
void check_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, Op op);
/* types2's comparison; switch_case: x is a case value compared with the
 * switch's tag y. */
void check_comparison(Checker *c, Operand *x, Operand *y, Op op, bool switch_case);

/* ---- check_stmt.c ----------------------------------------------------- */

/* types2's funcBody, for a LATER_FUNC_BODY. */
void check_func_body(Checker *c, Later *l);
/* types2's recordCommaOkTypes: x (a comma-ok expression assigned to two
 * variables) gets the type (a0, a1); nothing if either is NULL. */
void check_record_comma_ok(Checker *c, Node *x, Type *a0, Type *a1);
/* ---- check_infer.c ---------------------------------------------------- */

/* types2's infer: the n type arguments for tparams, from the ngiven
 * given ones, the parameter types ptypes (nargs, after variadic
 * expansion) and the arguments; NULL after an error (reported at the
 * argument, or at pos: "cannot infer T"). */
Type **check_infer(Checker *c, Pos pos, Type **tparams, int n, Type **given, int ngiven,
		   Type **ptypes, Operand *args, int nargs);
/* types2's isParameterized: t mentions one of tparams. */
bool check_is_parameterized(Type **tparams, int n, Type *t);

/* ---- check_call.c ----------------------------------------------------- */

/* A call: a conversion or a builtin (other calls are unsupported). */
void check_call_expr(Checker *c, Operand *x, Node *call);
/* types2's funcInst: x, a generic function, instantiated by the index
 * expression inst (missing type arguments inferred). */
void check_func_inst(Checker *c, Operand *x, Node *inst);
/* types2's verify for a LATER_VERIFY_FUNC. */
void check_verify_func(Checker *c, Later *l);

/* ---- check_irgen.c ---------------------------------------------------- */

/* What gc's noder reports once types2 is done without errors: misplaced
 * directives, //go:noescape and //go:embed misuse, type declarations in
 * generic functions. */
void check_irgen_errors(Checker *c);

/* ---- check_mono.c ----------------------------------------------------- */

/* types2's recordCanon: mpar, a method's receiver type parameter,
 * stands for tpar, its receiver base type's. */
void check_mono_canon(Checker *c, Type *mpar, Type *tpar);
/* types2's monoGraph.recordInstance: an instantiation verified valid,
 * of tparams with targs (xlist: the type arguments written, their
 * positions; pos for the inferred ones). */
void check_mono_instance(Checker *c, Pos pos, Type **tparams, Type **targs, int n, NodeList xlist);
/* types2's monomorph: report an instantiation cycle, if any (only in
 * a package without other errors). */
void check_monomorph(Checker *c);
/* types2's conversion of x to T (constant cases and basic types). */
void check_conversion(Checker *c, Operand *x, Type *T);

#endif

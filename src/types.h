/*
 * types.h — Go's types, objects and scopes, as types2 models them.
 *
 * This is the vocabulary the type checker (check_*), the constant folder
 * and escape analysis share.  Names follow types2 (cmd/compile/internal/
 * types2) so the two can be read side by side: Basic, Pointer, Slice,
 * Array, Map, Chan, Struct, Signature, Tuple, Interface, Union/Term,
 * Named, TypeParam; objects Var, Const, TypeName, Func, PkgName, Label,
 * Builtin, Nil; Scope; Package.
 *
 * Ownership: a TypeCtx owns one arena for the run.  Every type, object,
 * scope and package made through it lives until ty_ctx_free, and nothing
 * is freed one by one.  Sym pointers are interned (util.c) and compared
 * by pointer.
 *
 * What is the checker's and not ours: resolving declarations (a Named's
 * underlying type may be filled in late, through a resolver hook),
 * substitution and instantiation, inference, assignability and
 * convertibility, constant values (an object only keeps a slot).
 *
 * For the checker's author:
 *  - One TypeCtx per run (ty_ctx_new): c->universe is the universe scope,
 *    c->unsafe the package unsafe, c->typ[B_*] the Basic types (byte and
 *    rune are c->byte_type and c->rune_type: same kinds, own names),
 *    c->error_type, c->comparable_type, c->any_type.  Set c->sizes to the
 *    target and c->error to receive type set errors.
 *  - pkg_new makes a package and its scope (a child of nothing, parent
 *    the universe); scope_new(c, parent, pos, end, comment) makes file,
 *    function and block scopes.  Declare with obj_new_* then
 *    scope_insert (it returns the clashing object, if any); set
 *    obj->scope_pos where the name's scope starts, so that
 *    scope_lookup_parent(s, name, pos, &found) sees only what is in
 *    scope at pos.
 *  - Types are not canonical: build them freely (ty_new_*) and compare
 *    with ty_identical.  A type declaration is ty_new_named(c, obj, NULL)
 *    first, then ty_named_set_tparams / ty_named_set_underlying /
 *    ty_named_add_method as they are checked; an interface is
 *    ty_new_interface_empty, add methods and embeddeds, then
 *    ty_interface_complete (its type set is computed and cached on first
 *    use, so ask only once the embedded types are resolved; duplicate
 *    methods are reported then, through c->error).  Struct fields are
 *    obj_new_field Vars; parameters and results obj_new_param Vars in
 *    tuples; methods obj_new_func Funcs whose signature has a receiver.
 *  - Instantiation is yours: ty_new_instance(c, generic, targs, n), then
 *    give it its substituted underlying type and methods (now, or from
 *    a NamedResolver when first asked).
 *  - Selectors: ty_lookup_field_or_method; method sets: ty_method_set;
 *    interface satisfaction: ty_implements_why (gc's wording) or
 *    ty_missing_method; unsafe.Sizeof and friends: ty_sizeof,
 *    ty_alignof, ty_offsetsof with c->sizes.
 *  - Messages print types with ty_write(b, t, &q), q from
 *    ty_relative_names(pkg) (what gc's types2 errors show), objects with
 *    obj_write; -m output uses ty_write_gc.
 */
#ifndef TYPES_H
#define TYPES_H

#include "goescape.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct TypeCtx TypeCtx;
typedef struct TyBuf TyBuf;
typedef struct Qualifier Qualifier;

/* ==================================================================== */
/* Kinds                                                                 */
/* ==================================================================== */

typedef enum TypeKind {
	TY_BASIC = 1,
	TY_POINTER,
	TY_SLICE,
	TY_ARRAY,
	TY_MAP,
	TY_CHAN,
	TY_STRUCT,
	TY_SIGNATURE,
	TY_TUPLE,
	TY_INTERFACE,
	TY_UNION,
	TY_NAMED,
	TY_TYPEPARAM,
} TypeKind;

/* types2's BasicKind, in its order. */
typedef enum BasicKind {
	B_INVALID,
	/* predeclared types */
	B_BOOL,
	B_INT, B_INT8, B_INT16, B_INT32, B_INT64,
	B_UINT, B_UINT8, B_UINT16, B_UINT32, B_UINT64, B_UINTPTR,
	B_FLOAT32, B_FLOAT64,
	B_COMPLEX64, B_COMPLEX128,
	B_STRING,
	B_UNSAFE_POINTER,
	/* types for untyped values */
	B_UNTYPED_BOOL, B_UNTYPED_INT, B_UNTYPED_RUNE, B_UNTYPED_FLOAT,
	B_UNTYPED_COMPLEX, B_UNTYPED_STRING, B_UNTYPED_NIL,
	B_NKINDS,
	/* aliases */
	B_BYTE = B_UINT8,
	B_RUNE = B_INT32,
} BasicKind;

/* Properties of basic types (types2's BasicInfo). */
enum {
	BI_BOOLEAN = 1 << 0,
	BI_INTEGER = 1 << 1,
	BI_UNSIGNED = 1 << 2,
	BI_FLOAT = 1 << 3,
	BI_COMPLEX = 1 << 4,
	BI_STRING = 1 << 5,
	BI_UNTYPED = 1 << 6,
	BI_ORDERED = BI_INTEGER | BI_FLOAT | BI_STRING,
	BI_NUMERIC = BI_INTEGER | BI_FLOAT | BI_COMPLEX,
	BI_CONSTTYPE = BI_BOOLEAN | BI_NUMERIC | BI_STRING,
};

/* Channel directions (types2's ChanDir). */
typedef enum ChanDir { DIR_SENDRECV, DIR_SEND, DIR_RECV } ChanDir;

/* A union term ~T or T.  In a computed type set, type == NULL stands for
 * the set of all types (types2's 𝓤). */
typedef struct Term {
	bool tilde;
	Type *type;
} Term;

/* The type set of an interface: its methods (all of them, embedded ones
 * included, sorted as types2 sorts them: exported first, then by name,
 * then by package) and its terms.  all: the terms admit every type (then
 * terms is empty); otherwise nterms == 0 is the empty set.  comparable
 * is only ever true together with all. */
typedef struct TypeSet {
	Object **methods;
	int nmethods;
	Term *terms;
	int nterms;
	bool all;
	bool comparable;
} TypeSet;

/* A Named type's resolver: called once, the first time its underlying
 * type, methods or type parameters are asked for while still unset
 * (types2 resolves lazily this way, for imports and instances). */
typedef void (*NamedResolver)(void *ctx, Type *named);

struct Type {
	TypeKind kind;
	uint32_t id;            /* creation order within the TypeCtx */
	TypeCtx *ctx;           /* the owner, for lazily computed parts */
	/* sizes, computed on demand for one TySizes at a time */
	const struct TySizes *sized_for;
	int64_t size, align;
	union {
		/* TY_BASIC: name is "int", "byte", "untyped int", "Pointer" ... */
		struct { BasicKind kind; uint32_t info; const char *name; } basic;
		/* TY_POINTER, TY_SLICE */
		struct { Type *elem; } ptr, slice;
		/* TY_ARRAY: len < 0 means unknown (an error was reported) */
		struct { Type *elem; int64_t len; } array;
		/* TY_MAP */
		struct { Type *key, *elem; } map;
		/* TY_CHAN */
		struct { Type *elem; ChanDir dir; } chan;
		/* TY_STRUCT: fields are Vars (is_field set); tags[i] is NULL
		 * for no tag; tags itself is NULL when no field has one */
		struct { Object **fields; const char **tags; int nfields; } strct;
		/* TY_TUPLE: vars (params, results) */
		struct { Object **vars; int nvars; } tuple;
		/* TY_SIGNATURE: params and results are tuples, never NULL;
		 * recv may be NULL; rparams are a method's receiver type
		 * parameters, tparams a function's own */
		struct {
			Object *recv;
			Type **rparams; int nrparams;
			Type **tparams; int ntparams;
			Type *params, *results;
			bool variadic;
			Scope *scope;   /* function scope, the checker's */
		} sig;
		/* TY_INTERFACE: methods as declared (Funcs), embedded types as
		 * written (interfaces, unions, other types); the type set is
		 * computed on first use.  implicit: made for a constraint
		 * written without interface{...} (func f[T ~int]). */
		struct {
			Object **methods; int nmethods, capmethods;
			Type **embeddeds; int nembeddeds, capembeddeds;
			Pos *embedpos;  /* where each embedding was written */
			bool implicit;
			bool complete;  /* methods and embeddeds are all there */
			bool universe_any, universe_comparable;
			TypeSet *tset;
			bool tset_ready;        /* tset complete (types.c) */
		} iface;
		/* TY_UNION: at least two terms, or one with tilde; its
		 * type set (terms only) is computed on first use */
		struct { Term *terms; int nterms; TypeSet *tset; bool too_big, tset_ready; } uni;
		/* TY_NAMED: obj is the TypeName.  For an instance, orig is the
		 * generic type and targs the type arguments; otherwise orig is
		 * the type itself.  underlying is NULL until set (or resolved
		 * through the resolver). */
		struct {
			Object *obj;
			Type *orig;
			Type **targs; int ntargs;
			Type **tparams; int ntparams;
			Type *underlying;
			Object **methods; int nmethods, capmethods;
			NamedResolver resolve;
			void *resolve_ctx;
			bool pending;   /* resolve is set or running (types.c:
			                 * named_resolve, for threads) */
			bool notinheap; /* declared under //go:notinheap (gc's
			                 * NotInHeap: pointers to it are not
			                 * pointers to escape analysis) */
		} named;
		/* TY_TYPEPARAM: index in its list (-1 until bound); constraint
		 * is the bound as written (an interface, or any type for an
		 * implicit one: then it is replaced by an implicit interface on
		 * first use, as types2 does) */
		struct {
			Object *obj;
			int index;
			uint32_t uid;   /* unique per context, for printing */
			Type *constraint;
		} tparam;
	} u;
};

/* ==================================================================== */
/* Objects                                                               */
/* ==================================================================== */

typedef enum ObjKind {
	OBJ_BAD,
	OBJ_VAR,
	OBJ_CONST,
	OBJ_TYPENAME,
	OBJ_FUNC,
	OBJ_PKGNAME,
	OBJ_LABEL,
	OBJ_BUILTIN,
	OBJ_NIL,
} ObjKind;

/* The builtin functions, types2's builtinId order. */
typedef enum BuiltinId {
	BUILTIN_APPEND, BUILTIN_CAP, BUILTIN_CLOSE, BUILTIN_COMPLEX,
	BUILTIN_COPY, BUILTIN_DELETE, BUILTIN_IMAG, BUILTIN_LEN, BUILTIN_MAKE,
	BUILTIN_NEW, BUILTIN_PANIC, BUILTIN_PRINT, BUILTIN_PRINTLN,
	BUILTIN_REAL, BUILTIN_RECOVER,
	/* package unsafe */
	BUILTIN_ADD, BUILTIN_ALIGNOF, BUILTIN_OFFSETOF, BUILTIN_SIZEOF,
	BUILTIN_SLICE,
	BUILTIN_N,
} BuiltinId;

/* Object colours for the checker's cycle detection (types2's color). */
enum { COLOR_WHITE, COLOR_BLACK, COLOR_GREY };

struct Object {
	ObjKind kind;
	Sym *name;
	Type *type;             /* NULL until the checker sets it */
	Package *pkg;           /* NULL in the universe and for labels */
	Scope *parent;          /* declaring scope; NULL for fields, methods */
	Pos pos;                /* of the identifier in the declaration */
	Pos scope_pos;          /* where the object's scope starts (LookupParent) */
	uint32_t order;         /* source order of package-level objects, > 0 */
	uint32_t color;         /* COLOR_*, or greater for grey path indices */
	void *decl;             /* the checker's hook (declaration info) */
	union {
		/* OBJ_VAR */
		struct {
			bool embedded;   /* an embedded struct field */
			bool is_field;
			bool is_param;
			bool used;
			Object *origin;  /* the generic var an instance was made from */
		} var;
		/* OBJ_CONST: the value, owned by the constant module */
		struct { void *val; } cnst;
		/* OBJ_FUNC */
		struct {
			bool has_ptr_recv;  /* valid when type is not yet set */
			Object *origin;
			/* a method of an instance: the instance (its type is
			 * the origin's signature, substituted on demand) */
			Type *inst;
		} func;
		/* OBJ_PKGNAME */
		struct { Package *imported; bool used; } pkgname;
		/* OBJ_LABEL */
		struct { bool used; } label;
		/* OBJ_BUILTIN */
		struct { BuiltinId id; } builtin;
		/* OBJ_TYPENAME: a defined type declared in a function, gc's
		 * vargen (link names spell it name·N), set by irgen; 0 else */
		struct { uint32_t vargen; } typename;
	} u;
};

/* ==================================================================== */
/* Scopes and packages                                                   */
/* ==================================================================== */

/* A scope maps names to objects; it remembers the insertion order, which
 * is the order scope_at and scope_len iterate in. */
struct Scope {
	Scope *parent;
	Scope **children;
	int nchildren, capchildren;
	int number;             /* parent->children[number-1] is this scope */
	Object **slots;         /* open addressing on the Sym pointer */
	uint32_t nslots;        /* a power of two, or 0 */
	Object **elems;         /* insertion order */
	int nelems, capelems;
	Pos pos, end;           /* extent; unknown for universe and packages */
	const char *comment;
	bool is_func;
	TypeCtx *ctx;
};

/* One step of a package's variable initialization (types2's
 * Initializer): lhs[0..nlhs) are assigned the value of rhs.  Package
 * keeps them in initialization order (check_init_order). */
typedef struct Initializer {
	Object **lhs;
	int nlhs;
	Node *rhs;
} Initializer;

struct Package {
	Sym *path;
	Sym *name;
	Scope *scope;
	Package **imports;
	int nimports, capimports;
	int height;             /* 1 + max height of imports (types2) */
	bool complete;
	bool fake;              /* made for an import that failed */
	Initializer *inits;     /* the init order, in the TypeCtx arena */
	int ninits;
	const char *linkpath;   /* gc's -p when not path ("main"), or NULL */
};

/* ==================================================================== */
/* Sizes                                                                 */
/* ==================================================================== */

/* gc's layout rules for one architecture (cmd/compile/internal/types/
 * size.go, as noder's gcSizes gives them to types2). */
typedef struct TySizes {
	const char *arch;
	int64_t ptrsize;        /* int, uintptr, pointers, words */
	int64_t regsize;        /* largest alignment */
} TySizes;

extern const TySizes ty_sizes_amd64, ty_sizes_arm64, ty_sizes_386;
/* The sizes for GOARCH arch, or NULL if not known. */
const TySizes *ty_sizes_for(const char *arch);

/* ==================================================================== */
/* The context: arena, universe, unsafe                                  */
/* ==================================================================== */

/* Reports the errors types2 finds while computing type sets (duplicate
 * methods, too many union terms).  May be NULL: then they are dropped. */
typedef void (*TyErrorFn)(void *ctx, Pos pos, const char *msg);

struct TypeCtx {
	Arena arena;
	uint32_t next_id;
	uint32_t next_tparam;
	/* The signature of an instance's method: the checker's (types2's
	 * expandMethod), called the first time the method's type is asked
	 * for once its origin has one. */
	Type *(*expand_method)(void *ctx, Type *inst, Object *origin);
	void *expand_ctx;
	const TySizes *sizes;   /* the target (amd64 unless set) */
	TyErrorFn error;
	void *error_ctx;

	/* the universe */
	Scope *universe;
	Package *unsafe;
	Type *typ[B_NKINDS];    /* types2's Typ: one Basic per kind */
	Type *byte_type, *rune_type;        /* the aliases' Basic types */
	Type *error_type;                   /* Named "error" */
	Type *comparable_type;              /* Named "comparable" */
	Type *any_type;                     /* the interface any stands for */
	Type *empty_iface;                  /* another interface{}, printed as such */
	Object *universe_iota, *universe_nil, *universe_byte, *universe_rune;
	Object *universe_any, *universe_error, *universe_comparable;
	Object *builtins[BUILTIN_N];
	Type *invalid;                      /* typ[B_INVALID] */
	/* Bumped whenever a named type's underlying type or type
	 * parameters are set, and whenever a declaration is found
	 * unsupported: what the checker learned about a type's parts
	 * (check_type_unsupported) holds while it stays the same.  -m -j:
	 * worker threads bump it too (resolving instances), so it is read
	 * and bumped atomically: ty_shape_gen, ty_shape_bump. */
	uint32_t shape_gen;
};

static inline uint32_t ty_shape_gen(TypeCtx *c)
{
	return __atomic_load_n(&c->shape_gen, __ATOMIC_ACQUIRE);
}

static inline void ty_shape_bump(TypeCtx *c)
{
	__atomic_add_fetch(&c->shape_gen, 1, __ATOMIC_ACQ_REL);
}

/* A context with its universe (and package unsafe) set up. */
TypeCtx *ty_ctx_new(void);
void ty_ctx_free(TypeCtx *c);
/* The object's name in the universe (or unsafe's scope), or NULL. */
Object *ty_universe_lookup(TypeCtx *c, const char *name);
const char *ty_builtin_name(BuiltinId id);

/* ==================================================================== */
/* Making types                                                          */
/* ==================================================================== */

Type *ty_basic(TypeCtx *c, BasicKind k);    /* c->typ[k] */
Type *ty_new_pointer(TypeCtx *c, Type *elem);
Type *ty_new_slice(TypeCtx *c, Type *elem);
Type *ty_new_array(TypeCtx *c, Type *elem, int64_t len);
Type *ty_new_map(TypeCtx *c, Type *key, Type *elem);
Type *ty_new_chan(TypeCtx *c, ChanDir dir, Type *elem);
/* fields: Vars made with obj_new_field; tags may be NULL (no tags) or
 * hold NULL or "" for untagged fields.  Arrays are copied. */
Type *ty_new_struct(TypeCtx *c, Object **fields, const char **tags, int n);
Type *ty_new_tuple(TypeCtx *c, Object **vars, int n);
/* params, results: tuples (NULL means empty).  variadic: the last
 * parameter is ...T (its type is []T, or string for append's special
 * case).  recv may be NULL. */
Type *ty_new_signature(TypeCtx *c, Object *recv, Type *params, Type *results, bool variadic);
void ty_signature_set_tparams(Type *sig, Type **tparams, int n);   /* binds indices */
void ty_signature_set_rparams(Type *sig, Type **rparams, int n);   /* binds indices */
/* An interface with the given explicit methods (Funcs) and embedded
 * types; complete.  Use ty_new_interface_empty, add, then complete when
 * the checker fills it in piece by piece. */
Type *ty_new_interface(TypeCtx *c, Object **methods, int nmethods, Type **embeddeds, int nembeddeds);
Type *ty_new_interface_empty(TypeCtx *c);
void ty_interface_add_method(Type *iface, Object *m);
void ty_interface_add_embedded(Type *iface, Type *t, Pos pos);
void ty_interface_complete(Type *iface);
Type *ty_new_union(TypeCtx *c, const Term *terms, int n);
/* A Named type for obj (and obj->type = it when unset); underlying may be
 * NULL and set later with ty_named_set_underlying. */
Type *ty_new_named(TypeCtx *c, Object *obj, Type *underlying);
void ty_named_set_underlying(Type *named, Type *underlying);
void ty_named_set_tparams(Type *named, Type **tparams, int n);     /* binds indices */
void ty_named_add_method(Type *named, Object *m);
void ty_named_set_resolver(Type *named, NamedResolver fn, void *ctx);
/* An instance orig[targs...]: its underlying type and methods are the
 * checker's to fill in (substituted), directly or by a resolver. */
Type *ty_new_instance(TypeCtx *c, Type *orig, Type **targs, int n);
/* A type parameter with type name obj (obj->type = it) and constraint
 * (may be set later). */
Type *ty_new_typeparam(TypeCtx *c, Object *obj, Type *constraint);
void ty_typeparam_set_constraint(Type *tp, Type *constraint);

/* ==================================================================== */
/* Reading types                                                         */
/* ==================================================================== */

/* types2's under: a Named's underlying type (resolved), a TypeParam's
 * constraint interface, else t itself. */
Type *ty_underlying(Type *t);
/* A Named's methods and type parameters, resolved.  An instance has the
 * methods of its generic type, made on first use and typed once their
 * origins are (ty_func_type). */
int ty_named_nmethods(Type *named);
Object *ty_named_method(Type *named, int i);
int ty_named_ntparams(Type *named);
Type *ty_named_tparam(Type *named, int i);
/* A function's type; for a method of an instance, its origin's
 * signature substituted (NULL while the origin has none). */
Type *ty_func_type(Object *f);
/* The generic type of an instance, the type itself otherwise. */
Type *ty_origin(Type *named);
/* The interface of a type parameter's constraint. */
Type *ty_typeparam_iface(Type *tp);
/* The type set of an interface (computed once). */
const TypeSet *ty_typeset(Type *iface);
/* The methods of an interface's type set. */
int ty_iface_nmethods(Type *iface);
Object *ty_iface_method(Type *iface, int i);
bool ty_iface_empty(Type *iface);           /* no methods, all types */
bool ty_iface_is_comparable(Type *iface);
bool ty_iface_is_method_set(Type *iface);   /* described by methods alone */
/* A tuple's length (a NULL tuple is empty). */
int ty_tuple_len(Type *tuple);
/* Struct field i's tag ("" when none). */
const char *ty_struct_tag(Type *st, int i);
/* types2's deref: a pointer's element type (and *is_ptr = true), or t
 * itself. */
Type *ty_deref(Type *t, bool *is_ptr);

/* ==================================================================== */
/* Predicates                                                            */
/* ==================================================================== */

bool ty_identical(Type *x, Type *y);
bool ty_identical_ignore_tags(Type *x, Type *y);
/* Equal for identical types (ty_identical and ty_identical_ignore_tags),
 * for hash sets of types. */
uint64_t ty_identity_hash(Type *t);
/* Whether values of type t can be compared with == (spec "Comparison
 * operators"; types2's Comparable: interfaces count as comparable). */
bool ty_comparable(Type *t);
bool ty_is_comparable_strict(Type *t);   /* comparable(T, dynamic=false) */
bool ty_has_nil(Type *t);
/* The property tests of the underlying Basic type. */
bool ty_is_basic(Type *t, uint32_t info);
bool ty_is_boolean(Type *t);
bool ty_is_integer(Type *t);
bool ty_is_unsigned(Type *t);
bool ty_is_float(Type *t);
bool ty_is_complex(Type *t);
bool ty_is_numeric(Type *t);
bool ty_is_string(Type *t);
bool ty_is_ordered(Type *t);
bool ty_is_const_type(Type *t);
/* The same tests over every type of a type parameter's type set. */
bool ty_all_basic(Type *t, uint32_t info);
bool ty_is_typed(Type *t);
bool ty_is_untyped(Type *t);
bool ty_is_interface(Type *t);
bool ty_is_typeparam(Type *t);
bool ty_is_generic(Type *t);            /* an uninstantiated generic Named */
bool ty_has_name(Type *t);              /* Basic, Named or TypeParam */
/* The default type of an untyped constant's type (rune for untyped
 * rune), t itself otherwise. */
Type *ty_default(TypeCtx *c, Type *t);
/* types2's coreType: the single underlying type of a type parameter's
 * type set (NULL if none), under(t) for other types; coreString treats
 * string like []byte. */
Type *ty_core_type(Type *t);
Type *ty_core_string(Type *t);
/* types2's TypeParam.is and underIs: f holds for every term of tp's type
 * set (or its underlying type); f gets NULL once when the set has no
 * specific types. */
bool ty_typeparam_is(Type *tp, bool (*f)(const Term *t, void *arg), void *arg);
bool ty_typeparam_under_is(Type *tp, bool (*f)(Type *u, void *arg), void *arg);
/* t is in the term's type set (a ~T term takes t's underlying type). */
bool ty_term_includes(const Term *term, Type *t);

/* ==================================================================== */
/* Lookup, method sets, interfaces                                       */
/* ==================================================================== */

/* types2's LookupFieldOrMethod.  obj is the field or method found.  If
 * obj is NULL: index set means the name is ambiguous (index is the path
 * to the first match), else indirect set means a method with a pointer
 * receiver was found on a non-addressable value, else nothing was found.
 * index is the path of field indices (the last one a field or method
 * index) and lives in the context's arena. */
typedef struct LookupResult {
	Object *obj;
	int *index;
	int nindex;
	bool indirect;
} LookupResult;
LookupResult ty_lookup_field_or_method(Type *T, bool addressable, Package *pkg, Sym *name);

/* A selection x.f (types2's Selection). */
typedef enum SelectionKind { SEL_FIELD_VAL, SEL_METHOD_VAL, SEL_METHOD_EXPR } SelectionKind;
typedef struct Selection {
	SelectionKind kind;
	Type *recv;
	Object *obj;
	int *index;
	int nindex;
	bool indirect;
} Selection;

/* The method set of T (go/types' NewMethodSet), sorted by method Id. */
typedef struct MethodSet {
	Selection *sels;
	int n;
} MethodSet;
MethodSet ty_method_set(Type *T);

/* types2's MissingMethod: the first method of interface T that V lacks
 * (static: also when V is an interface), NULL if none.  *wrong_type is
 * set when V has the method with a different type (or a pointer
 * receiver). *alt (may be NULL) gets the method found instead. */
Object *ty_missing_method(Type *V, Type *T, bool is_static, bool *wrong_type, Object **alt);
/* V implements interface T, including T's type terms and comparable. */
bool ty_implements(Type *V, Type *T);
/* A value of interface type V may be asserted to T. */
bool ty_assertable_to(Type *V, Type *T);
/* ty_implements, and when false the reason as gc's types2 words it
 * ("T does not implement I (missing M method)") appended to why. */
bool ty_implements_why(Type *V, Type *T, TyBuf *why, const Qualifier *q);

/* ==================================================================== */
/* Sizes                                                                 */
/* ==================================================================== */

/* Sizes as gc computes them; -1 for types without one (untyped, tuples,
 * type parameters, interfaces' unions).  Offsets: one per field of the
 * underlying struct, into offs (nfields entries). */
int64_t ty_sizeof(const TySizes *s, Type *t);
int64_t ty_alignof(const TySizes *s, Type *t);
void ty_offsetsof(const TySizes *s, Type *st, int64_t *offs);

/* ==================================================================== */
/* Objects                                                               */
/* ==================================================================== */

Object *obj_new(TypeCtx *c, ObjKind kind, Pos pos, Package *pkg, Sym *name, Type *type);
Object *obj_new_var(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type);
Object *obj_new_param(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type);
Object *obj_new_field(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type, bool embedded);
Object *obj_new_const(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type, void *val);
Object *obj_new_typename(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type);
/* type: a signature (may be NULL until known) */
Object *obj_new_func(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type);
Object *obj_new_pkgname(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Package *imported);
Object *obj_new_label(TypeCtx *c, Pos pos, Package *pkg, Sym *name);

bool obj_exported(const Object *obj);
bool sym_exported(const Sym *name);
/* types2's sameId: obj's name is name in pkg (unexported names need the
 * same package path). */
bool obj_same_id(const Object *obj, const Package *pkg, const Sym *name);
/* The Id ("Name", or "path.name" for unexported names, "_.name" without
 * a package), into the context arena. */
const char *obj_id(TypeCtx *c, const Object *obj);
/* types2's order of methods in a type set (exported first, by name,
 * then by package height and path). */
bool obj_less(const Object *a, const Object *b);
/* A type name that is an alias (its type is not its own Named or
 * TypeParam, or it is a Basic under another name). */
bool obj_is_alias(const Object *obj);
/* A method declared with a pointer receiver. */
bool obj_has_ptr_recv(const Object *f);

/* ==================================================================== */
/* Scopes and packages                                                   */
/* ==================================================================== */

Scope *scope_new(TypeCtx *c, Scope *parent, Pos pos, Pos end, const char *comment);
/* The object named name in s itself, or NULL. */
Object *scope_lookup(const Scope *s, const Sym *name);
/* Searches s and its parents for name, skipping objects whose scope
 * starts after pos (unless pos is unknown): types2's LookupParent.
 * *found (may be NULL) gets the scope it was found in. */
Object *scope_lookup_parent(Scope *s, const Sym *name, Pos pos, Scope **found);
/* Inserts obj unless its name is taken: returns the object already there,
 * or NULL.  Sets obj->parent when unset. */
Object *scope_insert(Scope *s, Object *obj);
int scope_len(const Scope *s);
Object *scope_at(const Scope *s, int i);          /* insertion order */
/* Names in sorted order, as types2's Names (into the context arena). */
Sym **scope_names(Scope *s, int *n);
bool scope_contains(const Scope *s, Pos pos);
Scope *scope_innermost(Scope *s, Pos pos);
/* Moves s's objects into its parent and its children up (types2's
 * Squash); err is called (if not NULL) for each clash. */
void scope_squash(Scope *s, void (*err)(void *ctx, Object *obj, Object *alt), void *ctx);
/* Position order: unknown (line 0) before everything; then file, line,
 * column. */
int pos_cmp(Pos a, Pos b);

Package *pkg_new(TypeCtx *c, const char *path, const char *name);
void pkg_add_import(Package *p, Package *imported);

/* ==================================================================== */
/* Printing                                                              */
/* ==================================================================== */

/* How package-level names are qualified (types2's Qualifier): fn returns
 * the prefix to print before "." ("" for none).  A NULL Qualifier prints
 * package paths. */
struct Qualifier {
	const char *(*fn)(void *ctx, const Package *pkg);
	void *ctx;
};
/* types2's RelativeTo(pkg): nothing for pkg, paths for the others. */
Qualifier ty_relative_to(const Package *pkg);
/* Package names for packages other than pkg (what gc's error messages
 * print when names are unambiguous). */
Qualifier ty_relative_names(const Package *pkg);

/* A growable text buffer (malloc-backed; str is NUL-terminated). */
struct TyBuf {
	char *str;
	size_t len, cap;
};
void tybuf_puts(TyBuf *b, const char *s);
void tybuf_putc(TyBuf *b, char ch);
void tybuf_printf(TyBuf *b, const char *fmt, ...);
void tybuf_free(TyBuf *b);

/* TypeString, ObjectString, WriteSignature and SelectionString of
 * types2.  q may be NULL. */
void ty_write(TyBuf *b, Type *t, const Qualifier *q);
void ty_write_signature(TyBuf *b, Type *sig, const Qualifier *q);
void obj_write(TyBuf *b, Object *obj, const Qualifier *q);
void ty_write_selection(TyBuf *b, const Selection *s, const Qualifier *q);
/* The same into the context arena. */
const char *ty_string(Type *t, const Qualifier *q);
const char *obj_string(TypeCtx *c, Object *obj, const Qualifier *q);

/* gc's own notation for types (cmd/compile/internal/types/fmt.go, as -m
 * and most of gc's messages print them): names of local's package
 * unqualified, others by package name, "interface {}", "struct { x int }",
 * "func(int) error" without parameter names. */
void ty_write_gc(TyBuf *b, Type *t, const Package *local);
/* The same, with the qualifier of another package given by qual (gc
 * quotes the path of a package whose name two imports share). */
typedef const char *(*TyQualFn)(const void *ctx, const Package *pkg);
void ty_write_gc_qual(TyBuf *b, Type *t, const Package *local, TyQualFn qual, const void *ctx);
/* gc's LinkString (fmtTypeID): every named type qualified by its
 * package path, byte and rune as uint8 and int32 (the order
 * reflectdata writes runtime types in). */
void ty_write_gc_typeid(TyBuf *b, Type *t);
/* The same, the package local named localpath (gc's -p: "main" for a
 * main package). */
void ty_write_gc_linkname(TyBuf *b, Type *t, const Package *local, const char *localpath);
const char *ty_string_gc(Type *t, const Package *local);
/* gc's LinkString (types.LinkString): every package named by its path,
 * byte as uint8 (the names of shape types, noder/stencil.go). */
void ty_write_link(TyBuf *b, Type *t);
/* A shape type (stencil.c: a defined type go.shape.U_I of no package),
 * and a type with one inside (gc's IsShape, HasShape). */
bool ty_is_shape(Type *t);
bool ty_has_shape(Type *t);
/* Whether t or any type it is built of (see types.c) satisfies pred;
 * interfaces' method signatures are entered when ifaces. */
bool ty_any(Type *t, bool (*pred)(Type *), bool ifaces);

#endif

/*
 * types.c — Go's types, objects and scopes (see types.h), with the
 * predicates, lookups, layouts and printed forms the checker and escape
 * analysis ask of them.
 *
 * The model is types2's, and so are the rules: identity (spec "Type
 * identity"), type sets of interfaces with unions and ~T terms (spec
 * "Interface types"), field and method lookup through embedded fields
 * (spec "Selectors"), method sets (spec "Method sets"), implementation
 * (spec "Implementing an interface").  Layout is gc's (types/size.go, as
 * noder's gcSizes hands it to types2), which differs from go/types'
 * StdSizes: a struct's size is rounded up to its alignment, and a
 * zero-size final field of a non-empty struct is given a byte.
 *
 * Invariants: every Type, Object, Scope and Package lives in its
 * TypeCtx's arena and is never freed alone; types are not canonicalised
 * (two []int are distinct Types that ty_identical relates); interface
 * and union type sets, type parameter interfaces and sizes are computed
 * on demand and cached in the type.
 *
 * Left out: instantiation and substitution (the checker makes instances
 * and fills in their underlying types and methods), lazily resolved
 * scope entries, non-ASCII upper-case letters in obj_exported.
 */
#include "types.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Recursion guard for printing and predicates over deeply nested types. */
enum { MAX_TYPE_DEPTH = 10000 };

/* types2's maxTermCount: unions with more terms are not handled. */
enum { MAX_UNION_TERMS = 100 };

/* ==================================================================== */
/* Text buffers                                                          */
/* ==================================================================== */

static void tybuf_grow(TyBuf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->str = xrealloc(b->str, cap);
	b->cap = cap;
}

void tybuf_puts(TyBuf *b, const char *s)
{
	size_t n = strlen(s);
	tybuf_grow(b, n);
	memcpy(b->str + b->len, s, n + 1);
	b->len += n;
}

void tybuf_putc(TyBuf *b, char ch)
{
	tybuf_grow(b, 1);
	b->str[b->len++] = ch;
	b->str[b->len] = 0;
}

void tybuf_printf(TyBuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal_internal("bad format %s", fmt);
	tybuf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->str + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void tybuf_free(TyBuf *b)
{
	free(b->str);
	b->str = NULL;
	b->len = b->cap = 0;
}

static const char *tybuf_freeze(TypeCtx *c, TyBuf *b)
{
	char *s = arena_strndup(&c->arena, b->str ? b->str : "", b->len);
	tybuf_free(b);
	return s;
}

/* ==================================================================== */
/* Allocation                                                            */
/* ==================================================================== */

/* strncasecmp for ASCII letters (Go's strings.EqualFold beyond ASCII is
 * not needed: it only picks better error messages). */
static int strncasecmp_ascii(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y || !x)
			return x - y;
	}
	return 0;
}

static void *ctx_alloc(TypeCtx *c, size_t n)
{
	return arena_alloc(&c->arena, n);
}

static void *ctx_copy(TypeCtx *c, const void *p, size_t n)
{
	if (n == 0 || !p)
		return NULL;
	void *q = ctx_alloc(c, n);
	memcpy(q, p, n);
	return q;
}

/* Append to an arena-backed array of pointers: it doubles by copying, and
 * the old copy is left to the arena. */
static void arena_append(TypeCtx *c, void ***v, int *n, int *cap, void *p)
{
	if (*n == *cap) {
		int ncap = *cap ? 2 * *cap : 4;
		void **nv = ctx_alloc(c, (size_t)ncap * sizeof *nv);
		if (*n)
			memcpy(nv, *v, (size_t)*n * sizeof *nv);
		*v = nv;
		*cap = ncap;
	}
	(*v)[(*n)++] = p;
}

static Type *new_type(TypeCtx *c, TypeKind kind)
{
	Type *t = ctx_alloc(c, sizeof *t);
	t->kind = kind;
	t->ctx = c;
	t->id = __atomic_add_fetch(&c->next_id, 1, __ATOMIC_RELAXED);
	return t;
}

/* ==================================================================== */
/* Sizes of the supported targets                                        */
/* ==================================================================== */

/* Every GOARCH gc 1.19 compiles for (cmd/internal/sys's Archs: PtrSize
 * and RegSize). */
const TySizes ty_sizes_amd64 = { "amd64", 8, 8 };
const TySizes ty_sizes_arm64 = { "arm64", 8, 8 };
const TySizes ty_sizes_386 = { "386", 4, 4 };
static const TySizes ty_sizes_others[] = {
	{ "arm", 4, 4 },        { "loong64", 8, 8 }, { "mips", 4, 4 },    { "mipsle", 4, 4 },
	{ "mips64", 8, 8 },     { "mips64le", 8, 8 }, { "ppc64", 8, 8 },  { "ppc64le", 8, 8 },
	{ "riscv64", 8, 8 },    { "s390x", 8, 8 },   { "wasm", 8, 8 },
};

const TySizes *ty_sizes_for(const char *arch)
{
	static const TySizes *all[] = { &ty_sizes_amd64, &ty_sizes_arm64, &ty_sizes_386 };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		if (strcmp(all[i]->arch, arch) == 0)
			return all[i];
	for (size_t i = 0; i < sizeof ty_sizes_others / sizeof ty_sizes_others[0]; i++)
		if (strcmp(ty_sizes_others[i].arch, arch) == 0)
			return &ty_sizes_others[i];
	return NULL;
}

/* ==================================================================== */
/* The universe                                                          */
/* ==================================================================== */

static const struct {
	BasicKind kind;
	uint32_t info;
	const char *name;
} basic_table[B_NKINDS] = {
	{ B_INVALID, 0, "invalid type" },
	{ B_BOOL, BI_BOOLEAN, "bool" },
	{ B_INT, BI_INTEGER, "int" },
	{ B_INT8, BI_INTEGER, "int8" },
	{ B_INT16, BI_INTEGER, "int16" },
	{ B_INT32, BI_INTEGER, "int32" },
	{ B_INT64, BI_INTEGER, "int64" },
	{ B_UINT, BI_INTEGER | BI_UNSIGNED, "uint" },
	{ B_UINT8, BI_INTEGER | BI_UNSIGNED, "uint8" },
	{ B_UINT16, BI_INTEGER | BI_UNSIGNED, "uint16" },
	{ B_UINT32, BI_INTEGER | BI_UNSIGNED, "uint32" },
	{ B_UINT64, BI_INTEGER | BI_UNSIGNED, "uint64" },
	{ B_UINTPTR, BI_INTEGER | BI_UNSIGNED, "uintptr" },
	{ B_FLOAT32, BI_FLOAT, "float32" },
	{ B_FLOAT64, BI_FLOAT, "float64" },
	{ B_COMPLEX64, BI_COMPLEX, "complex64" },
	{ B_COMPLEX128, BI_COMPLEX, "complex128" },
	{ B_STRING, BI_STRING, "string" },
	{ B_UNSAFE_POINTER, 0, "Pointer" },
	{ B_UNTYPED_BOOL, BI_BOOLEAN | BI_UNTYPED, "untyped bool" },
	{ B_UNTYPED_INT, BI_INTEGER | BI_UNTYPED, "untyped int" },
	{ B_UNTYPED_RUNE, BI_INTEGER | BI_UNTYPED, "untyped rune" },
	{ B_UNTYPED_FLOAT, BI_FLOAT | BI_UNTYPED, "untyped float" },
	{ B_UNTYPED_COMPLEX, BI_COMPLEX | BI_UNTYPED, "untyped complex" },
	{ B_UNTYPED_STRING, BI_STRING | BI_UNTYPED, "untyped string" },
	{ B_UNTYPED_NIL, BI_UNTYPED, "untyped nil" },
};

static const char *const builtin_names[BUILTIN_N] = {
	"append", "cap", "close", "complex", "copy", "delete", "imag", "len",
	"make", "new", "panic", "print", "println", "real", "recover",
	"Add", "Alignof", "Offsetof", "Sizeof", "Slice",
};

const char *ty_builtin_name(BuiltinId id)
{
	return (unsigned)id < BUILTIN_N ? builtin_names[id] : "?";
}

static Type *new_basic(TypeCtx *c, BasicKind k, uint32_t info, const char *name)
{
	Type *t = new_type(c, TY_BASIC);
	t->u.basic.kind = k;
	t->u.basic.info = info;
	t->u.basic.name = name;
	return t;
}

/* Declare a predeclared object: exported names belong to unsafe. */
static void universe_def(TypeCtx *c, Object *obj)
{
	Scope *s = c->universe;
	if (sym_exported(obj->name)) {
		s = c->unsafe->scope;
		obj->pkg = c->unsafe;
	}
	obj->color = COLOR_BLACK;
	if (scope_insert(s, obj))
		fatal_internal("double declaration of predeclared %s", obj->name->name);
}

static Object *universe_typename(TypeCtx *c, const char *name, Type *t)
{
	Object *obj = obj_new_typename(c, (Pos){ 0 }, NULL, sym_cstr(name), t);
	universe_def(c, obj);
	return obj;
}

TypeCtx *ty_ctx_new(void)
{
	TypeCtx *c = xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	c->sizes = &ty_sizes_amd64;
	Pos nopos = { 0 };

	c->universe = scope_new(c, NULL, nopos, nopos, "universe");
	c->unsafe = pkg_new(c, "unsafe", "unsafe");
	c->unsafe->complete = true;

	/* types: the Basic kinds that have a Go name, then byte and rune */
	for (int k = 0; k < B_NKINDS; k++)
		c->typ[k] = new_basic(c, (BasicKind)k, basic_table[k].info, basic_table[k].name);
	c->invalid = c->typ[B_INVALID];
	for (int k = B_BOOL; k <= B_UNSAFE_POINTER; k++)
		universe_typename(c, basic_table[k].name, c->typ[k]);
	c->byte_type = new_basic(c, B_BYTE, BI_INTEGER | BI_UNSIGNED, "byte");
	c->rune_type = new_basic(c, B_RUNE, BI_INTEGER, "rune");
	c->universe_byte = universe_typename(c, "byte", c->byte_type);
	c->universe_rune = universe_typename(c, "rune", c->rune_type);

	/* any = interface{} */
	c->any_type = ty_new_interface(c, NULL, 0, NULL, 0);
	c->any_type->u.iface.universe_any = true;
	c->universe_any = universe_typename(c, "any", c->any_type);
	c->empty_iface = ty_new_interface(c, NULL, 0, NULL, 0);

	/* type error interface{ Error() string } */
	{
		Object *obj = obj_new_typename(c, nopos, NULL, sym_cstr("error"), NULL);
		Type *named = ty_new_named(c, obj, NULL);
		Object *recv = obj_new_param(c, nopos, NULL, sym_cstr(""), named);
		Object *res = obj_new_param(c, nopos, NULL, sym_cstr(""), c->typ[B_STRING]);
		Type *sig = ty_new_signature(c, recv, NULL, ty_new_tuple(c, &res, 1), false);
		Object *m = obj_new_func(c, nopos, NULL, sym_cstr("Error"), sig);
		ty_named_set_underlying(named, ty_new_interface(c, &m, 1, NULL, 0));
		c->error_type = named;
		c->universe_error = obj;
		universe_def(c, obj);
	}
	/* type comparable interface{ comparable } */
	{
		Object *obj = obj_new_typename(c, nopos, NULL, sym_cstr("comparable"), NULL);
		Type *named = ty_new_named(c, obj, NULL);
		Type *it = ty_new_interface(c, NULL, 0, NULL, 0);
		it->u.iface.universe_comparable = true;
		TypeSet *ts = ctx_alloc(c, sizeof *ts);
		ts->all = true;
		ts->comparable = true;
		it->u.iface.tset = ts;
		ty_named_set_underlying(named, it);
		c->comparable_type = named;
		c->universe_comparable = obj;
		universe_def(c, obj);
	}

	/* constants: their values are the constant module's to supply */
	universe_def(c, obj_new_const(c, nopos, NULL, sym_cstr("true"), c->typ[B_UNTYPED_BOOL], NULL));
	universe_def(c, obj_new_const(c, nopos, NULL, sym_cstr("false"), c->typ[B_UNTYPED_BOOL], NULL));
	c->universe_iota = obj_new_const(c, nopos, NULL, sym_cstr("iota"), c->typ[B_UNTYPED_INT], NULL);
	universe_def(c, c->universe_iota);

	c->universe_nil = obj_new(c, OBJ_NIL, nopos, NULL, sym_cstr("nil"), c->typ[B_UNTYPED_NIL]);
	universe_def(c, c->universe_nil);

	for (int i = 0; i < BUILTIN_N; i++) {
		Object *b = obj_new(c, OBJ_BUILTIN, nopos, NULL, sym_cstr(builtin_names[i]), c->invalid);
		b->u.builtin.id = (BuiltinId)i;
		c->builtins[i] = b;
		universe_def(c, b);
	}
	return c;
}

void ty_ctx_free(TypeCtx *c)
{
	if (!c)
		return;
	arena_free(&c->arena);
	free(c);
}

Object *ty_universe_lookup(TypeCtx *c, const char *name)
{
	Sym *s = sym_cstr(name);
	Object *obj = scope_lookup(c->universe, s);
	return obj ? obj : scope_lookup(c->unsafe->scope, s);
}

/* ==================================================================== */
/* Making types                                                          */
/* ==================================================================== */

Type *ty_basic(TypeCtx *c, BasicKind k)
{
	return c->typ[k];
}

Type *ty_new_pointer(TypeCtx *c, Type *elem)
{
	Type *t = new_type(c, TY_POINTER);
	t->u.ptr.elem = elem;
	return t;
}

Type *ty_new_slice(TypeCtx *c, Type *elem)
{
	Type *t = new_type(c, TY_SLICE);
	t->u.slice.elem = elem;
	return t;
}

Type *ty_new_array(TypeCtx *c, Type *elem, int64_t len)
{
	Type *t = new_type(c, TY_ARRAY);
	t->u.array.elem = elem;
	t->u.array.len = len;
	return t;
}

Type *ty_new_map(TypeCtx *c, Type *key, Type *elem)
{
	Type *t = new_type(c, TY_MAP);
	t->u.map.key = key;
	t->u.map.elem = elem;
	return t;
}

Type *ty_new_chan(TypeCtx *c, ChanDir dir, Type *elem)
{
	Type *t = new_type(c, TY_CHAN);
	t->u.chan.dir = dir;
	t->u.chan.elem = elem;
	return t;
}

Type *ty_new_struct(TypeCtx *c, Object **fields, const char **tags, int n)
{
	Type *t = new_type(c, TY_STRUCT);
	t->u.strct.fields = ctx_copy(c, fields, (size_t)n * sizeof *fields);
	t->u.strct.nfields = n;
	if (tags) {
		bool any = false;
		for (int i = 0; i < n; i++)
			any |= tags[i] && tags[i][0];
		if (any) {
			const char **tv = ctx_alloc(c, (size_t)n * sizeof *tv);
			for (int i = 0; i < n; i++)
				tv[i] = tags[i] && tags[i][0] ? arena_strndup(&c->arena, tags[i], strlen(tags[i])) : NULL;
			t->u.strct.tags = tv;
		}
	}
	return t;
}

Type *ty_new_tuple(TypeCtx *c, Object **vars, int n)
{
	Type *t = new_type(c, TY_TUPLE);
	t->u.tuple.vars = ctx_copy(c, vars, (size_t)n * sizeof *vars);
	t->u.tuple.nvars = n;
	return t;
}

Type *ty_new_signature(TypeCtx *c, Object *recv, Type *params, Type *results, bool variadic)
{
	Type *t = new_type(c, TY_SIGNATURE);
	t->u.sig.recv = recv;
	t->u.sig.params = params ? params : ty_new_tuple(c, NULL, 0);
	t->u.sig.results = results ? results : ty_new_tuple(c, NULL, 0);
	t->u.sig.variadic = variadic;
	if (variadic && ty_tuple_len(t->u.sig.params) == 0)
		fatal_internal("variadic signature without parameters");
	return t;
}

static Type **bind_tparams(TypeCtx *c, Type **tparams, int n)
{
	for (int i = 0; i < n; i++) {
		if (tparams[i]->kind != TY_TYPEPARAM)
			fatal_internal("not a type parameter");
		tparams[i]->u.tparam.index = i;
	}
	return ctx_copy(c, tparams, (size_t)n * sizeof *tparams);
}

void ty_signature_set_tparams(Type *sig, Type **tparams, int n)
{
	sig->u.sig.tparams = bind_tparams(sig->ctx, tparams, n);
	sig->u.sig.ntparams = n;
}

void ty_signature_set_rparams(Type *sig, Type **rparams, int n)
{
	sig->u.sig.rparams = bind_tparams(sig->ctx, rparams, n);
	sig->u.sig.nrparams = n;
}

Type *ty_new_interface_empty(TypeCtx *c)
{
	return new_type(c, TY_INTERFACE);
}

void ty_interface_add_method(Type *it, Object *m)
{
	arena_append(it->ctx, (void ***)&it->u.iface.methods, &it->u.iface.nmethods,
		&it->u.iface.capmethods, m);
}

void ty_interface_add_embedded(Type *it, Type *t, Pos pos)
{
	TypeCtx *c = it->ctx;
	int cap = it->u.iface.capembeddeds;
	arena_append(c, (void ***)&it->u.iface.embeddeds, &it->u.iface.nembeddeds,
		&it->u.iface.capembeddeds, t);
	if (it->u.iface.capembeddeds != cap) {
		Pos *np = ctx_alloc(c, (size_t)it->u.iface.capembeddeds * sizeof *np);
		if (it->u.iface.embedpos)
			memcpy(np, it->u.iface.embedpos, (size_t)(it->u.iface.nembeddeds - 1) * sizeof *np);
		it->u.iface.embedpos = np;
	}
	it->u.iface.embedpos[it->u.iface.nembeddeds - 1] = pos;
}

void ty_interface_complete(Type *it)
{
	it->u.iface.complete = true;
}

Type *ty_new_interface(TypeCtx *c, Object **methods, int nmethods, Type **embeddeds, int nembeddeds)
{
	Type *t = ty_new_interface_empty(c);
	for (int i = 0; i < nmethods; i++)
		ty_interface_add_method(t, methods[i]);
	for (int i = 0; i < nembeddeds; i++)
		ty_interface_add_embedded(t, embeddeds[i], (Pos){ 0 });
	t->u.iface.complete = true;
	return t;
}

Type *ty_new_union(TypeCtx *c, const Term *terms, int n)
{
	Type *t = new_type(c, TY_UNION);
	t->u.uni.terms = ctx_copy(c, terms, (size_t)n * sizeof *terms);
	t->u.uni.nterms = n;
	return t;
}

Type *ty_new_named(TypeCtx *c, Object *obj, Type *underlying)
{
	Type *t = new_type(c, TY_NAMED);
	t->u.named.obj = obj;
	t->u.named.orig = t;
	t->u.named.underlying = underlying;
	if (obj && !obj->type)
		obj->type = t;
	return t;
}

void ty_named_set_underlying(Type *named, Type *underlying)
{
	if (underlying && underlying->kind == TY_NAMED)
		fatal_internal("underlying type of %s must not be a Named type",
			named->u.named.obj ? named->u.named.obj->name->name : "?");
	named->u.named.underlying = underlying;
	ty_shape_bump(named->ctx);
	/* set means decided: a pending resolver (an instance's) must not
	 * replace it later (validType marks a cyclic instance invalid) */
	named->u.named.resolve = NULL;
}

void ty_named_set_tparams(Type *named, Type **tparams, int n)
{
	named->u.named.tparams = bind_tparams(named->ctx, tparams, n);
	ty_shape_bump(named->ctx);
	named->u.named.ntparams = n;
}

void ty_named_add_method(Type *named, Object *m)
{
	arena_append(named->ctx, (void ***)&named->u.named.methods, &named->u.named.nmethods,
		&named->u.named.capmethods, m);
}

void ty_named_set_resolver(Type *named, NamedResolver fn, void *ctx)
{
	named->u.named.resolve = fn;
	named->u.named.resolve_ctx = ctx;
	named->u.named.pending = fn != NULL;
}

Type *ty_new_instance(TypeCtx *c, Type *orig, Type **targs, int n)
{
	if (orig->kind != TY_NAMED || orig->u.named.orig != orig)
		fatal_internal("instance of a type that is not generic");
	Type *t = new_type(c, TY_NAMED);
	t->u.named.obj = orig->u.named.obj;
	t->u.named.orig = orig;
	t->u.named.targs = ctx_copy(c, targs, (size_t)n * sizeof *targs);
	t->u.named.ntargs = n;
	return t;
}

Type *ty_new_typeparam(TypeCtx *c, Object *obj, Type *constraint)
{
	Type *t = new_type(c, TY_TYPEPARAM);
	t->u.tparam.obj = obj;
	t->u.tparam.index = -1;
	t->u.tparam.uid = __atomic_add_fetch(&c->next_tparam, 1, __ATOMIC_RELAXED);
	t->u.tparam.constraint = constraint;
	if (obj && !obj->type)
		obj->type = t;
	return t;
}

void ty_typeparam_set_constraint(Type *tp, Type *constraint)
{
	tp->u.tparam.constraint = constraint;
}

/* ==================================================================== */
/* Reading types                                                         */
/* ==================================================================== */

/* Run a Named type's resolver once. */
static void named_resolve(Type *t)
{
	if (!__atomic_load_n(&t->u.named.pending, __ATOMIC_ACQUIRE))
		return;
	util_lock();
	NamedResolver fn = t->u.named.resolve;
	if (fn) {
		t->u.named.resolve = NULL;
		fn(t->u.named.resolve_ctx, t);
		ty_shape_bump(t->ctx);
	}
	if (!t->u.named.resolve)
		__atomic_store_n(&t->u.named.pending, false, __ATOMIC_RELEASE);
	util_unlock();
}

Type *ty_underlying(Type *t)
{
	if (!t)
		return NULL;
	switch (t->kind) {
	case TY_NAMED:
		named_resolve(t);
		return t->u.named.underlying ? t->u.named.underlying : t->ctx->invalid;
	case TY_TYPEPARAM:
		return ty_typeparam_iface(t);
	default:
		return t;
	}
}

/* An instance's methods follow its generic type's (which may still be
 * collecting them): one Func per method, its type filled in later. */
static void sync_instance_methods(Type *t)
{
	Type *o = t->u.named.orig;
	if (o == t)
		return;
	int n = ty_named_nmethods(o);
	while (t->u.named.nmethods < n) {
		Object *om = o->u.named.methods[t->u.named.nmethods];
		Object *m = obj_new_func(t->ctx, om->pos, om->pkg, om->name, NULL);
		m->u.func.origin = om;
		m->u.func.inst = t;
		m->u.func.has_ptr_recv = om->u.func.has_ptr_recv;
		ty_named_add_method(t, m);
	}
}

Type *ty_func_type(Object *f)
{
	Type *ft = __atomic_load_n(&f->type, __ATOMIC_ACQUIRE);
	if (!ft && f->u.func.inst && f->u.func.origin && f->u.func.origin->type) {
		util_lock();
		if (!f->type) {
			TypeCtx *c = f->u.func.inst->ctx;
			f->u.func.has_ptr_recv = f->u.func.origin->u.func.has_ptr_recv;
			if (c->expand_method)
				__atomic_store_n(&f->type, c->expand_method(c->expand_ctx, f->u.func.inst, f->u.func.origin),
						 __ATOMIC_RELEASE);
		}
		ft = f->type;
		util_unlock();
	}
	return ft;
}

int ty_named_nmethods(Type *t)
{
	named_resolve(t);
	if (t->u.named.orig == t)
		return t->u.named.nmethods;
	util_lock();
	sync_instance_methods(t);
	int n = t->u.named.nmethods;
	util_unlock();
	return n;
}

Object *ty_named_method(Type *t, int i)
{
	named_resolve(t);
	Object *m;
	if (t->u.named.orig == t) {
		m = t->u.named.methods[i];
	} else {
		util_lock();
		sync_instance_methods(t);
		m = t->u.named.methods[i];
		util_unlock();
	}
	ty_func_type(m);
	return m;
}

int ty_named_ntparams(Type *t)
{
	Type *o = t->u.named.orig;
	named_resolve(o);
	return o->u.named.ntparams;
}

Type *ty_named_tparam(Type *t, int i)
{
	Type *o = t->u.named.orig;
	named_resolve(o);
	return o->u.named.tparams[i];
}

Type *ty_origin(Type *t)
{
	return t->kind == TY_NAMED ? t->u.named.orig : t;
}

int ty_tuple_len(Type *t)
{
	return t ? t->u.tuple.nvars : 0;
}

const char *ty_struct_tag(Type *st, int i)
{
	if (st->u.strct.tags && st->u.strct.tags[i])
		return st->u.strct.tags[i];
	return "";
}

Type *ty_deref(Type *t, bool *is_ptr)
{
	if (t && t->kind == TY_POINTER) {
		*is_ptr = true;
		return t->u.ptr.elem ? t->u.ptr.elem : t->ctx->invalid;
	}
	*is_ptr = false;
	return t;
}

/* An interface a type parameter's values satisfy: the constraint's
 * interface, or an implicit one wrapping a non-interface constraint
 * (which then replaces the constraint, as types2 does). */
Type *ty_typeparam_iface(Type *tp)
{
	TypeCtx *c = tp->ctx;
	Type *bound = tp->u.tparam.constraint;
	if (!bound)
		return c->empty_iface;
	Type *u = ty_underlying(bound);
	if (u->kind == TY_BASIC && u->u.basic.kind == B_INVALID)
		return c->empty_iface;
	if (u->kind == TY_INTERFACE)
		return bound->kind == TY_TYPEPARAM ? c->empty_iface : u;
	Type *it = ty_new_interface(c, NULL, 0, &bound, 1);
	it->u.iface.implicit = true;
	tp->u.tparam.constraint = it;
	return it;
}

/* ==================================================================== */
/* Objects                                                               */
/* ==================================================================== */

Object *obj_new(TypeCtx *c, ObjKind kind, Pos pos, Package *pkg, Sym *name, Type *type)
{
	Object *obj = ctx_alloc(c, sizeof *obj);
	obj->kind = kind;
	obj->pos = pos;
	obj->pkg = pkg;
	obj->name = name;
	obj->type = type;
	return obj;
}

Object *obj_new_var(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type)
{
	return obj_new(c, OBJ_VAR, pos, pkg, name, type);
}

Object *obj_new_param(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type)
{
	Object *obj = obj_new(c, OBJ_VAR, pos, pkg, name, type);
	obj->u.var.is_param = true;
	obj->u.var.used = true; /* parameters are never reported unused */
	return obj;
}

Object *obj_new_field(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type, bool embedded)
{
	Object *obj = obj_new(c, OBJ_VAR, pos, pkg, name, type);
	obj->u.var.is_field = true;
	obj->u.var.embedded = embedded;
	return obj;
}

Object *obj_new_const(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type, void *val)
{
	Object *obj = obj_new(c, OBJ_CONST, pos, pkg, name, type);
	obj->u.cnst.val = val;
	return obj;
}

Object *obj_new_typename(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type)
{
	return obj_new(c, OBJ_TYPENAME, pos, pkg, name, type);
}

Object *obj_new_func(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Type *type)
{
	Object *obj = obj_new(c, OBJ_FUNC, pos, pkg, name, type);
	if (type && type->kind == TY_SIGNATURE && type->u.sig.recv) {
		bool ptr;
		ty_deref(type->u.sig.recv->type, &ptr);
		obj->u.func.has_ptr_recv = ptr;
	}
	return obj;
}

Object *obj_new_pkgname(TypeCtx *c, Pos pos, Package *pkg, Sym *name, Package *imported)
{
	Object *obj = obj_new(c, OBJ_PKGNAME, pos, pkg, name, c->invalid);
	obj->u.pkgname.imported = imported;
	return obj;
}

Object *obj_new_label(TypeCtx *c, Pos pos, Package *pkg, Sym *name)
{
	return obj_new(c, OBJ_LABEL, pos, pkg, name, c->invalid);
}

/* Go's token.IsExported (ASCII upper case only; see the file comment). */
bool sym_exported(const Sym *name)
{
	return name && name->len > 0 && name->name[0] >= 'A' && name->name[0] <= 'Z';
}

bool obj_exported(const Object *obj)
{
	return sym_exported(obj->name);
}

/* Spec "Uniqueness of identifiers": different if spelled differently, or
 * unexported in different packages. */
bool obj_same_id(const Object *obj, const Package *pkg, const Sym *name)
{
	if (name != obj->name)
		return false;
	if (obj_exported(obj))
		return true;
	if (!pkg || !obj->pkg)
		return pkg == obj->pkg;
	return pkg->path == obj->pkg->path;
}

static void write_id(TyBuf *b, const Package *pkg, const Sym *name)
{
	if (!sym_exported(name)) {
		tybuf_puts(b, pkg && pkg->path->len ? pkg->path->name : "_");
		tybuf_putc(b, '.');
	}
	tybuf_puts(b, name->name);
}

const char *obj_id(TypeCtx *c, const Object *obj)
{
	TyBuf b = { 0 };
	write_id(&b, obj->pkg, obj->name);
	return tybuf_freeze(c, &b);
}

/* Compare two Ids without building them when the names decide. */
/* The bytes of an Id as write_id spells it, one at a time (0 at the
 * end): compared without building the strings (method sets sort by
 * them). */
typedef struct IdBytes {
	const char *part[3];
	int k;
} IdBytes;

static IdBytes id_bytes(const Package *pkg, const Sym *name)
{
	IdBytes it = { { name->name, NULL, NULL }, 0 };
	if (!sym_exported(name)) {
		it.part[0] = pkg && pkg->path->len ? pkg->path->name : "_";
		it.part[1] = ".";
		it.part[2] = name->name;
	}
	return it;
}

static int id_byte(IdBytes *it)
{
	while (it->k < 3) {
		const char *p = it->part[it->k];
		if (p && *p) {
			it->part[it->k] = p + 1;
			return (unsigned char)*p;
		}
		it->k++;
	}
	return 0;
}

static int id_cmp(const Object *a, const Object *b)
{
	bool ea = obj_exported(a), eb = obj_exported(b);
	if (ea && eb)
		return strcmp(a->name->name, b->name->name);
	IdBytes x = id_bytes(a->pkg, a->name), y = id_bytes(b->pkg, b->name);
	int ca, cb;
	do {
		ca = id_byte(&x);
		cb = id_byte(&y);
	} while (ca && ca == cb);
	return ca - cb;
}

bool obj_less(const Object *a, const Object *b)
{
	if (a == b)
		return false;
	if (!a || !b)
		return !a;
	bool ea = obj_exported(a), eb = obj_exported(b);
	if (ea != eb)
		return ea;
	if (a->name != b->name)
		return strcmp(a->name->name, b->name->name) < 0;
	if (!ea) {
		int ha = a->pkg ? a->pkg->height : 0, hb = b->pkg ? b->pkg->height : 0;
		if (ha != hb)
			return ha < hb;
		const char *pa = a->pkg ? a->pkg->path->name : "", *pb = b->pkg ? b->pkg->path->name : "";
		return strcmp(pa, pb) < 0;
	}
	return false;
}

bool obj_is_alias(const Object *obj)
{
	Type *t = obj->type;
	if (!t)
		return false;
	switch (t->kind) {
	case TY_BASIC:
		if (obj->pkg && obj->pkg == t->ctx->unsafe)
			return false;
		return obj->pkg != NULL || strcmp(t->u.basic.name, obj->name->name) != 0 ||
		       t == t->ctx->byte_type || t == t->ctx->rune_type;
	case TY_NAMED:
		return obj != t->u.named.obj;
	case TY_TYPEPARAM:
		return obj != t->u.tparam.obj;
	default:
		return true;
	}
}

bool obj_has_ptr_recv(const Object *f)
{
	if (f->kind != OBJ_FUNC)
		return false;
	Type *sig = f->type;
	if (sig && sig->kind == TY_SIGNATURE) {
		if (!sig->u.sig.recv)
			return false;
		bool ptr;
		ty_deref(sig->u.sig.recv->type, &ptr);
		return ptr;
	}
	return f->u.func.has_ptr_recv;
}

/* ==================================================================== */
/* Scopes                                                                */
/* ==================================================================== */

int pos_cmp(Pos a, Pos b)
{
	bool ka = a.line != 0, kb = b.line != 0;
	if (ka != kb)
		return ka ? 1 : -1;
	if (!ka)
		return 0;
	if (a.file != b.file)
		return a.file < b.file ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

Scope *scope_new(TypeCtx *c, Scope *parent, Pos pos, Pos end, const char *comment)
{
	Scope *s = ctx_alloc(c, sizeof *s);
	s->ctx = c;
	s->parent = parent;
	s->pos = pos;
	s->end = end;
	s->comment = comment;
	/* package scopes are not the universe's children (types2) */
	if (parent && parent != c->universe) {
		arena_append(c, (void ***)&parent->children, &parent->nchildren, &parent->capchildren, s);
		s->number = parent->nchildren;
	}
	return s;
}

static uint32_t sym_slot(const Sym *name, uint32_t nslots)
{
	return name->hash & (nslots - 1);
}

Object *scope_lookup(const Scope *s, const Sym *name)
{
	if (s->nslots == 0)
		return NULL;
	for (uint32_t i = sym_slot(name, s->nslots);; i = (i + 1) & (s->nslots - 1)) {
		Object *obj = s->slots[i];
		if (!obj)
			return NULL;
		if (obj->name == name)
			return obj;
	}
}

static void scope_rehash(Scope *s, uint32_t nslots)
{
	Object **slots = ctx_alloc(s->ctx, nslots * sizeof *slots);
	for (int k = 0; k < s->nelems; k++) {
		Object *obj = s->elems[k];
		uint32_t i = sym_slot(obj->name, nslots);
		while (slots[i])
			i = (i + 1) & (nslots - 1);
		slots[i] = obj;
	}
	s->slots = slots;
	s->nslots = nslots;
}

Object *scope_insert(Scope *s, Object *obj)
{
	Object *alt = scope_lookup(s, obj->name);
	if (alt)
		return alt;
	arena_append(s->ctx, (void ***)&s->elems, &s->nelems, &s->capelems, obj);
	if ((uint32_t)s->nelems * 2 > s->nslots)
		scope_rehash(s, s->nslots ? 2 * s->nslots : 8);
	else {
		uint32_t i = sym_slot(obj->name, s->nslots);
		while (s->slots[i])
			i = (i + 1) & (s->nslots - 1);
		s->slots[i] = obj;
	}
	if (!obj->parent)
		obj->parent = s;
	return NULL;
}

Object *scope_lookup_parent(Scope *s, const Sym *name, Pos pos, Scope **found)
{
	for (; s; s = s->parent) {
		Object *obj = scope_lookup(s, name);
		if (obj && (pos.line == 0 || pos_cmp(obj->scope_pos, pos) <= 0)) {
			if (found)
				*found = s;
			return obj;
		}
	}
	if (found)
		*found = NULL;
	return NULL;
}

int scope_len(const Scope *s)
{
	return s->nelems;
}

Object *scope_at(const Scope *s, int i)
{
	return s->elems[i];
}

static int cmp_sym_name(const void *a, const void *b)
{
	const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
	return strcmp(x->name, y->name);
}

Sym **scope_names(Scope *s, int *n)
{
	Sym **v = ctx_alloc(s->ctx, (size_t)(s->nelems ? s->nelems : 1) * sizeof *v);
	for (int i = 0; i < s->nelems; i++)
		v[i] = s->elems[i]->name;
	qsort(v, (size_t)s->nelems, sizeof *v, cmp_sym_name);
	*n = s->nelems;
	return v;
}

bool scope_contains(const Scope *s, Pos pos)
{
	return pos_cmp(s->pos, pos) <= 0 && pos_cmp(pos, s->end) < 0;
}

Scope *scope_innermost(Scope *s, Pos pos)
{
	/* a package scope's extent is unknown: try its file scopes */
	if (s->parent == s->ctx->universe) {
		for (int i = 0; i < s->nchildren; i++) {
			Scope *inner = scope_innermost(s->children[i], pos);
			if (inner)
				return inner;
		}
	}
	if (!scope_contains(s, pos))
		return NULL;
	for (int i = 0; i < s->nchildren; i++)
		if (scope_contains(s->children[i], pos))
			return scope_innermost(s->children[i], pos);
	return s;
}

void scope_squash(Scope *s, void (*err)(void *ctx, Object *obj, Object *alt), void *ctx)
{
	Scope *p = s->parent;
	if (!p)
		fatal_internal("squash of a scope without parent");
	for (int i = 0; i < s->nelems; i++) {
		Object *obj = s->elems[i];
		obj->parent = NULL;
		Object *alt = scope_insert(p, obj);
		if (alt && err)
			err(ctx, obj, alt);
	}
	/* replace s among p's children by the last one, then adopt s's */
	int j = -1;
	for (int i = 0; i < p->nchildren; i++)
		if (p->children[i] == s)
			j = i;
	if (j < 0)
		fatal_internal("squash: scope is not its parent's child");
	p->children[j] = p->children[p->nchildren - 1];
	p->nchildren--;
	for (int i = 0; i < s->nchildren; i++)
		arena_append(s->ctx, (void ***)&p->children, &p->nchildren, &p->capchildren, s->children[i]);
	s->nchildren = 0;
	s->nelems = 0;
	s->nslots = 0;
	s->slots = NULL;
}

/* ==================================================================== */
/* Packages                                                              */
/* ==================================================================== */

Package *pkg_new(TypeCtx *c, const char *path, const char *name)
{
	Package *p = ctx_alloc(c, sizeof *p);
	p->path = sym_cstr(path);
	p->name = sym_cstr(name);
	char *comment = ctx_alloc(c, strlen(path) + 10);
	sprintf(comment, "package %s", path);
	p->scope = scope_new(c, c->universe, (Pos){ 0 }, (Pos){ 0 }, comment);
	return p;
}

void pkg_add_import(Package *p, Package *imported)
{
	arena_append(p->scope->ctx, (void ***)&p->imports, &p->nimports, &p->capimports, imported);
	if (imported->height + 1 > p->height)
		p->height = imported->height + 1;
}

/* ==================================================================== */
/* Term lists (types2's termlist)                                        */
/* ==================================================================== */

/* A term list is a union of terms.  A NULL type is the set of all types
 * (𝓤); the empty list is the empty set (∅).  Empty terms are simply left
 * out.  Lists are malloc-backed while being computed. */
typedef struct TermList {
	Term *v;
	int n, cap;
} TermList;

static void tl_push(TermList *l, Term t)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4;
		l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
	}
	l->v[l->n++] = t;
}

static void tl_free(TermList *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static TermList tl_all(void)
{
	TermList l = { 0 };
	tl_push(&l, (Term){ false, NULL });
	return l;
}

static bool tl_is_all(const TermList *l)
{
	for (int i = 0; i < l->n; i++)
		if (!l->v[i].type)
			return true;
	return false;
}

/* x ∩ y = ∅ for two non-𝓤 terms: their types differ (under ~). */
static bool term_disjoint(const Term *x, const Term *y)
{
	Type *ux = x->type, *uy = y->type;
	if (y->tilde)
		ux = ty_underlying(ux);
	if (x->tilde)
		uy = ty_underlying(uy);
	return !ty_identical(ux, uy);
}

/* x ∪ y: one term (*two false), or the two unchanged (*two true). */
static Term term_union(Term x, Term y, bool *two)
{
	*two = false;
	if (!x.type)
		return x;
	if (!y.type)
		return y;
	if (term_disjoint(&x, &y)) {
		*two = true;
		return x;
	}
	return x.tilde || !y.tilde ? x : y;
}

/* x ∩ y; false if empty. */
static bool term_intersect(Term x, Term y, Term *r)
{
	if (!x.type) {
		*r = y;
		return true;
	}
	if (!y.type) {
		*r = x;
		return true;
	}
	if (term_disjoint(&x, &y))
		return false;
	*r = !x.tilde || y.tilde ? x : y;
	return true;
}

bool ty_term_includes(const Term *x, Type *t)
{
	if (!x->type)
		return true;
	Type *u = x->tilde ? ty_underlying(t) : t;
	return ty_identical(x->type, u);
}

static bool term_subset(const Term *x, const Term *y)
{
	if (!y->type)
		return true;
	if (!x->type)
		return false;
	if (term_disjoint(x, y))
		return false;
	return !x->tilde || y->tilde;
}

/* The normal form: no term is a subset of another, no 𝓤 beside others. */
static TermList tl_norm(TermList in)
{
	TermList out = { 0 };
	bool *used = xmalloc((size_t)(in.n ? in.n : 1) * sizeof *used);
	memset(used, 0, (size_t)(in.n ? in.n : 1) * sizeof *used);
	for (int i = 0; i < in.n; i++) {
		if (used[i])
			continue;
		Term xi = in.v[i];
		for (int j = i + 1; j < in.n; j++) {
			if (used[j])
				continue;
			bool two;
			Term u = term_union(xi, in.v[j], &two);
			if (!two) {
				if (!u.type) {
					free(used);
					tl_free(&out);
					return tl_all();
				}
				xi = u;
				used[j] = true;
			}
		}
		tl_push(&out, xi);
	}
	free(used);
	return out;
}

/* x ∪ y, consuming neither. */
static TermList tl_union(const TermList *x, const TermList *y)
{
	TermList cat = { 0 };
	for (int i = 0; i < x->n; i++)
		tl_push(&cat, x->v[i]);
	for (int i = 0; i < y->n; i++)
		tl_push(&cat, y->v[i]);
	TermList r = tl_norm(cat);
	tl_free(&cat);
	return r;
}

static TermList tl_intersect(const TermList *x, const TermList *y)
{
	TermList r = { 0 };
	if (x->n == 0 || y->n == 0)
		return r;
	for (int i = 0; i < x->n; i++)
		for (int j = 0; j < y->n; j++) {
			Term t;
			if (term_intersect(x->v[i], y->v[j], &t))
				tl_push(&r, t);
		}
	TermList n = tl_norm(r);
	tl_free(&r);
	return n;
}

static bool tl_superset_of(const TermList *x, const Term *y)
{
	for (int i = 0; i < x->n; i++)
		if (term_subset(y, &x->v[i]))
			return true;
	return false;
}

static bool tl_subset_of(const TermList *x, const TermList *y)
{
	if (y->n == 0)
		return x->n == 0;
	for (int i = 0; i < x->n; i++)
		if (!tl_superset_of(y, &x->v[i]))
			return false;
	return true;
}

static bool tl_equal(const TermList *x, const TermList *y)
{
	return tl_subset_of(x, y) && tl_subset_of(y, x);
}

/* A type set's terms as a (borrowed or fresh) term list. */
static TermList ts_terms(const TypeSet *ts)
{
	if (ts->all)
		return tl_all();
	TermList l = { 0 };
	for (int i = 0; i < ts->nterms; i++)
		tl_push(&l, ts->terms[i]);
	return l;
}

/* ==================================================================== */
/* Type sets (spec "Interface types"; types2's typeset.go)               */
/* ==================================================================== */

static void ty_error(TypeCtx *c, Pos pos, const char *fmt, ...)
{
	if (!c->error)
		return;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	c->error(c->error_ctx, pos, msg);
}

static Pos nopos;
static const TypeSet top_typeset = { NULL, 0, NULL, 0, true, false };

static void ts_set_terms(TypeCtx *c, TypeSet *ts, TermList *l)
{
	if (tl_is_all(l)) {
		ts->all = true;
		ts->terms = NULL;
		ts->nterms = 0;
	} else {
		ts->all = false;
		ts->terms = ctx_copy(c, l->v, (size_t)l->n * sizeof *l->v);
		ts->nterms = l->n;
	}
}

/* The terms of a union's type set; *ok false if it has too many terms. */
static const TypeSet *union_typeset_compute(Type *u, Pos pos, bool *ok);

static const TypeSet *union_typeset(Type *u, Pos pos, bool *ok)
{
	if (__atomic_load_n(&u->u.uni.tset_ready, __ATOMIC_ACQUIRE)) {
		*ok = !u->u.uni.too_big;
		return u->u.uni.tset;
	}
	util_lock();
	const TypeSet *ts = union_typeset_compute(u, pos, ok);
	util_unlock();
	return ts;
}

static const TypeSet *union_typeset_compute(Type *u, Pos pos, bool *ok)
{
	TypeCtx *c = u->ctx;
	*ok = true;
	if (u->u.uni.tset) {
		*ok = !u->u.uni.too_big;
		return u->u.uni.tset;
	}
	TypeSet *ts = ctx_alloc(c, sizeof *ts);
	u->u.uni.tset = ts; /* empty while computing: stops cycles */
	TermList all = { 0 };
	for (int i = 0; i < u->u.uni.nterms; i++) {
		Term t = u->u.uni.terms[i];
		Type *under = ty_underlying(t.type);
		TermList terms = { 0 };
		if (under->kind == TY_INTERFACE) {
			terms = ts_terms(ty_typeset(under));
		} else if (under->kind == TY_BASIC && under->u.basic.kind == B_INVALID) {
			continue;
		} else if (t.tilde && !ty_identical(t.type, under)) {
			continue; /* no type has t.type as its underlying type: ∅ */
		} else {
			tl_push(&terms, t);
		}
		TermList n = tl_union(&all, &terms);
		tl_free(&all);
		tl_free(&terms);
		all = n;
		if (all.n > MAX_UNION_TERMS) {
			ty_error(c, pos, "cannot handle more than %d union terms (implementation limitation)",
				MAX_UNION_TERMS);
			tl_free(&all);
			u->u.uni.too_big = true;
			*ok = false;
			ts->all = false;
			ts->nterms = 0;
			__atomic_store_n(&u->u.uni.tset_ready, true, __ATOMIC_RELEASE);
			return ts;
		}
	}
	ts_set_terms(c, ts, &all);
	tl_free(&all);
	__atomic_store_n(&u->u.uni.tset_ready, true, __ATOMIC_RELEASE);
	return ts;
}

/* Intersect two term lists and their comparable bits; comparable keeps
 * only the comparable terms. */
static TermList intersect_terms(const TermList *x, bool xcomp, const TermList *y, bool ycomp, bool *comp)
{
	TermList terms = tl_intersect(x, y);
	*comp = xcomp || ycomp;
	if (*comp && !tl_is_all(&terms)) {
		int k = 0;
		for (int i = 0; i < terms.n; i++)
			if (ty_comparable(terms.v[i].type))
				terms.v[k++] = terms.v[i];
		terms.n = k;
		if (!tl_is_all(&terms))
			*comp = false;
	}
	return terms;
}

static int cmp_methods(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	if (obj_less(x, y))
		return -1;
	if (obj_less(y, x))
		return 1;
	return 0;
}

/* A method list being collected: a method of the same Id as an explicit
 * one is an error; one met again through embedding must be identical. */
typedef struct MethodAcc {
	PtrVec methods;
	PtrVec dups;       /* pairs (m, other) to compare after collecting */
	PtrVec duppos;
	PtrVec mpos;       /* where each of methods was added (types2's mpos) */
} MethodAcc;

/* "duplicate method m" with the other declaration's position, as types2
 * reports it. */
static void dup_method_error(TypeCtx *c, Pos pos, Object *m, Pos other)
{
	if (!c->error)
		return;
	if (!other.line) {  /* no position (types built by hand) */
		ty_error(c, pos, "duplicate method %s", m->name->name);
		return;
	}
	char where[512];
	diag_format_pos(other, where, sizeof where);
	ty_error(c, pos, "duplicate method %s\n\t%s: other declaration of %s", m->name->name, where, m->name->name);
}

static void acc_add(TypeCtx *c, MethodAcc *acc, Object *m, Pos *pos, bool explicit)
{
	for (int i = 0; i < acc->methods.len; i++) {
		Object *other = acc->methods.data[i];
		if (!obj_same_id(other, m->pkg, m->name))
			continue;
		if (explicit) {
			dup_method_error(c, *pos, m, *(Pos *)acc->mpos.data[i]);
		} else {
			vec_push(&acc->dups, m);
			vec_push(&acc->dups, other);
			vec_push(&acc->duppos, pos);
			vec_push(&acc->duppos, acc->mpos.data[i]);
		}
		return;
	}
	vec_push(&acc->methods, m);
	vec_push(&acc->mpos, pos);
}

static const TypeSet *typeset_compute(Type *it);

/* Type sets, sizes, instances' methods and resolved Named types are
 * computed on first use and cached in types every thread reads
 * (goescape -m -j): the computing takes the shared lock (util_lock),
 * and the result is published once complete (a thread meeting a
 * computation in progress waits for it; the computing thread's own
 * recursion sees the placeholder, as it always has). */
const TypeSet *ty_typeset(Type *it)
{
	if (it->kind != TY_INTERFACE)
		fatal_internal("type set of a non-interface");
	if (__atomic_load_n(&it->u.iface.tset_ready, __ATOMIC_ACQUIRE))
		return it->u.iface.tset;
	util_lock();
	const TypeSet *ts = typeset_compute(it);
	util_unlock();
	return ts;
}

static const TypeSet *typeset_compute(Type *it)
{
	if (it->u.iface.tset)
		return it->u.iface.tset;
	/* an interface still being built gets no (partial) type set */
	if (!it->u.iface.complete)
		return &top_typeset;

	TypeCtx *c = it->ctx;
	TypeSet *ts = ctx_alloc(c, sizeof *ts);
	ts->all = true; /* what a cycle through this interface sees */
	it->u.iface.tset = ts;

	MethodAcc acc = { 0 };
	for (int i = 0; i < it->u.iface.nmethods; i++) {
		Object *m = it->u.iface.methods[i];
		acc_add(c, &acc, m, &m->pos, true);
	}

	TermList all = tl_all();
	bool allcomp = false;
	for (int i = 0; i < it->u.iface.nembeddeds; i++) {
		Type *typ = it->u.iface.embeddeds[i];
		Pos *pos = it->u.iface.embedpos ? &it->u.iface.embedpos[i] : &nopos;
		Type *u = ty_underlying(typ);
		bool comp = false;
		TermList terms = { 0 };
		if (u->kind == TY_INTERFACE) {
			const TypeSet *sub = ty_typeset(u);
			comp = sub->comparable;
			for (int k = 0; k < sub->nmethods; k++)
				acc_add(c, &acc, sub->methods[k], pos, false);
			terms = ts_terms(sub);
		} else if (u->kind == TY_UNION) {
			bool ok;
			const TypeSet *sub = union_typeset(u, *pos, &ok);
			if (!ok)
				continue;
			terms = ts_terms(sub);
		} else if (u->kind == TY_BASIC && u->u.basic.kind == B_INVALID) {
			continue;
		} else {
			tl_push(&terms, (Term){ false, typ });
		}
		bool rcomp;
		TermList r = intersect_terms(&all, allcomp, &terms, comp, &rcomp);
		tl_free(&all);
		tl_free(&terms);
		all = r;
		allcomp = rcomp;
	}

	/* a method embedded twice must have the same type each time */
	for (int i = 0; i + 1 < acc.dups.len; i += 2) {
		Object *m = acc.dups.data[i], *other = acc.dups.data[i + 1];
		if (!ty_identical(m->type, other->type))
			dup_method_error(c, *(Pos *)acc.duppos.data[i], m, *(Pos *)acc.duppos.data[i + 1]);
	}

	ts->comparable = allcomp;
	if (acc.methods.len) {
		qsort(acc.methods.data, (size_t)acc.methods.len, sizeof(void *), cmp_methods);
		ts->methods = (Object **)vec_freeze(&acc.methods, &c->arena);
		ts->nmethods = acc.methods.len;
	}
	ts_set_terms(c, ts, &all);
	tl_free(&all);
	vec_free(&acc.methods);
	vec_free(&acc.dups);
	vec_free(&acc.duppos);
	vec_free(&acc.mpos);
	__atomic_store_n(&it->u.iface.tset_ready, true, __ATOMIC_RELEASE);
	return ts;
}

static bool ts_is_empty(const TypeSet *ts)
{
	return !ts->all && ts->nterms == 0;
}

static bool ts_is_method_set(const TypeSet *ts)
{
	return !ts->comparable && ts->all;
}

static bool ts_has_terms(const TypeSet *ts)
{
	return !ts->all && ts->nterms > 0;
}

int ty_iface_nmethods(Type *it)
{
	return ty_typeset(it)->nmethods;
}

Object *ty_iface_method(Type *it, int i)
{
	return ty_typeset(it)->methods[i];
}

bool ty_iface_empty(Type *it)
{
	const TypeSet *ts = ty_typeset(it);
	return ts_is_method_set(ts) && ts->nmethods == 0;
}

bool ty_iface_is_method_set(Type *it)
{
	return ts_is_method_set(ty_typeset(it));
}

/* A method of the type set by Id: its index, or -1. */
static int ts_lookup_method(const TypeSet *ts, const Package *pkg, const Sym *name, bool fold, Object **m)
{
	*m = NULL;
	if (!name || (name->len == 1 && name->name[0] == '_'))
		return -1;
	for (int i = 0; i < ts->nmethods; i++) {
		Object *f = ts->methods[i];
		bool same = f->name == name ||
			(fold && strlen(f->name->name) == (size_t)name->len &&
			 strncasecmp_ascii(f->name->name, name->name, (size_t)name->len) == 0);
		if (same && obj_same_id(f, pkg, f->name)) {
			*m = f;
			return i;
		}
	}
	return -1;
}

/* ==================================================================== */
/* Identity (spec "Type identity"; types2's identical)                   */
/* ==================================================================== */

/* Interfaces already being compared (so recursive ones terminate). */
typedef struct IfacePair {
	Type *x, *y;
	struct IfacePair *prev;
} IfacePair;

/* Type parameters of two generic signatures that stand for each other:
 * y's i'th is taken as x's i'th (types2 substitutes instead). */
typedef struct TParamMap {
	Type **xs, **ys;
	int n;
	struct TParamMap *prev;
} TParamMap;

typedef struct Ident {
	bool cmp_tags;
	int depth;
} Ident;

static bool identical(Type *x, Type *y, Ident *id, IfacePair *p, TParamMap *m);

static bool identical_tuples(Type *x, Type *y, Ident *id, IfacePair *p, TParamMap *m)
{
	int n = ty_tuple_len(x);
	if (n != ty_tuple_len(y))
		return false;
	for (int i = 0; i < n; i++)
		if (!identical(x->u.tuple.vars[i]->type, y->u.tuple.vars[i]->type, id, p, m))
			return false;
	return true;
}

static bool tparams_mapped(Type *x, Type *y, TParamMap *m)
{
	for (; m; m = m->prev)
		for (int i = 0; i < m->n; i++)
			if (m->ys[i] == y)
				return m->xs[i] == x;
	return false;
}

static bool identical(Type *x, Type *y, Ident *id, IfacePair *p, TParamMap *m)
{
	if (x == y)
		return true;
	if (!x || !y || x->kind != y->kind)
		return false;
	if (++id->depth > MAX_TYPE_DEPTH)
		fatal_internal("type identity: types nested too deeply");
	bool r = false;
	switch (x->kind) {
	case TY_BASIC:
		r = x->u.basic.kind == y->u.basic.kind;
		break;
	case TY_ARRAY:
		r = (x->u.array.len < 0 || y->u.array.len < 0 || x->u.array.len == y->u.array.len) &&
		    identical(x->u.array.elem, y->u.array.elem, id, p, m);
		break;
	case TY_SLICE:
		r = identical(x->u.slice.elem, y->u.slice.elem, id, p, m);
		break;
	case TY_POINTER:
		r = identical(x->u.ptr.elem, y->u.ptr.elem, id, p, m);
		break;
	case TY_STRUCT:
		if (x->u.strct.nfields != y->u.strct.nfields)
			break;
		r = true;
		for (int i = 0; r && i < x->u.strct.nfields; i++) {
			Object *f = x->u.strct.fields[i], *g = y->u.strct.fields[i];
			r = f->u.var.embedded == g->u.var.embedded &&
			    (!id->cmp_tags || strcmp(ty_struct_tag(x, i), ty_struct_tag(y, i)) == 0) &&
			    obj_same_id(f, g->pkg, g->name) &&
			    identical(f->type, g->type, id, p, m);
		}
		break;
	case TY_TUPLE:
		r = identical_tuples(x, y, id, p, m);
		break;
	case TY_SIGNATURE: {
		int n = x->u.sig.ntparams;
		if (n != y->u.sig.ntparams)
			break;
		TParamMap m2 = { x->u.sig.tparams, y->u.sig.tparams, n, m };
		TParamMap *mm = n > 0 ? &m2 : m;
		r = true;
		for (int i = 0; r && i < n; i++)
			r = identical(x->u.sig.tparams[i]->u.tparam.constraint,
				y->u.sig.tparams[i]->u.tparam.constraint, id, p, mm);
		r = r && x->u.sig.variadic == y->u.sig.variadic &&
		    identical_tuples(x->u.sig.params, y->u.sig.params, id, p, mm) &&
		    identical_tuples(x->u.sig.results, y->u.sig.results, id, p, mm);
		break;
	}
	case TY_UNION: {
		bool okx, oky;
		TermList a = ts_terms(union_typeset(x, nopos, &okx));
		TermList b = ts_terms(union_typeset(y, nopos, &oky));
		r = tl_equal(&a, &b);
		tl_free(&a);
		tl_free(&b);
		break;
	}
	case TY_INTERFACE: {
		const TypeSet *xs = ty_typeset(x), *ys = ty_typeset(y);
		if (xs->comparable != ys->comparable)
			break;
		TermList a = ts_terms(xs), b = ts_terms(ys);
		bool eq = tl_equal(&a, &b);
		tl_free(&a);
		tl_free(&b);
		if (!eq || xs->nmethods != ys->nmethods)
			break;
		IfacePair q = { x, y, p };
		for (IfacePair *pp = p; pp; pp = pp->prev)
			if ((pp->x == x && pp->y == y) || (pp->x == y && pp->y == x)) {
				r = true;
				goto done;
			}
		r = true;
		for (int i = 0; r && i < xs->nmethods; i++) {
			Object *f = xs->methods[i], *g = ys->methods[i];
			r = obj_same_id(f, g->pkg, g->name) && identical(f->type, g->type, id, &q, m);
		}
		break;
	}
	case TY_MAP:
		r = identical(x->u.map.key, y->u.map.key, id, p, m) &&
		    identical(x->u.map.elem, y->u.map.elem, id, p, m);
		break;
	case TY_CHAN:
		r = x->u.chan.dir == y->u.chan.dir && identical(x->u.chan.elem, y->u.chan.elem, id, p, m);
		break;
	case TY_NAMED: {
		int n = x->u.named.ntargs;
		if (n != y->u.named.ntargs)
			break;
		if (n == 0) {
			r = x->u.named.obj == y->u.named.obj;
			break;
		}
		/* instances: same origin, identical arguments (tags count) */
		bool save = id->cmp_tags;
		id->cmp_tags = true;
		r = identical(x->u.named.orig, y->u.named.orig, id, NULL, m);
		for (int i = 0; r && i < n; i++)
			r = identical(x->u.named.targs[i], y->u.named.targs[i], id, NULL, m);
		id->cmp_tags = save;
		break;
	}
	case TY_TYPEPARAM:
		r = tparams_mapped(x, y, m);
		break;
	}
done:
	id->depth--;
	return r;
}

bool ty_identical(Type *x, Type *y)
{
	Ident id = { true, 0 };
	return identical(x, y, &id, NULL, NULL);
}

bool ty_identical_ignore_tags(Type *x, Type *y)
{
	Ident id = { false, 0 };
	return identical(x, y, &id, NULL, NULL);
}

/* A hash that identical types share: the structure down to named types
 * (by their TypeName), a few levels deep.  What identity decides in
 * ways a hash cannot follow cheaply hashes by kind alone: interfaces
 * and unions (type sets), type parameters (mapped between generic
 * signatures), an array's length (unknown matches any), struct tags
 * (ty_identical_ignore_tags shares the hash). */
enum { IDHASH_DEPTH = 6 };

static uint64_t idhash_mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
	return h;
}

static uint64_t idhash(Type *t, int depth);

static uint64_t idhash_tuple(uint64_t h, Type *t, int depth)
{
	int n = ty_tuple_len(t);
	h = idhash_mix(h, (uint64_t)n);
	for (int i = 0; i < n; i++)
		h = idhash_mix(h, idhash(t->u.tuple.vars[i]->type, depth));
	return h;
}

static uint64_t idhash(Type *t, int depth)
{
	if (!t)
		return 0;
	uint64_t h = (uint64_t)t->kind + 1;
	if (depth <= 0)
		return h;
	depth--;
	switch (t->kind) {
	case TY_BASIC:
		return idhash_mix(h, (uint64_t)t->u.basic.kind);
	case TY_ARRAY:
		return idhash_mix(h, idhash(t->u.array.elem, depth));
	case TY_SLICE:
		return idhash_mix(h, idhash(t->u.slice.elem, depth));
	case TY_POINTER:
		return idhash_mix(h, idhash(t->u.ptr.elem, depth));
	case TY_MAP:
		h = idhash_mix(h, idhash(t->u.map.key, depth));
		return idhash_mix(h, idhash(t->u.map.elem, depth));
	case TY_CHAN:
		h = idhash_mix(h, (uint64_t)t->u.chan.dir);
		return idhash_mix(h, idhash(t->u.chan.elem, depth));
	case TY_STRUCT:
		h = idhash_mix(h, (uint64_t)t->u.strct.nfields);
		for (int i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			h = idhash_mix(h, (uint64_t)(uintptr_t)f->name);
			h = idhash_mix(h, idhash(f->type, depth));
		}
		return h;
	case TY_TUPLE:
		return idhash_tuple(h, t, depth);
	case TY_SIGNATURE:
		h = idhash_mix(h, (uint64_t)t->u.sig.ntparams * 2 + t->u.sig.variadic);
		h = idhash_tuple(h, t->u.sig.params, depth);
		return idhash_tuple(h, t->u.sig.results, depth);
	case TY_NAMED:
		if (!t->u.named.ntargs)
			return idhash_mix(h, (uint64_t)(uintptr_t)t->u.named.obj);
		h = idhash_mix(h, idhash(t->u.named.orig, depth));
		for (int i = 0; i < t->u.named.ntargs; i++)
			h = idhash_mix(h, idhash(t->u.named.targs[i], depth));
		return h;
	default:
		return h;
	}
}

uint64_t ty_identity_hash(Type *t)
{
	return idhash(t, IDHASH_DEPTH);
}

/* ==================================================================== */
/* Predicates                                                            */
/* ==================================================================== */

bool ty_is_basic(Type *t, uint32_t info)
{
	Type *u = ty_underlying(t);
	return u && u->kind == TY_BASIC && (u->u.basic.info & info) != 0;
}

bool ty_is_boolean(Type *t) { return ty_is_basic(t, BI_BOOLEAN); }
bool ty_is_integer(Type *t) { return ty_is_basic(t, BI_INTEGER); }
bool ty_is_unsigned(Type *t) { return ty_is_basic(t, BI_UNSIGNED); }
bool ty_is_float(Type *t) { return ty_is_basic(t, BI_FLOAT); }
bool ty_is_complex(Type *t) { return ty_is_basic(t, BI_COMPLEX); }
bool ty_is_numeric(Type *t) { return ty_is_basic(t, BI_NUMERIC); }
bool ty_is_string(Type *t) { return ty_is_basic(t, BI_STRING); }
bool ty_is_ordered(Type *t) { return ty_is_basic(t, BI_ORDERED); }
bool ty_is_const_type(Type *t) { return ty_is_basic(t, BI_CONSTTYPE); }

/* f holds for each specific term of t's type set, or f(NULL) when there
 * are none (types2's TypeSet.is). */
static bool ts_is(const TypeSet *ts, bool (*f)(const Term *, void *), void *arg)
{
	if (!ts_has_terms(ts))
		return f(NULL, arg);
	for (int i = 0; i < ts->nterms; i++)
		if (!f(&ts->terms[i], arg))
			return false;
	return true;
}

/* The same over the underlying types of the terms (types2's underIs). */
static bool ts_under_is(const TypeSet *ts, bool (*f)(Type *, void *), void *arg)
{
	if (!ts_has_terms(ts))
		return f(NULL, arg);
	for (int i = 0; i < ts->nterms; i++) {
		Type *u = ts->terms[i].type;
		if (!ts->terms[i].tilde)
			u = ty_underlying(u);
		if (!f(u, arg))
			return false;
	}
	return true;
}

bool ty_typeparam_is(Type *tp, bool (*f)(const Term *t, void *arg), void *arg)
{
	return ts_is(ty_typeset(ty_typeparam_iface(tp)), f, arg);
}

bool ty_typeparam_under_is(Type *tp, bool (*f)(Type *u, void *arg), void *arg)
{
	return ts_under_is(ty_typeset(ty_typeparam_iface(tp)), f, arg);
}

static bool term_is_basic(const Term *t, void *arg)
{
	return t && ty_is_basic(t->type, *(uint32_t *)arg);
}

bool ty_all_basic(Type *t, uint32_t info)
{
	if (t && t->kind == TY_TYPEPARAM)
		return ts_is(ty_typeset(ty_typeparam_iface(t)), term_is_basic, &info);
	return ty_is_basic(t, info);
}

bool ty_is_typed(Type *t)
{
	return !t || t->kind != TY_BASIC || !(t->u.basic.info & BI_UNTYPED);
}

bool ty_is_untyped(Type *t)
{
	return !ty_is_typed(t);
}

bool ty_is_interface(Type *t)
{
	Type *u = ty_underlying(t);
	return u && u->kind == TY_INTERFACE;
}

bool ty_is_typeparam(Type *t)
{
	return t && t->kind == TY_TYPEPARAM;
}

bool ty_is_generic(Type *t)
{
	return t && t->kind == TY_NAMED && t->u.named.obj && t->u.named.orig == t &&
	       ty_named_ntparams(t) > 0;
}

bool ty_has_name(Type *t)
{
	return t && (t->kind == TY_BASIC || t->kind == TY_NAMED || t->kind == TY_TYPEPARAM);
}

/* Types already visited by comparable (recursion through names). */
typedef struct Seen {
	Type *t;
	struct Seen *prev;
} Seen;

static bool comparable(Type *T, bool dynamic, Seen *seen, int depth);

typedef struct CompArg {
	Seen *seen;
	int depth;
} CompArg;

static bool term_comparable(const Term *t, void *arg)
{
	CompArg *a = arg;
	return t && comparable(t->type, false, a->seen, a->depth);
}

static bool comparable(Type *T, bool dynamic, Seen *seen, int depth)
{
	for (Seen *s = seen; s; s = s->prev)
		if (s->t == T)
			return true;
	if (depth > MAX_TYPE_DEPTH)
		fatal_internal("comparable: types nested too deeply");
	Seen here = { T, seen };
	Type *u = ty_underlying(T);
	switch (u->kind) {
	case TY_BASIC:
		return u->u.basic.kind != B_UNTYPED_NIL;
	case TY_POINTER:
	case TY_CHAN:
		return true;
	case TY_STRUCT:
		for (int i = 0; i < u->u.strct.nfields; i++)
			if (!comparable(u->u.strct.fields[i]->type, dynamic, &here, depth + 1))
				return false;
		return true;
	case TY_ARRAY:
		return comparable(u->u.array.elem, dynamic, &here, depth + 1);
	case TY_INTERFACE: {
		if (dynamic && T->kind != TY_TYPEPARAM)
			return true;
		const TypeSet *ts = ty_typeset(u);
		if (ts->all)
			return ts->comparable;
		CompArg a = { &here, depth + 1 };
		return ts_is(ts, term_comparable, &a);
	}
	default:
		return false;
	}
}

bool ty_comparable(Type *t)
{
	return comparable(t, true, NULL, 0);
}

bool ty_is_comparable_strict(Type *t)
{
	return comparable(t, false, NULL, 0);
}

bool ty_iface_is_comparable(Type *it)
{
	const TypeSet *ts = ty_typeset(it);
	if (ts->all)
		return ts->comparable;
	CompArg a = { NULL, 0 };
	return ts_is(ts, term_comparable, &a);
}

static bool under_has_nil(Type *u, void *arg)
{
	(void)arg;
	return u && ty_has_nil(u);
}

bool ty_has_nil(Type *t)
{
	Type *u = ty_underlying(t);
	switch (u->kind) {
	case TY_BASIC:
		return u->u.basic.kind == B_UNSAFE_POINTER;
	case TY_SLICE:
	case TY_POINTER:
	case TY_SIGNATURE:
	case TY_MAP:
	case TY_CHAN:
		return true;
	case TY_INTERFACE:
		return t->kind != TY_TYPEPARAM || ts_under_is(ty_typeset(u), under_has_nil, NULL);
	default:
		return false;
	}
}

Type *ty_default(TypeCtx *c, Type *t)
{
	if (t && t->kind == TY_BASIC) {
		switch (t->u.basic.kind) {
		case B_UNTYPED_BOOL: return c->typ[B_BOOL];
		case B_UNTYPED_INT: return c->typ[B_INT];
		case B_UNTYPED_RUNE: return c->rune_type;
		case B_UNTYPED_FLOAT: return c->typ[B_FLOAT64];
		case B_UNTYPED_COMPLEX: return c->typ[B_COMPLEX128];
		case B_UNTYPED_STRING: return c->typ[B_STRING];
		default: break;
		}
	}
	return t;
}

/* Two core type candidates agree: identical, or channels of identical
 * elements where one is bidirectional (the restricted one wins). */
static Type *core_match(Type *x, Type *y)
{
	if (ty_identical(x, y))
		return x;
	if (x->kind == TY_CHAN && y->kind == TY_CHAN && ty_identical(x->u.chan.elem, y->u.chan.elem)) {
		if (x->u.chan.dir == DIR_SENDRECV)
			return y;
		if (y->u.chan.dir == DIR_SENDRECV)
			return x;
	}
	return NULL;
}

typedef struct CoreArg {
	Type *su;
	bool strings;     /* coreString: string counts as []byte */
	bool has_string;
} CoreArg;

static bool core_step(Type *u, void *arg)
{
	CoreArg *a = arg;
	if (!u)
		return false;
	if (a->strings && ty_is_string(u)) {
		TypeCtx *c = u->ctx;
		u = ty_new_slice(c, c->byte_type);
		a->has_string = true;
	}
	if (a->su) {
		u = core_match(a->su, u);
		if (!u)
			return false;
	}
	a->su = u;
	return true;
}

Type *ty_core_type(Type *t)
{
	if (!t || t->kind != TY_TYPEPARAM)
		return ty_underlying(t);
	CoreArg a = { NULL, false, false };
	if (ts_under_is(ty_typeset(ty_typeparam_iface(t)), core_step, &a))
		return a.su;
	return NULL;
}

Type *ty_core_string(Type *t)
{
	if (!t || t->kind != TY_TYPEPARAM)
		return ty_underlying(t);
	CoreArg a = { NULL, true, false };
	if (ts_under_is(ty_typeset(ty_typeparam_iface(t)), core_step, &a))
		return a.has_string ? t->ctx->typ[B_STRING] : a.su;
	return NULL;
}

/* ==================================================================== */
/* Field and method lookup (spec "Selectors"; types2's lookup.go)        */
/* ==================================================================== */

/* A type reached through embedded fields at the current depth. */
typedef struct Embedded {
	Type *typ;
	int *index;        /* malloc'd path of field indices */
	int nindex;
	bool indirect;     /* a pointer was followed on the way */
	bool multiples;    /* typ occurs more than once at this depth */
} Embedded;

/* v starts out in small (emb_init): most searches stop at depth 0 */
typedef struct EmbVec {
	Embedded *v;
	int n, cap;
	Embedded small[4];
} EmbVec;

static void emb_init(EmbVec *v)
{
	v->v = v->small;
	v->n = 0;
	v->cap = 4;
}

/* Move src's entries into dst (emptied), leaving src empty. */
static void emb_move(EmbVec *dst, EmbVec *src)
{
	if (src->v == src->small) {
		emb_init(dst);
		memcpy(dst->small, src->small, (size_t)src->n * sizeof *src->small);
		dst->n = src->n;
	} else {
		*dst = *src;
	}
	emb_init(src);
}

static int *path_concat(const int *path, int n, int i)
{
	int *p = xmalloc((size_t)(n + 1) * sizeof *p);
	if (n)
		memcpy(p, path, (size_t)n * sizeof *p);
	p[n] = i;
	return p;
}

static void emb_push(EmbVec *v, Embedded e)
{
	if (v->n == v->cap) {
		v->cap *= 2;
		if (v->v == v->small) {
			v->v = xmalloc((size_t)v->cap * sizeof *v->v);
			memcpy(v->v, v->small, (size_t)v->n * sizeof *v->v);
		} else {
			v->v = xrealloc(v->v, (size_t)v->cap * sizeof *v->v);
		}
	}
	v->v[v->n++] = e;
}

static void emb_free(EmbVec *v)
{
	for (int i = 0; i < v->n; i++)
		free(v->v[i].index);
	if (v->v != v->small)
		free(v->v);
	emb_init(v);
}

/* Merge entries of identical types, marking them multiples (types2's
 * consolidateMultiples). */
static void consolidate_multiples(EmbVec *list)
{
	if (list->n <= 1)
		return;
	int n = 0;
	for (int i = 0; i < list->n; i++) {
		Embedded e = list->v[i];
		int found = -1;
		for (int k = 0; k < n; k++)
			if (list->v[k].typ == e.typ || ty_identical(list->v[k].typ, e.typ)) {
				found = k;
				break;
			}
		if (found >= 0) {
			list->v[found].multiples = true;
			free(e.index);
		} else {
			list->v[n++] = e;
		}
	}
	list->n = n;
}

/* Named types already searched: instances count as seen when identical
 * (types2's instanceLookup). */
typedef struct NamedSeen {
	Type **v;       /* small until it outgrows it */
	int n, cap;
	Type *small[8];
} NamedSeen;

static void named_seen_init(NamedSeen *s)
{
	s->v = s->small;
	s->n = 0;
	s->cap = 8;
}

static void named_seen_free(NamedSeen *s)
{
	if (s->v != s->small)
		free(s->v);
}

static bool named_seen_add(NamedSeen *s, Type *t)
{
	for (int i = 0; i < s->n; i++)
		if (s->v[i] == t || (s->v[i]->u.named.orig == t->u.named.orig && ty_identical(s->v[i], t)))
			return false;
	if (s->n == s->cap) {
		s->cap *= 2;
		if (s->v == s->small) {
			s->v = xmalloc((size_t)s->cap * sizeof *s->v);
			memcpy(s->v, s->small, (size_t)s->n * sizeof *s->v);
		} else {
			s->v = xrealloc(s->v, (size_t)s->cap * sizeof *s->v);
		}
	}
	s->v[s->n++] = t;
	return true;
}

static int named_lookup_method(Type *t, const Package *pkg, const Sym *name, bool fold, Object **m)
{
	*m = NULL;
	if (!name || (name->len == 1 && name->name[0] == '_'))
		return -1;
	int n = ty_named_nmethods(t);   /* resolved and synced once */
	for (int i = 0; i < n; i++) {
		Object *f = t->u.named.methods[i];
		ty_func_type(f);        /* as ty_named_method would */
		bool same = f->name == name ||
			(fold && f->name->len == name->len &&
			 strncasecmp_ascii(f->name->name, name->name, (size_t)name->len) == 0);
		if (same && obj_same_id(f, pkg, f->name)) {
			*m = f;
			return i;
		}
	}
	return -1;
}

static LookupResult lookup_result(TypeCtx *c, Object *obj, const int *index, int n, bool indirect)
{
	LookupResult r = { obj, NULL, 0, indirect };
	if (index) {
		r.index = ctx_copy(c, index, (size_t)(n ? n : 1) * sizeof *index);
		r.nindex = n;
	}
	return r;
}

static LookupResult lookup_field_or_method(Type *T, bool addressable, const Package *pkg, const Sym *name, bool fold)
{
	TypeCtx *c = T->ctx;
	LookupResult none = { NULL, NULL, 0, false };
	if (!name || (name->len == 1 && name->name[0] == '_'))
		return none; /* blank fields and methods are never found */

	bool is_ptr;
	Type *typ = ty_deref(T, &is_ptr);
	/* *I where I is an interface has no methods (and no fields) */
	if (is_ptr && ty_is_interface(typ))
		return none;

	EmbVec current;
	emb_init(&current);
	emb_push(&current, (Embedded){ typ, NULL, 0, is_ptr, false });
	NamedSeen seen;
	named_seen_init(&seen);
	Object *obj = NULL;
	int *index = NULL, nindex = 0;
	bool indirect = false;
	LookupResult result = none;
	EmbVec next; /* embedded types found at the current depth */
	emb_init(&next);

	while (current.n > 0) {
		for (int k = 0; k < current.n; k++) {
			Embedded *e = &current.v[k];
			Type *t = e->typ;
			if (t->kind == TY_NAMED) {
				if (!named_seen_add(&seen, t))
					continue;
				Object *m;
				int i = named_lookup_method(t, pkg, name, fold, &m);
				if (m) {
					free(index);
					index = path_concat(e->index, e->nindex, i);
					nindex = e->nindex + 1;
					if (obj || e->multiples) {
						result = lookup_result(c, NULL, index, nindex, false);
						goto out; /* collision */
					}
					obj = m;
					indirect = e->indirect;
					continue; /* no field or interface method can match too */
				}
			}
			Type *u = ty_underlying(t);
			if (u->kind == TY_STRUCT) {
				for (int i = 0; i < u->u.strct.nfields; i++) {
					Object *f = u->u.strct.fields[i];
					if (obj_same_id(f, pkg, name)) {
						free(index);
						index = path_concat(e->index, e->nindex, i);
						nindex = e->nindex + 1;
						if (obj || e->multiples) {
							result = lookup_result(c, NULL, index, nindex, false);
							goto out;
						}
						obj = f;
						indirect = e->indirect;
						continue;
					}
					if (!obj && f->u.var.embedded) {
						bool fptr;
						Type *ft = ty_deref(f->type, &fptr);
						emb_push(&next, (Embedded){ ft, path_concat(e->index, e->nindex, i),
							e->nindex + 1, e->indirect || fptr, e->multiples });
					}
				}
			} else if (u->kind == TY_INTERFACE) {
				Object *m;
				int i = ts_lookup_method(ty_typeset(u), pkg, name, fold, &m);
				if (m) {
					free(index);
					index = path_concat(e->index, e->nindex, i);
					nindex = e->nindex + 1;
					if (obj || e->multiples) {
						result = lookup_result(c, NULL, index, nindex, false);
						goto out;
					}
					obj = m;
					indirect = e->indirect;
				}
			}
		}
		if (obj) {
			/* a pointer receiver needs a pointer or an addressable value */
			if (obj->kind == OBJ_FUNC && obj_has_ptr_recv(obj) && !indirect && !addressable)
				result = lookup_result(c, NULL, NULL, 0, true);
			else
				result = lookup_result(c, obj, index, nindex, indirect);
			goto out;
		}
		emb_free(&current);
		consolidate_multiples(&next);
		emb_move(&current, &next);
	}
out:
	emb_free(&next);
	emb_free(&current);
	free(index);
	named_seen_free(&seen);
	return result;
}

LookupResult ty_lookup_field_or_method(Type *T, bool addressable, Package *pkg, Sym *name)
{
	if (!T)
		fatal_internal("lookup on a nil type");
	/* methods are not looked up through a named pointer type */
	if (T->kind == TY_NAMED) {
		Type *u = ty_underlying(T);
		if (u->kind == TY_POINTER) {
			LookupResult r = lookup_field_or_method(u, false, pkg, name, false);
			if (r.obj && r.obj->kind == OBJ_FUNC)
				return (LookupResult){ NULL, NULL, 0, false };
			return r;
		}
	}
	return lookup_field_or_method(T, addressable, pkg, name, false);
}

/* ==================================================================== */
/* Method sets (spec "Method sets"; go/types' NewMethodSet)              */
/* ==================================================================== */

/* One entry per method Id at the depth it was first met: a NULL sel.obj
 * is a collision that hides the name at greater depths. */
typedef struct MEntry {
	Object *key;       /* an object with the Id */
	bool collision;
	Selection sel;     /* index malloc'd */
} MEntry;

typedef struct MTable {
	MEntry *v;
	int n, cap;
} MTable;

static MEntry *mt_find(MTable *t, const Object *key)
{
	for (int i = 0; i < t->n; i++)
		if (obj_same_id(t->v[i].key, key->pkg, key->name))
			return &t->v[i];
	return NULL;
}

static MEntry *mt_add(MTable *t, Object *key)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 8;
		t->v = xrealloc(t->v, (size_t)t->cap * sizeof *t->v);
	}
	MEntry *e = &t->v[t->n++];
	memset(e, 0, sizeof *e);
	e->key = key;
	return e;
}

static void mt_free(MTable *t)
{
	for (int i = 0; i < t->n; i++)
		free(t->v[i].sel.index);
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

/* Add method f at the current depth (go/types' methodSet.addOne). */
static void mset_add_one(MTable *mset, Object *f, int *index, int nindex, bool indirect, bool multiples)
{
	MEntry *e = mt_find(mset, f);
	if (!multiples && !e && (indirect || !obj_has_ptr_recv(f))) {
		e = mt_add(mset, f);
		e->sel = (Selection){ SEL_METHOD_VAL, NULL, f, index, nindex, indirect };
		return;
	}
	if (!e)
		e = mt_add(mset, f);
	free(e->sel.index);
	free(index);
	e->sel.index = NULL;
	e->collision = true;
}

static int cmp_sel(const void *a, const void *b)
{
	const Selection *x = a, *y = b;
	return id_cmp(x->obj, y->obj);
}

MethodSet ty_method_set(Type *T)
{
	TypeCtx *c = T->ctx;
	MethodSet ms = { NULL, 0 };
	bool is_ptr;
	Type *typ = ty_deref(T, &is_ptr);
	if (is_ptr && ty_is_interface(typ))
		return ms;

	MTable base = { 0 };
	EmbVec current;
	emb_init(&current);
	emb_push(&current, (Embedded){ typ, NULL, 0, is_ptr, false });
	NamedSeen seen;
	named_seen_init(&seen);

	while (current.n > 0) {
		EmbVec next;
		emb_init(&next);
		MTable mset = { 0 };
		PtrVec fset = { 0 }; /* fields at this depth (by Id) */
		for (int k = 0; k < current.n; k++) {
			Embedded *e = &current.v[k];
			Type *t = e->typ;
			if (t->kind == TY_NAMED) {
				if (!named_seen_add(&seen, t))
					continue;
				int n = ty_named_nmethods(t);
				for (int i = 0; i < n; i++)
					mset_add_one(&mset, ty_named_method(t, i), path_concat(e->index, e->nindex, i),
						e->nindex + 1, e->indirect, e->multiples);
			}
			Type *u = ty_underlying(t);
			if (u->kind == TY_STRUCT) {
				for (int i = 0; i < u->u.strct.nfields; i++) {
					Object *f = u->u.strct.fields[i];
					vec_push(&fset, f);
					if (f->u.var.embedded) {
						bool fptr;
						Type *ft = ty_deref(f->type, &fptr);
						emb_push(&next, (Embedded){ ft, path_concat(e->index, e->nindex, i),
							e->nindex + 1, e->indirect || fptr, e->multiples });
					}
				}
			} else if (u->kind == TY_INTERFACE) {
				const TypeSet *ts = ty_typeset(u);
				for (int i = 0; i < ts->nmethods; i++)
					mset_add_one(&mset, ts->methods[i], path_concat(e->index, e->nindex, i),
						e->nindex + 1, true, e->multiples);
			}
		}
		/* methods at this depth enter unless a shallower entry exists; a
		 * field of the same name at this depth makes a collision */
		for (int i = 0; i < mset.n; i++) {
			MEntry *m = &mset.v[i];
			if (mt_find(&base, m->key))
				continue;
			bool field = false;
			for (int k = 0; k < fset.len; k++)
				if (obj_same_id(fset.data[k], m->key->pkg, m->key->name))
					field = true;
			MEntry *b = mt_add(&base, m->key);
			if (m->collision || field) {
				b->collision = true;
			} else {
				b->sel = m->sel;
				m->sel.index = NULL;
			}
		}
		for (int k = 0; k < fset.len; k++) {
			Object *f = fset.data[k];
			if (!mt_find(&base, f))
				mt_add(&base, f)->collision = true;
		}
		mt_free(&mset);
		vec_free(&fset);
		emb_free(&current);
		consolidate_multiples(&next);
		emb_move(&current, &next);
	}
	emb_free(&current);
	named_seen_free(&seen);

	int n = 0;
	for (int i = 0; i < base.n; i++)
		n += !base.v[i].collision;
	if (n > 0) {
		ms.sels = ctx_alloc(c, (size_t)n * sizeof *ms.sels);
		for (int i = 0; i < base.n; i++) {
			MEntry *e = &base.v[i];
			if (e->collision)
				continue;
			Selection s = e->sel;
			s.recv = T;
			s.index = ctx_copy(c, e->sel.index, (size_t)s.nindex * sizeof *s.index);
			ms.sels[ms.n++] = s;
		}
		qsort(ms.sels, (size_t)ms.n, sizeof *ms.sels, cmp_sel);
	}
	mt_free(&base);
	return ms;
}

/* ==================================================================== */
/* Implementing interfaces (spec "Implementing an interface")            */
/* ==================================================================== */

/* types2's missingMethod: the method of T that V lacks; *alt gets a
 * method found in its place (wrong type, pointer receiver, other case). */
static Object *missing_method(Type *V, Type *T, bool is_static, Object **alt)
{
	*alt = NULL;
	Type *Tu = ty_underlying(T);
	const TypeSet *tts = ty_typeset(Tu);
	if (tts->nmethods == 0)
		return NULL;
	Type *Vu = ty_underlying(V);
	if (Vu->kind == TY_INTERFACE) {
		const TypeSet *vts = ty_typeset(Vu);
		for (int i = 0; i < tts->nmethods; i++) {
			Object *m = tts->methods[i], *f;
			ts_lookup_method(vts, m->pkg, m->name, false, &f);
			if (!f) {
				if (!is_static)
					continue;
				return m;
			}
			if (!ty_identical(f->type, m->type)) {
				*alt = f;
				return m;
			}
		}
		return NULL;
	}
	for (int i = 0; i < tts->nmethods; i++) {
		Object *m = tts->methods[i];
		LookupResult r = lookup_field_or_method(V, false, m->pkg, m->name, false);
		bool found = r.obj != NULL;
		if (!found) {
			r = lookup_field_or_method(ty_new_pointer(V->ctx, V), false, m->pkg, m->name, false);
			if (!r.obj)
				r = lookup_field_or_method(V, false, m->pkg, m->name, true);
		}
		Object *f = r.obj && r.obj->kind == OBJ_FUNC ? r.obj : NULL;
		if (!f)
			return m;
		if (!found || !ty_identical(f->type, m->type)) {
			*alt = f;
			return m;
		}
	}
	return NULL;
}

Object *ty_missing_method(Type *V, Type *T, bool is_static, bool *wrong_type, Object **altp)
{
	Object *alt;
	Object *m = missing_method(V, T, is_static, &alt);
	if (wrong_type)
		*wrong_type = alt && m && alt->name == m->name;
	if (altp)
		*altp = alt;
	return m;
}

static bool is_invalid(Type *t)
{
	return t && t->kind == TY_BASIC && t->u.basic.kind == B_INVALID;
}

/* The pointer's base is an interface: "pointer to interface" errors. */
static bool is_interface_ptr(Type *t)
{
	Type *u = ty_underlying(t);
	return u->kind == TY_POINTER && ty_is_interface(u->u.ptr.elem);
}

/* gc's wording of why V lacks method m (types2's missingMethodReason
 * with CompilerErrorMessages). */
static void missing_reason(TyBuf *why, Type *V, Type *T, Object *m, Object *alt, const Qualifier *q)
{
	if (alt) {
		if (alt->name != m->name) {
			tybuf_printf(why, "(missing %s method)\n\t\thave %s", m->name->name, alt->name->name);
			ty_write_signature(why, alt->type, q);
			tybuf_printf(why, "\n\t\twant %s", m->name->name);
			ty_write_signature(why, m->type, q);
			return;
		}
		if (ty_identical(m->type, alt->type)) {
			tybuf_printf(why, "(%s method has pointer receiver)", m->name->name);
			return;
		}
		tybuf_printf(why, "(wrong type for %s method)\n\t\thave %s", m->name->name, alt->name->name);
		ty_write_signature(why, alt->type, q);
		tybuf_printf(why, "\n\t\twant %s", m->name->name);
		ty_write_signature(why, m->type, q);
		return;
	}
	Type *P = is_interface_ptr(V) ? V : is_interface_ptr(T) ? T : NULL;
	if (P) {
		Type *base = ty_underlying(P)->u.ptr.elem;
		tybuf_puts(why, "(type ");
		ty_write(why, P, q);
		tybuf_puts(why, base->kind == TY_TYPEPARAM ? " is pointer to type parameter, not type parameter)"
						      : " is pointer to interface, not interface)");
		return;
	}
	tybuf_printf(why, "(missing %s method)", m->name->name);
}

typedef struct ImplArg {
	Type *V;
	Type *alt;
} ImplArg;

static bool term_misses(const Term *t, void *arg)
{
	ImplArg *a = arg;
	if (ty_term_includes(t, a->V))
		return false;
	if (!a->alt && !t->tilde && ty_identical(t->type, ty_underlying(t->type))) {
		Term tt = { true, t->type };
		if (ty_term_includes(&tt, a->V))
			a->alt = t->type;
	}
	return true;
}

static void write_terms(TyBuf *b, const TypeSet *ts, const Qualifier *q)
{
	if (ts->all) {
		tybuf_puts(b, "𝓤");
		return;
	}
	if (ts->nterms == 0) {
		tybuf_puts(b, "∅");
		return;
	}
	for (int i = 0; i < ts->nterms; i++) {
		if (i > 0)
			tybuf_puts(b, " | ");
		if (ts->terms[i].tilde)
			tybuf_putc(b, '~');
		ty_write(b, ts->terms[i].type, q);
	}
}

/* types2's Checker.implements, with its messages. */
bool ty_implements_why(Type *V, Type *T, TyBuf *why, const Qualifier *q)
{
	Type *Vu = ty_underlying(V), *Tu = ty_underlying(T);
	if (is_invalid(Vu) || is_invalid(Tu))
		return true; /* errors were reported elsewhere */
	if (Vu->kind == TY_POINTER && is_invalid(ty_underlying(Vu->u.ptr.elem)))
		return true;
	TyBuf scratch = { 0 };
	if (!why)
		why = &scratch;
	bool ok = false;
	if (Tu->kind != TY_INTERFACE) {
		ty_write(why, V, q);
		tybuf_puts(why, " does not implement ");
		ty_write(why, T, q);
		if (is_interface_ptr(Tu)) {
			tybuf_puts(why, " (type ");
			ty_write(why, T, q);
			tybuf_puts(why, " is pointer to interface, not interface)");
		} else {
			tybuf_puts(why, " (");
			ty_write(why, T, q);
			tybuf_puts(why, " is not an interface)");
		}
		goto out;
	}
	const TypeSet *tts = ty_typeset(Tu);
	if (ts_is_method_set(tts) && tts->nmethods == 0) {
		ok = true;
		goto out;
	}
	if (Vu->kind == TY_INTERFACE && ts_is_empty(ty_typeset(Vu))) {
		ok = true;
		goto out;
	}
	if (ts_is_empty(tts)) {
		tybuf_puts(why, "cannot implement ");
		ty_write(why, T, q);
		tybuf_puts(why, " (empty type set)");
		goto out;
	}
	Object *alt;
	Object *m = missing_method(V, Tu, true, &alt);
	if (m) {
		ty_write(why, V, q);
		tybuf_puts(why, " does not implement ");
		ty_write(why, T, q);
		tybuf_putc(why, ' ');
		missing_reason(why, V, T, m, alt, q);
		goto out;
	}
	bool pending = ty_iface_is_comparable(Tu) && !comparable(V, false, NULL, 0);
	if (ts_has_terms(tts)) {
		if (Vu->kind == TY_INTERFACE) {
			TermList a = ts_terms(ty_typeset(Vu)), b = ts_terms(tts);
			bool sub = tl_subset_of(&a, &b);
			tl_free(&a);
			tl_free(&b);
			if (!sub) {
				ty_write(why, V, q);
				tybuf_puts(why, " does not implement ");
				ty_write(why, T, q);
				goto out;
			}
		} else {
			ImplArg a = { V, NULL };
			if (ts_is(tts, term_misses, &a)) {
				ty_write(why, V, q);
				tybuf_puts(why, " does not implement ");
				ty_write(why, T, q);
				if (a.alt) {
					tybuf_puts(why, " (possibly missing ~ for ");
					ty_write(why, a.alt, q);
					tybuf_puts(why, " in constraint ");
					ty_write(why, T, q);
					tybuf_putc(why, ')');
				} else {
					tybuf_puts(why, " (");
					ty_write(why, V, q);
					tybuf_puts(why, " missing in ");
					write_terms(why, tts, q);
					tybuf_putc(why, ')');
				}
				goto out;
			}
		}
	}
	if (pending) {
		ty_write(why, V, q);
		tybuf_puts(why, " does not implement comparable");
		goto out;
	}
	ok = true;
out:
	tybuf_free(&scratch);
	return ok;
}

bool ty_implements(Type *V, Type *T)
{
	Type *Tu = ty_underlying(T);
	if (Tu->kind == TY_INTERFACE && ty_iface_empty(Tu))
		return true; /* even an invalid type implements interface{} */
	if (is_invalid(ty_underlying(V)))
		return false;
	return ty_implements_why(V, T, NULL, NULL);
}

bool ty_assertable_to(Type *V, Type *T)
{
	if (is_invalid(ty_underlying(T)))
		return false;
	if (ty_is_interface(T))
		return true;
	return ty_implements_why(T, V, NULL, NULL);
}

/* ==================================================================== */
/* Sizes (gc's types/size.go, noder's gcSizes)                           */
/* ==================================================================== */

static int64_t round_up(int64_t o, int64_t r)
{
	return (o + r - 1) & ~(r - 1);
}

/* sync/atomic.align64 (and runtime/internal/atomic's) forces 8-byte
 * alignment on the struct that contains it. */
static bool is_atomic_align64(Type *t)
{
	if (t->kind != TY_NAMED || !t->u.named.obj)
		return false;
	Object *obj = t->u.named.obj;
	return strcmp(obj->name->name, "align64") == 0 && obj->pkg &&
	       (strcmp(obj->pkg->path->name, "sync/atomic") == 0 ||
		strcmp(obj->pkg->path->name, "runtime/internal/atomic") == 0);
}

static void layout(const TySizes *s, Type *t, int depth);

static int64_t size_of(const TySizes *s, Type *t, int depth)
{
	layout(s, t, depth);
	return t->size;
}

static int64_t align_of(const TySizes *s, Type *t, int depth)
{
	layout(s, t, depth);
	return t->align;
}

/* Offsets of a struct's fields; the end of the last one in *end (-1 if a
 * field has no size). */
static void struct_offsets(const TySizes *s, Type *st, int64_t *offs, int64_t *end, int depth)
{
	int64_t o = 0;
	for (int i = 0; i < st->u.strct.nfields; i++) {
		Type *ft = st->u.strct.fields[i]->type;
		int64_t a = align_of(s, ft, depth + 1), z = size_of(s, ft, depth + 1);
		if (a < 0 || z < 0 || o < 0) {
			o = -1;
			if (offs)
				offs[i] = -1;
			continue;
		}
		o = round_up(o, a);
		if (offs)
			offs[i] = o;
		o = z > INT64_MAX - o ? -1 : o + z;
	}
	*end = o;
}

/* Compute t's size and alignment for s (cached in t): -1 for none. */
static void layout(const TySizes *s, Type *t, int depth)
{
	if (t->sized_for == s)
		return;
	/* an invalid recursive type (checked by the checker before it asks)
	 * meets this mark and gets no size */
	t->sized_for = s;
	t->size = t->align = -1;
	if (depth > MAX_TYPE_DEPTH)
		return;
	int64_t size = -1, align = -1;
	Type *u = ty_underlying(t);
	switch (u->kind) {
	case TY_BASIC:
		switch (u->u.basic.kind) {
		case B_INVALID: size = 1; break; /* as gc: keeps going after errors */
		case B_BOOL: case B_INT8: case B_UINT8: size = 1; break;
		case B_INT16: case B_UINT16: size = 2; break;
		case B_INT32: case B_UINT32: case B_FLOAT32: size = 4; break;
		case B_INT64: case B_UINT64: case B_FLOAT64: case B_COMPLEX64: size = 8; break;
		case B_COMPLEX128: size = 16; break;
		case B_INT: case B_UINT: case B_UINTPTR: case B_UNSAFE_POINTER: size = s->ptrsize; break;
		case B_STRING: size = 2 * s->ptrsize; break;
		default: break; /* untyped */
		}
		if (size < 0)
			break;
		if (u->u.basic.info & BI_STRING)
			align = s->ptrsize;
		else {
			align = size;
			if (u->u.basic.info & BI_COMPLEX)
				align /= 2; /* aligned like [2]float */
			if (align > s->regsize)
				align = s->regsize;
		}
		break;
	case TY_ARRAY: {
		int64_t n = u->u.array.len, z = size_of(s, u->u.array.elem, depth + 1);
		align = align_of(s, u->u.array.elem, depth + 1);
		if (z < 0 || align < 0) {
			align = -1;
			break;
		}
		if (n <= 0)
			size = 0;
		else if (z > 0 && n > INT64_MAX / z)
			size = -1; /* too large */
		else
			size = z * n; /* the element size includes its padding */
		break;
	}
	case TY_SLICE:
		size = 3 * s->ptrsize;
		align = s->ptrsize;
		break;
	case TY_INTERFACE:
		if (t->kind == TY_TYPEPARAM)
			break;
		size = 2 * s->ptrsize;
		align = s->ptrsize;
		break;
	case TY_POINTER:
	case TY_MAP:
	case TY_CHAN:
	case TY_SIGNATURE:
		size = s->ptrsize;
		align = s->ptrsize < s->regsize ? s->ptrsize : s->regsize;
		break;
	case TY_STRUCT: {
		int n = u->u.strct.nfields;
		align = 1;
		if (n == 0 && is_atomic_align64(t))
			align = 8;
		for (int i = 0; i < n; i++) {
			int64_t a = align_of(s, u->u.strct.fields[i]->type, depth + 1);
			if (a < 0) {
				align = -1;
				break;
			}
			if (a > align)
				align = a;
		}
		if (align < 0)
			break;
		if (n == 0) {
			size = 0;
			break;
		}
		int64_t *offs = xmalloc((size_t)n * sizeof *offs), end;
		struct_offsets(s, u, offs, &end, depth);
		int64_t last = size_of(s, u->u.strct.fields[n - 1]->type, depth + 1);
		/* a final zero-size field gets a byte, so that a pointer to it
		 * does not point past the struct */
		if (end >= 0) {
			if (last == 0 && offs[n - 1] > 0)
				end++;
			size = round_up(end, align);
		}
		free(offs);
		break;
	}
	default:
		break; /* tuples, unions, type parameters */
	}
	if (align == 0)
		align = 1;
	t->size = size;
	t->align = align;
}

/* Sizes are cached in the types, which every thread reads (goescape -m
 * -j): computing them takes the shared lock. */
int64_t ty_sizeof(const TySizes *s, Type *t)
{
	util_lock();
	int64_t z = size_of(s, t, 0);
	util_unlock();
	return z;
}

int64_t ty_alignof(const TySizes *s, Type *t)
{
	util_lock();
	int64_t a = align_of(s, t, 0);
	util_unlock();
	return a;
}

void ty_offsetsof(const TySizes *s, Type *st, int64_t *offs)
{
	Type *u = ty_underlying(st);
	if (u->kind != TY_STRUCT)
		fatal_internal("offsets of a non-struct");
	int64_t end;
	util_lock();
	struct_offsets(s, u, offs, &end, 0);
	util_unlock();
}

/* ==================================================================== */
/* Type strings (types2's typestring.go)                                 */
/* ==================================================================== */

static const char *qual_relative_path(void *ctx, const Package *pkg)
{
	return pkg == ctx ? "" : pkg->path->name;
}

static const char *qual_relative_name(void *ctx, const Package *pkg)
{
	return pkg == ctx ? "" : pkg->name->name;
}

Qualifier ty_relative_to(const Package *pkg)
{
	Qualifier q = { qual_relative_path, (void *)pkg };
	return q;
}

Qualifier ty_relative_names(const Package *pkg)
{
	Qualifier q = { qual_relative_name, (void *)pkg };
	return q;
}

static void write_package(TyBuf *b, const Package *pkg, const Qualifier *q)
{
	if (!pkg)
		return;
	const char *s = q && q->fn ? q->fn(q->ctx, pkg) : pkg->path->name;
	if (s && *s) {
		tybuf_puts(b, s);
		tybuf_putc(b, '.');
	}
}

/* The types being written, to cut cycles (which only broken types have). */
typedef struct Writer {
	TyBuf *b;
	const Qualifier *q;
	Type **stack;
	int depth, cap;
} Writer;

static void w_type(Writer *w, Type *t);

static void w_type_name(Writer *w, Object *obj)
{
	write_package(w->b, obj->pkg, w->q);
	tybuf_puts(w->b, obj->name->name);
}

static void w_tparam_list(Writer *w, Type **list, int n)
{
	tybuf_putc(w->b, '[');
	Type *prev = NULL;
	for (int i = 0; i < n; i++) {
		Type *tp = list[i];
		if (i > 0) {
			if (tp->u.tparam.constraint != prev) {
				tybuf_putc(w->b, ' ');
				w_type(w, prev);
			}
			tybuf_puts(w->b, ", ");
		}
		prev = tp->u.tparam.constraint;
		w_type(w, tp);
	}
	if (prev) {
		tybuf_putc(w->b, ' ');
		w_type(w, prev);
	}
	tybuf_putc(w->b, ']');
}

static void w_tuple(Writer *w, Type *tup, bool variadic)
{
	tybuf_putc(w->b, '(');
	int n = ty_tuple_len(tup);
	for (int i = 0; i < n; i++) {
		Object *v = tup->u.tuple.vars[i];
		if (i > 0)
			tybuf_puts(w->b, ", ");
		if (v->name && v->name->len) {
			tybuf_puts(w->b, v->name->name);
			tybuf_putc(w->b, ' ');
		}
		Type *typ = v->type;
		if (variadic && i == n - 1) {
			if (typ && typ->kind == TY_SLICE) {
				tybuf_puts(w->b, "...");
				typ = typ->u.slice.elem;
			} else {
				/* append([]byte, string...) */
				Type *u = ty_underlying(typ);
				if (!u || u->kind != TY_BASIC || u->u.basic.kind != B_STRING) {
					tybuf_puts(w->b, "<expected string type>");
					continue;
				}
				w_type(w, typ);
				tybuf_puts(w->b, "...");
				continue;
			}
		}
		w_type(w, typ);
	}
	tybuf_putc(w->b, ')');
}

static void w_signature(Writer *w, Type *sig)
{
	if (sig->u.sig.ntparams)
		w_tparam_list(w, sig->u.sig.tparams, sig->u.sig.ntparams);
	w_tuple(w, sig->u.sig.params, sig->u.sig.variadic);
	int n = ty_tuple_len(sig->u.sig.results);
	if (n == 0)
		return;
	tybuf_putc(w->b, ' ');
	Object *r0 = sig->u.sig.results->u.tuple.vars[0];
	if (n == 1 && (!r0->name || r0->name->len == 0)) {
		w_type(w, r0->type);
		return;
	}
	w_tuple(w, sig->u.sig.results, false);
}

static const char *kind_name(Type *t)
{
	static const char *const names[] = {
		"?", "*types2.Basic", "*types2.Pointer", "*types2.Slice", "*types2.Array",
		"*types2.Map", "*types2.Chan", "*types2.Struct", "*types2.Signature",
		"*types2.Tuple", "*types2.Interface", "*types2.Union", "*types2.Named",
		"*types2.TypeParam",
	};
	return names[t->kind];
}

static void w_quote(TyBuf *b, const char *s);

static void w_type(Writer *w, Type *t)
{
	TyBuf *b = w->b;
	if (!t) {
		tybuf_puts(b, "<nil>");
		return;
	}
	for (int i = 0; i < w->depth; i++)
		if (w->stack[i] == t) {
			tybuf_printf(b, "<cycle to %s>", kind_name(t));
			return;
		}
	if (w->depth >= MAX_TYPE_DEPTH) {
		tybuf_puts(b, "<type nested too deeply>");
		return;
	}
	if (w->depth == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 16;
		w->stack = xrealloc(w->stack, (size_t)w->cap * sizeof *w->stack);
	}
	w->stack[w->depth++] = t;

	switch (t->kind) {
	case TY_BASIC:
		/* unsafe.Pointer is qualified like a package-level name */
		if (t->u.basic.kind == B_UNSAFE_POINTER && strcmp(t->u.basic.name, "Pointer") == 0) {
			write_package(b, t->ctx->unsafe, w->q);
		}
		tybuf_puts(b, t->u.basic.name);
		break;
	case TY_ARRAY:
		tybuf_printf(b, "[%lld]", (long long)t->u.array.len);
		w_type(w, t->u.array.elem);
		break;
	case TY_SLICE:
		tybuf_puts(b, "[]");
		w_type(w, t->u.slice.elem);
		break;
	case TY_STRUCT:
		tybuf_puts(b, "struct{");
		for (int i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			if (i > 0)
				tybuf_puts(b, "; ");
			if (!f->u.var.embedded) {
				tybuf_puts(b, f->name->name);
				tybuf_putc(b, ' ');
			}
			w_type(w, f->type);
			const char *tag = ty_struct_tag(t, i);
			if (*tag) {
				tybuf_putc(b, ' ');
				w_quote(b, tag);
			}
		}
		tybuf_putc(b, '}');
		break;
	case TY_POINTER:
		tybuf_putc(b, '*');
		w_type(w, t->u.ptr.elem);
		break;
	case TY_TUPLE:
		w_tuple(w, t, false);
		break;
	case TY_SIGNATURE:
		tybuf_puts(b, "func");
		w_signature(w, t);
		break;
	case TY_UNION:
		if (t->u.uni.nterms == 0) {
			tybuf_puts(b, "<empty union>");
			break;
		}
		for (int i = 0; i < t->u.uni.nterms; i++) {
			if (i > 0)
				tybuf_putc(b, '|');
			if (t->u.uni.terms[i].tilde)
				tybuf_putc(b, '~');
			w_type(w, t->u.uni.terms[i].type);
		}
		break;
	case TY_INTERFACE: {
		if (t->u.iface.universe_any) {
			tybuf_puts(b, "any");
			break;
		}
		if (t->u.iface.universe_comparable) {
			tybuf_puts(b, "interface{comparable}");
			break;
		}
		if (t->u.iface.implicit) {
			if (t->u.iface.nmethods == 0 && t->u.iface.nembeddeds == 1) {
				w_type(w, t->u.iface.embeddeds[0]);
				break;
			}
			tybuf_puts(b, "/* implicit */ ");
		}
		tybuf_puts(b, "interface{");
		bool first = true;
		for (int i = 0; i < t->u.iface.nmethods; i++) {
			Object *m = t->u.iface.methods[i];
			if (!first)
				tybuf_puts(b, "; ");
			first = false;
			tybuf_puts(b, m->name->name);
			w_signature(w, m->type);
		}
		for (int i = 0; i < t->u.iface.nembeddeds; i++) {
			if (!first)
				tybuf_puts(b, "; ");
			first = false;
			w_type(w, t->u.iface.embeddeds[i]);
		}
		tybuf_putc(b, '}');
		break;
	}
	case TY_MAP:
		tybuf_puts(b, "map[");
		w_type(w, t->u.map.key);
		tybuf_putc(b, ']');
		w_type(w, t->u.map.elem);
		break;
	case TY_CHAN: {
		bool parens = false;
		switch (t->u.chan.dir) {
		case DIR_SENDRECV:
			tybuf_puts(b, "chan ");
			/* chan (<-chan T): the parentheses are needed */
			parens = t->u.chan.elem && t->u.chan.elem->kind == TY_CHAN &&
				 t->u.chan.elem->u.chan.dir == DIR_RECV;
			break;
		case DIR_SEND:
			tybuf_puts(b, "chan<- ");
			break;
		case DIR_RECV:
			tybuf_puts(b, "<-chan ");
			break;
		}
		if (parens)
			tybuf_putc(b, '(');
		w_type(w, t->u.chan.elem);
		if (parens)
			tybuf_putc(b, ')');
		break;
	}
	case TY_NAMED:
		if (t->u.named.obj)
			w_type_name(w, t->u.named.obj);
		else
			tybuf_puts(b, "<Named w/o object>");
		if (t->u.named.ntargs) {
			tybuf_putc(b, '[');
			for (int i = 0; i < t->u.named.ntargs; i++) {
				if (i > 0)
					tybuf_puts(b, ", ");
				w_type(w, t->u.named.targs[i]);
			}
			tybuf_putc(b, ']');
		} else if (t->u.named.orig == t && ty_named_ntparams(t)) {
			w_tparam_list(w, t->u.named.tparams, t->u.named.ntparams);
		}
		break;
	case TY_TYPEPARAM:
		if (!t->u.tparam.obj)
			tybuf_puts(b, "<unnamed type parameter>");
		else
			tybuf_puts(b, t->u.tparam.obj->name->name);
		break;
	}
	w->depth--;
}

/* Go's strconv.Quote: printable runes stay, others are escaped. */
static void w_quote(TyBuf *b, const char *s)
{
	tybuf_putc(b, '"');
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned c = *p;
		if (c == '"' || c == '\\') {
			tybuf_putc(b, '\\');
			tybuf_putc(b, (char)c);
			p++;
		} else if (c >= 0x20 && c < 0x7f) {
			tybuf_putc(b, (char)c);
			p++;
		} else if (c < 0x80) {
			switch (c) {
			case '\a': tybuf_puts(b, "\\a"); break;
			case '\b': tybuf_puts(b, "\\b"); break;
			case '\f': tybuf_puts(b, "\\f"); break;
			case '\n': tybuf_puts(b, "\\n"); break;
			case '\r': tybuf_puts(b, "\\r"); break;
			case '\t': tybuf_puts(b, "\\t"); break;
			case '\v': tybuf_puts(b, "\\v"); break;
			default: tybuf_printf(b, "\\x%02x", c); break;
			}
			p++;
		} else {
			/* UTF-8 sequences are kept when well formed (printability of
			 * non-ASCII runes is not checked), bad bytes are escaped */
			int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
			bool ok = n > 0 && c < 0xf5;
			for (int i = 1; ok && i < n; i++)
				ok = (p[i] & 0xc0) == 0x80;
			if (ok) {
				for (int i = 0; i < n; i++)
					tybuf_putc(b, (char)p[i]);
				p += n;
			} else {
				tybuf_printf(b, "\\x%02x", c);
				p++;
			}
		}
	}
	tybuf_putc(b, '"');
}

void ty_write(TyBuf *b, Type *t, const Qualifier *q)
{
	Writer w = { b, q, NULL, 0, 0 };
	w_type(&w, t);
	free(w.stack);
}

void ty_write_signature(TyBuf *b, Type *sig, const Qualifier *q)
{
	Writer w = { b, q, NULL, 0, 0 };
	w_signature(&w, sig);
	free(w.stack);
}

const char *ty_string(Type *t, const Qualifier *q)
{
	TyBuf b = { 0 };
	ty_write(&b, t, q);
	return tybuf_freeze(t->ctx, &b);
}

/* ---- object strings (types2's ObjectString) ---------------------------- */

static void write_func_name(TyBuf *b, Object *f, const Qualifier *q)
{
	Type *sig = f->type;
	if (sig) {
		Object *recv = sig->u.sig.recv;
		if (recv) {
			tybuf_putc(b, '(');
			if (recv->type && recv->type->kind == TY_INTERFACE)
				tybuf_puts(b, "interface"); /* an abstract method */
			else
				ty_write(b, recv->type, q);
			tybuf_puts(b, ").");
		} else if (f->pkg) {
			write_package(b, f->pkg, q);
		}
	}
	tybuf_puts(b, f->name->name);
}

void obj_write(TyBuf *b, Object *obj, const Qualifier *q)
{
	Type *typ = obj->type;
	bool tname = false;
	switch (obj->kind) {
	case OBJ_PKGNAME: {
		tybuf_printf(b, "package %s", obj->name->name);
		Package *imp = obj->u.pkgname.imported;
		if (imp && imp->path->len && imp->path != obj->name) {
			tybuf_puts(b, " (");
			w_quote(b, imp->path->name);
			tybuf_putc(b, ')');
		}
		return;
	}
	case OBJ_CONST:
		tybuf_puts(b, "const");
		break;
	case OBJ_TYPENAME:
		tname = true;
		tybuf_puts(b, "type");
		if (typ && typ->kind == TY_TYPEPARAM)
			tybuf_puts(b, " parameter");
		break;
	case OBJ_VAR:
		tybuf_puts(b, obj->u.var.is_field ? "field" : "var");
		break;
	case OBJ_FUNC:
		tybuf_puts(b, "func ");
		write_func_name(b, obj, q);
		if (typ)
			ty_write_signature(b, typ, q);
		return;
	case OBJ_LABEL:
		tybuf_puts(b, "label");
		typ = NULL;
		break;
	case OBJ_BUILTIN:
		tybuf_puts(b, "builtin");
		typ = NULL;
		break;
	case OBJ_NIL:
		tybuf_puts(b, "nil");
		return;
	default:
		fatal_internal("obj_write: bad object kind %d", obj->kind);
	}
	tybuf_putc(b, ' ');
	/* package-level objects are qualified */
	if (obj->pkg && scope_lookup(obj->pkg->scope, obj->name) == obj)
		write_package(b, obj->pkg, q);
	tybuf_puts(b, obj->name->name);
	if (!typ)
		return;
	if (tname) {
		if (typ->kind == TY_BASIC)
			return;
		/* an instance shows its origin's type parameters (as types2
		 * does: "type A[T any] = G[int]" for an alias of G[int]) */
		if (typ->kind == TY_NAMED && ty_named_ntparams(typ)) {
			Type *o = typ->u.named.orig;
			Writer w = { b, q, NULL, 0, 0 };
			w_tparam_list(&w, o->u.named.tparams, o->u.named.ntparams);
			free(w.stack);
		}
		if (obj_is_alias(obj))
			tybuf_puts(b, " =");
		else if (typ->kind == TY_TYPEPARAM)
			typ = typ->u.tparam.constraint;
		else
			typ = ty_underlying(typ);
	}
	/* "type any = interface{}", not "= any" */
	if (obj == typ->ctx->universe_any)
		typ = typ->ctx->empty_iface;
	tybuf_putc(b, ' ');
	ty_write(b, typ, q);
}

const char *obj_string(TypeCtx *c, Object *obj, const Qualifier *q)
{
	TyBuf b = { 0 };
	obj_write(&b, obj, q);
	return tybuf_freeze(c, &b);
}

/* ---- selections (go/types' SelectionString) ---------------------------- */

void ty_write_selection(TyBuf *b, const Selection *s, const Qualifier *q)
{
	static const char *const kinds[] = { "field ", "method ", "method expr " };
	tybuf_puts(b, kinds[s->kind]);
	tybuf_putc(b, '(');
	ty_write(b, s->recv, q);
	tybuf_printf(b, ") %s", s->obj->name->name);
	Type *T = s->obj->type;
	if (s->kind == SEL_FIELD_VAL) {
		tybuf_putc(b, ' ');
		ty_write(b, T, q);
		return;
	}
	/* the method's signature with the receiver (or, for a method
	 * expression, a first parameter) of the selection's type */
	Type sig = *T;
	Writer w = { b, q, NULL, 0, 0 };
	if (s->kind == SEL_METHOD_EXPR) {
		TypeCtx *c = T->ctx;
		int n = ty_tuple_len(T->u.sig.params);
		Object **vars = xmalloc((size_t)(n + 1) * sizeof *vars);
		Object arg0 = *T->u.sig.recv;
		arg0.type = s->recv;
		vars[0] = &arg0;
		for (int i = 0; i < n; i++)
			vars[i + 1] = T->u.sig.params->u.tuple.vars[i];
		Type params = { .kind = TY_TUPLE, .ctx = c };
		params.u.tuple.vars = vars;
		params.u.tuple.nvars = n + 1;
		sig.u.sig.recv = NULL;
		sig.u.sig.params = &params;
		w_signature(&w, &sig);
		free(vars);
	} else {
		w_signature(&w, &sig);
	}
	free(w.stack);
}

/* ==================================================================== */
/* gc's notation (cmd/compile/internal/types/fmt.go, mode fmtGo)         */
/* ==================================================================== */

/* gc prints for the user (fmtGo) until an unexported interface method
 * switches it to its link-name mode (fmtTypeID), where every named type
 * is qualified by its package path and byte and rune are uint8 and int32. */
typedef struct GcWriter {
	TyBuf *b;
	const Package *local;
	bool typeid;
	int depth;
	TyQualFn qual;          /* a package's qualifier, or NULL: its name */
	const void *qctx;
	const char *localpath;  /* typeid: local's prefix, if not its path */
} GcWriter;

static void gc_type(GcWriter *w, Type *t);

static void gc_qualify(GcWriter *w, const Package *pkg)
{
	if (!pkg)
		return;
	if (w->typeid) {
		tybuf_puts(w->b, w->localpath && pkg == w->local ? w->localpath :
			   pkg->linkpath ? pkg->linkpath : pkg->path->name);
		tybuf_putc(w->b, '.');
	} else if (pkg != w->local) {
		tybuf_puts(w->b, w->qual ? w->qual(w->qctx, pkg) : pkg->name->name);
		tybuf_putc(w->b, '.');
	}
}

/* A parameter or result list: types only. */
static void gc_params(GcWriter *w, Type *tup, bool variadic)
{
	tybuf_putc(w->b, '(');
	int n = ty_tuple_len(tup);
	for (int i = 0; i < n; i++) {
		Type *t = tup->u.tuple.vars[i]->type;
		if (i > 0)
			tybuf_puts(w->b, ", ");
		if (variadic && i == n - 1 && t && t->kind == TY_SLICE) {
			tybuf_puts(w->b, "...");
			t = t->u.slice.elem;
		}
		gc_type(w, t);
	}
	tybuf_putc(w->b, ')');
}

/* A signature without "func" (gc's %S of a function type). */
static void gc_signature(GcWriter *w, Type *sig)
{
	if (sig->u.sig.ntparams) {
		tybuf_putc(w->b, '[');
		for (int i = 0; i < sig->u.sig.ntparams; i++) {
			if (i > 0)
				tybuf_puts(w->b, ", ");
			gc_type(w, sig->u.sig.tparams[i]);
		}
		tybuf_putc(w->b, ']');
	}
	gc_params(w, sig->u.sig.params, sig->u.sig.variadic);
	int n = ty_tuple_len(sig->u.sig.results);
	if (n == 1) {
		tybuf_putc(w->b, ' ');
		gc_type(w, sig->u.sig.results->u.tuple.vars[0]->type);
	} else if (n > 1) {
		tybuf_putc(w->b, ' ');
		gc_params(w, sig->u.sig.results, false);
	}
}

/* An embedded field's name goes without saying in a link name when it
 * is the name of the type embedded (of its base, for *T): the same
 * unexported name of the same package, or the same exported name.  A
 * basic type, error, any, an alias's new name, or an instance (whose
 * name carries its arguments) spell theirs: gc's struct { p.int = int }. */
static bool gc_embedded_name_implied(const Object *f)
{
	Type *t = f->type;
	if (t && t->kind == TY_POINTER)
		t = t->u.ptr.elem;
	if (!t || t->kind != TY_NAMED || t->u.named.ntargs || t == t->ctx->error_type ||
	    t == t->ctx->comparable_type)
		return false;
	const Object *o = t->u.named.obj;
	if (!o || strcmp(o->name->name, f->name->name) != 0)
		return false;
	return obj_exported(o) || o->pkg == f->pkg;
}

static void gc_type(GcWriter *w, Type *t)
{
	TyBuf *b = w->b;
	if (!t) {
		tybuf_puts(b, "<T>");
		return;
	}
	if (w->depth > MAX_TYPE_DEPTH) {
		/* gc's writer has no limit (source nests types only so deep) */
		tybuf_puts(b, "...");
		return;
	}
	w->depth++;
	TypeCtx *c = t->ctx;
	switch (t->kind) {
	case TY_BASIC:
		if (t == c->byte_type || t == c->rune_type) {
			tybuf_puts(b, w->typeid ? c->typ[t->u.basic.kind]->u.basic.name : t->u.basic.name);
			break;
		}
		switch (t->u.basic.kind) {
		case B_UNSAFE_POINTER: tybuf_puts(b, "unsafe.Pointer"); break;
		case B_UNTYPED_NIL: tybuf_puts(b, "nil"); break;
		case B_INVALID: tybuf_puts(b, "<T>"); break;
		default: tybuf_puts(b, t->u.basic.name); break;
		}
		break;
	case TY_NAMED:
		if (t == c->error_type) {
			tybuf_puts(b, "error");
			break;
		}
		if (t == c->comparable_type) {
			tybuf_puts(b, "comparable");
			break;
		}
		gc_qualify(w, t->u.named.obj->pkg);
		tybuf_puts(b, t->u.named.obj->name->name);
		if (w->typeid && t->u.named.obj->kind == OBJ_TYPENAME && t->u.named.obj->u.typename.vargen)
			tybuf_printf(b, "·%u", t->u.named.obj->u.typename.vargen);
		if (t->u.named.ntargs) {
			/* instance names spell their arguments in link-name mode */
			GcWriter tw = { b, w->local, true, w->depth, w->qual, w->qctx, w->localpath };
			tybuf_putc(b, '[');
			for (int i = 0; i < t->u.named.ntargs; i++) {
				if (i > 0)
					tybuf_putc(b, ',');
				gc_type(&tw, t->u.named.targs[i]);
			}
			tybuf_putc(b, ']');
		}
		break;
	case TY_TYPEPARAM:
		tybuf_puts(b, t->u.tparam.obj ? t->u.tparam.obj->name->name : "tp");
		break;
	case TY_POINTER:
		tybuf_putc(b, '*');
		gc_type(w, t->u.ptr.elem);
		break;
	case TY_ARRAY:
		tybuf_printf(b, "[%lld]", (long long)t->u.array.len);
		gc_type(w, t->u.array.elem);
		break;
	case TY_SLICE:
		tybuf_puts(b, "[]");
		gc_type(w, t->u.slice.elem);
		break;
	case TY_CHAN: {
		Type *e = t->u.chan.elem;
		switch (t->u.chan.dir) {
		case DIR_RECV: tybuf_puts(b, "<-chan "); gc_type(w, e); break;
		case DIR_SEND: tybuf_puts(b, "chan<- "); gc_type(w, e); break;
		case DIR_SENDRECV:
			tybuf_puts(b, "chan ");
			if (e && e->kind == TY_CHAN && e->u.chan.dir == DIR_RECV) {
				tybuf_putc(b, '(');
				gc_type(w, e);
				tybuf_putc(b, ')');
			} else {
				gc_type(w, e);
			}
			break;
		}
		break;
	}
	case TY_MAP:
		tybuf_puts(b, "map[");
		gc_type(w, t->u.map.key);
		tybuf_putc(b, ']');
		gc_type(w, t->u.map.elem);
		break;
	case TY_INTERFACE: {
		if (t == c->any_type && !w->typeid) {
			tybuf_puts(b, "any");
			break;
		}
		const TypeSet *ts = ty_typeset(t);
		if (ts->nmethods == 0) {
			tybuf_puts(b, "interface {}");
			break;
		}
		/* gc sorts interface methods by name, exported or not */
		Object **ms = xmalloc((size_t)ts->nmethods * sizeof *ms);
		memcpy(ms, ts->methods, (size_t)ts->nmethods * sizeof *ms);
		for (int i = 1; i < ts->nmethods; i++)
			for (int j = i; j > 0 && strcmp(ms[j - 1]->name->name, ms[j]->name->name) > 0; j--) {
				Object *x = ms[j];
				ms[j] = ms[j - 1];
				ms[j - 1] = x;
			}
		tybuf_puts(b, "interface {");
		for (int i = 0; i < ts->nmethods; i++) {
			Object *m = ms[i];
			if (i > 0)
				tybuf_putc(b, ';');
			tybuf_putc(b, ' ');
			if (!obj_exported(m)) {
				w->typeid = true;
				if (m->pkg) {
					tybuf_puts(b, m->pkg->path->name);
					tybuf_putc(b, '.');
				}
			}
			tybuf_puts(b, m->name->name);
			gc_signature(w, m->type);
		}
		tybuf_puts(b, " }");
		free(ms);
		break;
	}
	case TY_SIGNATURE:
		if (t->u.sig.recv) {
			tybuf_puts(b, "method(");
			gc_type(w, t->u.sig.recv->type);
			tybuf_puts(b, ") ");
		}
		tybuf_puts(b, "func");
		gc_signature(w, t);
		break;
	case TY_STRUCT:
		tybuf_puts(b, "struct {");
		for (int i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			tybuf_puts(b, i > 0 ? "; " : " ");
			if (!f->u.var.embedded || (w->typeid && !gc_embedded_name_implied(f))) {
				if (!obj_exported(f) && f->pkg && (w->typeid || f->pkg != w->local))
					gc_qualify(w, f->pkg);
				tybuf_puts(b, f->name->name);
				tybuf_puts(b, f->u.var.embedded ? " = " : " ");
			}
			gc_type(w, f->type);
			const char *tag = ty_struct_tag(t, i);
			if (*tag) {
				tybuf_putc(b, ' ');
				w_quote(b, tag);
			}
		}
		if (t->u.strct.nfields)
			tybuf_putc(b, ' ');
		tybuf_putc(b, '}');
		break;
	case TY_TUPLE:
		gc_params(w, t, false);
		break;
	case TY_UNION:
		for (int i = 0; i < t->u.uni.nterms; i++) {
			if (i > 0)
				tybuf_putc(b, '|');
			if (t->u.uni.terms[i].tilde)
				tybuf_putc(b, '~');
			gc_type(w, t->u.uni.terms[i].type);
		}
		break;
	}
	w->depth--;
}

void ty_write_gc(TyBuf *b, Type *t, const Package *local)
{
	GcWriter w = { b, local, false, 0, NULL, NULL, NULL };
	gc_type(&w, t);
}

void ty_write_gc_typeid(TyBuf *b, Type *t)
{
	GcWriter w = { b, NULL, true, 0, NULL, NULL, NULL };
	gc_type(&w, t);
}

void ty_write_gc_linkname(TyBuf *b, Type *t, const Package *local, const char *localpath)
{
	GcWriter w = { b, local, true, 0, NULL, NULL, localpath };
	gc_type(&w, t);
}

void ty_write_gc_qual(TyBuf *b, Type *t, const Package *local, TyQualFn qual, const void *ctx)
{
	GcWriter w = { b, local, false, 0, qual, ctx, NULL };
	gc_type(&w, t);
}

/* ---- shape types (gc's IsShape, HasShape; made by stencil.c) ---- */

static const char shape_prefix[] = "go.shape.";

bool ty_is_shape(Type *t)
{
	return t && t->kind == TY_NAMED && t->u.named.obj && !t->u.named.obj->pkg &&
	       strncmp(t->u.named.obj->name->name, shape_prefix, sizeof shape_prefix - 1) == 0;
}

/* Whether t or a type it is built of satisfies pred: type arguments,
 * elements, keys, fields, tuple members, signatures' parameters and
 * results, and, when ifaces, interfaces' method signatures.  Named types'
 * underlying types are not entered.  Deeper than 50 levels counts as no
 * (the callers ask of types written in source). */
static bool any_component(Type *t, bool (*pred)(Type *), bool ifaces, int depth)
{
	if (!t || depth > 50)
		return false;
	if (pred(t))
		return true;
	depth++;
	switch (t->kind) {
	case TY_NAMED:
		for (int i = 0; i < t->u.named.ntargs; i++)
			if (any_component(t->u.named.targs[i], pred, ifaces, depth))
				return true;
		return false;
	case TY_POINTER: case TY_SLICE:
		return any_component(t->u.ptr.elem, pred, ifaces, depth);
	case TY_ARRAY:
		return any_component(t->u.array.elem, pred, ifaces, depth);
	case TY_MAP:
		return any_component(t->u.map.key, pred, ifaces, depth) ||
		       any_component(t->u.map.elem, pred, ifaces, depth);
	case TY_CHAN:
		return any_component(t->u.chan.elem, pred, ifaces, depth);
	case TY_STRUCT:
		for (int i = 0; i < t->u.strct.nfields; i++)
			if (any_component(t->u.strct.fields[i]->type, pred, ifaces, depth))
				return true;
		return false;
	case TY_TUPLE:
		for (int i = 0; i < t->u.tuple.nvars; i++)
			if (any_component(t->u.tuple.vars[i]->type, pred, ifaces, depth))
				return true;
		return false;
	case TY_SIGNATURE:
		return any_component(t->u.sig.params, pred, ifaces, depth) ||
		       any_component(t->u.sig.results, pred, ifaces, depth);
	case TY_INTERFACE:
		if (ifaces)
			for (int i = 0; i < t->u.iface.nmethods; i++)
				if (any_component(t->u.iface.methods[i]->type, pred, ifaces, depth))
					return true;
		return false;
	default:
		return false;
	}
}

bool ty_any(Type *t, bool (*pred)(Type *), bool ifaces)
{
	return any_component(t, pred, ifaces, 0);
}

bool ty_has_shape(Type *t)
{
	return ty_any(t, ty_is_shape, true);
}

void ty_write_link(TyBuf *b, Type *t)
{
	GcWriter w = { b, NULL, true, 0, NULL, NULL, NULL };
	gc_type(&w, t);
}

const char *ty_string_gc(Type *t, const Package *local)
{
	TyBuf b = { 0 };
	ty_write_gc(&b, t, local);
	return tybuf_freeze(t->ctx, &b);
}

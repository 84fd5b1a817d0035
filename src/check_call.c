/*
 * check_call.c — calls (types2's call.go, builtins.go, conversions.go):
 * conversions T(x) (constant ones with representability, the others by
 * types2's convertibleTo), calls of non-generic functions and method
 * values (types2's arguments, with its count errors and variadic
 * rules), and the builtins, those of unsafe included (sizes are gc's,
 * for the loader's GOARCH: ty_sizeof and friends with c->ctx->sizes).
 *
 * Generic functions: f(args) infers the missing type arguments
 * (check_infer.c), f[A] and f[A](args) instantiate explicitly (missing
 * ones inferred); the instantiated signature is checked against the
 * arguments, its type arguments against their constraints at the end of
 * the package (types2's instantiateSignature and verify).  Conversions
 * and builtins on type parameters go through their type sets and core
 * types, as types2's do.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static void errorf_operand(Checker *c, Pos pos, const char *fmt, Operand *x)
{
	TyBuf b = {0};
	check_operand_string(c, &b, x);
	check_errorf(c, pos, fmt, b.str);
	tybuf_free(&b);
}

static Pos xpos(Operand *x)
{
	return x->expr ? parse_start_pos(x->expr) : (Pos){0};
}

static bool is_bytes_or_runes(Type *t)
{
	Type *u = ty_underlying(t);
	if (u->kind != TY_SLICE)
		return false;
	Type *e = ty_underlying(u->u.slice.elem);
	return e->kind == TY_BASIC && (e->u.basic.kind == B_BYTE || e->u.basic.kind == B_RUNE);
}

static bool is_basic_kind(Type *u, BasicKind k)
{
	return u->kind == TY_BASIC && u->u.basic.kind == k;
}

static int convertible_to(Checker *c, Operand *x, Type *T, TyBuf *cause);

/* The conversions of type parameters go through each specific type of
 * their type sets (types2's convertibleTo, its generic cases). */
typedef struct ConvArg {
	Checker *c;
	Operand *x;
	Type *T;            /* the target (a type parameter when Tp) */
	Type *Vterm;        /* the current term of x's type parameter */
	TyBuf *cause;
	bool unknown;
} ConvArg;

static void conv_cause(ConvArg *a, const char *msg)
{
	if (!a->cause)
		return;
	TyBuf b = {0};
	tybuf_puts(&b, msg);
	if (a->cause->len) {
		tybuf_puts(&b, "\n\t");
		tybuf_puts(&b, a->cause->str);
	}
	tybuf_free(a->cause);
	*a->cause = b;
}

/* x (with type Vterm when set) converts to the term's type of T. */
static bool conv_to_term(const Term *t, void *arg)
{
	ConvArg *a = arg;
	if (!t)
		return false;
	Operand y = *a->x;
	if (a->Vterm)
		y.type = a->Vterm;
	int r = convertible_to(a->c, &y, t->type, a->cause);
	if (r < 0)
		a->unknown = true;
	if (r == 0) {
		char msg[1024];
		const Qualifier *q = &a->c->qf;
		if (a->Vterm)
			snprintf(msg, sizeof msg, "cannot convert %s (in %s) to %s (in %s)", ty_string(a->Vterm, q),
				ty_string(a->x->type, q), ty_string(t->type, q), ty_string(a->T, q));
		else
			snprintf(msg, sizeof msg, "cannot convert %s to %s (in %s)", ty_string(a->x->type, q),
				ty_string(t->type, q), ty_string(a->T, q));
		conv_cause(a, msg);
	}
	return r == 1;
}

/* A term's type of x's type parameter converts to T. */
static bool conv_from_term(const Term *t, void *arg)
{
	ConvArg *a = arg;
	if (!t)
		return false;
	if (ty_is_typeparam(a->T)) {
		a->Vterm = t->type;
		bool ok = ty_typeparam_is(a->T, conv_to_term, a);
		a->Vterm = NULL;
		return ok;
	}
	Operand y = *a->x;
	y.type = t->type;
	int r = convertible_to(a->c, &y, a->T, a->cause);
	if (r < 0)
		a->unknown = true;
	if (r == 0) {
		char msg[1024];
		const Qualifier *q = &a->c->qf;
		snprintf(msg, sizeof msg, "cannot convert %s (in %s) to %s", ty_string(t->type, q),
			ty_string(a->x->type, q), ty_string(a->T, q));
		conv_cause(a, msg);
	}
	return r == 1;
}

/* types2's convertibleTo: 1 yes, 0 no (cause may say why), -1 not known
 * yet (assignability to interfaces with methods not decidable, go
 * versions before 1.17). */
static int convertible_to(Checker *c, Operand *x, Type *T, TyBuf *cause)
{
	int a = check_assignable_to(c, x, T);
	if (a != 0)
		return a;
	Type *V = x->type, *Vu = ty_underlying(V), *Tu = ty_underlying(T);
	bool Vp = ty_is_typeparam(V), Tp = ty_is_typeparam(T);
	if (ty_identical_ignore_tags(Vu, Tu) && !Vp && !Tp)
		return 1;
	if (V->kind == TY_POINTER && T->kind == TY_POINTER &&
	    ty_identical_ignore_tags(ty_underlying(V->u.ptr.elem), ty_underlying(T->u.ptr.elem)) &&
	    !ty_is_typeparam(V->u.ptr.elem) && !ty_is_typeparam(T->u.ptr.elem))
		return 1;
	if ((ty_is_integer(Vu) || ty_is_float(Vu)) && (ty_is_integer(Tu) || ty_is_float(Tu)))
		return 1;
	if (ty_is_complex(Vu) && ty_is_complex(Tu))
		return 1;
	if ((ty_is_integer(Vu) || is_bytes_or_runes(Vu)) && ty_is_string(Tu))
		return 1;
	if (ty_is_string(Vu) && is_bytes_or_runes(Tu))
		return 1;
	if ((Vu->kind == TY_POINTER || is_basic_kind(Vu, B_UINTPTR)) && is_basic_kind(Tu, B_UNSAFE_POINTER))
		return 1;
	if (is_basic_kind(Vu, B_UNSAFE_POINTER) && (Tu->kind == TY_POINTER || is_basic_kind(Tu, B_UINTPTR)))
		return 1;
	if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER) {
		Type *a = ty_underlying(Tu->u.ptr.elem);
		if (a->kind == TY_ARRAY && ty_identical(Vu->u.slice.elem, a->u.array.elem))
			return c->src->lang ? -1 : 1;   /* go1.17 or later */
	}
	if (!Vp && !Tp)
		return 0;
	ConvArg ca = {c, x, T, NULL, cause, false};
	bool ok = Vp ? ty_typeparam_is(V, conv_from_term, &ca) : ty_typeparam_is(T, conv_to_term, &ca);
	return ok ? 1 : ca.unknown ? -1 : 0;
}

typedef struct ConstConvArg {
	Checker *c;
	Operand *x;
	Type *T;
	TyBuf *cause;
} ConstConvArg;

static bool const_convertible_to(Checker *c, Operand *x, Type *T, Const *val);

/* A constant converts to each type of a type parameter's type set. */
static bool const_conv_under(Type *u, void *arg)
{
	ConstConvArg *a = arg;
	const Qualifier *q = &a->c->qf;
	if (!u) {
		tybuf_printf(a->cause, "%s does not contain specific types", ty_string(a->T, q));
		return false;
	}
	if (ty_is_string(a->x->type) && is_bytes_or_runes(u))
		return true;
	if (!const_convertible_to(a->c, a->x, u, NULL)) {
		TyBuf b = {0};
		check_operand_string(a->c, &b, a->x);
		tybuf_printf(a->cause, "cannot convert %s to %s (in %s)", b.str, ty_string(u, q), ty_string(a->T, q));
		tybuf_free(&b);
		return false;
	}
	return true;
}

/* types2's constConvertibleTo: the constant x converts to T (whose
 * underlying type must be basic); *val (if not NULL) gets the value. */
static bool const_convertible_to(Checker *c, Operand *x, Type *T, Const *val)
{
	Type *t = ty_underlying(T);
	if (!t || t->kind != TY_BASIC)
		return false;
	{
		/* as in types2, x takes the rounded value even when it does
		 * not fit (the message shows it) */
		Const dummy;
		if (check_representable_const(c, x->val, t, val ? val : &dummy)) {
			return true;
		} else if (ty_is_integer(x->type) && ty_is_string(t)) {
			uint32_t cp = 0xFFFD;
			bool exact;
			uint64_t i = const_uint64_val(x->val, &exact);
			if (exact && i <= 0x10FFFF)
				cp = (uint32_t)i;
			/* Go's string(rune): surrogates and invalid code points
			 * become U+FFFD */
			if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = 0xFFFD;
			char buf[4];
			size_t n;
			if (cp < 0x80) {
				buf[0] = (char)cp;
				n = 1;
			} else if (cp < 0x800) {
				buf[0] = (char)(0xC0 | cp >> 6);
				buf[1] = (char)(0x80 | (cp & 0x3F));
				n = 2;
			} else if (cp < 0x10000) {
				buf[0] = (char)(0xE0 | cp >> 12);
				buf[1] = (char)(0x80 | (cp >> 6 & 0x3F));
				buf[2] = (char)(0x80 | (cp & 0x3F));
				n = 3;
			} else {
				buf[0] = (char)(0xF0 | cp >> 18);
				buf[1] = (char)(0x80 | (cp >> 12 & 0x3F));
				buf[2] = (char)(0x80 | (cp >> 6 & 0x3F));
				buf[3] = (char)(0x80 | (cp & 0x3F));
				n = 4;
			}
			if (val)
				*val = const_make_string(c->pool, buf, n);
			return true;
		}
	}
	return false;
}

void check_conversion(Checker *c, Operand *x, Type *T)
{
	TypeCtx *ctx = c->ctx;
	bool const_arg = x->mode == MODE_CONSTANT;
	bool ok = false;
	TyBuf cause = {0};
	if (check_type_unsupported(c, T)) {
		x->mode = MODE_INVALID;
		return;
	}
	if (const_arg && ty_is_const_type(T)) {
		ok = const_convertible_to(c, x, T, &x->val);
	} else if (const_arg && ty_is_typeparam(T)) {
		/* a constant converts to each type of T's type set; the
		 * result is no constant */
		ConstConvArg a = {c, x, T, &cause};
		ok = ty_typeparam_under_is(T, const_conv_under, &a);
		x->mode = MODE_VALUE;
	} else if (ty_is_interface(T) && !ty_is_typeparam(T) && x->mode != MODE_INVALID) {
		/* to an interface: nil, or a value that implements it */
		if (x->mode != MODE_NILVALUE) {
			TyBuf why = {0};
			int r = check_implements(c, ty_default(ctx, x->type), T, &why);
			if (r < 0) {
				tybuf_free(&why);
				check_unsupported(c);
				x->mode = MODE_INVALID;
				return;
			}
			if (r == 0) {
				TyBuf b = {0};
				check_operand_string(c, &b, x);
				check_errorf(c, xpos(x), "cannot convert %s to type %s:\n\t%s", b.str,
					ty_string(T, &c->qf), why.str);
				tybuf_free(&b);
				tybuf_free(&why);
				x->mode = MODE_INVALID;
				return;
			}
			tybuf_free(&why);
		}
		ok = true;
		x->mode = MODE_VALUE;
	} else if (x->mode != MODE_INVALID) {
		int r = convertible_to(c, x, T, &cause);
		if (r < 0) {
			check_unsupported(c);
			x->mode = MODE_INVALID;
			tybuf_free(&cause);
			return;
		}
		ok = r;
		if (ok)
			x->mode = MODE_VALUE;
	}
	if (!ok) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		if (cause.len)
			check_errorf(c, xpos(x), "cannot convert %s to type %s: %s", b.str, ty_string(T, &c->qf), cause.str);
		else
			check_errorf(c, xpos(x), "cannot convert %s to type %s", b.str, ty_string(T, &c->qf));
		tybuf_free(&b);
		tybuf_free(&cause);
		x->mode = MODE_INVALID;
		return;
	}
	tybuf_free(&cause);
	if (ty_is_untyped(x->type) && x->expr) {
		Type *final = T;
		if (x->type == ctx->typ[B_UNTYPED_NIL]) {
			/* ok */
		} else if ((ty_is_interface(T) && !ty_is_typeparam(T)) || (const_arg && !ty_is_const_type(T))) {
			final = ty_default(ctx, x->type);
		} else if (x->mode == MODE_CONSTANT && ty_is_integer(x->type) && ty_all_basic(T, BI_STRING)) {
			final = x->type;
		}
		check_update_expr_type(c, x->expr, final, true);
	}
	x->type = T;
}

/* gc's offset of the field at the end of an index path. */
static int64_t offsetof_path(Checker *c, Type *t, const int *index, int n)
{
	int64_t o = 0;
	for (int i = 0; i < n; i++) {
		Type *s = ty_underlying(t);
		int64_t *offs = xmalloc((size_t)(s->u.strct.nfields + 1) * sizeof *offs);
		ty_offsetsof(c->ctx->sizes, s, offs);
		o += offs[index[i]];
		free(offs);
		t = s->u.strct.fields[index[i]]->type;
	}
	return o;
}

/* types2's hasVarSize: t's size depends on a type parameter. */
static bool has_var_size_depth(Type *t, int depth)
{
	if (!t || depth > 64)
		return false;
	if (ty_is_typeparam(t))
		return true;
	Type *u = ty_underlying(t);
	switch (u->kind) {
	case TY_ARRAY:
		return has_var_size_depth(u->u.array.elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < u->u.strct.nfields; i++)
			if (has_var_size_depth(u->u.strct.fields[i]->type, depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

static bool has_var_size(Type *t)
{
	return has_var_size_depth(t, 0);
}

/* types2's underIs: f on t's underlying type, or on each of a type
 * parameter's (NULL when it has no specific types). */
static bool under_is(Type *t, bool (*f)(Type *u, void *arg), void *arg)
{
	if (ty_is_typeparam(t))
		return ty_typeparam_under_is(t, f, arg);
	return f(ty_underlying(t), arg);
}

typedef struct BuiltinArg {
	Checker *c;
	Operand *x;
	BuiltinId id;
	Type *key;          /* delete: the key type of the maps so far */
} BuiltinArg;

/* close(x): each type a channel that may be sent to. */
static bool close_under(Type *u, void *arg)
{
	BuiltinArg *a = arg;
	if (!u || u->kind != TY_CHAN) {
		errorf_operand(a->c, xpos(a->x), "invalid operation: cannot close non-channel %s", a->x);
		return false;
	}
	if (u->u.chan.dir == DIR_RECV) {
		errorf_operand(a->c, xpos(a->x), "invalid operation: cannot close receive-only channel %s", a->x);
		return false;
	}
	return true;
}

/* delete(m, k): each type a map, all with the same key type. */
static bool delete_under(Type *u, void *arg)
{
	BuiltinArg *a = arg;
	if (!u || u->kind != TY_MAP) {
		errorf_operand(a->c, xpos(a->x), "invalid argument: %s is not a map", a->x);
		return false;
	}
	if (a->key && !ty_identical(u->u.map.key, a->key)) {
		errorf_operand(a->c, xpos(a->x), "invalid argument: maps of %s must have identical key types", a->x);
		return false;
	}
	a->key = u->u.map.key;
	return true;
}

/* len and cap of a type parameter: each type must have them. */
static bool len_under(Type *u, void *arg)
{
	BuiltinArg *a = arg;
	if (!u)
		return false;
	if (u->kind == TY_POINTER && ty_underlying(u->u.ptr.elem)->kind == TY_ARRAY)
		u = ty_underlying(u->u.ptr.elem);
	switch (u->kind) {
	case TY_BASIC: return ty_is_string(u) && a->id == BUILTIN_LEN;
	case TY_ARRAY: case TY_SLICE: case TY_CHAN: return true;
	case TY_MAP: return a->id == BUILTIN_LEN;
	default: return false;
	}
}

/* types2's typesSummary. */
static void types_summary(Checker *c, TyBuf *b, Type **list, int n, bool variadic)
{
	tybuf_putc(b, '(');
	for (int i = 0; i < n; i++) {
		Type *t = list[i];
		if (i > 0)
			tybuf_puts(b, ", ");
		if (!t || t == c->ctx->invalid) {
			tybuf_puts(b, "<T>");
		} else if (ty_is_untyped(t)) {
			const char *name = t->u.basic.name;
			if (ty_is_numeric(t))
				tybuf_puts(b, "number");
			else
				tybuf_puts(b, strncmp(name, "untyped ", 8) == 0 ? name + 8 : name);
		} else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
			tybuf_puts(b, "...");
			ty_write(b, t->u.slice.elem, &c->qf);
		} else {
			ty_write(b, t, &c->qf);
		}
	}
	tybuf_putc(b, ')');
}

/* Type arguments written for a generic function: f[A, B] (types2's
 * typeList; NULL when one is invalid). */
typedef struct TypeArgs {
	Type **targs;
	int n;
	NodeList xlist;     /* the type argument expressions */
	Node *inst;         /* the f[...] they were written in */
} TypeArgs;

static bool arguments_ops(Checker *c, Node *call, Type *sig, Operand *args, int nargs, Node *funx,
			  const TypeArgs *ta, Type **rsig);

/* types2's instantiateSignature: sig with its type parameters replaced
 * by targs (not generic any more); the type arguments are verified
 * against their constraints at the end of the package (errors at the
 * written type argument, inst's i-th, or at pos). */
static Type *instantiate_signature(Checker *c, Pos pos, Type *sig, Type **targs, Node *inst)
{
	TypeCtx *ctx = c->ctx;
	int n = sig->u.sig.ntparams;
	Type **tparams = sig->u.sig.tparams;
	Type *s = check_subst(c, sig, tparams, targs, n);
	Type *res = ty_new_signature(ctx, s->u.sig.recv, s->u.sig.params, s->u.sig.results, s->u.sig.variadic);
	res->u.sig.scope = sig->u.sig.scope;
	check_later(c, LATER_VERIFY_FUNC, sig, pos, inst);
	c->later[c->nlater - 1].targs = targs;
	c->later[c->nlater - 1].owner = c->npath ? check_decl_info(c->path[c->npath - 1]) : NULL;
	return res;
}

void check_verify_func(Checker *c, Later *l)
{
	TypeCtx *ctx = c->ctx;
	Type *sig = l->type, **targs = l->targs;
	int n = sig->u.sig.ntparams;
	Type **tparams = sig->u.sig.tparams;
	NodeList xlist = {0};
	if (l->node) {
		Node *idx = l->node->u.index.index;
		xlist = (NodeList){&l->node->u.index.index, 1};
		if (idx->kind == N_LIST)
			xlist = idx->u.list.elems;
	}
	Pos pos = l->pos;
	for (int i = 0; i < n; i++) {
		Type *bound = tparams[i]->u.tparam.constraint;
		Type *iface = ty_typeparam_iface(tparams[i]);
		if (!bound || bound == ctx->invalid || ty_iface_empty(iface))
			continue;
		if (!ty_is_interface(bound))
			bound = iface;
		Type *bi = check_subst(c, bound, tparams, targs, n);
		TyBuf why = {0};
		int r = ty_iface_nmethods(ty_underlying(bi)) > 0 ? check_implements(c, targs[i], bi, &why)
			: ty_implements_why(targs[i], bi, &why, &c->qf);
		if (r < 0) {
			if (l->owner) {
				l->owner->unsupported = true;
				ty_shape_bump(c->ctx);
			}
			check_unsupported(c);
		} else if (r == 0) {
			Pos at = i < xlist.n ? parse_start_pos(xlist.v[i]) : pos;
			check_errorf(c, at, "%s", why.str);
		}
		tybuf_free(&why);
		if (r <= 0)
			return;
	}
	check_mono_instance(c, pos, tparams, targs, n, xlist);
}

void check_func_inst(Checker *c, Operand *x, Node *inst)
{
	Node *idx = inst->u.index.index;
	NodeList xlist = {&idx, 1};
	if (idx->kind == N_LIST)
		xlist = idx->u.list.elems;
	Type *sig = x->type;
	Type **targs = arena_alloc(&c->ctx->arena, (size_t)(xlist.n + 1) * sizeof *targs);
	for (int i = 0; i < xlist.n; i++) {
		targs[i] = check_var_type(c, xlist.v[i]);
		if (targs[i] == c->ctx->invalid) {
			x->mode = MODE_INVALID;
			x->expr = inst;
			return;
		}
	}
	int got = xlist.n, want = sig->u.sig.ntparams;
	if (got > want) {
		check_errorf(c, parse_start_pos(xlist.v[got - 1]), "got %d type arguments but want %d", got, want);
		x->mode = MODE_INVALID;
		x->expr = inst;
		return;
	}
	if (got < want) {
		targs = check_infer(c, inst->pos, sig->u.sig.tparams, want, targs, got, NULL, NULL, 0);
		if (!targs) {
			x->mode = MODE_INVALID;
			x->expr = inst;
			return;
		}
	}
	x->type = instantiate_signature(c, x->expr ? x->expr->pos : inst->pos, sig, targs, inst);
	check_record_instance(c, inst, targs, want, x->type);
	x->mode = MODE_VALUE;
	x->expr = inst;
}

/* types2's arguments for evaluated operands; fun names the callee in
 * messages.  *rsig gets the signature the arguments were checked
 * against (sig instantiated, when generic and inference succeeded). */
static bool arguments_ops(Checker *c, Node *call, Type *sig, Operand *args, int nargs, Node *funx,
			  const TypeArgs *ta, Type **rsig)
{
	bool ok = false;
	if (rsig)
		*rsig = sig;
	for (int i = 0; i < nargs; i++)
		if (args[i].mode == MODE_INVALID)
			goto done;
	int npars = ty_tuple_len(sig->u.sig.params);
	bool ddd = call->u.call.dots, adjusted = false;
	Type **ptypes = xmalloc((size_t)(nargs + npars + 1) * sizeof *ptypes);
	for (int i = 0; i < npars; i++)
		ptypes[i] = sig->u.sig.params->u.tuple.vars[i]->type;
	if (sig->u.sig.variadic) {
		if (ddd) {
			if (call->u.call.args.n == 1 && nargs > 1) {
				check_errorf(c, parse_start_pos(call), "cannot use ... with %d-valued %s", nargs,
					check_expr_string(c, call->u.call.args.v[0]));
				goto done_p;
			}
		} else if (nargs >= npars - 1) {
			Type *elem = ptypes[npars - 1]->u.slice.elem;
			for (int i = npars - 1; i < nargs; i++)
				ptypes[i] = elem;
			npars = nargs;
			adjusted = true;
		} else {
			npars--;
		}
	} else if (ddd) {
		check_errorf(c, parse_start_pos(call), "cannot use ... in call to non-variadic %s",
			check_expr_string(c, funx));
		goto done_p;
	}
	if (nargs != npars) {
		Pos at = parse_start_pos(call);
		const char *q = "not enough";
		if (nargs > npars) {
			at = parse_start_pos(args[npars].expr);
			q = "too many";
		} else if (nargs > 0) {
			at = parse_start_pos(args[nargs - 1].expr);
		}
		TyBuf have = {0}, want = {0};
		Type **at_ = xmalloc((size_t)(nargs + 1) * sizeof *at_);
		for (int i = 0; i < nargs; i++)
			at_[i] = args[i].type;
		types_summary(c, &have, at_, nargs, false);
		free(at_);
		int np = ty_tuple_len(sig->u.sig.params);
		Type **pt = xmalloc((size_t)(np + 1) * sizeof *pt);
		for (int i = 0; i < np; i++)
			pt[i] = sig->u.sig.params->u.tuple.vars[i]->type;
		types_summary(c, &want, pt, np, sig->u.sig.variadic);
		free(pt);
		check_errorf(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, check_expr_string(c, funx),
			have.str, want.str);
		tybuf_free(&have);
		tybuf_free(&want);
		goto done_p;
	}
	if (sig->u.sig.ntparams) {
		/* a generic function: infer the missing type arguments */
		Type **targs = check_infer(c, call->pos, sig->u.sig.tparams, sig->u.sig.ntparams,
			ta ? ta->targs : NULL, ta ? ta->n : 0, ptypes, args, nargs);
		if (!targs)
			goto done_p;
		Type *inst = instantiate_signature(c, call->pos, sig, targs, ta ? ta->inst : NULL);
		check_record_instance(c, call->u.call.fun, targs, sig->u.sig.ntparams, inst);
		if (rsig)
			*rsig = inst;
		for (int i = 0; i < nargs; i++)
			ptypes[i] = adjusted ? check_subst(c, ptypes[i], sig->u.sig.tparams, targs, sig->u.sig.ntparams)
				: inst->u.sig.params->u.tuple.vars[i]->type;
	}
	{
		ok = true;
		for (int i = 0; i < nargs; i++) {
			check_assignment_arg(c, &args[i], ptypes[i], funx);
			if (args[i].mode == MODE_INVALID)
				ok = false;
		}
		(void)ok;
	}
done_p:
	free(ptypes);
done:
	return ok;
}

/* ==================================================================== */
/* Builtins (builtins.go)                                                */
/* ==================================================================== */

/* types2's predeclaredFuncs: argument counts. */
static const struct { int nargs; bool variadic; } builtin_arity[BUILTIN_N] = {
	[BUILTIN_APPEND] = {1, true}, [BUILTIN_CAP] = {1, false}, [BUILTIN_CLOSE] = {1, false},
	[BUILTIN_COMPLEX] = {2, false}, [BUILTIN_COPY] = {2, false}, [BUILTIN_DELETE] = {2, false},
	[BUILTIN_IMAG] = {1, false}, [BUILTIN_LEN] = {1, false}, [BUILTIN_MAKE] = {1, true},
	[BUILTIN_NEW] = {1, false}, [BUILTIN_PANIC] = {1, false}, [BUILTIN_PRINT] = {0, true},
	[BUILTIN_PRINTLN] = {0, true}, [BUILTIN_REAL] = {1, false}, [BUILTIN_RECOVER] = {0, false},
	[BUILTIN_ADD] = {2, false}, [BUILTIN_ALIGNOF] = {1, false}, [BUILTIN_OFFSETOF] = {1, false},
	[BUILTIN_SIZEOF] = {1, false}, [BUILTIN_SLICE] = {2, false},
};

/* The package's -lang is before go1.minor. */
static bool lang_before(Checker *c, int minor)
{
	const char *l = c->src->lang;
	if (!l || strncmp(l, "go1.", 4) != 0)
		return false;
	return atoi(l + 4) < minor;
}

/* make(T, n), make(T, n, m) */
static bool make_builtin(Checker *c, Operand *x, Node *call)
{
	NodeList args = call->u.call.args;
	Node *arg0 = args.v[0];
	Type *T = check_var_type(c, arg0);
	if (T == c->ctx->invalid)
		return false;
	int min;
	Type *core = ty_core_type(T);
	if (!core) {
		check_errorf(c, parse_start_pos(arg0), "invalid argument: cannot make %s: no core type",
			check_expr_string(c, arg0));
		return false;
	}
	switch (core->kind) {
	case TY_SLICE: min = 2; break;
	case TY_MAP: case TY_CHAN: min = 1; break;
	default:
		check_errorf(c, parse_start_pos(arg0),
			"invalid argument: cannot make %s; type must be slice, map, or channel", check_expr_string(c, arg0));
		return false;
	}
	if (args.n < min || min + 1 < args.n) {
		check_errorf(c, parse_start_pos(call), "invalid operation: %s expects %d or %d arguments; found %d",
			check_expr_string(c, call), min, min + 1, args.n);
		return false;
	}
	int64_t sizes[2];
	int nsizes = 0;
	for (int i = 1; i < args.n; i++) {
		int64_t v;
		check_index_arg(c, args.v[i], &v);
		if (v >= 0)
			sizes[nsizes++] = v;
	}
	if (nsizes == 2 && sizes[0] > sizes[1])
		check_errorf(c, parse_start_pos(args.v[1]), "invalid argument: length and capacity swapped");
	x->mode = MODE_VALUE;
	x->type = T;
	return true;
}

static bool builtin_inner(Checker *c, Operand *x, Node *call, BuiltinId id, const char *name);
static bool builtin_const(Checker *c, Operand *x, Operand *yp, Node *call, BuiltinId id, const char *name);

/* types2's builtin: false after an error. */
static bool builtin(Checker *c, Operand *x, Node *call, BuiltinId id)
{
	const char *name = ty_builtin_name(id);
	if (call->u.call.dots && id != BUILTIN_APPEND) {
		check_errorf(c, parse_start_pos(call), "invalid operation: invalid use of ... with built-in %s", name);
		return false;
	}
	/* len(x) and cap(x) need to know whether x has calls or receives */
	bool saved = c->has_call_or_recv;
	if (id == BUILTIN_LEN || id == BUILTIN_CAP)
		c->has_call_or_recv = false;
	bool ok = builtin_inner(c, x, call, id, name);
	if (id == BUILTIN_LEN || id == BUILTIN_CAP)
		c->has_call_or_recv = saved;
	return ok;
}

static bool builtin_inner(Checker *c, Operand *x, Node *call, BuiltinId id, const char *name)
{
	TypeCtx *ctx = c->ctx;
	NodeList args = call->u.call.args;
	Operand *xl = NULL;
	int nargs = args.n;
	bool ok = false;
	if (id != BUILTIN_MAKE && id != BUILTIN_NEW && id != BUILTIN_OFFSETOF) {
		bool comma_ok;
		xl = check_expr_list(c, args, false, &nargs, &comma_ok);
		if (nargs > 0) {
			*x = xl[0];
			if (x->mode == MODE_INVALID)
				goto out;
		}
	}
	{
		const char *msg = NULL;
		if (nargs < builtin_arity[id].nargs)
			msg = "not enough";
		else if (!builtin_arity[id].variadic && nargs > builtin_arity[id].nargs)
			msg = "too many";
		if (msg) {
			check_errorf(c, parse_start_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)",
				msg, check_expr_string(c, call), builtin_arity[id].nargs, nargs);
			goto out;
		}
	}
	Operand y = nargs > 1 && xl ? xl[1] : (Operand){0};
	if (xl && nargs > 0 && id != BUILTIN_NEW && x->type && check_type_unsupported(c, x->type))
		goto out;
	switch (id) {
	case BUILTIN_MAKE:
		ok = make_builtin(c, x, call);
		goto out;
	case BUILTIN_APPEND: {
		Type *S = x->type, *core = ty_core_type(S);
		if (!core || core->kind != TY_SLICE) {
			TyBuf b = {0};
			if (x->mode == MODE_NILVALUE) {
				tybuf_puts(&b, "have untyped nil");
			} else if (ty_is_typeparam(S)) {
				check_operand_string(c, &b, x);
				if (core) {
					tybuf_puts(&b, " has core type ");
					ty_write(&b, core, &c->qf);
				} else {
					tybuf_puts(&b, " has no core type");
				}
			} else {
				tybuf_puts(&b, "have ");
				check_operand_string(c, &b, x);
			}
			check_errorf(c, xpos(x), "first argument to append must be a slice; %s", b.str);
			tybuf_free(&b);
			goto out;
		}
		Type *T = core->u.slice.elem;
		if (nargs == 2 && call->u.call.dots) {
			int a = check_assignable_to(c, x, ty_new_slice(ctx, ctx->byte_type));
			if (a < 0) {
				check_unsupported(c);
				goto out;
			}
			if (a) {
				if (y.mode == MODE_INVALID)
					goto out;
				Type *cs = ty_core_string(y.type);
				if (cs && ty_is_string(cs)) {
					x->mode = MODE_VALUE;
					x->type = S;
					ok = true;
					goto out;
				}
			}
		}
		Object *ps[2] = {obj_new_param(ctx, (Pos){0}, NULL, sym_cstr(""), S),
			obj_new_param(ctx, (Pos){0}, NULL, sym_cstr(""), ty_new_slice(ctx, T))};
		Object *rs[1] = {obj_new_param(ctx, (Pos){0}, NULL, sym_cstr(""), S)};
		Type *sig = ty_new_signature(ctx, NULL, ty_new_tuple(ctx, ps, 2), ty_new_tuple(ctx, rs, 1), true);
		arguments_ops(c, call, sig, xl, nargs, call->u.call.fun, NULL, NULL);
		x->mode = MODE_VALUE;
		x->type = S;
		ok = true;
		goto out;
	}
	case BUILTIN_CLOSE: {
		BuiltinArg a = {c, x, id, NULL};
		if (!under_is(x->type, close_under, &a))
			goto out;
		x->mode = MODE_NOVALUE;
		ok = true;
		goto out;
	}
	case BUILTIN_COPY: {
		Type *dst = ty_core_type(x->type);
		if (dst && dst->kind != TY_SLICE)
			dst = NULL;
		if (y.mode == MODE_INVALID)
			goto out;
		Type *src = ty_core_string(y.type);
		if (src && ty_is_string(src))
			src = ty_new_slice(ctx, ctx->byte_type);
		if (src && src->kind != TY_SLICE)
			src = NULL;
		TyBuf bx = {0}, by = {0};
		check_operand_string(c, &bx, x);
		check_operand_string(c, &by, &y);
		if (!dst || !src)
			check_errorf(c, xpos(x), "invalid argument: copy expects slice arguments; found %s and %s", bx.str, by.str);
		else if (!ty_identical(dst->u.slice.elem, src->u.slice.elem))
			check_errorf(c, xpos(x), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
				bx.str, by.str, ty_string(dst->u.slice.elem, &c->qf), ty_string(src->u.slice.elem, &c->qf));
		else
			ok = true;
		tybuf_free(&bx);
		tybuf_free(&by);
		if (ok) {
			x->mode = MODE_VALUE;
			x->type = ctx->typ[B_INT];
		}
		goto out;
	}
	case BUILTIN_DELETE: {
		BuiltinArg a = {c, x, id, NULL};
		if (!under_is(x->type, delete_under, &a))
			goto out;
		*x = y;
		if (x->mode == MODE_INVALID)
			goto out;
		check_assignment(c, x, a.key, "argument to delete");
		if (x->mode == MODE_INVALID)
			goto out;
		x->mode = MODE_NOVALUE;
		ok = true;
		goto out;
	}
	case BUILTIN_PANIC:
		check_assignment(c, x, ctx->empty_iface, "argument to panic");
		if (x->mode == MODE_INVALID)
			goto out;
		x->mode = MODE_NOVALUE;
		ok = true;
		goto out;
	case BUILTIN_PRINT:
	case BUILTIN_PRINTLN: {
		char context[64];
		snprintf(context, sizeof context, "argument to %s", name);
		for (int i = 0; i < nargs; i++) {
			if (i > 0)
				*x = xl[i];
			check_assignment(c, x, NULL, context);
			if (x->mode == MODE_INVALID)
				goto out;
		}
		x->mode = MODE_NOVALUE;
		ok = true;
		goto out;
	}
	case BUILTIN_RECOVER:
		x->mode = MODE_VALUE;
		x->type = ctx->empty_iface;
		ok = true;
		goto out;
	case BUILTIN_ADD:
		if (lang_before(c, 17)) {
			check_unsupported(c);
			goto out;
		}
		check_assignment(c, x, ctx->typ[B_UNSAFE_POINTER], "argument to unsafe.Add");
		if (x->mode == MODE_INVALID)
			goto out;
		if (!check_is_valid_index(c, &y, "length", true))
			goto out;
		x->mode = MODE_VALUE;
		x->type = ctx->typ[B_UNSAFE_POINTER];
		ok = true;
		goto out;
	case BUILTIN_SLICE: {
		if (lang_before(c, 17)) {
			check_unsupported(c);
			goto out;
		}
		Type *u = ty_underlying(x->type);
		if (u->kind != TY_POINTER) {
			TyBuf b = {0};
			check_operand_string(c, &b, x);
			check_errorf(c, xpos(x), "invalid argument: %s is not a pointer", b.str);
			tybuf_free(&b);
			goto out;
		}
		if (!check_is_valid_index(c, &y, "length", false))
			goto out;
		x->mode = MODE_VALUE;
		x->type = ty_new_slice(ctx, u->u.ptr.elem);
		ok = true;
		goto out;
	}
	default:
		break;
	}
	ok = builtin_const(c, x, &y, call, id, name);
out:
	free(xl);
	return ok;
}

/* The builtins whose results may be constant, and new. */
static bool builtin_const(Checker *c, Operand *x, Operand *yp, Node *call, BuiltinId id, const char *name)
{
	TypeCtx *ctx = c->ctx;
	NodeList args = call->u.call.args;
	Operand y = *yp;
	switch (id) {
	case BUILTIN_NEW: {
		/* new(T) *T */
		Type *T = check_var_type(c, args.v[0]);
		if (T == ctx->invalid)
			return false;
		x->mode = MODE_VALUE;
		x->type = ty_new_pointer(ctx, T);
		break;
	}
	case BUILTIN_LEN:
	case BUILTIN_CAP: {
		OperandMode mode = MODE_INVALID;
		Const val = {0};
		Type *u = ty_underlying(x->type);
		if (u->kind == TY_POINTER && ty_underlying(u->u.ptr.elem)->kind == TY_ARRAY)
			u = ty_underlying(u->u.ptr.elem);
		switch (u->kind) {
		case TY_BASIC:
			if (ty_is_string(u) && id == BUILTIN_LEN) {
				if (x->mode == MODE_CONSTANT) {
					size_t n;
					const_string_val(x->val, &n);
					mode = MODE_CONSTANT;
					val = const_make_int64((int64_t)n);
				} else {
					mode = MODE_VALUE;
				}
			}
			break;
		case TY_ARRAY:
			/* spec: constant if s contains no function calls or
			 * channel receives (s is then not evaluated) */
			mode = MODE_VALUE;
			if (!c->has_call_or_recv) {
				mode = MODE_CONSTANT;
				val = u->u.array.len < 0 ? const_make_unknown() : const_make_int64(u->u.array.len);
			}
			break;
		case TY_SLICE: case TY_CHAN:
			mode = MODE_VALUE;
			break;
		case TY_MAP:
			if (id == BUILTIN_LEN)
				mode = MODE_VALUE;
			break;
		case TY_INTERFACE:
			if (ty_is_typeparam(x->type)) {
				BuiltinArg a = {c, x, id, NULL};
				if (ty_typeparam_under_is(x->type, len_under, &a))
					mode = MODE_VALUE;
			}
			break;
		default:
			break;
		}
		if (mode == MODE_INVALID) {
			if (u != ctx->invalid) {
				TyBuf b = {0};
				check_operand_string(c, &b, x);
				check_errorf(c, xpos(x), "invalid argument: %s for %s", b.str, name);
				tybuf_free(&b);
			}
			return false;
		}
		x->mode = mode;
		x->type = ctx->typ[B_INT];
		x->val = val;
		break;
	}
	case BUILTIN_COMPLEX: {
		int d = (ty_is_untyped(x->type) ? 1 : 0) | (ty_is_untyped(y.type) ? 2 : 0);
		if (d == 1)
			check_convert_untyped(c, x, y.type);
		else if (d == 2)
			check_convert_untyped(c, &y, x->type);
		else if (d == 3) {
			if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
				if (ty_is_numeric(x->type) && const_sign(const_imag(x->val)) == 0)
					x->type = ctx->typ[B_UNTYPED_FLOAT];
				if (ty_is_numeric(y.type) && const_sign(const_imag(y.val)) == 0)
					y.type = ctx->typ[B_UNTYPED_FLOAT];
			} else {
				check_convert_untyped(c, x, ctx->typ[B_FLOAT64]);
				check_convert_untyped(c, &y, ctx->typ[B_FLOAT64]);
			}
		}
		if (x->mode == MODE_INVALID || y.mode == MODE_INVALID)
			return false;
		if (!ty_identical(x->type, y.type)) {
			check_errorf(c, xpos(x), "invalid operation: %s (mismatched types %s and %s)",
				check_expr_string(c, call), ty_string(x->type, &c->qf), ty_string(y.type, &c->qf));
			return false;
		}
		Type *u = ty_underlying(x->type), *res = NULL;
		if (u->kind == TY_BASIC) {
			if (u->u.basic.kind == B_FLOAT32)
				res = ctx->typ[B_COMPLEX64];
			else if (u->u.basic.kind == B_FLOAT64)
				res = ctx->typ[B_COMPLEX128];
			else if (u->u.basic.kind == B_UNTYPED_FLOAT)
				res = ctx->typ[B_UNTYPED_COMPLEX];
		}
		if (!res) {
			check_errorf(c, xpos(x), "invalid argument: arguments have type %s, expected floating-point",
				ty_string(x->type, &c->qf));
			return false;
		}
		if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT)
			x->val = const_binary(c->pool, const_to_float(c->pool, x->val), OP_ADD,
				const_make_imag(c->pool, const_to_float(c->pool, y.val)));
		else
			x->mode = MODE_VALUE;
		x->type = res;
		break;
	}
	case BUILTIN_REAL:
	case BUILTIN_IMAG: {
		if (ty_is_untyped(x->type)) {
			if (x->mode == MODE_CONSTANT) {
				if (ty_is_numeric(x->type))
					x->type = ctx->typ[B_UNTYPED_COMPLEX];
			} else {
				check_convert_untyped(c, x, ctx->typ[B_COMPLEX128]);
				if (x->mode == MODE_INVALID)
					return false;
			}
		}
		Type *u = ty_underlying(x->type), *res = NULL;
		if (u->kind == TY_BASIC) {
			if (u->u.basic.kind == B_COMPLEX64)
				res = ctx->typ[B_FLOAT32];
			else if (u->u.basic.kind == B_COMPLEX128)
				res = ctx->typ[B_FLOAT64];
			else if (u->u.basic.kind == B_UNTYPED_COMPLEX)
				res = ctx->typ[B_UNTYPED_FLOAT];
		}
		if (!res) {
			check_errorf(c, xpos(x), "invalid argument: argument has type %s, expected complex type",
				ty_string(x->type, &c->qf));
			return false;
		}
		if (x->mode == MODE_CONSTANT)
			x->val = id == BUILTIN_REAL ? const_real(x->val) : const_imag(x->val);
		else
			x->mode = MODE_VALUE;
		x->type = res;
		break;
	}
	case BUILTIN_SIZEOF:
	case BUILTIN_ALIGNOF:
		check_assignment(c, x, NULL, id == BUILTIN_SIZEOF ? "argument to unsafe.Sizeof"
			: "argument to unsafe.Alignof");
		if (x->mode == MODE_INVALID)
			return false;
		if (has_var_size(x->type)) {
			x->mode = MODE_VALUE;
		} else {
			x->mode = MODE_CONSTANT;
			x->val = const_make_int64(id == BUILTIN_SIZEOF ? ty_sizeof(ctx->sizes, x->type)
				: ty_alignof(ctx->sizes, x->type));
		}
		x->type = ctx->typ[B_UINTPTR];
		break;
	case BUILTIN_OFFSETOF: {
		Node *arg0 = args.v[0], *selx = arg0;
		while (selx->kind == N_PAREN)
			selx = selx->u.paren.x;
		if (selx->kind != N_SELECTOR) {
			check_errorf(c, parse_start_pos(arg0), "invalid argument: %s is not a selector expression",
				check_expr_string(c, arg0));
			return false;
		}
		check_expr(c, x, selx->u.sel.x);
		if (x->mode == MODE_INVALID)
			return false;
		Type *base = x->type, *u = ty_underlying(x->type);
		if (u->kind == TY_POINTER && ty_underlying(u->u.ptr.elem)->kind == TY_STRUCT)
			base = u->u.ptr.elem;
		if (check_type_unsupported(c, base))
			return false;
		Sym *sel = selx->u.sel.sel->u.name.sym;
		LookupResult r = ty_lookup_field_or_method(base, false, c->pkg, sel);
		if (!r.obj) {
			check_errorf(c, xpos(x), "invalid argument: %s has no single field %s",
				ty_string(base, &c->qf), sel->name);
			return false;
		}
		if (r.obj->kind == OBJ_FUNC) {
			check_errorf(c, parse_start_pos(arg0), "invalid argument: %s is a method value",
				check_expr_string(c, arg0));
			return false;
		}
		if (r.indirect) {
			check_errorf(c, xpos(x), "invalid argument: field %s is embedded via a pointer in %s",
				sel->name, ty_string(base, &c->qf));
			return false;
		}
		TypeInfo *ti = check_ti(c, selx);
		ti->type = r.obj->type;
		ti->mode = MODE_VARIABLE;
		check_ti(c, selx->u.sel.sel)->obj = r.obj;
		if (has_var_size(base)) {
			/* the offset depends on a type parameter */
			x->mode = MODE_VALUE;
		} else {
			x->mode = MODE_CONSTANT;
			x->val = const_make_int64(offsetof_path(c, base, r.index, r.nindex));
		}
		x->type = ctx->typ[B_UINTPTR];
		break;
	}
	default:
		return false;
	}
	return true;
}

void check_call_expr(Checker *c, Operand *x, Node *call)
{
	Node *fun = call->u.call.fun, *inst = NULL;
	if (fun->kind == N_INDEX) {
		/* f[A](...): a generic function instantiated, or an index */
		if (check_index_expr(c, x, fun) == 2)
			inst = fun;
	} else {
		check_expr_or_type_generic(c, x, fun);
	}
	if (x->mode == MODE_NOVALUE) {
		errorf_operand(c, xpos(x), "%s used as value or type", x);
		x->mode = MODE_INVALID;
	}
	switch (x->mode) {
	case MODE_INVALID:
		x->expr = call;
		return;
	case MODE_TYPEXPR: {
		Type *T = x->type;
		if (ty_is_generic(T)) {
			check_errorf(c, parse_start_pos(fun), "cannot use generic type %s without instantiation",
				check_expr_string(c, fun));
			x->mode = MODE_INVALID;
			x->expr = call;
			return;
		}
		x->mode = MODE_INVALID;
		NodeList args = call->u.call.args;
		if (args.n == 0) {
			check_errorf(c, parse_start_pos(call), "missing argument in conversion to %s",
				ty_string(T, &c->qf));
		} else if (args.n == 1) {
			check_expr(c, x, args.v[0]);
			if (x->mode != MODE_INVALID) {
				if (call->u.call.dots) {
					check_errorf(c, parse_start_pos(args.v[0]), "invalid use of ... in type conversion to %s",
						ty_string(T, &c->qf));
					x->mode = MODE_INVALID;
				} else {
					Type *u = ty_underlying(T);
					if (u->kind == TY_INTERFACE && !ty_is_typeparam(T) && !ty_iface_is_method_set(u)) {
						check_errorf(c, parse_start_pos(call),
							"cannot use interface %s in conversion (contains specific type constraints or is comparable)",
							ty_string(T, &c->qf));
						x->mode = MODE_INVALID;
					} else {
						check_conversion(c, x, T);
					}
				}
			}
		} else {
			check_errorf(c, parse_start_pos(args.v[args.n - 1]), "too many arguments in conversion to %s",
				ty_string(T, &c->qf));
		}
		x->expr = call;
		return;
	}
	case MODE_BUILTIN:
		if (!builtin(c, x, call, x->id))
			x->mode = MODE_INVALID;
		/* a non-constant result implies a function call */
		if (x->mode != MODE_INVALID && x->mode != MODE_CONSTANT)
			c->has_call_or_recv = true;
		x->expr = call;
		return;
	default:
		break;
	}
	/* an ordinary function or method call */
	Type *sig = ty_core_type(x->type);
	if (!sig || sig->kind != TY_SIGNATURE) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		check_errorf(c, xpos(x), "invalid operation: cannot call non-function %s", b.str);
		tybuf_free(&b);
		x->mode = MODE_INVALID;
		x->expr = call;
		return;
	}
	TypeArgs ta = {NULL, 0, {0}, inst};
	if (inst) {
		Node *idx = inst->u.index.index;
		ta.xlist = (NodeList){&inst->u.index.index, 1};
		if (idx->kind == N_LIST)
			ta.xlist = idx->u.list.elems;
		ta.n = ta.xlist.n;
		ta.targs = arena_alloc(&c->ctx->arena, (size_t)(ta.n + 1) * sizeof *ta.targs);
		for (int i = 0; i < ta.n; i++) {
			ta.targs[i] = check_var_type(c, ta.xlist.v[i]);
			if (ta.targs[i] == c->ctx->invalid) {
				x->mode = MODE_INVALID;
				x->expr = call;
				return;
			}
		}
		int want = sig->u.sig.ntparams;
		if (ta.n > want) {
			check_errorf(c, parse_start_pos(ta.xlist.v[want]), "got %d type arguments but want %d", ta.n, want);
			x->mode = MODE_INVALID;
			x->expr = call;
			return;
		}
	}
	/* as in types2, the call has its result type even after errors in
	 * its arguments */
	int nargs;
	bool comma_ok;
	Operand *args = check_expr_list(c, call->u.call.args, false, &nargs, &comma_ok);
	Type *rsig = sig;
	bool generic = sig->u.sig.ntparams > 0;
	arguments_ops(c, call, sig, args, nargs, fun, &ta, &rsig);
	free(args);
	if (generic && rsig->u.sig.ntparams == 0) {
		/* the callee has the instantiated signature */
		TypeInfo *ti = check_ti(c, fun);
		ti->type = rsig;
		ti->mode = MODE_VALUE;
	}
	sig = rsig;
	c->has_call_or_recv = true;
	int nres = ty_tuple_len(sig->u.sig.results);
	if (nres == 0) {
		x->mode = MODE_NOVALUE;
		x->type = sig->u.sig.results;
	} else if (nres == 1) {
		x->mode = MODE_VALUE;
		x->type = sig->u.sig.results->u.tuple.vars[0]->type;
	} else {
		x->mode = MODE_VALUE;
		x->type = sig->u.sig.results;
	}
	/* a generic function whose instantiation failed: results that
	 * mention its type parameters have no type */
	if (x->mode == MODE_VALUE && sig->u.sig.ntparams &&
	    check_is_parameterized(sig->u.sig.tparams, sig->u.sig.ntparams, x->type))
		x->mode = MODE_INVALID;
	x->expr = call;
}

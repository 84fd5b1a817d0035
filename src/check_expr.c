/*
 * check_expr.c — operands and constant expressions (types2's expr.go,
 * operand.go, the constant part of predicates.go's assignability).
 *
 * Untyped constants follow the spec ("Constant expressions") as types2
 * implements it: an untyped operand mixed with a typed one takes the
 * other's type (convertUntyped, with representability errors), two
 * untyped numeric operands take the larger kind (int < rune < float <
 * complex), typed results are checked for overflow after each
 * operation, and untyped integers may not grow beyond 512 bits.  Values
 * are exact (constant.h); converting to a float type rounds to it.
 *
 * An untyped operand is recorded on its node as untyped (TypeInfo) and
 * gets its final type later, when its context decides it
 * (updateExprType): that is also where a non-constant shift of an
 * untyped constant learns whether its type is an integer type.
 *
 * Beyond constants: composite literals, index and slice expressions,
 * type assertions, receive, &x and *x, and assignability (types2's assignableTo;
 * interfaces through check_implements, which answers "not known yet"
 * while method signatures are missing).
 *
 * Operands of type-parameter type go through the type sets of their
 * constraints (assignability, untyped constants, indexing) or their
 * core types (slicing, composite literals), as in types2.
 *
 * Not here yet: function literal bodies (check.h).
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static const char *const mode_string[] = {
	[MODE_INVALID] = "invalid operand",
	[MODE_NOVALUE] = "no value",
	[MODE_BUILTIN] = "built-in",
	[MODE_TYPEXPR] = "type",
	[MODE_CONSTANT] = "constant",
	[MODE_VARIABLE] = "variable",
	[MODE_MAPINDEX] = "map index expression",
	[MODE_VALUE] = "value",
	[MODE_NILVALUE] = "nil",
	[MODE_COMMAOK] = "comma, ok expression",
	[MODE_COMMAERR] = "comma, error expression",
	[MODE_CGOFUNC] = "cgo function",
};

static bool is_comparison_op(Op op)
{
	return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ;
}

const char *check_expr_string(Checker *c, Node *e)
{
	char buf[1024];
	parse_node_string(e, buf, sizeof buf);
	return arena_strndup(&c->src->arena, buf, strlen(buf));
}

/* types2's operandString. */
void check_operand_string(Checker *c, TyBuf *b, Operand *x)
{
	if (x->mode == MODE_NILVALUE) {
		if (!x->type || x->type == c->ctx->invalid)
			tybuf_puts(b, "nil (with invalid type)");
		else if (x->type == c->ctx->typ[B_UNTYPED_NIL])
			tybuf_puts(b, "nil");
		else {
			tybuf_puts(b, "nil (of type ");
			ty_write(b, x->type, &c->qf);
			tybuf_puts(b, ")");
		}
		return;
	}
	const char *expr = "";
	char *vs = NULL;
	if (x->expr)
		expr = check_expr_string(c, x->expr);
	else if (x->mode == MODE_BUILTIN)
		expr = ty_builtin_name(x->id);
	else if (x->mode == MODE_TYPEXPR)
		expr = ty_string(x->type, &c->qf);
	else if (x->mode == MODE_CONSTANT)
		expr = vs = const_string(x->val);
	if (expr[0]) {
		tybuf_puts(b, expr);
		tybuf_puts(b, " (");
	}
	bool has_type = false;
	switch (x->mode) {
	case MODE_INVALID:
	case MODE_NOVALUE:
	case MODE_BUILTIN:
	case MODE_TYPEXPR:
		break;
	default:
		if (x->type) {
			if (ty_is_untyped(x->type)) {
				tybuf_puts(b, x->type->u.basic.name);
				tybuf_putc(b, ' ');
				break;
			}
			has_type = true;
		}
	}
	tybuf_puts(b, mode_string[x->mode]);
	if (x->mode == MODE_CONSTANT) {
		char *s = const_string(x->val);
		if (strcmp(s, expr) != 0) {
			tybuf_putc(b, ' ');
			tybuf_puts(b, s);
		}
		free(s);
	}
	if (has_type) {
		if (x->type != c->ctx->invalid) {
			tybuf_puts(b, ty_is_generic(x->type) ? " of parameterized type " : " of type ");
			ty_write(b, x->type, &c->qf);
			if (x->type->kind == TY_TYPEPARAM && x->type->u.tparam.constraint) {
				tybuf_puts(b, " constrained by ");
				ty_write(b, x->type->u.tparam.constraint, &c->qf);
			}
		} else {
			tybuf_puts(b, " with invalid type");
		}
	}
	if (expr[0])
		tybuf_putc(b, ')');
	free(vs);
}

/* errorf with the operand's text as the only argument. */
static void operand_errorf(Checker *c, Operand *x, const char *fmt)
{
	TyBuf b = {0};
	check_operand_string(c, &b, x);
	check_errorf(c, x->expr ? parse_start_pos(x->expr) : (Pos){0}, fmt, b.str);
	tybuf_free(&b);
}

static Pos operand_pos(Operand *x)
{
	return x->expr ? parse_start_pos(x->expr) : (Pos){0};
}

/* ==================================================================== */
/* Representability (expr.go)                                            */
/* ==================================================================== */

static bool basic_const_type(Type *basic, ConstType *ct)
{
	switch (basic->u.basic.kind) {
	case B_BOOL: *ct = CT_BOOL; return true;
	case B_INT: *ct = CT_INT; return true;
	case B_INT8: *ct = CT_INT8; return true;
	case B_INT16: *ct = CT_INT16; return true;
	case B_INT32: *ct = CT_INT32; return true;
	case B_INT64: *ct = CT_INT64; return true;
	case B_UINT: *ct = CT_UINT; return true;
	case B_UINT8: *ct = CT_UINT8; return true;
	case B_UINT16: *ct = CT_UINT16; return true;
	case B_UINT32: *ct = CT_UINT32; return true;
	case B_UINT64: *ct = CT_UINT64; return true;
	case B_UINTPTR: *ct = CT_UINTPTR; return true;
	case B_FLOAT32: *ct = CT_FLOAT32; return true;
	case B_FLOAT64: *ct = CT_FLOAT64; return true;
	case B_COMPLEX64: *ct = CT_COMPLEX64; return true;
	case B_COMPLEX128: *ct = CT_COMPLEX128; return true;
	case B_STRING: *ct = CT_STRING; return true;
	case B_UNTYPED_BOOL: *ct = CT_UNTYPED_BOOL; return true;
	case B_UNTYPED_INT: *ct = CT_UNTYPED_INT; return true;
	case B_UNTYPED_RUNE: *ct = CT_UNTYPED_RUNE; return true;
	case B_UNTYPED_FLOAT: *ct = CT_UNTYPED_FLOAT; return true;
	case B_UNTYPED_COMPLEX: *ct = CT_UNTYPED_COMPLEX; return true;
	case B_UNTYPED_STRING: *ct = CT_UNTYPED_STRING; return true;
	default: return false;
	}
}

bool check_representable_const(Checker *c, Const v, Type *basic, Const *rounded)
{
	if (const_kind(v) == CONST_UNKNOWN)
		return true;
	ConstType ct;
	if (!basic_const_type(basic, &ct))
		return false;
	/* the kinds must agree before the ranges are asked */
	ConstKind k = const_kind(v);
	uint32_t info = basic->u.basic.info;
	if (info & BI_BOOLEAN) {
		if (k != CONST_BOOL)
			return false;
	} else if (info & BI_STRING) {
		if (k != CONST_STRING)
			return false;
	} else if (info & BI_NUMERIC) {
		if (k == CONST_BOOL || k == CONST_STRING)
			return false;
	}
	return const_representable(c->pool, v, ct, (int)c->ctx->sizes->ptrsize, rounded);
}

enum { CODE_OK, CODE_TRUNCATED, CODE_OVERFLOW, CODE_INVALID };

/* types2's representation: the value x takes in basic type typ. */
static int representation(Checker *c, Operand *x, Type *typ, Const *v)
{
	*v = x->val;
	if (!check_representable_const(c, x->val, typ, v)) {
		if (ty_is_numeric(x->type) && ty_is_numeric(typ)) {
			if (!ty_is_integer(x->type) && ty_is_integer(typ))
				return CODE_TRUNCATED;
			return CODE_OVERFLOW;
		}
		return CODE_INVALID;
	}
	return CODE_OK;
}

static void invalid_conversion(Checker *c, int code, Operand *x, Type *target)
{
	const char *fmt = "cannot convert %s to %s";
	if (code == CODE_TRUNCATED)
		fmt = "%s truncated to %s";
	else if (code == CODE_OVERFLOW)
		fmt = "%s overflows %s";
	TyBuf b = {0};
	check_operand_string(c, &b, x);
	check_errorf(c, operand_pos(x), fmt, b.str, ty_string(target, &c->qf));
	tybuf_free(&b);
}

static void representable(Checker *c, Operand *x, Type *typ)
{
	Const v;
	int code = representation(c, x, typ, &v);
	if (code) {
		invalid_conversion(c, code, x, typ);
		x->mode = MODE_INVALID;
		return;
	}
	x->val = v;
}

static int implicit_type_and_value(Checker *c, Operand *x, Type *target, Type **t_out, Const *v, bool *has_v);

typedef struct ImplicitArg {
	Checker *c;
	Operand *x;
} ImplicitArg;

/* The untyped operand converts implicitly to u (a type of a type set). */
static bool implicit_fits(Type *u, void *arg)
{
	ImplicitArg *a = arg;
	if (!u)
		return false;
	Type *t;
	Const v;
	bool has_v;
	implicit_type_and_value(a->c, a->x, u, &t, &v, &has_v);
	return t != NULL;
}

static bool implicit_fits_term(const Term *t, void *arg)
{
	ImplicitArg *a = arg;
	if (!t)
		return false;
	Type *nt;
	Const v;
	bool has_v;
	implicit_type_and_value(a->c, a->x, t->type, &nt, &v, &has_v);
	return nt != NULL;
}

/* types2's implicitTypeAndValue: *t_out NULL and a code on failure. */
static int implicit_type_and_value(Checker *c, Operand *x, Type *target, Type **t_out, Const *v, bool *has_v)
{
	TypeCtx *ctx = c->ctx;
	*has_v = false;
	*t_out = x->type;
	if (x->mode == MODE_INVALID || ty_is_typed(x->type) || target == ctx->invalid)
		return CODE_OK;
	*t_out = NULL;
	if (ty_is_untyped(target)) {
		BasicKind xk = x->type->u.basic.kind, tk = target->u.basic.kind;
		if (ty_is_numeric(x->type) && ty_is_numeric(target)) {
			if (xk < tk) {
				*t_out = target;
				return CODE_OK;
			}
		} else if (xk != tk) {
			return CODE_INVALID;
		}
		*t_out = x->type;
		return CODE_OK;
	}
	if (x->mode == MODE_NILVALUE) {
		if (ty_has_nil(target)) {
			*t_out = target;
			return CODE_OK;
		}
		return CODE_INVALID;
	}
	Type *u = ty_underlying(target);
	switch (u->kind) {
	case TY_BASIC:
		if (x->mode == MODE_CONSTANT) {
			int code = representation(c, x, u, v);
			if (code)
				return code;
			*has_v = true;
			*t_out = target;
			return CODE_OK;
		}
		switch (x->type->u.basic.kind) {
		case B_UNTYPED_BOOL:
			if (!ty_is_boolean(target))
				return CODE_INVALID;
			break;
		case B_UNTYPED_INT: case B_UNTYPED_RUNE: case B_UNTYPED_FLOAT: case B_UNTYPED_COMPLEX:
			if (!ty_is_numeric(target))
				return CODE_INVALID;
			break;
		case B_UNTYPED_STRING:
			if (!ty_is_string(target))
				return CODE_INVALID;
			break;
		default:
			return CODE_INVALID;
		}
		break;
	case TY_INTERFACE:
		if (ty_is_typeparam(target)) {
			/* x must fit each type of the type set; it takes the
			 * type parameter as its type */
			ImplicitArg a = {c, x};
			if (!ty_typeparam_under_is(target, implicit_fits, &a))
				return CODE_INVALID;
			break;
		}
		if (!ty_iface_empty(u))
			return CODE_INVALID;
		*t_out = ty_default(ctx, x->type);
		return CODE_OK;
	default:
		return CODE_INVALID;
	}
	*t_out = target;
	return CODE_OK;
}

/* types2's record: typed results are final; untyped ones wait for
 * updateExprType. */
static void record_operand(Checker *c, Operand *x)
{
	if (!x->expr)
		return;
	TypeInfo *ti = check_ti(c, x->expr);
	ti->type = x->mode == MODE_INVALID ? c->ctx->invalid : x->type;
	ti->mode = (uint8_t)x->mode;
	ti->val = x->mode == MODE_CONSTANT ? x->val : const_make_unknown();
	ti->untyped = x->mode != MODE_INVALID && x->type && ty_is_untyped(x->type);
	ti->is_lhs = false;
}

static void update_expr_val(Node *x, Const v)
{
	if (x && x->ti && x->ti->untyped)
		x->ti->val = v;
}

static void update_expr_type0(Checker *c, Node *parent, Node *x, Type *typ, bool final)
{
	TypeInfo *old = x->ti;
	if (!old || !old->untyped)
		return;
	bool has_val = old->mode == MODE_CONSTANT;
	switch (x->kind) {
	case N_PAREN:
		update_expr_type0(c, x, x->u.paren.x, typ, final);
		break;
	case N_OPERATION:
		if (!x->u.op.y) {
			if (x->u.op.op == OP_MUL || has_val)
				break;
			update_expr_type0(c, x, x->u.op.x, typ, final);
			break;
		}
		if (has_val || is_comparison_op(x->u.op.op))
			break;
		if (x->u.op.op == OP_SHL || x->u.op.op == OP_SHR) {
			update_expr_type0(c, x, x->u.op.x, typ, final);
		} else {
			update_expr_type0(c, x, x->u.op.x, typ, final);
			update_expr_type0(c, x, x->u.op.y, typ, final);
		}
		break;
	default:
		break;
	}
	if (!final && ty_is_untyped(typ)) {
		old->type = ty_underlying(typ);
		return;
	}
	old->untyped = false;
	if (old->is_lhs && !ty_all_basic(typ, BI_INTEGER)) {
		check_errorf(c, parse_start_pos(x), "invalid operation: %s (shift of type %s)",
			check_expr_string(c, parent), ty_string(typ, &c->qf));
		return;
	}
	if (has_val) {
		Operand o = {(OperandMode)old->mode, x, old->type, old->val, 0};
		check_convert_untyped(c, &o, typ);
		if (o.mode == MODE_INVALID)
			return;
	}
	old->type = typ;
}

void check_update_expr_type(Checker *c, Node *x, Type *typ, bool final)
{
	if (x)
		update_expr_type0(c, NULL, x, typ, final);
}

void check_convert_untyped(Checker *c, Operand *x, Type *target)
{
	Type *nt;
	Const v;
	bool has_v;
	int code = implicit_type_and_value(c, x, target, &nt, &v, &has_v);
	if (code) {
		Type *t = target;
		if (!ty_is_typeparam(target))
			t = ty_underlying(target);
		invalid_conversion(c, code, x, t);
		x->mode = MODE_INVALID;
		return;
	}
	if (has_v) {
		x->val = v;
		update_expr_val(x->expr, v);
	}
	if (nt != x->type) {
		x->type = nt;
		check_update_expr_type(c, x->expr, nt, false);
	}
}

/* types2's assignableTo (operand.go), for what this session checks:
 * 1 yes, 0 no, -1 not known yet (method sets, which need every method's
 * signature: objDecl gives them lazily, as types2's lookup does, in a
 * later step; the caller then gives up quietly, as unsupported). */
int check_implements(Checker *c, Type *V, Type *T, TyBuf *why)
{
	if (ty_iface_empty(ty_underlying(T)))
		return 1;
	if (!c->methods_done || ty_is_typeparam(T))
		return -1;
	if (ty_is_typeparam(V)) {
		/* a type parameter has the methods of its constraint */
		TyBuf b = {0};
		bool ok = ty_implements_why(V, T, why ? why : &b, &c->qf);
		tybuf_free(&b);
		return ok;
	}
	/* a method whose declaration was not fully checked has no
	 * trustworthy signature */
	bool is_ptr;
	Type *base = ty_deref(V, &is_ptr);
	if (check_type_unsupported(c, base) || check_type_unsupported(c, T))
		return -1;
	/* (V's method set is kept as usable while nothing it was made of
	 * can have changed) */
	uint32_t gen = ty_shape_gen(c->ctx);
	if (!check_memo_known(&c->usable_methods, V, gen)) {
		MethodSet ms = ty_method_set(V);
		for (int i = 0; i < ms.n; i++) {
			Object *m = ms.sels[i].obj;
			DeclInfo *d = m->u.func.origin ? m->u.func.origin->decl : m->decl;
			if (!ty_func_type(m) || (d && d->unsupported))
				return -1;
		}
		if (ty_shape_gen(c->ctx) == gen)
			check_memo_note(&c->usable_methods, V, gen);
	}
	const TypeSet *ts = ty_typeset(ty_underlying(T));
	for (int i = 0; i < ts->nmethods; i++) {
		DeclInfo *d = ts->methods[i]->decl;
		if (d && d->unsupported)
			return -1;
	}
	TyBuf b = {0};
	bool ok = ty_implements_why(V, T, why ? why : &b, &c->qf);
	tybuf_free(&b);
	return ok;
}

static int assignable_to(Checker *c, Operand *x, Type *T, TyBuf *why);

typedef struct AssignArg {
	Checker *c;
	Operand *x;
	Type *T;
	TyBuf *why;
	bool unknown;
} AssignArg;

/* types2's cause for type parameters: msg, then the cause so far on the
 * next line. */
static void assign_cause(AssignArg *a, const char *msg)
{
	if (!a->why)
		return;
	TyBuf b = {0};
	tybuf_puts(&b, msg);
	if (a->why->len) {
		tybuf_puts(&b, "\n\t");
		tybuf_puts(&b, a->why->str);
	}
	tybuf_free(a->why);
	*a->why = b;
}

/* x is assignable to the term's type (of T's type set). */
static bool assignable_to_term(const Term *t, void *arg)
{
	AssignArg *a = arg;
	if (!t)
		return false;
	int r = assignable_to(a->c, a->x, t->type, a->why);
	if (r < 0)
		a->unknown = true;
	if (r == 0) {
		char msg[1024];
		snprintf(msg, sizeof msg, "cannot assign %s to %s (in %s)", ty_string(a->x->type, &a->c->qf),
			ty_string(t->type, &a->c->qf), ty_string(a->T, &a->c->qf));
		assign_cause(a, msg);
	}
	return r == 1;
}

/* A value of the term's type (of x's type set) is assignable to T. */
static bool assignable_from_term(const Term *t, void *arg)
{
	AssignArg *a = arg;
	if (!t)
		return false;
	Operand y = *a->x;
	y.type = t->type;
	int r = assignable_to(a->c, &y, a->T, a->why);
	if (r < 0)
		a->unknown = true;
	if (r == 0) {
		char msg[1024];
		snprintf(msg, sizeof msg, "cannot assign %s (in %s) to %s", ty_string(t->type, &a->c->qf),
			ty_string(a->x->type, &a->c->qf), ty_string(a->T, &a->c->qf));
		assign_cause(a, msg);
	}
	return r == 1;
}

int check_assignable_to(Checker *c, Operand *x, Type *T)
{
	return assignable_to(c, x, T, NULL);
}

static int assignable_to(Checker *c, Operand *x, Type *T, TyBuf *why)
{
	Type *V = x->type;
	if (x->mode == MODE_INVALID || T == c->ctx->invalid)
		return 1;
	if (ty_identical(V, T))
		return 1;
	Type *Vu = ty_underlying(V), *Tu = ty_underlying(T);
	bool Vp = ty_is_typeparam(V), Tp = ty_is_typeparam(T);
	if (ty_is_untyped(Vu)) {
		if (Tp) {
			/* assignable to each specific type of T's type set */
			ImplicitArg a = {c, x};
			return ty_typeparam_is(T, implicit_fits_term, &a);
		}
		Type *nt;
		Const v;
		bool has_v;
		implicit_type_and_value(c, x, T, &nt, &v, &has_v);
		return nt != NULL;
	}
	if (ty_identical(Vu, Tu) && (!ty_has_name(V) || !ty_has_name(T)) && !Vp && !Tp)
		return 1;
	if (Tu->kind == TY_INTERFACE && !Tp)
		return check_implements(c, V, T, why);
	if (Tu->kind == TY_POINTER && ty_is_interface(Tu->u.ptr.elem)) {
		/* types2's implements, for a pointer to an interface */
		if (why) {
			const char *ts = ty_string(T, &c->qf);
			tybuf_printf(why, "%s does not implement %s (type %s is pointer to interface, not interface)",
				ty_string(V, &c->qf), ts, ts);
		}
		return 0;
	}
	if (Vu->kind == TY_INTERFACE && !Vp) {
		/* not assignable; the reason says whether an assertion would do */
		int r = check_implements(c, T, V, NULL);
		if (r < 0)
			return -1;
		if (r && why)
			tybuf_puts(why, "need type assertion");
		return 0;
	}
	if (Vu->kind == TY_CHAN && Vu->u.chan.dir == DIR_SENDRECV && Tu->kind == TY_CHAN &&
	    ty_identical(Vu->u.chan.elem, Tu->u.chan.elem))
		return !ty_has_name(V) || !ty_has_name(T);
	if (!Vp && !Tp)
		return 0;
	/* type parameters: every specific type of the type set must do */
	AssignArg a = {c, x, T, why, 0};
	if (!ty_has_name(V) && Tp)
		return ty_typeparam_is(T, assignable_to_term, &a) ? 1 : a.unknown ? -1 : 0;
	if (Vp && !ty_has_name(T))
		return ty_typeparam_is(V, assignable_from_term, &a) ? 1 : a.unknown ? -1 : 0;
	return 0;
}

/* The context of an assignment as its errors name it: context, or for
 * an argument of a call of argof, "argument to F" (spelled only when an
 * error needs it: most calls have none). */
static const char *assign_context(Checker *c, const char *context, Node *argof, char *buf, size_t size)
{
	if (context)
		return context;
	snprintf(buf, size, "argument to %s", check_expr_string(c, argof));
	return buf;
}

static void assignment(Checker *c, Operand *x, Type *T, const char *context, Node *argof)
{
	TypeCtx *ctx = c->ctx;
	char cbuf[1100];
	switch (x->mode) {
	case MODE_INVALID:
		return;
	case MODE_CONSTANT: case MODE_VARIABLE: case MODE_MAPINDEX: case MODE_VALUE:
	case MODE_NILVALUE: case MODE_COMMAOK: case MODE_COMMAERR:
		break;
	default:
		check_unsupported(c);
		x->mode = MODE_INVALID;
		return;
	}
	if (ty_is_untyped(x->type)) {
		Type *target = T;
		if (x->mode == MODE_NILVALUE) {
			if (!T) {
				check_errorf(c, operand_pos(x), "use of untyped nil in %s",
					assign_context(c, context, argof, cbuf, sizeof cbuf));
				x->mode = MODE_INVALID;
				return;
			}
		} else if (!T || (ty_is_interface(T) && !ty_is_typeparam(T))) {
			target = ty_default(ctx, x->type);
		}
		Type *nt;
		Const v;
		bool has_v;
		int code = implicit_type_and_value(c, x, target, &nt, &v, &has_v);
		if (code) {
			TyBuf b = {0};
			check_operand_string(c, &b, x);
			const char *suffix = code == CODE_TRUNCATED ? " (truncated)" : code == CODE_OVERFLOW ? " (overflows)" : "";
			check_errorf(c, operand_pos(x), "cannot use %s as %s value in %s%s", b.str,
				ty_string(target, &c->qf), assign_context(c, context, argof, cbuf, sizeof cbuf), suffix);
			tybuf_free(&b);
			x->mode = MODE_INVALID;
			return;
		}
		if (has_v) {
			x->val = v;
			update_expr_val(x->expr, v);
		}
		if (nt != x->type) {
			x->type = nt;
			check_update_expr_type(c, x->expr, nt, false);
		}
	}
	if (!T)
		return;
	TyBuf why = {0};
	int ok = assignable_to(c, x, T, &why);
	if (ok < 0) {
		check_unsupported(c);
		x->mode = MODE_INVALID;
	} else if (!ok) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		if (why.len)
			check_errorf(c, operand_pos(x), "cannot use %s as type %s in %s:\n\t%s", b.str,
				ty_string(T, &c->qf), assign_context(c, context, argof, cbuf, sizeof cbuf), why.str);
		else
			check_errorf(c, operand_pos(x), "cannot use %s as type %s in %s", b.str,
				ty_string(T, &c->qf), assign_context(c, context, argof, cbuf, sizeof cbuf));
		tybuf_free(&b);
		x->mode = MODE_INVALID;
	}
	tybuf_free(&why);
}

void check_assignment(Checker *c, Operand *x, Type *T, const char *context)
{
	assignment(c, x, T, context, NULL);
}

void check_assignment_arg(Checker *c, Operand *x, Type *T, Node *fun)
{
	assignment(c, x, T, NULL, fun);
}

/* ==================================================================== */
/* Operators                                                             */
/* ==================================================================== */

static const char *op_string(Op op)
{
	return lex_opstr(op);
}

static Pos op_pos(Node *e)
{
	if (!e)
		return (Pos){0};
	if (e->kind == N_OPERATION)
		return e->pos;
	return parse_start_pos(e);
}

static const char *op_name(Node *e)
{
	if (!e || e->kind != N_OPERATION)
		return "";
	if (!e->u.op.y)
		return e->u.op.op == OP_XOR ? "bitwise complement" : "";
	switch (e->u.op.op) {
	case OP_ADD: return "addition";
	case OP_SUB: return "subtraction";
	case OP_XOR: return "bitwise XOR";
	case OP_MUL: return "multiplication";
	case OP_SHL: return "shift";
	default: return "";
	}
}

/* types2's overflow. */
static void overflow(Checker *c, Operand *x)
{
	if (const_kind(x->val) == CONST_UNKNOWN) {
		check_errorf(c, op_pos(x->expr), "constant result is not representable");
		return;
	}
	if (ty_is_typed(x->type)) {
		representable(c, x, ty_underlying(x->type));
		return;
	}
	if (const_kind(x->val) == CONST_INT && const_bitlen(x->val) > 512) {
		check_errorf(c, op_pos(x->expr), "constant %s overflow", op_name(x->expr));
		x->val = const_make_unknown();
	}
}

typedef bool (*TypePred)(Type *t);
static bool all_numeric(Type *t) { return ty_all_basic(t, BI_NUMERIC); }
static bool all_integer(Type *t) { return ty_all_basic(t, BI_INTEGER); }
static bool all_boolean(Type *t) { return ty_all_basic(t, BI_BOOLEAN); }
static bool all_string(Type *t) { return ty_all_basic(t, BI_STRING); }
static bool all_ordered(Type *t) { return ty_all_basic(t, BI_ORDERED); }
static bool all_numeric_or_string(Type *t) { return ty_all_basic(t, BI_NUMERIC | BI_STRING); }

static TypePred unary_pred(Op op)
{
	switch (op) {
	case OP_ADD: case OP_SUB: return all_numeric;
	case OP_XOR: return all_integer;
	case OP_NOT: return all_boolean;
	default: return NULL;
	}
}

static TypePred binary_pred(Op op)
{
	switch (op) {
	case OP_ADD: return all_numeric_or_string;
	case OP_SUB: case OP_MUL: case OP_DIV: return all_numeric;
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: return all_integer;
	case OP_ANDAND: case OP_OROR: return all_boolean;
	default: return NULL;
	}
}

static bool op_ok(Checker *c, TypePred pred, Operand *x, Op op)
{
	if (!pred) {
		check_errorf(c, operand_pos(x), "invalid AST: unknown operator %s", op_string(op));
		return false;
	}
	if (!pred(x->type)) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		check_errorf(c, operand_pos(x), "invalid operation: operator %s not defined on %s",
			op_string(op), b.str);
		tybuf_free(&b);
		return false;
	}
	return true;
}

static void unary(Checker *c, Operand *x, Node *e)
{
	Op op = e->u.op.op;
	check_expr(c, x, e->u.op.x);
	if (x->mode == MODE_INVALID)
		return;
	if (op == OP_RECV) {
		Type *u = ty_core_type(x->type);
		if (!u) {
			operand_errorf(c, x, "invalid operation: cannot receive from %s: no core type");
			x->mode = MODE_INVALID;
			return;
		}
		if (u->kind != TY_CHAN) {
			operand_errorf(c, x, "invalid operation: cannot receive from non-channel %s");
			x->mode = MODE_INVALID;
			return;
		}
		if (u->u.chan.dir == DIR_SEND) {
			operand_errorf(c, x, "invalid operation: cannot receive from send-only channel %s");
			x->mode = MODE_INVALID;
			return;
		}
		x->mode = MODE_COMMAOK;
		x->type = u->u.chan.elem;
		c->has_call_or_recv = true;
		return;
	}
	if (op == OP_AND) {
		/* spec: x may also be a composite literal */
		Node *arg = e->u.op.x;
		while (arg->kind == N_PAREN)
			arg = arg->u.paren.x;
		if (arg->kind != N_COMPOSITELIT && x->mode != MODE_VARIABLE) {
			operand_errorf(c, x, "invalid operation: cannot take address of %s");
			x->mode = MODE_INVALID;
			return;
		}
		x->mode = MODE_VALUE;
		x->type = ty_new_pointer(c->ctx, x->type);
		return;
	}
	if (op == OP_TILDE) {
		check_errorf(c, e->pos, "cannot use ~ outside of interface or type constraint");
		x->mode = MODE_INVALID;
		return;
	}
	if (!op_ok(c, unary_pred(op), x, op)) {
		x->mode = MODE_INVALID;
		return;
	}
	if (x->mode == MODE_CONSTANT) {
		if (const_kind(x->val) == CONST_UNKNOWN)
			return;
		unsigned prec = 0;
		if (ty_is_unsigned(x->type))
			prec = (unsigned)(ty_sizeof(c->ctx->sizes, x->type) * 8);
		x->val = const_unary(c->pool, op, x->val, prec);
		x->expr = e;
		overflow(c, x);
		return;
	}
	x->mode = MODE_VALUE;
}

static bool is_comparison(Op op)
{
	return is_comparison_op(op);
}

static const char *kind_string(Checker *c, Type *t)
{
	switch (ty_underlying(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_SIGNATURE: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	default: return ty_string(t, &c->qf);
	}
}

static void comparison(Checker *c, Operand *x, Operand *y, Op op, Node *e, bool switch_case)
{
	Operand *err_op = x;
	char cause[512] = "";
	int ok = assignable_to(c, x, y->type, NULL);
	if (ok == 0)
		ok = assignable_to(c, y, x->type, NULL);
	if (ok < 0) {
		check_unsupported(c);
		x->mode = MODE_INVALID;
		return;
	}
	if (!ok) {
		err_op = y;
		snprintf(cause, sizeof cause, "mismatched types %s and %s", ty_string(x->type, &c->qf),
			ty_string(y->type, &c->qf));
		goto error;
	}
	if (op == OP_EQL || op == OP_NEQ) {
		if (x->mode == MODE_NILVALUE || y->mode == MODE_NILVALUE) {
			Type *typ = x->mode == MODE_NILVALUE ? y->type : x->type;
			if (!ty_has_nil(typ)) {
				err_op = y;
				goto error;
			}
		} else if (!ty_comparable(x->type)) {
			err_op = x;
			goto incomparable;
		} else if (!ty_comparable(y->type)) {
			err_op = y;
			goto incomparable;
		}
	} else {
		if (!all_ordered(x->type)) {
			err_op = x;
			goto error;
		}
		if (!all_ordered(y->type)) {
			err_op = y;
			goto error;
		}
	}
	if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
		x->val = const_make_bool(const_compare(x->val, op, y->val));
	} else {
		x->mode = MODE_VALUE;
		check_update_expr_type(c, x->expr, ty_default(c->ctx, x->type), true);
		check_update_expr_type(c, y->expr, ty_default(c->ctx, y->type), true);
	}
	x->type = c->ctx->typ[B_UNTYPED_BOOL];
	return;

incomparable: {
	/* types2's incomparableCause */
	Type *u = ty_underlying(err_op->type);
	if (u->kind == TY_SLICE || u->kind == TY_SIGNATURE || u->kind == TY_MAP) {
		snprintf(cause, sizeof cause, "%s can only be compared to nil", kind_string(c, err_op->type));
	} else if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->u.strct.nfields; i++) {
			Type *ft = u->u.strct.fields[i]->type;
			if (!ty_comparable(ft)) {
				snprintf(cause, sizeof cause, "struct containing %s cannot be compared",
					ty_string(ft, &c->qf));
				break;
			}
		}
	} else if (u->kind == TY_ARRAY) {
		snprintf(cause, sizeof cause, "%s cannot be compared", ty_string(u, &c->qf));
	}
}
error:
	if (!cause[0] && (ty_is_typeparam(x->type) || ty_is_typeparam(y->type))) {
		if (!ty_is_typeparam(x->type))
			err_op = y;
		snprintf(cause, sizeof cause, "type parameter %s is not comparable with %s",
			ty_string(err_op->type, &c->qf), op_string(op));
	}
	if (!cause[0])
		snprintf(cause, sizeof cause, "operator %s not defined on %s", op_string(op),
			kind_string(c, err_op->type));
	if (switch_case)
		check_errorf(c, operand_pos(x), "invalid case %s in switch on %s (%s)",
			check_expr_string(c, x->expr), y->expr ? check_expr_string(c, y->expr) : "true", cause);
	else
		check_errorf(c, operand_pos(err_op), "invalid operation: %s %s %s (%s)",
			check_expr_string(c, x->expr), op_string(op), check_expr_string(c, y->expr), cause);
	(void)e;
	x->mode = MODE_INVALID;
}

static void shift(Checker *c, Operand *x, Operand *y, Node *e, Op op)
{
	Const xval = {0};
	bool have_xval = false;
	if (x->mode == MODE_CONSTANT) {
		xval = const_to_int(c->pool, x->val);
		have_xval = true;
	}
	if (all_integer(x->type) ||
	    (ty_is_untyped(x->type) && have_xval && const_kind(xval) == CONST_INT)) {
		/* fine */
	} else {
		operand_errorf(c, x, "invalid operation: shifted operand %s must be integer");
		x->mode = MODE_INVALID;
		return;
	}
	if (y->mode == MODE_CONSTANT) {
		Const yval = const_to_int(c->pool, y->val);
		if (const_kind(yval) == CONST_INT && const_sign(yval) < 0) {
			operand_errorf(c, y, "invalid operation: negative shift count %s");
			x->mode = MODE_INVALID;
			return;
		}
		if (ty_is_untyped(y->type)) {
			representable(c, y, c->ctx->typ[B_UINT]);
			if (y->mode == MODE_INVALID) {
				x->mode = MODE_INVALID;
				return;
			}
		}
	} else {
		if (all_integer(y->type)) {
			/* fine (go1.13 or later) */
		} else if (ty_is_untyped(y->type)) {
			check_convert_untyped(c, y, c->ctx->typ[B_UINT]);
			if (y->mode == MODE_INVALID) {
				x->mode = MODE_INVALID;
				return;
			}
		} else {
			operand_errorf(c, y, "invalid operation: shift count %s must be integer");
			x->mode = MODE_INVALID;
			return;
		}
	}
	if (x->mode == MODE_CONSTANT) {
		if (y->mode == MODE_CONSTANT) {
			if (const_kind(x->val) == CONST_UNKNOWN || const_kind(y->val) == CONST_UNKNOWN) {
				x->val = const_make_unknown();
				if (!ty_is_integer(x->type))
					x->type = c->ctx->typ[B_UNTYPED_INT];
				return;
			}
			bool exact;
			uint64_t s = const_uint64_val(y->val, &exact);
			if (!exact || s > 1023 - 1 + 52) {
				operand_errorf(c, y, "invalid operation: invalid shift count %s");
				x->mode = MODE_INVALID;
				return;
			}
			if (!ty_is_integer(x->type))
				x->type = c->ctx->typ[B_UNTYPED_INT];
			x->val = const_shift(c->pool, xval, op, s);
			x->expr = e;
			overflow(c, x);
			return;
		}
		if (ty_is_untyped(x->type)) {
			/* spec: the constant takes the type the shift expression
			 * would have if it were the left operand alone: known
			 * later (updateExprType) */
			if (x->expr && x->expr->ti && x->expr->ti->untyped)
				x->expr->ti->is_lhs = true;
			x->mode = MODE_VALUE;
			return;
		}
	}
	if (!all_integer(x->type)) {
		operand_errorf(c, x, "invalid operation: shifted operand %s must be integer");
		x->mode = MODE_INVALID;
		return;
	}
	x->mode = MODE_VALUE;
}

static bool is_non_tparam_interface(Type *t)
{
	return !ty_is_typeparam(t) && ty_is_interface(t);
}

static void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, Op op)
{
	Operand y = {0};
	check_expr(c, x, lhs);
	check_expr(c, &y, rhs);
	if (x->mode == MODE_INVALID)
		return;
	if (y.mode == MODE_INVALID) {
		x->mode = MODE_INVALID;
		x->expr = y.expr;
		return;
	}
	if (op == OP_SHL || op == OP_SHR) {
		shift(c, x, &y, e, op);
		return;
	}
	bool can_mix = true;
	if (!(is_non_tparam_interface(x->type) || is_non_tparam_interface(y.type))) {
		if (all_boolean(x->type) != all_boolean(y.type))
			can_mix = false;
		else if (all_string(x->type) != all_string(y.type))
			can_mix = false;
		else if (x->mode == MODE_NILVALUE && !ty_has_nil(y.type))
			can_mix = false;
		else if (y.mode == MODE_NILVALUE && !ty_has_nil(x->type))
			can_mix = false;
	}
	if (can_mix) {
		check_convert_untyped(c, x, y.type);
		if (x->mode == MODE_INVALID)
			return;
		check_convert_untyped(c, &y, x->type);
		if (y.mode == MODE_INVALID) {
			x->mode = MODE_INVALID;
			return;
		}
	}
	if (is_comparison(op)) {
		comparison(c, x, &y, op, e, false);
		return;
	}
	if (!ty_identical(x->type, y.type)) {
		if (x->type != c->ctx->invalid && y.type != c->ctx->invalid) {
			const char *xs = ty_string(x->type, &c->qf), *ys = ty_string(y.type, &c->qf);
			check_errorf(c, operand_pos(x), "invalid operation: %s (mismatched types %s and %s)",
				check_expr_string(c, e), xs, ys);
		}
		x->mode = MODE_INVALID;
		return;
	}
	if (!op_ok(c, binary_pred(op), x, op)) {
		x->mode = MODE_INVALID;
		return;
	}
	if (op == OP_DIV || op == OP_REM) {
		if ((x->mode == MODE_CONSTANT || all_integer(x->type)) && y.mode == MODE_CONSTANT &&
		    const_sign(y.val) == 0) {
			check_errorf(c, operand_pos(&y), "invalid operation: division by zero");
			x->mode = MODE_INVALID;
			return;
		}
		if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT && ty_is_complex(x->type) &&
		    const_complex_divisor_zero(y.val)) {
			check_errorf(c, operand_pos(&y), "invalid operation: division by zero");
			x->mode = MODE_INVALID;
			return;
		}
	}
	if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
		if (const_kind(x->val) == CONST_UNKNOWN || const_kind(y.val) == CONST_UNKNOWN) {
			x->val = const_make_unknown();
			return;
		}
		if (op == OP_DIV && ty_is_integer(x->type))
			x->val = const_quo_int(c->pool, x->val, y.val);
		else
			x->val = const_binary(c->pool, x->val, op, y.val);
		x->expr = e;
		overflow(c, x);
		return;
	}
	x->mode = MODE_VALUE;
}

void check_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, Op op)
{
	binary(c, x, e, lhs, rhs, op);
}

void check_comparison(Checker *c, Operand *x, Operand *y, Op op, bool switch_case)
{
	comparison(c, x, y, op, NULL, switch_case);
}

/* ==================================================================== */
/* Expressions                                                           */
/* ==================================================================== */

static void expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
static void single_value(Checker *c, Operand *x);

/* types2's isValidIndex. */
bool check_is_valid_index(Checker *c, Operand *x, const char *what, bool allow_negative)
{
	if (x->mode == MODE_INVALID)
		return false;
	check_convert_untyped(c, x, c->ctx->typ[B_INT]);
	if (x->mode == MODE_INVALID)
		return false;
	TyBuf b = {0};
	bool ok = true;
	if (!all_integer(x->type)) {
		check_operand_string(c, &b, x);
		check_errorf(c, operand_pos(x), "invalid argument: %s %s must be integer", what, b.str);
		ok = false;
	} else if (x->mode == MODE_CONSTANT) {
		if (!allow_negative && const_sign(x->val) < 0) {
			check_operand_string(c, &b, x);
			check_errorf(c, operand_pos(x), "invalid argument: %s %s must not be negative", what, b.str);
			ok = false;
		} else if (!check_representable_const(c, x->val, c->ctx->typ[B_INT], &x->val)) {
			check_operand_string(c, &b, x);
			check_errorf(c, operand_pos(x), "invalid argument: %s %s overflows int", what, b.str);
			ok = false;
		}
	}
	tybuf_free(&b);
	return ok;
}

/* types2's index: *val the constant index, or -1; false when invalid. */
static bool check_index(Checker *c, Node *index, int64_t max, int64_t *val)
{
	*val = -1;
	Operand x = {0};
	check_expr(c, &x, index);
	if (!check_is_valid_index(c, &x, "index", false))
		return false;
	if (x.mode != MODE_CONSTANT)
		return true;
	if (const_kind(x.val) == CONST_UNKNOWN)
		return false;
	bool exact;
	int64_t v = const_int64_val(x.val, &exact);
	if (max >= 0 && v >= max) {
		char *vs = const_string(x.val);
		check_errorf(c, operand_pos(&x), "invalid argument: index %s out of bounds [0:%lld]", vs, (long long)max);
		free(vs);
		return false;
	}
	*val = v;
	return true;
}

void check_index_arg(Checker *c, Node *index, int64_t *val)
{
	check_index(c, index, -1, val);
}

/* A set of array indices (open addressing; slot 0 means empty, so an
 * index i is stored as i + 1): indexedElts' visited map, linear in the
 * number of elements however their keys are ordered. */
typedef struct IndexSet {
	uint64_t *slot;
	size_t cap, n;          /* cap a power of two, or 0 */
} IndexSet;

/* Add i; false if it was there. */
static bool index_set_add(IndexSet *s, int64_t i)
{
	if (2 * (s->n + 1) > s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		IndexSet t = {xmalloc(cap * sizeof *t.slot), cap, 0};
		memset(t.slot, 0, cap * sizeof *t.slot);
		for (size_t k = 0; k < s->cap; k++)
			if (s->slot[k])
				index_set_add(&t, (int64_t)(s->slot[k] - 1));
		free(s->slot);
		*s = t;
	}
	uint64_t v = (uint64_t)i + 1, h = v * 0x9E3779B97F4A7C15u;
	for (size_t k = (size_t)(h >> 32) & (s->cap - 1);; k = (k + 1) & (s->cap - 1)) {
		if (s->slot[k] == v)
			return false;
		if (!s->slot[k]) {
			s->slot[k] = v;
			s->n++;
			return true;
		}
	}
}

/* types2's indexedElts: the length the elements give. */
static int64_t indexed_elts(Checker *c, NodeList elts, Type *typ, int64_t length)
{
	IndexSet seen = {0};    /* visited indices */
	int64_t index = 0, max = 0;
	for (int i = 0; i < elts.n; i++) {
		Node *e = elts.v[i], *eval = e;
		bool valid = false;
		if (e->kind == N_KEYVALUE) {
			int64_t k;
			if (check_index(c, e->u.kv.key, length, &k)) {
				if (k >= 0) {
					index = k;
					valid = true;
				} else {
					check_errorf(c, parse_start_pos(e), "index %s must be integer constant",
						check_expr_string(c, e->u.kv.key));
				}
			}
			eval = e->u.kv.val;
		} else if (length >= 0 && index >= length) {
			check_errorf(c, parse_start_pos(e), "index %lld is out of bounds (>= %lld)",
				(long long)index, (long long)length);
		} else {
			valid = true;
		}
		if (valid && !index_set_add(&seen, index))
			check_errorf(c, parse_start_pos(e), "duplicate index %lld in array or slice literal",
				(long long)index);
		index++;
		if (index > max)
			max = index;
		Operand x = {0};
		expr_with_hint(c, &x, eval, typ);
		check_assignment(c, &x, typ, "array or slice literal");
	}
	free(seen.slot);
	return max;
}

/* go/types' keyVal: what a constant map key is compared as (Go values
 * of different dynamic types never collide). */
typedef struct KeyVal {
	enum { KV_OTHER, KV_I64, KV_U64, KV_F64, KV_C128, KV_STR, KV_BOOL } kind;
	int64_t i;
	uint64_t u;
	double f, im;
	const char *s;
	size_t len;
} KeyVal;

static KeyVal key_val(Checker *c, Const x)
{
	KeyVal k = {0};
	bool exact;
	switch (const_kind(x)) {
	case CONST_COMPLEX: {
		Const f = const_to_float(c->pool, x);
		if (const_kind(f) != CONST_FLOAT) {
			k.kind = KV_C128;
			k.f = const_float64_val(const_real(x), &exact);
			k.im = const_float64_val(const_imag(x), &exact);
			return k;
		}
		x = f;
	}
		/* fall through */
	case CONST_FLOAT: {
		Const i = const_to_int(c->pool, x);
		if (const_kind(i) != CONST_INT) {
			k.kind = KV_F64;
			k.f = const_float64_val(x, &exact);
			return k;
		}
		x = i;
	}
		/* fall through */
	case CONST_INT:
		k.i = const_int64_val(x, &exact);
		if (exact) {
			k.kind = KV_I64;
			return k;
		}
		k.u = const_uint64_val(x, &exact);
		if (exact) {
			k.kind = KV_U64;
			return k;
		}
		return k;
	case CONST_STRING:
		k.kind = KV_STR;
		k.s = const_string_val(x, &k.len);
		return k;
	case CONST_BOOL:
		k.kind = KV_BOOL;
		k.i = const_bool_val(x);
		return k;
	default:
		return k;
	}
}

static bool key_val_equal(const KeyVal *a, const KeyVal *b)
{
	if (a->kind != b->kind || a->kind == KV_OTHER)
		return false;
	switch (a->kind) {
	case KV_I64: case KV_BOOL: return a->i == b->i;
	case KV_U64: return a->u == b->u;
	case KV_F64: return a->f == b->f;
	case KV_C128: return a->f == b->f && a->im == b->im;
	case KV_STR: return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
	default: return false;
	}
}

/* A hash agreeing with key_val_equal (0.0 and -0.0 are equal). */
static uint64_t key_val_hash(const KeyVal *k)
{
	uint64_t h = (uint64_t)k->kind * 0x9e3779b97f4a7c15ull, w = 0;
	switch (k->kind) {
	case KV_I64: case KV_BOOL: w = (uint64_t)k->i; break;
	case KV_U64: w = k->u; break;
	case KV_F64: case KV_C128: {
		double f = k->f == 0 ? 0 : k->f, im = k->im == 0 ? 0 : k->im;
		uint64_t a, b;
		memcpy(&a, &f, sizeof a);
		memcpy(&b, &im, sizeof b);
		w = a ^ (b * 0xc4ceb9fe1a85ec53ull);
		break;
	}
	case KV_STR:
		for (size_t i = 0; i < k->len; i++)
			w = (w ^ (unsigned char)k->s[i]) * 0x100000001b3ull;
		break;
	default: break;
	}
	h = (h ^ w) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}

/* The map literal case of types2's composite literals.  The constant
 * keys seen are found again through a hash table (slots hold an index
 * into seen plus one): a table literal has thousands. */
static void map_lit(Checker *c, NodeList elts, Type *key, Type *elem)
{
	bool key_iface = ty_is_interface(key) && !ty_is_typeparam(key);
	KeyVal *seen = xmalloc((size_t)(elts.n + 1) * sizeof *seen);
	Type **seen_t = xmalloc((size_t)(elts.n + 1) * sizeof *seen_t);
	int nseen = 0;
	uint32_t nslots = 16;
	while (nslots < 2 * (uint32_t)(elts.n + 1))
		nslots *= 2;
	int *slots = xmalloc(nslots * sizeof *slots);
	memset(slots, 0, nslots * sizeof *slots);
	for (int i = 0; i < elts.n; i++) {
		Node *kv = elts.v[i];
		if (kv->kind != N_KEYVALUE) {
			check_errorf(c, parse_start_pos(kv), "missing key in map literal");
			continue;
		}
		Operand x = {0};
		expr_with_hint(c, &x, kv->u.kv.key, key);
		check_assignment(c, &x, key, "map literal");
		if (x.mode == MODE_INVALID)
			continue;
		if (x.mode == MODE_CONSTANT) {
			KeyVal k = key_val(c, x.val);
			bool dup = false;
			uint32_t at = (uint32_t)key_val_hash(&k) & (nslots - 1);
			/* (a key of no comparable kind equals none) */
			for (; k.kind != KV_OTHER && slots[at] && !dup; at = (at + 1) & (nslots - 1)) {
				int j = slots[at] - 1;
				dup = key_val_equal(&seen[j], &k) && (!key_iface || ty_identical(seen_t[j], x.type));
			}
			if (dup) {
				char *vs = const_string(x.val);
				check_errorf(c, operand_pos(&x), "duplicate key %s in map literal", vs);
				free(vs);
				continue;
			}
			seen[nseen] = k;
			seen_t[nseen++] = x.type;
			if (k.kind != KV_OTHER)
				slots[at] = nseen;
		}
		Operand v = {0};
		expr_with_hint(c, &v, kv->u.kv.val, elem);
		check_assignment(c, &v, elem, "map literal");
	}
	free(seen);
	free(seen_t);
	free(slots);
}

/* The index of the field name in st, as types2's fieldIndex: -1 when
 * there is none. */
static int field_index(Checker *c, Type *st, Sym *name)
{
	if (check_is_blank(name))
		return -1;
	for (int i = 0; i < st->u.strct.nfields; i++)
		if (obj_same_id(st->u.strct.fields[i], c->pkg, name))
			return i;
	return -1;
}

/* types2's composite literal case of exprInternal, for structs, arrays
 * and slices (map literals and keyed array elements: not yet). */
static bool composite_lit(Checker *c, Operand *x, Node *e, Type *hint)
{
	TypeCtx *ctx = c->ctx;
	Type *typ, *base;
	Node *te = e->u.clit.type;
	if (te) {
		if (te->kind == N_ARRAYTYPE && !te->u.array.len) {
			typ = ty_new_array(ctx, check_var_type(c, te->u.array.elem), -1);
			base = typ;
		} else {
			typ = check_typ(c, te);
			base = typ;
		}
	} else if (hint) {
		typ = hint;
		bool is_ptr;
		base = ty_deref(ty_core_type(typ) ? ty_core_type(typ) : typ, &is_ptr);
	} else {
		check_errorf(c, parse_start_pos(e), "missing type in composite literal");
		return false;
	}
	if (base->kind == TY_NAMED && !base->u.named.underlying && !base->u.named.resolve) {
		/* the type is still being declared */
		check_errorf(c, parse_start_pos(e), "illegal cycle in type declaration");
		return false;
	}
	/* an instance's underlying type is made on demand (substituted), so
	 * only a declaration that could not be checked stops us here */
	if (base->kind == TY_NAMED && base->u.named.obj && base->u.named.obj->decl &&
	    ((DeclInfo *)base->u.named.obj->decl)->unsupported) {
		check_unsupported(c);
		return false;
	}
	Type *u = ty_core_type(base);
	NodeList elts = e->u.clit.elems;
	if (!u) {
		/* a type parameter without core type */
		check_errorf(c, parse_start_pos(e), "invalid composite literal type %s", ty_string(typ, &c->qf));
		return false;
	}
	switch (u->kind) {
	case TY_STRUCT: {
		if (elts.n == 0)
			break;
		int nf = u->u.strct.nfields;
		if (elts.v[0]->kind == N_KEYVALUE) {
			bool *visited = xmalloc((size_t)(nf + 1) * sizeof *visited);
			memset(visited, 0, (size_t)(nf + 1) * sizeof *visited);
			for (int i = 0; i < elts.n; i++) {
				Node *kv = elts.v[i];
				if (kv->kind != N_KEYVALUE) {
					check_errorf(c, parse_start_pos(kv), "mixture of field:value and value elements in struct literal");
					continue;
				}
				Node *key = kv->u.kv.key;
				Operand v = {0};
				check_expr(c, &v, kv->u.kv.val);
				if (key->kind != N_NAME) {
					check_errorf(c, parse_start_pos(kv), "invalid field name %s in struct literal",
						check_expr_string(c, key));
					continue;
				}
				int k = field_index(c, u, key->u.name.sym);
				if (k < 0) {
					check_errorf(c, key->pos, "unknown field '%s' in struct literal of type %s",
						key->u.name.sym->name, ty_string(base, &c->qf));
					continue;
				}
				Object *fld = u->u.strct.fields[k];
				check_ti(c, key)->obj = fld;
				check_assignment(c, &v, fld->type, "struct literal");
				if (visited[k]) {
					check_errorf(c, parse_start_pos(kv), "duplicate field name %s in struct literal",
						key->u.name.sym->name);
					continue;
				}
				visited[k] = true;
			}
			free(visited);
		} else {
			for (int i = 0; i < elts.n; i++) {
				Node *el = elts.v[i];
				if (el->kind == N_KEYVALUE) {
					check_errorf(c, parse_start_pos(el), "mixture of field:value and value elements in struct literal");
					continue;
				}
				Operand v = {0};
				check_expr(c, &v, el);
				if (i >= nf) {
					TyBuf b = {0};
					check_errorf(c, operand_pos(&v), "too many values in %s{…}", ty_string(base, &c->qf));
					tybuf_free(&b);
					break;
				}
				Object *fld = u->u.strct.fields[i];
				if (!obj_exported(fld) && fld->pkg != c->pkg) {
					check_errorf(c, operand_pos(&v), "implicit assignment to unexported field %s in %s literal",
						fld->name->name, ty_string(base, &c->qf));
					continue;
				}
				check_assignment(c, &v, fld->type, "struct literal");
			}
			if (elts.n < nf) {
				/* at the closing brace */
				check_errorf(c, e->u.clit.rbrace, "too few values in %s{…}", ty_string(base, &c->qf));
			}
		}
		break;
	}
	case TY_ARRAY: {
		int64_t n = indexed_elts(c, elts, u->u.array.elem, u->u.array.len);
		if (u->u.array.len < 0) {
			u->u.array.len = n;
			if (te) {
				TypeInfo *ti = check_ti(c, te);
				ti->type = u;
				ti->mode = MODE_TYPEXPR;
			}
		}
		break;
	}
	case TY_SLICE:
		indexed_elts(c, elts, u->u.slice.elem, -1);
		break;
	case TY_MAP:
		map_lit(c, elts, u->u.map.key, u->u.map.elem);
		break;
	default:
		/* the elements are used (a keyed one's value only: its key
		 * may be a field name); an invalid type was reported before,
		 * and the literal keeps it (an instance with the wrong number
		 * of type arguments) */
		for (int i = 0; i < elts.n; i++) {
			Node *el = elts.v[i];
			if (el->kind == N_KEYVALUE)
				el = el->u.kv.val;
			if (el->kind == N_NAME && check_is_blank(el->u.name.sym))
				continue;
			Operand y = {0};
			check_raw_expr(c, &y, el, NULL);
		}
		if (u != ctx->invalid) {
			check_errorf(c, parse_start_pos(e), "invalid composite literal type %s", ty_string(typ, &c->qf));
			return false;
		}
		break;
	}
	x->mode = MODE_VALUE;
	x->type = typ;
	return true;
}

static void expr_internal(Checker *c, Operand *x, Node *e, Type *hint);
static void exclude(Checker *c, Operand *x, unsigned modeset);

typedef struct IndexArg {
	Checker *c;
	Operand *x;
	Type *key, *elem;
	OperandMode mode;
	int64_t length;
} IndexArg;

/* One type of the type set of the indexed type parameter. */
static bool index_under(Type *u, void *arg)
{
	IndexArg *a = arg;
	int64_t l = -1;
	Type *k = NULL, *el = NULL;
	if (!u)
		return false;
	switch (u->kind) {
	case TY_BASIC:
		if (ty_is_string(u)) {
			el = a->c->ctx->byte_type;
			a->mode = MODE_VALUE;
		}
		break;
	case TY_ARRAY:
		l = u->u.array.len;
		el = u->u.array.elem;
		if (a->x->mode != MODE_VARIABLE)
			a->mode = MODE_VALUE;
		break;
	case TY_POINTER: {
		Type *arr = ty_underlying(u->u.ptr.elem);
		if (arr->kind == TY_ARRAY) {
			l = arr->u.array.len;
			el = arr->u.array.elem;
		}
		break;
	}
	case TY_SLICE:
		el = u->u.slice.elem;
		break;
	case TY_MAP:
		k = u->u.map.key;
		el = u->u.map.elem;
		break;
	default:
		break;
	}
	if (!el)
		return false;
	if (!a->elem) {
		a->length = l;
		a->key = k;
		a->elem = el;
		return true;
	}
	if ((a->key == NULL) != (k == NULL) || (k && !ty_identical(a->key, k)))
		return false;
	if (!ty_identical(a->elem, el))
		return false;
	if (l >= 0 && l < a->length)
		a->length = l;
	return true;
}

/* types2's indexExpr: 0 when x is invalid, 2
 * when x is a generic function to instantiate (x unchanged), else 1. */
static int index_expr(Checker *c, Operand *x, Node *e)
{
	TypeCtx *ctx = c->ctx;
	expr_internal(c, x, e->u.index.x, NULL);
	record_operand(c, x);
	exclude(c, x, 1u << MODE_NOVALUE);
	if (x->mode == MODE_INVALID)
		return false;
	if (x->mode == MODE_TYPEXPR) {
		x->type = check_var_type(c, e);
		return x->type != ctx->invalid;
	}
	if (x->mode == MODE_VALUE && x->type->kind == TY_SIGNATURE && x->type->u.sig.ntparams)
		return 2;   /* function instantiation */
	if (ty_is_generic(x->type) || check_type_unsupported(c, x->type)) {
		check_unsupported(c);
		return false;
	}
	bool valid = false;
	int64_t length = -1;
	Type *u = ty_underlying(x->type);
	switch (u->kind) {
	case TY_BASIC:
		if (ty_is_string(u)) {
			valid = true;
			if (x->mode == MODE_CONSTANT) {
				size_t n;
				const_string_val(x->val, &n);
				length = (int64_t)n;
			}
			x->mode = MODE_VALUE;
			x->type = ctx->byte_type;
		}
		break;
	case TY_ARRAY:
		valid = true;
		length = u->u.array.len;
		if (x->mode != MODE_VARIABLE)
			x->mode = MODE_VALUE;
		x->type = u->u.array.elem;
		break;
	case TY_POINTER: {
		Type *a = ty_underlying(u->u.ptr.elem);
		if (a->kind == TY_ARRAY) {
			valid = true;
			length = a->u.array.len;
			x->mode = MODE_VARIABLE;
			x->type = a->u.array.elem;
		}
		break;
	}
	case TY_SLICE:
		valid = true;
		x->mode = MODE_VARIABLE;
		x->type = u->u.slice.elem;
		break;
	case TY_INTERFACE: {
		if (!ty_is_typeparam(x->type))
			break;
		/* every type of the type set indexes alike: the same element
		 * type, maps all with the same key */
		IndexArg a = {c, x, NULL, NULL, MODE_VARIABLE, -1};
		if (ty_typeparam_under_is(x->type, index_under, &a)) {
			if (a.key) {
				Node *index = e->u.index.index;
				if (index->kind == N_LIST) {
					if (index->u.list.elems.n > 1)
						check_errorf(c, parse_start_pos(index->u.list.elems.v[1]),
							"invalid operation: more than one index");
					index = index->u.list.elems.v[0];
				}
				Operand key = {0};
				check_expr(c, &key, index);
				check_assignment(c, &key, a.key, "map index");
				x->mode = MODE_MAPINDEX;
				x->type = a.elem;
				return 1;
			}
			valid = true;
			length = a.length;
			x->mode = a.mode;
			x->type = a.elem;
		}
		break;
	}
	default:
		break;
	}
	Node *index = e->u.index.index;
	if (index->kind == N_LIST) {
		if (index->u.list.elems.n > 1)
			check_errorf(c, parse_start_pos(index->u.list.elems.v[1]), "invalid operation: more than one index");
		index = index->u.list.elems.v[0];
	}
	if (u->kind == TY_MAP) {
		Operand key = {0};
		check_expr(c, &key, index);
		check_assignment(c, &key, u->u.map.key, "map index");
		x->mode = MODE_MAPINDEX;
		x->type = u->u.map.elem;
		return true;
	}
	if (!valid) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		check_errorf(c, e->pos, "invalid operation: cannot index %s", b.str);
		tybuf_free(&b);
		return false;
	}
	int64_t v;
	check_index(c, index, length, &v);
	return true;
}

/* types2's sliceExpr: false when x is invalid. */
static bool slice_expr(Checker *c, Operand *x, Node *e)
{
	TypeCtx *ctx = c->ctx;
	check_expr(c, x, e->u.slice.x);
	if (x->mode == MODE_INVALID)
		return false;
	if (check_type_unsupported(c, x->type)) {
		check_unsupported(c);
		return false;
	}
	bool valid = false;
	int64_t length = -1;
	Type *u = ty_core_string(x->type);
	if (!u) {
		TyBuf b = {0};
		check_operand_string(c, &b, x);
		check_errorf(c, operand_pos(x), "invalid operation: cannot slice %s: %s has no core type", b.str,
			ty_string(x->type, &c->qf));
		tybuf_free(&b);
		return false;
	}
	bool full = e->u.slice.full;
	switch (u->kind) {
	case TY_BASIC:
		if (ty_is_string(u)) {
			if (full) {
				Node *at = e->u.slice.idx[2] ? e->u.slice.idx[2] : e;
				check_errorf(c, parse_start_pos(at), "invalid operation: 3-index slice of string");
				return false;
			}
			valid = true;
			if (x->mode == MODE_CONSTANT) {
				size_t n;
				const_string_val(x->val, &n);
				length = (int64_t)n;
			}
			if (ty_is_untyped(x->type))
				x->type = ctx->typ[B_STRING];
		}
		break;
	case TY_ARRAY:
		valid = true;
		length = u->u.array.len;
		if (x->mode != MODE_VARIABLE) {
			operand_errorf(c, x, "invalid operation: %s (slice of unaddressable value)");
			return false;
		}
		x->type = ty_new_slice(ctx, u->u.array.elem);
		break;
	case TY_POINTER: {
		Type *a = ty_underlying(u->u.ptr.elem);
		if (a->kind == TY_ARRAY) {
			valid = true;
			length = a->u.array.len;
			x->type = ty_new_slice(ctx, a->u.array.elem);
		}
		break;
	}
	case TY_SLICE:
		valid = true;
		break;
	default:
		break;
	}
	if (!valid) {
		operand_errorf(c, x, "invalid operation: cannot slice %s");
		return false;
	}
	x->mode = MODE_VALUE;
	if (full && (!e->u.slice.idx[1] || !e->u.slice.idx[2])) {
		check_errorf(c, e->pos, "invalid AST: 2nd and 3rd index required in 3-index slice");
		return false;
	}
	int nidx = full ? 3 : 2;
	int64_t ind[3] = {-1, -1, -1};
	for (int i = 0; i < nidx; i++) {
		Node *ie = e->u.slice.idx[i];
		int64_t v = -1;
		if (ie) {
			int64_t max = length >= 0 ? length + 1 : -1;
			int64_t k;
			if (check_index(c, ie, max, &k) && k >= 0)
				v = k;
		} else if (i == 0) {
			v = 0;
		} else if (length >= 0) {
			v = length;
		}
		ind[i] = v;
	}
	for (int i = 0; i < nidx - 1; i++) {
		if (ind[i] <= 0)
			continue;
		for (int j = i + 1; j < nidx; j++) {
			if (ind[j] >= 0 && ind[j] < ind[i]) {
				check_errorf(c, parse_start_pos(e->u.slice.idx[j]), "invalid slice indices: %lld < %lld",
					(long long)ind[j], (long long)ind[i]);
				return true;
			}
		}
	}
	return true;
}

/* types2's exprInternal, for the expressions this session checks. */
typedef struct DerefArg {
	Checker *c;
	Operand *x;
	Type *base;
} DerefArg;

static bool deref_under(Type *u, void *arg)
{
	DerefArg *a = arg;
	if (!u || u->kind != TY_POINTER) {
		operand_errorf(a->c, a->x, "invalid operation: cannot indirect %s");
		return false;
	}
	if (a->base && !ty_identical(u->u.ptr.elem, a->base)) {
		operand_errorf(a->c, a->x, "invalid operation: pointers of %s must have identical base types");
		return false;
	}
	a->base = u->u.ptr.elem;
	return true;
}

static void expr_internal(Checker *c, Operand *x, Node *e, Type *hint)
{
	(void)hint;
	TypeCtx *ctx = c->ctx;
	x->mode = MODE_INVALID;
	x->type = ctx->invalid;
	switch (e->kind) {
	case N_BAD:
		goto error;
	case N_NAME:
		check_ident(c, x, e, false);
		break;
	case N_BASICLIT: {
		if (e->u.lit.bad)
			goto error;
		LitKind k = e->u.lit.kind;
		if ((k == LIT_INT || k == LIT_FLOAT || k == LIT_IMAG) && e->u.lit.len > 10000) {
			check_errorf(c, e->pos, "excessively long constant: %.10s... (%d chars)", e->u.lit.val,
				e->u.lit.len);
			goto error;
		}
		Const v = const_from_literal(c->pool, k, e->u.lit.val, (size_t)e->u.lit.len);
		if (const_kind(v) == CONST_UNKNOWN) {
			check_errorf(c, e->pos, "malformed constant: %.*s", e->u.lit.len, e->u.lit.val);
			goto error;
		}
		BasicKind bk = k == LIT_INT ? B_UNTYPED_INT : k == LIT_FLOAT ? B_UNTYPED_FLOAT
			: k == LIT_IMAG ? B_UNTYPED_COMPLEX : k == LIT_RUNE ? B_UNTYPED_RUNE : B_UNTYPED_STRING;
		x->mode = MODE_CONSTANT;
		x->type = ctx->typ[bk];
		x->val = v;
		break;
	}
	case N_PAREN:
		check_raw_expr(c, x, e->u.paren.x, NULL);
		x->expr = e;
		return;
	case N_INDEX: {
		int r = index_expr(c, x, e);
		if (r == 2)
			check_func_inst(c, x, e);
		if (r == 0 || x->mode == MODE_INVALID)
			goto error;
		break;
	}
	case N_SLICE:
		if (!slice_expr(c, x, e))
			goto error;
		break;
	case N_ASSERT: {
		check_expr(c, x, e->u.assert.x);
		if (x->mode == MODE_INVALID)
			goto error;
		if (ty_is_typeparam(x->type)) {
			operand_errorf(c, x, "invalid operation: cannot use type assertion on type parameter value %s");
			goto error;
		}
		if (ty_underlying(x->type)->kind != TY_INTERFACE) {
			operand_errorf(c, x, "invalid operation: %s is not an interface");
			goto error;
		}
		Type *T = check_var_type(c, e->u.assert.type);
		if (T == ctx->invalid)
			goto error;
		if (!ty_is_interface(T)) {
			/* types2's typeAssertion: T must have V's methods */
			TyBuf why = {0};
			int r = check_implements(c, T, x->type, &why);
			if (r < 0) {
				tybuf_free(&why);
				check_unsupported(c);
				goto error;
			}
			if (r == 0)
				check_errorf(c, parse_start_pos(e), "impossible type assertion: %s\n\t%s",
					check_expr_string(c, e), why.str);
			tybuf_free(&why);
		}
		x->mode = MODE_COMMAOK;
		x->type = T;
		break;
	}
	case N_FUNCLIT: {
		/* the literal's type; its body is checked with function
		 * bodies (not yet) */
		Type *sig = check_typ(c, e->u.funclit.type);
		if (sig->kind != TY_SIGNATURE)
			goto error;
		x->mode = MODE_VALUE;
		x->type = sig;
		/* the body is checked at the end of the enclosing statement
		 * (or with the package's delayed checks) */
		if (e->u.funclit.body) {
			check_later(c, LATER_FUNC_BODY, sig, e->pos, e);
			c->later[c->nlater - 1].has_iota = c->has_iota;
			c->later[c->nlater - 1].iota = c->iota;
			c->later[c->nlater - 1].owner = c->decl;
		}
		break;
	}
	case N_SELECTOR:
		check_selector(c, x, e);
		break;
	case N_OPERATION:
		if (!e->u.op.y) {
			if (e->u.op.op == OP_MUL) {
				/* pointer indirection, or a pointer type */
				check_expr_or_type(c, x, e->u.op.x);
				if (x->mode == MODE_INVALID)
					goto error;
				if (x->mode == MODE_TYPEXPR) {
					x->type = ty_new_pointer(ctx, x->type);
					break;
				}
				if (ty_is_typeparam(x->type)) {
					/* each type a pointer, all to the same base */
					DerefArg a = {c, x, NULL};
					if (!ty_typeparam_under_is(x->type, deref_under, &a))
						goto error;
					x->mode = MODE_VARIABLE;
					x->type = a.base;
					break;
				}
				Type *u = ty_underlying(x->type);
				if (u->kind != TY_POINTER) {
					operand_errorf(c, x, "invalid operation: cannot indirect %s");
					goto error;
				}
				x->mode = MODE_VARIABLE;
				x->type = u->u.ptr.elem;
				break;
			}
			unary(c, x, e);
		} else {
			binary(c, x, e, e->u.op.x, e->u.op.y, e->u.op.op);
		}
		if (x->mode == MODE_INVALID)
			goto error;
		break;
	case N_CALL:
		check_call_expr(c, x, e);
		TypeInfo *fti = e->u.call.fun->ti;
		if (x->mode == MODE_INVALID &&
		    (!fti || fti->mode == MODE_INVALID || (fti->mode == MODE_BUILTIN && e->u.call.dots))) {
			/* types2's use: the arguments of a call whose function
			 * is invalid (or a builtin called with ...) still count
			 * as uses of their variables */
			for (int i = 0; i < e->u.call.args.n; i++) {
				Node *a = e->u.call.args.v[i];
				if (!a->ti && !(a->kind == N_NAME && check_is_blank(a->u.name.sym))) {
					Operand y = {0};
					check_raw_expr(c, &y, a, NULL);
				}
			}
		}
		break;
	case N_COMPOSITELIT:
		if (!composite_lit(c, x, e, hint))
			goto error;
		break;
	case N_TYPESWITCHGUARD:
		/* type switches take their guard apart (check_stmt.c) */
		check_errorf(c, parse_start_pos(e), "invalid AST: use of .(type) outside type switch");
		goto error;
	case N_ARRAYTYPE: case N_SLICETYPE: case N_STRUCTTYPE: case N_FUNCTYPE:
	case N_INTERFACETYPE: case N_MAPTYPE: case N_CHANTYPE:
		x->mode = MODE_TYPEXPR;
		x->type = check_typ(c, e);
		break;
	default:
		check_unsupported(c);
		goto error;
	}
	x->expr = e;
	return;
error:
	x->mode = MODE_INVALID;
	x->expr = e;
}

int check_index_expr(Checker *c, Operand *x, Node *e)
{
	int r = index_expr(c, x, e);
	if (r == 0)
		x->mode = MODE_INVALID;
	x->expr = e;
	record_operand(c, x);
	return r;
}

/* types2's nonGeneric: a generic function or type must be instantiated
 * before use. */
static void non_generic(Checker *c, Operand *x)
{
	if (x->mode == MODE_INVALID || x->mode == MODE_NOVALUE || !x->type)
		return;
	const char *what = NULL;
	if (ty_is_generic(x->type))
		what = "type";
	else if (x->type->kind == TY_SIGNATURE && x->type->u.sig.ntparams)
		what = "function";
	if (what) {
		check_errorf(c, parse_start_pos(x->expr), "cannot use generic %s %s without instantiation", what,
			check_expr_string(c, x->expr));
		x->mode = MODE_INVALID;
		x->type = c->ctx->invalid;
	}
}

void check_raw_expr(Checker *c, Operand *x, Node *e, Type *hint)
{
	expr_internal(c, x, e, hint);
	non_generic(c, x);
	record_operand(c, x);
}

void check_expr_or_type_generic(Checker *c, Operand *x, Node *e)
{
	expr_internal(c, x, e, NULL);
	record_operand(c, x);
}

/* types2's exclude. */
static void exclude(Checker *c, Operand *x, unsigned modeset)
{
	if (!(modeset & (1u << x->mode)))
		return;
	const char *msg;
	switch (x->mode) {
	case MODE_NOVALUE:
		msg = (modeset & (1u << MODE_TYPEXPR)) ? "%s used as value" : "%s used as value or type";
		break;
	case MODE_BUILTIN:
		msg = "%s must be called";
		break;
	default:
		msg = "%s is not an expression";
		break;
	}
	operand_errorf(c, x, msg);
	x->mode = MODE_INVALID;
}

/* types2's exprWithHint: composite literal elements may omit their
 * type. */
static void expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint)
{
	check_raw_expr(c, x, e, hint);
	exclude(c, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPEXPR);
	single_value(c, x);
}

/* types2's singleValue. */
static void single_value(Checker *c, Operand *x)
{
	if (x->mode == MODE_VALUE && x->type && x->type->kind == TY_TUPLE) {
		operand_errorf(c, x, "multiple-value %s in single-value context");
		x->mode = MODE_INVALID;
	}
}

void check_expr(Checker *c, Operand *x, Node *e)
{
	check_raw_expr(c, x, e, NULL);
	exclude(c, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPEXPR);
	single_value(c, x);
}

void check_multi_expr(Checker *c, Operand *x, Node *e)
{
	check_raw_expr(c, x, e, NULL);
	exclude(c, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPEXPR);
}

Operand *check_expr_list(Checker *c, NodeList elist, bool allow_comma_ok, int *n, bool *comma_ok)
{
	*comma_ok = false;
	if (elist.n == 1) {
		Operand x = {0};
		check_multi_expr(c, &x, elist.v[0]);
		if (x.mode != MODE_INVALID && x.type && x.type->kind == TY_TUPLE) {
			int k = ty_tuple_len(x.type);
			Operand *list = xmalloc((size_t)(k + 1) * sizeof *list);
			for (int i = 0; i < k; i++)
				list[i] = (Operand){MODE_VALUE, elist.v[0], x.type->u.tuple.vars[i]->type, {0}, 0};
			*n = k;
			return list;
		}
		Operand *list = xmalloc(2 * sizeof *list);
		list[0] = x;
		*n = 1;
		if (allow_comma_ok && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK || x.mode == MODE_COMMAERR)) {
			list[0].mode = MODE_VALUE;
			list[1] = (Operand){MODE_VALUE, elist.v[0], c->ctx->typ[B_UNTYPED_BOOL], {0}, 0};
			*n = 2;
			*comma_ok = true;
		}
		return list;
	}
	Operand *list = xmalloc((size_t)(elist.n + 1) * sizeof *list);
	for (int i = 0; i < elist.n; i++) {
		list[i] = (Operand){0};
		check_expr(c, &list[i], elist.v[i]);
	}
	*n = elist.n;
	return list;
}

void check_expr_or_type(Checker *c, Operand *x, Node *e)
{
	check_raw_expr(c, x, e, NULL);
	exclude(c, x, 1u << MODE_NOVALUE);
	single_value(c, x);
}

int64_t check_array_length(Checker *c, Node *e)
{
	if (e->kind == N_NAME) {
		Object *obj = scope_lookup_parent(c->scope, e->u.name.sym, (Pos){0}, NULL);
		if (!obj) {
			check_errorf(c, e->pos, "undeclared name %s for array length", e->u.name.sym->name);
			return -1;
		}
		if (obj->kind != OBJ_CONST) {
			check_errorf(c, e->pos, "invalid array length %s", e->u.name.sym->name);
			return -1;
		}
	}
	Operand x = {0};
	check_expr(c, &x, e);
	if (x.mode != MODE_CONSTANT) {
		if (x.mode != MODE_INVALID)
			operand_errorf(c, &x, "array length %s must be constant");
		return -1;
	}
	if (ty_is_untyped(x.type) || ty_is_integer(x.type)) {
		Const v = const_to_int(c->pool, x.val);
		if (const_kind(v) == CONST_INT) {
			if (check_representable_const(c, v, c->ctx->typ[B_INT], NULL)) {
				bool exact;
				int64_t n = const_int64_val(v, &exact);
				if (exact && n >= 0)
					return n;
				operand_errorf(c, &x, "invalid array length %s");
				return -1;
			}
		}
	}
	operand_errorf(c, &x, "array length %s must be integer");
	return -1;
}

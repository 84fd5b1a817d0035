/*
 * check_stmt.c — function bodies: statements, assignments, short
 * variable declarations, local declarations, "declared but not used"
 * and "missing return" (types2's stmt.go, assignments.go, return.go and
 * the body half of decl.go).
 *
 * When bodies are checked.  A function declaration's body waits in the
 * package's queue of delayed checks (LATER_FUNC_BODY), queued when its
 * signature is done, as types2's funcDecl does; a function literal's
 * body is queued when the literal is met and checked at the end of the
 * statement that contains it (types2's processDelayed at the end of
 * stmt), so that it sees the enclosing scopes as they are at that
 * statement: names declared later in the same block are not in them
 * yet.  Short variable and local var/const declarations process the
 * queue before declaring their names, for the same reason.
 *
 * Scopes.  Every block, if, for, range, switch, case and select clause
 * opens a scope (types2's openScope), recorded on its node
 * (TypeInfo.scope); a function's scope is its signature's, recorded on
 * the body.  Each local object's declaring scope is obj->parent; a
 * closure captures the variables whose declaring scope lies outside its
 * own function scope.
 *
 * Unsupported constructs (check.h) inside a body make the body
 * "skipped" (TypeInfo.skipped on the body block): its expressions are
 * left out of -dump-exprs, and its "declared but not used" errors are
 * not reported (a use may sit in the part that was not checked).
 *
 * Branch statements (break, continue, goto, fallthrough, labels) are
 * checked by branches.c, as gc sets types2's IgnoreBranchErrors.
 *
 * Not here yet: ranging over type parameters, type switches on them.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static void stmt(Checker *c, Node *s);
static void stmt_list(Checker *c, NodeList list);

/* ==================================================================== */
/* Helpers                                                               */
/* ==================================================================== */

static Node *unparen(Node *e)
{
	while (e && e->kind == N_PAREN)
		e = e->u.paren.x;
	return e;
}

/* gc's StartPos for statements too (an assignment starts at its left
 * side, a send at its channel, a range clause at its variables). */
static Pos start_pos(Node *n)
{
	for (;;) {
		switch (n->kind) {
		case N_ASSIGNSTMT: n = n->u.assign.lhs; break;
		case N_SENDSTMT: n = n->u.send.ch; break;
		case N_RANGECLAUSE:
			if (!n->u.range.lhs)
				return parse_start_pos(n->u.range.x);
			n = n->u.range.lhs;
			break;
		default:
			return parse_start_pos(n);
		}
	}
}

/* The expressions of a list node (or the node alone). */
static NodeList unpack(Checker *c, Node *e)
{
	NodeList l = {0};
	if (!e)
		return l;
	if (e->kind == N_LIST)
		return e->u.list.elems;
	l.v = arena_alloc(&c->src->arena, sizeof *l.v);
	l.v[0] = e;
	l.n = 1;
	return l;
}

static void operand_error(Checker *c, Operand *x, const char *fmt)
{
	TyBuf b = {0};
	check_operand_string(c, &b, x);
	check_errorf(c, x->expr ? parse_start_pos(x->expr) : (Pos){0}, fmt, b.str);
	tybuf_free(&b);
}

/* Where a statement ends, as far as the tree knows: the closing brace
 * of its last block (gc's EndPos is the position after it). */
static Pos end_pos(Node *s)
{
	switch (s->kind) {
	case N_BLOCKSTMT: return s->u.block.rbrace;
	case N_IFSTMT: return end_pos(s->u.ifstmt.els ? s->u.ifstmt.els : s->u.ifstmt.then);
	case N_FORSTMT: return end_pos(s->u.forstmt.body);
	case N_SWITCHSTMT: return s->u.switchstmt.rbrace;
	case N_SELECTSTMT: return s->u.selectstmt.rbrace;
	default: return s->pos;
	}
}

/* The end of clause i of a switch or select: the next clause, or the
 * closing brace (types2's openScopeUntil). */
static Pos clause_end(NodeList body, int i, Pos rbrace)
{
	return i + 1 < body.n ? body.v[i + 1]->pos : rbrace;
}

static Scope *open_scope(Checker *c, Node *n, Pos end, const char *comment)
{
	Scope *s = scope_new(c->ctx, c->scope, n->pos, end, comment);
	check_ti(c, n)->scope = s;
	c->scope = s;
	return s;
}

static void close_scope(Checker *c)
{
	c->scope = c->scope->parent;
}

/* types2's use: evaluate expressions for their side effects on "used"
 * marks, after an error. */
static void use_exprs(Checker *c, Node *e)
{
	if (!e)
		return;
	if (e->kind == N_LIST) {
		for (int i = 0; i < e->u.list.elems.n; i++)
			use_exprs(c, e->u.list.elems.v[i]);
		return;
	}
	if (e->kind == N_NAME && check_is_blank(e->u.name.sym))
		return;
	Operand x = {0};
	check_raw_expr(c, &x, e, NULL);
}

/* ==================================================================== */
/* Assignments (assignments.go)                                          */
/* ==================================================================== */

/* types2's initVar: lhs gets x's (default) type if it has none; the
 * result is x's type after the assignment, or NULL. */
static Type *init_var(Checker *c, Object *lhs, Operand *x, const char *context)
{
	Type *invalid = c->ctx->invalid;
	if (x->mode == MODE_INVALID || x->type == invalid || lhs->type == invalid) {
		if (!lhs->type)
			lhs->type = invalid;
		lhs->u.var.used = true;
		return NULL;
	}
	if (!lhs->type) {
		Type *t = x->type;
		if (ty_is_untyped(t)) {
			if (t == c->ctx->typ[B_UNTYPED_NIL]) {
				check_errorf(c, x->expr ? parse_start_pos(x->expr) : lhs->pos, "use of untyped nil in %s",
					context);
				lhs->type = invalid;
				return NULL;
			}
			t = ty_default(c->ctx, t);
		}
		lhs->type = t;
	}
	check_assignment(c, x, lhs->type, context);
	if (x->mode == MODE_INVALID) {
		lhs->u.var.used = true;
		return NULL;
	}
	return x->type;
}

/* types2's recordCommaOkTypes: v, ok := m[k] records (T, bool) on the
 * expression (and on the expressions inside its parentheses). */
void check_record_comma_ok(Checker *c, Node *x, Type *a0, Type *a1)
{
	if (!a0 || !a1)
		return;
	for (;;) {
		if (!x->ti)
			return;
		Object **vars = arena_alloc(&c->ctx->arena, 2 * sizeof *vars);
		vars[0] = obj_new_var(c->ctx, x->pos, c->pkg, sym_cstr(""), a0);
		vars[1] = obj_new_var(c->ctx, x->pos, c->pkg, sym_cstr(""), a1);
		x->ti->type = ty_new_tuple(c->ctx, vars, 2);
		if (x->kind != N_PAREN)
			break;
		x = x->u.paren.x;
	}
}

/* types2's assignError. */
static void assign_error(Checker *c, Node *rhs0, int nrhs, int nvars, int nvals)
{
	char vars[64], vals[64];
	snprintf(vars, sizeof vars, "%d variable%s", nvars, nvars == 1 ? "" : "s");
	snprintf(vals, sizeof vals, "%d value%s", nvals, nvals == 1 ? "" : "s");
	Node *u = unparen(rhs0);
	if (nrhs == 1 && u->kind == N_CALL)
		check_errorf(c, parse_start_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars,
			check_expr_string(c, u->u.call.fun), vals);
	else
		check_errorf(c, parse_start_pos(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

/* types2's typesSummary, for return counts. */
static void types_summary(Checker *c, TyBuf *b, Type **list, int n)
{
	tybuf_putc(b, '(');
	for (int i = 0; i < n; i++) {
		if (i)
			tybuf_puts(b, ", ");
		Type *t = list[i];
		if (!t || t == c->ctx->invalid)
			tybuf_puts(b, "<T>");
		else if (ty_is_untyped(t)) {
			if (ty_is_numeric(t))
				tybuf_puts(b, "number");
			else {
				const char *nm = t->u.basic.name;
				if (strncmp(nm, "untyped ", 8) == 0)
					nm += 8;
				tybuf_puts(b, nm);
			}
		} else
			ty_write(b, t, &c->qf);
	}
	tybuf_putc(b, ')');
}

/* types2's initVars: lhs from the expressions rhs (ret: a return
 * statement, for its messages). */
static void init_vars(Checker *c, Object **lhs, int nlhs, NodeList orig_rhs, Node *ret)
{
	int n;
	bool comma_ok;
	Operand *rhs = check_expr_list(c, orig_rhs, nlhs == 2 && !ret, &n, &comma_ok);
	if (nlhs != n) {
		for (int i = 0; i < nlhs; i++) {
			lhs[i]->u.var.used = true;
			if (!lhs[i]->type)
				lhs[i]->type = c->ctx->invalid;
		}
		for (int i = 0; i < n; i++)
			if (rhs[i].mode == MODE_INVALID)
				goto done;
		if (ret) {
			Pos at = ret->pos;
			const char *q = "not enough";
			if (n > nlhs) {
				at = parse_start_pos(rhs[nlhs].expr);
				q = "too many";
			} else if (n > 0) {
				at = parse_start_pos(rhs[n - 1].expr);
			}
			TyBuf have = {0}, want = {0};
			Type **ts = xmalloc((size_t)(n + nlhs + 1) * sizeof *ts);
			for (int i = 0; i < n; i++)
				ts[i] = rhs[i].type;
			types_summary(c, &have, ts, n);
			for (int i = 0; i < nlhs; i++)
				ts[i] = lhs[i]->type;
			types_summary(c, &want, ts, nlhs);
			free(ts);
			check_errorf(c, at, "%s return values\n\thave %s\n\twant %s", q, have.str, want.str);
			tybuf_free(&have);
			tybuf_free(&want);
			goto done;
		}
		assign_error(c, orig_rhs.v[0], orig_rhs.n, nlhs, n);
		goto done;
	}
	const char *context = ret ? "return statement" : "assignment";
	if (comma_ok) {
		Type *a0 = init_var(c, lhs[0], &rhs[0], context);
		Type *a1 = init_var(c, lhs[1], &rhs[1], context);
		check_record_comma_ok(c, orig_rhs.v[0], a0, a1);
		goto done;
	}
	bool ok = true;
	for (int i = 0; i < nlhs; i++)
		if (!init_var(c, lhs[i], &rhs[i], context))
			ok = false;
	if (!ok)
		for (int i = 0; i < nlhs; i++)
			lhs[i]->u.var.used = true;
done:
	free(rhs);
}

/* The local variable a name on the left of = denotes, if any. */
static Object *lhs_var(Checker *c, Node *lhs)
{
	Node *id = unparen(lhs);
	if (id->kind != N_NAME)
		return NULL;
	Object *obj = scope_lookup_parent(c->scope, id->u.name.sym, (Pos){0}, NULL);
	if (obj && obj->kind == OBJ_VAR && obj->pkg == c->pkg)
		return obj;
	return NULL;
}

/* types2's assignVar: lhs = x; the result is x's type, or NULL. */
static Type *assign_var(Checker *c, Node *lhs, Operand *x)
{
	if (x->mode == MODE_INVALID || x->type == c->ctx->invalid) {
		use_exprs(c, lhs);
		return NULL;
	}
	Node *id = unparen(lhs);
	if (id->kind == N_NAME && check_is_blank(id->u.name.sym)) {
		check_ti(c, id);
		check_assignment(c, x, NULL, "assignment to _ identifier");
		return x->mode == MODE_INVALID ? NULL : x->type;
	}
	/* assigning to a variable is not using it */
	Object *v = lhs_var(c, lhs);
	bool v_used = v ? v->u.var.used : false;
	Operand z = {0};
	check_expr(c, &z, lhs);
	if (v)
		v->u.var.used = v_used;
	if (z.mode == MODE_INVALID || z.type == c->ctx->invalid)
		return NULL;
	if (z.mode != MODE_VARIABLE && z.mode != MODE_MAPINDEX) {
		Node *sel = z.expr;
		if (sel && sel->kind == N_SELECTOR) {
			Operand op = {0};
			check_expr(c, &op, sel->u.sel.x);
			if (op.mode == MODE_MAPINDEX) {
				check_errorf(c, parse_start_pos(z.expr), "cannot assign to struct field %s in map",
					check_expr_string(c, z.expr));
				return NULL;
			}
		}
		operand_error(c, &z, "cannot assign to %s");
		return NULL;
	}
	check_assignment(c, x, z.type, "assignment");
	return x->mode == MODE_INVALID ? NULL : x->type;
}

/* types2's assignVars: lhs = rhs. */
static void assign_vars(Checker *c, NodeList lhs, NodeList orig_rhs)
{
	int n;
	bool comma_ok;
	Operand *rhs = check_expr_list(c, orig_rhs, lhs.n == 2, &n, &comma_ok);
	if (lhs.n != n) {
		for (int i = 0; i < lhs.n; i++)
			use_exprs(c, lhs.v[i]);
		for (int i = 0; i < n; i++)
			if (rhs[i].mode == MODE_INVALID)
				goto done;
		assign_error(c, orig_rhs.v[0], orig_rhs.n, lhs.n, n);
		goto done;
	}
	if (comma_ok) {
		Type *a0 = assign_var(c, lhs.v[0], &rhs[0]);
		Type *a1 = assign_var(c, lhs.v[1], &rhs[1]);
		check_record_comma_ok(c, orig_rhs.v[0], a0, a1);
		goto done;
	}
	bool ok = true;
	for (int i = 0; i < lhs.n; i++)
		if (!assign_var(c, lhs.v[i], &rhs[i]))
			ok = false;
	if (!ok) {
		for (int i = 0; i < lhs.n; i++) {
			Object *v = lhs_var(c, lhs.v[i]);
			if (v)
				v->u.var.used = true;
		}
	}
done:
	free(rhs);
}

/* types2's shortVarDecl: lhs := rhs. */
static void short_var_decl(Checker *c, Node *s, NodeList lhs, NodeList rhs)
{
	int top = c->nlater;
	Scope *scope = c->scope;
	Object **lhs_vars = arena_alloc(&c->src->arena, (size_t)(lhs.n + 1) * sizeof *lhs_vars);
	Object **new_vars = arena_alloc(&c->src->arena, (size_t)(lhs.n + 1) * sizeof *new_vars);
	int nnew = 0;
	bool has_err = false;
	for (int i = 0; i < lhs.n; i++) {
		Node *id = lhs.v[i];
		if (id->kind != N_NAME) {
			use_exprs(c, id);
			check_errorf(c, parse_start_pos(id), "non-name %s on left side of :=", check_expr_string(c, id));
			has_err = true;
			continue;
		}
		Sym *name = id->u.name.sym;
		if (!check_is_blank(name)) {
			bool seen = false;
			for (int k = 0; k < i; k++)
				if (lhs.v[k]->kind == N_NAME && lhs.v[k]->u.name.sym == name)
					seen = true;
			if (seen) {
				check_errorf(c, id->pos, "%s repeated on left side of :=", name->name);
				has_err = true;
				continue;
			}
		}
		Object *alt = scope_lookup(scope, name);
		if (alt) {
			check_ti(c, id)->obj = alt;
			if (alt->kind == OBJ_VAR) {
				lhs_vars[i] = alt;
			} else {
				check_errorf(c, id->pos, "cannot assign to %s", name->name);
				has_err = true;
			}
			continue;
		}
		Object *obj = obj_new_var(c->ctx, id->pos, c->pkg, name, NULL);
		lhs_vars[i] = obj;
		if (!check_is_blank(name))
			new_vars[nnew++] = obj;
		check_ti(c, id)->obj = obj;
	}
	for (int i = 0; i < lhs.n; i++)
		if (!lhs_vars[i])
			lhs_vars[i] = obj_new_var(c->ctx, lhs.v[i]->pos, c->pkg, sym_cstr("_"), NULL);
	init_vars(c, lhs_vars, lhs.n, rhs, NULL);
	check_process_later(c, top);
	if (nnew == 0 && !has_err) {
		check_errorf(c, s->pos, "no new variables on left side of :=");
		return;
	}
	for (int i = 0; i < nnew; i++)
		check_declare(c, scope, NULL, new_vars[i], s->pos);
}

/* ==================================================================== */
/* Local declarations (decl.go's declStmt)                               */
/* ==================================================================== */

static DeclInfo *local_decl(Checker *c)
{
	DeclInfo *d = arena_alloc(&c->ctx->arena, sizeof *d);
	d->file = c->scope;
	return d;
}

/* types2's varDecl for a local var: obj (one of lhs when several names
 * share one initialiser). */
static void local_var_decl(Checker *c, Object *obj, Object **lhs, int nlhs, Node *typ, Node *init)
{
	Type *invalid = c->ctx->invalid;
	if (typ) {
		obj->type = check_var_type(c, typ);
		for (int i = 0; i < nlhs; i++)
			lhs[i]->type = obj->type;
	}
	if (!init) {
		if (!typ)
			obj->type = invalid;
	} else if (nlhs <= 1) {
		Operand x = {0};
		check_expr(c, &x, init);
		init_var(c, obj, &x, "variable declaration");
	} else {
		NodeList rl = {&init, 1};
		init_vars(c, lhs, nlhs, rl, NULL);
	}
	if (obj->type == invalid)
		obj->u.var.used = true;
	for (int i = 0; i < nlhs; i++)
		if (lhs[i]->type == invalid)
			lhs[i]->u.var.used = true;
}

static void decl_stmt(Checker *c, NodeList decls)
{
	int first = -1;
	Node *last = NULL;
	for (int di = 0; di < decls.n; di++) {
		Node *s = decls.v[di];
		if (s->kind != N_CONSTDECL)
			first = -1;
		switch (s->kind) {
		case N_CONSTDECL: {
			int top = c->nlater;
			if (first < 0 || s->u.vardecl.group == 0 ||
			    decls.v[di - 1]->u.vardecl.group != s->u.vardecl.group) {
				first = di;
				last = NULL;
			}
			Const iota = const_make_int64(di - first);
			bool inherited = true;
			if (s->u.vardecl.type || s->u.vardecl.values) {
				last = s;
				inherited = false;
			} else if (!last) {
				inherited = false;
			}
			NodeList values = unpack(c, last ? last->u.vardecl.values : NULL);
			NodeList names = s->u.vardecl.names;
			Object **objs = arena_alloc(&c->src->arena, (size_t)(names.n + 1) * sizeof *objs);
			for (int i = 0; i < names.n; i++) {
				Node *id = names.v[i];
				Object *obj = obj_new_const(c->ctx, id->pos, c->pkg, id->u.name.sym, NULL, NULL);
				DeclInfo *d = local_decl(c);
				d->vtyp = last ? last->u.vardecl.type : NULL;
				d->init = i < values.n ? values.v[i] : NULL;
				d->inherited = inherited;
				d->iota = iota;
				obj->decl = d;
				objs[i] = obj;
				check_obj_decl(c, obj);
			}
			check_arity(c, s->pos, names, values, true, inherited);
			check_process_later(c, top);
			for (int i = 0; i < names.n; i++)
				check_declare(c, c->scope, names.v[i], objs[i], s->pos);
			break;
		}
		case N_VARDECL: {
			int top = c->nlater;
			NodeList names = s->u.vardecl.names;
			NodeList values = unpack(c, s->u.vardecl.values);
			Object **lhs0 = arena_alloc(&c->src->arena, (size_t)(names.n + 1) * sizeof *lhs0);
			for (int i = 0; i < names.n; i++) {
				Node *id = names.v[i];
				lhs0[i] = obj_new_var(c->ctx, id->pos, c->pkg, id->u.name.sym, NULL);
			}
			for (int i = 0; i < names.n; i++) {
				if (values.n == 1 && names.n > 1) {
					local_var_decl(c, lhs0[i], lhs0, names.n, s->u.vardecl.type, values.v[0]);
					break;
				}
				Node *init = i < values.n ? values.v[i] : NULL;
				local_var_decl(c, lhs0[i], NULL, 0, s->u.vardecl.type, init);
			}
			if (!s->u.vardecl.type || values.n)
				check_arity(c, s->pos, names, values, false, false);
			check_process_later(c, top);
			for (int i = 0; i < names.n; i++)
				check_declare(c, c->scope, names.v[i], lhs0[i], s->pos);
			break;
		}
		case N_TYPEDECL: {
			Node *id = s->u.typedecl.name;
			Object *obj = obj_new_typename(c->ctx, id->pos, c->pkg, id->u.name.sym, NULL);
			DeclInfo *d = local_decl(c);
			d->tdecl = s;
			obj->decl = d;
			check_declare(c, c->scope, id, obj, id->pos);
			check_obj_decl(c, obj);
			break;
		}
		default:
			break;
		}
	}
}

/* ==================================================================== */
/* Statements (stmt.go)                                                  */
/* ==================================================================== */

/* The kind of expression statement types2's rawExpr reports: a call of
 * a function or of a builtin without result, or a receive, may stand
 * alone. */
typedef enum { KIND_CONVERSION, KIND_EXPRESSION, KIND_STATEMENT } ExprKind;

static ExprKind expr_kind(Node *e)
{
	e = unparen(e);
	if (e->kind == N_OPERATION && !e->u.op.y && e->u.op.op == OP_RECV)
		return KIND_STATEMENT;
	if (e->kind != N_CALL)
		return KIND_EXPRESSION;
	TypeInfo *fti = e->u.call.fun->ti;
	if (fti && fti->mode == MODE_TYPEXPR)
		return KIND_CONVERSION;
	if (fti && fti->mode == MODE_BUILTIN) {
		Node *f = unparen(e->u.call.fun);
		Object *obj = f->ti ? f->ti->obj : NULL;
		if (f->kind == N_SELECTOR && f->u.sel.sel->ti)
			obj = f->u.sel.sel->ti->obj;
		if (!obj || obj->kind != OBJ_BUILTIN)
			return KIND_EXPRESSION;
		switch (obj->u.builtin.id) {
		case BUILTIN_CLOSE: case BUILTIN_COPY: case BUILTIN_DELETE: case BUILTIN_PANIC:
		case BUILTIN_PRINT: case BUILTIN_PRINTLN: case BUILTIN_RECOVER:
			return KIND_STATEMENT;
		default:
			return KIND_EXPRESSION;
		}
	}
	return KIND_STATEMENT;
}

static void expr_stmt(Checker *c, Node *s)
{
	Operand x = {0};
	check_raw_expr(c, &x, s->u.exprstmt.x, NULL);
	const char *msg;
	switch (x.mode) {
	case MODE_INVALID:
		/* an error was reported, or the construct is unsupported */
		return;
	case MODE_BUILTIN:
		msg = "%s must be called";
		break;
	case MODE_TYPEXPR:
		msg = "%s is not an expression";
		break;
	default:
		if (expr_kind(s->u.exprstmt.x) == KIND_STATEMENT)
			return;
		msg = "%s is not used";
		break;
	}
	operand_error(c, &x, msg);
}

/* types2's suspendedCall: go f(x), defer f(x). */
static void suspended_call(Checker *c, Node *s)
{
	const char *keyword = s->u.callstmt.tok == T_GO ? "go" : "defer";
	Node *call = s->u.callstmt.call;
	Operand x = {0};
	check_raw_expr(c, &x, call, NULL);
	if (x.mode == MODE_INVALID)
		return;
	ExprKind k = expr_kind(call);
	if (k == KIND_STATEMENT)
		return;
	TyBuf b = {0};
	check_operand_string(c, &b, &x);
	check_errorf(c, parse_start_pos(call), "%s %s %s", keyword,
		k == KIND_CONVERSION ? "requires function call, not conversion" : "discards result of", b.str);
	tybuf_free(&b);
}

static void send_stmt(Checker *c, Node *s)
{
	Operand ch = {0}, val = {0};
	check_expr(c, &ch, s->u.send.ch);
	check_expr(c, &val, s->u.send.val);
	if (ch.mode == MODE_INVALID || val.mode == MODE_INVALID)
		return;
	Type *u = ty_core_type(ch.type);
	TyBuf b = {0};
	check_operand_string(c, &b, &ch);
	Pos pos = start_pos(s);
	if (!u)
		check_errorf(c, pos, "invalid operation: cannot send to %s: no core type", b.str);
	else if (u->kind != TY_CHAN)
		check_errorf(c, pos, "invalid operation: cannot send to non-channel %s", b.str);
	else if (u->u.chan.dir == DIR_RECV)
		check_errorf(c, pos, "invalid operation: cannot send to receive-only channel %s", b.str);
	else
		check_assignment(c, &val, u->u.chan.elem, "send");
	tybuf_free(&b);
}

/* The operator of x op= y, x++ and x--. */
static const char *op_text(Op op)
{
	switch (op) {
	case OP_ADD: return "+";
	case OP_SUB: return "-";
	case OP_OR: return "|";
	case OP_XOR: return "^";
	case OP_MUL: return "*";
	case OP_DIV: return "/";
	case OP_REM: return "%";
	case OP_AND: return "&";
	case OP_ANDNOT: return "&^";
	case OP_SHL: return "<<";
	case OP_SHR: return ">>";
	default: return "?";
	}
}

static void assign_stmt(Checker *c, Node *s)
{
	NodeList lhs = unpack(c, s->u.assign.lhs);
	Op op = s->u.assign.op;
	if (!s->u.assign.rhs) {
		/* x++ or x-- */
		if (lhs.n != 1)
			return;
		Operand x = {0};
		check_expr(c, &x, lhs.v[0]);
		if (x.mode == MODE_INVALID)
			return;
		if (!ty_all_basic(x.type, BI_NUMERIC)) {
			check_errorf(c, parse_start_pos(lhs.v[0]), "invalid operation: %s%s%s (non-numeric type %s)",
				check_expr_string(c, lhs.v[0]), op_text(op), op_text(op), ty_string(x.type, &c->qf));
			return;
		}
		assign_var(c, lhs.v[0], &x);
		return;
	}
	NodeList rhs = unpack(c, s->u.assign.rhs);
	if (op == OP_NONE) {
		assign_vars(c, lhs, rhs);
		return;
	}
	if (op == OP_DEF) {
		short_var_decl(c, s, lhs, rhs);
		return;
	}
	if (lhs.n != 1 || rhs.n != 1) {
		check_errorf(c, start_pos(s), "assignment operation %s requires single-valued expressions",
			op_text(op));
		return;
	}
	Operand x = {0};
	check_binary(c, &x, s, lhs.v[0], rhs.v[0], op);
	assign_var(c, lhs.v[0], &x);
}

static void return_stmt(Checker *c, Node *s)
{
	Type *res = c->sig->u.sig.results;
	int nres = ty_tuple_len(res);
	NodeList results = unpack(c, s->u.ret.results);
	if (results.n == 0 && nres > 0 && res->u.tuple.vars[0]->name->len > 0) {
		/* a bare return with named results: they must be in scope */
		for (int i = 0; i < nres; i++) {
			Object *obj = res->u.tuple.vars[i];
			Object *alt = scope_lookup_parent(c->scope, obj->name, (Pos){0}, NULL);
			if (alt && alt != obj) {
				TyBuf b = {0};
				obj_write(&b, obj, &c->qf);
				char where[512];
				diag_format_pos(alt->pos, where, sizeof where);
				check_errorf(c, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
					obj->name->name, where, b.str);
				tybuf_free(&b);
			}
		}
		return;
	}
	Object **lhs = nres ? res->u.tuple.vars : NULL;
	init_vars(c, lhs, nres, results, s);
}

static void if_stmt(Checker *c, Node *s)
{
	open_scope(c, s, end_pos(s), "if");
	if (s->u.ifstmt.init)
		stmt(c, s->u.ifstmt.init);
	Operand x = {0};
	if (s->u.ifstmt.cond) {
		check_expr(c, &x, s->u.ifstmt.cond);
		if (x.mode != MODE_INVALID && !ty_all_basic(x.type, BI_BOOLEAN))
			check_errorf(c, parse_start_pos(s->u.ifstmt.cond), "non-boolean condition in if statement");
	}
	stmt(c, s->u.ifstmt.then);
	if (s->u.ifstmt.els)
		stmt(c, s->u.ifstmt.els);
	close_scope(c);
}

/* The value of a constant for duplicate detection (types2's goVal):
 * integers that fit 64 bits, floats, strings; others are not compared. */
static bool dup_comparable(Const v)
{
	switch (const_kind(v)) {
	case CONST_INT: case CONST_FLOAT: case CONST_STRING:
		return true;
	default:
		return false;
	}
}

typedef struct SeenCase {
	Const val;
	Type *type;
	Pos pos;
} SeenCase;

/* types2's caseValues. */
static void case_values(Checker *c, Operand *x, NodeList values, SeenCase **seen, int *nseen, int *capseen)
{
	for (int i = 0; i < values.n; i++) {
		Operand v = {0};
		check_expr(c, &v, values.v[i]);
		if (x->mode == MODE_INVALID || v.mode == MODE_INVALID)
			continue;
		check_convert_untyped(c, &v, x->type);
		if (v.mode == MODE_INVALID)
			continue;
		Operand res = v;
		check_comparison(c, &res, x, OP_EQL, true);
		if (res.mode == MODE_INVALID)
			continue;
		if (v.mode != MODE_CONSTANT || !dup_comparable(v.val))
			continue;
		bool dup = false;
		for (int k = 0; k < *nseen && !dup; k++) {
			SeenCase *sc = &(*seen)[k];
			if (const_kind(sc->val) != const_kind(v.val) || !const_compare(sc->val, OP_EQL, v.val))
				continue;
			if (!ty_identical(v.type, sc->type))
				continue;
			TyBuf b = {0};
			check_operand_string(c, &b, &v);
			char where[512];
			diag_format_pos(sc->pos, where, sizeof where);
			check_errorf(c, parse_start_pos(v.expr), "duplicate case %s in expression switch\n\t%s: previous case",
				b.str, where);
			tybuf_free(&b);
			dup = true;
		}
		if (dup)
			continue;
		if (*nseen == *capseen) {
			*capseen = *capseen ? 2 * *capseen : 16;
			*seen = xrealloc(*seen, (size_t)*capseen * sizeof **seen);
		}
		/* types2 keeps the operand's own position here */
		(*seen)[(*nseen)++] = (SeenCase){v.val, v.type, v.expr->pos};
	}
}

/* types2's multipleSwitchDefaults and multipleSelectDefaults. */
static void multiple_defaults(Checker *c, NodeList body)
{
	Node *first = NULL;
	for (int i = 0; i < body.n; i++) {
		Node *cl = body.v[i];
		bool dflt = cl->kind == N_CASECLAUSE ? !cl->u.caseclause.cases : !cl->u.commclause.comm;
		if (!dflt)
			continue;
		if (first) {
			char where[512];
			diag_format_pos(first->pos, where, sizeof where);
			check_errorf(c, cl->pos, "multiple defaults (first at %s)", where);
		} else {
			first = cl;
		}
	}
}

static void switch_stmt(Checker *c, Node *s)
{
	Operand x = {0};
	Node *tag = s->u.switchstmt.tag;
	if (tag) {
		check_expr(c, &x, tag);
		check_assignment(c, &x, NULL, "switch expression");
		if (x.mode != MODE_INVALID && !ty_comparable(x.type) && !ty_has_nil(x.type)) {
			TyBuf b = {0};
			check_operand_string(c, &b, &x);
			check_errorf(c, parse_start_pos(tag), "cannot switch on %s (%s is not comparable)", b.str,
				ty_string(x.type, &c->qf));
			tybuf_free(&b);
			x.mode = MODE_INVALID;
		}
	} else {
		x.mode = MODE_CONSTANT;
		x.type = c->ctx->typ[B_BOOL];
		x.val = const_make_bool(true);
		x.expr = NULL;
	}
	NodeList body = s->u.switchstmt.body;
	multiple_defaults(c, body);
	SeenCase *seen = NULL;
	int nseen = 0, capseen = 0;
	for (int i = 0; i < body.n; i++) {
		Node *cl = body.v[i];
		case_values(c, &x, unpack(c, cl->u.caseclause.cases), &seen, &nseen, &capseen);
		open_scope(c, cl, clause_end(body, i, s->u.switchstmt.rbrace), "case");
		stmt_list(c, cl->u.caseclause.body);
		close_scope(c);
	}
	free(seen);
}

/* Whether e is the predeclared nil (possibly parenthesised). */
static bool is_nil(Checker *c, Node *e)
{
	e = unparen(e);
	if (e->kind != N_NAME)
		return false;
	Object *obj = scope_lookup_parent(c->scope, e->u.name.sym, (Pos){0}, NULL);
	return obj && obj->kind == OBJ_NIL;
}

/* types2's typeAssertion for a type switch case: T must have the
 * methods of x's interface. */
static void impossible_case(Checker *c, Node *e, Operand *x, Type *T)
{
	TyBuf why = {0};
	int r = check_implements(c, T, x->type, &why);
	if (r < 0) {
		check_unsupported(c);
	} else if (r == 0) {
		/* the cause is what follows "T does not implement I " */
		TyBuf prefix = {0}, xs = {0};
		ty_write(&prefix, T, &c->qf);
		tybuf_puts(&prefix, " does not implement ");
		ty_write(&prefix, x->type, &c->qf);
		tybuf_putc(&prefix, ' ');
		if (why.str && strncmp(why.str, prefix.str, prefix.len) == 0) {
			check_operand_string(c, &xs, x);
			check_errorf(c, parse_start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
				check_expr_string(c, e), xs.str, ty_string(T, &c->qf), why.str + prefix.len);
		} else {
			check_unsupported(c);
		}
		tybuf_free(&prefix);
		tybuf_free(&xs);
	}
	tybuf_free(&why);
}

/* types2's caseTypes: the type of a clause with one type (NULL for nil
 * or when invalid); *invalid when it is not a valid type. */
static Type *case_types(Checker *c, Operand *x, NodeList types, Node ***seen, Type ***seen_t, int *nseen,
	int *capseen, bool *bad)
{
	Type *T = NULL;
	*bad = false;
	for (int i = 0; i < types.n; i++) {
		Node *e = types.v[i];
		*bad = false;
		if (is_nil(c, e)) {
			T = NULL;
			Operand dummy = {0};
			check_expr(c, &dummy, e);
		} else {
			T = check_var_type(c, e);
			if (T == c->ctx->invalid) {
				*bad = true;
				continue;
			}
		}
		bool dup = false;
		for (int k = 0; k < *nseen && !dup; k++) {
			Type *t = (*seen_t)[k];
			if (!((T == NULL && t == NULL) || (T && t && ty_identical(T, t))))
				continue;
			char where[512];
			diag_format_pos(parse_start_pos((*seen)[k]), where, sizeof where);
			check_errorf(c, parse_start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
				T ? ty_string(T, &c->qf) : "nil", where);
			dup = true;
		}
		if (dup)
			continue;
		if (*nseen == *capseen) {
			*capseen = *capseen ? 2 * *capseen : 16;
			*seen = xrealloc(*seen, (size_t)*capseen * sizeof **seen);
			*seen_t = xrealloc(*seen_t, (size_t)*capseen * sizeof **seen_t);
		}
		(*seen)[*nseen] = e;
		(*seen_t)[(*nseen)++] = T;
		if (x && T && !ty_is_interface(T))
			impossible_case(c, e, x, T);
	}
	return T;
}

static void type_switch_stmt(Checker *c, Node *s, Node *guard)
{
	Node *lhs = guard->u.guard.lhs;
	if (lhs && check_is_blank(lhs->u.name.sym)) {
		check_errorf(c, lhs->pos, "no new variable on left side of :=");
		lhs = NULL;
	} else if (lhs) {
		check_ti(c, lhs);
	}
	Operand x = {0};
	check_expr(c, &x, guard->u.guard.x);
	if (x.mode == MODE_INVALID)
		return;
	Operand *sx = NULL;
	if (ty_is_typeparam(x.type)) {
		operand_error(c, &x, "cannot use type switch on type parameter value %s");
	} else if (ty_underlying(x.type)->kind == TY_INTERFACE) {
		sx = &x;
	} else {
		operand_error(c, &x, "%s is not an interface");
	}
	NodeList body = s->u.switchstmt.body;
	multiple_defaults(c, body);
	Node **seen = NULL;
	Type **seen_t = NULL;
	int nseen = 0, capseen = 0;
	Object **lhs_vars = lhs ? arena_alloc(&c->src->arena, (size_t)(body.n + 1) * sizeof *lhs_vars) : NULL;
	int nlhs = 0;
	for (int i = 0; i < body.n; i++) {
		Node *cl = body.v[i];
		NodeList cases = unpack(c, cl->u.caseclause.cases);
		bool bad;
		Type *T = case_types(c, sx, cases, &seen, &seen_t, &nseen, &capseen, &bad);
		open_scope(c, cl, clause_end(body, i, s->u.switchstmt.rbrace), "case");
		if (lhs) {
			if (cases.n != 1 || T == NULL || bad)
				T = x.type;
			if (cases.n == 1 && bad)
				T = c->ctx->invalid;
			Object *obj = obj_new_var(c->ctx, lhs->pos, c->pkg, lhs->u.name.sym, T);
			check_declare(c, c->scope, NULL, obj, cl->pos);
			lhs_vars[nlhs++] = obj;
		}
		stmt_list(c, cl->u.caseclause.body);
		close_scope(c);
	}
	free(seen);
	free(seen_t);
	if (lhs) {
		bool used = false;
		for (int i = 0; i < nlhs; i++) {
			used |= lhs_vars[i]->u.var.used;
			lhs_vars[i]->u.var.used = true;
		}
		/* every use is known unless the body met unsupported
		 * constructs so far (then the body is skipped and reports
		 * no unused variables) */
		if (!used && c->unsupported == c->body_unsupported)
			check_errorf(c, lhs->pos, "%s declared but not used", lhs->u.name.sym->name);
	}
}

static void select_stmt(Checker *c, Node *s)
{
	NodeList body = s->u.selectstmt.body;
	multiple_defaults(c, body);
	for (int i = 0; i < body.n; i++) {
		Node *cl = body.v[i];
		Node *comm = cl->u.commclause.comm;
		bool valid = false;
		Node *rhs = NULL;
		if (!comm || comm->kind == N_SENDSTMT)
			valid = true;
		else if (comm->kind == N_ASSIGNSTMT) {
			if (comm->u.assign.rhs && comm->u.assign.rhs->kind != N_LIST)
				rhs = comm->u.assign.rhs;
		} else if (comm->kind == N_EXPRSTMT) {
			rhs = comm->u.exprstmt.x;
		}
		if (rhs) {
			Node *u = unparen(rhs);
			if (u->kind == N_OPERATION && !u->u.op.y && u->u.op.op == OP_RECV)
				valid = true;
		}
		if (!valid) {
			check_errorf(c, start_pos(comm), "select case must be send or receive (possibly with assignment)");
			continue;
		}
		open_scope(c, cl, clause_end(body, i, s->u.selectstmt.rbrace), "case");
		if (comm)
			stmt(c, comm);
		stmt_list(c, cl->u.commclause.body);
		close_scope(c);
	}
}

/* types2's rangeKeyVal. */
static void range_key_val(Checker *c, Type *typ, Type **key, Type **val)
{
	*key = *val = NULL;
	if (!typ)
		return;
	if (typ->kind == TY_POINTER) {
		Type *u = ty_underlying(typ->u.ptr.elem);
		if (u->kind == TY_ARRAY)
			typ = u;
	}
	switch (typ->kind) {
	case TY_BASIC:
		if (ty_is_string(typ)) {
			*key = c->ctx->typ[B_INT];
			*val = c->ctx->rune_type;
		}
		break;
	case TY_ARRAY: *key = c->ctx->typ[B_INT]; *val = typ->u.array.elem; break;
	case TY_SLICE: *key = c->ctx->typ[B_INT]; *val = typ->u.slice.elem; break;
	case TY_MAP: *key = typ->u.map.key; *val = typ->u.map.elem; break;
	case TY_CHAN: *key = typ->u.chan.elem; *val = c->ctx->invalid; break;
	default: break;
	}
}

static void range_stmt(Checker *c, Node *s, Node *rc)
{
	Node *skey = rc->u.range.lhs, *sval = NULL, *sextra = NULL;
	if (skey && skey->kind == N_LIST) {
		NodeList l = skey->u.list.elems;
		if (l.n < 2)
			return;
		skey = l.v[0];
		sval = l.v[1];
		if (l.n > 2)
			sextra = l.v[2];
	}
	Operand x = {0};
	check_expr(c, &x, rc->u.range.x);
	Type *key = NULL, *val = NULL;
	if (x.mode != MODE_INVALID) {
		char cause[512] = "";
		Type *u = ty_core_type(x.type);
		if (u && u->kind == TY_CHAN) {
			if (sval) {
				TyBuf b = {0};
				check_operand_string(c, &b, &x);
				check_errorf(c, parse_start_pos(sval), "range over %s permits only one iteration variable", b.str);
				tybuf_free(&b);
			}
			if (u->u.chan.dir == DIR_SEND)
				snprintf(cause, sizeof cause, "receive from send-only channel");
		} else {
			if (sextra)
				check_errorf(c, parse_start_pos(sextra), "range clause permits at most two iteration variables");
			if (!u)
				snprintf(cause, sizeof cause, "%s has no core type", ty_string(x.type, &c->qf));
		}
		range_key_val(c, u, &key, &val);
		if (!key || cause[0]) {
			TyBuf b = {0};
			check_operand_string(c, &b, &x);
			if (!cause[0])
				check_errorf(c, parse_start_pos(x.expr), "cannot range over %s", b.str);
			else
				check_errorf(c, parse_start_pos(x.expr), "cannot range over %s (%s)", b.str, cause);
			tybuf_free(&b);
		}
	}
	open_scope(c, s, end_pos(s), "range");
	Node *lhs[2] = {skey, sval};
	Type *rhs[2] = {key, val};
	if (rc->u.range.def) {
		Object *vars[2];
		int nvars = 0;
		for (int i = 0; i < 2; i++) {
			if (!lhs[i])
				continue;
			Object *obj;
			if (lhs[i]->kind == N_NAME) {
				Sym *name = lhs[i]->u.name.sym;
				obj = obj_new_var(c->ctx, lhs[i]->pos, c->pkg, name, NULL);
				check_ti(c, lhs[i])->obj = obj;
				if (!check_is_blank(name))
					vars[nvars++] = obj;
			} else {
				check_errorf(c, parse_start_pos(lhs[i]), "cannot declare %s", check_expr_string(c, lhs[i]));
				obj = obj_new_var(c->ctx, lhs[i]->pos, c->pkg, sym_cstr("_"), NULL);
			}
			if (rhs[i]) {
				Operand y = {MODE_VALUE, lhs[i], rhs[i], {0}, 0};
				init_var(c, obj, &y, "range clause");
			} else {
				obj->type = c->ctx->invalid;
				obj->u.var.used = true;
			}
		}
		if (nvars > 0) {
			for (int i = 0; i < nvars; i++)
				check_declare(c, c->scope, NULL, vars[i], s->u.forstmt.body->pos);
		} else {
			check_errorf(c, s->pos, "no new variables on left side of :=");
		}
	} else {
		for (int i = 0; i < 2; i++) {
			if (!lhs[i] || !rhs[i])
				continue;
			Operand y = {MODE_VALUE, lhs[i], rhs[i], {0}, 0};
			assign_var(c, lhs[i], &y);
		}
	}
	stmt(c, s->u.forstmt.body);
	close_scope(c);
}

static void for_stmt(Checker *c, Node *s)
{
	Node *init = s->u.forstmt.init;
	if (init && init->kind == N_RANGECLAUSE) {
		range_stmt(c, s, init);
		return;
	}
	open_scope(c, s, end_pos(s), "for");
	if (init)
		stmt(c, init);
	if (s->u.forstmt.cond) {
		Operand x = {0};
		check_expr(c, &x, s->u.forstmt.cond);
		if (x.mode != MODE_INVALID && !ty_all_basic(x.type, BI_BOOLEAN))
			check_errorf(c, parse_start_pos(s->u.forstmt.cond), "non-boolean condition in for statement");
	}
	Node *post = s->u.forstmt.post;
	if (post) {
		stmt(c, post);
		if (post->kind == N_ASSIGNSTMT && post->u.assign.op == OP_DEF)
			use_exprs(c, post->u.assign.lhs);
	}
	stmt(c, s->u.forstmt.body);
	close_scope(c);
}

/* Whether one of decls took compiler directives. */
static bool decls_have_pragmas(NodeList decls)
{
	for (int i = 0; i < decls.n; i++) {
		Node *d = decls.v[i];
		const Pragma *p = d->kind == N_TYPEDECL ? &d->u.typedecl.pragma
			: d->kind == N_CONSTDECL || d->kind == N_VARDECL ? &d->u.vardecl.pragma : NULL;
		if (p && p->ndirs)
			return true;
	}
	return false;
}

/* Whether the body being checked is (in) that of a generic function or
 * of a method of a generic type (gc's noder: topFuncIsGeneric). */
static bool in_generic_func(Checker *c)
{
	Node *fd = c->decl ? c->decl->fdecl : NULL;
	if (!fd)
		return false;
	if (fd->u.funcdecl.tparams.n)
		return true;
	Node *recv = fd->u.funcdecl.recv;
	if (!recv || !recv->u.field.type)
		return false;
	Node *t = recv->u.field.type;
	for (;;) {
		if (t->kind == N_PAREN)
			t = t->u.paren.x;
		else if (t->kind == N_OPERATION && t->u.op.op == OP_MUL && !t->u.op.y)
			t = t->u.op.x;
		else
			break;
	}
	return t->kind == N_INDEX;
}

static void stmt(Checker *c, Node *s)
{
	if (!s)
		return;
	int top = c->nlater;
	switch (s->kind) {
	case N_EMPTYSTMT:
	case N_BRANCHSTMT:
		break;
	case N_DECLSTMT:
		if (s->u.declstmt.decls.n && s->u.declstmt.decls.v[0]->kind == N_TYPEDECL && in_generic_func(c))
			vec_push(&c->generic_tdecls, s);
		if (decls_have_pragmas(s->u.declstmt.decls))
			vec_push(&c->local_decls, s);
		decl_stmt(c, s->u.declstmt.decls);
		break;
	case N_LABELEDSTMT:
		stmt(c, s->u.labeled.stmt);
		break;
	case N_EXPRSTMT:
		expr_stmt(c, s);
		break;
	case N_SENDSTMT:
		send_stmt(c, s);
		break;
	case N_ASSIGNSTMT:
		assign_stmt(c, s);
		break;
	case N_CALLSTMT:
		suspended_call(c, s);
		break;
	case N_RETURNSTMT:
		return_stmt(c, s);
		break;
	case N_BLOCKSTMT:
		open_scope(c, s, s->u.block.rbrace, "block");
		stmt_list(c, s->u.block.stmts);
		close_scope(c);
		break;
	case N_IFSTMT:
		if_stmt(c, s);
		break;
	case N_SWITCHSTMT: {
		open_scope(c, s, s->u.switchstmt.rbrace, "switch");
		if (s->u.switchstmt.init)
			stmt(c, s->u.switchstmt.init);
		Node *tag = s->u.switchstmt.tag;
		if (tag && tag->kind == N_TYPESWITCHGUARD)
			type_switch_stmt(c, s, tag);
		else
			switch_stmt(c, s);
		close_scope(c);
		break;
	}
	case N_SELECTSTMT:
		select_stmt(c, s);
		break;
	case N_FORSTMT:
		for_stmt(c, s);
		break;
	default:
		check_unsupported(c);
		break;
	}
	/* function literals of this statement, before the scope changes */
	check_process_later(c, top);
}

static void stmt_list(Checker *c, NodeList list)
{
	for (int i = 0; i < list.n; i++)
		stmt(c, list.v[i]);
}

/* ==================================================================== */
/* Terminating statements (return.go)                                    */
/* ==================================================================== */

static bool has_break(Node *s, Sym *label, bool implicit);

static bool has_break_list(NodeList list, Sym *label, bool implicit)
{
	for (int i = 0; i < list.n; i++)
		if (has_break(list.v[i], label, implicit))
			return true;
	return false;
}

static bool has_break(Node *s, Sym *label, bool implicit)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_LABELEDSTMT:
		return has_break(s->u.labeled.stmt, label, implicit);
	case N_BRANCHSTMT:
		if (s->u.branch.tok == T_BREAK) {
			if (!s->u.branch.label)
				return implicit;
			if (s->u.branch.label->u.name.sym == label)
				return true;
		}
		return false;
	case N_BLOCKSTMT:
		return has_break_list(s->u.block.stmts, label, implicit);
	case N_IFSTMT:
		return has_break(s->u.ifstmt.then, label, implicit) ||
			(s->u.ifstmt.els && has_break(s->u.ifstmt.els, label, implicit));
	case N_SWITCHSTMT:
		if (label)
			for (int i = 0; i < s->u.switchstmt.body.n; i++)
				if (has_break_list(s->u.switchstmt.body.v[i]->u.caseclause.body, label, false))
					return true;
		return false;
	case N_SELECTSTMT:
		if (label)
			for (int i = 0; i < s->u.selectstmt.body.n; i++)
				if (has_break_list(s->u.selectstmt.body.v[i]->u.commclause.body, label, false))
					return true;
		return false;
	case N_FORSTMT:
		return label && has_break(s->u.forstmt.body, label, false);
	default:
		return false;
	}
}

static bool is_terminating(Node *s, Sym *label);

static bool is_terminating_list(NodeList list, Sym *label)
{
	for (int i = list.n - 1; i >= 0; i--)
		if (list.v[i]->kind != N_EMPTYSTMT)
			return is_terminating(list.v[i], label);
	return false;
}

/* Whether call is a call of the builtin panic. */
static bool is_panic_call(Node *call)
{
	Node *f = unparen(call->u.call.fun);
	if (f->kind != N_NAME || !f->ti || !f->ti->obj)
		return false;
	Object *obj = f->ti->obj;
	return obj->kind == OBJ_BUILTIN && obj->u.builtin.id == BUILTIN_PANIC;
}

static bool is_terminating(Node *s, Sym *label)
{
	switch (s->kind) {
	case N_LABELEDSTMT:
		return is_terminating(s->u.labeled.stmt, s->u.labeled.label->u.name.sym);
	case N_EXPRSTMT: {
		Node *x = unparen(s->u.exprstmt.x);
		return x->kind == N_CALL && is_panic_call(x);
	}
	case N_RETURNSTMT:
		return true;
	case N_BRANCHSTMT:
		return s->u.branch.tok == T_GOTO || s->u.branch.tok == T_FALLTHROUGH;
	case N_BLOCKSTMT:
		return is_terminating_list(s->u.block.stmts, NULL);
	case N_IFSTMT:
		return s->u.ifstmt.els && is_terminating(s->u.ifstmt.then, NULL) &&
			is_terminating(s->u.ifstmt.els, NULL);
	case N_SWITCHSTMT: {
		bool has_default = false;
		NodeList body = s->u.switchstmt.body;
		for (int i = 0; i < body.n; i++) {
			Node *cc = body.v[i];
			if (!cc->u.caseclause.cases)
				has_default = true;
			if (!is_terminating_list(cc->u.caseclause.body, NULL) ||
			    has_break_list(cc->u.caseclause.body, label, true))
				return false;
		}
		return has_default;
	}
	case N_SELECTSTMT: {
		NodeList body = s->u.selectstmt.body;
		for (int i = 0; i < body.n; i++) {
			Node *cc = body.v[i];
			if (!is_terminating_list(cc->u.commclause.body, NULL) ||
			    has_break_list(cc->u.commclause.body, label, true))
				return false;
		}
		return true;
	}
	case N_FORSTMT:
		if (s->u.forstmt.init && s->u.forstmt.init->kind == N_RANGECLAUSE)
			return false;
		return !s->u.forstmt.cond && !has_break(s->u.forstmt.body, label, true);
	default:
		return false;
	}
}

/* ==================================================================== */
/* Function bodies                                                       */
/* ==================================================================== */

static int cmp_obj_pos(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	if (x->pos.file != y->pos.file)
		return x->pos.file < y->pos.file ? -1 : 1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

/* types2's usage: "declared but not used" for the variables of scope
 * and its children, function literals' scopes aside (their bodies
 * report their own). */
static void usage(Checker *c, Scope *scope)
{
	PtrVec unused = {0};
	for (int i = 0; i < scope_len(scope); i++) {
		Object *obj = scope_at(scope, i);
		if (obj->kind == OBJ_VAR && !obj->u.var.used && obj->parent == scope)
			vec_push(&unused, obj);
	}
	if (unused.len > 1)
		qsort(unused.data, (size_t)unused.len, sizeof *unused.data, cmp_obj_pos);
	for (int i = 0; i < unused.len; i++) {
		Object *v = unused.data[i];
		check_errorf(c, v->pos, "%s declared but not used", v->name->name);
	}
	vec_free(&unused);
	for (int i = 0; i < scope->nchildren; i++)
		if (!scope->children[i]->is_func)
			usage(c, scope->children[i]);
}

/* types2's funcBody: check body as the body of a function of type sig;
 * decl is the package-level declaration whose dependencies the body's
 * uses are (the function's own, or the one around a literal). */
static bool func_body(Checker *c, DeclInfo *decl, Type *sig, Node *body, bool has_iota, Const iota)
{
	Scope *saved_scope = c->scope;
	Type *saved_sig = c->sig;
	DeclInfo *saved_decl = c->decl;
	bool saved_has_iota = c->has_iota;
	Const saved_iota = c->iota;
	Pos saved_errpos = c->errpos;
	Scope *fscope = sig->u.sig.scope;
	fscope->pos = body->pos;
	fscope->end = body->u.block.rbrace;
	c->scope = fscope;
	c->sig = sig;
	c->decl = decl;
	c->has_iota = has_iota;
	c->iota = iota;
	c->errpos = (Pos){0};
	int before = c->unsupported;
	int saved_body_unsupported = c->body_unsupported;
	c->body_unsupported = before;
	TypeInfo *ti = check_ti(c, body);
	ti->scope = fscope;

	stmt_list(c, body->u.block.stmts);

	if (ty_tuple_len(sig->u.sig.results) > 0 && !is_terminating(body, NULL))
		check_errorf(c, body->u.block.rbrace, "missing return");
	bool skipped = c->unsupported != before;
	ti->skipped = skipped;
	if (!skipped)
		usage(c, fscope);

	c->scope = saved_scope;
	c->sig = saved_sig;
	c->decl = saved_decl;
	c->has_iota = saved_has_iota;
	c->iota = saved_iota;
	c->errpos = saved_errpos;
	c->body_unsupported = saved_body_unsupported;
	return skipped;
}

void check_func_body(Checker *c, Later *l)
{
	Node *n = l->node;
	Type *sig = l->type;
	if (!sig || sig->kind != TY_SIGNATURE || !sig->u.sig.scope)
		return;
	Node *body = n->kind == N_FUNCDECL ? n->u.funcdecl.body : n->u.funclit.body;
	if (!body)
		return;
	int lit = n->kind == N_FUNCLIT;
	if (func_body(c, l->owner, sig, body, l->has_iota, l->iota))
		c->nbodies_skipped[lit]++;
	else
		c->nbodies_checked[lit]++;
}

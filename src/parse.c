/*
 * parse.c — the Go 1.19 grammar, parsed the way gc's syntax package does.
 *
 * A recursive-descent LL(1) parser over the lexer's one-token window.  The
 * tree it builds has the shape of gc's syntax tree (see goescape.h), and
 * every node carries the position gc gives it: a terminal at its start, a
 * non-terminal at the token that identifies it (a call at '(', a selector
 * at '.', a binary operation at its operator, an assignment at its
 * operator, a declaration at its first name).  Later phases quote these
 * positions in diagnostics, so they are part of the contract.
 *
 * Error recovery follows gc: after a syntax error the parser skips to a
 * token in a follow set (and, inside function bodies, to a statement
 * keyword), so that the same follow-up errors are reported.  Messages are
 * built as gc builds them: "syntax error: unexpected X, expecting Y".
 *
 * Lists are gathered on one scratch stack (lists nest strictly) and frozen
 * into the arena when complete.  Recursion is bounded (MAX_DEPTH) so that
 * hostile nesting gives an error instead of a stack overflow.
 *
 * Compiler directives (//go:...) are gathered as gc's noder does: a
 * directive must stand on a line of its own; the pending set is attached
 * to the next declaration, or reported as misplaced.
 */
#include "goescape.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Nesting beyond this is refused.  It bounds the depth of the tree, so
 * postfix and binary chains count too (each link is one level deeper);
 * main runs the phases on a thread with a stack that holds this depth. */
enum { MAX_DEPTH = 100000 };

typedef struct PendingPragma {
	uint32_t flags;
	int n, cap;
	struct { uint32_t flag; Directive d; } *v;
	bool any;
} PendingPragma;

typedef struct Parser {
	Lexer lx;
	Arena *a;
	bool first;          /* an error has been reported */
	int errcnt;
	int errcnt_gc;          /* errors gc counts as syntax errors */
	int fnest;           /* function nesting (for error recovery) */
	int xnest;           /* expression nesting; < 0 in statement headers */
	int ngroups;         /* declaration groups seen, for group ids */
	int depth;           /* recursion depth guard */
	int nbranch;         /* labels and branch statements seen so far */
	bool toodeep;
	/* scratch stack for lists */
	Node **stk;
	int sp, stkcap;
	PendingPragma prag;
	ParseOpts opts;
} Parser;

#define TOK(p) ((p)->lx.tok)
#define BIT(t) ((uint64_t)1 << (t))

/* ---- nodes and lists ------------------------------------------------- */

/* A node is allocated only as large as its kind's member of the union:
 * names and literals, most of the tree, take a third of a full Node.  So
 * a node must never be copied whole (`*a = *b`) unless both are of one
 * kind. */
#define NODE_SIZE(member) (offsetof(Node, u) + sizeof(((Node *)0)->u.member))
static const uint8_t node_size[N_NKINDS] = {
	[N_BAD] = offsetof(Node, u),
	[N_NAME] = NODE_SIZE(name),
	[N_BASICLIT] = NODE_SIZE(lit),
	[N_COMPOSITELIT] = NODE_SIZE(clit),
	[N_KEYVALUE] = NODE_SIZE(kv),
	[N_FUNCLIT] = NODE_SIZE(funclit),
	[N_PAREN] = NODE_SIZE(paren),
	[N_SELECTOR] = NODE_SIZE(sel),
	[N_INDEX] = NODE_SIZE(index),
	[N_SLICE] = NODE_SIZE(slice),
	[N_ASSERT] = NODE_SIZE(assert),
	[N_TYPESWITCHGUARD] = NODE_SIZE(guard),
	[N_OPERATION] = NODE_SIZE(op),
	[N_CALL] = NODE_SIZE(call),
	[N_LIST] = NODE_SIZE(list),
	[N_ARRAYTYPE] = NODE_SIZE(array),
	[N_SLICETYPE] = NODE_SIZE(slicetype),
	[N_DOTSTYPE] = NODE_SIZE(slicetype),
	[N_STRUCTTYPE] = NODE_SIZE(structtype),
	[N_FIELD] = NODE_SIZE(field),
	[N_INTERFACETYPE] = NODE_SIZE(iface),
	[N_FUNCTYPE] = NODE_SIZE(functype),
	[N_MAPTYPE] = NODE_SIZE(map),
	[N_CHANTYPE] = NODE_SIZE(chantype),
	[N_EMPTYSTMT] = offsetof(Node, u),
	[N_LABELEDSTMT] = NODE_SIZE(labeled),
	[N_BLOCKSTMT] = NODE_SIZE(block),
	[N_EXPRSTMT] = NODE_SIZE(exprstmt),
	[N_SENDSTMT] = NODE_SIZE(send),
	[N_DECLSTMT] = NODE_SIZE(declstmt),
	[N_ASSIGNSTMT] = NODE_SIZE(assign),
	[N_BRANCHSTMT] = NODE_SIZE(branch),
	[N_CALLSTMT] = NODE_SIZE(callstmt),
	[N_RETURNSTMT] = NODE_SIZE(ret),
	[N_IFSTMT] = NODE_SIZE(ifstmt),
	[N_FORSTMT] = NODE_SIZE(forstmt),
	[N_SWITCHSTMT] = NODE_SIZE(switchstmt),
	[N_SELECTSTMT] = NODE_SIZE(selectstmt),
	[N_RANGECLAUSE] = NODE_SIZE(range),
	[N_CASECLAUSE] = NODE_SIZE(caseclause),
	[N_COMMCLAUSE] = NODE_SIZE(commclause),
	[N_IMPORTDECL] = NODE_SIZE(import),
	[N_CONSTDECL] = NODE_SIZE(vardecl),
	[N_TYPEDECL] = NODE_SIZE(typedecl),
	[N_VARDECL] = NODE_SIZE(vardecl),
	[N_FUNCDECL] = NODE_SIZE(funcdecl),
	[N_FILE] = NODE_SIZE(file),
};

static inline __attribute__((always_inline)) Node *mk(Parser *p, NodeKind k, Pos pos)
{
	Node *n = arena_alloc(p->a, node_size[k]);
	n->kind = k;
	n->pos = pos;
	return n;
}

static void push(Parser *p, Node *n)
{
	if (p->sp == p->stkcap) {
		p->stkcap = p->stkcap ? 2 * p->stkcap : 256;
		p->stk = xrealloc(p->stk, p->stkcap * sizeof *p->stk);
	}
	p->stk[p->sp++] = n;
}

/* Freeze the stack above mark into an arena list and pop it. */
static NodeList freeze(Parser *p, int mark)
{
	NodeList l = {NULL, p->sp - mark};
	if (l.n > 0) {
		l.v = arena_alloc(p->a, l.n * sizeof *l.v);
		memcpy(l.v, p->stk + mark, l.n * sizeof *l.v);
	}
	p->sp = mark;
	return l;
}

static Node *listexpr(Parser *p, int mark)
{
	Node *first = p->stk[mark];
	Node *l = mk(p, N_LIST, first->pos);
	l->u.list.elems = freeze(p, mark);
	return l;
}

/* ---- errors ---------------------------------------------------------- */

static void error_at(Parser *p, Pos pos, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	p->first = true;
	p->errcnt++;
	if (strncmp(msg, "syntax error", 12) == 0)
		p->errcnt_gc++;
	diag_error(pos, "%s", msg);
}

static void lexer_error(void *ctx, Pos pos, const char *msg)
{
	error_at(ctx, pos, "%s", msg);
}

static bool has_prefix(const char *s, const char *pre)
{
	return strncmp(s, pre, strlen(pre)) == 0;
}

/* The current token as gc names it in "unexpected X". */
static void tok_desc(Parser *p, char *buf, size_t n)
{
	Lexer *lx = &p->lx;
	switch (lx->tok) {
	case T_NAME:
		snprintf(buf, n, "%s", lx->sym->name);
		break;
	case T_SEMI:
		snprintf(buf, n, "%.*s", (int)lx->litlen, lx->lit);
		break;
	case T_LITERAL:
		snprintf(buf, n, "literal %.*s", (int)lx->litlen, lx->lit);
		break;
	case T_OPERATOR:
		snprintf(buf, n, "%s", lex_opstr(lx->op));
		break;
	case T_ASSIGNOP:
		snprintf(buf, n, "%s=", lex_opstr(lx->op));
		break;
	case T_INCOP:
		snprintf(buf, n, "%s%s", lex_opstr(lx->op), lex_opstr(lx->op));
		break;
	case T_COMMA:
		snprintf(buf, n, "comma");
		break;
	default:
		snprintf(buf, n, "%s", lex_tokstr(lx->tok));
		break;
	}
}

/* English for punctuation in "expecting X". */
static const char *tokstring(Tok t)
{
	if (t == T_COMMA)
		return "comma";
	if (t == T_SEMI)
		return "semicolon or newline";
	return lex_tokstr(t);
}

static void syntax_error_at(Parser *p, Pos pos, const char *msg)
{
	if (TOK(p) == T_EOF && p->first)
		return; /* no follow-up errors at EOF */
	const char *sep;
	if (msg[0] == 0)
		sep = "";
	else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") || has_prefix(msg, "after "))
		sep = " ";
	else if (has_prefix(msg, "expecting "))
		sep = ", ";
	else {
		error_at(p, pos, "syntax error: %s", msg);
		return;
	}
	char tok[512];
	tok_desc(p, tok, sizeof tok);
	error_at(p, pos, "syntax error: unexpected %s%s%s", tok, sep, msg);
}

static void syntax_error(Parser *p, const char *msg)
{
	syntax_error_at(p, p->lx.pos, msg);
}

static void next(Parser *p)
{
	lex_next(&p->lx);
}

/* Statement keywords: synchronisation points inside function bodies. */
static const uint64_t stopset = BIT(T_BREAK) | BIT(T_CONST) | BIT(T_CONTINUE) |
	BIT(T_DEFER) | BIT(T_FALLTHROUGH) | BIT(T_FOR) | BIT(T_GO) | BIT(T_GOTO) |
	BIT(T_IF) | BIT(T_RETURN) | BIT(T_SELECT) | BIT(T_SWITCH) | BIT(T_TYPE) |
	BIT(T_VAR);

/* Skip tokens until one in `follow` (never past EOF).  An empty follow set
 * consumes exactly one token, so that the parser makes progress. */
static void advance(Parser *p, uint64_t follow)
{
	uint64_t set = BIT(T_EOF);
	if (follow) {
		if (p->fnest > 0)
			set |= stopset;
		set |= follow;
	}
	while (!(set & BIT(TOK(p)))) {
		next(p);
		if (!follow)
			break;
	}
}

static bool got(Parser *p, Tok t)
{
	if (TOK(p) == t) {
		next(p);
		return true;
	}
	return false;
}

static void want(Parser *p, Tok t)
{
	if (!got(p, t)) {
		char msg[64];
		snprintf(msg, sizeof msg, "expecting %s", tokstring(t));
		syntax_error(p, msg);
		advance(p, 0);
	}
}

/* got(=) that also accepts := with a complaint, for better recovery. */
static bool got_assign(Parser *p)
{
	switch (TOK(p)) {
	case T_DEFINE:
		syntax_error(p, "expecting =");
		/* fallthrough */
	case T_ASSIGN:
		next(p);
		return true;
	default:
		return false;
	}
}

static bool enter(Parser *p)
{
	if (++p->depth > MAX_DEPTH) {
		if (!p->toodeep) {
			p->toodeep = true;
			error_at(p, p->lx.pos, "syntax error: nesting too deep (limit is %d)", MAX_DEPTH);
		}
		return false;
	}
	return true;
}

static void leave(Parser *p)
{
	p->depth--;
}

/* ---- compiler directives --------------------------------------------- */

/* Directive errors come from gc's noder, not its parser: they do not
 * count as the parser's first error (which would end the file early). */
static void pragma_error(void *ctx, Pos pos, const char *msg)
{
	(void)ctx;
	diag_error(pos, "%s", msg);
}

static bool cgo_generated(Pos pos)
{
	const char *name = file_rel_name(pos);
	const char *slash = strrchr(name, '/');
	return strncmp(slash ? slash + 1 : name, "_cgo_", 5) == 0;
}

/* A //go:linkname with its local name and an optional target (as
 * strings.Fields splits it) goes to the file's list. */
static void keep_linkname(Pos pos, const char *text, int n)
{
	const char *f[4];
	int len[4], nf = 0;
	for (int i = 0; i < n;) {
		while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\v' || text[i] == '\f' || text[i] == '\r'))
			i++;
		if (i >= n)
			break;
		int start = i;
		while (i < n && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\v' || text[i] == '\f' || text[i] == '\r'))
			i++;
		if (nf < 4) {
			f[nf] = text + start;
			len[nf] = i - start;
		}
		nf++;
	}
	if (nf < 2 || nf > 3)
		return;
	SrcFile *sf = file_get(pos.file);
	if (sf->nlinknames == sf->caplinknames) {
		sf->caplinknames = sf->caplinknames ? 2 * sf->caplinknames : 4;
		sf->linknames = xrealloc(sf->linknames, (size_t)sf->caplinknames * sizeof *sf->linknames);
	}
	char *local = xmalloc((size_t)len[1] + 1);
	memcpy(local, f[1], (size_t)len[1]);
	local[len[1]] = 0;
	sf->linknames[sf->nlinknames++] = (struct FileLinkname){pos, local};
}

/* Called by the lexer for each //go: comment (and // +build lines, which
 * gc's parser never sees and we ignore here). */
static void on_directive(void *ctx, const Directive *d)
{
	Parser *p = ctx;
	if (d->len < 5 || memcmp(d->text + 2, "go:", 3) != 0)
		return;
	Pos pos = d->pos;
	pos.col += 2; /* gc places directives just after the slashes */
	if (!d->blank) {
		pragma_error(p, pos, "misplaced compiler directive");
		return;
	}
	const char *text = d->text + 2;
	int n = d->len - 2;
	if (n > 0 && text[n - 1] == '\r')
		n--;
	uint32_t flag = 0;
	PragmaKind k = pragma_classify(&p->opts, pos, text, n, cgo_generated(pos), &flag,
		pragma_error, p);
	if (k == PK_NONE)
		return;
	if (k == PK_LINKNAME)
		keep_linkname(pos, text, n);
	if (k == PK_EMBED)
		flag = PRAG_EMBED;
	else if (k == PK_LINKNAME)
		flag = PRAG_LINKNAME;
	PendingPragma *pp = &p->prag;
	if (pp->n == pp->cap) {
		pp->cap = pp->cap ? 2 * pp->cap : 4;
		pp->v = xrealloc(pp->v, pp->cap * sizeof *pp->v);
	}
	pp->v[pp->n].flag = flag;
	pp->v[pp->n].d = *d;
	pp->v[pp->n].d.pos = pos;
	pp->v[pp->n].d.flag = flag;
	pp->n++;
	pp->flags |= flag;
	pp->any = true;
}

static Pragma take_pragma(Parser *p)
{
	Pragma r = {0, NULL, 0};
	PendingPragma *pp = &p->prag;
	if (!pp->any)
		return r;
	r.flags = pp->flags & ~(uint32_t)PRAG_GOBUILD;
	r.ndirs = pp->n;
	if (pp->n) {
		r.dirs = arena_alloc(p->a, pp->n * sizeof *r.dirs);
		for (int i = 0; i < pp->n; i++) {
			r.dirs[i] = pp->v[i].d;
			if (p->opts.own_text)
				r.dirs[i].text = arena_strndup(p->a, r.dirs[i].text, (size_t)r.dirs[i].len);
		}
	}
	pp->n = 0;
	pp->flags = 0;
	pp->any = false;
	return r;
}

/* Directives that no declaration took are misplaced (gc's noder). */
static void clear_pragma(Parser *p)
{
	PendingPragma *pp = &p->prag;
	if (!pp->any)
		return;
	/* linkname and embed directives are not flags in gc; embeds have
	 * their own complaint and linknames none */
	for (int i = 0; i < pp->n; i++) {
		uint32_t f = pp->v[i].flag;
		if (f != PRAG_LINKNAME && f != PRAG_EMBED && (f & pp->flags))
			pragma_error(p, pp->v[i].d.pos, "misplaced compiler directive");
	}
	for (int i = 0; i < pp->n; i++)
		if (pp->v[i].flag == PRAG_EMBED)
			pragma_error(p, pp->v[i].d.pos, "misplaced go:embed directive");
	pp->n = 0;
	pp->flags = 0;
	pp->any = false;
}

/* ---- forward declarations -------------------------------------------- */

static Node *expr(Parser *p);
static Node *binary_expr(Parser *p, Node *x, int prec);
static Node *unary_expr(Parser *p);
static Node *pexpr(Parser *p, Node *x, bool keep_parens);
static Node *expr_list(Parser *p);
static Node *type_(Parser *p);
static Node *type_or_nil(Parser *p);
static Node *func_type(Parser *p, const char *context, NodeList *tparams);
static NodeList param_list(Parser *p, Node *name, Node *typ, Tok close, bool require_names);
static Node *block_stmt(Parser *p, const char *context);
static Node *stmt_or_nil(Parser *p);
static NodeList stmt_list(Parser *p);
static Node *qualified_name(Parser *p, Node *name);
static Node *complit_expr(Parser *p);
static Node *simple_stmt(Parser *p, Node *lhs, Tok keyword);

/* ---- common productions ---------------------------------------------- */

static Node *new_name(Parser *p, Pos pos, Sym *s)
{
	Node *n = mk(p, N_NAME, pos);
	n->u.name.sym = s;
	return n;
}

static Node *bad_expr(Parser *p)
{
	return mk(p, N_BAD, p->lx.pos);
}

static Node *name(Parser *p)
{
	if (TOK(p) == T_NAME) {
		Node *n = new_name(p, p->lx.pos, p->lx.sym);
		next(p);
		return n;
	}
	Node *n = new_name(p, p->lx.pos, sym_cstr("_"));
	syntax_error(p, "expecting name");
	advance(p, 0);
	return n;
}

/* IdentifierList = identifier { "," identifier } .  Pushes the names. */
static void name_list(Parser *p, Node *first)
{
	push(p, first);
	while (got(p, T_COMMA))
		push(p, name(p));
}

static Node *oliteral(Parser *p)
{
	if (TOK(p) != T_LITERAL)
		return NULL;
	Node *b = mk(p, N_BASICLIT, p->lx.pos);
	b->u.lit.val = p->opts.own_text ? arena_strndup(p->a, p->lx.lit, p->lx.litlen) : p->lx.lit;
	b->u.lit.len = (int)p->lx.litlen;
	b->u.lit.kind = p->lx.kind;
	b->u.lit.bad = p->lx.bad;
	next(p);
	return b;
}

/* list = [ f { sep f } [sep] ] close .  Calls f until close or EOF; f
 * returns true to stop early.  Returns the position of close. */
typedef bool (*ListFn)(Parser *p, void *ctx);

static Pos list(Parser *p, const char *context, Tok sep, Tok close, ListFn f, void *ctx)
{
	bool done = false;
	while (TOK(p) != T_EOF && TOK(p) != close && !done) {
		done = f(p, ctx);
		if (!got(p, sep) && TOK(p) != close) {
			char msg[256];
			snprintf(msg, sizeof msg, "in %s; possibly missing %s or %s", context,
				tokstring(sep), tokstring(close));
			syntax_error(p, msg);
			advance(p, BIT(T_RPAREN) | BIT(T_RBRACK) | BIT(T_RBRACE));
			if (TOK(p) != close)
				return p->lx.pos;
		}
	}
	Pos pos = p->lx.pos;
	want(p, close);
	return pos;
}

/* ---- declarations ---------------------------------------------------- */

typedef Node *(*DeclFn)(Parser *p, int group);

struct group_ctx { DeclFn f; int group; };

static bool group_elem(Parser *p, void *ctx)
{
	struct group_ctx *g = ctx;
	Node *d = g->f(p, g->group);
	if (d)
		push(p, d);
	return false;
}

/* appendGroup = f | "(" { f ";" } ")" .  Pushes the declarations. */
static void append_group(Parser *p, DeclFn f)
{
	if (TOK(p) == T_LPAREN) {
		struct group_ctx g = {f, ++p->ngroups};
		clear_pragma(p);
		next(p); /* after clear_pragma: directives inside belong to the specs */
		list(p, "grouped declaration", T_SEMI, T_RPAREN, group_elem, &g);
	} else {
		Node *d = f(p, 0);
		if (d)
			push(p, d);
	}
}

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static Node *import_decl(Parser *p, int group)
{
	Node *d = mk(p, N_IMPORTDECL, p->lx.pos);
	d->u.import.group = group;
	d->u.import.pragma = take_pragma(p);
	if (TOK(p) == T_NAME) {
		d->u.import.localname = name(p);
	} else if (TOK(p) == T_DOT) {
		d->u.import.localname = new_name(p, p->lx.pos, sym_cstr("."));
		next(p);
	}
	Node *path = oliteral(p);
	d->u.import.path = path;
	if (!path) {
		syntax_error(p, "missing import path");
		advance(p, BIT(T_SEMI) | BIT(T_RPAREN));
		return d;
	}
	if (!path->u.lit.bad && path->u.lit.kind != LIT_STRING) {
		syntax_error(p, "import path must be a string");
		path->u.lit.bad = true;
	}
	return d;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static Node *const_decl(Parser *p, int group)
{
	Node *d = mk(p, N_CONSTDECL, p->lx.pos);
	d->u.vardecl.group = group;
	d->u.vardecl.pragma = take_pragma(p);
	int mark = p->sp;
	name_list(p, name(p));
	d->u.vardecl.names = freeze(p, mark);
	if (TOK(p) != T_EOF && TOK(p) != T_SEMI && TOK(p) != T_RPAREN) {
		d->u.vardecl.type = type_or_nil(p);
		if (got_assign(p))
			d->u.vardecl.values = expr_list(p);
	}
	return d;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Node *var_decl(Parser *p, int group)
{
	Node *d = mk(p, N_VARDECL, p->lx.pos);
	d->u.vardecl.group = group;
	d->u.vardecl.pragma = take_pragma(p);
	int mark = p->sp;
	name_list(p, name(p));
	d->u.vardecl.names = freeze(p, mark);
	if (got_assign(p)) {
		d->u.vardecl.values = expr_list(p);
	} else {
		d->u.vardecl.type = type_(p);
		if (got_assign(p))
			d->u.vardecl.values = expr_list(p);
	}
	return d;
}

/* Is x a type element (and never a value expression)? */
static bool is_type_elem(Node *x)
{
	switch (x->kind) {
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
	case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE:
		return true;
	case N_OPERATION:
		return is_type_elem(x->u.op.x) || (x->u.op.y && is_type_elem(x->u.op.y)) ||
			x->u.op.op == OP_TILDE;
	case N_PAREN:
		return is_type_elem(x->u.paren.x);
	default:
		return false;
	}
}

/* Split x into "name type" if it can be read that way (see the
 * type-parameter ambiguity in type_decl).  Returns the name, or NULL, and
 * sets *typ to the remainder (NULL when x is just a name). */
static Node *extract_name(Parser *p, Node *x, bool force, Node **typ)
{
	*typ = x;
	switch (x->kind) {
	case N_NAME:
		*typ = NULL;
		return x;
	case N_OPERATION:
		if (!x->u.op.y)
			break;
		if (x->u.op.op == OP_MUL) {
			if (x->u.op.x->kind == N_NAME && (force || is_type_elem(x->u.op.y))) {
				/* name *T */
				Node *op = mk(p, N_OPERATION, x->pos);
				op->u.op.op = OP_MUL;
				op->u.op.x = x->u.op.y;
				*typ = op;
				return x->u.op.x;
			}
		} else if (x->u.op.op == OP_OR) {
			Node *lhs;
			Node *nm = extract_name(p, x->u.op.x, force || is_type_elem(x->u.op.y), &lhs);
			if (nm && lhs) {
				/* nodes are allocated at their kind's size:
				 * copy only that much */
				Node *op = mk(p, N_OPERATION, x->pos);
				memcpy(op, x, node_size[N_OPERATION]);
				op->u.op.x = lhs;
				*typ = op;
				return nm;
			}
		}
		break;
	case N_CALL:
		if (x->u.call.fun->kind == N_NAME && x->u.call.args.n == 1 && !x->u.call.dots &&
		    (force || is_type_elem(x->u.call.args.v[0]))) {
			*typ = x->u.call.args.v[0];
			return x->u.call.fun;
		}
		break;
	default:
		break;
	}
	*typ = x;
	return NULL;
}

/* "[" has been consumed at pos; len, if set, is the parsed length. */
static Node *array_type(Parser *p, Pos pos, Node *len)
{
	if (!len && !got(p, T_DOTDOTDOT)) {
		p->xnest++;
		len = expr(p);
		p->xnest--;
	}
	if (TOK(p) == T_COMMA) {
		syntax_error(p, "unexpected comma; expecting ]");
		next(p);
	}
	want(p, T_RBRACK);
	Node *t = mk(p, N_ARRAYTYPE, pos);
	t->u.array.len = len;
	t->u.array.elem = type_(p);
	return t;
}

/* "[" "]" have been consumed; pos is the "[". */
static Node *slice_type(Parser *p, Pos pos)
{
	Node *t = mk(p, N_SLICETYPE, pos);
	t->u.slicetype.elem = type_(p);
	return t;
}

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
static Node *type_decl(Parser *p, int group)
{
	Node *d = mk(p, N_TYPEDECL, p->lx.pos);
	d->u.typedecl.group = group;
	d->u.typedecl.pragma = take_pragma(p);
	d->u.typedecl.name = name(p);
	if (TOK(p) == T_LBRACK) {
		/* array or slice type, or a type parameter list */
		Pos pos = p->lx.pos;
		next(p);
		if (TOK(p) == T_NAME) {
			Node *x = name(p);
			if (TOK(p) != T_LBRACK) {
				p->xnest++;
				x = binary_expr(p, pexpr(p, x, false), 0);
				p->xnest--;
			}
			Node *ptype;
			Node *pname = extract_name(p, x, TOK(p) == T_COMMA, &ptype);
			if (pname && (ptype || TOK(p) != T_RBRACK)) {
				d->u.typedecl.tparams = param_list(p, pname, ptype, T_RBRACK, true);
				d->u.typedecl.alias = got_assign(p);
				d->u.typedecl.type = type_or_nil(p);
			} else {
				d->u.typedecl.type = array_type(p, pos, x);
			}
		} else if (TOK(p) == T_RBRACK) {
			next(p);
			d->u.typedecl.type = slice_type(p, pos);
		} else {
			d->u.typedecl.type = array_type(p, pos, NULL);
		}
	} else {
		d->u.typedecl.alias = got_assign(p);
		d->u.typedecl.type = type_or_nil(p);
	}
	if (!d->u.typedecl.type) {
		d->u.typedecl.type = bad_expr(p);
		syntax_error(p, "in type declaration");
		advance(p, BIT(T_SEMI) | BIT(T_RPAREN));
	}
	return d;
}

static Node *func_body(Parser *p)
{
	p->fnest++;
	int errcnt = p->errcnt, nbranch = p->nbranch;
	Node *body = block_stmt(p, "");
	p->fnest--;
	/* As gc's funcBody: labels and branches are checked only in a body
	 * without syntax errors, whose tree is complete; a body without any
	 * label or branch statement has nothing to report. */
	if (p->errcnt == errcnt && p->nbranch != nbranch)
		branches_check(body);
	return body;
}

/* FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
 * MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
 * "func" has been consumed. */
static Node *func_decl_or_nil(Parser *p)
{
	Node *f = mk(p, N_FUNCDECL, p->lx.pos);
	f->u.funcdecl.pragma = take_pragma(p);
	if (got(p, T_LPAREN)) {
		NodeList rcvr = param_list(p, NULL, NULL, T_RPAREN, false);
		if (rcvr.n == 0) {
			error_at(p, p->lx.pos, "method has no receiver");
		} else {
			if (rcvr.n > 1)
				error_at(p, p->lx.pos, "method has multiple receivers");
			f->u.funcdecl.recv = rcvr.v[0];
		}
	}
	if (TOK(p) != T_NAME) {
		syntax_error(p, "expecting name or (");
		advance(p, BIT(T_LBRACE) | BIT(T_SEMI));
		return NULL;
	}
	f->u.funcdecl.name = name(p);
	f->u.funcdecl.type = func_type(p, f->u.funcdecl.recv ? "method" : "", &f->u.funcdecl.tparams);
	if (TOK(p) == T_LBRACE)
		f->u.funcdecl.body = func_body(p);
	return f;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
static Node *file_or_nil(Parser *p)
{
	Node *f = mk(p, N_FILE, p->lx.pos);
	if (!got(p, T_PACKAGE)) {
		syntax_error(p, "package statement must be first");
		return NULL;
	}
	f->u.file.pragma = take_pragma(p);
	f->u.file.pkgname = name(p);
	want(p, T_SEMI);
	if (p->first)
		return NULL; /* gc gives up on a broken package clause */

	int mark = p->sp;
	while (got(p, T_IMPORT)) {
		append_group(p, import_decl);
		want(p, T_SEMI);
	}
	while (TOK(p) != T_EOF) {
		switch (TOK(p)) {
		case T_CONST:
			next(p);
			append_group(p, const_decl);
			break;
		case T_TYPE:
			next(p);
			append_group(p, type_decl);
			break;
		case T_VAR:
			next(p);
			append_group(p, var_decl);
			break;
		case T_FUNC: {
			next(p);
			Node *d = func_decl_or_nil(p);
			if (d)
				push(p, d);
			break;
		}
		default: {
			Node *last = p->sp > mark ? p->stk[p->sp - 1] : NULL;
			if (TOK(p) == T_LBRACE && last && last->kind == N_FUNCDECL && !last->u.funcdecl.body)
				syntax_error(p, "unexpected semicolon or newline before {");
			else
				syntax_error(p, "non-declaration statement outside function body");
			advance(p, BIT(T_CONST) | BIT(T_TYPE) | BIT(T_VAR) | BIT(T_FUNC));
			continue;
		}
		}
		/* Clear before consuming ';': comments after it may hold
		 * directives for the next declaration. */
		clear_pragma(p);
		if (TOK(p) != T_EOF && !got(p, T_SEMI)) {
			syntax_error(p, "after top level declaration");
			advance(p, BIT(T_CONST) | BIT(T_TYPE) | BIT(T_VAR) | BIT(T_FUNC));
		}
	}
	clear_pragma(p);
	f->u.file.decls = freeze(p, mark);
	f->u.file.eof = p->lx.pos;
	return f;
}

/* ---- expressions ----------------------------------------------------- */

static Node *expr(Parser *p)
{
	return binary_expr(p, NULL, 0);
}

/* Expression = UnaryExpr | Expression binary_op Expression . */
static Node *binary_expr(Parser *p, Node *x, int prec)
{
	if (!x)
		x = unary_expr(p);
	int links = 0;
	while ((TOK(p) == T_OPERATOR || TOK(p) == T_STAR) && p->lx.prec > prec) {
		links++;
		if (!enter(p))
			break;
		Node *t = mk(p, N_OPERATION, p->lx.pos);
		t->u.op.op = p->lx.op;
		int tprec = p->lx.prec;
		next(p);
		t->u.op.x = x;
		t->u.op.y = binary_expr(p, NULL, tprec);
		x = t;
	}
	p->depth -= links;
	return x;
}

static Node *unparen(Node *x)
{
	while (x->kind == N_PAREN)
		x = x->u.paren.x;
	return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
static Node *unary_expr(Parser *p)
{
	if (!enter(p)) {
		Node *b = bad_expr(p);
		advance(p, 0);
		leave(p);
		return b;
	}
	Node *r;
	switch (TOK(p)) {
	case T_OPERATOR:
	case T_STAR:
		switch (p->lx.op) {
		case OP_MUL: case OP_ADD: case OP_SUB: case OP_NOT: case OP_XOR: case OP_TILDE:
			r = mk(p, N_OPERATION, p->lx.pos);
			r->u.op.op = p->lx.op;
			next(p);
			r->u.op.x = unary_expr(p);
			goto out;
		case OP_AND:
			r = mk(p, N_OPERATION, p->lx.pos);
			r->u.op.op = OP_AND;
			next(p);
			/* &(T{}) is &T{}: drop the parentheses */
			r->u.op.x = unparen(unary_expr(p));
			goto out;
		default:
			break;
		}
		break;
	case T_ARROW: {
		/* receive <-x, or a receive-only channel type <-chan E */
		Pos pos = p->lx.pos;
		next(p);
		Node *x = unary_expr(p);
		if (x->kind == N_CHANTYPE) {
			/* re-associate: <-(chan E) is (<-chan E), <-(chan<- E) is
			 * (<-chan (<-E)) */
			int dir = CHAN_SEND;
			Node *t = x;
			while (dir == CHAN_SEND) {
				if (t->kind != N_CHANTYPE)
					break;
				dir = t->u.chantype.dir;
				if (dir == CHAN_RECV)
					syntax_error(p, "unexpected <-, expecting chan");
				t->u.chantype.dir = CHAN_RECV;
				t = t->u.chantype.elem;
			}
			if (dir == CHAN_SEND) {
				char s[256], msg[300];
				parse_node_string(t, s, sizeof s);
				snprintf(msg, sizeof msg, "unexpected %s, expecting chan", s);
				syntax_error(p, msg);
			}
			r = x;
			goto out;
		}
		r = mk(p, N_OPERATION, pos);
		r->u.op.op = OP_RECV;
		r->u.op.x = x;
		goto out;
	}
	default:
		break;
	}
	r = pexpr(p, NULL, true);
out:
	leave(p);
	return r;
}

/* go/defer call-like statement. */
static Node *call_stmt(Parser *p)
{
	Node *s = mk(p, N_CALLSTMT, p->lx.pos);
	s->u.callstmt.tok = TOK(p);
	const char *what = TOK(p) == T_GO ? "go" : "defer";
	next(p);
	Node *x = pexpr(p, NULL, TOK(p) == T_LPAREN);
	Node *t = unparen(x);
	if (t != x) {
		error_at(p, x->pos, "expression in %s must not be parenthesized", what);
		x = t;
	}
	if (x->kind != N_CALL) {
		error_at(p, x->pos, "expression in %s must be function call", what);
		Node *cx = mk(p, N_CALL, x->pos);
		cx->u.call.fun = x;
		x = cx;
	}
	s->u.callstmt.call = x;
	return s;
}

/* Operand = Literal | OperandName | MethodExpr | "(" Expression ")" . */
static Node *operand(Parser *p, bool keep_parens)
{
	switch (TOK(p)) {
	case T_NAME:
		return name(p);
	case T_LITERAL:
		return oliteral(p);
	case T_LPAREN: {
		Pos pos = p->lx.pos;
		next(p);
		p->xnest++;
		Node *x = expr(p);
		p->xnest--;
		want(p, T_RPAREN);
		/* gc keeps parentheses only where it may need them for an
		 * error: before '{' (a parenthesised complit type) and when
		 * the caller asks */
		if (TOK(p) == T_LBRACE)
			keep_parens = true;
		if (keep_parens) {
			Node *px = mk(p, N_PAREN, pos);
			px->u.paren.x = x;
			x = px;
		}
		return x;
	}
	case T_FUNC: {
		Pos pos = p->lx.pos;
		next(p);
		Node *ftyp = func_type(p, "function type", NULL);
		if (TOK(p) == T_LBRACE) {
			p->xnest++;
			Node *f = mk(p, N_FUNCLIT, pos);
			f->u.funclit.type = ftyp;
			f->u.funclit.body = func_body(p);
			p->xnest--;
			return f;
		}
		return ftyp;
	}
	case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
		return type_(p);
	default: {
		Node *x = bad_expr(p);
		syntax_error(p, "expecting expression");
		advance(p, BIT(T_RPAREN) | BIT(T_RBRACK) | BIT(T_RBRACE));
		return x;
	}
	}
}

/* Must x be a value (never a type)? */
static bool is_value(Node *x)
{
	switch (x->kind) {
	case N_BASICLIT: case N_COMPOSITELIT: case N_FUNCLIT: case N_SLICE:
	case N_ASSERT: case N_TYPESWITCHGUARD: case N_CALL:
		return true;
	case N_OPERATION:
		return x->u.op.op != OP_MUL || x->u.op.y != NULL; /* *T may be a type */
	case N_PAREN:
		return is_value(x->u.paren.x);
	case N_INDEX:
		return is_value(x->u.index.x) || is_value(x->u.index.index);
	default:
		return false;
	}
}

/* typeList = arg { "," arg } [ "," ] .  The first element may be any
 * expression, the rest are types.  Several elements make an N_LIST. */
static Node *type_list(Parser *p, bool *comma)
{
	*comma = false;
	p->xnest++;
	Node *x = expr(p);
	if (got(p, T_COMMA)) {
		*comma = true;
		Node *t = type_or_nil(p);
		if (t) {
			int mark = p->sp;
			push(p, x);
			push(p, t);
			while (got(p, T_COMMA)) {
				t = type_or_nil(p);
				if (!t)
					break;
				push(p, t);
			}
			x = listexpr(p, mark);
		}
	}
	p->xnest--;
	return x;
}

struct arg_ctx { bool dots; };

static bool arg_elem(Parser *p, void *ctx)
{
	struct arg_ctx *c = ctx;
	push(p, expr(p));
	c->dots = got(p, T_DOTDOTDOT);
	return c->dots;
}

/* PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | ... */
static Node *pexpr(Parser *p, Node *x, bool keep_parens)
{
	if (!x)
		x = operand(p, keep_parens);
	int links = 0;
	for (;; links++) {
		Pos pos = p->lx.pos;
		if (links > 0 && !enter(p))
			break;
		switch (TOK(p)) {
		case T_DOT:
			next(p);
			if (TOK(p) == T_NAME) {
				Node *t = mk(p, N_SELECTOR, pos);
				t->u.sel.x = x;
				t->u.sel.sel = name(p);
				x = t;
			} else if (TOK(p) == T_LPAREN) {
				next(p);
				if (got(p, T_TYPE)) {
					Node *t = mk(p, N_TYPESWITCHGUARD, pos);
					t->u.guard.x = x;
					x = t;
				} else {
					Node *t = mk(p, N_ASSERT, pos);
					t->u.assert.x = x;
					t->u.assert.type = type_(p);
					x = t;
				}
				want(p, T_RPAREN);
			} else {
				syntax_error(p, "expecting name or (");
				advance(p, BIT(T_SEMI) | BIT(T_RPAREN));
			}
			break;

		case T_LBRACK: {
			next(p);
			if (TOK(p) == T_RBRACK) {
				syntax_error(p, "expecting operand");
				next(p);
				break;
			}
			Node *i = NULL;
			if (TOK(p) != T_COLON) {
				bool comma;
				i = type_list(p, &comma);
				if (comma || TOK(p) == T_RBRACK) {
					want(p, T_RBRACK);
					Node *t = mk(p, N_INDEX, pos);
					t->u.index.x = x;
					t->u.index.index = i;
					x = t;
					break;
				}
			}
			/* x[i:... */
			if (!got(p, T_COLON)) {
				syntax_error(p, "expecting comma, : or ]");
				advance(p, BIT(T_COMMA) | BIT(T_COLON) | BIT(T_RBRACK));
			}
			p->xnest++;
			Node *t = mk(p, N_SLICE, pos);
			t->u.slice.x = x;
			t->u.slice.idx[0] = i;
			if (TOK(p) != T_COLON && TOK(p) != T_RBRACK)
				t->u.slice.idx[1] = expr(p);
			if (TOK(p) == T_COLON) {
				t->u.slice.full = true;
				if (!t->u.slice.idx[1]) {
					error_at(p, p->lx.pos, "middle index required in 3-index slice");
					t->u.slice.idx[1] = bad_expr(p);
				}
				next(p);
				if (TOK(p) != T_RBRACK) {
					t->u.slice.idx[2] = expr(p);
				} else {
					error_at(p, p->lx.pos, "final index required in 3-index slice");
					t->u.slice.idx[2] = bad_expr(p);
				}
			}
			p->xnest--;
			want(p, T_RBRACK);
			x = t;
			break;
		}

		case T_LPAREN: {
			Node *t = mk(p, N_CALL, pos);
			next(p);
			t->u.call.fun = x;
			struct arg_ctx c = {false};
			int mark = p->sp;
			p->xnest++;
			list(p, "argument list", T_COMMA, T_RPAREN, arg_elem, &c);
			p->xnest--;
			t->u.call.args = freeze(p, mark);
			t->u.call.dots = c.dots;
			x = t;
			break;
		}

		case T_LBRACE: {
			/* does '{' open a composite literal or a block? */
			Node *t = unparen(x);
			bool complit_ok = false;
			switch (t->kind) {
			case N_NAME: case N_SELECTOR:
				complit_ok = p->xnest >= 0;
				break;
			case N_INDEX:
				complit_ok = p->xnest >= 0 && !is_value(t);
				break;
			case N_ARRAYTYPE: case N_SLICETYPE: case N_STRUCTTYPE: case N_MAPTYPE:
				complit_ok = true;
				break;
			default:
				break;
			}
			if (!complit_ok)
				goto out;
			if (t != x)
				syntax_error(p, "cannot parenthesize type in composite literal");
			Node *n = complit_expr(p);
			n->u.clit.type = x;
			x = n;
			break;
		}

		default:
			goto out;
		}
	}
out:
	if (links > 0)
		p->depth -= links;
	return x;
}

/* Element = Expression | LiteralValue . */
static Node *bare_complit_expr(Parser *p)
{
	if (TOK(p) == T_LBRACE)
		return complit_expr(p);
	return expr(p);
}

struct clit_ctx { Node *lit; };

static bool clit_elem(Parser *p, void *ctx)
{
	struct clit_ctx *c = ctx;
	Node *e = bare_complit_expr(p);
	if (TOK(p) == T_COLON) {
		Node *l = mk(p, N_KEYVALUE, p->lx.pos);
		next(p);
		l->u.kv.key = e;
		l->u.kv.val = bare_complit_expr(p);
		e = l;
		c->lit->u.clit.nkeys++;
	}
	push(p, e);
	return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
static Node *complit_expr(Parser *p)
{
	if (!enter(p)) {
		Node *x = mk(p, N_COMPOSITELIT, p->lx.pos);
		advance(p, 0);
		leave(p);
		return x;
	}
	Node *x = mk(p, N_COMPOSITELIT, p->lx.pos);
	p->xnest++;
	want(p, T_LBRACE);
	struct clit_ctx c = {x};
	int mark = p->sp;
	x->u.clit.rbrace = list(p, "composite literal", T_COMMA, T_RBRACE, clit_elem, &c);
	x->u.clit.elems = freeze(p, mark);
	p->xnest--;
	leave(p);
	return x;
}

/* ExpressionList = Expression { "," Expression } . */
static Node *expr_list(Parser *p)
{
	Node *x = expr(p);
	if (got(p, T_COMMA)) {
		int mark = p->sp;
		push(p, x);
		push(p, expr(p));
		while (got(p, T_COMMA))
			push(p, expr(p));
		x = listexpr(p, mark);
	}
	return x;
}

/* ---- types ----------------------------------------------------------- */

static Node *type_(Parser *p)
{
	Node *t = type_or_nil(p);
	if (!t) {
		t = bad_expr(p);
		syntax_error(p, "expecting type");
		advance(p, BIT(T_COMMA) | BIT(T_COLON) | BIT(T_SEMI) | BIT(T_RPAREN) |
			BIT(T_RBRACK) | BIT(T_RBRACE));
	}
	return t;
}

static Node *new_indirect(Parser *p, Pos pos, Node *typ)
{
	Node *o = mk(p, N_OPERATION, pos);
	o->u.op.op = OP_MUL;
	o->u.op.x = typ;
	return o;
}

static Node *chan_elem(Parser *p)
{
	Node *t = type_or_nil(p);
	if (!t) {
		t = bad_expr(p);
		syntax_error(p, "missing channel element type");
	}
	return t;
}

static Node *struct_type(Parser *p);
static Node *interface_type(Parser *p);

static Node *type_or_nil_inner(Parser *p)
{
	Pos pos = p->lx.pos;
	switch (TOK(p)) {
	case T_STAR:
		next(p);
		return new_indirect(p, pos, type_(p));
	case T_ARROW: {
		next(p);
		want(p, T_CHAN);
		Node *t = mk(p, N_CHANTYPE, pos);
		t->u.chantype.dir = CHAN_RECV;
		t->u.chantype.elem = chan_elem(p);
		return t;
	}
	case T_FUNC:
		next(p);
		return func_type(p, "function type", NULL);
	case T_LBRACK:
		next(p);
		if (got(p, T_RBRACK))
			return slice_type(p, pos);
		return array_type(p, pos, NULL);
	case T_CHAN: {
		next(p);
		Node *t = mk(p, N_CHANTYPE, pos);
		if (got(p, T_ARROW))
			t->u.chantype.dir = CHAN_SEND;
		t->u.chantype.elem = chan_elem(p);
		return t;
	}
	case T_MAP: {
		next(p);
		want(p, T_LBRACK);
		Node *t = mk(p, N_MAPTYPE, pos);
		t->u.map.key = type_(p);
		want(p, T_RBRACK);
		t->u.map.val = type_(p);
		return t;
	}
	case T_STRUCT:
		return struct_type(p);
	case T_INTERFACE:
		return interface_type(p);
	case T_NAME:
		return qualified_name(p, NULL);
	case T_LPAREN: {
		next(p);
		Node *t = type_(p);
		want(p, T_RPAREN);
		return t;
	}
	default:
		return NULL;
	}
}

/* Type = TypeName | TypeLit | "(" Type ")" .  NULL if there is none. */
static Node *type_or_nil(Parser *p)
{
	if (!enter(p)) {
		Node *b = bad_expr(p);
		advance(p, 0);
		leave(p);
		return b;
	}
	Node *t = type_or_nil_inner(p);
	leave(p);
	return t;
}

static Node *type_instance(Parser *p, Node *typ)
{
	Node *x = mk(p, N_INDEX, p->lx.pos);
	want(p, T_LBRACK);
	x->u.index.x = typ;
	if (TOK(p) == T_RBRACK) {
		syntax_error(p, "expecting type");
		x->u.index.index = bad_expr(p);
	} else {
		bool comma;
		x->u.index.index = type_list(p, &comma);
	}
	want(p, T_RBRACK);
	return x;
}

/* Signature with optional type parameters.  If context is non-empty, type
 * parameters are an error; tparams may be NULL when none are expected. */
static Node *func_type(Parser *p, const char *context, NodeList *tparams)
{
	Node *typ = mk(p, N_FUNCTYPE, p->lx.pos);
	if (got(p, T_LBRACK)) {
		if (context[0]) {
			char msg[128];
			snprintf(msg, sizeof msg, "%s must have no type parameters", context);
			syntax_error_at(p, typ->pos, msg);
		}
		if (TOK(p) == T_RBRACK) {
			syntax_error(p, "empty type parameter list");
			next(p);
		} else {
			NodeList l = param_list(p, NULL, NULL, T_RBRACK, true);
			if (tparams)
				*tparams = l;
		}
	}
	want(p, T_LPAREN);
	typ->u.functype.params = param_list(p, NULL, NULL, T_RPAREN, false);
	/* Result = Parameters | Type . */
	if (got(p, T_LPAREN)) {
		typ->u.functype.results = param_list(p, NULL, NULL, T_RPAREN, false);
	} else {
		Pos pos = p->lx.pos;
		Node *t = type_or_nil(p);
		if (t) {
			Node *f = mk(p, N_FIELD, pos);
			f->u.field.type = t;
			int mark = p->sp;
			push(p, f);
			typ->u.functype.results = freeze(p, mark);
		}
	}
	return typ;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
typedef struct StructBuild {
	int fmark;        /* field list on the scratch stack */
	PtrVec tags;      /* parallel tags, only once some field has one */
	int nfields;
	bool anytag;
} StructBuild;

static void add_field(Parser *p, StructBuild *sb, Pos pos, Node *nm, Node *typ, Node *tag)
{
	if (tag && !sb->anytag) {
		sb->anytag = true;
		for (int i = 0; i < sb->nfields; i++)
			vec_push(&sb->tags, NULL);
	}
	if (sb->anytag)
		vec_push(&sb->tags, tag);
	Node *f = mk(p, N_FIELD, pos);
	f->u.field.name = nm;
	f->u.field.type = typ;
	push(p, f);
	sb->nfields++;
}

static Node *array_or_targs(Parser *p);

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
static bool field_decl(Parser *p, void *ctx)
{
	StructBuild *sb = ctx;
	Pos pos = p->lx.pos;
	switch (TOK(p)) {
	case T_NAME: {
		Node *nm = name(p);
		if (TOK(p) == T_DOT || TOK(p) == T_LITERAL || TOK(p) == T_SEMI || TOK(p) == T_RBRACE) {
			/* embedded type */
			Node *typ = qualified_name(p, nm);
			Node *tag = oliteral(p);
			add_field(p, sb, pos, NULL, typ, tag);
			break;
		}
		/* name1, name2, ... Type [ tag ]: names go on a side list,
		 * since fields are pushed on the scratch stack */
		PtrVec names = {0};
		vec_push(&names, nm);
		while (got(p, T_COMMA))
			vec_push(&names, name(p));
		Node *typ;
		if (names.len == 1 && TOK(p) == T_LBRACK) {
			/* embedded instance T[P1, P2] or a field of array type */
			typ = array_or_targs(p);
			if (typ->kind == N_INDEX) {
				typ->u.index.x = nm;
				Node *tag = oliteral(p);
				add_field(p, sb, pos, NULL, typ, tag);
				vec_free(&names);
				break;
			}
		} else {
			typ = type_(p);
		}
		Node *tag = oliteral(p);
		for (int i = 0; i < names.len; i++) {
			Node *n = names.data[i];
			add_field(p, sb, n->pos, n, typ, tag);
		}
		vec_free(&names);
		break;
	}
	case T_STAR: {
		next(p);
		Node *typ;
		if (TOK(p) == T_LPAREN) {
			syntax_error(p, "cannot parenthesize embedded type");
			next(p);
			typ = qualified_name(p, NULL);
			got(p, T_RPAREN);
		} else {
			typ = qualified_name(p, NULL);
		}
		Node *tag = oliteral(p);
		add_field(p, sb, pos, NULL, new_indirect(p, pos, typ), tag);
		break;
	}
	case T_LPAREN: {
		syntax_error(p, "cannot parenthesize embedded type");
		next(p);
		Node *typ;
		if (TOK(p) == T_STAR) {
			Pos spos = p->lx.pos;
			next(p);
			typ = new_indirect(p, spos, qualified_name(p, NULL));
		} else {
			typ = qualified_name(p, NULL);
		}
		got(p, T_RPAREN);
		Node *tag = oliteral(p);
		add_field(p, sb, pos, NULL, typ, tag);
		break;
	}
	default:
		syntax_error(p, "expecting field name or embedded type");
		advance(p, BIT(T_SEMI) | BIT(T_RBRACE));
		break;
	}
	return false;
}

static Node *struct_type(Parser *p)
{
	Node *typ = mk(p, N_STRUCTTYPE, p->lx.pos);
	want(p, T_STRUCT);
	want(p, T_LBRACE);
	StructBuild sb = {p->sp, {0}, 0, false};
	list(p, "struct type", T_SEMI, T_RBRACE, field_decl, &sb);
	typ->u.structtype.fields = freeze(p, sb.fmark);
	if (sb.anytag) {
		typ->u.structtype.tags.n = sb.tags.len;
		typ->u.structtype.tags.v = (Node **)vec_freeze(&sb.tags, p->a);
		vec_free(&sb.tags);
	}
	return typ;
}

/* x [n]E, or x[n,], x[n1, n2], ...: "[" is next. */
static Node *array_or_targs(Parser *p)
{
	Pos pos = p->lx.pos;
	want(p, T_LBRACK);
	if (got(p, T_RBRACK))
		return slice_type(p, pos);
	bool comma;
	Node *n = type_list(p, &comma);
	want(p, T_RBRACK);
	if (!comma) {
		Node *elem = type_or_nil(p);
		if (elem) {
			Node *t = mk(p, N_ARRAYTYPE, pos);
			t->u.array.len = n;
			t->u.array.elem = elem;
			return t;
		}
	}
	Node *t = mk(p, N_INDEX, pos);
	t->u.index.index = n; /* x filled in by the caller */
	return t;
}

/* EmbeddedTerm = [ "~" ] Type . */
static Node *embedded_term(Parser *p)
{
	if (TOK(p) == T_OPERATOR && p->lx.op == OP_TILDE) {
		Node *t = mk(p, N_OPERATION, p->lx.pos);
		t->u.op.op = OP_TILDE;
		next(p);
		t->u.op.x = type_(p);
		return t;
	}
	Node *t = type_or_nil(p);
	if (!t) {
		t = bad_expr(p);
		syntax_error(p, "expecting ~ term or type");
		advance(p, BIT(T_OPERATOR) | BIT(T_SEMI) | BIT(T_RPAREN) | BIT(T_RBRACK) | BIT(T_RBRACE));
	}
	return t;
}

/* EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
static Node *embedded_elem(Parser *p, Node *f)
{
	if (!f) {
		f = mk(p, N_FIELD, p->lx.pos);
		f->u.field.type = embedded_term(p);
	}
	while (TOK(p) == T_OPERATOR && p->lx.op == OP_OR) {
		Node *t = mk(p, N_OPERATION, p->lx.pos);
		t->u.op.op = OP_OR;
		next(p);
		t->u.op.x = f->u.field.type;
		t->u.op.y = embedded_term(p);
		f->u.field.type = t;
	}
	return f;
}

/* MethodSpec = MethodName Signature | InterfaceTypeName . */
static Node *method_decl(Parser *p)
{
	static const char context[] = "interface method";
	Node *f = mk(p, N_FIELD, p->lx.pos);
	Node *nm = name(p);
	switch (TOK(p)) {
	case T_LPAREN:
		f->u.field.name = nm;
		f->u.field.type = func_type(p, context, NULL);
		break;
	case T_LBRACK: {
		/* generic method m[T C](x T) (an error) or embedded T[P1, P2] */
		Pos pos = p->lx.pos;
		next(p);
		if (TOK(p) == T_RBRACK) {
			Pos rpos = p->lx.pos;
			next(p);
			if (TOK(p) == T_LPAREN) {
				error_at(p, rpos, "empty type parameter list");
				f->u.field.name = nm;
				f->u.field.type = func_type(p, context, NULL);
			} else {
				error_at(p, rpos, "empty type argument list");
				f->u.field.type = nm;
			}
			break;
		}
		NodeList l = param_list(p, NULL, NULL, T_RBRACK, false);
		if (l.n == 0) {
			if (TOK(p) == T_LPAREN) {
				f->u.field.name = nm;
				f->u.field.type = func_type(p, context, NULL);
			} else {
				f->u.field.type = nm;
			}
			break;
		}
		if (l.v[0]->u.field.name) {
			f->u.field.name = nm;
			f->u.field.type = func_type(p, context, NULL);
			error_at(p, pos, "interface method must have no type parameters");
			break;
		}
		Node *t = mk(p, N_INDEX, pos);
		t->u.index.x = nm;
		if (l.n == 1) {
			t->u.index.index = l.v[0]->u.field.type;
		} else {
			int mark = p->sp;
			for (int i = 0; i < l.n; i++)
				push(p, l.v[i]->u.field.type);
			t->u.index.index = listexpr(p, mark);
		}
		f->u.field.type = t;
		break;
	}
	default:
		f->u.field.type = qualified_name(p, nm);
		break;
	}
	return f;
}

static bool iface_elem(Parser *p, void *ctx)
{
	(void)ctx;
	Node *f = NULL;
	if (TOK(p) == T_NAME)
		f = method_decl(p);
	if (!f || !f->u.field.name)
		f = embedded_elem(p, f);
	push(p, f);
	return false;
}

/* InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" . */
static Node *interface_type(Parser *p)
{
	Node *typ = mk(p, N_INTERFACETYPE, p->lx.pos);
	want(p, T_INTERFACE);
	want(p, T_LBRACE);
	int mark = p->sp;
	list(p, "interface type", T_SEMI, T_RBRACE, iface_elem, NULL);
	typ->u.iface.methods = freeze(p, mark);
	return typ;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
static Node *param_decl_or_nil(Parser *p, Node *nm, Tok follow)
{
	bool typesets = follow == T_RBRACK; /* type set notation in type parameter lists */
	Pos pos = p->lx.pos;
	if (nm)
		pos = nm->pos;
	else if (typesets && TOK(p) == T_OPERATOR && p->lx.op == OP_TILDE)
		return embedded_elem(p, NULL);

	Node *f = mk(p, N_FIELD, pos);
	if (TOK(p) == T_NAME || nm) {
		if (!nm)
			nm = name(p);
		if (TOK(p) == T_LBRACK) {
			f->u.field.type = array_or_targs(p);
			if (f->u.field.type->kind == N_INDEX)
				f->u.field.type->u.index.x = nm;
			else
				f->u.field.name = nm;
			if (typesets && TOK(p) == T_OPERATOR && p->lx.op == OP_OR)
				f = embedded_elem(p, f);
			return f;
		}
		if (TOK(p) == T_DOT) {
			f->u.field.type = qualified_name(p, nm);
			if (typesets && TOK(p) == T_OPERATOR && p->lx.op == OP_OR)
				f = embedded_elem(p, f);
			return f;
		}
		if (typesets && TOK(p) == T_OPERATOR && p->lx.op == OP_OR) {
			f->u.field.type = nm;
			return embedded_elem(p, f);
		}
		f->u.field.name = nm;
	}
	if (TOK(p) == T_DOTDOTDOT) {
		Node *t = mk(p, N_DOTSTYPE, p->lx.pos);
		next(p);
		t->u.slicetype.elem = type_or_nil(p);
		if (!t->u.slicetype.elem) {
			t->u.slicetype.elem = bad_expr(p);
			syntax_error(p, "... is missing type");
		}
		f->u.field.type = t;
		return f;
	}
	if (typesets && TOK(p) == T_OPERATOR && p->lx.op == OP_TILDE) {
		f->u.field.type = embedded_elem(p, NULL)->u.field.type;
		return f;
	}
	f->u.field.type = type_or_nil(p);
	if (typesets && TOK(p) == T_OPERATOR && p->lx.op == OP_OR && f->u.field.type)
		f = embedded_elem(p, f);
	if (f->u.field.name || f->u.field.type)
		return f;
	char msg[64];
	snprintf(msg, sizeof msg, "expecting %s", tokstring(follow));
	syntax_error(p, msg);
	advance(p, BIT(T_COMMA) | BIT(follow));
	return NULL;
}

struct param_ctx { Node *name, *typ; Tok close; int named, typed; };

static bool param_elem(Parser *p, void *ctx)
{
	struct param_ctx *c = ctx;
	Node *par;
	if (c->typ) {
		par = mk(p, N_FIELD, c->name->pos);
		par->u.field.name = c->name;
		par->u.field.type = c->typ;
	} else {
		par = param_decl_or_nil(p, c->name, c->close);
	}
	c->name = NULL;
	c->typ = NULL;
	if (par) {
		if (par->u.field.name && par->u.field.type)
			c->named++;
		if (par->u.field.type)
			c->typed++;
		push(p, par);
	}
	return false;
}

/* gc's StartPos: the position of an expression's leftmost token, except
 * that, as in gc, a KeyValueExpr and a SliceExpr keep their own. */
Pos parse_start_pos(Node *n)
{
	for (;;) {
		switch (n->kind) {
		case N_COMPOSITELIT:
			if (!n->u.clit.type)
				return n->pos;
			n = n->u.clit.type;
			break;
		case N_SELECTOR: n = n->u.sel.x; break;
		case N_INDEX: n = n->u.index.x; break;
		case N_ASSERT: n = n->u.assert.x; break;
		case N_TYPESWITCHGUARD:
			if (n->u.guard.lhs) { n = n->u.guard.lhs; break; }
			n = n->u.guard.x;
			break;
		case N_OPERATION:
			if (n->u.op.y) { n = n->u.op.x; break; }
			return n->pos;
		case N_CALL: n = n->u.call.fun; break;
		case N_LIST:
			if (n->u.list.elems.n > 0) { n = n->u.list.elems.v[0]; break; }
			return n->pos;
		default:
			return n->pos;
		}
	}
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .  "(" or "[" has been
 * consumed; name and typ, if set, are an already parsed first field. */
static NodeList param_list(Parser *p, Node *nm, Node *typ, Tok close, bool require_names)
{
	int mark = p->sp;
	if (nm && typ && TOK(p) == close) {
		next(p);
		Node *par = mk(p, N_FIELD, nm->pos);
		par->u.field.name = nm;
		par->u.field.type = typ;
		push(p, par);
		return freeze(p, mark);
	}
	struct param_ctx c = {nm, typ, close, 0, 0};
	Pos end = list(p, "parameter list", T_COMMA, close, param_elem, &c);
	int n = p->sp - mark;
	if (n == 0)
		return freeze(p, mark);
	Node **v = p->stk + mark;
	if (c.named == 0 && !require_names) {
		/* all unnamed: the names found are type names */
		for (int i = 0; i < n; i++)
			if (v[i]->u.field.name) {
				v[i]->u.field.type = v[i]->u.field.name;
				v[i]->u.field.name = NULL;
			}
	} else if (c.named != n) {
		/* some named: all must have names and types; distribute the
		 * types from right to left */
		Pos errpos = {0, 0, 0};
		Node *t = NULL;
		for (int i = n - 1; i >= 0; i--) {
			Node *par = v[i];
			if (par->u.field.type) {
				t = par->u.field.type;
				if (!par->u.field.name) {
					errpos = parse_start_pos(t);
					par->u.field.name = new_name(p, errpos, sym_cstr("_"));
				}
			} else if (t) {
				par->u.field.type = t;
			} else {
				errpos = par->u.field.name->pos;
				Node *b = mk(p, N_BAD, errpos);
				par->u.field.type = b;
			}
		}
		if (errpos.line) {
			const char *msg;
			if (require_names) {
				if (c.named == c.typed) {
					errpos = end;
					msg = "missing type constraint";
				} else {
					msg = "type parameters must be named";
				}
			} else {
				msg = "mixed named and unnamed parameters";
			}
			syntax_error_at(p, errpos, msg);
		}
	}
	return freeze(p, mark);
}

/* The first name may be given. */
static Node *qualified_name(Parser *p, Node *nm)
{
	Node *x;
	if (nm) {
		x = nm;
	} else if (TOK(p) == T_NAME) {
		x = name(p);
	} else {
		x = new_name(p, p->lx.pos, sym_cstr("_"));
		syntax_error(p, "expecting name");
		advance(p, BIT(T_DOT) | BIT(T_SEMI) | BIT(T_RBRACE));
	}
	if (TOK(p) == T_DOT) {
		Node *s = mk(p, N_SELECTOR, p->lx.pos);
		next(p);
		s->u.sel.x = x;
		s->u.sel.sel = name(p);
		x = s;
	}
	if (TOK(p) == T_LBRACK)
		x = type_instance(p, x);
	return x;
}

/* ---- statements ------------------------------------------------------ */

static Node *new_assign(Parser *p, Pos pos, Op op, Node *lhs, Node *rhs)
{
	Node *a = mk(p, N_ASSIGNSTMT, pos);
	a->u.assign.op = op;
	a->u.assign.lhs = lhs;
	a->u.assign.rhs = rhs;
	return a;
}

static Node *new_range_clause(Parser *p, Node *lhs, bool def)
{
	Node *r = mk(p, N_RANGECLAUSE, p->lx.pos);
	next(p); /* range */
	r->u.range.lhs = lhs;
	r->u.range.def = def;
	r->u.range.x = expr(p);
	return r;
}

static Node *expr_stmt(Parser *p, Node *x)
{
	Node *s = mk(p, N_EXPRSTMT, x->pos);
	s->u.exprstmt.x = x;
	return s;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl . */
static Node *simple_stmt(Parser *p, Node *lhs, Tok keyword)
{
	if (keyword == T_FOR && TOK(p) == T_RANGE)
		return new_range_clause(p, NULL, false);
	if (!lhs)
		lhs = expr_list(p);

	if (lhs->kind != N_LIST && TOK(p) != T_ASSIGN && TOK(p) != T_DEFINE) {
		Pos pos = p->lx.pos;
		switch (TOK(p)) {
		case T_ASSIGNOP: {
			Op op = p->lx.op;
			next(p);
			return new_assign(p, pos, op, lhs, expr(p));
		}
		case T_INCOP: {
			Op op = p->lx.op;
			next(p);
			return new_assign(p, pos, op, lhs, NULL);
		}
		case T_ARROW: {
			Node *s = mk(p, N_SENDSTMT, pos);
			next(p);
			s->u.send.ch = lhs;
			s->u.send.val = expr(p);
			return s;
		}
		default:
			return expr_stmt(p, lhs);
		}
	}

	switch (TOK(p)) {
	case T_ASSIGN:
	case T_DEFINE: {
		Pos pos = p->lx.pos;
		Op op = TOK(p) == T_DEFINE ? OP_DEF : OP_NONE;
		next(p);
		if (keyword == T_FOR && TOK(p) == T_RANGE)
			return new_range_clause(p, lhs, op == OP_DEF);
		Node *rhs = expr_list(p);
		if (rhs->kind == N_TYPESWITCHGUARD && keyword == T_SWITCH && op == OP_DEF &&
		    lhs->kind == N_NAME) {
			/* switch ... lhs := rhs.(type) */
			rhs->u.guard.lhs = lhs;
			return expr_stmt(p, rhs);
		}
		return new_assign(p, pos, op, lhs, rhs);
	}
	default:
		syntax_error(p, "expecting := or = or comma");
		advance(p, BIT(T_SEMI) | BIT(T_RBRACE));
		if (lhs->kind == N_LIST)
			lhs = lhs->u.list.elems.v[0];
		return expr_stmt(p, lhs);
	}
}

static Node *labeled_stmt_or_nil(Parser *p, Node *label)
{
	Node *s = mk(p, N_LABELEDSTMT, p->lx.pos);
	p->nbranch++;
	s->u.labeled.label = label;
	want(p, T_COLON);
	if (TOK(p) == T_RBRACE) {
		/* a label before '}' labels an empty statement */
		s->u.labeled.stmt = mk(p, N_EMPTYSTMT, p->lx.pos);
		return s;
	}
	s->u.labeled.stmt = stmt_or_nil(p);
	if (s->u.labeled.stmt)
		return s;
	syntax_error_at(p, s->pos, "missing statement after label");
	return NULL;
}

/* Block = "{" StatementList "}" .  context names what the block follows,
 * for the error when '{' is missing. */
static Node *block_stmt(Parser *p, const char *context)
{
	Node *s = mk(p, N_BLOCKSTMT, p->lx.pos);
	if (!got(p, T_LBRACE)) {
		char msg[128];
		snprintf(msg, sizeof msg, "expecting { after %s", context);
		syntax_error(p, msg);
		advance(p, BIT(T_NAME) | BIT(T_RBRACE));
		s->u.block.rbrace = p->lx.pos;
		if (got(p, T_RBRACE))
			return s;
	}
	s->u.block.stmts = stmt_list(p);
	s->u.block.rbrace = p->lx.pos;
	want(p, T_RBRACE);
	return s;
}

static Node *decl_stmt(Parser *p, DeclFn f)
{
	Node *s = mk(p, N_DECLSTMT, p->lx.pos);
	next(p); /* const, type or var */
	int mark = p->sp;
	append_group(p, f);
	s->u.declstmt.decls = freeze(p, mark);
	return s;
}

/* The header of if, for and switch: [ Init ";" ] Cond [ ";" Post ]. */
static void header(Parser *p, Tok keyword, Node **init, Node **cond, Node **post)
{
	*init = *cond = NULL;
	if (post)
		*post = NULL;
	want(p, keyword);
	if (TOK(p) == T_LBRACE) {
		if (keyword == T_IF) {
			syntax_error(p, "missing condition in if statement");
			*cond = bad_expr(p);
		}
		return;
	}
	int outer = p->xnest;
	p->xnest = -1; /* '{' ends the header, it does not open a complit */

	if (TOK(p) != T_SEMI) {
		if (got(p, T_VAR)) {
			char msg[128];
			snprintf(msg, sizeof msg, "var declaration not allowed in %s initializer",
				tokstring(keyword));
			syntax_error(p, msg);
		}
		*init = simple_stmt(p, NULL, keyword);
		if ((*init)->kind == N_RANGECLAUSE) {
			p->xnest = outer;
			return;
		}
	}

	Node *condstmt = NULL;
	Pos semipos = {0, 0, 0};
	const char *semilit = NULL;
	int semilen = 0;
	if (TOK(p) != T_LBRACE) {
		if (TOK(p) == T_SEMI) {
			semipos = p->lx.pos;
			semilit = p->lx.lit;
			semilen = (int)p->lx.litlen;
			next(p);
		} else {
			want(p, T_LBRACE); /* a better message than asking for ';' */
			if (TOK(p) != T_LBRACE)
				advance(p, BIT(T_LBRACE) | BIT(T_RBRACE));
		}
		if (keyword == T_FOR) {
			if (TOK(p) != T_SEMI) {
				if (TOK(p) == T_LBRACE) {
					syntax_error(p, "expecting for loop condition");
					goto done;
				}
				condstmt = simple_stmt(p, NULL, 0);
			}
			want(p, T_SEMI);
			if (TOK(p) != T_LBRACE) {
				*post = simple_stmt(p, NULL, 0);
				if ((*post)->kind == N_ASSIGNSTMT && (*post)->u.assign.op == OP_DEF)
					syntax_error_at(p, (*post)->pos, "cannot declare in post statement of for loop");
			}
		} else if (TOK(p) != T_LBRACE) {
			condstmt = simple_stmt(p, NULL, keyword);
		}
	} else {
		condstmt = *init;
		*init = NULL;
	}

done:
	if (!condstmt) {
		if (keyword == T_IF && semipos.line) {
			char msg[128];
			if (!(semilen == 9 && memcmp(semilit, "semicolon", 9) == 0)) {
				snprintf(msg, sizeof msg, "unexpected %.*s, expecting { after if clause",
					semilen, semilit);
				syntax_error_at(p, semipos, msg);
			} else {
				syntax_error_at(p, semipos, "missing condition in if statement");
			}
			*cond = mk(p, N_BAD, semipos);
		}
	} else if (condstmt->kind == N_EXPRSTMT) {
		*cond = condstmt->u.exprstmt.x;
	} else {
		/* a common mistake: '=' for '==' */
		char s[512], msg[600];
		if (condstmt->kind == N_ASSIGNSTMT && condstmt->u.assign.op == OP_NONE) {
			char l[240], r[240];
			parse_node_string(condstmt->u.assign.lhs, l, sizeof l);
			parse_node_string(condstmt->u.assign.rhs, r, sizeof r);
			snprintf(s, sizeof s, "assignment (%s) = (%s)", l, r);
		} else {
			parse_node_string(condstmt, s, sizeof s);
		}
		snprintf(msg, sizeof msg, "cannot use %s as value", s);
		syntax_error_at(p, condstmt->pos, msg);
	}
	p->xnest = outer;
}

static Node *for_stmt(Parser *p)
{
	Node *s = mk(p, N_FORSTMT, p->lx.pos);
	header(p, T_FOR, &s->u.forstmt.init, &s->u.forstmt.cond, &s->u.forstmt.post);
	s->u.forstmt.body = block_stmt(p, "for clause");
	return s;
}

static Node *if_stmt(Parser *p)
{
	Node *s = mk(p, N_IFSTMT, p->lx.pos);
	header(p, T_IF, &s->u.ifstmt.init, &s->u.ifstmt.cond, NULL);
	s->u.ifstmt.then = block_stmt(p, "if clause");
	if (got(p, T_ELSE)) {
		switch (TOK(p)) {
		case T_IF:
			if (enter(p))
				s->u.ifstmt.els = if_stmt(p);
			leave(p);
			break;
		case T_LBRACE:
			s->u.ifstmt.els = block_stmt(p, "");
			break;
		default:
			syntax_error(p, "else must be followed by if or statement block");
			advance(p, BIT(T_NAME) | BIT(T_RBRACE));
			break;
		}
	}
	return s;
}

/* CaseClause = ( "case" ExpressionList | "default" ) ":" StatementList .
 * CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
 * The two share their shape; comm selects the select statement's form. */
static Node *clause(Parser *p, bool comm)
{
	Node *c = mk(p, comm ? N_COMMCLAUSE : N_CASECLAUSE, p->lx.pos);
	Node *head = NULL;
	switch (TOK(p)) {
	case T_CASE:
		next(p);
		/* a select case accepts any simple statement here; the type
		 * checker rejects what is not a send or a receive */
		head = comm ? simple_stmt(p, NULL, 0) : expr_list(p);
		break;
	case T_DEFAULT:
		next(p);
		break;
	default:
		syntax_error(p, "expecting case or default or }");
		advance(p, BIT(T_COLON) | BIT(T_CASE) | BIT(T_DEFAULT) | BIT(T_RBRACE));
		break;
	}
	Pos colon = p->lx.pos;
	want(p, T_COLON);
	NodeList body = stmt_list(p);
	if (comm) {
		c->u.commclause.comm = head;
		c->u.commclause.colon = colon;
		c->u.commclause.body = body;
	} else {
		c->u.caseclause.cases = head;
		c->u.caseclause.colon = colon;
		c->u.caseclause.body = body;
	}
	return c;
}

/* "{" { clause } "}" of a switch or select statement; what names the
 * statement in the error for a missing "{". */
static NodeList clauses(Parser *p, bool comm, Pos *rbrace)
{
	if (!got(p, T_LBRACE)) {
		syntax_error(p, comm ? "missing { after select clause" : "missing { after switch clause");
		advance(p, BIT(T_CASE) | BIT(T_DEFAULT) | BIT(T_RBRACE));
	}
	int mark = p->sp;
	while (TOK(p) != T_EOF && TOK(p) != T_RBRACE)
		push(p, clause(p, comm));
	NodeList body = freeze(p, mark);
	*rbrace = p->lx.pos;
	want(p, T_RBRACE);
	return body;
}

static Node *switch_stmt(Parser *p)
{
	Node *s = mk(p, N_SWITCHSTMT, p->lx.pos);
	header(p, T_SWITCH, &s->u.switchstmt.init, &s->u.switchstmt.tag, NULL);
	s->u.switchstmt.body = clauses(p, false, &s->u.switchstmt.rbrace);
	return s;
}

static Node *select_stmt(Parser *p)
{
	Node *s = mk(p, N_SELECTSTMT, p->lx.pos);
	want(p, T_SELECT);
	s->u.selectstmt.body = clauses(p, true, &s->u.selectstmt.rbrace);
	return s;
}

static Node *branch_stmt(Parser *p, Tok tok)
{
	Node *s = mk(p, N_BRANCHSTMT, p->lx.pos);
	p->nbranch++;
	s->u.branch.tok = tok;
	next(p);
	return s;
}

static Node *stmt_or_nil_inner(Parser *p)
{
	/* most statements start with a name: try that first */
	if (TOK(p) == T_NAME) {
		clear_pragma(p);
		Node *lhs = expr_list(p);
		if (lhs->kind == N_NAME && TOK(p) == T_COLON)
			return labeled_stmt_or_nil(p, lhs);
		return simple_stmt(p, lhs, 0);
	}
	switch (TOK(p)) {
	case T_VAR:
		return decl_stmt(p, var_decl);
	case T_CONST:
		return decl_stmt(p, const_decl);
	case T_TYPE:
		return decl_stmt(p, type_decl);
	default:
		break;
	}
	clear_pragma(p);
	switch (TOK(p)) {
	case T_LBRACE:
		return block_stmt(p, "");
	case T_OPERATOR:
	case T_STAR:
		switch (p->lx.op) {
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_AND: case OP_XOR: case OP_NOT:
			return simple_stmt(p, NULL, 0);
		default:
			return NULL;
		}
	case T_LITERAL: case T_FUNC: case T_LPAREN:
	case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN: case T_INTERFACE:
	case T_ARROW:
		return simple_stmt(p, NULL, 0);
	case T_FOR:
		return for_stmt(p);
	case T_SWITCH:
		return switch_stmt(p);
	case T_SELECT:
		return select_stmt(p);
	case T_IF:
		return if_stmt(p);
	case T_FALLTHROUGH:
		return branch_stmt(p, T_FALLTHROUGH);
	case T_BREAK:
	case T_CONTINUE: {
		Node *s = branch_stmt(p, TOK(p));
		if (TOK(p) == T_NAME)
			s->u.branch.label = name(p);
		return s;
	}
	case T_GO:
	case T_DEFER:
		return call_stmt(p);
	case T_GOTO: {
		Node *s = branch_stmt(p, T_GOTO);
		s->u.branch.label = name(p);
		return s;
	}
	case T_RETURN: {
		Node *s = mk(p, N_RETURNSTMT, p->lx.pos);
		next(p);
		if (TOK(p) != T_SEMI && TOK(p) != T_RBRACE)
			s->u.ret.results = expr_list(p);
		return s;
	}
	case T_SEMI:
		return mk(p, N_EMPTYSTMT, p->lx.pos);
	default:
		return NULL;
	}
}

static Node *stmt_or_nil(Parser *p)
{
	if (!enter(p)) {
		advance(p, 0);
		leave(p);
		return NULL;
	}
	Node *s = stmt_or_nil_inner(p);
	leave(p);
	return s;
}

/* StatementList = { Statement ";" } . */
static NodeList stmt_list(Parser *p)
{
	int mark = p->sp;
	while (TOK(p) != T_EOF && TOK(p) != T_RBRACE && TOK(p) != T_CASE && TOK(p) != T_DEFAULT) {
		Node *s = stmt_or_nil(p);
		clear_pragma(p);
		if (!s)
			break;
		push(p, s);
		/* ';' is optional before '}' */
		if (!got(p, T_SEMI) && TOK(p) != T_RBRACE) {
			syntax_error(p, "at end of statement");
			advance(p, BIT(T_SEMI) | BIT(T_RBRACE) | BIT(T_CASE) | BIT(T_DEFAULT));
			got(p, T_SEMI);
		}
	}
	return freeze(p, mark);
}

/* ---- entry point ----------------------------------------------------- */

Node *parse_file(Arena *a, uint32_t file)
{
	return parse_file_opts(a, file, NULL);
}

Node *parse_file_opts(Arena *a, uint32_t file, const ParseOpts *opts)
{
	Parser p;
	memset(&p, 0, sizeof p);
	p.a = a;
	if (opts)
		p.opts = *opts;
	lex_init(&p.lx, file);
	/* a file parsed again starts its linkname list again */
	SrcFile *sf = file_get(file);
	for (int i = 0; i < sf->nlinknames; i++)
		free(sf->linknames[i].local);
	sf->nlinknames = 0;
	p.lx.on_directive = on_directive;
	p.lx.on_error = lexer_error;
	p.lx.ctx = &p;
	next(&p);
	Node *f = file_or_nil(&p);
	if (f) {
		f->u.file.nsyntax = p.errcnt;
		f->u.file.nsyntax_gc = p.errcnt_gc;
	}
	free(p.stk);
	free(p.prag.v);
	return f;
}

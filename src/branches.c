/*
 * branches.c — labels and branch statements in one function body, checked
 * as gc's syntax package does in CheckBranches mode (branches.go), which
 * gc's noder always turns on.  The parser calls branches_check for each
 * function body (declaration or literal) that parsed without errors.
 *
 * Spec, "Label scopes", "Break statements", "Continue statements", "Goto
 * statements", "Fallthrough statements": a label is in scope in the whole
 * function body and must be used; break and continue name an enclosing
 * statement; goto may neither jump into a block nor over a variable
 * declaration in its own block; fallthrough ends a non-final case of an
 * expression switch.
 *
 * The walk visits statement lists only, block by block, like gc's: a
 * label is declared when its statement is met, a goto to a label not yet
 * declared (or declared in a block that does not enclose it) waits in its
 * block's list of forward gotos until a label of that name is declared in
 * the same block; gotos still waiting when a block ends pass to the
 * enclosing block.  A forward goto jumps over a variable declaration when
 * it was already waiting at the block's latest declaration: every event
 * (a goto starting to wait, a declaration) takes a tick of one clock, so
 * "already waiting" is a comparison of ticks.  Function literals inside
 * expressions are not visited: they are checked as bodies of their own.
 *
 * Messages, their positions and the order in which they are reported are
 * gc's, except one: gc reports unused labels in map order (random), we in
 * declaration order.  Printing sorts them anyway; only which ones survive
 * gc's limit of 10 errors can differ.  Positions quoted inside messages
 * use gc's Pos.String form: relative to //line directives, followed by the
 * position in the file itself in brackets when the two differ.
 *
 * Nothing is allocated for a body without labels or gotos.
 */
#include "goescape.h"

#include <stdlib.h>
#include <string.h>

/* A label declaration.  Blocks are identified by number, not address: a
 * block lives in the frame of the walk that visits it, and a label
 * outlives that frame. */
typedef struct Label {
	Sym *name;
	Node *lstmt;        /* the N_LABELEDSTMT declaring it */
	uint32_t block;     /* number of the block containing it */
	Pos block_start;    /* where that block starts, for messages */
	bool used;
} Label;

/* A block being visited: a function body, a block statement, an if or else
 * branch, a loop body, a case or comm clause. */
typedef struct Block {
	struct Block *parent;
	uint32_t id;
	Pos start;
	Node *lstmt;        /* labeled statement the block belongs to, or NULL */
} Block;

/* What break and continue may refer to at a point of the walk. */
typedef struct Targets {
	Node *breaks;       /* innermost for, switch or select, or NULL */
	Node *continues;    /* innermost for, or NULL */
	int case_index;     /* index of the enclosing case clause, or -1 when
	                     * not directly in a switch case's statement list */
} Targets;

/* A goto still looking for its label, and the tick at which it joined
 * the list it is in. */
typedef struct Fwd {
	Node *stmt;
	uint32_t tick;
} Fwd;

typedef struct FwdList {
	Fwd *v;
	int n, cap;
} FwdList;

typedef struct Checker {
	Label *labels;      /* in declaration order */
	int nlabels, caplabels;
	int *slots;         /* open addressing on Sym->hash: label index + 1, or 0 */
	uint32_t nslots;    /* a power of two, or 0 */
	uint32_t clock;
	uint32_t nblocks;
	Sym *blank;         /* "_", which declares no label */
} Checker;

/* ---- positions as gc's Pos.String prints them ------------------------ */

/* The //line directive in effect at pos, or NULL (same rule as util.c). */
static const LineDirective *directive_at(const SrcFile *f, Pos pos)
{
	const LineDirective *d = NULL;
	int lo = 0, hi = f->nlines;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		const LineDirective *m = &f->lines[mid];
		if (m->line < pos.line || (m->line == pos.line && m->col <= pos.col)) {
			d = m;
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return d;
}

/* "file", "file:line" or "file:line:col": unknown parts are left out
 * (gc's position_.String). */
static void put_position(char *buf, size_t n, const char *file, uint32_t line, uint32_t col)
{
	if (line == 0)
		snprintf(buf, n, "%s", file);
	else if (col == 0)
		snprintf(buf, n, "%s:%u", file, line);
	else
		snprintf(buf, n, "%s:%u:%u", file, line, col);
}

/* The relative position (as diagnostics print it, but without the limits
 * of gc's compact encoding) and, when it differs, the position in the
 * file itself in brackets: "foo.go:101[a.go:14:4]". */
static void pos_string(Pos pos, char *buf, size_t n)
{
	const SrcFile *f = file_get(pos.file);
	const LineDirective *d = directive_at(f, pos);
	if (!d) {
		put_position(buf, n, f->path, pos.line, pos.col);
		return;
	}
	uint32_t rline = d->rline + (pos.line - d->line);
	uint32_t rcol = 0;
	if (d->rcol != 0)
		rcol = pos.line == d->line ? d->rcol + (pos.col - d->col) : pos.col;
	if (strcmp(d->filename, f->path) == 0 && rline == pos.line && rcol == pos.col) {
		put_position(buf, n, f->path, pos.line, pos.col);
		return;
	}
	char rel[480], abs[480];
	put_position(rel, sizeof rel, d->filename, rline, rcol);
	put_position(abs, sizeof abs, f->path, pos.line, pos.col);
	snprintf(buf, n, "%s[%s]", rel, abs);
}

/* ---- the label table ------------------------------------------------- */

static Label *lookup(Checker *c, Sym *name)
{
	if (c->nslots == 0)
		return NULL;
	for (uint32_t i = name->hash & (c->nslots - 1);; i = (i + 1) & (c->nslots - 1)) {
		int k = c->slots[i];
		if (k == 0)
			return NULL;
		if (c->labels[k - 1].name == name)
			return &c->labels[k - 1];
	}
}

static void insert_slot(Checker *c, int k)
{
	Sym *name = c->labels[k - 1].name;
	uint32_t i = name->hash & (c->nslots - 1);
	while (c->slots[i] != 0)
		i = (i + 1) & (c->nslots - 1);
	c->slots[i] = k;
}

static Label *add_label(Checker *c, Sym *name, Node *lstmt, const Block *b)
{
	if (c->nlabels == c->caplabels) {
		c->caplabels = c->caplabels ? 2 * c->caplabels : 8;
		c->labels = xrealloc(c->labels, c->caplabels * sizeof *c->labels);
	}
	Label *l = &c->labels[c->nlabels++];
	*l = (Label){name, lstmt, b->id, b->start, false};
	/* keep the table at most half full */
	if (2 * (uint32_t)c->nlabels > c->nslots) {
		c->nslots = c->nslots ? 2 * c->nslots : 16;
		free(c->slots);
		c->slots = xmalloc(c->nslots * sizeof *c->slots);
		memset(c->slots, 0, c->nslots * sizeof *c->slots);
		for (int k = 1; k <= c->nlabels; k++)
			insert_slot(c, k);
	} else {
		insert_slot(c, c->nlabels);
	}
	return l;
}

/* Declare the label of labeled statement s in block b.  A second
 * declaration of a name is an error; the first one stays in effect. */
static Label *declare(Checker *c, const Block *b, Node *s)
{
	Node *label = s->u.labeled.label;
	Label *alt = lookup(c, label->u.name.sym);
	if (alt) {
		char where[1024];
		pos_string(alt->lstmt->u.labeled.label->pos, where, sizeof where);
		diag_error(label->pos, "label %s already defined at %s", label->u.name.sym->name, where);
		return alt;
	}
	return add_label(c, label->u.name.sym, s, b);
}

/* The labeled statement a goto from block b to name may jump to right
 * away: a label declared in b or a block enclosing it.  Any mention of a
 * label counts as a use. */
static Node *goto_target(Checker *c, const Block *b, Sym *name)
{
	Label *l = lookup(c, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (b->id == l->block)
			return l->lstmt;
	return NULL;
}

/* The labeled statement named by break or continue in block b: one whose
 * statement encloses b.  Sets *declared to whether the name is a label at
 * all; a label that does not enclose b gives NULL. */
static Node *enclosing_target(Checker *c, const Block *b, Sym *name, bool *declared)
{
	Label *l = lookup(c, name);
	*declared = l != NULL;
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (b->lstmt == l->lstmt)
			return l->lstmt;
	return NULL;
}

/* ---- forward gotos --------------------------------------------------- */

static void fwd_push(Checker *c, FwdList *l, Node *stmt)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = (Fwd){stmt, ++c->clock};
}

static Sym *goto_name(const Fwd *f)
{
	return f->stmt->u.branch.label->u.name.sym;
}

/* ---- the walk -------------------------------------------------------- */

/* State of one statement list while it is walked. */
typedef struct ListState {
	Checker *c;
	Block *b;
	FwdList fwd;        /* gotos of this block (and blocks inside it) still
	                     * looking for their label */
	uint32_t var_tick;  /* tick of the latest variable declaration, or 0 */
	Pos var_pos;
	Node *var_name;
} ListState;

static void block_branches(Checker *c, Block *parent, Targets ctxt, Node *lstmt,
	Pos start, NodeList list, FwdList *out);

static void record_var_decl(ListState *st, Pos pos, Node *name)
{
	st->var_tick = ++st->c->clock;
	st->var_pos = pos;
	st->var_name = name;
}

/* A nested statement list: its unresolved gotos join ours, as of now. */
static void inner_block(ListState *st, Targets ctxt, Node *lstmt, Pos start, NodeList list)
{
	FwdList inner = {0};
	block_branches(st->c, st->b, ctxt, lstmt, start, list, &inner);
	for (int i = 0; i < inner.n; i++)
		fwd_push(st->c, &st->fwd, inner.v[i].stmt);
	free(inner.v);
}

/* A label s declared in our block resolves the forward gotos waiting for
 * it; a goto that was waiting before our latest variable declaration
 * jumps over it. */
static void resolve_gotos(ListState *st, Label *l, Node *s)
{
	Sym *name = s->u.labeled.label->u.name.sym;
	int kept = 0;
	for (int i = 0; i < st->fwd.n; i++) {
		Fwd *f = &st->fwd.v[i];
		if (goto_name(f) != name) {
			st->fwd.v[kept++] = *f;
			continue;
		}
		l->used = true;
		if (st->var_tick != 0 && f->tick < st->var_tick) {
			char decl[512], where[1024];
			parse_node_string(st->var_name, decl, sizeof decl);
			pos_string(st->var_pos, where, sizeof where);
			diag_error(f->stmt->u.branch.label->pos, "goto %s jumps over declaration of %s at %s",
				name->name, decl, where);
		}
	}
	st->fwd.n = kept;
}

/* fallthrough at index i of a statement list of n statements. */
static void check_fallthrough(Targets ctxt, Node *s, int i, int n)
{
	const char *msg = "fallthrough statement out of place";
	Node *sw = ctxt.breaks;
	if (sw && sw->kind == N_SWITCHSTMT) {
		Node *tag = sw->u.switchstmt.tag;
		if (tag && tag->kind == N_TYPESWITCHGUARD)
			msg = "cannot fallthrough in type switch";
		else if (ctxt.case_index < 0 || i + 1 < n)
			; /* inside a nested block, or not last in its case */
		else if (ctxt.case_index + 1 == sw->u.switchstmt.body.n)
			msg = "cannot fallthrough final case in switch";
		else
			return;
	}
	diag_error(s->pos, "%s", msg);
}

static void branch_stmt(ListState *st, Targets ctxt, Node *s, int i, int n)
{
	Node *label = s->u.branch.label;
	if (!label) {
		switch (s->u.branch.tok) {
		case T_BREAK:
			if (!ctxt.breaks)
				diag_error(s->pos, "break is not in a loop, switch, or select");
			break;
		case T_CONTINUE:
			if (!ctxt.continues)
				diag_error(s->pos, "continue is not in a loop");
			break;
		case T_FALLTHROUGH:
			check_fallthrough(ctxt, s, i, n);
			break;
		default:
			break; /* goto without a label does not parse */
		}
		return;
	}
	Sym *name = label->u.name.sym;
	bool declared;
	Node *t;
	switch (s->u.branch.tok) {
	case T_BREAK:
		/* spec: the label must be that of an enclosing "for", "switch"
		 * or "select" statement */
		t = enclosing_target(st->c, st->b, name, &declared);
		if (!declared) {
			diag_error(label->pos, "break label not defined: %s", name->name);
		} else if (!t || !t->u.labeled.stmt ||
		           (t->u.labeled.stmt->kind != N_FORSTMT &&
		            t->u.labeled.stmt->kind != N_SWITCHSTMT &&
		            t->u.labeled.stmt->kind != N_SELECTSTMT)) {
			diag_error(label->pos, "invalid break label %s", name->name);
		}
		break;
	case T_CONTINUE:
		/* spec: the label must be that of an enclosing "for" statement */
		t = enclosing_target(st->c, st->b, name, &declared);
		if (!declared)
			diag_error(label->pos, "continue label not defined: %s", name->name);
		else if (!t || !t->u.labeled.stmt || t->u.labeled.stmt->kind != N_FORSTMT)
			diag_error(label->pos, "invalid continue label %s", name->name);
		break;
	case T_GOTO:
		if (!goto_target(st->c, st->b, name))
			fwd_push(st->c, &st->fwd, s); /* the label may come later */
		break;
	default:
		break; /* fallthrough with a label does not parse */
	}
}

/* Walk the statement list of a block starting at start; lstmt is the
 * labeled statement the block belongs to (a labeled for's body, ...).
 * The gotos left without a label are appended to out. */
static void block_branches(Checker *c, Block *parent, Targets ctxt, Node *lstmt,
	Pos start, NodeList list, FwdList *out)
{
	Block b = {parent, ++c->nblocks, start, lstmt};
	ListState st = {.c = c, .b = &b};

	/* a fallthrough is last in its list even before empty statements */
	int n = list.n;
	while (n > 0 && list.v[n - 1]->kind == N_EMPTYSTMT)
		n--;

	for (int i = 0; i < n; i++) {
		Node *s = list.v[i];
		Node *label = NULL; /* innermost non-blank label of s */
		while (s && s->kind == N_LABELEDSTMT) {
			if (s->u.labeled.label->u.name.sym != c->blank) {
				Label *l = declare(c, &b, s);
				resolve_gotos(&st, l, s);
				label = s;
			}
			s = s->u.labeled.stmt;
		}
		if (!s)
			continue;
		Targets inner = {ctxt.breaks, ctxt.continues, -1};
		switch (s->kind) {
		case N_DECLSTMT: {
			NodeList decls = s->u.declstmt.decls;
			for (int k = 0; k < decls.n; k++) {
				Node *d = decls.v[k];
				if (d->kind == N_VARDECL && d->u.vardecl.names.n > 0) {
					record_var_decl(&st, d->pos, d->u.vardecl.names.v[0]);
					break;
				}
			}
			break;
		}
		case N_ASSIGNSTMT:
			if (s->u.assign.op == OP_DEF)
				record_var_decl(&st, s->pos, s->u.assign.lhs);
			break;
		case N_BRANCHSTMT:
			branch_stmt(&st, ctxt, s, i, n);
			break;
		case N_BLOCKSTMT:
			inner_block(&st, inner, label, s->pos, s->u.block.stmts);
			break;
		case N_IFSTMT: {
			Node *then = s->u.ifstmt.then, *els = s->u.ifstmt.els;
			inner_block(&st, inner, label, then->pos, then->u.block.stmts);
			if (els)
				inner_block(&st, inner, label, els->pos, (NodeList){&s->u.ifstmt.els, 1});
			break;
		}
		case N_FORSTMT:
			inner = (Targets){s, s, -1};
			inner_block(&st, inner, label, s->u.forstmt.body->pos, s->u.forstmt.body->u.block.stmts);
			break;
		case N_SWITCHSTMT: {
			NodeList cases = s->u.switchstmt.body;
			inner.breaks = s;
			for (int k = 0; k < cases.n; k++) {
				inner.case_index = k;
				inner_block(&st, inner, label, cases.v[k]->pos, cases.v[k]->u.caseclause.body);
			}
			break;
		}
		case N_SELECTSTMT: {
			NodeList cases = s->u.selectstmt.body;
			inner.breaks = s;
			for (int k = 0; k < cases.n; k++)
				inner_block(&st, inner, label, cases.v[k]->pos, cases.v[k]->u.commclause.body);
			break;
		}
		default:
			break;
		}
	}

	for (int i = 0; i < st.fwd.n; i++)
		fwd_push(c, out, st.fwd.v[i].stmt);
	free(st.fwd.v);
}

void branches_check(Node *body)
{
	if (!body)
		return;
	Checker c = {.blank = sym_cstr("_")};
	FwdList fwd = {0};
	block_branches(&c, NULL, (Targets){NULL, NULL, -1}, NULL, body->pos, body->u.block.stmts, &fwd);

	/* gotos still waiting: their label is missing, or inside a block the
	 * goto is not in */
	for (int i = 0; i < fwd.n; i++) {
		Node *label = fwd.v[i].stmt->u.branch.label;
		Label *l = lookup(&c, label->u.name.sym);
		if (l) {
			char where[1024];
			l->used = true; /* one error is enough */
			pos_string(l->block_start, where, sizeof where);
			diag_error(label->pos, "goto %s jumps into block starting at %s",
				label->u.name.sym->name, where);
		} else {
			diag_error(label->pos, "label %s not defined", label->u.name.sym->name);
		}
	}

	/* spec: "It is illegal to define a label that is never used." */
	for (int i = 0; i < c.nlabels; i++) {
		if (!c.labels[i].used) {
			Node *label = c.labels[i].lstmt->u.labeled.label;
			diag_error(label->pos, "label %s defined and not used", label->u.name.sym->name);
		}
	}

	free(fwd.v);
	free(c.labels);
	free(c.slots);
}

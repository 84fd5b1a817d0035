/*
 * dump.c — the canonical AST dump (docs/ast-dump.md) and gc's short
 * rendering of syntax nodes for error messages.
 *
 * The dump is compared byte for byte with the output of the Go oracle
 * helper (tests/tools/astdump), so every rule of the format lives in this
 * file: one node per line, children with their role, absent fixed slots
 * as "nil", ListExprs flattened into their slot, shared field types as
 * "type: ^", literal text with control bytes and '\' hex-escaped.
 */
#include "goescape.h"

#include <string.h>

/* ---- canonical dump -------------------------------------------------- */

typedef struct Dumper {
	FILE *out;
	int flags;
} Dumper;

static void dnode(Dumper *d, int depth, const char *role, Node *n);

static void indent(Dumper *d, int depth)
{
	for (int i = 0; i < depth; i++)
		fputs("  ", d->out);
}

static const char *kind_name(NodeKind k)
{
	static const char *names[N_NKINDS] = {
		[N_BAD] = "BadExpr", [N_NAME] = "Name", [N_BASICLIT] = "BasicLit",
		[N_COMPOSITELIT] = "CompositeLit", [N_KEYVALUE] = "KeyValueExpr",
		[N_FUNCLIT] = "FuncLit", [N_PAREN] = "ParenExpr", [N_SELECTOR] = "SelectorExpr",
		[N_INDEX] = "IndexExpr", [N_SLICE] = "SliceExpr", [N_ASSERT] = "AssertExpr",
		[N_TYPESWITCHGUARD] = "TypeSwitchGuard", [N_OPERATION] = "Operation",
		[N_CALL] = "CallExpr", [N_LIST] = "ListExpr", [N_ARRAYTYPE] = "ArrayType",
		[N_SLICETYPE] = "SliceType", [N_DOTSTYPE] = "DotsType", [N_STRUCTTYPE] = "StructType",
		[N_FIELD] = "Field", [N_INTERFACETYPE] = "InterfaceType", [N_FUNCTYPE] = "FuncType",
		[N_MAPTYPE] = "MapType", [N_CHANTYPE] = "ChanType", [N_EMPTYSTMT] = "EmptyStmt",
		[N_LABELEDSTMT] = "LabeledStmt", [N_BLOCKSTMT] = "BlockStmt", [N_EXPRSTMT] = "ExprStmt",
		[N_SENDSTMT] = "SendStmt", [N_DECLSTMT] = "DeclStmt", [N_ASSIGNSTMT] = "AssignStmt",
		[N_BRANCHSTMT] = "BranchStmt", [N_CALLSTMT] = "CallStmt", [N_RETURNSTMT] = "ReturnStmt",
		[N_IFSTMT] = "IfStmt", [N_FORSTMT] = "ForStmt", [N_SWITCHSTMT] = "SwitchStmt",
		[N_SELECTSTMT] = "SelectStmt", [N_RANGECLAUSE] = "RangeClause",
		[N_CASECLAUSE] = "CaseClause", [N_COMMCLAUSE] = "CommClause",
		[N_IMPORTDECL] = "ImportDecl", [N_CONSTDECL] = "ConstDecl", [N_TYPEDECL] = "TypeDecl",
		[N_VARDECL] = "VarDecl", [N_FUNCDECL] = "FuncDecl", [N_FILE] = "File",
	};
	return names[k];
}

static void head(Dumper *d, int depth, const char *role, Node *n)
{
	indent(d, depth);
	if (role)
		fprintf(d->out, "%s: ", role);
	fprintf(d->out, "%s @%u:%u", kind_name(n->kind), n->pos.line, n->pos.col);
}

static void nil_slot(Dumper *d, int depth, const char *role)
{
	indent(d, depth);
	fprintf(d->out, "%s: nil\n", role);
}

static void slot(Dumper *d, int depth, const char *role, Node *n)
{
	if (n)
		dnode(d, depth, role, n);
	else
		nil_slot(d, depth, role);
}

static void each(Dumper *d, int depth, const char *role, NodeList l)
{
	for (int i = 0; i < l.n; i++)
		dnode(d, depth, role, l.v[i]);
}

/* An expression slot that gc may fill with a ListExpr: print elements. */
static void flat(Dumper *d, int depth, const char *role, Node *n)
{
	if (!n)
		return;
	if (n->kind == N_LIST)
		each(d, depth, role, n->u.list.elems);
	else
		dnode(d, depth, role, n);
}

static void lit_text(Dumper *d, const char *s, int len)
{
	for (int i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f || c == '\\')
			fprintf(d->out, "\\x%02x", c);
		else
			fputc(c, d->out);
	}
}

/* Fields, with "type: ^" for a type shared with the previous field. */
static void fields(Dumper *d, int depth, const char *role, NodeList l, NodeList *tags)
{
	Node *prev = NULL;
	for (int i = 0; i < l.n; i++) {
		Node *f = l.v[i];
		head(d, depth, role, f);
		fputc('\n', d->out);
		slot(d, depth + 1, "name", f->u.field.name);
		if (f->u.field.type && f->u.field.type == prev) {
			indent(d, depth + 1);
			fputs("type: ^\n", d->out);
		} else {
			slot(d, depth + 1, "type", f->u.field.type);
		}
		prev = f->u.field.type;
		if (tags)
			slot(d, depth + 1, "tag", i < tags->n ? tags->v[i] : NULL);
	}
}

static const char *tok_name(Tok t)
{
	return lex_tokstr(t);
}

static void group_attr(Dumper *d, int group)
{
	if (group)
		fprintf(d->out, " group=%d", group);
}

/* With DUMP_PRAGMAS: the directives a declaration took that gc's noder
 * keeps with it (a flag or an embed; not linknames, nor directives that
 * mean nothing to gc). */
static void pragmas(Dumper *d, int depth, const Pragma *p)
{
	if (!(d->flags & DUMP_PRAGMAS))
		return;
	for (int i = 0; i < p->ndirs; i++) {
		const Directive *dir = &p->dirs[i];
		if (dir->flag == 0 || dir->flag == PRAG_LINKNAME)
			continue;
		indent(d, depth);
		fprintf(d->out, "pragma: Directive @%u:%u ", dir->pos.line, dir->pos.col);
		int n = dir->len;
		if (n > 0 && dir->text[n - 1] == '\r')
			n--;
		lit_text(d, dir->text + 2, n - 2);
		fputc('\n', d->out);
	}
}

static void dnode(Dumper *d, int depth, const char *role, Node *n)
{
	int c = depth + 1;
	head(d, depth, role, n);
	switch (n->kind) {
	case N_BAD:
		fputc('\n', d->out);
		break;
	case N_NAME:
		fprintf(d->out, " %s\n", n->u.name.sym->name);
		break;
	case N_BASICLIT: {
		static const char *kinds[] = {"int", "float", "imag", "rune", "string"};
		fprintf(d->out, " %s ", kinds[n->u.lit.kind]);
		lit_text(d, n->u.lit.val, n->u.lit.len);
		fputc('\n', d->out);
		break;
	}
	case N_COMPOSITELIT:
		fputc('\n', d->out);
		slot(d, c, "type", n->u.clit.type);
		each(d, c, "elem", n->u.clit.elems);
		break;
	case N_KEYVALUE:
		fputc('\n', d->out);
		dnode(d, c, "key", n->u.kv.key);
		dnode(d, c, "value", n->u.kv.val);
		break;
	case N_FUNCLIT:
		fputc('\n', d->out);
		dnode(d, c, "type", n->u.funclit.type);
		dnode(d, c, "body", n->u.funclit.body);
		break;
	case N_PAREN:
		fputc('\n', d->out);
		dnode(d, c, "x", n->u.paren.x);
		break;
	case N_SELECTOR:
		fputc('\n', d->out);
		dnode(d, c, "x", n->u.sel.x);
		dnode(d, c, "sel", n->u.sel.sel);
		break;
	case N_INDEX:
		fputc('\n', d->out);
		dnode(d, c, "x", n->u.index.x);
		flat(d, c, "index", n->u.index.index);
		break;
	case N_SLICE:
		fputs(n->u.slice.full ? " full\n" : "\n", d->out);
		dnode(d, c, "x", n->u.slice.x);
		slot(d, c, "lo", n->u.slice.idx[0]);
		slot(d, c, "hi", n->u.slice.idx[1]);
		slot(d, c, "max", n->u.slice.idx[2]);
		break;
	case N_ASSERT:
		fputc('\n', d->out);
		dnode(d, c, "x", n->u.assert.x);
		dnode(d, c, "type", n->u.assert.type);
		break;
	case N_TYPESWITCHGUARD:
		fputc('\n', d->out);
		slot(d, c, "lhs", n->u.guard.lhs);
		dnode(d, c, "x", n->u.guard.x);
		break;
	case N_OPERATION:
		fprintf(d->out, " op=%s\n", lex_opstr(n->u.op.op));
		dnode(d, c, "x", n->u.op.x);
		if (n->u.op.y)
			dnode(d, c, "y", n->u.op.y);
		break;
	case N_CALL:
		fputs(n->u.call.dots ? " dots\n" : "\n", d->out);
		dnode(d, c, "fun", n->u.call.fun);
		each(d, c, "arg", n->u.call.args);
		break;
	case N_LIST: /* only reached for a ListExpr in an unexpected slot */
		fputc('\n', d->out);
		each(d, c, "elem", n->u.list.elems);
		break;
	case N_ARRAYTYPE:
		fputc('\n', d->out);
		slot(d, c, "len", n->u.array.len);
		dnode(d, c, "elem", n->u.array.elem);
		break;
	case N_SLICETYPE:
	case N_DOTSTYPE:
		fputc('\n', d->out);
		dnode(d, c, "elem", n->u.slicetype.elem);
		break;
	case N_STRUCTTYPE:
		fputc('\n', d->out);
		fields(d, c, "field", n->u.structtype.fields, &n->u.structtype.tags);
		break;
	case N_FIELD: /* a lone field (receiver) */
		fputc('\n', d->out);
		slot(d, c, "name", n->u.field.name);
		slot(d, c, "type", n->u.field.type);
		break;
	case N_INTERFACETYPE:
		fputc('\n', d->out);
		fields(d, c, "method", n->u.iface.methods, NULL);
		break;
	case N_FUNCTYPE:
		fputc('\n', d->out);
		fields(d, c, "param", n->u.functype.params, NULL);
		fields(d, c, "result", n->u.functype.results, NULL);
		break;
	case N_MAPTYPE:
		fputc('\n', d->out);
		dnode(d, c, "key", n->u.map.key);
		dnode(d, c, "value", n->u.map.val);
		break;
	case N_CHANTYPE: {
		static const char *dirs[] = {"both", "send", "recv"};
		fprintf(d->out, " dir=%s\n", dirs[n->u.chantype.dir]);
		dnode(d, c, "elem", n->u.chantype.elem);
		break;
	}
	case N_EMPTYSTMT:
		fputc('\n', d->out);
		break;
	case N_LABELEDSTMT:
		fputc('\n', d->out);
		dnode(d, c, "label", n->u.labeled.label);
		dnode(d, c, "stmt", n->u.labeled.stmt);
		break;
	case N_BLOCKSTMT:
		fputc('\n', d->out);
		each(d, c, "stmt", n->u.block.stmts);
		break;
	case N_EXPRSTMT:
		fputc('\n', d->out);
		dnode(d, c, "x", n->u.exprstmt.x);
		break;
	case N_SENDSTMT:
		fputc('\n', d->out);
		dnode(d, c, "chan", n->u.send.ch);
		dnode(d, c, "value", n->u.send.val);
		break;
	case N_DECLSTMT:
		fputc('\n', d->out);
		each(d, c, "decl", n->u.declstmt.decls);
		break;
	case N_ASSIGNSTMT: {
		Op op = n->u.assign.op;
		if (op == OP_NONE || op == OP_DEF)
			fputs(" op=none", d->out);
		else
			fprintf(d->out, " op=%s", lex_opstr(op));
		if (op == OP_DEF)
			fputs(" def", d->out);
		if (!n->u.assign.rhs)
			fputs(" incdec", d->out);
		fputc('\n', d->out);
		flat(d, c, "lhs", n->u.assign.lhs);
		flat(d, c, "rhs", n->u.assign.rhs);
		break;
	}
	case N_BRANCHSTMT:
		fprintf(d->out, " tok=%s\n", tok_name(n->u.branch.tok));
		slot(d, c, "label", n->u.branch.label);
		break;
	case N_CALLSTMT:
		fprintf(d->out, " tok=%s\n", tok_name(n->u.callstmt.tok));
		dnode(d, c, "call", n->u.callstmt.call);
		break;
	case N_RETURNSTMT:
		fputc('\n', d->out);
		flat(d, c, "result", n->u.ret.results);
		break;
	case N_IFSTMT:
		fputc('\n', d->out);
		slot(d, c, "init", n->u.ifstmt.init);
		slot(d, c, "cond", n->u.ifstmt.cond);
		dnode(d, c, "then", n->u.ifstmt.then);
		slot(d, c, "else", n->u.ifstmt.els);
		break;
	case N_FORSTMT:
		fputc('\n', d->out);
		slot(d, c, "init", n->u.forstmt.init);
		slot(d, c, "cond", n->u.forstmt.cond);
		slot(d, c, "post", n->u.forstmt.post);
		dnode(d, c, "body", n->u.forstmt.body);
		break;
	case N_RANGECLAUSE:
		fputs(n->u.range.def ? " def\n" : "\n", d->out);
		flat(d, c, "lhs", n->u.range.lhs);
		dnode(d, c, "x", n->u.range.x);
		break;
	case N_SWITCHSTMT:
		fputc('\n', d->out);
		slot(d, c, "init", n->u.switchstmt.init);
		slot(d, c, "tag", n->u.switchstmt.tag);
		each(d, c, "clause", n->u.switchstmt.body);
		break;
	case N_SELECTSTMT:
		fputc('\n', d->out);
		each(d, c, "clause", n->u.selectstmt.body);
		break;
	case N_CASECLAUSE:
		fputs(n->u.caseclause.cases ? "\n" : " default\n", d->out);
		flat(d, c, "case", n->u.caseclause.cases);
		each(d, c, "stmt", n->u.caseclause.body);
		break;
	case N_COMMCLAUSE:
		fputs(n->u.commclause.comm ? "\n" : " default\n", d->out);
		slot(d, c, "comm", n->u.commclause.comm);
		each(d, c, "stmt", n->u.commclause.body);
		break;
	case N_IMPORTDECL:
		group_attr(d, n->u.import.group);
		fputc('\n', d->out);
		pragmas(d, c, &n->u.import.pragma);
		slot(d, c, "name", n->u.import.localname);
		slot(d, c, "path", n->u.import.path);
		break;
	case N_CONSTDECL:
	case N_VARDECL:
		group_attr(d, n->u.vardecl.group);
		fputc('\n', d->out);
		pragmas(d, c, &n->u.vardecl.pragma);
		each(d, c, "name", n->u.vardecl.names);
		slot(d, c, "type", n->u.vardecl.type);
		flat(d, c, "value", n->u.vardecl.values);
		break;
	case N_TYPEDECL:
		group_attr(d, n->u.typedecl.group);
		fputs(n->u.typedecl.alias ? " alias\n" : "\n", d->out);
		pragmas(d, c, &n->u.typedecl.pragma);
		dnode(d, c, "name", n->u.typedecl.name);
		fields(d, c, "tparam", n->u.typedecl.tparams, NULL);
		dnode(d, c, "type", n->u.typedecl.type);
		break;
	case N_FUNCDECL:
		fputc('\n', d->out);
		pragmas(d, c, &n->u.funcdecl.pragma);
		slot(d, c, "recv", n->u.funcdecl.recv);
		dnode(d, c, "name", n->u.funcdecl.name);
		fields(d, c, "tparam", n->u.funcdecl.tparams, NULL);
		dnode(d, c, "type", n->u.funcdecl.type);
		slot(d, c, "body", n->u.funcdecl.body);
		break;
	case N_FILE:
		fprintf(d->out, " pkg=%s\n", n->u.file.pkgname->u.name.sym->name);
		pragmas(d, c, &n->u.file.pragma);
		each(d, c, "decl", n->u.file.decls);
		break;
	case N_NKINDS:
		fatal_internal("bad node kind");
	}
}

void dump_file(FILE *out, Node *file, int flags)
{
	Dumper d = {out, flags};
	dnode(&d, 0, NULL, file);
}

/* ---- short rendering for messages (gc's syntax.String) --------------- */

typedef struct Buf {
	char *s;
	size_t n, len;
	bool grow;      /* s is malloc'd and grows; otherwise output is cut at n */
} Buf;

static void put(Buf *b, const char *s)
{
	size_t k = strlen(s);
	if (b->grow && b->len + k + 1 > b->n) {
		size_t n = b->n ? b->n : 64;
		while (n < b->len + k + 1)
			n *= 2;
		b->s = xrealloc(b->s, n);
		b->n = n;
	}
	for (; *s; s++) {
		if (b->len + 1 < b->n)
			b->s[b->len++] = *s;
	}
	if (b->n)
		b->s[b->len < b->n ? b->len : b->n - 1] = 0;
}

/* n bytes of s (a NUL among them adds nothing, as put of it would). */
static void putn(Buf *b, const char *s, int n)
{
	size_t k = n > 0 ? (size_t)n : 0;
	if (b->grow && b->len + k + 1 > b->n) {
		size_t m = b->n ? b->n : 64;
		while (m < b->len + k + 1)
			m *= 2;
		b->s = xrealloc(b->s, m);
		b->n = m;
	}
	for (size_t i = 0; i < k; i++)
		if (s[i] && b->len + 1 < b->n)
			b->s[b->len++] = s[i];
	if (b->n)
		b->s[b->len < b->n ? b->len : b->n - 1] = 0;
}

static void render(Buf *b, Node *n);

static void render_list(Buf *b, NodeList l)
{
	for (int i = 0; i < l.n; i++) {
		if (i)
			put(b, ", ");
		render(b, l.v[i]);
	}
}

/* Fields as a parameter list body: names sharing a type are grouped. */
static void render_fields(Buf *b, NodeList l, const char *sep)
{
	for (int i = 0; i < l.n; i++) {
		Node *f = l.v[i];
		if (i)
			put(b, sep);
		if (f->u.field.name) {
			render(b, f->u.field.name);
			if (i + 1 < l.n && l.v[i + 1]->u.field.type == f->u.field.type &&
			    l.v[i + 1]->u.field.name)
				continue;
			put(b, " ");
		}
		render(b, f->u.field.type);
	}
}

static void render_sig(Buf *b, Node *ft)
{
	put(b, "(");
	render_fields(b, ft->u.functype.params, ", ");
	put(b, ")");
	NodeList r = ft->u.functype.results;
	if (r.n == 0)
		return;
	put(b, " ");
	if (r.n == 1 && !r.v[0]->u.field.name) {
		render(b, r.v[0]->u.field.type);
		return;
	}
	put(b, "(");
	render_fields(b, r, ", ");
	put(b, ")");
}

static void render(Buf *b, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_BAD: put(b, "<bad expr>"); break;
	case N_NAME: put(b, n->u.name.sym->name); break;
	case N_BASICLIT: putn(b, n->u.lit.val, n->u.lit.len); break;
	case N_FUNCLIT:
		render(b, n->u.funclit.type);
		put(b, n->u.funclit.body->u.block.stmts.n ? " {…}" : " {}");
		break;
	case N_COMPOSITELIT:
		render(b, n->u.clit.type);
		put(b, n->u.clit.elems.n ? "{…}" : "{}");
		break;
	case N_PAREN: put(b, "("); render(b, n->u.paren.x); put(b, ")"); break;
	case N_SELECTOR: render(b, n->u.sel.x); put(b, "."); render(b, n->u.sel.sel); break;
	case N_INDEX:
		render(b, n->u.index.x); put(b, "["); render(b, n->u.index.index); put(b, "]");
		break;
	case N_SLICE:
		render(b, n->u.slice.x);
		put(b, "[");
		render(b, n->u.slice.idx[0]);
		put(b, ":");
		render(b, n->u.slice.idx[1]);
		if (n->u.slice.idx[2]) {
			put(b, ":");
			render(b, n->u.slice.idx[2]);
		}
		put(b, "]");
		break;
	case N_ASSERT:
		render(b, n->u.assert.x); put(b, ".("); render(b, n->u.assert.type); put(b, ")");
		break;
	case N_TYPESWITCHGUARD:
		if (n->u.guard.lhs) {
			render(b, n->u.guard.lhs);
			put(b, " := ");
		}
		render(b, n->u.guard.x);
		put(b, ".(type)");
		break;
	case N_OPERATION:
		if (!n->u.op.y) {
			put(b, lex_opstr(n->u.op.op));
			render(b, n->u.op.x);
		} else {
			render(b, n->u.op.x);
			put(b, " ");
			put(b, lex_opstr(n->u.op.op));
			put(b, " ");
			render(b, n->u.op.y);
		}
		break;
	case N_KEYVALUE: render(b, n->u.kv.key); put(b, ": "); render(b, n->u.kv.val); break;
	case N_LIST: render_list(b, n->u.list.elems); break;
	case N_CALL:
		render(b, n->u.call.fun);
		put(b, "(");
		render_list(b, n->u.call.args);
		if (n->u.call.dots)
			put(b, "...");
		put(b, ")");
		break;
	case N_ARRAYTYPE:
		put(b, "[");
		if (n->u.array.len)
			render(b, n->u.array.len);
		else
			put(b, "...");
		put(b, "]");
		render(b, n->u.array.elem);
		break;
	case N_SLICETYPE: put(b, "[]"); render(b, n->u.slicetype.elem); break;
	case N_DOTSTYPE: put(b, "..."); render(b, n->u.slicetype.elem); break;
	case N_STRUCTTYPE:
		put(b, "struct{");
		render_fields(b, n->u.structtype.fields, "; ");
		put(b, "}");
		break;
	case N_FUNCTYPE: put(b, "func"); render_sig(b, n); break;
	case N_INTERFACETYPE: {
		put(b, "interface{");
		NodeList l = n->u.iface.methods;
		for (int i = 0; i < l.n; i++) {
			if (i)
				put(b, "; ");
			if (l.v[i]->u.field.name) {
				render(b, l.v[i]->u.field.name);
				render_sig(b, l.v[i]->u.field.type);
			} else {
				render(b, l.v[i]->u.field.type);
			}
		}
		put(b, "}");
		break;
	}
	case N_MAPTYPE:
		put(b, "map["); render(b, n->u.map.key); put(b, "]"); render(b, n->u.map.val);
		break;
	case N_CHANTYPE: {
		Node *e = n->u.chantype.elem;
		put(b, n->u.chantype.dir == CHAN_RECV ? "<-chan" : n->u.chantype.dir == CHAN_SEND ? "chan<-" : "chan");
		put(b, " ");
		if (n->u.chantype.dir == CHAN_BOTH && e->kind == N_CHANTYPE && e->u.chantype.dir == CHAN_RECV) {
			put(b, "(");
			render(b, e);
			put(b, ")");
		} else {
			render(b, e);
		}
		break;
	}
	case N_EXPRSTMT: render(b, n->u.exprstmt.x); break;
	case N_SENDSTMT: render(b, n->u.send.ch); put(b, " <- "); render(b, n->u.send.val); break;
	case N_ASSIGNSTMT:
		render(b, n->u.assign.lhs);
		if (!n->u.assign.rhs) {
			put(b, lex_opstr(n->u.assign.op));
			put(b, lex_opstr(n->u.assign.op));
		} else {
			put(b, " ");
			if (n->u.assign.op == OP_DEF)
				put(b, ":");
			else
				put(b, lex_opstr(n->u.assign.op));
			put(b, "= ");
			render(b, n->u.assign.rhs);
		}
		break;
	case N_RANGECLAUSE:
		if (n->u.range.lhs) {
			render(b, n->u.range.lhs);
			put(b, n->u.range.def ? " := " : " = ");
		}
		put(b, "range ");
		render(b, n->u.range.x);
		break;
	default:
		put(b, kind_name(n->kind));
		break;
	}
}

void parse_node_string(Node *n, char *buf, size_t size)
{
	Buf b = {buf, size, 0, false};
	if (size)
		buf[0] = 0;
	render(&b, n);
}

char *parse_node_text(Node *n)
{
	Buf b = {NULL, 0, 0, true};
	put(&b, "");
	render(&b, n);
	return b.s;
}

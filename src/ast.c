/*
 * ast.c — walking the syntax tree.
 *
 * One traversal for the passes that look at every node of a tree in
 * source order (the checker's -dump-types use lines, the stenciler's
 * retyping, irgen's search for instantiated types): each supplies a
 * function called on a node before its children, which may stop the
 * walk below that node and walk the children it wants itself.
 */
#include "goescape.h"

/* Deeper than the parser allows (parse.c's MAX_DEPTH): nothing below is
 * walked, so a tree built by other means cannot overflow the stack. */
enum { WALK_MAX_DEPTH = 100000 };

typedef struct Walk {
	SyntaxPre pre;
	void *ctx;
} Walk;

static void walk(Walk *w, Node *n, int depth);

/* Names declared together (a, b T) share one type node: it is walked
 * with the first of them. */
static void walk_list(Walk *w, NodeList l, int depth)
{
	for (int i = 0; i < l.n; i++) {
		Node *n = l.v[i];
		if (i > 0 && n->kind == N_FIELD && l.v[i - 1]->kind == N_FIELD &&
		    n->u.field.type == l.v[i - 1]->u.field.type) {
			if (w->pre(n, w->ctx))
				walk(w, n->u.field.name, depth + 1);
			continue;
		}
		walk(w, n, depth);
	}
}

static void walk(Walk *w, Node *n, int depth)
{
	if (!n || depth > WALK_MAX_DEPTH || !w->pre(n, w->ctx))
		return;
	depth++;
	switch (n->kind) {
	case N_COMPOSITELIT: walk(w, n->u.clit.type, depth); walk_list(w, n->u.clit.elems, depth); break;
	case N_KEYVALUE: walk(w, n->u.kv.key, depth); walk(w, n->u.kv.val, depth); break;
	case N_FUNCLIT: walk(w, n->u.funclit.type, depth); walk(w, n->u.funclit.body, depth); break;
	case N_PAREN: walk(w, n->u.paren.x, depth); break;
	case N_SELECTOR: walk(w, n->u.sel.x, depth); walk(w, n->u.sel.sel, depth); break;
	case N_INDEX: walk(w, n->u.index.x, depth); walk(w, n->u.index.index, depth); break;
	case N_SLICE:
		walk(w, n->u.slice.x, depth);
		for (int i = 0; i < 3; i++)
			walk(w, n->u.slice.idx[i], depth);
		break;
	case N_ASSERT: walk(w, n->u.assert.x, depth); walk(w, n->u.assert.type, depth); break;
	case N_TYPESWITCHGUARD: walk(w, n->u.guard.lhs, depth); walk(w, n->u.guard.x, depth); break;
	case N_OPERATION: walk(w, n->u.op.x, depth); walk(w, n->u.op.y, depth); break;
	case N_CALL: walk(w, n->u.call.fun, depth); walk_list(w, n->u.call.args, depth); break;
	case N_LIST: walk_list(w, n->u.list.elems, depth); break;
	case N_ARRAYTYPE: walk(w, n->u.array.len, depth); walk(w, n->u.array.elem, depth); break;
	case N_SLICETYPE: case N_DOTSTYPE: walk(w, n->u.slicetype.elem, depth); break;
	case N_STRUCTTYPE: walk_list(w, n->u.structtype.fields, depth); break;
	case N_FIELD: walk(w, n->u.field.name, depth); walk(w, n->u.field.type, depth); break;
	case N_INTERFACETYPE: walk_list(w, n->u.iface.methods, depth); break;
	case N_FUNCTYPE: walk_list(w, n->u.functype.params, depth); walk_list(w, n->u.functype.results, depth); break;
	case N_MAPTYPE: walk(w, n->u.map.key, depth); walk(w, n->u.map.val, depth); break;
	case N_CHANTYPE: walk(w, n->u.chantype.elem, depth); break;
	/* labels name no value: a labelled statement's label and a branch's
	 * target are not walked */
	case N_LABELEDSTMT: walk(w, n->u.labeled.stmt, depth); break;
	case N_BLOCKSTMT: walk_list(w, n->u.block.stmts, depth); break;
	case N_EXPRSTMT: walk(w, n->u.exprstmt.x, depth); break;
	case N_SENDSTMT: walk(w, n->u.send.ch, depth); walk(w, n->u.send.val, depth); break;
	case N_DECLSTMT: walk_list(w, n->u.declstmt.decls, depth); break;
	case N_ASSIGNSTMT: walk(w, n->u.assign.lhs, depth); walk(w, n->u.assign.rhs, depth); break;
	case N_CALLSTMT: walk(w, n->u.callstmt.call, depth); break;
	case N_RETURNSTMT: walk(w, n->u.ret.results, depth); break;
	case N_IFSTMT:
		walk(w, n->u.ifstmt.init, depth);
		walk(w, n->u.ifstmt.cond, depth);
		walk(w, n->u.ifstmt.then, depth);
		walk(w, n->u.ifstmt.els, depth);
		break;
	case N_FORSTMT:
		walk(w, n->u.forstmt.init, depth);
		walk(w, n->u.forstmt.cond, depth);
		walk(w, n->u.forstmt.post, depth);
		walk(w, n->u.forstmt.body, depth);
		break;
	case N_SWITCHSTMT:
		walk(w, n->u.switchstmt.init, depth);
		walk(w, n->u.switchstmt.tag, depth);
		walk_list(w, n->u.switchstmt.body, depth);
		break;
	case N_SELECTSTMT: walk_list(w, n->u.selectstmt.body, depth); break;
	case N_RANGECLAUSE: walk(w, n->u.range.lhs, depth); walk(w, n->u.range.x, depth); break;
	case N_CASECLAUSE: walk(w, n->u.caseclause.cases, depth); walk_list(w, n->u.caseclause.body, depth); break;
	case N_COMMCLAUSE: walk(w, n->u.commclause.comm, depth); walk_list(w, n->u.commclause.body, depth); break;
	case N_IMPORTDECL: walk(w, n->u.import.localname, depth); walk(w, n->u.import.path, depth); break;
	case N_CONSTDECL: case N_VARDECL:
		walk_list(w, n->u.vardecl.names, depth);
		walk(w, n->u.vardecl.type, depth);
		walk(w, n->u.vardecl.values, depth);
		break;
	case N_TYPEDECL:
		walk(w, n->u.typedecl.name, depth);
		walk_list(w, n->u.typedecl.tparams, depth);
		walk(w, n->u.typedecl.type, depth);
		break;
	case N_FUNCDECL:
		walk(w, n->u.funcdecl.recv, depth);
		walk(w, n->u.funcdecl.name, depth);
		walk_list(w, n->u.funcdecl.tparams, depth);
		walk(w, n->u.funcdecl.type, depth);
		walk(w, n->u.funcdecl.body, depth);
		break;
	case N_FILE: walk(w, n->u.file.pkgname, depth); walk_list(w, n->u.file.decls, depth); break;
	default:   /* names, literals, empty and branch statements */
		break;
	}
}

void syntax_walk(Node *n, SyntaxPre pre, void *ctx)
{
	Walk w = { pre, ctx };
	walk(&w, n, 0);
}

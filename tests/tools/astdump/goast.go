package main

// Oracle "goast": go/parser and go/ast, reshaped into gc's tree.
//
// The conversion follows the call structure of gc's parser
// (cmd/compile/internal/syntax/parser.go), because that decides both
// the shape and the positions:
//
//   - gc parses some operands with its expression parser and others
//     with its type parser (type_/typeOrNil). The type parser drops
//     parentheses: `var x (int)` has no ParenExpr in gc's tree, while
//     `x := (y)` keeps one. So every conversion below happens in one of
//     two contexts, expr (gc's expr/unaryExpr) or typ (gc's typeOrNil),
//     and typ strips ParenExprs. gc also drops the parentheses of the
//     operand of unary & (&(x) is & x).
//   - A receive-only channel type met by the expression parser
//     (`make(<-chan int)`) is parsed as `<-` applied to `chan int` and
//     keeps the position of "chan"; met by the type parser it is at
//     "<-".
//   - Non-terminals sit at the token that identifies them: a call at
//     '(', a selector or assertion at its '.', an operation at its
//     operator, an assignment at its operator, a FuncType at its '('
//     (or '[' for type parameters), a FuncDecl at the token after
//     "func", a declaration at the start of its spec, ...
//
// go/ast does not store every such token ('.', "range", the "chan" of
// "<-chan"), so the file is also tokenized with go/scanner.
//
// The shape changes are the documented ones: a GenDecl becomes one
// declaration per spec; a Field with several names becomes one Field
// per name, the later ones sharing the type ("type: ^"); RangeStmt is
// a ForStmt whose init is a RangeClause; TypeSwitchStmt is a SwitchStmt
// whose tag is a TypeSwitchGuard; IncDecStmt is an AssignStmt;
// StarExpr, UnaryExpr and BinaryExpr are Operations; IndexListExpr is
// an IndexExpr; `[...]T` has no length and `...T` parameters are
// DotsTypes.

import (
	"go/ast"
	"go/token"
	"sort"
)

type goastConverter struct {
	file  *token.File
	src   []byte
	ts    *tokenStream
	opens []int // offsets of the group-opening parentheses, lazily computed
}

func goastTree(f *ast.File, file *token.File, src []byte) *Node {
	c := &goastConverter{file: file, src: src}
	c.ts = scanTokens(file, src)
	n := c.node("File", f.Package)
	n.attr("pkg=" + f.Name.Name)
	for _, d := range f.Decls {
		c.decl(n, "decl", d)
	}
	return n
}

// node makes a Node at the raw (not //line-adjusted) position pos.
func (c *goastConverter) node(kind string, pos token.Pos) *Node {
	p := c.file.PositionFor(pos, false)
	return &Node{Kind: kind, Line: p.Line, Col: p.Column}
}

func (c *goastConverter) offset(pos token.Pos) int { return int(pos) - c.file.Base() }

// tokenAfter and tokenBefore return the position of the token that
// follows or precedes the token at pos.
func (c *goastConverter) tokenAfter(pos token.Pos) token.Pos {
	i := c.ts.index(c.offset(pos))
	return token.Pos(c.file.Base() + int(c.ts.offs[i+1]))
}

func (c *goastConverter) tokenBefore(pos token.Pos) token.Pos {
	i := c.ts.index(c.offset(pos))
	return token.Pos(c.file.Base() + int(c.ts.offs[i-1]))
}

func (c *goastConverter) tokenKindAfter(pos token.Pos) token.Token {
	i := c.ts.index(c.offset(pos))
	return c.ts.toks[i+1]
}

// ---------------------------------------------------------------------
// Declarations

// decl adds the declarations of d to parent: a GenDecl becomes one
// declaration per spec, as in gc.
func (c *goastConverter) decl(parent *Node, role string, d ast.Decl) {
	switch d := d.(type) {
	case *ast.GenDecl:
		group := 0
		if d.Lparen.IsValid() {
			group = c.groupNumber(d.Lparen)
		}
		for _, s := range d.Specs {
			parent.add(role, c.spec(s, d.Tok, group))
		}
	case *ast.FuncDecl:
		parent.add(role, c.funcDecl(d))
	default:
		panic("unexpected declaration")
	}
}

// groupNumber numbers the group opened at lparen: groups are numbered
// in source order, empty ones included.
func (c *goastConverter) groupNumber(lparen token.Pos) int {
	if c.opens == nil {
		c.opens = c.ts.groupOffsets()
	}
	off := c.offset(lparen)
	return sort.SearchInts(c.opens, off) + 1
}

func groupAttr(n *Node, group int) {
	if group > 0 {
		n.attr("group=" + itoa(group))
	}
}

// spec converts one spec of a declaration with keyword tok.
func (c *goastConverter) spec(s ast.Spec, tok token.Token, group int) *Node {
	switch s := s.(type) {
	case *ast.ImportSpec:
		n := c.node("ImportDecl", s.Pos())
		groupAttr(n, group)
		n.add("name", c.identOrNil(s.Name))
		n.add("path", c.basicLit(s.Path))
		return n
	case *ast.ValueSpec:
		kind := "VarDecl"
		if tok == token.CONST {
			kind = "ConstDecl"
		}
		n := c.node(kind, s.Pos())
		groupAttr(n, group)
		for _, name := range s.Names {
			n.add("name", c.ident(name))
		}
		n.add("type", c.typOrNil(s.Type))
		for _, v := range s.Values {
			n.add("value", c.expr(v))
		}
		return n
	case *ast.TypeSpec:
		n := c.node("TypeDecl", s.Pos())
		groupAttr(n, group)
		if s.Assign.IsValid() {
			n.attr("alias")
		}
		n.add("name", c.ident(s.Name))
		if s.TypeParams != nil {
			c.typeSpecParams(n, s)
		}
		n.add("type", c.typ(s.Type))
		return n
	}
	panic("unexpected spec")
}

func (c *goastConverter) funcDecl(d *ast.FuncDecl) *Node {
	pos := d.Name.Pos()
	if d.Recv != nil {
		pos = d.Recv.Opening
	}
	n := c.node("FuncDecl", pos)
	var recv []*Node
	if d.Recv != nil {
		c.params(func(_ string, f *Node) { recv = append(recv, f) }, "recv", d.Recv.List)
	}
	if len(recv) > 0 {
		// (gc rejects a method with zero or several receivers,
		// keeping the first; go/parser accepts them)
		n.add("recv", recv[0])
	} else {
		n.add("recv", nil)
	}
	n.add("name", c.ident(d.Name))
	if d.Type.TypeParams != nil {
		c.params(n.add, "tparam", d.Type.TypeParams.List)
	}
	n.add("type", c.funcType(d.Type))
	if d.Body != nil {
		n.add("body", c.block(d.Body))
	} else {
		n.add("body", nil)
	}
	return n
}

// typeSpecParams adds the type parameters of a generic type
// declaration. gc reads `type T[P C]` by first parsing `P C...` as an
// expression when C starts with '*' or '(' (P*C, P(C)) and then
// splitting off the name, so that first constraint was read by the
// expression parser.
func (c *goastConverter) typeSpecParams(n *Node, s *ast.TypeSpec) {
	list := s.TypeParams.List
	first := list[0]
	if len(first.Names) == 1 {
		switch c.tokenKindAfter(first.Names[0].Pos()) {
		case token.MUL, token.LPAREN:
			f := c.node("Field", first.Names[0].Pos())
			f.add("name", c.ident(first.Names[0]))
			f.add("type", c.expr(first.Type))
			n.add("tparam", f)
			list = list[1:]
		}
	}
	c.params(n.add, "tparam", list)
}

// ---------------------------------------------------------------------
// Fields

// params converts parameter-like fields (parameters, results,
// receivers, type parameters): one Field per name, the second and
// later names of a group sharing the type ("type: ^").
func (c *goastConverter) params(add func(string, *Node), role string, list []*ast.Field) {
	for _, f := range list {
		if len(f.Names) == 0 {
			n := c.node("Field", f.Type.Pos())
			n.add("name", nil)
			n.add("type", c.paramType(f.Type))
			add(role, n)
			continue
		}
		for i, name := range f.Names {
			n := c.node("Field", name.Pos())
			n.add("name", c.ident(name))
			if i == 0 {
				n.add("type", c.paramType(f.Type))
			} else {
				n.addSame("type")
			}
			add(role, n)
		}
	}
}

// paramType converts a parameter type; ...T is gc's DotsType.
func (c *goastConverter) paramType(x ast.Expr) *Node {
	if e, ok := x.(*ast.Ellipsis); ok {
		n := c.node("DotsType", e.Ellipsis)
		n.add("elem", c.typ(e.Elt))
		return n
	}
	return c.typ(x)
}

func (c *goastConverter) funcType(t *ast.FuncType) *Node {
	pos := t.Params.Opening
	if t.TypeParams != nil {
		pos = t.TypeParams.Opening
	}
	n := c.node("FuncType", pos)
	c.params(n.add, "param", t.Params.List)
	if t.Results != nil {
		c.params(n.add, "result", t.Results.List)
	}
	return n
}

func (c *goastConverter) structType(t *ast.StructType) *Node {
	n := c.node("StructType", t.Struct)
	for _, f := range t.Fields.List {
		var tag *Node
		if f.Tag != nil {
			tag = c.basicLit(f.Tag)
		}
		if len(f.Names) == 0 {
			k := c.node("Field", f.Type.Pos())
			k.add("name", nil)
			k.add("type", c.typ(f.Type))
			k.add("tag", tag)
			n.add("field", k)
			continue
		}
		for i, name := range f.Names {
			k := c.node("Field", name.Pos())
			k.add("name", c.ident(name))
			if i == 0 {
				k.add("type", c.typ(f.Type))
			} else {
				k.addSame("type")
			}
			k.add("tag", tag)
			n.add("field", k)
		}
	}
	return n
}

func (c *goastConverter) interfaceType(t *ast.InterfaceType) *Node {
	n := c.node("InterfaceType", t.Interface)
	for _, f := range t.Methods.List {
		if len(f.Names) > 0 {
			// A method: gc's FuncType is at the '(' of its parameters.
			k := c.node("Field", f.Names[0].Pos())
			k.add("name", c.ident(f.Names[0]))
			k.add("type", c.funcType(f.Type.(*ast.FuncType)))
			n.add("method", k)
			continue
		}
		k := c.node("Field", f.Type.Pos())
		k.add("name", nil)
		k.add("type", c.interfaceElem(f.Type))
		n.add("method", k)
	}
	return n
}

// interfaceElem converts an embedded interface element. gc reads an
// element that starts with a plain name followed by '[' (T[A, B]) as a
// parameter list, so all its type arguments are read by the type
// parser; anywhere else the first index of T[...] is an expression.
func (c *goastConverter) interfaceElem(x ast.Expr) *Node {
	switch x := x.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.OR {
			n := c.node("Operation", x.OpPos)
			n.attr("op=|")
			n.add("x", c.interfaceElem(x.X))
			n.add("y", c.typ(x.Y))
			return n
		}
	case *ast.IndexExpr:
		if _, ok := x.X.(*ast.Ident); ok {
			return c.index(x.Lbrack, x.X, []ast.Expr{x.Index}, true)
		}
	case *ast.IndexListExpr:
		if _, ok := x.X.(*ast.Ident); ok {
			return c.index(x.Lbrack, x.X, x.Indices, true)
		}
	}
	return c.typ(x)
}

// ---------------------------------------------------------------------
// Expressions and types

func (c *goastConverter) ident(x *ast.Ident) *Node {
	n := c.node("Name", x.NamePos)
	n.attr(x.Name)
	return n
}

func (c *goastConverter) identOrNil(x *ast.Ident) *Node {
	if x == nil {
		return nil
	}
	return c.ident(x)
}

var goLitKinds = map[token.Token]string{
	token.INT:    "int",
	token.FLOAT:  "float",
	token.IMAG:   "imag",
	token.CHAR:   "rune",
	token.STRING: "string",
}

func (c *goastConverter) basicLit(x *ast.BasicLit) *Node {
	n := c.node("BasicLit", x.ValuePos)
	n.attr(goLitKinds[x.Kind])
	text := x.Value
	if text[0] == '`' {
		// go/scanner removes carriage returns from raw strings;
		// take the literal from the source instead.
		start := c.offset(x.ValuePos)
		end := start + 1
		for c.src[end] != '`' {
			end++
		}
		text = string(c.src[start : end+1])
	}
	n.attr(escapeLit(text))
	return n
}

func (c *goastConverter) exprOrNil(x ast.Expr) *Node {
	if x == nil {
		return nil
	}
	return c.expr(x)
}

func (c *goastConverter) typOrNil(x ast.Expr) *Node {
	if x == nil {
		return nil
	}
	return c.typ(x)
}

// typ converts x as read by gc's type parser: parentheses vanish, and
// the operands of * and the elements of composite types are types too.
func (c *goastConverter) typ(x ast.Expr) *Node {
	switch x := x.(type) {
	case *ast.ParenExpr:
		return c.typ(x.X)
	case *ast.StarExpr:
		n := c.node("Operation", x.Star)
		n.attr("op=*")
		n.add("x", c.typ(x.X))
		return n
	case *ast.ChanType:
		// Begin is "chan" or, for <-chan, the "<-".
		return c.chanType(x, x.Begin)
	case *ast.UnaryExpr:
		// ~T in a constraint
		n := c.node("Operation", x.OpPos)
		n.attr("op=" + x.Op.String())
		n.add("x", c.typ(x.X))
		return n
	case *ast.BinaryExpr:
		// A|B in a constraint
		n := c.node("Operation", x.OpPos)
		n.attr("op=" + x.Op.String())
		n.add("x", c.typ(x.X))
		n.add("y", c.typ(x.Y))
		return n
	}
	return c.expr(x)
}

func (c *goastConverter) chanType(x *ast.ChanType, pos token.Pos) *Node {
	n := c.node("ChanType", pos)
	switch x.Dir {
	case ast.SEND:
		n.attr("dir=send")
	case ast.RECV:
		n.attr("dir=recv")
	default:
		n.attr("dir=both")
	}
	n.add("elem", c.typ(x.Value))
	return n
}

// recvChan converts a receive-only channel type met by gc's expression
// parser: gc read `<-` `chan E` and moved the arrow into the channel
// type, which keeps the position of "chan". In `<-chan <-chan E` the
// same happens to the inner type (gc read `chan<- chan E`, then
// re-associated both arrows), so the rule applies down the chain.
func (c *goastConverter) recvChan(x *ast.ChanType) *Node {
	n := c.node("ChanType", c.tokenAfter(x.Arrow))
	n.attr("dir=recv")
	if v, ok := x.Value.(*ast.ChanType); ok && v.Dir == ast.RECV {
		n.add("elem", c.recvChan(v))
	} else {
		n.add("elem", c.typ(x.Value))
	}
	return n
}

// index converts x[i, j, ...]. gc parses the first index as an
// expression and the others as types, except for the embedded
// interface elements handled by interfaceElem (allTypes).
func (c *goastConverter) index(lbrack token.Pos, x ast.Expr, indices []ast.Expr, allTypes bool) *Node {
	n := c.node("IndexExpr", lbrack)
	n.add("x", c.expr(x))
	for i, ix := range indices {
		if i == 0 && !allTypes {
			n.add("index", c.expr(ix))
		} else {
			n.add("index", c.typ(ix))
		}
	}
	return n
}

// unparen removes the parentheses around x.
func unparen(x ast.Expr) ast.Expr {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			return x
		}
		x = p.X
	}
}

// expr converts x as read by gc's expression parser.
func (c *goastConverter) expr(x ast.Expr) *Node {
	switch x := x.(type) {
	case *ast.BadExpr:
		return c.node("BadExpr", x.From)
	case *ast.Ident:
		return c.ident(x)
	case *ast.BasicLit:
		return c.basicLit(x)
	case *ast.CompositeLit:
		n := c.node("CompositeLit", x.Lbrace)
		n.add("type", c.exprOrNil(x.Type))
		for _, e := range x.Elts {
			n.add("elem", c.expr(e))
		}
		return n
	case *ast.KeyValueExpr:
		n := c.node("KeyValueExpr", x.Colon)
		n.add("key", c.expr(x.Key))
		n.add("value", c.expr(x.Value))
		return n
	case *ast.FuncLit:
		n := c.node("FuncLit", x.Type.Func)
		n.add("type", c.funcType(x.Type))
		n.add("body", c.block(x.Body))
		return n
	case *ast.ParenExpr:
		n := c.node("ParenExpr", x.Lparen)
		n.add("x", c.expr(x.X))
		return n
	case *ast.SelectorExpr:
		n := c.node("SelectorExpr", c.tokenBefore(x.Sel.NamePos))
		n.add("x", c.expr(x.X))
		n.add("sel", c.ident(x.Sel))
		return n
	case *ast.IndexExpr:
		return c.index(x.Lbrack, x.X, []ast.Expr{x.Index}, false)
	case *ast.IndexListExpr:
		return c.index(x.Lbrack, x.X, x.Indices, false)
	case *ast.SliceExpr:
		n := c.node("SliceExpr", x.Lbrack)
		if x.Slice3 {
			n.attr("full")
		}
		n.add("x", c.expr(x.X))
		n.add("lo", c.exprOrNil(x.Low))
		n.add("hi", c.exprOrNil(x.High))
		n.add("max", c.exprOrNil(x.Max))
		return n
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			// x.(type) outside a type switch header: gc's parser
			// accepts it too (the type checker complains).
			n := c.node("TypeSwitchGuard", c.tokenBefore(x.Lparen))
			n.add("lhs", nil)
			n.add("x", c.expr(x.X))
			return n
		}
		n := c.node("AssertExpr", c.tokenBefore(x.Lparen))
		n.add("x", c.expr(x.X))
		n.add("type", c.typ(x.Type))
		return n
	case *ast.CallExpr:
		n := c.node("CallExpr", x.Lparen)
		if x.Ellipsis.IsValid() {
			n.attr("dots")
		}
		n.add("fun", c.expr(x.Fun))
		for _, a := range x.Args {
			n.add("arg", c.expr(a))
		}
		return n
	case *ast.StarExpr:
		n := c.node("Operation", x.Star)
		n.attr("op=*")
		n.add("x", c.expr(x.X))
		return n
	case *ast.UnaryExpr:
		n := c.node("Operation", x.OpPos)
		n.attr("op=" + x.Op.String())
		if x.Op == token.AND {
			n.add("x", c.expr(unparen(x.X)))
		} else {
			n.add("x", c.expr(x.X))
		}
		return n
	case *ast.BinaryExpr:
		n := c.node("Operation", x.OpPos)
		n.attr("op=" + x.Op.String())
		n.add("x", c.expr(x.X))
		n.add("y", c.expr(x.Y))
		return n
	case *ast.ArrayType:
		if x.Len == nil {
			n := c.node("SliceType", x.Lbrack)
			n.add("elem", c.typ(x.Elt))
			return n
		}
		n := c.node("ArrayType", x.Lbrack)
		if _, ok := x.Len.(*ast.Ellipsis); ok {
			n.add("len", nil) // [...]T
		} else {
			n.add("len", c.expr(x.Len))
		}
		n.add("elem", c.typ(x.Elt))
		return n
	case *ast.StructType:
		return c.structType(x)
	case *ast.FuncType:
		return c.funcType(x)
	case *ast.InterfaceType:
		return c.interfaceType(x)
	case *ast.MapType:
		n := c.node("MapType", x.Map)
		n.add("key", c.typ(x.Key))
		n.add("value", c.typ(x.Value))
		return n
	case *ast.ChanType:
		if x.Dir == ast.RECV {
			return c.recvChan(x)
		}
		return c.chanType(x, x.Begin)
	}
	panic("unexpected expression")
}

// ---------------------------------------------------------------------
// Statements

func (c *goastConverter) block(b *ast.BlockStmt) *Node {
	n := c.node("BlockStmt", b.Lbrace)
	c.stmts(n, b.List)
	return n
}

func (c *goastConverter) stmts(parent *Node, list []ast.Stmt) {
	for _, s := range list {
		parent.add("stmt", c.stmt(s))
	}
}

func (c *goastConverter) stmtOrNil(s ast.Stmt) *Node {
	if s == nil {
		return nil
	}
	return c.stmt(s)
}

var assignOps = map[token.Token]string{
	token.ASSIGN:         "op=none",
	token.DEFINE:         "op=none",
	token.ADD_ASSIGN:     "op=+",
	token.SUB_ASSIGN:     "op=-",
	token.MUL_ASSIGN:     "op=*",
	token.QUO_ASSIGN:     "op=/",
	token.REM_ASSIGN:     "op=%",
	token.AND_ASSIGN:     "op=&",
	token.OR_ASSIGN:      "op=|",
	token.XOR_ASSIGN:     "op=^",
	token.SHL_ASSIGN:     "op=<<",
	token.SHR_ASSIGN:     "op=>>",
	token.AND_NOT_ASSIGN: "op=&^",
}

func (c *goastConverter) stmt(s ast.Stmt) *Node {
	switch s := s.(type) {
	case *ast.DeclStmt:
		d := s.Decl.(*ast.GenDecl)
		n := c.node("DeclStmt", d.TokPos)
		c.decl(n, "decl", d)
		return n
	case *ast.EmptyStmt:
		return c.node("EmptyStmt", s.Semicolon)
	case *ast.LabeledStmt:
		n := c.node("LabeledStmt", s.Colon)
		n.add("label", c.ident(s.Label))
		n.add("stmt", c.stmt(s.Stmt))
		return n
	case *ast.ExprStmt:
		// gc puts the statement where it puts the expression.
		x := c.expr(s.X)
		n := &Node{Kind: "ExprStmt", Line: x.Line, Col: x.Col}
		n.add("x", x)
		return n
	case *ast.SendStmt:
		n := c.node("SendStmt", s.Arrow)
		n.add("chan", c.expr(s.Chan))
		n.add("value", c.expr(s.Value))
		return n
	case *ast.IncDecStmt:
		n := c.node("AssignStmt", s.TokPos)
		if s.Tok == token.INC {
			n.attr("op=+")
		} else {
			n.attr("op=-")
		}
		n.attr("incdec")
		n.add("lhs", c.expr(s.X))
		return n
	case *ast.AssignStmt:
		n := c.node("AssignStmt", s.TokPos)
		n.attr(assignOps[s.Tok])
		if s.Tok == token.DEFINE {
			n.attr("def")
		}
		for _, x := range s.Lhs {
			n.add("lhs", c.expr(x))
		}
		for _, x := range s.Rhs {
			n.add("rhs", c.expr(x))
		}
		return n
	case *ast.GoStmt:
		n := c.node("CallStmt", s.Go)
		n.attr("tok=go")
		n.add("call", c.expr(s.Call))
		return n
	case *ast.DeferStmt:
		n := c.node("CallStmt", s.Defer)
		n.attr("tok=defer")
		n.add("call", c.expr(s.Call))
		return n
	case *ast.ReturnStmt:
		n := c.node("ReturnStmt", s.Return)
		for _, x := range s.Results {
			n.add("result", c.expr(x))
		}
		return n
	case *ast.BranchStmt:
		n := c.node("BranchStmt", s.TokPos)
		n.attr("tok=" + s.Tok.String())
		n.add("label", c.identOrNil(s.Label))
		return n
	case *ast.BlockStmt:
		return c.block(s)
	case *ast.IfStmt:
		n := c.node("IfStmt", s.If)
		n.add("init", c.stmtOrNil(s.Init))
		n.add("cond", c.exprOrNil(s.Cond))
		n.add("then", c.block(s.Body))
		n.add("else", c.stmtOrNil(s.Else))
		return n
	case *ast.CaseClause:
		n := c.node("CaseClause", s.Case)
		if s.List == nil {
			n.attr("default")
		}
		for _, x := range s.List {
			n.add("case", c.expr(x))
		}
		c.stmts(n, s.Body)
		return n
	case *ast.SwitchStmt:
		n := c.node("SwitchStmt", s.Switch)
		n.add("init", c.stmtOrNil(s.Init))
		n.add("tag", c.exprOrNil(s.Tag))
		c.clauses(n, s.Body)
		return n
	case *ast.TypeSwitchStmt:
		n := c.node("SwitchStmt", s.Switch)
		n.add("init", c.stmtOrNil(s.Init))
		n.add("tag", c.typeSwitchGuard(s.Assign))
		c.clauses(n, s.Body)
		return n
	case *ast.CommClause:
		n := c.node("CommClause", s.Case)
		if s.Comm == nil {
			n.attr("default")
		}
		n.add("comm", c.stmtOrNil(s.Comm))
		c.stmts(n, s.Body)
		return n
	case *ast.SelectStmt:
		n := c.node("SelectStmt", s.Select)
		c.clauses(n, s.Body)
		return n
	case *ast.ForStmt:
		n := c.node("ForStmt", s.For)
		n.add("init", c.stmtOrNil(s.Init))
		n.add("cond", c.exprOrNil(s.Cond))
		n.add("post", c.stmtOrNil(s.Post))
		n.add("body", c.block(s.Body))
		return n
	case *ast.RangeStmt:
		// gc: a ForStmt whose init is a RangeClause at "range".
		n := c.node("ForStmt", s.For)
		rangePos := c.tokenAfter(s.For)
		if s.Key != nil {
			rangePos = c.tokenAfter(s.TokPos)
		}
		r := c.node("RangeClause", rangePos)
		if s.Tok == token.DEFINE {
			r.attr("def")
		}
		if s.Key != nil {
			r.add("lhs", c.expr(s.Key))
		}
		if s.Value != nil {
			r.add("lhs", c.expr(s.Value))
		}
		r.add("x", c.expr(s.X))
		n.add("init", r)
		n.add("cond", nil)
		n.add("post", nil)
		n.add("body", c.block(s.Body))
		return n
	}
	panic("unexpected statement")
}

// clauses adds the case or comm clauses of a switch or select body.
func (c *goastConverter) clauses(n *Node, body *ast.BlockStmt) {
	for _, s := range body.List {
		n.add("clause", c.stmt(s))
	}
}

// typeSwitchGuard converts the guard of a type switch, `x := y.(type)`
// or `y.(type)`, into gc's TypeSwitchGuard (at the '.').
func (c *goastConverter) typeSwitchGuard(s ast.Stmt) *Node {
	var lhs *ast.Ident
	var x ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		lhs = s.Lhs[0].(*ast.Ident)
		x = s.Rhs[0]
	case *ast.ExprStmt:
		x = s.X
	}
	a := x.(*ast.TypeAssertExpr)
	n := c.node("TypeSwitchGuard", c.tokenBefore(a.Lparen))
	n.add("lhs", c.identOrNil(lhs))
	n.add("x", c.expr(a.X))
	return n
}

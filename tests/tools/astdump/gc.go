package main

// Oracle "gc": the compiler's own parser, cmd/compile/internal/syntax.
//
// The package cannot be imported from outside GOROOT/src/cmd, so
// build-astdump.sh copies it (unchanged) into internal/syntax of the
// build tree. This file converts its tree to the canonical form; the
// shape of the canonical form follows gc, so the conversion is mostly
// one node for one node, with ListExprs flattened.

import (
	"bytes"
	"sort"

	"astdump/internal/syntax"
)

// gcParse parses src with gc's parser. It returns the tree (nil if the
// parser gave up at the package clause) and every error reported while
// parsing, in the order gc's error handler received them. Errors raised
// by the directive (pragma) handler, which mimics cmd/compile's noder,
// are flagged in fromNoder; they do not affect the tree.
func gcParse(filename string, src []byte, mode syntax.Mode) (*syntax.File, []gcError) {
	var errs []gcError
	errh := func(err error) {
		e := err.(syntax.Error)
		errs = append(errs, gcError{Pos: e.Pos, Msg: e.Msg})
	}
	ph := &pragmaHandler{report: func(pos syntax.Pos, msg string) {
		errs = append(errs, gcError{Pos: pos, Msg: msg, fromNoder: true})
	}}
	f, _ := syntax.Parse(syntax.NewFileBase(filename), bytes.NewReader(src), errh, ph.handle, mode)
	return f, errs
}

// gcConverter turns a syntax.File into the canonical tree.
type gcConverter struct {
	src     []byte
	pragmas bool                  // -pragmas: list the directives each declaration takes
	groups  map[*syntax.Group]int // group numbers assigned so far
	opens   []linecol             // positions of the '(' of every declaration group, lazily computed
}

type linecol struct{ line, col int }

func gcTree(f *syntax.File, src []byte) *Node {
	c := &gcConverter{src: src, pragmas: *pragmasFlag}
	n := c.node("File", f.Pos())
	n.attr("pkg=" + f.PkgName.Value)
	c.pragma(n, f.Pragma)
	for _, d := range f.DeclList {
		n.add("decl", c.decl(d))
	}
	return n
}

func (c *gcConverter) node(kind string, pos syntax.Pos) *Node {
	return &Node{Kind: kind, Line: int(pos.Line()), Col: int(pos.Col())}
}

// unlist returns the elements of x: those of a ListExpr, x alone
// otherwise, nothing for nil.
func unlist(x syntax.Expr) []syntax.Expr {
	switch x := x.(type) {
	case nil:
		return nil
	case *syntax.ListExpr:
		return x.ElemList
	}
	return []syntax.Expr{x}
}

// groupAttr numbers the declaration group g. gc's tree does not record
// empty groups, which count too, so the numbers come from the token
// stream: the group is the last group-opening '(' before its first
// declaration (the declarations of a group immediately follow its '(',
// so a nested group cannot come in between).
func (c *gcConverter) groupAttr(n *Node, g *syntax.Group, pos syntax.Pos) {
	if g == nil {
		return
	}
	num, ok := c.groups[g]
	if !ok {
		if c.groups == nil {
			c.groups = make(map[*syntax.Group]int)
			c.opens = groupOpenings(c.src)
		}
		at := linecol{int(pos.Line()), int(pos.Col())}
		num = sort.Search(len(c.opens), func(i int) bool {
			o := c.opens[i]
			return o.line > at.line || o.line == at.line && o.col >= at.col
		}) // number of openings before pos == 1-based number of the last one
		c.groups[g] = num
	}
	n.attr("group=" + itoa(num))
}

// pragma adds, with -pragmas, a "pragma" child for each directive the
// declaration took (those noder keeps: a flag or an embed), in order.
func (c *gcConverter) pragma(n *Node, p syntax.Pragma) {
	st, _ := p.(*pragmaState)
	if !c.pragmas || st == nil {
		return
	}
	for _, k := range st.kept {
		d := c.node("Directive", k.pos)
		d.attr(escapeLit(k.text))
		n.add("pragma", d)
	}
}

func (c *gcConverter) decl(d syntax.Decl) *Node {
	n := c.decl1(d)
	switch d := d.(type) {
	case *syntax.ImportDecl:
		c.pragmaFirst(n, d.Pragma)
	case *syntax.ConstDecl:
		c.pragmaFirst(n, d.Pragma)
	case *syntax.VarDecl:
		c.pragmaFirst(n, d.Pragma)
	case *syntax.TypeDecl:
		c.pragmaFirst(n, d.Pragma)
	case *syntax.FuncDecl:
		c.pragmaFirst(n, d.Pragma)
	}
	return n
}

// pragmaFirst puts the pragma children of a declaration before its other
// children.
func (c *gcConverter) pragmaFirst(n *Node, p syntax.Pragma) {
	kids := n.Kids
	n.Kids = nil
	c.pragma(n, p)
	n.Kids = append(n.Kids, kids...)
}

func (c *gcConverter) decl1(d syntax.Decl) *Node {
	switch d := d.(type) {
	case *syntax.ImportDecl:
		n := c.node("ImportDecl", d.Pos())
		c.groupAttr(n, d.Group, d.Pos())
		n.add("name", c.nameOrNil(d.LocalPkgName))
		if d.Path != nil {
			n.add("path", c.expr(d.Path))
		} else {
			n.add("path", nil)
		}
		return n
	case *syntax.ConstDecl:
		return c.valueDecl("ConstDecl", d.Pos(), d.Group, d.NameList, d.Type, d.Values)
	case *syntax.VarDecl:
		return c.valueDecl("VarDecl", d.Pos(), d.Group, d.NameList, d.Type, d.Values)
	case *syntax.TypeDecl:
		n := c.node("TypeDecl", d.Pos())
		c.groupAttr(n, d.Group, d.Pos())
		if d.Alias {
			n.attr("alias")
		}
		n.add("name", c.name(d.Name))
		c.fields(n, "tparam", d.TParamList, nil)
		n.add("type", c.exprOrNil(d.Type))
		return n
	case *syntax.FuncDecl:
		n := c.node("FuncDecl", d.Pos())
		if d.Recv != nil {
			n.add("recv", c.field(d.Recv))
		} else {
			n.add("recv", nil)
		}
		n.add("name", c.name(d.Name))
		c.fields(n, "tparam", d.TParamList, nil)
		n.add("type", c.expr(d.Type))
		if d.Body != nil {
			n.add("body", c.stmt(d.Body))
		} else {
			n.add("body", nil)
		}
		return n
	}
	panic("unexpected declaration")
}

func (c *gcConverter) valueDecl(kind string, pos syntax.Pos, g *syntax.Group, names []*syntax.Name, typ, values syntax.Expr) *Node {
	n := c.node(kind, pos)
	c.groupAttr(n, g, pos)
	for _, name := range names {
		n.add("name", c.name(name))
	}
	n.add("type", c.exprOrNil(typ))
	for _, v := range unlist(values) {
		n.add("value", c.expr(v))
	}
	return n
}

func (c *gcConverter) name(x *syntax.Name) *Node {
	n := c.node("Name", x.Pos())
	n.attr(x.Value)
	return n
}

func (c *gcConverter) nameOrNil(x *syntax.Name) *Node {
	if x == nil {
		return nil
	}
	return c.name(x)
}

// field converts a field without a tag (parameters, receivers,
// interface elements); fields converts a list, writing "type: ^" where
// a field shares the previous field's type node. tags is non-nil only
// for struct fields (then every field prints a tag slot).
func (c *gcConverter) field(f *syntax.Field) *Node {
	n := c.node("Field", f.Pos())
	n.add("name", c.nameOrNil(f.Name))
	n.add("type", c.exprOrNil(f.Type))
	return n
}

func (c *gcConverter) fields(parent *Node, role string, list []*syntax.Field, st *syntax.StructType) {
	for i, f := range list {
		n := c.node("Field", f.Pos())
		n.add("name", c.nameOrNil(f.Name))
		if i > 0 && f.Type != nil && f.Type == list[i-1].Type {
			n.addSame("type")
		} else {
			n.add("type", c.exprOrNil(f.Type))
		}
		if st != nil {
			if i < len(st.TagList) && st.TagList[i] != nil {
				n.add("tag", c.expr(st.TagList[i]))
			} else {
				n.add("tag", nil)
			}
		}
		parent.add(role, n)
	}
}

func (c *gcConverter) exprOrNil(x syntax.Expr) *Node {
	if x == nil {
		return nil
	}
	return c.expr(x)
}

var litKinds = [...]string{
	syntax.IntLit:    "int",
	syntax.FloatLit:  "float",
	syntax.ImagLit:   "imag",
	syntax.RuneLit:   "rune",
	syntax.StringLit: "string",
}

var chanDirs = [...]string{0: "dir=both", syntax.SendOnly: "dir=send", syntax.RecvOnly: "dir=recv"}

func (c *gcConverter) expr(x syntax.Expr) *Node {
	switch x := x.(type) {
	case *syntax.BadExpr:
		return c.node("BadExpr", x.Pos())
	case *syntax.Name:
		return c.name(x)
	case *syntax.BasicLit:
		n := c.node("BasicLit", x.Pos())
		n.attr(litKinds[x.Kind])
		n.attr(escapeLit(x.Value))
		return n
	case *syntax.CompositeLit:
		n := c.node("CompositeLit", x.Pos())
		n.add("type", c.exprOrNil(x.Type))
		for _, e := range x.ElemList {
			n.add("elem", c.expr(e))
		}
		return n
	case *syntax.KeyValueExpr:
		n := c.node("KeyValueExpr", x.Pos())
		n.add("key", c.expr(x.Key))
		n.add("value", c.expr(x.Value))
		return n
	case *syntax.FuncLit:
		n := c.node("FuncLit", x.Pos())
		n.add("type", c.expr(x.Type))
		n.add("body", c.stmt(x.Body))
		return n
	case *syntax.ParenExpr:
		n := c.node("ParenExpr", x.Pos())
		n.add("x", c.expr(x.X))
		return n
	case *syntax.SelectorExpr:
		n := c.node("SelectorExpr", x.Pos())
		n.add("x", c.expr(x.X))
		n.add("sel", c.name(x.Sel))
		return n
	case *syntax.IndexExpr:
		n := c.node("IndexExpr", x.Pos())
		n.add("x", c.expr(x.X))
		for _, i := range unlist(x.Index) {
			n.add("index", c.expr(i))
		}
		return n
	case *syntax.SliceExpr:
		n := c.node("SliceExpr", x.Pos())
		if x.Full {
			n.attr("full")
		}
		n.add("x", c.expr(x.X))
		n.add("lo", c.exprOrNil(x.Index[0]))
		n.add("hi", c.exprOrNil(x.Index[1]))
		n.add("max", c.exprOrNil(x.Index[2]))
		return n
	case *syntax.AssertExpr:
		n := c.node("AssertExpr", x.Pos())
		n.add("x", c.expr(x.X))
		n.add("type", c.expr(x.Type))
		return n
	case *syntax.TypeSwitchGuard:
		n := c.node("TypeSwitchGuard", x.Pos())
		n.add("lhs", c.nameOrNil(x.Lhs))
		n.add("x", c.expr(x.X))
		return n
	case *syntax.Operation:
		n := c.node("Operation", x.Pos())
		n.attr("op=" + x.Op.String())
		n.add("x", c.expr(x.X))
		if x.Y != nil {
			n.add("y", c.expr(x.Y))
		}
		return n
	case *syntax.CallExpr:
		n := c.node("CallExpr", x.Pos())
		if x.HasDots {
			n.attr("dots")
		}
		n.add("fun", c.expr(x.Fun))
		for _, a := range x.ArgList {
			n.add("arg", c.expr(a))
		}
		return n
	case *syntax.ListExpr:
		// Lists only occur in the slots that are flattened with unlist.
		panic("unexpected ListExpr")
	case *syntax.ArrayType:
		n := c.node("ArrayType", x.Pos())
		n.add("len", c.exprOrNil(x.Len))
		n.add("elem", c.expr(x.Elem))
		return n
	case *syntax.SliceType:
		n := c.node("SliceType", x.Pos())
		n.add("elem", c.expr(x.Elem))
		return n
	case *syntax.DotsType:
		n := c.node("DotsType", x.Pos())
		n.add("elem", c.expr(x.Elem))
		return n
	case *syntax.StructType:
		n := c.node("StructType", x.Pos())
		c.fields(n, "field", x.FieldList, x)
		return n
	case *syntax.InterfaceType:
		n := c.node("InterfaceType", x.Pos())
		c.fields(n, "method", x.MethodList, nil)
		return n
	case *syntax.FuncType:
		n := c.node("FuncType", x.Pos())
		c.fields(n, "param", x.ParamList, nil)
		c.fields(n, "result", x.ResultList, nil)
		return n
	case *syntax.MapType:
		n := c.node("MapType", x.Pos())
		n.add("key", c.expr(x.Key))
		n.add("value", c.expr(x.Value))
		return n
	case *syntax.ChanType:
		n := c.node("ChanType", x.Pos())
		n.attr(chanDirs[x.Dir])
		n.add("elem", c.expr(x.Elem))
		return n
	}
	panic("unexpected expression")
}

func (c *gcConverter) stmtOrNil(s syntax.Stmt) *Node {
	if s == nil {
		return nil
	}
	return c.stmt(s)
}

func (c *gcConverter) stmts(parent *Node, list []syntax.Stmt) {
	for _, s := range list {
		parent.add("stmt", c.stmt(s))
	}
}

func (c *gcConverter) stmt(s syntax.Stmt) *Node {
	switch s := s.(type) {
	case *syntax.EmptyStmt:
		return c.node("EmptyStmt", s.Pos())
	case *syntax.LabeledStmt:
		n := c.node("LabeledStmt", s.Pos())
		n.add("label", c.name(s.Label))
		n.add("stmt", c.stmt(s.Stmt))
		return n
	case *syntax.BlockStmt:
		n := c.node("BlockStmt", s.Pos())
		c.stmts(n, s.List)
		return n
	case *syntax.ExprStmt:
		n := c.node("ExprStmt", s.Pos())
		n.add("x", c.expr(s.X))
		return n
	case *syntax.SendStmt:
		n := c.node("SendStmt", s.Pos())
		n.add("chan", c.expr(s.Chan))
		n.add("value", c.expr(s.Value))
		return n
	case *syntax.DeclStmt:
		n := c.node("DeclStmt", s.Pos())
		for _, d := range s.DeclList {
			n.add("decl", c.decl(d))
		}
		return n
	case *syntax.AssignStmt:
		n := c.node("AssignStmt", s.Pos())
		switch s.Op {
		case 0:
			n.attr("op=none")
		case syntax.Def:
			n.attr("op=none")
			n.attr("def")
		default:
			n.attr("op=" + s.Op.String())
		}
		if s.Rhs == nil {
			n.attr("incdec")
		}
		for _, x := range unlist(s.Lhs) {
			n.add("lhs", c.expr(x))
		}
		for _, x := range unlist(s.Rhs) {
			n.add("rhs", c.expr(x))
		}
		return n
	case *syntax.BranchStmt:
		n := c.node("BranchStmt", s.Pos())
		n.attr("tok=" + s.Tok.String())
		n.add("label", c.nameOrNil(s.Label))
		return n
	case *syntax.CallStmt:
		n := c.node("CallStmt", s.Pos())
		n.attr("tok=" + s.Tok.String())
		n.add("call", c.expr(s.Call))
		return n
	case *syntax.ReturnStmt:
		n := c.node("ReturnStmt", s.Pos())
		for _, x := range unlist(s.Results) {
			n.add("result", c.expr(x))
		}
		return n
	case *syntax.IfStmt:
		n := c.node("IfStmt", s.Pos())
		n.add("init", c.simpleOrNil(s.Init))
		n.add("cond", c.exprOrNil(s.Cond))
		n.add("then", c.stmt(s.Then))
		n.add("else", c.stmtOrNil(s.Else))
		return n
	case *syntax.ForStmt:
		n := c.node("ForStmt", s.Pos())
		n.add("init", c.simpleOrNil(s.Init))
		n.add("cond", c.exprOrNil(s.Cond))
		n.add("post", c.simpleOrNil(s.Post))
		n.add("body", c.stmt(s.Body))
		return n
	case *syntax.RangeClause:
		n := c.node("RangeClause", s.Pos())
		if s.Def {
			n.attr("def")
		}
		for _, x := range unlist(s.Lhs) {
			n.add("lhs", c.expr(x))
		}
		n.add("x", c.expr(s.X))
		return n
	case *syntax.SwitchStmt:
		n := c.node("SwitchStmt", s.Pos())
		n.add("init", c.simpleOrNil(s.Init))
		n.add("tag", c.exprOrNil(s.Tag))
		for _, cc := range s.Body {
			k := c.node("CaseClause", cc.Pos())
			if cc.Cases == nil {
				k.attr("default")
			}
			for _, x := range unlist(cc.Cases) {
				k.add("case", c.expr(x))
			}
			c.stmts(k, cc.Body)
			n.add("clause", k)
		}
		return n
	case *syntax.SelectStmt:
		n := c.node("SelectStmt", s.Pos())
		for _, cc := range s.Body {
			k := c.node("CommClause", cc.Pos())
			if cc.Comm == nil {
				k.attr("default")
			}
			k.add("comm", c.simpleOrNil(cc.Comm))
			c.stmts(k, cc.Body)
			n.add("clause", k)
		}
		return n
	}
	panic("unexpected statement")
}

// simpleOrNil converts an optional simple statement (if/for/switch
// headers, select cases).
func (c *gcConverter) simpleOrNil(s syntax.SimpleStmt) *Node {
	if s == nil {
		return nil
	}
	return c.stmt(s)
}

// intrinsics reads gc's intrinsic registrations (GOROOT/src/cmd/compile/
// internal/ssagen/ssa.go, function InitTables) and the architecture list
// (GOROOT/src/cmd/internal/sys/arch.go) and prints, as C data for
// src/intrinsics.h, every intrinsic function with the set of GOARCH
// values it is an intrinsic on.
//
// InitTables is read, not run: its statements are taken in order and each
// registration call (add: a list of architectures; addF: a list of
// architecture families; alias: an existing entry under a new name, for
// the architectures of a list on which the old name exists) is applied to
// a map from (GOARCH, package path, name) to presence.  A registration
// inside an if statement is applied as the compiler does when not
// instrumenting (-race, -msan and -asan are not modelled).  Anything else
// in the function that could register an entry stops the program, so a
// new form in a later ssa.go cannot be missed silently.
//
// Usage: intrinsics GOROOT
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type arch struct {
	name    string // GOARCH
	family  string // sys.ArchFamily constant
	ptrSize int
}

var (
	archs   []*arch              // sys.Archs, in order
	byVar   = map[string]*arch{} // ArchAMD64 -> amd64
	lists   = map[string][]*arch{}
	present = map[string]map[*arch]bool{} // "pkg.fn" -> archs
)

func die(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "intrinsics: "+format+"\n", args...)
	os.Exit(1)
}

func parse(path string) *ast.File {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		die("%v", err)
	}
	return f
}

func str(e ast.Expr) string {
	l, ok := e.(*ast.BasicLit)
	if !ok || l.Kind != token.STRING {
		die("want a string literal, have %T", e)
	}
	s, err := strconv.Unquote(l.Value)
	if err != nil {
		die("%v", err)
	}
	return s
}

func selName(e ast.Expr) string {
	s, ok := e.(*ast.SelectorExpr)
	if !ok {
		die("want sys.NAME, have %T", e)
	}
	if x, ok := s.X.(*ast.Ident); !ok || x.Name != "sys" {
		die("want sys.NAME")
	}
	return s.Sel.Name
}

// readArchs fills archs and byVar from arch.go.
func readArchs(goroot string) {
	f := parse(filepath.Join(goroot, "src/cmd/internal/sys/arch.go"))
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			if len(vs.Names) != 1 || len(vs.Values) != 1 {
				continue
			}
			name := vs.Names[0].Name
			switch v := vs.Values[0].(type) {
			case *ast.UnaryExpr: // &Arch{...}
				cl, ok := v.X.(*ast.CompositeLit)
				if !ok {
					continue
				}
				a := &arch{}
				for _, el := range cl.Elts {
					kv := el.(*ast.KeyValueExpr)
					switch kv.Key.(*ast.Ident).Name {
					case "Name":
						a.name = str(kv.Value)
					case "Family":
						a.family = kv.Value.(*ast.Ident).Name
					case "PtrSize":
						a.ptrSize, _ = strconv.Atoi(kv.Value.(*ast.BasicLit).Value)
					}
				}
				byVar[name] = a
			case *ast.CompositeLit:
				if name != "Archs" {
					continue
				}
				for _, el := range v.Elts {
					a := byVar[el.(*ast.Ident).Name]
					if a == nil {
						die("Archs names unknown %s", el.(*ast.Ident).Name)
					}
					archs = append(archs, a)
				}
			}
		}
	}
	if len(archs) == 0 {
		die("no sys.Archs in arch.go")
	}
	lists["all"] = archs
	for _, a := range archs {
		if a.ptrSize == 4 {
			lists["p4"] = append(lists["p4"], a)
		} else {
			lists["p8"] = append(lists["p8"], a)
		}
		if a.family != "PPC64" {
			lists["lwatomics"] = append(lists["lwatomics"], a)
		}
	}
}

// archArgs: the architectures named by the trailing arguments of add or
// alias (one list..., or sys.ArchX values).
func archArgs(call *ast.CallExpr, from int) []*arch {
	args := call.Args[from:]
	if call.Ellipsis.IsValid() {
		if len(args) != 1 {
			die("list... with other arguments")
		}
		id, ok := args[0].(*ast.Ident)
		if !ok || lists[id.Name] == nil {
			die("unknown architecture list %T", args[0])
		}
		return lists[id.Name]
	}
	var r []*arch
	for _, e := range args {
		a := byVar[selName(e)]
		if a == nil {
			die("unknown architecture %s", selName(e))
		}
		r = append(r, a)
	}
	return r
}

func set(key string, a *arch) {
	if present[key] == nil {
		present[key] = map[*arch]bool{}
	}
	present[key][a] = true
}

func apply(call *ast.CallExpr) {
	fn, ok := call.Fun.(*ast.Ident)
	if !ok {
		return
	}
	switch fn.Name {
	case "add":
		key := str(call.Args[0]) + "." + str(call.Args[1])
		for _, a := range archArgs(call, 3) {
			set(key, a)
		}
	case "addF":
		key := str(call.Args[0]) + "." + str(call.Args[1])
		fams := map[string]bool{}
		for _, e := range call.Args[3:] {
			fams[selName(e)] = true
		}
		n := 0
		for _, a := range archs {
			if fams[a.family] {
				set(key, a)
				n++
			}
		}
		if n == 0 {
			die("addF %s: no architecture of these families", key)
		}
	case "alias":
		key := str(call.Args[0]) + "." + str(call.Args[1])
		old := str(call.Args[2]) + "." + str(call.Args[3])
		n := 0
		for _, a := range archArgs(call, 4) {
			if present[old][a] {
				set(key, a)
				n++
			}
		}
		if n == 0 {
			die("alias %s of %s: defined nowhere", key, old)
		}
	}
}

// walk applies the registrations of a statement list, in order.
func walk(stmts []ast.Stmt) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.ExprStmt:
			if c, ok := s.X.(*ast.CallExpr); ok {
				apply(c)
			}
		case *ast.IfStmt:
			// only "if !base.Flag.Cfg.Instrumenting { ... }": taken
			u, ok := s.Cond.(*ast.UnaryExpr)
			if !ok || u.Op != token.NOT || !strings.HasSuffix(exprString(u.X), "Instrumenting") || s.Else != nil {
				die("unexpected if statement in InitTables: %s", exprString(s.Cond))
			}
			walk(s.Body.List)
		case *ast.BlockStmt:
			walk(s.List)
		case *ast.RangeStmt:
			// the loop over sys.Archs building all, p4, p8 and
			// lwatomics (readArchs builds them)
			if u, ok := s.X.(*ast.UnaryExpr); !ok || exprString(u.X) != "sys.Archs" {
				die("unexpected range loop in InitTables")
			}
		case *ast.ForStmt, *ast.SwitchStmt:
			die("unexpected loop or switch in InitTables")
		}
	}
}

func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	}
	return fmt.Sprintf("%T", e)
}

func main() {
	if len(os.Args) != 2 {
		die("usage: intrinsics GOROOT")
	}
	goroot := os.Args[1]
	readArchs(goroot)
	f := parse(filepath.Join(goroot, "src/cmd/compile/internal/ssagen/ssa.go"))
	var body *ast.BlockStmt
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "InitTables" {
			body = fd.Body
		}
	}
	if body == nil {
		die("no InitTables in ssa.go")
	}
	walk(body.List)

	keys := make([]string, 0, len(present))
	for k := range present {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("/* Generated by scripts/intrinsics.sh from Go %s's\n", goVersion(goroot))
	fmt.Printf(" * src/cmd/compile/internal/ssagen/ssa.go (InitTables) and\n")
	fmt.Printf(" * src/cmd/internal/sys/arch.go: do not edit.  Included by inline.c\n")
	fmt.Printf(" * only.  Each function gc compiles to machine instructions, as\n")
	fmt.Printf(" * \"importpath.name\" (sorted), with the GOARCH values it does so on. */\n\n")
	fmt.Printf("enum {\n")
	for _, a := range archs {
		fmt.Printf("\tIA_%s,\n", cname(a.name))
	}
	fmt.Printf("\tIA_N\n};\n\n")
	fmt.Printf("static const char *const intrinsic_arches[IA_N] = {\n")
	for _, a := range archs {
		fmt.Printf("\t[IA_%s] = \"%s\",\n", cname(a.name), a.name)
	}
	fmt.Printf("};\n\n")
	fmt.Printf("static const struct Intrinsic {\n\tconst char *name;\n\tuint32_t arches;       /* 1 << IA_x */\n} intrinsic_table[] = {\n")
	for _, k := range keys {
		var bits []string
		for _, a := range archs {
			if present[k][a] {
				bits = append(bits, "1u << IA_"+cname(a.name))
			}
		}
		fmt.Printf("\t{ %q, %s },\n", k, strings.Join(bits, " | "))
	}
	fmt.Printf("};\n")
}

func cname(goarch string) string {
	if goarch[0] >= '0' && goarch[0] <= '9' {
		return "I" + goarch
	}
	return strings.ToUpper(goarch)
}

func goVersion(goroot string) string {
	b, err := os.ReadFile(filepath.Join(goroot, "VERSION"))
	if err != nil {
		return "?"
	}
	return strings.SplitN(strings.TrimSpace(string(b)), "\n", 2)[0]
}

// Command checkoracle is the test oracle for goescape's type checker
// (src/check*.c): it prints, from go/types, what `goescape check
// -dump-types` prints for the same packages.
//
//	checkoracle [-all-vars | -exprs | -uses | -instances | -init [-bodies] | -bench] PATTERN...
//
// It asks `go list -deps -json` for the packages (so GOOS, GOARCH and
// CGO_ENABLED in the environment apply), type-checks every one in
// dependency order with go/types (function bodies ignored, gc's sizes
// from sizes.go for GOARCH), and for each package the patterns name
// prints its package-level objects in name order:
//
//	package PATH
//	const NAME TYPE = EXACT-VALUE
//	type NAME UNDERLYING            (type NAME = TYPE for an alias)
//	method TYPENAME.NAME SIGNATURE  (after its type, by name)
//	func NAME SIGNATURE
//	var NAME TYPE                   (only vars declared with a type,
//	                                 unless -all-vars)
//
// Types are types.TypeString with package paths.  With -init it prints
// instead each package's Info.InitOrder, one initializer a line, its
// variables by position and name ("FILE:LINE:COL NAME, ..."), as
// `goescape check -dump-init` does; function bodies are ignored unless
// -bodies (a function's dependencies are those of its body, so the
// order can differ).  With -bench it type-checks the packages (function
// bodies too with -bodies), prints nothing, and reports on stderr the
// time taken and the peak memory (for scripts/bench-check.sh).
//
// -exprs prints the type of every expression instead (dumpExprs), -uses
// the objects local names denote (dumpUses), -instances the
// instantiations of generic functions and types (dumpInstances: go/types'
// Info.Instances); all three check function bodies.
//
// Standard library only: no module downloads, no cgo.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

type listPkg struct {
	ImportPath string
	Name       string
	Dir        string
	GoFiles    []string
	ImportMap  map[string]string
	DepOnly    bool
	Error      *struct{ Err string }
}

type importer struct {
	done      map[string]*types.Package
	importMap map[string]string
}

func (im *importer) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := im.importMap[path]; ok {
		path = p
	}
	if pkg := im.done[path]; pkg != nil {
		return pkg, nil
	}
	return nil, fmt.Errorf("package %s not checked", path)
}

func main() {
	patterns := os.Args[1:]
	allVars, exprs, uses, instances, initOrder, bodies, bench := false, false, false, false, false, false, false
	for len(patterns) > 0 && strings.HasPrefix(patterns[0], "-") {
		switch patterns[0] {
		case "-all-vars":
			allVars = true
		case "-exprs":
			exprs = true
		case "-init":
			initOrder = true
		case "-bodies":
			bodies = true
		case "-bench":
			bench = true
		case "-uses":
			exprs, uses = true, true
		case "-instances":
			exprs, instances = true, true
		default:
			fmt.Fprintln(os.Stderr, "checkoracle: unknown flag", patterns[0])
			os.Exit(2)
		}
		patterns = patterns[1:]
	}
	if len(patterns) < 1 {
		fmt.Fprintln(os.Stderr, "usage: checkoracle [-all-vars | -exprs | -uses | -instances | -init [-bodies] | -bench] PATTERN...")
		os.Exit(2)
	}
	start := time.Now()
	args := append([]string{"list", "-deps", "-json"}, patterns...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "checkoracle: go list:", err)
		os.Exit(1)
	}
	listed := time.Since(start)
	arch := os.Getenv("GOARCH")
	if arch == "" {
		arch = "amd64"
	}
	sizes := gcSizesFor(arch)
	dec := json.NewDecoder(strings.NewReader(string(out)))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	done := map[string]*types.Package{}
	fset := token.NewFileSet()
	status := 0
	for {
		var lp listPkg
		if err := dec.Decode(&lp); err == io.EOF {
			break
		} else if err != nil {
			fmt.Fprintln(os.Stderr, "checkoracle:", err)
			os.Exit(1)
		}
		if lp.ImportPath == "unsafe" || lp.Error != nil {
			continue
		}
		var files []*ast.File
		typed := map[string]bool{} // vars declared with a type
		for _, f := range lp.GoFiles {
			af, err := parser.ParseFile(fset, filepath.Join(lp.Dir, f), nil, parser.SkipObjectResolution)
			if err != nil {
				fmt.Fprintln(os.Stderr, "checkoracle:", err)
				status = 1
				continue
			}
			files = append(files, af)
			for _, d := range af.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, s := range gd.Specs {
					vs := s.(*ast.ValueSpec)
					if vs.Type != nil {
						for _, n := range vs.Names {
							typed[n.Name] = true
						}
					}
				}
			}
		}
		conf := types.Config{
			Importer:         &importer{done, lp.ImportMap},
			Sizes:            sizes,
			IgnoreFuncBodies: !bodies && !exprs,
			Error:            func(err error) { fmt.Fprintln(os.Stderr, err); status = 1 },
		}
		var info *types.Info
		if exprs {
			info = &types.Info{
				Types:     map[ast.Expr]types.TypeAndValue{},
				Defs:      map[*ast.Ident]types.Object{},
				Uses:      map[*ast.Ident]types.Object{},
				Instances: map[*ast.Ident]types.Instance{},
			}
		} else if initOrder || bench {
			info = &types.Info{}
		}
		pkg, _ := conf.Check(lp.ImportPath, fset, files, info)
		done[lp.ImportPath] = pkg
		if !lp.DepOnly && !bench {
			if initOrder {
				dumpInit(w, fset, pkg, info)
			} else if uses {
				dumpUses(w, fset, pkg, info)
			} else if instances {
				dumpInstances(w, fset, pkg, info)
			} else if exprs {
				dumpExprs(w, fset, pkg, files, info)
			} else {
				dump(w, pkg, typed, allVars)
			}
		}
	}
	w.Flush()
	if bench {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		fmt.Fprintf(os.Stderr, "go/types: %.3f s (go list %.3f s, parse and check %.3f s), max RSS %d KB\n",
			time.Since(start).Seconds(), listed.Seconds(), (time.Since(start) - listed).Seconds(), ru.Maxrss)
	}
	os.Exit(status)
}

// dumpInit prints the package's initialization order.
func dumpInit(w *bufio.Writer, fset *token.FileSet, pkg *types.Package, info *types.Info) {
	fmt.Fprintf(w, "package %s\n", pkg.Path())
	for _, in := range info.InitOrder {
		for i, v := range in.Lhs {
			if i > 0 {
				w.WriteString(", ")
			}
			p := fset.Position(v.Pos())
			fmt.Fprintf(w, "%s:%d:%d %s", filepath.Base(p.Filename), p.Line, p.Column, v.Name())
		}
		w.WriteString("\n")
	}
}

func dump(w *bufio.Writer, pkg *types.Package, typed map[string]bool, allVars bool) {
	fmt.Fprintf(w, "package %s\n", pkg.Path())
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		switch obj := obj.(type) {
		case *types.Const:
			fmt.Fprintf(w, "const %s %s = %s\n", name, types.TypeString(obj.Type(), nil), obj.Val().ExactString())
		case *types.TypeName:
			if obj.IsAlias() {
				fmt.Fprintf(w, "type %s = %s\n", name, types.TypeString(obj.Type(), nil))
				continue
			}
			fmt.Fprintf(w, "type %s %s\n", name, types.TypeString(obj.Type().Underlying(), nil))
			if n, ok := obj.Type().(*types.Named); ok {
				var ms []*types.Func
				for i := 0; i < n.NumMethods(); i++ {
					ms = append(ms, n.Method(i))
				}
				sort.Slice(ms, func(i, j int) bool { return ms[i].Name() < ms[j].Name() })
				for _, m := range ms {
					fmt.Fprintf(w, "method %s.%s %s\n", name, m.Name(), types.TypeString(m.Type(), nil))
				}
			}
		case *types.Func:
			fmt.Fprintf(w, "func %s %s\n", name, types.TypeString(obj.Type(), nil))
		case *types.Var:
			if typed[name] || allVars {
				fmt.Fprintf(w, "var %s %s\n", name, types.TypeString(obj.Type(), nil))
			}
		}
	}
}

// dumpExprs prints, sorted, every expression (function bodies
// included) that go/types recorded a type for (builtins and invalid ones left
// out, and function types, which go/ast and gc's syntax place
// differently): "FILE:LINE:COL TYPE" (FILE the base name; TYPE <nil> for
// nil), and " = EXACT-VALUE" for constants.
func dumpExprs(w *bufio.Writer, fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info) {
	var lines []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Recv != nil {
					ast.Inspect(n.Recv, func(m ast.Node) bool { return visit(m, fset, info, &lines) })
				}
				if n.Type.TypeParams != nil {
					ast.Inspect(n.Type.TypeParams, func(m ast.Node) bool { return visit(m, fset, info, &lines) })
				}
				ast.Inspect(n.Type.Params, func(m ast.Node) bool { return visit(m, fset, info, &lines) })
				if n.Type.Results != nil {
					ast.Inspect(n.Type.Results, func(m ast.Node) bool { return visit(m, fset, info, &lines) })
				}
				if n.Body != nil {
					ast.Inspect(n.Body, func(m ast.Node) bool { return visit(m, fset, info, &lines) })
				}
				return false
			}
			return visit(n, fset, info, &lines)
		})
	}
	sort.Strings(lines)
	fmt.Fprintf(w, "package %s\n", pkg.Path())
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

func visit(n ast.Node, fset *token.FileSet, info *types.Info, lines *[]string) bool {
	e, ok := n.(ast.Expr)
	if !ok {
		return true
	}
	if _, ok := e.(*ast.FuncType); ok {
		return true // placed differently by go/ast and gc's syntax
	}
	tv, ok := info.Types[e]
	if !ok || tv.IsBuiltin() || tv.IsVoid() || tv.Type == nil || tv.Type == types.Typ[types.Invalid] {
		return true
	}
	p := fset.Position(e.Pos())
	typ := types.TypeString(tv.Type, nil)
	if tv.IsNil() {
		// types2 (what gc runs) gives nil its target type, go/types
		// keeps untyped nil: print neither
		typ = "<nil>"
	}
	s := fmt.Sprintf("%s:%d:%d %s", filepath.Base(p.Filename), p.Line, p.Column, typ)
	if tv.Value != nil {
		if tv.Value.Kind() == constant.String && len(constant.StringVal(tv.Value)) > 64 {
			// long strings by length and FNV-1a hash, as goescape prints them
			str := constant.StringVal(tv.Value)
			h := fnv.New64a()
			h.Write([]byte(str))
			s += fmt.Sprintf(" = string(len %d, fnv %016x)", len(str), h.Sum64())
		} else {
			s += " = " + tv.Value.ExactString()
		}
	}
	*lines = append(*lines, s)
	return true
}

// dumpUses prints, sorted, every identifier that declares or denotes a
// function-local object (a parameter, result, local variable, constant
// or type; labels aside): "FILE:LINE:COL NAME FILE:LINE:COL", the second
// position the object's.  The scope an object is declared in is local
// when it is neither the universe, the package's nor a file's.
func dumpUses(w *bufio.Writer, fset *token.FileSet, pkg *types.Package, info *types.Info) {
	var lines []string
	local := func(obj types.Object) bool {
		if obj == nil {
			return false
		}
		if _, ok := obj.(*types.Label); ok {
			return false
		}
		p := obj.Parent()
		return obj.Pkg() == pkg && p != nil && p != types.Universe && p != pkg.Scope() && p.Parent() != pkg.Scope()
	}
	add := func(id *ast.Ident, obj types.Object) {
		if !local(obj) {
			return
		}
		p, o := fset.Position(id.Pos()), fset.Position(obj.Pos())
		lines = append(lines, fmt.Sprintf("%s:%d:%d %s %s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column,
			id.Name, filepath.Base(o.Filename), o.Line, o.Column))
	}
	for id, obj := range info.Defs {
		add(id, obj)
	}
	for id, obj := range info.Uses {
		add(id, obj)
	}
	sort.Strings(lines)
	fmt.Fprintf(w, "package %s\n", pkg.Path())
	for i, l := range lines {
		// a receiver's type parameter is in Defs and Uses both
		if i == 0 || l != lines[i-1] {
			fmt.Fprintln(w, l)
		}
	}
}

// dumpInstances prints, sorted, every instantiation of a generic
// function or type (Info.Instances): "FILE:LINE:COL NAME [TARG, ...]
// TYPE", the position the name's (a selector's Sel), TYPE the
// instantiated signature or the instance.
func dumpInstances(w *bufio.Writer, fset *token.FileSet, pkg *types.Package, info *types.Info) {
	var lines []string
	for id, inst := range info.Instances {
		p := fset.Position(id.Pos())
		var targs []string
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			targs = append(targs, types.TypeString(inst.TypeArgs.At(i), nil))
		}
		lines = append(lines, fmt.Sprintf("%s:%d:%d %s [%s] %s", filepath.Base(p.Filename), p.Line, p.Column,
			id.Name, strings.Join(targs, ", "), types.TypeString(inst.Type, nil)))
	}
	sort.Strings(lines)
	fmt.Fprintf(w, "package %s\n", pkg.Path())
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

// Command typesoracle is the test oracle for goescape's type
// representation (src/types.c).
//
// It type-checks the packages under a source directory with go/types,
// using gc's layout rules (sizes.go here, checked against gc itself by
// -gccheck), and prints a recipe and a set of questions with go/types'
// answers:
//
//	typesoracle [-src DIR] > oracle.txt
//	typesoracle [-src DIR] -gccheck OUTDIR
//
// The recipe rebuilds every type the packages declare or whose values
// appear in them, through goescape's API: one line per type, children
// before parents, with named types, type parameters and interfaces
// declared first and completed later so that cycles can be built.  The
// questions cover type strings, sizes and offsets for amd64, arm64 and
// 386, object strings, method sets, field and method lookup, identity,
// comparability, interface type sets and implementation, the universe,
// and gc's own notation of types (read from `go tool compile -m`, see
// gcnotation.go).  The format is described in tests/types/README.md.
//
// -gccheck writes, per package that imports only unsafe and per
// architecture, a copy of the package plus a file of constant assertions
// that compile only if gc's unsafe.Sizeof, Alignof and Offsetof agree
// with the sizes printed here; tests/suites/types.sh compiles them with
// `go tool compile`.
//
// Everything is deterministic: packages in dependency order, objects in
// source order, types in the order they are first met.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var (
	srcFlag     = flag.String("src", "tests/types/src", "directory of packages, one per subdirectory")
	gccheckFlag = flag.String("gccheck", "", "write gc size assertions under this directory")
)

// The path every test package gets: example.org/<dirname>.
const pathPrefix = "example.org/"

var arches = []string{"amd64", "arm64", "386"}

type pkgSrc struct {
	name    string // directory name
	path    string
	files   []*ast.File
	fnames  []string
	imports []string
	pkg     *types.Package
	info    *types.Info
}

func main() {
	flag.Parse()
	pkgs, err := loadAll(*srcFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "typesoracle:", err)
		os.Exit(1)
	}
	if *gccheckFlag != "" {
		if err := gcCheck(pkgs, *gccheckFlag); err != nil {
			fmt.Fprintln(os.Stderr, "typesoracle:", err)
			os.Exit(1)
		}
		return
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	e := newEmitter(w)
	for _, p := range pkgs {
		e.pkgID(p.pkg)
	}
	e.emitUniverse()
	for _, p := range pkgs {
		e.emitPackage(p)
	}
}

// ---- loading -------------------------------------------------------

type mapImporter struct {
	done map[string]*types.Package
	std  types.Importer
}

func (m mapImporter) Import(path string) (*types.Package, error) {
	if p, ok := m.done[path]; ok {
		return p, nil
	}
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	return nil, fmt.Errorf("package %s not among the test packages", path)
}

var fset = token.NewFileSet()

func loadAll(dir string) ([]*pkgSrc, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	byPath := map[string]*pkgSrc{}
	var all []*pkgSrc
	for _, ent := range ents {
		if !ent.IsDir() {
			continue
		}
		p := &pkgSrc{name: ent.Name(), path: pathPrefix + ent.Name()}
		files, _ := filepath.Glob(filepath.Join(dir, ent.Name(), "*.go"))
		sort.Strings(files)
		for _, f := range files {
			af, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				return nil, err
			}
			p.files = append(p.files, af)
			p.fnames = append(p.fnames, f)
			for _, imp := range af.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				p.imports = append(p.imports, path)
			}
		}
		byPath[p.path] = p
		all = append(all, p)
	}
	// dependency order, ties by name
	var order []*pkgSrc
	state := map[*pkgSrc]int{}
	var visit func(p *pkgSrc) error
	visit = func(p *pkgSrc) error {
		switch state[p] {
		case 1:
			return fmt.Errorf("import cycle through %s", p.path)
		case 2:
			return nil
		}
		state[p] = 1
		deps := append([]string(nil), p.imports...)
		sort.Strings(deps)
		for _, d := range deps {
			if q := byPath[d]; q != nil {
				if err := visit(q); err != nil {
					return err
				}
			}
		}
		state[p] = 2
		order = append(order, p)
		return nil
	}
	for _, p := range all {
		if err := visit(p); err != nil {
			return nil, err
		}
	}
	imp := mapImporter{done: map[string]*types.Package{}, std: importer.Default()}
	for _, p := range order {
		conf := types.Config{Importer: imp, Sizes: gcSizesFor("amd64")}
		p.info = &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
		}
		pkg, err := conf.Check(p.path, fset, p.files, p.info)
		if err != nil {
			return nil, err
		}
		p.pkg = pkg
		imp.done[p.path] = pkg
	}
	return order, nil
}

// ---- the recipe ----------------------------------------------------

type emitter struct {
	w       *bufio.Writer
	ids     map[types.Type]int
	list    []types.Type // by id-1
	pkgs    map[*types.Package]int
	pending []func()
	univ    *types.Scope
}

func newEmitter(w *bufio.Writer) *emitter {
	return &emitter{w: w, ids: map[types.Type]int{}, pkgs: map[*types.Package]int{}, univ: types.Universe}
}

func (e *emitter) printf(format string, args ...interface{}) {
	fmt.Fprintf(e.w, format, args...)
}

func q(s string) string { return strconv.Quote(s) }

func b01(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (e *emitter) pkgID(p *types.Package) int {
	if p == nil {
		return 0
	}
	if p == types.Unsafe {
		return -1
	}
	if id, ok := e.pkgs[p]; ok {
		return id
	}
	id := len(e.pkgs) + 1
	e.pkgs[p] = id
	e.printf("pkg %d %s %s\n", id, q(p.Path()), q(p.Name()))
	for _, imp := range p.Imports() {
		if imp != types.Unsafe {
			e.printf("import %d %d\n", id, e.pkgID(imp))
		}
	}
	return id
}

func (e *emitter) newID(t types.Type) int {
	e.list = append(e.list, t)
	id := len(e.list)
	e.ids[t] = id
	return id
}

// typ emits t (and everything it needs) and returns its id; completions
// of named types, type parameters and interfaces run before it returns.
func (e *emitter) typ(t types.Type) int {
	id := e.typ1(t)
	for len(e.pending) > 0 {
		f := e.pending[0]
		e.pending = e.pending[1:]
		f()
	}
	return id
}

func (e *emitter) vars(tup *types.Tuple) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", tup.Len())
	for i := 0; i < tup.Len(); i++ {
		v := tup.At(i)
		fmt.Fprintf(&sb, " %s %d %d", q(v.Name()), e.pkgID(v.Pkg()), e.typ1(v.Type()))
	}
	return sb.String()
}

func (e *emitter) typ1(t types.Type) int {
	if t == nil {
		return 0
	}
	if id, ok := e.ids[t]; ok {
		return id
	}
	switch t := t.(type) {
	case *types.Basic:
		id := e.newID(t)
		e.printf("T %d basic %s\n", id, q(t.Name()))
		return id
	case *types.Pointer:
		elem := e.typ1(t.Elem())
		id := e.newID(t)
		e.printf("T %d ptr %d\n", id, elem)
		return id
	case *types.Slice:
		elem := e.typ1(t.Elem())
		id := e.newID(t)
		e.printf("T %d slice %d\n", id, elem)
		return id
	case *types.Array:
		elem := e.typ1(t.Elem())
		id := e.newID(t)
		e.printf("T %d array %d %d\n", id, t.Len(), elem)
		return id
	case *types.Map:
		key := e.typ1(t.Key())
		elem := e.typ1(t.Elem())
		id := e.newID(t)
		e.printf("T %d map %d %d\n", id, key, elem)
		return id
	case *types.Chan:
		elem := e.typ1(t.Elem())
		id := e.newID(t)
		e.printf("T %d chan %d %d\n", id, int(t.Dir()), elem)
		return id
	case *types.Struct:
		var sb strings.Builder
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			fmt.Fprintf(&sb, " %s %d %d %d %s", q(f.Name()), e.pkgID(f.Pkg()), e.typ1(f.Type()), b01(f.Embedded()), q(t.Tag(i)))
		}
		id := e.newID(t)
		e.printf("T %d struct %d%s\n", id, t.NumFields(), sb.String())
		return id
	case *types.Tuple:
		s := e.vars(t)
		id := e.newID(t)
		e.printf("T %d tuple %s\n", id, s)
		return id
	case *types.Signature:
		recv := "- 0 0"
		if r := t.Recv(); r != nil {
			recv = fmt.Sprintf("%s %d %d", q(r.Name()), e.pkgID(r.Pkg()), e.typ1(r.Type()))
		}
		tps := e.tparamList(t.TypeParams())
		rps := e.tparamList(t.RecvTypeParams())
		params := e.typ1(t.Params())
		results := e.typ1(t.Results())
		id := e.newID(t)
		e.printf("T %d sig %s %d %d %d %s %s\n", id, recv, params, results, b01(t.Variadic()), tps, rps)
		return id
	case *types.Interface:
		if t == e.univ.Lookup("any").Type() {
			id := e.newID(t)
			e.printf("T %d univ %s\n", id, q("any"))
			return id
		}
		id := e.newID(t)
		e.printf("T %d iface %d\n", id, b01(t.IsImplicit()))
		e.pending = append(e.pending, func() {
			for i := 0; i < t.NumExplicitMethods(); i++ {
				m := t.ExplicitMethod(i)
				e.printf("IM %d %s %d %d\n", id, q(m.Name()), e.pkgID(m.Pkg()), e.typ1(m.Type()))
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				e.printf("IE %d %d\n", id, e.typ1(t.EmbeddedType(i)))
			}
			e.printf("IC %d\n", id)
		})
		return id
	case *types.Union:
		var sb strings.Builder
		for i := 0; i < t.Len(); i++ {
			term := t.Term(i)
			fmt.Fprintf(&sb, " %d %d", b01(term.Tilde()), e.typ1(term.Type()))
		}
		id := e.newID(t)
		e.printf("T %d union %d%s\n", id, t.Len(), sb.String())
		return id
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == nil {
			id := e.newID(t)
			e.printf("T %d univ %s\n", id, q(obj.Name()))
			return id
		}
		if t.Origin() != t {
			orig := e.typ1(t.Origin())
			var sb strings.Builder
			targs := t.TypeArgs()
			for i := 0; i < targs.Len(); i++ {
				fmt.Fprintf(&sb, " %d", e.typ1(targs.At(i)))
			}
			if id, ok := e.ids[t]; ok {
				return id
			}
			id := e.newID(t)
			e.printf("T %d inst %d %d%s\n", id, orig, targs.Len(), sb.String())
			e.pending = append(e.pending, func() { e.completeNamed(id, t) })
			return id
		}
		id := e.newID(t)
		scope := "local"
		if obj.Parent() == obj.Pkg().Scope() {
			scope = "pkg"
		}
		e.printf("T %d named %s %d %s\n", id, q(obj.Name()), e.pkgID(obj.Pkg()), scope)
		e.pending = append(e.pending, func() {
			if tps := t.TypeParams(); tps.Len() > 0 {
				e.printf("TP %d %s\n", id, e.tparamList(tps))
			}
			e.completeNamed(id, t)
		})
		return id
	case *types.TypeParam:
		id := e.newID(t)
		e.printf("T %d tparam %s %d %d\n", id, q(t.Obj().Name()), e.pkgID(t.Obj().Pkg()), t.Index())
		e.pending = append(e.pending, func() {
			e.printf("B %d %d\n", id, e.typ1(t.Constraint()))
		})
		return id
	}
	panic(fmt.Sprintf("unexpected type %T", t))
}

func (e *emitter) completeNamed(id int, t *types.Named) {
	e.printf("U %d %d\n", id, e.typ1(t.Underlying()))
	for i := 0; i < t.NumMethods(); i++ {
		m := t.Method(i)
		e.printf("M %d %s %d %d\n", id, q(m.Name()), e.pkgID(m.Pkg()), e.typ1(m.Type()))
	}
}

func (e *emitter) tparamList(l *types.TypeParamList) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", l.Len())
	for i := 0; i < l.Len(); i++ {
		fmt.Fprintf(&sb, " %d", e.typ1(l.At(i)))
	}
	return sb.String()
}

// ---- the questions -------------------------------------------------

// hasTypeParams: t mentions a type parameter (sizes are not defined).
func hasTypeParams(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return hasTypeParams(t.Elem(), seen)
	case *types.Slice:
		return hasTypeParams(t.Elem(), seen)
	case *types.Array:
		return hasTypeParams(t.Elem(), seen)
	case *types.Map:
		return hasTypeParams(t.Key(), seen) || hasTypeParams(t.Elem(), seen)
	case *types.Chan:
		return hasTypeParams(t.Elem(), seen)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if hasTypeParams(t.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if hasTypeParams(t.At(i).Type(), seen) {
				return true
			}
		}
	case *types.Signature:
		return t.TypeParams().Len() > 0 || hasTypeParams(t.Params(), seen) || hasTypeParams(t.Results(), seen)
	case *types.Interface:
		for i := 0; i < t.NumMethods(); i++ {
			if hasTypeParams(t.Method(i).Type(), seen) {
				return true
			}
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if hasTypeParams(t.EmbeddedType(i), seen) {
				return true
			}
		}
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			if hasTypeParams(t.Term(i).Type(), seen) {
				return true
			}
		}
	case *types.Named:
		if t.TypeParams().Len() > 0 && t.TypeArgs().Len() == 0 {
			return true // generic, not instantiated
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if hasTypeParams(t.TypeArgs().At(i), seen) {
				return true
			}
		}
		return hasTypeParams(t.Underlying(), seen)
	}
	return false
}

// sizable: gc gives t a size (typed, not a tuple, no type parameters).
func sizable(t types.Type) bool {
	switch u := t.(type) {
	case *types.Tuple, *types.Union, *types.TypeParam:
		return false
	case *types.Basic:
		return u.Info()&types.IsUntyped == 0
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		if iface := t.Underlying().(*types.Interface); !iface.IsMethodSet() {
			return false // constraint interfaces have no values
		}
	}
	return !hasTypeParams(t, map[types.Type]bool{})
}

func indexString(index []int) string {
	if index == nil {
		return "-"
	}
	var parts []string
	for _, i := range index {
		parts = append(parts, strconv.Itoa(i))
	}
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, ".")
}

// collectTypes gathers the types p declares or uses, in source order.
func collectTypes(p *pkgSrc) []types.Type {
	var list []types.Type
	seen := map[types.Type]bool{}
	add := func(t types.Type) {
		if t != nil && !seen[t] {
			seen[t] = true
			list = append(list, t)
		}
	}
	// expressions, in source order
	var exprs []ast.Expr
	for x := range p.info.Types {
		exprs = append(exprs, x)
	}
	sort.Slice(exprs, func(i, j int) bool {
		if exprs[i].Pos() != exprs[j].Pos() {
			return exprs[i].Pos() < exprs[j].Pos()
		}
		return exprs[i].End() < exprs[j].End()
	})
	// declared objects first
	scope := p.pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		add(obj.Type())
		if tn, ok := obj.(*types.TypeName); ok {
			add(tn.Type().Underlying())
			if n, ok := tn.Type().(*types.Named); ok {
				for i := 0; i < n.NumMethods(); i++ {
					add(n.Method(i).Type())
				}
			}
		}
	}
	for _, x := range exprs {
		tv := p.info.Types[x]
		if tv.IsType() || tv.IsValue() {
			add(tv.Type)
		}
	}
	return list
}

func (e *emitter) emitPackage(p *pkgSrc) {
	pid := e.pkgID(p.pkg)
	rel := types.RelativeTo(p.pkg)
	e.printf("# package %s\n", p.path)
	e.printf("P %d\n", pid)

	// the package's scope: declared objects, in name order
	scope := p.pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		kind := ""
		switch obj.(type) {
		case *types.Var:
			kind = "var"
		case *types.Const:
			kind = "const"
		case *types.TypeName:
			kind = "type"
		case *types.Func:
			kind = "func"
		default:
			continue
		}
		tid := e.typ(obj.Type())
		e.printf("O %d %s %s %d\n", pid, kind, q(name), tid)
	}

	list := collectTypes(p)
	var extra []types.Type
	for _, t := range list {
		e.typ(t)
		// *T for named and struct types, for method sets and lookups
		switch t.Underlying().(type) {
		case *types.Struct, *types.Basic, *types.Map, *types.Slice, *types.Signature:
			if _, isNamed := t.(*types.Named); isNamed || isStruct(t) {
				pt := types.NewPointer(t)
				e.typ(pt)
				extra = append(extra, pt)
			}
		}
	}
	list = append(list, extra...)

	for _, t := range list {
		id := e.ids[t]
		e.printf("Q str %d %s %s\n", id, q(types.TypeString(t, rel)), q(types.TypeString(t, nil)))
		if _, ok := t.(*types.Tuple); !ok {
			e.printf("Q under %d %s\n", id, q(types.TypeString(t.Underlying(), rel)))
			e.printf("Q comparable %d %d\n", id, b01(types.Comparable(t)))
			if d := types.Default(t); d != t {
				e.printf("Q default %d %s\n", id, q(types.TypeString(d, rel)))
			}
		}
		if sizable(t) {
			for _, arch := range arches {
				s := gcSizesFor(arch)
				line := fmt.Sprintf("Q size %d %s %d %d", id, arch, s.Sizeof(t), s.Alignof(t))
				if st, ok := t.Underlying().(*types.Struct); ok {
					var fields []*types.Var
					for i := 0; i < st.NumFields(); i++ {
						fields = append(fields, st.Field(i))
					}
					for _, o := range s.Offsetsof(fields) {
						line += fmt.Sprintf(" %d", o)
					}
				}
				e.printf("%s\n", line)
			}
		}
	}

	// gc's own notation, from gc -m
	notation, err := gcNotation(p, list)
	if err != nil {
		fmt.Fprintln(os.Stderr, "typesoracle:", err)
		os.Exit(1)
	}
	for _, t := range list {
		if s, ok := notation[t]; ok {
			e.printf("Q gc %d %s\n", e.ids[t], q(s))
		}
	}

	// object strings
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		e.printf("Q obj scope %d %s %s %s\n", pid, q(name), q(types.ObjectString(obj, rel)), q(types.ObjectString(obj, nil)))
	}
	for _, t := range list {
		id := e.ids[t]
		switch u := t.(type) {
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				e.printf("Q obj field %d %d %s %s\n", id, i, q(types.ObjectString(u.Field(i), rel)), q(types.ObjectString(u.Field(i), nil)))
			}
		case *types.Named:
			for i := 0; i < u.NumMethods(); i++ {
				e.printf("Q obj method %d %d %s %s\n", id, i, q(types.ObjectString(u.Method(i), rel)), q(types.ObjectString(u.Method(i), nil)))
			}
		case *types.Interface:
			for i := 0; i < u.NumExplicitMethods(); i++ {
				e.printf("Q obj imethod %d %d %s %s\n", id, i, q(types.ObjectString(u.ExplicitMethod(i), rel)), q(types.ObjectString(u.ExplicitMethod(i), nil)))
			}
		case *types.Tuple:
			for i := 0; i < u.Len(); i++ {
				e.printf("Q obj var %d %d %s %s\n", id, i, q(types.ObjectString(u.At(i), rel)), q(types.ObjectString(u.At(i), nil)))
			}
		}
	}

	// method sets
	for _, t := range list {
		if _, ok := t.(*types.Tuple); ok {
			continue
		}
		if hasTypeParams(t, map[types.Type]bool{}) {
			if n, ok := t.(*types.Named); !ok || n.TypeParams().Len() == 0 {
				continue
			}
		}
		ms := types.NewMethodSet(t)
		var sb strings.Builder
		for i := 0; i < ms.Len(); i++ {
			sel := ms.At(i)
			fmt.Fprintf(&sb, " %s %s %d", q(types.SelectionString(sel, rel)), indexString(sel.Index()), b01(sel.Indirect()))
		}
		e.printf("Q mset %d %d%s\n", e.ids[t], ms.Len(), sb.String())
	}

	// lookups of every field and method name the package mentions
	names := map[string]bool{"nonesuch": true, "_": true}
	var namePkgs []*types.Package
	for _, t := range list {
		collectNames(t, names)
	}
	namePkgs = append(namePkgs, p.pkg)
	for _, imp := range p.pkg.Imports() {
		if imp != types.Unsafe {
			namePkgs = append(namePkgs, imp)
		}
	}
	var sortedNames []string
	for n := range names {
		sortedNames = append(sortedNames, n)
	}
	sort.Strings(sortedNames)
	// every (target, package, name, addressable) is asked; only the
	// answers other than "not found" are listed
	e.printf("Q looknames %d", len(namePkgs))
	for _, lp := range namePkgs {
		e.printf(" %d", e.pkgID(lp))
	}
	e.printf(" %d", len(sortedNames))
	for _, n := range sortedNames {
		e.printf(" %s", q(n))
	}
	e.printf("\n")
	for _, t := range list {
		if !lookupTarget(t) {
			continue
		}
		e.printf("Q looktarget %d\n", e.ids[t])
		for _, lp := range namePkgs {
			for _, name := range sortedNames {
				for _, addr := range []bool{false, true} {
					obj, index, indirect := types.LookupFieldOrMethod(t, addr, lp, name)
					if obj == nil && index == nil && !indirect {
						continue
					}
					os := "-"
					if obj != nil {
						os = q(types.ObjectString(obj, rel))
					}
					e.printf("Q look %d %d %d %s %s %s %d\n", e.ids[t], b01(addr), e.pkgID(lp), q(name), os, indexString(index), b01(indirect))
				}
			}
		}
	}

	// identity between types that print alike
	groups := map[string][]types.Type{}
	var keys []string
	for _, t := range list {
		keys2 := []string{"s:" + types.TypeString(t, nil), "u:" + types.TypeString(t.Underlying(), nil)}
		if sig, ok := t.(*types.Signature); ok && sig.TypeParams().Len() > 0 {
			// generic signatures that differ only in names
			keys2 = append(keys2, fmt.Sprintf("g:%d:%d:%d", sig.TypeParams().Len(), sig.Params().Len(), sig.Results().Len()))
		}
		for _, k := range keys2 {
			if _, ok := groups[k]; !ok {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], t)
		}
	}
	done := map[[2]int]bool{}
	for _, k := range keys {
		g := groups[k]
		for i := 0; i < len(g) && i < 12; i++ {
			for j := i + 1; j < len(g) && j < 12; j++ {
				a, b := e.ids[g[i]], e.ids[g[j]]
				if done[[2]int{a, b}] {
					continue
				}
				done[[2]int{a, b}] = true
				e.printf("Q ident %d %d %d %d\n", a, b, b01(types.Identical(g[i], g[j])), b01(types.IdenticalIgnoreTags(g[i], g[j])))
			}
		}
	}
	// and between neighbours, mostly different
	for i := 1; i < len(list); i++ {
		a, b := e.ids[list[i-1]], e.ids[list[i]]
		if !done[[2]int{a, b}] {
			done[[2]int{a, b}] = true
			e.printf("Q ident %d %d %d %d\n", a, b, b01(types.Identical(list[i-1], list[i])), b01(types.IdenticalIgnoreTags(list[i-1], list[i])))
		}
	}

	// interfaces: type set facts and implementation
	var ifaces []types.Type
	for _, t := range list {
		if _, ok := t.(*types.TypeParam); ok {
			continue
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			ifaces = append(ifaces, t)
			var sb strings.Builder
			for i := 0; i < it.NumMethods(); i++ {
				fmt.Fprintf(&sb, " %s", q(types.ObjectString(it.Method(i), rel)))
			}
			e.printf("Q iface %d %d %d %d %d%s\n", e.ids[t], b01(it.Empty()), b01(it.IsComparable()), b01(it.IsMethodSet()), it.NumMethods(), sb.String())
		}
	}
	for _, V := range list {
		if !implSubject(V) {
			continue
		}
		for _, T := range ifaces {
			it := T.Underlying().(*types.Interface)
			impl := types.Implements(V, it)
			m, wrong := types.MissingMethod(V, it, true)
			ms := "-"
			if m != nil {
				ms = q(m.Name())
			}
			assert := "-"
			if vi, ok := V.Underlying().(*types.Interface); ok && vi.IsMethodSet() && it.IsMethodSet() {
				assert = strconv.Itoa(b01(types.AssertableTo(vi, T)))
			}
			e.printf("Q impl %d %d %d %s %d %s\n", e.ids[V], e.ids[T], b01(impl), ms, b01(wrong), assert)
		}
	}
}

func isStruct(t types.Type) bool {
	_, ok := t.(*types.Struct)
	return ok
}

func lookupTarget(t types.Type) bool {
	switch t.(type) {
	case *types.Tuple, *types.TypeParam, *types.Union:
		return false
	}
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	if n, ok := base.(*types.Named); ok && n.NumMethods() > 0 {
		return true
	}
	switch base.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return true
	}
	return false
}

func implSubject(t types.Type) bool {
	switch u := t.(type) {
	case *types.Tuple, *types.Union, *types.TypeParam:
		return false
	case *types.Basic:
		return u.Info()&types.IsUntyped == 0 && u.Kind() != types.Invalid
	case *types.Named:
		if u.TypeParams().Len() > 0 && u.TypeArgs().Len() == 0 {
			return false
		}
	}
	if it, ok := t.Underlying().(*types.Interface); ok && !it.IsMethodSet() {
		return true // constraints implement constraints too
	}
	return true
}

func collectNames(t types.Type, names map[string]bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		for i := 0; i < n.NumMethods(); i++ {
			names[n.Method(i).Name()] = true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			names[u.Field(i).Name()] = true
		}
	case *types.Interface:
		for i := 0; i < u.NumMethods(); i++ {
			names[u.Method(i).Name()] = true
		}
	}
}

// emitUniverse: the predeclared objects and package unsafe's, as
// ObjectString prints them, and the universe's names in order.
func (e *emitter) emitUniverse() {
	e.printf("# universe\nP 0\n")
	for _, sc := range []*types.Scope{types.Universe, types.Unsafe.Scope()} {
		names := sc.Names()
		e.printf("Q univnames %d", len(names))
		for _, n := range names {
			e.printf(" %s", q(n))
		}
		e.printf("\n")
		for _, n := range names {
			obj := sc.Lookup(n)
			tid := 0
			if obj.Type() != nil {
				tid = e.typ(obj.Type())
			}
			e.printf("Q univ %s %s %d\n", q(n), q(obj.String()), tid)
		}
	}
}

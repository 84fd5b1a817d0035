package main

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

// gcCheck writes OUTDIR/<arch>/<pkg>/ for each package that imports
// nothing but unsafe: the package's files plus zz_sizes.go, whose
// declarations compile only if gc's unsafe.Sizeof, Alignof and Offsetof
// equal gcSizes' answers.  A list of the directories goes to stdout.
func gcCheck(pkgs []*pkgSrc, out string) error {
	for _, p := range pkgs {
		if !onlyUnsafe(p) {
			continue
		}
		for _, arch := range arches {
			dir := filepath.Join(out, arch, p.name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			for _, f := range p.fnames {
				data, err := os.ReadFile(f)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
					return err
				}
			}
			src := sizeAssertions(p, gcSizesFor(arch))
			if err := os.WriteFile(filepath.Join(dir, "zz_sizes.go"), []byte(src), 0o644); err != nil {
				return err
			}
			fmt.Printf("%s %s %s\n", arch, p.name, dir)
		}
	}
	return nil
}

func onlyUnsafe(p *pkgSrc) bool {
	for _, imp := range p.imports {
		if imp != "unsafe" {
			return false
		}
	}
	return true
}

// expressible: t can be written in p's source as TypeString(t, RelativeTo(p)).
func expressible(p *pkgSrc, t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Basic:
		return u.Info()&types.IsUntyped == 0 && u.Kind() != types.Invalid
	case *types.Named:
		obj := u.Obj()
		if obj.Pkg() == nil {
			return true
		}
		if obj.Pkg() != p.pkg || obj.Parent() != p.pkg.Scope() {
			return false
		}
		for i := 0; i < u.TypeArgs().Len(); i++ {
			if !expressible(p, u.TypeArgs().At(i), seen) {
				return false
			}
		}
		return true
	case *types.Pointer:
		return expressible(p, u.Elem(), seen)
	case *types.Slice:
		return expressible(p, u.Elem(), seen)
	case *types.Array:
		return expressible(p, u.Elem(), seen)
	case *types.Map:
		return expressible(p, u.Key(), seen) && expressible(p, u.Elem(), seen)
	case *types.Chan:
		return expressible(p, u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !expressible(p, f.Type(), seen) {
				return false
			}
			// an embedded alias names its field after the alias,
			// which the type's string does not show
			if f.Embedded() && !strings.HasSuffix(types.TypeString(f.Type(), nil), f.Name()) {
				return false
			}
		}
		return true
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if !expressible(p, tup.At(i).Type(), seen) {
					return false
				}
			}
		}
		return u.TypeParams().Len() == 0
	case *types.Interface:
		if !u.IsMethodSet() || u.NumEmbeddeds() != 0 || hasTypeParams(u, map[types.Type]bool{}) {
			return false
		}
		for i := 0; i < u.NumExplicitMethods(); i++ {
			if !expressible(p, u.ExplicitMethod(i).Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

func sizeAssertions(p *pkgSrc, s *gcSizes) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport \"unsafe\"\n\n", p.pkg.Name())
	fmt.Fprintf(&b, "var _ unsafe.Pointer\n\n")
	// equal(x, n): both differences must be non-negative uintptr constants
	n := 0
	for _, t := range collectTypes(p) {
		if !sizable(t) || !expressible(p, t, map[types.Type]bool{}) {
			continue
		}
		n++
		v := fmt.Sprintf("zzv%d", n)
		fmt.Fprintf(&b, "var %s %s\n", v, types.TypeString(t, types.RelativeTo(p.pkg)))
		eq := func(expr string, want int64) {
			fmt.Fprintf(&b, "var _ [%s - %d]int\nvar _ [%d - %s]int\n", expr, want, want, expr)
		}
		eq(fmt.Sprintf("unsafe.Sizeof(%s)", v), s.Sizeof(t))
		eq(fmt.Sprintf("unsafe.Alignof(%s)", v), s.Alignof(t))
		if st, ok := t.Underlying().(*types.Struct); ok {
			var fields []*types.Var
			for i := 0; i < st.NumFields(); i++ {
				fields = append(fields, st.Field(i))
			}
			offs := s.Offsetsof(fields)
			for i, f := range fields {
				if f.Name() == "_" {
					continue
				}
				eq(fmt.Sprintf("unsafe.Offsetof(%s.%s)", v, f.Name()), offs[i])
			}
		}
	}
	return b.String()
}

package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	goparser "go/parser"
	"go/token"
	"go/types"
	"strings"
)

type reprCase struct {
	index int // into the results
	typ   string
	word  int // size of int, uint, uintptr in bytes
	val   constant.Value
}

var numericTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"uintptr": true, "float32": true, "float64": true,
	"complex64": true, "complex128": true,
}

// representability answers the repr queries: "ok " and the value a
// constant conversion T(x) gives, or "no" when go/types rejects it.
// Numeric targets go through go/types (one package per word size);
// bool and string need only the value's kind.
func representability(cases []reprCase, res []string) {
	byWord := map[int][]reprCase{}
	for _, c := range cases {
		switch {
		case c.val.Kind() == constant.Unknown:
			res[c.index] = "ok " + desc(c.val) // representable, left alone
		case c.typ == "bool":
			res[c.index] = okIf(c.val.Kind() == constant.Bool, c.val)
		case c.typ == "string":
			res[c.index] = okIf(c.val.Kind() == constant.String, c.val)
		case !numericTypes[c.typ] || (c.word != 4 && c.word != 8):
			res[c.index] = "badcase"
		default:
			byWord[c.word] = append(byWord[c.word], c)
		}
	}
	for word, cs := range byWord {
		arch := map[int]string{4: "386", 8: "amd64"}[word]
		convert(cs, arch, res)
	}
}

func okIf(ok bool, v constant.Value) string {
	if ok {
		return "ok " + desc(v)
	}
	return "no"
}

// convert type-checks "const _ = T(v.Xi)", one per line, where v.Xi is
// the case's value as an untyped constant.
func convert(cs []reprCase, arch string, res []string) {
	vpkg := types.NewPackage("v", "v")
	var src strings.Builder
	src.WriteString("package p\n\nimport \"v\"\n\n")
	const firstLine = 5
	for i, c := range cs {
		var typ types.Type
		switch c.val.Kind() {
		case constant.Bool:
			typ = types.Typ[types.UntypedBool]
		case constant.String:
			typ = types.Typ[types.UntypedString]
		case constant.Int:
			typ = types.Typ[types.UntypedInt]
		case constant.Float:
			typ = types.Typ[types.UntypedFloat]
		default:
			typ = types.Typ[types.UntypedComplex]
		}
		name := fmt.Sprintf("X%d", i)
		vpkg.Scope().Insert(types.NewConst(token.NoPos, vpkg, name, typ, c.val))
		fmt.Fprintf(&src, "const _ = %s(v.%s)\n", c.typ, name)
	}
	vpkg.MarkComplete()

	fset := token.NewFileSet()
	file, err := goparser.ParseFile(fset, "p.go", src.String(), 0)
	if err != nil {
		panic(err)
	}
	bad := map[int]bool{}
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "v" {
				return vpkg, nil
			}
			return nil, fmt.Errorf("no package %q", path)
		}),
		Sizes: types.SizesFor("gc", arch),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				bad[fset.Position(te.Pos).Line] = true
			}
		},
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf.Check("p", fset, []*ast.File{file}, info)

	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		spec := gd.Specs[0].(*ast.ValueSpec)
		call := spec.Values[0]
		line := fset.Position(call.Pos()).Line
		c := cs[line-firstLine]
		tv, ok := info.Types[call]
		if bad[line] || !ok || tv.Value == nil {
			res[c.index] = "no"
		} else {
			res[c.index] = "ok " + desc(tv.Value)
		}
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

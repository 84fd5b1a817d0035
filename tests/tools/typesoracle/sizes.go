package main

// Shared with tests/tools/checkoracle (a symbolic link there): one copy of gc's
// layout rules for both oracles.

import "go/types"

// gcSizes lays out types the way gc does (cmd/compile/internal/types/
// size.go; noder hands the same rules to types2 as gcSizes).  go/types'
// own StdSizes differs: it neither rounds a struct's size up to its
// alignment nor pads a zero-size final field.  -gccheck verifies these
// numbers against gc itself.
type gcSizes struct {
	word int64 // pointer and int size
	reg  int64 // largest alignment
}

func gcSizesFor(arch string) *gcSizes {
	switch arch {
	case "386":
		return &gcSizes{4, 4}
	case "amd64", "arm64":
		return &gcSizes{8, 8}
	}
	panic("unknown arch " + arch)
}

func roundUp(o, a int64) int64 { return (o + a - 1) &^ (a - 1) }

func isAlign64(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Name() != "align64" || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == "sync/atomic" || path == "runtime/internal/atomic"
}

func (s *gcSizes) Alignof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return s.Alignof(u.Elem())
	case *types.Struct:
		if u.NumFields() == 0 && isAlign64(t) {
			return 8
		}
		max := int64(1)
		for i := 0; i < u.NumFields(); i++ {
			if a := s.Alignof(u.Field(i).Type()); a > max {
				max = a
			}
		}
		return max
	case *types.Slice, *types.Interface:
		return s.word
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return s.word
		}
		a := s.Sizeof(t)
		if u.Info()&types.IsComplex != 0 {
			a /= 2
		}
		if a > s.reg {
			a = s.reg
		}
		if a < 1 {
			a = 1
		}
		return a
	}
	a := s.Sizeof(t)
	if a > s.reg {
		a = s.reg
	}
	if a < 1 {
		a = 1
	}
	return a
}

func (s *gcSizes) Offsetsof(fields []*types.Var) []int64 {
	offs := make([]int64, len(fields))
	var o int64
	for i, f := range fields {
		o = roundUp(o, s.Alignof(f.Type()))
		offs[i] = o
		o += s.Sizeof(f.Type())
	}
	return offs
}

var basicSize = map[types.BasicKind]int64{
	types.Invalid: 1, types.Bool: 1, types.Int8: 1, types.Uint8: 1,
	types.Int16: 2, types.Uint16: 2, types.Int32: 4, types.Uint32: 4, types.Float32: 4,
	types.Int64: 8, types.Uint64: 8, types.Float64: 8, types.Complex64: 8,
	types.Complex128: 16,
}

func (s *gcSizes) Sizeof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if n, ok := basicSize[u.Kind()]; ok {
			return n
		}
		switch u.Kind() {
		case types.String:
			return 2 * s.word
		case types.Int, types.Uint, types.Uintptr, types.UnsafePointer:
			return s.word
		}
		panic("no size for " + u.String())
	case *types.Array:
		if u.Len() <= 0 {
			return 0
		}
		return s.Sizeof(u.Elem()) * u.Len()
	case *types.Slice:
		return 3 * s.word
	case *types.Struct:
		n := u.NumFields()
		if n == 0 {
			return 0
		}
		var fields []*types.Var
		for i := 0; i < n; i++ {
			fields = append(fields, u.Field(i))
		}
		offs := s.Offsetsof(fields)
		end := offs[n-1] + s.Sizeof(fields[n-1].Type())
		if s.Sizeof(fields[n-1].Type()) == 0 && offs[n-1] > 0 {
			end++
		}
		return roundUp(end, s.Alignof(t))
	case *types.Interface:
		return 2 * s.word
	}
	return s.word // pointers, maps, channels, functions
}

package main

// Token-level facts that neither tree records: where the declaration
// groups open (both oracles), and for go/ast the positions of tokens it
// does not store ('.' of a selector or assertion, "range", "chan" of a
// receive-only channel type).

import (
	"go/scanner"
	"go/token"
	"sort"
)

// tokenStream is a file's token sequence (comments skipped): the byte
// offset and kind of each token.
type tokenStream struct {
	offs []int32
	toks []token.Token
}

// scanTokens tokenizes src, recording lines in file (which may be the
// file go/parser already filled; adding known lines again is harmless).
func scanTokens(file *token.File, src []byte) *tokenStream {
	var s scanner.Scanner
	s.Init(file, src, nil, 0)
	ts := &tokenStream{
		offs: make([]int32, 0, len(src)/5),
		toks: make([]token.Token, 0, len(src)/5),
	}
	base := file.Base()
	for {
		pos, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		ts.offs = append(ts.offs, int32(int(pos)-base))
		ts.toks = append(ts.toks, tok)
	}
	return ts
}

// index returns the index of the token starting at byte offset off,
// or -1.
func (ts *tokenStream) index(off int) int {
	i := sort.Search(len(ts.offs), func(i int) bool { return int(ts.offs[i]) >= off })
	if i < len(ts.offs) && int(ts.offs[i]) == off {
		return i
	}
	return -1
}

// isGroupOpen reports whether token i is the '(' of a declaration
// group: import (, const (, type (, var (. Nothing else in Go puts one
// of these keywords right before a '('.
func (ts *tokenStream) isGroupOpen(i int) bool {
	if i == 0 || ts.toks[i] != token.LPAREN {
		return false
	}
	switch ts.toks[i-1] {
	case token.IMPORT, token.CONST, token.TYPE, token.VAR:
		return true
	}
	return false
}

// groupOffsets returns the offsets of all group-opening parentheses,
// in source order: group number N is the N-th of them.
func (ts *tokenStream) groupOffsets() []int {
	var offs []int
	for i := range ts.toks {
		if ts.isGroupOpen(i) {
			offs = append(offs, int(ts.offs[i]))
		}
	}
	return offs
}

// groupOpenings returns the (raw) line and column of each group-opening
// parenthesis of src, for the gc oracle.
func groupOpenings(src []byte) []linecol {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	ts := scanTokens(file, src)
	var list []linecol
	for _, off := range ts.groupOffsets() {
		p := file.PositionFor(file.Pos(off), false)
		list = append(list, linecol{p.Line, p.Column})
	}
	return list
}

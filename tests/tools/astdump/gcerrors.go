package main

// Syntax-phase diagnostics as `go tool compile FILE` prints them.
//
// cmd/compile's noder parses each file with an error handler and a
// directive (pragma) handler, then hands every error to base.ErrorfAt,
// which filters, counts and queues it; the queue is sorted and printed
// when the compiler exits. When any message starts with "syntax error"
// the compiler exits right after parsing, so for such files the output
// is exactly what this file reproduces. (Files whose only parse-phase
// errors are other messages, e.g. "misplaced compiler directive", go
// on to type checking, whose errors are not reproduced here.)
//
// The directive handler follows noder.pragma for a plain
// `go tool compile FILE`: no -std, not compiling the runtime, and a
// non-empty package path (the default "<unlinkable>").

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"astdump/internal/syntax"
)

// gcError is one error reported while parsing with gc's parser.
type gcError struct {
	Pos       syntax.Pos
	Msg       string
	fromNoder bool // raised by the directive handler, not by package syntax
}

// Limits of cmd/internal/src's compact line/column encoding (lico),
// which the compiler's positions go through before they are printed.
const (
	licoLineMax = 1<<20 - 2
	licoColMax  = 1<<8 - 1
)

// lico returns line and column as cmd/internal/src stores them.
func lico(line, col uint) (uint, uint) {
	if line >= licoLineMax {
		return licoLineMax, 0
	}
	if col > licoColMax {
		col = licoColMax
	}
	return line, col
}

// formatPos formats pos like cmd/compile (base.FmtPos): the relative
// (//line-adjusted) file, line and column; the column is left out when
// it is unknown or does not fit the compact encoding.
func formatPos(pos syntax.Pos) string {
	line, col := lico(pos.Line(), pos.Col())
	b := pos.Base()
	filename := b.Filename()
	if !b.IsFileBase() {
		// Relative position, computed as cmd/internal/src does
		// from the encoded values.
		bline, bcol := lico(b.Pos().Line(), b.Pos().Col())
		rline, rcol := uint(0), uint(0)
		if b.Line() != 0 {
			rline = b.Line() + (line - bline)
		}
		if b.Col() != 0 {
			if line == bline {
				rcol = b.Col() + (col - bcol)
			} else {
				rcol = col
			}
		}
		line, col = rline, rcol
	}
	s := filename + ":" + strconv.FormatUint(uint64(line), 10)
	if 0 < col && col < licoColMax {
		s += ":" + strconv.FormatUint(uint64(col), 10)
	}
	return s
}

// compileOutput returns the lines `go tool compile` prints for the
// parse-phase errors errs of one file (each line ends in a newline).
func compileOutput(errs []gcError) []string {
	type queued struct {
		base      int // order in which the position base was first seen
		line, col uint
		msg       string
	}
	var (
		bases    = map[*syntax.PosBase]int{}
		queue    []queued
		lastSynB *syntax.PosBase // position of the last accepted syntax error
		lastSynL uint
		lastB    *syntax.PosBase // position and text of the last other error
		lastL    uint
		lastMsg  string
	)
	flush := func() []string {
		sort.SliceStable(queue, func(i, j int) bool {
			a, b := queue[i], queue[j]
			if a.base != b.base {
				return a.base < b.base
			}
			if a.line != b.line {
				return a.line < b.line
			}
			return a.col < b.col
		})
		var out []string
		for i, q := range queue {
			if i == 0 || q.msg != queue[i-1].msg {
				out = append(out, q.msg)
			}
		}
		return out
	}
	for _, e := range errs {
		if !e.Pos.IsKnown() {
			// Only for files that cannot be read.
			queue = append(queue, queued{msg: e.Msg + "\n"})
			continue
		}
		b := e.Pos.Base()
		if _, ok := bases[b]; !ok {
			bases[b] = len(bases) + 1
		}
		line, col := lico(e.Pos.Line(), e.Pos.Col())
		if strings.HasPrefix(e.Msg, "syntax error") {
			// Only one syntax error per line.
			if b == lastSynB && line == lastSynL {
				continue
			}
			lastSynB, lastSynL = b, line
		} else {
			// Only one of several equal errors per line.
			if b == lastB && line == lastL && e.Msg == lastMsg {
				continue
			}
			lastB, lastL, lastMsg = b, line, e.Msg
		}
		where := formatPos(e.Pos)
		queue = append(queue, queued{bases[b], line, col, where + ": " + e.Msg + "\n"})
		if len(queue) >= 10 {
			return append(flush(), where+": too many errors\n")
		}
	}
	return flush()
}

// pragmaHandler mirrors cmd/compile/internal/noder's directive handler
// for the checks it makes while parsing.
type pragmaHandler struct {
	report func(pos syntax.Pos, msg string)
}

// pragmaState is what the handler accumulates for the next declaration.
type pragmaState struct {
	flagged []syntax.Pos    // directives with a compiler meaning (noder: a non-zero PragmaFlag)
	embeds  []syntax.Pos    // //go:embed directives
	kept    []keptDirective // both, in source order, for -pragmas dumps
}

// keptDirective is a directive the declaration that follows takes: its
// position (just after the slashes, as gc places it) and text.
type keptDirective struct {
	pos  syntax.Pos
	text string
}

// handle is the syntax.PragmaHandler. It is called for each //go:
// comment, and with text == "" when the parser finds that the
// collected directives precede something that cannot take them.
func (h *pragmaHandler) handle(pos syntax.Pos, blank bool, text string, old syntax.Pragma) syntax.Pragma {
	st, _ := old.(*pragmaState)
	if st == nil {
		st = new(pragmaState)
	}
	if text == "" {
		for _, p := range st.flagged {
			h.report(p, "misplaced compiler directive")
		}
		for _, p := range st.embeds {
			h.report(p, "misplaced go:embed directive")
		}
		return nil
	}
	if !blank {
		// A directive must be alone on its line.
		h.report(pos, "misplaced compiler directive")
		return st
	}

	switch {
	case strings.HasPrefix(text, "go:linkname "):
		if f := strings.Fields(text); len(f) < 2 || len(f) > 3 {
			h.report(pos, "usage: //go:linkname localname [linkname]")
		}
		return st

	case text == "go:embed", strings.HasPrefix(text, "go:embed "):
		args, err := parseGoEmbed(text[len("go:embed"):])
		if err != nil {
			h.report(pos, err.Error())
		}
		if len(args) == 0 {
			h.report(pos, "usage: //go:embed pattern...")
			return st
		}
		st.embeds = append(st.embeds, pos)
		st.kept = append(st.kept, keptDirective{pos, text})
		return st

	case strings.HasPrefix(text, "go:cgo_import_dynamic ") && len(pragmaFields(text)) >= 4:
		// Allowed everywhere (golang.org/x/sys/unix relies on it),
		// with a restricted library name.
		lib := strings.Trim(pragmaFields(text)[3], `"`)
		if lib != "" && !safeArg(lib) && !isCgoFile(pos) {
			h.report(pos, fmt.Sprintf("invalid library name %q in cgo_import_dynamic directive", lib))
		}
		h.checkCgo(pos, text)
		return st // its flag is zero: nothing to record
	}

	if strings.HasPrefix(text, "go:cgo_") {
		if !isCgoFile(pos) {
			h.report(pos, fmt.Sprintf("//%s only allowed in cgo-generated code", text))
		}
		h.checkCgo(pos, text)
		// and go on: //go:cgo_unsafe_args is also an ordinary flag
	}
	verb := text
	if i := strings.Index(text, " "); i >= 0 {
		verb = verb[:i]
	}
	switch verb {
	case "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec":
		h.report(pos, fmt.Sprintf("//%s only allowed in runtime", verb))
	case "go:uintptrkeepalive":
		// (not go:uintptrescapes, although it implies uintptrkeepalive:
		// noder compares the whole flag set)
		h.report(pos, fmt.Sprintf("//%s is only allowed in the standard library", verb))
	}
	if hasPragmaFlag(verb) {
		st.flagged = append(st.flagged, pos)
		st.kept = append(st.kept, keptDirective{pos, text})
	}
	return st
}

// hasPragmaFlag reports whether noder's pragmaFlag(verb) is non-zero
// (go:nointerface only counts with the fieldtrack experiment, off by
// default).
func hasPragmaFlag(verb string) bool {
	switch verb {
	case "go:build", "go:noescape", "go:norace", "go:nosplit", "go:noinline",
		"go:nocheckptr", "go:systemstack", "go:nowritebarrier",
		"go:nowritebarrierrec", "go:yeswritebarrierrec", "go:cgo_unsafe_args",
		"go:uintptrkeepalive", "go:uintptrescapes", "go:registerparams",
		"go:notinheap":
		return true
	}
	return false
}

// checkCgo reports malformed //go:cgo_* directives (noder.pragcgo).
func (h *pragmaHandler) checkCgo(pos syntax.Pos, text string) {
	f := pragmaFields(text)
	verb := strings.TrimPrefix(f[0], "go:")
	n := len(f)
	q := func(i int) bool { return isQuoted(f[i]) }
	var ok bool
	switch verb {
	case "cgo_export_static", "cgo_export_dynamic":
		ok = n == 2 && !q(1) || n == 3 && !q(1) && !q(2)
		if !ok {
			h.report(pos, fmt.Sprintf("usage: //go:%s local [remote]", verb))
		}
	case "cgo_import_dynamic":
		ok = n == 2 && !q(1) || n == 3 && !q(1) && !q(2) || n == 4 && !q(1) && !q(2) && q(3)
		if !ok {
			h.report(pos, `usage: //go:cgo_import_dynamic local [remote ["library"]]`)
		}
	case "cgo_import_static":
		if !(n == 2 && !q(1)) {
			h.report(pos, "usage: //go:cgo_import_static local")
		}
	case "cgo_dynamic_linker":
		if !(n == 2 && q(1)) {
			h.report(pos, `usage: //go:cgo_dynamic_linker "path"`)
		}
	case "cgo_ldflag":
		if !(n == 2 && q(1)) {
			h.report(pos, `usage: //go:cgo_ldflag "arg"`)
		}
	}
}

// isCgoFile reports whether pos is in a cgo-generated file (one whose
// name starts with "_cgo_"), where //go:cgo_* directives are allowed.
func isCgoFile(pos syntax.Pos) bool {
	return strings.HasPrefix(filepath.Base(pos.Base().Filename()), "_cgo_")
}

func isQuoted(s string) bool {
	return len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"'
}

// safeArg reports whether a library name cannot be mistaken for a
// command-line option (cmd/go's SafeArg).
func safeArg(name string) bool {
	if name == "" {
		return false
	}
	c := name[0]
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '.' || c == '_' || c == '/' || c >= utf8.RuneSelf
}

// pragmaFields splits a directive into fields at white space, keeping
// double-quoted parts (which are always fields of their own) together.
func pragmaFields(s string) []string {
	var a []string
	inQuote := false
	start := -1 // start of the current field, -1 between fields
	for i, c := range s {
		switch {
		case c == '"':
			if inQuote {
				inQuote = false
				a = append(a, s[start:i+1])
				start = -1
			} else {
				inQuote = true
				if start >= 0 {
					a = append(a, s[start:i])
				}
				start = i
			}
		case !inQuote && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		default:
			if start == -1 {
				start = i
			}
		}
	}
	if !inQuote && start >= 0 {
		a = append(a, s[start:])
	}
	return a
}

// parseGoEmbed splits the arguments of //go:embed into patterns:
// space-separated words or quoted Go strings (double- or back-quoted).
func parseGoEmbed(args string) ([]string, error) {
	var list []string
	for args = strings.TrimSpace(args); args != ""; args = strings.TrimSpace(args) {
		var path string
		switch args[0] {
		default:
			i := len(args)
			for j, c := range args {
				if unicode.IsSpace(c) {
					i = j
					break
				}
			}
			path, args = args[:i], args[i:]
		case '`':
			i := strings.Index(args[1:], "`")
			if i < 0 {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args)
			}
			path, args = args[1:1+i], args[1+i+1:]
		case '"':
			i := 1
			for ; i < len(args); i++ {
				if args[i] == '\\' {
					i++
					continue
				}
				if args[i] == '"' {
					break
				}
			}
			if i >= len(args) {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args)
			}
			q, err := strconv.Unquote(args[:i+1])
			if err != nil {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args[:i+1])
			}
			path, args = q, args[i+1:]
		}
		if args != "" {
			if r, _ := utf8.DecodeRuneInString(args); !unicode.IsSpace(r) {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args)
			}
		}
		list = append(list, path)
	}
	return list, nil
}

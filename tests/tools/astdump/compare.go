package main

// -compare (goescape against an oracle) and -crosscheck (the two
// oracles against each other).

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

// maxDiffs is how many mismatching files get a detailed diff.
const maxDiffs = 20

// diffContext is how many lines around the first difference are shown.
const diffContext = 5

type verdict struct {
	skipped bool   // the oracle rejected the file
	differ  bool   // the dumps differ
	diff    string // context of the first difference
	note    string // why the file was skipped or differs, if not a diff
}

// compareFiles implements -compare: it checks goescape's section of
// each file against the oracle's dump. It returns 0 if no compared file
// differs (files the oracle rejects are only counted as skipped).
func compareFiles(out *bufio.Writer, run oracle, oracleName, dumpFile string, files []string) int {
	data, err := os.ReadFile(dumpFile)
	if err != nil {
		fmt.Fprintf(os.Stderr, "astdump: %v\n", err)
		return 2
	}
	sections := splitSections(data)
	var identical, differ, skipped, shown int
	forEach(len(files), func(i int) verdict {
		r := runOracle(run, files[i])
		if r.internal {
			// A bug of the oracle, not of goescape: say so, but do
			// not let it pass unnoticed.
			return verdict{differ: true, note: "oracle failed: " + string(bytes.TrimSpace(r.errs))}
		}
		if r.rejected {
			return verdict{skipped: true}
		}
		mine, ok := sections[files[i]]
		if !ok {
			return verdict{differ: true, note: "no section for this file in " + dumpFile}
		}
		if oracleName == "goast" {
			// go/parser knows nothing of compiler directives: compare
			// a -pragmas dump without its pragma lines.
			mine = dropPragmaLines(mine)
		}
		if bytes.Equal(mine, r.dump) {
			return verdict{}
		}
		return verdict{differ: true, diff: contextDiff("goescape", mine, oracleName, r.dump)}
	}, func(i int, v verdict) {
		switch {
		case v.skipped:
			skipped++
		case v.differ:
			differ++
			if shown < maxDiffs {
				shown++
				fmt.Fprintf(out, "MISMATCH %s\n", files[i])
				if v.note != "" {
					fmt.Fprintf(out, "  %s\n", v.note)
				}
				out.WriteString(v.diff)
			} else {
				fmt.Fprintf(out, "MISMATCH %s\n", files[i])
			}
		default:
			identical++
		}
	})
	fmt.Fprintf(out, "compare: %d files, %d identical, %d differ, %d skipped\n",
		len(files), identical, differ, skipped)
	if differ > 0 {
		return 1
	}
	return 0
}

// crossCheck implements -crosscheck: both oracles dump each file; the
// dumps of files both accept must be identical. Files an oracle rejects
// are listed (GC-REJECTS, GOAST-REJECTS with the errors, BOTH-REJECT).
// It returns 1 if any dumps differ or an oracle failed.
func crossCheck(out *bufio.Writer, files []string) int {
	type both struct{ gc, goast result }
	var identical, differ, gcOnly, goastOnly, neither, shown int
	forEach(len(files), func(i int) both {
		return both{runOracle(gcOracle, files[i]), runOracle(goastOracle, files[i])}
	}, func(i int, b both) {
		switch {
		case b.gc.internal || b.goast.internal:
			differ++
			fmt.Fprintf(out, "INTERNAL-ERROR %s\n%s%s", files[i], indent(b.gc.errs), indent(b.goast.errs))
		case b.gc.rejected && b.goast.rejected:
			neither++
			fmt.Fprintf(out, "BOTH-REJECT %s\n", files[i])
		case b.gc.rejected:
			gcOnly++
			fmt.Fprintf(out, "GC-REJECTS %s\n%s", files[i], indent(b.gc.errs))
		case b.goast.rejected:
			goastOnly++
			fmt.Fprintf(out, "GOAST-REJECTS %s\n%s", files[i], indent(b.goast.errs))
		case bytes.Equal(b.gc.dump, b.goast.dump):
			identical++
		default:
			differ++
			fmt.Fprintf(out, "MISMATCH %s\n", files[i])
			if shown < maxDiffs {
				shown++
				out.WriteString(contextDiff("gc", b.gc.dump, "goast", b.goast.dump))
			}
		}
	})
	fmt.Fprintf(out, "crosscheck: %d files, %d identical, %d differ, %d rejected by gc only, %d by goast only, %d by both\n",
		len(files), identical, differ, gcOnly, goastOnly, neither)
	if differ > 0 {
		return 1
	}
	return 0
}

// indent indents each line of text by four spaces.
func indent(text []byte) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(string(text), "\n") {
		if l != "" {
			b.WriteString("    ")
			b.WriteString(l)
		}
	}
	return b.String()
}

// contextDiff shows the first line where a and b differ, with
// diffContext lines around it from both sides, e.g.
//
//	first difference at line 12
//	--- goescape
//	   10 | ...
//	>  12 | ...
//	+++ gc
//	   10 | ...
//	>  12 | ...
func contextDiff(nameA string, a []byte, nameB string, b []byte) string {
	la := strings.SplitAfter(string(a), "\n")
	lb := strings.SplitAfter(string(b), "\n")
	// SplitAfter leaves an empty last element after a final newline.
	if n := len(la); n > 0 && la[n-1] == "" {
		la = la[:n-1]
	}
	if n := len(lb); n > 0 && lb[n-1] == "" {
		lb = lb[:n-1]
	}
	k := 0
	for k < len(la) && k < len(lb) && la[k] == lb[k] {
		k++
	}
	var s strings.Builder
	fmt.Fprintf(&s, "  first difference at line %d\n", k+1)
	show := func(name string, lines []string) {
		fmt.Fprintf(&s, "  %s %s\n", map[bool]string{true: "---", false: "+++"}[name == nameA], name)
		lo, hi := k-diffContext, k+diffContext+1
		if lo < 0 {
			lo = 0
		}
		if hi > len(lines) {
			hi = len(lines)
		}
		for j := lo; j < hi; j++ {
			mark := " "
			if j == k {
				mark = ">"
			}
			text := lines[j]
			if !strings.HasSuffix(text, "\n") {
				text += " (no newline at end)\n"
			}
			fmt.Fprintf(&s, "  %s%5d | %s", mark, j+1, text)
		}
		if k >= len(lines) {
			fmt.Fprintf(&s, "  >%5d | (end of dump)\n", k+1)
		}
	}
	show(nameA, la)
	show(nameB, lb)
	return s.String()
}

// dropPragmaLines removes the "pragma: Directive" lines of a -pragmas dump.
func dropPragmaLines(dump []byte) []byte {
	if !bytes.Contains(dump, []byte("pragma: ")) {
		return dump
	}
	var out []byte
	for _, line := range bytes.SplitAfter(dump, []byte("\n")) {
		if bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("pragma: ")) {
			continue
		}
		out = append(out, line...)
	}
	return out
}

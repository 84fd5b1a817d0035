// escdiff compares two outputs of `go build -gcflags=-m...` style runs,
// package by package: WANT (the oracle's) and GOT (goescape's).  Both are
// sequences of "# importpath" headers each followed by that package's
// lines; packages may come in any order (go build prints them as they
// finish), lines inside a package are compared in order.
//
// Usage: escdiff [-diffs FILE] WANT GOT
//
// Stdout, one line per package, sorted by import path:
//
//	same PKG LINES
//	differs PKG MATCHED/WANT EXTRA
//
// where MATCHED counts the lines of WANT also in GOT (as multisets),
// EXTRA the lines of GOT not in WANT; then one closing line
//
//	total WANTLINES GOTLINES MATCHED PRECISION RECALL SAME/PACKAGES
//
// With -diffs, a unified-style listing of each differing package's
// missing (-) and extra (+) lines goes to FILE.
//
// The directory of cgo's generated files (_cgo_gotypes.go) is compared
// as "$WORK/": gc prints the go command's work directory
// (/tmp/go-buildN/bM/, or $WORK/bM/ after a space), goescape its cache
// directory (.../cgo/KEY/, KEY 32 hexadecimal digits).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

type output map[string][]string

var workDir = regexp.MustCompile(`[^\s(]*/go-build[0-9]+/b[0-9]+/|\$WORK/b[0-9]+/|[^\s(]*/cgo/[0-9a-f]{32}/`)

// normalise writes the directories of cgo's output as $WORK/.
func normalise(line string) string {
	if !strings.Contains(line, "/go-build") && !strings.Contains(line, "$WORK/") && !strings.Contains(line, "/cgo/") {
		return line
	}
	return workDir.ReplaceAllLiteralString(line, "$WORK/")
}

func read(path string) (output, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := output{}
	cur := ""
	seen := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# ") {
			cur = line[2:]
			seen = true
			if _, ok := out[cur]; !ok {
				out[cur] = nil
			}
			continue
		}
		if !seen {
			// lines before any header (warnings of the go command)
			continue
		}
		out[cur] = append(out[cur], normalise(line))
	}
	return out, sc.Err()
}

func counts(lines []string) map[string]int {
	m := make(map[string]int, len(lines))
	for _, l := range lines {
		m[l]++
	}
	return m
}

func main() {
	diffs := flag.String("diffs", "", "write each differing package's missing and extra lines to `file`")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: escdiff [-diffs FILE] WANT GOT")
		os.Exit(2)
	}
	want, err := read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "escdiff:", err)
		os.Exit(2)
	}
	got, err := read(flag.Arg(1))
	if err != nil {
		fmt.Fprintln(os.Stderr, "escdiff:", err)
		os.Exit(2)
	}
	var df *bufio.Writer
	if *diffs != "" {
		f, err := os.Create(*diffs)
		if err != nil {
			fmt.Fprintln(os.Stderr, "escdiff:", err)
			os.Exit(2)
		}
		defer f.Close()
		df = bufio.NewWriter(f)
		defer df.Flush()
	}
	pkgs := map[string]bool{}
	for p := range want {
		pkgs[p] = true
	}
	for p := range got {
		pkgs[p] = true
	}
	names := make([]string, 0, len(pkgs))
	for p := range pkgs {
		names = append(names, p)
	}
	sort.Strings(names)
	var nwant, ngot, nmatch, nsame int
	for _, p := range names {
		w, g := want[p], got[p]
		nwant += len(w)
		ngot += len(g)
		cw, cg := counts(w), counts(g)
		match := 0
		for l, n := range cw {
			if k := cg[l]; k < n {
				match += k
			} else {
				match += n
			}
		}
		nmatch += match
		identical := len(w) == len(g)
		for i := 0; identical && i < len(w); i++ {
			identical = w[i] == g[i]
		}
		if identical {
			nsame++
			fmt.Printf("same %s %d\n", p, len(w))
			continue
		}
		fmt.Printf("differs %s %d/%d %d\n", p, match, len(w), len(g)-match)
		if df == nil {
			continue
		}
		fmt.Fprintf(df, "=== %s: %d/%d of gc's lines, %d extra\n", p, match, len(w), len(g)-match)
		left := counts(g)
		for _, l := range w {
			if left[l] > 0 {
				left[l]--
				continue
			}
			fmt.Fprintf(df, "-%s\n", l)
		}
		right := counts(w)
		for _, l := range g {
			if right[l] > 0 {
				right[l]--
				continue
			}
			fmt.Fprintf(df, "+%s\n", l)
		}
		if match == len(w) && len(g) == match {
			fmt.Fprintf(df, " (same lines, different order)\n")
		}
	}
	prec, rec := 1.0, 1.0
	if ngot > 0 {
		prec = float64(nmatch) / float64(ngot)
	}
	if nwant > 0 {
		rec = float64(nmatch) / float64(nwant)
	}
	fmt.Printf("total %d %d %d %.4f %.4f %d/%d\n", nwant, ngot, nmatch, prec, rec, nsame, len(names))
}

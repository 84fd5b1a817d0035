// Command astdump is the test oracle for goescape's parser.
//
// It prints the canonical AST dump of docs/ast-dump.md from one of two
// oracles, compares goescape's dumps against it, reproduces the syntax
// errors `go tool compile` reports, and measures go/parser's speed:
//
//	astdump [-oracle=gc|goast] -dump FILE...
//	astdump [-oracle=gc] [-branches] -errors FILE...
//	astdump [-oracle=gc|goast] -compare DUMPFILE FILE...
//	astdump -crosscheck FILE...
//	astdump [-oracle=goast|gc] -bench FILE...
//
// Oracle "gc" is cmd/compile/internal/syntax, copied out of GOROOT by
// tests/tools/build-astdump.sh; oracle "goast" is go/parser + go/ast.
// -crosscheck dumps every file with both oracles and reports where the
// two differ; for files both accept they are byte-identical.
//
// Files are processed in parallel (-j, default: all CPUs); output is in
// argument order. See README.md in this directory for the details.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"runtime"
	"strconv"
	"sync"

	"astdump/internal/syntax"
)

var (
	oracleFlag   = flag.String("oracle", "", "oracle: gc (default) or goast (default for -bench)")
	dumpFlag     = flag.Bool("dump", false, "print the canonical dump of each FILE")
	pragmasFlag  = flag.Bool("pragmas", false, "with the gc oracle: list the compiler directives each declaration takes (\"pragma: Directive\" children)")
	errorsFlag   = flag.Bool("errors", false, "print the syntax errors of each FILE as `go tool compile` does")
	branchesFlag = flag.Bool("branches", false, "with -errors or -dump: also check labels, break, continue and goto (gc's CheckBranches, as go tool compile does)")
	compareFlag  = flag.String("compare", "", "compare goescape's dumps in `DUMPFILE` with the oracle's")
	crossFlag    = flag.Bool("crosscheck", false, "compare the two oracles' dumps of each FILE")
	benchFlag    = flag.Bool("bench", false, "measure the parsing speed of the oracle's parser on one core")
	jobsFlag     = flag.Int("j", runtime.GOMAXPROCS(0), "number of files processed in parallel")
)

func usage() {
	fmt.Fprint(os.Stderr, `usage:
  astdump [-oracle=gc|goast] -dump FILE...
  astdump [-oracle=gc] [-branches] -errors FILE...
  astdump [-oracle=gc|goast] -compare DUMPFILE FILE...
  astdump -crosscheck FILE...
  astdump [-oracle=goast|gc] -bench FILE...
`)
	flag.PrintDefaults()
	os.Exit(2)
}

func main() {
	flag.Usage = usage
	flag.Parse()
	files := flag.Args()
	modes := 0
	for _, on := range []bool{*dumpFlag, *errorsFlag, *compareFlag != "", *crossFlag, *benchFlag} {
		if on {
			modes++
		}
	}
	if modes != 1 || len(files) == 0 {
		usage()
	}
	oracleName := *oracleFlag
	if oracleName == "" {
		oracleName = "gc"
		if *benchFlag {
			oracleName = "goast"
		}
	}
	var run oracle
	switch oracleName {
	case "gc":
		run = gcOracle
	case "goast":
		run = goastOracle
	default:
		fmt.Fprintf(os.Stderr, "astdump: unknown oracle %q\n", oracleName)
		os.Exit(2)
	}
	if *errorsFlag && oracleName != "gc" {
		fmt.Fprintln(os.Stderr, "astdump: -errors needs -oracle=gc")
		os.Exit(2)
	}

	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	status := 0
	switch {
	case *dumpFlag:
		dumpFiles(out, run, files)
	case *errorsFlag:
		status = errorFiles(out, files)
	case *compareFlag != "":
		status = compareFiles(out, run, oracleName, *compareFlag, files)
	case *crossFlag:
		status = crossCheck(out, files)
	case *benchFlag:
		status = bench(out, oracleName, files)
	}
	out.Flush()
	os.Exit(status)
}

// A result is what an oracle makes of one file: the dump (without the
// "== FILE" header) if it accepts the file, otherwise its errors.
type result struct {
	dump     []byte
	rejected bool
	errs     []byte // one message per line
	internal bool   // rejected because astdump itself failed (a bug)
}

type oracle func(filename string, src []byte) result

// gcOracle dumps a file with gc's parser. A file is rejected if package
// syntax reports any error; then the errors are those -errors prints.
// Errors of the noder-style directive checks alone do not reject a
// file: they do not affect the tree.
func gcOracle(filename string, src []byte) result {
	f, errs := gcParse(filename, src, 0)
	rejected := f == nil
	for _, e := range errs {
		if !e.fromNoder {
			rejected = true
		}
	}
	if *branchesFlag && f != nil {
		// gc's noder also checks labels and branches (CheckBranches).
		// Those errors leave the tree as it is: they join the file's
		// errors but do not reject it.
		_, errs = gcParse(filename, src, syntax.CheckBranches)
	}
	if rejected {
		return result{rejected: true, errs: joinLines(compileOutput(errs))}
	}
	// Errors that do not reject the file (directive and branch checks)
	// are printed beside the tree, on stderr.
	return result{dump: printTree(nil, gcTree(f, src)), errs: joinLines(compileOutput(errs))}
}

// goastOracle dumps a file with go/parser.
func goastOracle(filename string, src []byte) result {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	if err != nil {
		var b []byte
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				b = append(b, e.Error()...)
				b = append(b, '\n')
			}
		} else {
			b = append(b, err.Error()...)
			b = append(b, '\n')
		}
		return result{rejected: true, errs: b}
	}
	return result{dump: printTree(nil, goastTree(f, fset.File(f.Package), src))}
}

// runOracle reads and dumps one file, turning read errors and panics of
// the converters into rejections that say what happened.
func runOracle(run oracle, filename string) (r result) {
	src, err := os.ReadFile(filename)
	if err != nil {
		return result{rejected: true, errs: []byte(err.Error() + "\n")}
	}
	defer func() {
		if e := recover(); e != nil {
			r = result{rejected: true, internal: true, errs: []byte(fmt.Sprintf("astdump: internal error: %v\n", e))}
		}
	}()
	return run(filename, src)
}

func joinLines(lines []string) []byte {
	var b []byte
	for _, l := range lines {
		b = append(b, l...)
	}
	return b
}

func itoa(i int) string { return strconv.Itoa(i) }

// forEach runs work(i) for i in [0, n) on the worker goroutines and
// calls emit(i, ...) in index order on the calling goroutine. At most a
// few results wait to be emitted, so output streams in bounded memory.
func forEach[T any](n int, work func(i int) T, emit func(i int, v T)) {
	jobs := *jobsFlag
	if jobs < 1 {
		jobs = 1
	}
	window := make(chan struct{}, 4*jobs) // results computed but not yet emitted
	slots := make([]chan T, n)
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	next := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			window <- struct{}{}
			next <- i
		}
		close(next)
	}()
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				slots[i] <- work(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		v := <-slots[i]
		emit(i, v)
		<-window
	}
	wg.Wait()
}

// dumpFiles implements -dump.
func dumpFiles(out *bufio.Writer, run oracle, files []string) {
	forEach(len(files), func(i int) result {
		return runOracle(run, files[i])
	}, func(i int, r result) {
		fmt.Fprintf(out, "== %s\n", files[i])
		if r.rejected {
			out.Write(r.errs)
		} else {
			out.Write(r.dump)
			if len(r.errs) > 0 {
				out.Flush()
				os.Stderr.Write(r.errs)
			}
		}
	})
}

// errorFiles implements -errors: each file is compiled on its own, as
// by `go tool compile FILE`. It returns 1 if any file had errors.
func errorFiles(out *bufio.Writer, files []string) int {
	mode := syntax.Mode(0)
	if *branchesFlag {
		mode = syntax.CheckBranches
	}
	status := 0
	forEach(len(files), func(i int) []string {
		src, err := os.ReadFile(files[i])
		if err != nil {
			return []string{err.Error() + "\n"}
		}
		_, errs := gcParse(files[i], src, mode)
		return compileOutput(errs)
	}, func(i int, lines []string) {
		for _, l := range lines {
			out.WriteString(l)
		}
		if len(lines) > 0 {
			status = 1
		}
	})
	return status
}

// splitSections splits goescape's -dump output into its "== FILE"
// sections, keyed by FILE. Text before the first header is ignored.
func splitSections(data []byte) map[string][]byte {
	sections := make(map[string][]byte)
	var name string
	var start int
	inSection := false
	for pos := 0; pos < len(data); {
		end := bytes.IndexByte(data[pos:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += pos + 1
		}
		line := data[pos:end]
		if bytes.HasPrefix(line, []byte("== ")) {
			if inSection {
				sections[name] = data[start:pos]
			}
			name = string(bytes.TrimRight(line[3:], "\r\n"))
			start, inSection = end, true
		}
		pos = end
	}
	if inSection {
		sections[name] = data[start:]
	}
	return sections
}

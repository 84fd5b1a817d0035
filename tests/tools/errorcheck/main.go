// Command errorcheck runs the errorcheck tests of GOROOT/test against a
// compiler under test, with the semantics of GOROOT/test/run.go (Go 1.19):
// the same reading of the recipe and build constraints, the same compiler
// flags, and the same matching of the output against the // ERROR comments.
//
//	errorcheck [flags] [FILE_OR_DIR...]
//
// With no arguments it runs the directories run.go runs (".", "ken",
// "fixedbugs", "typeparam", ... of the test directory).  A directory
// argument means its *.go files (not recursive; X.dir directories belong
// to X.go).  A relative argument that does not exist is looked up in the
// test directory too, so "fixedbugs" or "escape2.go" work from anywhere.
//
// Output, one line per test, in argument order:
//
//	PASS name
//	PASS name (expected failure (LIST): problem)
//	FAIL name: first problem
//	SKIP name: reason
//
// where name is relative to the test directory when the file is in it.
// Details of failures go to stderr (with -v in full, and logs of passing
// tests too), then a summary line.  Exit status 1 if any test failed, 2
// on usage errors.  See README.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// run.go's directories, in its order.
var runDirs = []string{".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs", "codegen", "runtime", "abi", "typeparam", "typeparam/mdempsky"}

// listFlag is a comma-separated list option; nil when not given.
type listFlag struct{ list []string }

func (l *listFlag) String() string { return strings.Join(l.list, ",") }
func (l *listFlag) Set(s string) error {
	l.list = []string{} // given, even if empty
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			l.list = append(l.list, f)
		}
	}
	return nil
}

func main() {
	var (
		compSpec = flag.String("compiler", defaultCompiler, "compiler command `template` (see README.md for the {placeholders})")
		verbose  = flag.Bool("v", false, "verbose: full failure details, and logs of passing tests")
		jobs     = flag.Int("j", runtime.NumCPU(), "run `N` tests in parallel")
		testDir  = flag.String("testdir", filepath.Join(runtime.GOROOT(), "test"), "the Go test `directory` (names are relative to it)")
		goos     = flag.String("goos", envOr("GOOS", "linux"), "target GOOS for build constraints and the compiler")
		goarch   = flag.String("goarch", envOr("GOARCH", "amd64"), "target GOARCH")
		cgo      = flag.Bool("cgo", envOr("CGO_ENABLED", "0") == "1", "cgo enabled (the cgo build tag holds)")
		timeout  = flag.Duration("timeout", 5*time.Minute, "time limit per command (an action's -t N overrides)")
		keep     = flag.Bool("k", false, "keep the scratch directories (their names go to the log)")
		force    = flag.Bool("f", false, "ignore run.go's expected-failure lists")
		list     = flag.Bool("list", false, "print NAME<TAB>ACTION<TAB>FLAGS<TAB>STATUS for the selected files instead of running them (FLAGS as written, -0 etc. included)")
		goCmd    = flag.String("go", "go", "the go command, used to run errorcheckoutput generators")
		filterF  listFlag
		requireF listFlag
		excludeF listFlag
		actionsF = listFlag{list: errorcheckActions}
	)
	flag.Var(&filterF, "filter-flags", "pass only these `flags` of the action line to the compiler ({flags}, {testflags}, {runargs}); -m matches -m and -m=2")
	flag.Var(&requireF, "require-flags", "select only tests whose action line has all these `flags`")
	flag.Var(&excludeF, "exclude-flags", "select only tests whose action line has none of these `flags`")
	flag.Var(&actionsF, "actions", "select only tests with these `actions` (default: all errorcheck actions)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: errorcheck [flags] [FILE_OR_DIR...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	comp, err := parseCompiler(*compSpec)
	if err != nil {
		fmt.Fprintln(os.Stderr, "errorcheck: -compiler:", err)
		os.Exit(2)
	}
	if *jobs < 1 {
		*jobs = 1
	}
	tdir, err := filepath.Abs(*testDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "errorcheck:", err)
		os.Exit(2)
	}
	gcflags := os.Getenv("GO_GCFLAGS")
	tg := &target{
		goos:         *goos,
		goarch:       *goarch,
		cgoEnabled:   *cgo,
		noOpt:        strings.Contains(gcflags, "-N") || strings.Contains(gcflags, "-l"),
		goexperiment: os.Getenv("GOEXPERIMENT"),
	}
	rn := &runner{
		comp:        comp,
		tg:          tg,
		testDir:     tdir,
		goroot:      filepath.Dir(tdir),
		goCmd:       *goCmd,
		filterFlags: filterF.list,
		timeout:     *timeout,
		keep:        *keep,
		force:       *force,
		verbose:     *verbose,
	}

	tests, err := collect(flag.Args(), tdir, tg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "errorcheck:", err)
		os.Exit(2)
	}
	tests = selectTests(tests, actionsF.list, requireF.list, excludeF.list)

	if *list {
		for _, t := range tests {
			r := t.rcp
			status := "run"
			switch {
			case r.broken != "":
				status = "broken: " + r.broken
			case r.skip != "":
				status = "skip: " + r.skip
			}
			fmt.Printf("%s\t%s\t%s\t%s\n", t.name, r.kind, strings.Join(r.rawFlags, " "), status)
		}
		return
	}

	os.Exit(runAll(rn, tests, *jobs))
}

// runAll runs tests on jobs workers and prints the results in order.
func runAll(rn *runner, tests []*test, jobs int) int {
	results := make([]chan *result, len(tests))
	for i := range results {
		results[i] = make(chan *result, 1)
	}
	next := make(chan int)
	go func() {
		for i := range tests {
			next <- i
		}
		close(next)
	}()
	for w := 0; w < jobs; w++ {
		go func() {
			for i := range next {
				results[i] <- rn.run(tests[i])
			}
		}()
	}

	counts := map[string]int{}
	xfails := 0
	start := time.Now()
	for i, t := range tests {
		res := <-results[i]
		counts[res.status]++
		switch {
		case res.status == "PASS" && res.reason != "":
			xfails++
			fmt.Printf("PASS %s (%s)\n", t.name, res.reason)
		case res.reason != "":
			fmt.Printf("%s %s: %s\n", res.status, t.name, res.reason)
		default:
			fmt.Printf("%s %s\n", res.status, t.name)
		}
		if res.status == "FAIL" || rn.verbose && res.log.Len() > 0 {
			fmt.Fprintf(os.Stderr, "--- %s %s\n%s", res.status, t.name, res.log.String())
		}
	}
	fmt.Fprintf(os.Stderr, "errorcheck: %d PASS (%d expected failures), %d FAIL, %d SKIP in %.0fs\n",
		counts["PASS"], xfails, counts["FAIL"], counts["SKIP"], time.Since(start).Seconds())
	if counts["FAIL"] > 0 {
		return 1
	}
	return 0
}

// collect turns the arguments into tests, reading each file's recipe.
func collect(args []string, testDir string, tg *target) ([]*test, error) {
	type arg struct {
		path     string
		explicit bool
	}
	var files []arg
	if len(args) == 0 {
		for _, d := range runDirs {
			names, err := goFiles(filepath.Join(testDir, d))
			if err != nil {
				return nil, err
			}
			for _, n := range names {
				files = append(files, arg{filepath.Join(testDir, d, n), false})
			}
		}
	}
	for _, a := range args {
		if _, err := os.Stat(a); err != nil && !filepath.IsAbs(a) {
			if _, err2 := os.Stat(filepath.Join(testDir, a)); err2 == nil {
				a = filepath.Join(testDir, a)
			}
		}
		fi, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if fi.IsDir() {
			names, err := goFiles(a)
			if err != nil {
				return nil, err
			}
			for _, n := range names {
				files = append(files, arg{filepath.Join(a, n), false})
			}
		} else if strings.HasSuffix(a, ".go") {
			files = append(files, arg{a, true})
		} else {
			return nil, fmt.Errorf("%s: not a .go file or a directory", a)
		}
	}

	realTestDir, err := filepath.EvalSymlinks(testDir)
	if err != nil {
		realTestDir = testDir
	}
	var tests []*test
	for _, f := range files {
		abs, err := filepath.Abs(f.path)
		if err != nil {
			return nil, err
		}
		t := &test{path: abs, name: relName(abs, testDir, realTestDir), explicit: f.explicit}
		src, err := readFile(abs)
		if err != nil {
			t.rcp = &recipe{broken: err.Error()}
		} else {
			t.rcp = readRecipe(src, tg)
		}
		tests = append(tests, t)
	}
	return tests, nil
}

// relName names path relative to the test directory if it is inside it
// (directly or through symlinks), else as an absolute path.
func relName(path, testDir, realTestDir string) string {
	try := func(p, dir string) (string, bool) {
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
			return "", false
		}
		return filepath.ToSlash(rel), true
	}
	if rel, ok := try(path, testDir); ok {
		return rel
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		if rel, ok := try(real, realTestDir); ok {
			return rel
		}
	}
	return path
}

// goFiles lists the *.go files of dir not starting with '.', sorted.
func goFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, ".") && strings.HasSuffix(n, ".go") && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

// selectTests keeps the tests with one of the actions whose action-line
// flags include all of require and none of exclude.  A file named
// explicitly is kept whatever its action (it is reported as SKIP if it
// is not an errorcheck test), but the flag selections apply to it too.
// Files whose recipe cannot be read are kept: they fail.
func selectTests(tests []*test, actions, require, exclude []string) []*test {
	var out []*test
	for _, t := range tests {
		r := t.rcp
		if r.broken != "" {
			out = append(out, t)
			continue
		}
		if !t.explicit && !contains(actions, r.kind) {
			continue
		}
		ok := true
		for _, f := range require {
			if !hasFlag(r.testFlags, []string{f}) {
				ok = false
			}
		}
		if len(exclude) > 0 && hasFlag(r.testFlags, exclude) {
			ok = false
		}
		if ok {
			out = append(out, t)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

package main

// Running one test: the errorcheck part of run.go's (*test).run.

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// A test is one file to run.
type test struct {
	path     string // as passed to the compiler: absolute, symlinks kept
	name     string // as reported: relative to the test dir if under it
	explicit bool   // named on the command line (not found in a directory)
	rcp      *recipe
}

// A result is the outcome of a test.
type result struct {
	status string // PASS, FAIL or SKIP
	reason string // one line: why it failed or was skipped, or a note
	log    strings.Builder
}

func (r *result) logf(format string, args ...any) {
	fmt.Fprintf(&r.log, format, args...)
}

// runner holds the configuration shared by all tests.
type runner struct {
	comp        *compiler
	tg          *target
	testDir     string   // GOROOT/test
	goroot      string   // its parent
	goCmd       string   // the go command, for errorcheckoutput's generator
	filterFlags []string // nil: pass all flags
	timeout     time.Duration
	keep        bool // keep scratch directories
	force       bool // ignore the expected-failure lists
	verbose     bool
}

// run runs t and returns its result, turning run.go's expected failures
// into passes (and their passes into failures).
func (rn *runner) run(t *test) *result {
	res := &result{}
	start := time.Now()
	probs, skip := rn.check(t, res)
	switch {
	case skip != "":
		res.status, res.reason = "SKIP", skip
		return res
	}
	xfail, list := false, ""
	if !rn.force {
		xfail, list = expectFail(t.name, rn.tg)
	}
	switch {
	case len(probs) == 0 && !xfail:
		res.status = "PASS"
	case len(probs) == 0 && xfail:
		res.status = "FAIL"
		res.reason = "unexpected success (run.go lists it in " + list + ")"
	case xfail:
		res.status = "PASS"
		res.reason = "expected failure (" + list + "): " + probs[0].summary
	default:
		res.status = "FAIL"
		res.reason = probs[0].summary
	}
	if len(probs) > 0 {
		n := len(probs)
		if !rn.verbose && n > 20 {
			n = 20
		}
		res.logf("problems (%d):\n", len(probs))
		for _, p := range probs[:n] {
			res.logf("  %s\n", p.summary)
			if p.detail != "" && p.detail != p.summary {
				res.logf("%s\n", indent(p.detail, "    "))
			}
		}
		if n < len(probs) {
			res.logf("  ... %d more (-v shows all)\n", len(probs)-n)
		}
	}
	res.logf("(%.2fs)\n", time.Since(start).Seconds())
	return res
}

// check runs the compilations of t and returns the problems found, or a
// reason to skip the test.
func (rn *runner) check(t *test, res *result) (probs []problem, skip string) {
	r := t.rcp
	switch {
	case r.broken != "":
		return []problem{{summary: r.broken}}, ""
	case r.skip != "":
		return nil, r.skip
	case r.kind == "skip":
		return nil, "// skip"
	case !r.isErrorcheck():
		return nil, "action " + r.kind + " is not an errorcheck action"
	}

	tmp, err := os.MkdirTemp("", "errorcheck-")
	if err != nil {
		return []problem{{summary: err.Error()}}, ""
	}
	if rn.keep {
		res.logf("scratch directory %s\n", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	// run.go makes test/ in its scratch directory: -o test/P.a goes there.
	if err := os.Mkdir(filepath.Join(tmp, "test"), 0o755); err != nil {
		return []problem{{summary: err.Error()}}, ""
	}

	switch r.action {
	case "errorcheck":
		return rn.checkFile(t, res, tmp), ""
	case "errorcheckoutput":
		return rn.checkOutput(t, res, tmp), ""
	default: // errorcheckdir, errorcheckandrundir
		return rn.checkDir(t, res, tmp), ""
	}
}

// compile runs the compiler once and logs what it did.  runArgs are
// run.go's fixed flags, files the sources.
func (rn *runner) compile(t *test, res *result, tmp, dir, pkg string, runArgs, files []string) (string, error) {
	r := t.rcp
	flags := filterFlags(r.compilerFlags(), rn.filterFlags)
	argv := rn.comp.expand(map[string][]string{
		"runargs":   append(append([]string(nil), runArgs...), flags...),
		"flags":     flags,
		"testflags": filterFlags(r.testFlags, rn.filterFlags),
		"files":     files,
		"pkg":       {pkg},
		"tmp":       {tmp},
		"dir":       {dir},
		"goroot":    {rn.goroot},
	})
	timeout := rn.timeout
	if r.timeout > 0 {
		timeout = time.Duration(r.timeout) * time.Second
	}
	env := append([]string{
		"GOOS=" + rn.tg.goos, "GOARCH=" + rn.tg.goarch, "CGO_ENABLED=" + boolDigit(rn.tg.cgoEnabled),
	}, r.env...)
	out, err := runCommand(argv, tmp, env, timeout)
	res.logf("$ %s\n", strings.Join(argv, " "))
	res.logf("%s", indent(rn.clip(string(out)), "  | "))
	if err != nil {
		res.logf("  (%v)\n", err)
	}
	return string(out), err
}

// compileStatus checks a compilation's exit status against wantError and
// returns the problem, if any.  Besides run.go's checks, a compiler
// killed by a signal always fails the test.
func compileStatus(out string, err error, wantError bool) *problem {
	var ee *exec.ExitError
	if errors.As(err, &ee) && !ee.Exited() {
		return &problem{summary: "compiler " + ee.String()}
	}
	switch {
	case err == errTimeout:
		return &problem{summary: "compilation timed out"}
	case wantError && err == nil:
		return &problem{summary: "compilation succeeded unexpectedly"}
	case !wantError && err != nil:
		s := "compilation failed (" + err.Error() + ")"
		if l := firstMessage(out); l != "" {
			s += ": " + l
		}
		return &problem{summary: s}
	}
	return nil
}

// checkFile: errorcheck (and errorcheckwithauto) of one file.
func (rn *runner) checkFile(t *test, res *result, tmp string) []problem {
	runArgs := []string{"-p=p", "-d=panic", "-C", "-e", "-o", "a.o"}
	out, err := rn.compile(t, res, tmp, filepath.Dir(t.path), "p", runArgs, []string{t.path})
	if p := compileStatus(out, err, t.rcp.wantError); p != nil {
		return []problem{*p}
	}
	return errorCheck(out, t.rcp.wantAuto, []source{{full: t.path, short: filepath.Base(t.path), text: mustRead(t.path)}})
}

// checkOutput: errorcheckoutput, whose program prints the source to check.
func (rn *runner) checkOutput(t *test, res *result, tmp string) []problem {
	// As in run.go, the generator runs in the test's directory and the
	// arguments may name more source files of its program ("./index.go").
	argv := append([]string{rn.goCmd, "run", "-gcflags=all=" + os.Getenv("GO_GCFLAGS"), filepath.Base(t.path)}, t.rcp.args...)
	env := []string{"GOOS=" + rn.tg.goos, "GOARCH=" + rn.tg.goarch, "CGO_ENABLED=" + boolDigit(rn.tg.cgoEnabled)}
	gen, err := runCommand(argv, filepath.Dir(t.path), env, rn.timeout)
	res.logf("$ %s > tmp__.go\n", strings.Join(argv, " "))
	if err != nil {
		res.logf("%s", indent(string(gen), "  | "))
		return []problem{{summary: "generator failed (" + err.Error() + "): " + firstMessage(string(gen))}}
	}
	tfile := filepath.Join(tmp, "tmp__.go")
	if err := os.WriteFile(tfile, gen, 0o644); err != nil {
		return []problem{{summary: err.Error()}}
	}
	runArgs := []string{"-p=p", "-d=panic", "-e", "-o", "a.o"}
	out, err := rn.compile(t, res, tmp, tmp, "p", runArgs, []string{tfile})
	if p := compileStatus(out, err, t.rcp.wantError); p != nil {
		return []problem{*p}
	}
	return errorCheck(out, false, []source{{full: tfile, short: "tmp__.go", text: string(gen)}})
}

// checkDir: errorcheckdir and errorcheckandrundir.  The files of X.dir
// are grouped into packages by package clause (or one per file with -s),
// in file name order, and compiled in that order; packages other than
// main go to test/P.a for the later ones to import.  The compilation of
// the last package (errorcheckdir) or the one before it
// (errorcheckandrundir with -1) must fail if wantError; all others must
// succeed.  Each package's output is checked against its own files.
// errorcheckandrundir then links and runs the program: not done here.
func (rn *runner) checkDir(t *test, res *result, tmp string) []problem {
	r := t.rcp
	dir := filepath.Join(filepath.Dir(t.path), strings.ReplaceAll(filepath.Base(t.path), ".go", ".dir"))
	pkgs, err := goDirPackages(dir, r.singleFilePkgs)
	if err != nil {
		return []problem{{summary: err.Error()}}
	}
	errPkg := len(pkgs) - 1
	if r.wantError && r.kind == "errorcheckandrundir" {
		errPkg--
	}
	for i, p := range pkgs {
		runArgs := []string{"-e", "-D", "test", "-I", "."}
		pkgPath := "main"
		if p.name == "main" {
			runArgs = append(runArgs, "-p=main")
		} else {
			pkgPath = "test/" + strings.TrimSuffix(p.files[0], ".go")
			runArgs = append(runArgs, "-o", pkgPath+".a", "-p", pkgPath)
		}
		files := absFiles(dir, p.files)
		out, err := rn.compile(t, res, tmp, dir, pkgPath, runArgs, files)
		if i == errPkg {
			if p := compileStatus(out, err, r.wantError); p != nil {
				return []problem{*p}
			}
		} else if p := compileStatus(out, err, false); p != nil {
			p.summary = "package " + pkgPath + ": " + p.summary
			return []problem{*p}
		}
		var srcs []source
		for _, f := range files {
			srcs = append(srcs, source{full: f, short: filepath.Base(f), text: mustRead(f)})
		}
		if probs := errorCheck(out, r.wantAuto, srcs); len(probs) > 0 {
			return probs
		}
	}
	return nil
}

// A goDirPkg is one package of a .dir directory.
type goDirPkg struct {
	name  string
	files []string
}

var packageRE = regexp.MustCompile(`(?m)^package ([\p{Lu}\p{Ll}\w]+)`)

// goDirPackages groups the .go files of dir by package name, in the order
// the names first appear (files sorted by name), as run.go does.
func goDirPackages(dir string, singleFilePkgs bool) ([]*goDirPkg, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var pkgs []*goDirPkg
	byName := make(map[string]*goDirPkg)
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".go" {
			continue
		}
		src, err := readFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		m := packageRE.FindStringSubmatch(src)
		if m == nil {
			return nil, fmt.Errorf("cannot find package name in %s", filepath.Join(dir, e.Name()))
		}
		p, ok := byName[m[1]]
		if singleFilePkgs || !ok {
			p = &goDirPkg{name: m[1]}
			pkgs = append(pkgs, p)
			byName[m[1]] = p
		}
		p.files = append(p.files, e.Name())
	}
	return pkgs, nil
}

// clip shortens command output for the log unless -v.
func (rn *runner) clip(out string) string {
	const max = 40
	if rn.verbose {
		return out
	}
	lines := strings.SplitAfter(out, "\n")
	if len(lines) <= max+1 {
		return out
	}
	return strings.Join(lines[:max], "") + fmt.Sprintf("... %d more lines (-v shows all)\n", len(lines)-max)
}

// firstMessage returns the first line of out that is not empty and not a
// "# package" header.
func firstMessage(out string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			return l
		}
	}
	return ""
}

func mustRead(path string) string {
	s, _ := readFile(path) // read before; a vanished file just has no ERRORs
	return s
}

func boolDigit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// indent prefixes every line of s with prefix; "" stays "".
func indent(s, prefix string) string {
	if s == "" {
		return ""
	}
	s = strings.TrimSuffix(s, "\n")
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix) + "\n"
}

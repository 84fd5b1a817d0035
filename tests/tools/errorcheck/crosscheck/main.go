// Command crosscheck compares the errorcheck runner with the real
// GOROOT/test/run.go, both driving gc, on the errorcheck tests of
// GOROOT/test and on mutants of them seeded with mistakes (an ERROR
// comment removed, a regexp that cannot match, an ERROR comment on a line
// without error, -0 added or removed).  The two must agree on every
// verdict, and on the kind and position of the first problem.
//
// It is a one-off validation of the runner, not part of the test suite
// (it takes about two minutes on two cores).  From the repository root:
//
//	(cd tests/tools/errorcheck && go run ./crosscheck -runner ../../../build/tools/errorcheck)
//
// It copies GOROOT/test into a scratch directory (run.go writes into the
// test directory for errorcheckoutput tests) and leaves it there with -k.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
)

var (
	goroot = flag.String("goroot", runtime.GOROOT(), "the Go tree whose test/ directory is used")
	runner = flag.String("runner", "build/tools/errorcheck", "the errorcheck runner")
	jobs   = flag.Int("j", runtime.NumCPU(), "parallelism for both")
	keep   = flag.Bool("k", false, "keep the scratch directory")
)

func main() {
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("crosscheck: ")
	runnerAbs, err := filepath.Abs(*runner)
	check(err)

	work, err := os.MkdirTemp("", "crosscheck-")
	check(err)
	if *keep {
		log.Printf("scratch directory %s", work)
	} else {
		defer os.RemoveAll(work)
	}
	test := filepath.Join(work, "test")
	check(copyTree(filepath.Join(*goroot, "test"), test))

	// The errorcheck tests, as the runner classifies them.
	out, err := exec.Command(runnerAbs, "-testdir", test, "-list").Output()
	check(err)
	var names []string
	kind := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		names = append(names, f[0])
		kind[f[0]] = f[1]
	}
	originals := len(names)
	names = append(names, mutate(test, names, kind)...)
	log.Printf("%d tests: %d originals, %d mutants", len(names), originals, len(names)-originals)

	env := append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=0")
	// run.go: "ok  \tNAME\tTIME" per test with -v; a failure is
	// "# go run run.go -- NAME", the error text, "FAIL\tNAME\tTIME".
	cmd := exec.Command("go", append([]string{"run", "run.go", "-v", "-n", fmt.Sprint(*jobs), "--"}, names...)...)
	cmd.Dir, cmd.Env = test, env
	rgOut, _ := cmd.Output() // exit status 1 when tests fail
	theirs := parseRunGo(string(rgOut))

	cmd = exec.Command(runnerAbs, append([]string{"-testdir", test, "-j", fmt.Sprint(*jobs)}, names...)...)
	cmd.Dir, cmd.Env = test, env
	ecOut, _ := cmd.Output()
	ours := parseRunner(string(ecOut))

	bad := 0
	for _, n := range names {
		t, ok1 := theirs[n]
		o, ok2 := ours[n]
		switch {
		case !ok1 || !ok2:
			fmt.Printf("%s: no result (run.go %v, runner %v)\n", n, ok1, ok2)
			bad++
		case t != o:
			fmt.Printf("%s: run.go %q, runner %q\n", n, t, o)
			bad++
		}
	}
	log.Printf("%d of %d tests disagree", bad, len(names))
	if bad > 0 {
		os.Exit(1)
	}
}

// Problem categories, from the first line of either tool's report:
// "ok", "missing FILE:LINE", "nomatch FILE:LINE", "unmatched",
// "succeeded" (compilation succeeded unexpectedly) or "failed".
var (
	missingRx = regexp.MustCompile(`^(\S+:\d+): missing error `)
	nomatchRx = regexp.MustCompile(`^(\S+:\d+): no match for `)
)

func category(first string) string {
	switch {
	case missingRx.MatchString(first):
		return "missing " + missingRx.FindStringSubmatch(first)[1]
	case nomatchRx.MatchString(first):
		return "nomatch " + nomatchRx.FindStringSubmatch(first)[1]
	case strings.HasPrefix(first, "Unmatched Errors"), strings.HasPrefix(first, "unmatched error"):
		return "unmatched"
	case strings.Contains(first, "compilation succeeded unexpectedly"):
		return "succeeded"
	}
	return "failed"
}

func parseRunGo(out string) map[string]string {
	res := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	var cur string
	var first string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "ok  \t"):
			res[strings.Split(line, "\t")[1]] = "ok"
		case strings.HasPrefix(line, "# go run run.go -- "):
			cur, first = strings.TrimPrefix(line, "# go run run.go -- "), ""
		case cur != "" && strings.HasPrefix(line, "FAIL\t"):
			res[cur] = category(first)
			cur = ""
		case cur != "" && first == "" && strings.TrimSpace(line) != "":
			first = line
		}
	}
	return res
}

func parseRunner(out string) map[string]string {
	res := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		status, rest, _ := strings.Cut(line, " ")
		switch status {
		case "PASS": // "PASS name" or "PASS name (note)"; run.go: ok
			name, _, _ := strings.Cut(rest, " ")
			res[name] = "ok"
		case "SKIP": // "SKIP name: reason"; run.go: ok, silently
			name, _, _ := strings.Cut(rest, ": ")
			res[name] = "ok"
		case "FAIL":
			name, reason, _ := strings.Cut(rest, ": ")
			res[name] = category(reason)
		}
	}
	return res
}

var errRx = regexp.MustCompile(`// (?:GC_)?ERROR`)

// mutate writes the mutants of the tests into test/mut/KIND_N/ and returns
// their names.  errorcheckoutput tests are left alone: their checked
// source is generated.
func mutate(test string, names []string, kind map[string]string) []string {
	var out []string
	n := 0
	add := func(k, name string, write func(dir string)) {
		n++
		dir := filepath.Join(test, "mut", fmt.Sprintf("%s_%d", k, n))
		check(os.MkdirAll(dir, 0o755))
		write(dir)
		out = append(out, "mut/"+fmt.Sprintf("%s_%d", k, n)+"/"+filepath.Base(name))
	}
	for _, name := range names {
		if kind[name] == "errorcheckoutput" {
			continue
		}
		src := readFile(filepath.Join(test, name))
		base := filepath.Base(name)
		if strings.HasSuffix(kind[name], "dir") {
			dirName := strings.TrimSuffix(base, ".go") + ".dir"
			srcDir := filepath.Join(test, filepath.Dir(name), dirName)
			entries, err := os.ReadDir(srcDir)
			check(err)
			target := ""
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".go") && (target == "" || errRx.MatchString(readFile(filepath.Join(srcDir, e.Name())))) {
					target = e.Name()
				}
			}
			muts := textMutants(readFile(filepath.Join(srcDir, target)))
			for _, k := range sortedKeys(muts) {
				text := muts[k]
				add(k, name, func(dir string) {
					check(copyTree(srcDir, filepath.Join(dir, dirName)))
					check(os.WriteFile(filepath.Join(dir, dirName, target), []byte(text), 0o644))
					check(os.WriteFile(filepath.Join(dir, base), []byte(src), 0o644))
				})
			}
			add("D", name, func(dir string) {
				check(copyTree(srcDir, filepath.Join(dir, dirName)))
				check(os.WriteFile(filepath.Join(dir, base), []byte(toggleZero(src)), 0o644))
			})
			continue
		}
		muts := textMutants(src)
		muts["D"] = toggleZero(src)
		for _, k := range sortedKeys(muts) {
			text := muts[k]
			add(k, name, func(dir string) {
				check(os.WriteFile(filepath.Join(dir, base), []byte(text), 0o644))
			})
		}
	}
	return out
}

// textMutants returns the mutants of one source file by kind: A and A2
// drop the first and last ERROR comments, B makes the first regexp
// unmatchable, C expects an error on the package clause.
func textMutants(src string) map[string]string {
	lines := strings.Split(src, "\n")
	var idx []int
	for i, l := range lines {
		if errRx.MatchString(l) && !strings.Contains(l, "////") {
			idx = append(idx, i)
		}
	}
	with := func(i int, l string) string {
		c := append([]string(nil), lines...)
		c[i] = l
		return strings.Join(c, "\n")
	}
	m := map[string]string{}
	if len(idx) > 0 {
		i := idx[0]
		loc := errRx.FindStringIndex(lines[i])
		m["A"] = with(i, lines[i][:loc[0]])
		rest := lines[i][loc[0]:]
		if q := regexp.MustCompile(`"[^"]*"`).FindStringIndex(rest); q != nil {
			m["B"] = with(i, lines[i][:loc[0]]+rest[:q[0]]+`"XYZZY_NOPE"`+rest[q[1]:])
		}
		j := idx[len(idx)-1]
		loc = errRx.FindStringIndex(lines[j])
		m["A2"] = with(j, lines[j][:loc[0]])
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "package ") {
			m["C"] = with(i, l+` // ERROR "bogus"`)
			break
		}
	}
	return m
}

// toggleZero adds -0 to the recipe line if absent, removes it if present.
func toggleZero(src string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "// errorcheck") {
			continue
		}
		f := strings.Fields(l)
		var g []string
		found := false
		for _, w := range f {
			if w == "-0" {
				found = true
				continue
			}
			g = append(g, w)
		}
		if !found {
			g = append(f[:2:2], append([]string{"-0"}, f[2:]...)...)
		}
		lines[i] = strings.Join(g, " ")
		break
	}
	return strings.Join(lines, "\n")
}

// copyTree copies src to dst, following symlinks.
func copyTree(src, dst string) error {
	src, err := filepath.EvalSymlinks(src)
	if err != nil {
		return err
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		info, err := os.Stat(p)
		if err != nil {
			return err
		}
		if info.IsDir() {
			if d.Type()&fs.ModeSymlink != 0 {
				return copyTree(p, target)
			}
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		var buf bytes.Buffer
		if _, err := io.Copy(&buf, in); err != nil {
			return err
		}
		return os.WriteFile(target, buf.Bytes(), 0o644)
	})
}

func readFile(p string) string {
	b, err := os.ReadFile(p)
	check(err)
	return string(b)
}

func sortedKeys(m map[string]string) []string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	sort.Strings(k)
	return k
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

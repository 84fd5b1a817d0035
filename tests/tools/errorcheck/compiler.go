package main

// The compiler under test: a command template, and running it.
//
// The template is split into words like a shell would split simple
// quoted words (no variables, no globs, no pipes: it is run directly, not
// by a shell).  A word that is exactly one of the list placeholders
// expands to zero or more words; a placeholder inside a longer word is
// replaced by its words joined with spaces.
//
//   {runargs}    everything run.go puts between "go tool compile" and the
//                files, i.e. its fixed flags and then {flags}:
//                  errorcheck:       -p=p -d=panic -C -e -o a.o {flags}
//                  errorcheckoutput: -p=p -d=panic -e -o a.o {flags}
//                  errorcheck*dir:   -e -D test -I . -p=main {flags}      (package main)
//                                    -e -D test -I . -o test/P.a -p test/P {flags}
//   {flags}      the compiler flags run.go passes for the test: those of
//                the action line plus -d=ssa/check/on (errorcheck, merged
//                into the first -d= flag) or -d=panic (directories);
//                restricted by -filter-flags
//   {testflags}  the action line's compiler flags only; -filter-flags too
//   {files}      the source files, absolute paths
//   {pkg}        the package path: p, main or test/P (P: first file's name)
//   {tmp}        the test's scratch directory, which is also the working
//                directory (for directories, compiled packages go to
//                {tmp}/test/P.a, where -I . finds them)
//   {dir}        the directory of the sources
//   {goroot}     the Go tree the tests come from (parent of the test dir)

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

const defaultCompiler = "go tool compile {runargs} {files}"

var placeholders = map[string]bool{
	"runargs": true, "flags": true, "testflags": true, "files": true,
	"pkg": true, "tmp": true, "dir": true, "goroot": true,
}

// compiler is a parsed -compiler template.
type compiler struct {
	words []string
}

func parseCompiler(spec string) (*compiler, error) {
	words, err := splitQuoted(spec)
	if err != nil {
		return nil, err
	}
	if len(words) == 0 {
		return nil, errors.New("empty compiler command")
	}
	for _, w := range words {
		for rest := w; ; {
			i := strings.Index(rest, "{")
			if i < 0 {
				break
			}
			j := strings.Index(rest[i:], "}")
			if j < 0 {
				break
			}
			if name := rest[i+1 : i+j]; !placeholders[name] {
				return nil, fmt.Errorf("unknown placeholder {%s} in compiler command", name)
			}
			rest = rest[i+j+1:]
		}
	}
	return &compiler{words: words}, nil
}

// expand substitutes vals (placeholder name -> words) into the template.
func (c *compiler) expand(vals map[string][]string) []string {
	var argv []string
	for _, w := range c.words {
		if strings.HasPrefix(w, "{") && strings.HasSuffix(w, "}") && strings.Count(w, "{") == 1 {
			if v, ok := vals[w[1:len(w)-1]]; ok {
				argv = append(argv, v...)
				continue
			}
		}
		for name, v := range vals {
			w = strings.ReplaceAll(w, "{"+name+"}", strings.Join(v, " "))
		}
		argv = append(argv, w)
	}
	return argv
}

// filterFlags keeps the flags whose name is in keep (nil: keep all).  A
// name without '=' matches the flag with or without a value ("-m"
// matches -m and -m=2); one with '=' must match the whole flag.
func filterFlags(flags []string, keep []string) []string {
	if keep == nil {
		return flags
	}
	var out []string
	for _, f := range flags {
		if hasFlag([]string{f}, keep) {
			out = append(out, f)
		}
	}
	return out
}

// hasFlag reports whether any of flags matches any of names (see filterFlags).
func hasFlag(flags []string, names []string) bool {
	for _, f := range flags {
		fname, _, _ := strings.Cut(f, "=")
		for _, n := range names {
			if n == f || !strings.Contains(n, "=") && n == fname {
				return true
			}
		}
	}
	return false
}

// errTimeout is returned by runCommand when the command ran too long.
var errTimeout = errors.New("command exceeded time limit")

// runCommand runs argv in dir with env added to the environment and
// returns its combined stdout and stderr (in the order written: both go to
// one pipe).  After timeout the whole process group is killed (go tool
// compile runs the compiler as a child).
func runCommand(argv []string, dir string, env []string, timeout time.Duration) ([]byte, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOENV=off", "GOFLAGS=")
	if dir != "" {
		cmd.Env = append(cmd.Env, "PWD="+dir)
	}
	cmd.Env = append(cmd.Env, env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	if timeout > 0 {
		timer := time.NewTimer(timeout)
		select {
		case err = <-done:
		case <-timer.C:
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
			err = errTimeout
		}
		timer.Stop()
	} else {
		err = <-done
	}
	return buf.Bytes(), err
}

// absFiles joins names to dir.
func absFiles(dir string, names []string) []string {
	var out []string
	for _, n := range names {
		out = append(out, filepath.Join(dir, n))
	}
	return out
}

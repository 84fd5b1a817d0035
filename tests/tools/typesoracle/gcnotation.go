package main

import (
	"bufio"
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// gcNotation asks gc itself how it prints types in its -m messages: for
// each type of p that can be written in p's source, a function returns
// new(T), and `go tool compile -m` reports "new(T) escapes to heap" with
// T in its own notation (cmd/compile/internal/types/fmt.go).  Only for
// packages that import nothing but unsafe.  Returns type -> notation.
func gcNotation(p *pkgSrc, list []types.Type) (map[types.Type]string, error) {
	if !onlyUnsafe(p) {
		return nil, nil
	}
	dir, err := os.MkdirTemp("", "typesoracle")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	var args []string
	for _, f := range p.fnames {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		dst := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return nil, err
		}
		args = append(args, dst)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport \"unsafe\"\n\nvar _ unsafe.Pointer\n\n", p.pkg.Name())
	byLine := map[int]types.Type{}
	line := 7
	for _, t := range list {
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			continue
		}
		if _, ok := t.(*types.Tuple); ok || !expressible(p, t, map[types.Type]bool{}) {
			continue
		}
		if n, ok := t.(*types.Named); ok && n.TypeParams().Len() > 0 && n.TypeArgs().Len() == 0 {
			continue
		}
		if hasTypeParams(t, map[types.Type]bool{}) {
			continue
		}
		if sig, ok := t.(*types.Signature); ok && sig.Recv() != nil {
			continue // written without its receiver, it is another type
		}
		if it, ok := t.Underlying().(*types.Interface); ok && !it.IsMethodSet() {
			continue // constraints have no values
		}
		fmt.Fprintf(&b, "func zzNew%d() interface{} { return new(%s) }\n", line, types.TypeString(t, types.RelativeTo(p.pkg)))
		byLine[line] = t
		line++
	}
	zz := filepath.Join(dir, "zz_new.go")
	if err := os.WriteFile(zz, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	args = append(args, zz)
	cmd := exec.Command("go", append([]string{"tool", "compile", "-p", p.path, "-m", "-o", filepath.Join(dir, "x.o")}, args...)...)
	cmd.Env = append(os.Environ(), "GOARCH=amd64", "GOOS=linux")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("go tool compile -m: %v\n%s", err, out)
	}
	re := regexp.MustCompile(`^.*zz_new\.go:(\d+):\d+: new\((.*)\) (escapes to heap|does not escape)$`)
	res := map[types.Type]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		m := re.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if t, ok := byLine[n]; ok {
			res[t] = m[2]
		}
	}
	if len(res) != len(byLine) {
		return nil, fmt.Errorf("gc -m printed %d of %d new() lines", len(res), len(byLine))
	}
	return res, nil
}

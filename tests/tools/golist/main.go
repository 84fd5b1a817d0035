// Command golist prints the packages of a `go list -json` stream (or of
// `goescape list -json`) in the canonical text form of `goescape list`,
// so that tests/suites/load.sh can compare the two with diff:
//
//	== IMPORTPATH
//	Dir DIR
//	Name NAME
//	GoFiles F...
//	IgnoredGoFiles F...
//	CgoFiles F...      (with -deps)
//	Imports P...       (with -deps)
//	Deps P...          (with -deps)
//	Error MSG          (when the package has an error)
//
// Usage: go list -e -json [-deps] PATTERNS | golist [-deps]
//
// golist -mkproxy OUT SRC builds a module proxy directory (for
// GOPROXY=file://OUT) from module sources laid out as SRC/PATH@VERSION/,
// so that the test suite can fill a module cache without a network.
package main

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

type packageError struct {
	Err string
}

type pkg struct {
	ImportPath     string
	Dir            string
	Name           string
	GoFiles        []string
	CgoFiles       []string
	IgnoredGoFiles []string
	Imports        []string
	Deps           []string
	Error          *packageError
}

func main() {
	deps := flag.Bool("deps", false, "also print CgoFiles, Imports and Deps")
	mkproxy := flag.Bool("mkproxy", false, "build a module proxy: golist -mkproxy OUT SRC")
	flag.Parse()
	if *mkproxy {
		if flag.NArg() != 2 {
			fmt.Fprintln(os.Stderr, "usage: golist -mkproxy OUT SRC")
			os.Exit(2)
		}
		if err := makeProxy(flag.Arg(0), flag.Arg(1)); err != nil {
			fmt.Fprintf(os.Stderr, "golist: %v\n", err)
			os.Exit(1)
		}
		return
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	dec := json.NewDecoder(bufio.NewReader(os.Stdin))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			fmt.Fprintf(os.Stderr, "golist: %v\n", err)
			os.Exit(2)
		}
		fmt.Fprintf(out, "== %s\nDir %s\nName %s\n", p.ImportPath, p.Dir, p.Name)
		list(out, "GoFiles", p.GoFiles)
		list(out, "IgnoredGoFiles", p.IgnoredGoFiles)
		if *deps {
			list(out, "CgoFiles", p.CgoFiles)
			list(out, "Imports", p.Imports)
			list(out, "Deps", p.Deps)
		}
		if p.Error != nil {
			fmt.Fprintf(out, "Error %s\n", oneLine(p.Error.Err))
		}
	}
}

// oneLine renders a multi-line error the way goescape prints it.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n\t", " ")
	return strings.ReplaceAll(s, "\n", " ")
}

func list(out io.Writer, key string, v []string) {
	fmt.Fprint(out, key)
	for _, s := range v {
		fmt.Fprint(out, " ", s)
	}
	fmt.Fprintln(out)
}

// escape applies the module cache's case encoding ("!" + lower case).
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func makeProxy(out, src string) error {
	versions := map[string][]string{}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || !strings.Contains(d.Name(), "@") {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		rel = filepath.ToSlash(rel)
		at := strings.LastIndex(rel, "@")
		mod, ver := rel[:at], rel[at+1:]
		versions[mod] = append(versions[mod], ver)
		dir := filepath.Join(out, escape(mod), "@v")
		if err := os.MkdirAll(dir, 0o777); err != nil {
			return err
		}
		base := filepath.Join(dir, escape(ver))
		gomod, err := os.ReadFile(filepath.Join(path, "go.mod"))
		if err != nil {
			gomod = []byte("module " + mod + "\n")
		}
		if err := os.WriteFile(base+".mod", gomod, 0o666); err != nil {
			return err
		}
		info := fmt.Sprintf("{\"Version\":%q,\"Time\":\"2022-01-01T00:00:00Z\"}\n", ver)
		if err := os.WriteFile(base+".info", []byte(info), 0o666); err != nil {
			return err
		}
		zf, err := os.Create(base + ".zip")
		if err != nil {
			return err
		}
		zw := zip.NewWriter(zf)
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			r, _ := filepath.Rel(path, p)
			w, err := zw.Create(mod + "@" + ver + "/" + filepath.ToSlash(r))
			if err != nil {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			_, err = w.Write(data)
			return err
		})
		if err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if err := zf.Close(); err != nil {
			return err
		}
		return filepath.SkipDir
	})
	if err != nil {
		return err
	}
	for mod, vs := range versions {
		sort.Strings(vs)
		list := strings.Join(vs, "\n") + "\n"
		if err := os.WriteFile(filepath.Join(out, escape(mod), "@v", "list"), []byte(list), 0o666); err != nil {
			return err
		}
	}
	return nil
}

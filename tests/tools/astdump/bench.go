package main

// -bench: the parsing speed of an oracle's parser on one core, as a
// yardstick for goescape's parser.

import (
	"bufio"
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"time"

	"astdump/internal/syntax"
)

// benchRounds is how many times every file is parsed.
const benchRounds = 5

// bench reads all files into memory, then parses them benchRounds times
// with GOMAXPROCS=1 and reports the throughput of the fastest round
// (MB = 10^6 bytes). Only parsing is timed: no conversion, no dump.
func bench(out *bufio.Writer, oracleName string, files []string) int {
	var names []string
	var srcs [][]byte
	total := 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			// e.g. a directory named *.go: not a source file
			fmt.Fprintf(os.Stderr, "astdump: skipped: %v\n", err)
			continue
		}
		names = append(names, name)
		srcs = append(srcs, src)
		total += len(src)
	}

	// go/parser is measured as a program calls it by default (mode 0:
	// with identifier resolution), the reference the project's goals are
	// stated against, and also with SkipObjectResolution, which builds no
	// more than goescape's tree does.
	type variant struct {
		label string
		parse func(name string, src []byte)
	}
	variants := []variant{
		{"go/parser", func(name string, src []byte) {
			parser.ParseFile(token.NewFileSet(), name, src, 0)
		}},
		{"go/parser (SkipObjectResolution)", func(name string, src []byte) {
			parser.ParseFile(token.NewFileSet(), name, src, parser.SkipObjectResolution)
		}},
	}
	if oracleName == "gc" {
		variants = []variant{{"gc syntax", func(name string, src []byte) {
			errh := func(error) {} // collect nothing, but keep going like the oracle
			syntax.Parse(syntax.NewFileBase(name), bytes.NewReader(src), errh, nil, 0)
		}}}
	}

	// One core; the fastest round counts, which keeps the figure
	// stable when other processes compete for the machine.
	runtime.GOMAXPROCS(1)
	for _, v := range variants {
		best := 0.0
		for r := 0; r < benchRounds; r++ {
			runtime.GC()
			start := time.Now()
			for i, src := range srcs {
				v.parse(names[i], src)
			}
			if secs := time.Since(start).Seconds(); r == 0 || secs < best {
				best = secs
			}
		}
		fmt.Fprintf(out, "%s: %.1f MB/s (%d bytes in %.2f s)\n", v.label, float64(total)/best/1e6, total, best)
	}
	return 0
}

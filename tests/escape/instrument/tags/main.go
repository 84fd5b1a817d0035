// Build tags of the instrumented builds: race, msan, asan select files
// (here and in std: internal/race, sync, ...).  Built by
// scripts/escape-golden.sh instrument.
package main

var sink interface{}

func main() {
	sink = mode()
	sink = annotate(&struct{ x int }{})
}

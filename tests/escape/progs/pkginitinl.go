// Inlining into the init function: closures copied into it are init.funcN,
// its captures "init capturing by value", a package-level literal inlined
// and inlining in turn.
package main

func mk(n int) func() int { return func() int { return n } }

func mkp(p *int) func() *int { return func() *int { return p } }

var f = mk(1)
var g = mkp(new(int))()
var h = func() func() int { return mk(2) }()

func main() { println(f(), g, h()) }

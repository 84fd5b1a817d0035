// Function literals inlined from another package's body: the importer
// reads their parameters at the exporter's positions ($GOROOT/src/...
// for the standard library) and leaves their unnamed results unnamed,
// so a leak to one prints "to result <S>".
package main

import (
	"go/types"
	"strings"
)

func qualifier(p *types.Package) types.Qualifier {
	return types.RelativeTo(p)
}

func main() {
	q := types.RelativeTo(nil)
	println(q(nil))
	println(qualifier(nil)(nil))
	r := strings.NewReplacer("a", "b")
	println(r.Replace("abc"))
}

// Names of another package print by its name unless two imported
// packages share it (then by quoted path): counted over the packages
// the imports' export data name (types.NumImport).
package main

import (
	"runtime"

	"samename/sys"
)

func main() {
	println(sys.Arch(), runtime.GOOS)
}

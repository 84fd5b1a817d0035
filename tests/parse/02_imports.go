// Imports in every form: single, grouped, named, dot, blank.
package p

import "fmt"

import (
	"os"
	str "strings"
	. "math"
	_ "embed"
)

import ()

var _ = fmt.Sprint(os.Args, str.ToUpper, Pi)

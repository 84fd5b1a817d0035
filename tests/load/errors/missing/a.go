package a

import (
	"fmt"
	"foo/bar"
)

var _ = fmt.Println

var _ = bar.X

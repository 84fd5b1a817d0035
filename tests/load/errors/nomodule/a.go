package a

import "example.com/nothere/x"

var _ = x.X

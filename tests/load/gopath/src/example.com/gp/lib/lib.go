package lib

import "example.com/gp/lib/internal/x"

func L() int { return x.X }

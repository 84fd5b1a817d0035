// Package c has type errors.
package c

import "jobs/a"

func H() int { var s string = 1; return *a.F(new(int)) + s }

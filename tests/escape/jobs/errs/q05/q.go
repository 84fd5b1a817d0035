// Package q05 has a type error.
package q05

import "strings"

func F(s string) int { var t int = "x"; return strings.Index(s, "a") + t }

// Package p08 is fine.
package p08

import "strings"

func F(s string) int { return strings.Index(s, "a") }

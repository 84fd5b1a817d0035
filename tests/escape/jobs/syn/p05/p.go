// Package p05 is fine.
package p05

import "strings"

func F(s string) int { return strings.Index(s, "a") }

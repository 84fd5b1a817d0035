// Package p03 is fine.
package p03

import "strings"

func F(s string) int { return strings.Index(s, "a") }

// Package p01 is fine.
package p01

import "strings"

func F(s string) int { return strings.Index(s, "a") }

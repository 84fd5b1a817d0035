// Package p10 is fine.
package p10

import "strings"

func F(s string) int { return strings.Index(s, "a") }

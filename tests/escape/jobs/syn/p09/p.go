// Package p09 is fine.
package p09

import "strings"

func F(s string) int { return strings.Index(s, "a") }

// Package p02 is fine.
package p02

import "strings"

func F(s string) int { return strings.Index(s, "a") }

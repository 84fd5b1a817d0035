// Package p11 is fine.
package p11

import "strings"

func F(s string) int { return strings.Index(s, "a") }

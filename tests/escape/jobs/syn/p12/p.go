// Package p12 is fine.
package p12

import "strings"

func F(s string) int { return strings.Index(s, "a") }

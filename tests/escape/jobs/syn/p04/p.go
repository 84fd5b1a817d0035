// Package p04 is fine.
package p04

import "strings"

func F(s string) int { return strings.Index(s, "a") }

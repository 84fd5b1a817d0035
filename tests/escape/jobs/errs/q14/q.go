// Package q14 is fine.
package q14

import "net/http"

func F(p *int) *int { _ = http.Get; return p }

func G(n int) []byte { return make([]byte, n) }

// Package q18 is fine.
package q18

import "net/http"

func F(p *int) *int { _ = http.Get; return p }

func G(n int) []byte { return make([]byte, n) }

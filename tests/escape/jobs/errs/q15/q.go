// Package q15 is fine.
package q15

import (
	"encoding/json"
	"fmt"
)

func F(v any) string { b, _ := json.Marshal(v); return fmt.Sprint(string(b)) }
